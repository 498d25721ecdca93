// The case record summary: each panel is fetched by its own request, all at once, so a slow or failed panel holds up
// nothing else. An answer is used only if it is a panel fragment (header X-Summary-Panel); anything else (a sign-in
// page, a server error) and a panel that takes too long show that the panel could not be loaded.
(function () {
  'use strict';
  var TIMEOUT_MS = 20000;

  function show(frame, html, busy) {
    var body = frame.querySelector('.summary-body');
    body.innerHTML = html;
    body.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function failed(frame, why) {
    var p = document.createElement('p');
    p.className = 'panel-failed';
    p.textContent = 'This panel could not be loaded (' + why + ')';
    var body = frame.querySelector('.summary-body');
    body.replaceChildren(p);
    body.setAttribute('aria-busy', 'false');
    frame.classList.add('summary-panel-failed');
  }

  function load(frame) {
    var id = frame.getAttribute('data-summary-panel');
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, TIMEOUT_MS);
    fetch(frame.getAttribute('data-src'), {credentials: 'same-origin', signal: controller.signal, headers: {'Accept': 'text/html'}})
      .then(function (response) {
        if (response.headers.get('X-Summary-Panel') !== id) {
          throw new Error(response.status === 200 ? 'your session may have ended: reload the page' : 'error ' + response.status);
        }
        return response.text().then(function (html) {
          show(frame, html, false);
          if (!response.ok) {
            frame.classList.add('summary-panel-failed');
          }
        });
      })
      .catch(function (e) {
        failed(frame, e.name === 'AbortError' ? 'no answer within ' + (TIMEOUT_MS / 1000) + ' seconds: reload the page to try again' : e.message);
      })
      .finally(function () { clearTimeout(timer); frame.setAttribute('data-loaded', 'true'); });
  }

  function start() {
    document.querySelectorAll('[data-summary-panel]').forEach(load);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
