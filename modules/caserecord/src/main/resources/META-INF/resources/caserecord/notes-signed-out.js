/* Signed out: nothing typed into a note stays on this device (drafts and their key). */
(function () {
  'use strict';
  if (window.NoteLocal) {
    window.NoteLocal.clear();
  }
}());
