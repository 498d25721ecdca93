/*
 * The platform's draft editor: autosave that loses nothing, for any record typed as a draft (a clinical note, a
 * discharge summary; see docs/notes.md). Every change is kept on this device at once (DraftLocal: IndexedDB,
 * encrypted); the draft goes to the server a few seconds after typing stops, when a field loses focus, when the network
 * comes back, and on a timer while anything is unsaved. A save carries an id chosen here and the revision it was typed
 * over: a save whose answer never came is sent again with the same id (the server saves it once), and a save over
 * someone else's newer text comes back with both texts, shown side by side.
 *
 * The page declares the editor on one element, [data-draft-editor]:
 *   data-endpoint  the module's DraftSaveServlet        data-kind   "note", "summary" (drafts on the device by kind)
 *   data-id-key    the record's name in saves and URLs  data-<id-key>  the record's id (empty: a new record)
 *   data-revision  the revision shown                   data-user, data-patient, data-max (characters)
 *   data-format    "fields": the text is a JSON object of every [data-draft-field] by name (a summary's headings);
 *                  otherwise the one [data-draft-field] is the text (a note)
 * and within it: [data-draft-extra=name] choices sent with the first save (a note's type), [data-draft-finish=action]
 * the button that finishes the draft (validate, sign) with [data-draft-problem] for its refusal, and the elements
 * #saveState, #signInAgain, #restoreOffer (#restoreQuestion, #restorePreview, #restoreLocal, #discardLocal) and
 * #conflict (#conflictYours, #conflictTheirs, #conflictTheirsHeading, #keepMine, #keepTheirs, #combineBoth).
 */
