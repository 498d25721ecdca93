/* Signed out: nothing typed into a draft (a note, a discharge summary) stays on this device (drafts and their key). */
(function () {
  'use strict';
  if (window.DraftLocal) {
    window.DraftLocal.clear();
  }
}());
