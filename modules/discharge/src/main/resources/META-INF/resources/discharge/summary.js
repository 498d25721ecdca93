// "To add" follows the typing: a heading the record could not fill stays marked until the clinician has written it,
// and is marked again if emptied, without waiting for a reload.
(function () {
  Array.prototype.forEach.call(document.querySelectorAll('.summary-heading'), function (heading) {
    var field = heading.querySelector('textarea');
    var mark = heading.querySelector('.to-add');
    if (!field || !mark) {
      return;
    }
    function follow() {
      var empty = field.value.trim() === '';
      mark.hidden = !empty;
      heading.classList.toggle('must-add-heading', empty);
    }
    field.addEventListener('input', follow);
    field.addEventListener('change', follow);
    follow();
  });
})();