(function () {
  'use strict';

  var root = document.querySelector('[data-draft-editor]');
  if (!root || !window.DraftLocal) {
    return;
  }
  var fields = Array.prototype.slice.call(root.querySelectorAll('[data-draft-field]'));
  var extras = Array.prototype.slice.call(root.querySelectorAll('[data-draft-extra]'));
  var asFields = root.dataset.format === 'fields';
  var state = document.getElementById('saveState');
  var signIn = document.getElementById('signInAgain');
  var offer = document.getElementById('restoreOffer');
  var conflict = document.getElementById('conflict');
  var finishButton = root.querySelector('[data-draft-finish]');
  var finishProblem = root.querySelector('[data-draft-problem]');

  var endpoint = root.dataset.endpoint;
  var kind = root.dataset.kind;
  var idKey = root.dataset.idKey;
  var owner = root.dataset.user;
  var patient = root.dataset.patient;
  var record = root.dataset[idKey] || null;
  var revision = root.dataset.revision ? parseInt(root.dataset.revision, 10) : 0;
  var max = parseInt(root.dataset.max, 10);

  var SAVE_AFTER_MS = 2000;
  var RETRY_MS = 5000;

  // ---- the text: one field, or every field as a JSON object ----

  function getText() {
    if (!asFields) {
      return fields[0].value;
    }
    var values = {};
    fields.forEach(function (f) { values[f.dataset.draftField] = f.value; });
    return JSON.stringify(values);
  }

  function parsed(t) {
    try {
      return JSON.parse(t) || {};
    } catch (e) {
      return {};
    }
  }

  function setText(t) {
    if (!asFields) {
      fields[0].value = t;
      return;
    }
    var values = parsed(t);
    fields.forEach(function (f) { f.value = values[f.dataset.draftField] || ''; });
  }

  /** The same text as getText() would give for it, so texts from the server compare equal to the screen's. */
  function normal(t) {
    if (!asFields || t === null) {
      return t;
    }
    var values = parsed(t);
    var out = {};
    fields.forEach(function (f) { out[f.dataset.draftField] = values[f.dataset.draftField] || ''; });
    return JSON.stringify(out);
  }

  /** As a person reads it (side by side, offered back): each heading and its text. */
  function shown(t) {
    if (!asFields) {
      return t;
    }
    var values = parsed(t);
    return fields.map(function (f) {
      return (f.dataset.title || f.dataset.draftField) + ':\n' + (values[f.dataset.draftField] || '') + '\n';
    }).join('\n');
  }

  function combined(theirsText, mineText) {
    if (!asFields) {
      return theirsText + '\n\n' + mineText;
    }
    var theirs = parsed(theirsText);
    var mine = parsed(mineText);
    var out = {};
    fields.forEach(function (f) {
      var a = theirs[f.dataset.draftField] || '';
      var b = mine[f.dataset.draftField] || '';
      out[f.dataset.draftField] = a === b || b === '' ? a : (a === '' ? b : a + '\n\n' + b);
    });
    return JSON.stringify(out);
  }

  function extraValues() {
    var values = {};
    extras.forEach(function (e) { values[e.dataset.draftExtra] = e.value; });
    return values;
  }

  function hideExtras() {
    extras.forEach(function (e) {
      e.disabled = true;
      e.hidden = true;
      var label = e.id ? document.querySelector('label[for="' + e.id + '"]') : null;
      if (label) {
        label.hidden = true;
      }
    });
  }

  var lastSavedText = getText(); // what the server has (as far as this page knows)
  var pending = null;              // a save sent but not answered: {saveId, text, basedOn, id, extras}
  var inFlight = false;
  var timer = null;
  var blocked = false;             // a conflict or a refused text waits for the user
  var offered = null;              // a local draft offered back, not yet restored or discarded
  var localName = name(record);

  function name(id) {
    return kind + '|' + owner + '|' + patient + '|' + (id || 'new');
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

  function show(words, how) {
    if (how === 'expired') {
      expired = true;
    } else if (how === 'saved') {
      expired = false;
    } else if (expired) {
      return; // keep saying so (and keep the sign-in link) while retries meet the sign-in page
    }
    state.textContent = words;
    state.className = 'save-state ' + (how || '');
    state.dataset.state = how || '';
    signIn.hidden = !expired;
  }

  function dirty() {
    return getText() !== lastSavedText || pending !== null;
  }

  // ---- this device ----

  function keepLocally() {
    var kept = { kind: kind, owner: owner, patient: patient, id: record, basedOn: revision, extras: extraValues(), text: getText(),
      pending: pending, typedAt: Date.now() };
    return window.DraftLocal.put(localName, kept).then(function () {
      root.dataset.keptLength = String(kept.text.length); // what is safe on this device (tests wait for it)
    });
  }

  function forgetLocally() {
    return window.DraftLocal.remove(localName);
  }

  // ---- the server ----

  function schedule(ms) {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(function () { timer = null; save(); }, ms);
  }

  function body(action, sent) {
    var json = { action: action, saveId: sent.saveId, basedOn: sent.basedOn, patient: patient, text: sent.text };
    json[idKey] = sent.id;
    Object.keys(sent.extras || {}).forEach(function (k) { json[k] = sent.extras[k]; });
    return JSON.stringify(json);
  }

  function post(json) {
    return fetch(endpoint, {
      method: 'POST', credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: json
    });
  }

  function save() {
    if (inFlight || blocked || offered) {
      return;
    }
    if (!pending) {
      var text = getText();
      if (text === lastSavedText && record) {
        return;
      }
      if (!record && !asFields && text.trim() === '') {
        return;
      }
      pending = { saveId: uuid(), text: text, basedOn: revision, id: record, extras: extraValues() };
    }
    var sent = pending;
    inFlight = true;
    show('Saving…', 'saving');
    keepLocally().then(function () {
      return post(body('draft', sent));
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
    return response.json().then(function (answer) {
      inFlight = false;
      if (response.status === 200) {
        pending = null;
        if (expired) {
          expired = false;
          signIn.hidden = true;
        }
        var wasNew = !record;
        record = answer.id;
        revision = answer.revision;
        lastSavedText = sent.text;
        root.dataset[idKey] = record;
        root.dataset.revision = String(revision);
        if (wasNew) {
          var oldName = localName;
          localName = name(record);
          window.DraftLocal.remove(oldName);
          hideExtras();
          var url = new URL(window.location.href);
          url.searchParams.set(idKey, record);
          url.searchParams.delete('patient');
          window.history.replaceState(null, '', url.toString());
        }
        if (getText() === lastSavedText) {
          show('Saved ' + answer.savedAtTime, 'saved');
          return forgetLocally();
        }
        keepLocally();
        schedule(SAVE_AFTER_MS);
        return undefined;
      }
      pending = null;
      if (response.status === 409 && answer.stale) {
        showConflict(answer);
        return keepLocally();
      }
      if (response.status === 422) {
        blocked = true;
        show('Not saved: ' + answer.message + ' (kept on this device)', 'failed');
        return keepLocally();
      }
      if (response.status >= 500) {
        pending = sent; // the same save again: the server may or may not have it
        show('Not saved yet: kept on this device, trying again', 'failed');
        schedule(RETRY_MS);
        return keepLocally();
      }
      blocked = true;
      show('Not saved: ' + (answer.message || 'refused') + ' (kept on this device)', 'failed');
      return keepLocally();
    });
  }

  // ---- someone else saved first ----

  var theirs = null;

  function showConflict(answer) {
    blocked = true;
    theirs = answer;
    document.getElementById('conflictYours').textContent = shown(getText());
    document.getElementById('conflictTheirs').textContent = shown(answer.currentText);
    document.getElementById('conflictTheirsHeading').textContent = 'Saved by ' + answer.savedBy + ' at ' + answer.savedAtTime;
    conflict.hidden = false;
    show('Not saved: changed by ' + answer.savedBy + ' (kept on this device)', 'conflict');
  }

  function resolve(chosen) {
    revision = theirs.currentRevision;
    lastSavedText = normal(theirs.currentText);
    setText(chosen);
    theirs = null;
    blocked = false;
    conflict.hidden = true;
    keepLocally();
    if (getText() === lastSavedText) {
      show('Saved', 'saved');
      forgetLocally();
    } else {
      save();
    }
  }

  document.getElementById('keepMine').addEventListener('click', function () { resolve(getText()); });
  document.getElementById('keepTheirs').addEventListener('click', function () { resolve(theirs.currentText); });
  document.getElementById('combineBoth').addEventListener('click', function () {
    resolve(combined(theirs.currentText, getText()));
    fields[0].focus();
  });

  // ---- a draft left on this device ----

  function offerBack(kept) {
    offered = kept;
    var when = new Date(kept.typedAt);
    document.getElementById('restoreQuestion').textContent = 'Restore the text you typed at ' + clock(when) + '?';
    document.getElementById('restorePreview').textContent = shown(kept.text);
    offer.hidden = false;
    show('Unsaved text from ' + clock(when) + ' on this device', 'offered');
  }

  document.getElementById('restoreLocal').addEventListener('click', function () {
    var kept = offered;
    offered = null;
    offer.hidden = true;
    if (kept.id && kept.id !== record) {
      record = kept.id;
      root.dataset[idKey] = record;
      hideExtras();
    }
    if (kept.name && kept.name !== name(record)) {
      window.DraftLocal.remove(kept.name);
    }
    localName = name(record);
    setText(kept.text);
    revision = kept.basedOn;
    extras.forEach(function (e) {
      if (kept.extras && kept.extras[e.dataset.draftExtra]) {
        e.value = kept.extras[e.dataset.draftExtra];
      }
    });
    pending = kept.pending || null;
    if (!kept.pending) {
      lastSavedText = null; // whatever the server has, this text is to be saved
    }
    keepLocally().then(save);
  });

  document.getElementById('discardLocal').addEventListener('click', function () {
    var kept = offered;
    offered = null;
    offer.hidden = true;
    window.DraftLocal.remove(kept.name || localName);
    show(record ? 'Saved' : 'Not saved yet', record ? 'saved' : '');
  });

  function lookForLocalDraft() {
    return window.DraftLocal.forPatient(owner, patient, kind).then(function (records) {
      var mine = records.filter(function (r) {
        return record ? r.id === record : true;
      });
      var kept = mine.length ? mine[0] : null;
      if (kept && (normal(kept.text) !== getText() || kept.pending)) {
        offerBack(kept);
      } else if (kept) {
        window.DraftLocal.remove(kept.name);
      }
    }, function () {
      show('This browser cannot keep a copy on this device: stay online', 'failed');
    });
  }

  // ---- typing ----

  function typed() {
    var length = getText().length;
    if (length > max) {
      show('Too long: at most ' + max.toLocaleString('en-GB') + ' characters (' + length.toLocaleString('en-GB') + ' now)', 'failed');
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
  }

  fields.forEach(function (f) {
    f.addEventListener('input', typed);
    f.addEventListener('blur', function () {
      if (dirty()) {
        save();
      }
    });
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

  // ---- finishing: validating a note, signing a summary ----

  if (finishButton) {
    finishButton.addEventListener('click', function () {
      finishProblem.textContent = '';
      if (!record || dirty() || inFlight) {
        finishProblem.textContent = 'Wait until it is saved, then ' + finishButton.dataset.draftFinish + ' it';
        save();
        return;
      }
      post(body(finishButton.dataset.draftFinish, { saveId: uuid(), id: record, basedOn: revision, text: getText() })).then(function (response) {
        if (response.type === 'opaqueredirect' || !isJson(response)) {
          show('Session expired: kept on this device', 'expired');
          return undefined;
        }
        return response.json().then(function (answer) {
          if (response.status === 200) {
            return forgetLocally().then(function () {
              window.location.href = window.location.pathname + '?' + idKey + '=' + encodeURIComponent(answer.id);
            });
          }
          if (response.status === 409 && answer.stale) {
            showConflict(answer);
            return undefined;
          }
          finishProblem.textContent = answer.message;
          return undefined;
        });
      }, function () {
        finishProblem.textContent = 'Offline: ' + finishButton.dataset.draftFinish + ' it when the connection is back';
      });
    });
  }

  // signing out here clears this device's copies (the signed-out page does too)
  var signOut = document.getElementById('signOut');
  if (signOut) {
    signOut.addEventListener('click', function (event) {
      event.preventDefault();
      var target = signOut.href;
      window.DraftLocal.clear().then(function () { window.location.href = target; });
    });
  }

  if (record) {
    hideExtras();
  }
  lookForLocalDraft();
}());
