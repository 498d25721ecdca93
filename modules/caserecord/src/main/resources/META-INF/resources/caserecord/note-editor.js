/*
 * The note editor's autosave (see docs/notes.md). Every change is kept on this device at once (NoteLocal: IndexedDB,
 * encrypted); the draft goes to the server a few seconds after typing stops, when the field loses focus, when the
 * network comes back, and on a timer while anything is unsaved. A save carries an id chosen here and the revision it
 * was typed over: a save whose answer never came is sent again with the same id (the server saves it once), and a
 * save over someone else's newer text comes back with both texts, shown side by side.
 */
(function () {
  'use strict';

  var root = document.getElementById('noteEditor');
  if (!root || !window.NoteLocal) {
    return;
  }
  var text = document.getElementById('noteText');
  var state = document.getElementById('saveState');
  var typeSelect = document.getElementById('noteType');
  var signIn = document.getElementById('signInAgain');
  var offer = document.getElementById('restoreOffer');
  var conflict = document.getElementById('conflict');
  var validateButton = document.getElementById('validateNote');
  var validateProblem = document.getElementById('validateProblem');

  var endpoint = root.dataset.endpoint;
  var owner = root.dataset.user;
  var patient = root.dataset.patient;
  var note = root.dataset.note || null;
  var revision = root.dataset.revision ? parseInt(root.dataset.revision, 10) : 0;
  var max = parseInt(root.dataset.max, 10);

  var SAVE_AFTER_MS = 2000;
  var RETRY_MS = 5000;

  var lastSavedText = text.value;  // what the server has (as far as this page knows)
  var pending = null;              // a save sent but not answered: {saveId, text, basedOn, note, type}
  var inFlight = false;
  var timer = null;
  var blocked = false;             // a conflict or a refused text waits for the user
  var offered = null;              // a local draft offered back, not yet restored or discarded
  var localName = name(note);

  function name(noteId) {
    return owner + '|' + patient + '|' + (noteId || 'new');
  }

  function uuid() {
    if (window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).substring(1); }).join('');
    return h.substring(0, 8) + '-' + h.substring(8, 12) + '-' + h.substring(12, 16) + '-' + h.substring(16, 20) + '-' + h.substring(20);
  }

  function clock(date) {
    return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
  }

  var expired = false;              // the last answer was the sign-in page: stays so until a save goes through

  function show(words, kind) {
    if (kind === 'expired') {
      expired = true;
    } else if (kind === 'saved') {
      expired = false;
    } else if (expired) {
      return; // keep saying so (and keep the sign-in link) while retries meet the sign-in page
    }
    state.textContent = words;
    state.className = 'save-state ' + (kind || '');
    state.dataset.state = kind || '';
    signIn.hidden = !expired;
  }

  function dirty() {
    return text.value !== lastSavedText || pending !== null;
  }

  // ---- this device ----

  function keepLocally() {
    var record = { owner: owner, patient: patient, note: note, basedOn: revision, type: typeSelect.value, text: text.value,
      pending: pending, typedAt: Date.now() };
    return window.NoteLocal.put(localName, record).then(function () {
      root.dataset.keptLength = String(record.text.length); // what is safe on this device (tests wait for it)
    });
  }

  function forgetLocally() {
    return window.NoteLocal.remove(localName);
  }

  // ---- the server ----

  function schedule(ms) {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(function () { timer = null; save(); }, ms);
  }

  function save() {
    if (inFlight || blocked || offered) {
      return;
    }
    if (!pending) {
      if (text.value === lastSavedText && note) {
        return;
      }
      if (!note && text.value.trim() === '') {
        return;
      }
      pending = { saveId: uuid(), text: text.value, basedOn: revision, note: note, type: typeSelect.value };
    }
    var sent = pending;
    inFlight = true;
    show('Saving…', 'saving');
    keepLocally().then(function () {
      return fetch(endpoint, {
        method: 'POST', credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ action: 'draft', saveId: sent.saveId, note: sent.note, basedOn: sent.basedOn, patient: patient,
          type: sent.type, text: sent.text })
      });
    }).then(function (response) {
      return answered(sent, response);
    }, function () {
      inFlight = false;
      show('Offline: kept on this device', 'offline');
      schedule(RETRY_MS);
    });
  }

  function isJson(response) {
    var type = response.headers.get('Content-Type') || '';
    return type.indexOf('application/json') === 0;
  }

  function answered(sent, response) {
    if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 302 || !isJson(response)) {
      // the sign-in page, not our answer: the session has ended; the text stays here until the user signs in again
      inFlight = false;
      show('Session expired: kept on this device', 'expired');
      return keepLocally();
    }
    return response.json().then(function (body) {
      inFlight = false;
      if (response.status === 200) {
        pending = null;
        if (expired) {
          expired = false;
          signIn.hidden = true;
        }
        var wasNew = !note;
        note = body.noteId;
        revision = body.revision;
        lastSavedText = sent.text;
        root.dataset.note = note;
        root.dataset.revision = String(revision);
        if (wasNew) {
          var oldName = localName;
          localName = name(note);
          window.NoteLocal.remove(oldName);
          typeSelect.disabled = true;
          var url = new URL(window.location.href);
          url.searchParams.set('note', note);
          url.searchParams.delete('patient');
          window.history.replaceState(null, '', url.toString());
        }
        if (text.value === lastSavedText) {
          show('Saved ' + body.savedAtTime, 'saved');
          return forgetLocally();
        }
        keepLocally();
        schedule(SAVE_AFTER_MS);
        return undefined;
      }
      pending = null;
      if (response.status === 409 && body.stale) {
        showConflict(body);
        return keepLocally();
      }
      if (response.status === 422) {
        blocked = true;
        show('Not saved: ' + body.message + ' (kept on this device)', 'failed');
        return keepLocally();
      }
      if (response.status >= 500) {
        pending = sent; // the same save again: the server may or may not have it
        show('Not saved yet: kept on this device, trying again', 'failed');
        schedule(RETRY_MS);
        return keepLocally();
      }
      blocked = true;
      show('Not saved: ' + (body.message || 'refused') + ' (kept on this device)', 'failed');
      return keepLocally();
    });
  }

  // ---- someone else saved first ----

  var theirs = null;

  function showConflict(body) {
    blocked = true;
    theirs = body;
    document.getElementById('conflictYours').textContent = text.value;
    document.getElementById('conflictTheirs').textContent = body.currentText;
    document.getElementById('conflictTheirsHeading').textContent = 'Saved by ' + body.savedBy + ' at ' + body.savedAtTime;
    conflict.hidden = false;
    show('Not saved: changed by ' + body.savedBy + ' (kept on this device)', 'conflict');
  }

  function resolve(chosen) {
    revision = theirs.currentRevision;
    lastSavedText = theirs.currentText;
    text.value = chosen;
    theirs = null;
    blocked = false;
    conflict.hidden = true;
    keepLocally();
    if (text.value === lastSavedText) {
      show('Saved', 'saved');
      forgetLocally();
    } else {
      save();
    }
  }

  document.getElementById('keepMine').addEventListener('click', function () { resolve(text.value); });
  document.getElementById('keepTheirs').addEventListener('click', function () { resolve(theirs.currentText); });
  document.getElementById('combineBoth').addEventListener('click', function () {
    resolve(theirs.currentText + '\n\n' + text.value);
    text.focus();
  });

  // ---- a draft left on this device ----

  function offerBack(record) {
    offered = record;
    var when = new Date(record.typedAt);
    document.getElementById('restoreQuestion').textContent = 'Restore the text you typed at ' + clock(when) + '?';
    document.getElementById('restorePreview').textContent = record.text;
    offer.hidden = false;
    show('Unsaved text from ' + clock(when) + ' on this device', 'offered');
  }

  document.getElementById('restoreLocal').addEventListener('click', function () {
    var record = offered;
    offered = null;
    offer.hidden = true;
    if (record.note && record.note !== note) {
      note = record.note;
      root.dataset.note = note;
      typeSelect.disabled = true;
    }
    if (record.name && record.name !== name(note)) {
      window.NoteLocal.remove(record.name);
    }
    localName = name(note);
    text.value = record.text;
    revision = record.basedOn;
    if (record.type) {
      typeSelect.value = record.type;
    }
    pending = record.pending || null;
    if (!record.pending) {
      lastSavedText = null; // whatever the server has, this text is to be saved
    }
    keepLocally().then(save);
  });

  document.getElementById('discardLocal').addEventListener('click', function () {
    var record = offered;
    offered = null;
    offer.hidden = true;
    window.NoteLocal.remove(record.name || localName);
    show(note ? 'Saved' : 'Not saved yet', note ? 'saved' : '');
  });

  function lookForLocalDraft() {
    return window.NoteLocal.forPatient(owner, patient).then(function (records) {
      var mine = records.filter(function (r) {
        return note ? r.note === note : true;
      });
      var record = mine.length ? mine[0] : null;
      if (record && (record.text !== text.value || record.pending)) {
        offerBack(record);
      } else if (record) {
        window.NoteLocal.remove(record.name);
      }
    }, function () {
      show('This browser cannot keep a copy on this device: stay online', 'failed');
    });
  }

  // ---- typing ----

  text.addEventListener('input', function () {
    if (text.value.length > max) {
      show('Too long: at most ' + max.toLocaleString('en-GB') + ' characters (' + text.value.length.toLocaleString('en-GB') + ' now)', 'failed');
    } else if (blocked && !theirs) {
      blocked = false;
    }
    keepLocally().then(function () {
      if (!navigator.onLine && !inFlight) {
        show('Offline: kept on this device', 'offline');
      }
    });
    if (!blocked) {
      if (!inFlight && state.dataset.state !== 'expired' && state.dataset.state !== 'offline') {
        show('Changed: saving soon', 'changed');
      }
      schedule(SAVE_AFTER_MS);
    }
  });
  text.addEventListener('blur', function () {
    if (dirty()) {
      save();
    }
  });
  window.addEventListener('online', function () { save(); });
  window.addEventListener('offline', function () {
    if (dirty()) {
      show('Offline: kept on this device', 'offline');
    }
  });
  setInterval(function () {
    if (dirty() && !inFlight) {
      save();
    }
  }, RETRY_MS * 2);

  // signing in again happens in another tab (this one keeps the text on screen); the same save is then sent again
  signIn.addEventListener('click', function () {
    keepLocally();
  });
  window.addEventListener('focus', function () {
    if (dirty() && !inFlight) {
      save();
    }
  });

  // ---- validating ----

  validateButton.addEventListener('click', function () {
    validateProblem.textContent = '';
    if (!note || dirty() || inFlight) {
      validateProblem.textContent = 'Wait until the note is saved, then validate it';
      save();
      return;
    }
    fetch(endpoint, {
      method: 'POST', credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ action: 'validate', saveId: uuid(), note: note, basedOn: revision, text: text.value })
    }).then(function (response) {
      if (response.type === 'opaqueredirect' || !isJson(response)) {
        show('Session expired: kept on this device', 'expired');
        return undefined;
      }
      return response.json().then(function (body) {
        if (response.status === 200) {
          return forgetLocally().then(function () {
            window.location.href = window.location.pathname + '?note=' + encodeURIComponent(body.noteId);
          });
        }
        if (response.status === 409 && body.stale) {
          showConflict(body);
          return undefined;
        }
        validateProblem.textContent = body.message;
        return undefined;
      });
    }, function () {
      validateProblem.textContent = 'Offline: validate when the connection is back';
    });
  });

  // signing out here clears this device's copies (the signed-out page does too)
  var signOut = document.getElementById('signOut');
  if (signOut) {
    signOut.addEventListener('click', function (event) {
      event.preventDefault();
      var target = signOut.href;
      window.NoteLocal.clear().then(function () { window.location.href = target; });
    });
  }

  if (note) {
    typeSelect.disabled = true;
    typeSelect.hidden = true;
    document.querySelector('label[for=noteType]').hidden = true;
  }
  lookForLocalDraft();
}());
