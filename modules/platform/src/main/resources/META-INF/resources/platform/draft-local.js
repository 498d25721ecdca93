/*
 * A draft (a note, a discharge summary) kept on this device: in IndexedDB, encrypted with AES-GCM under a key that
 * cannot be read out (a non-extractable CryptoKey, itself kept in IndexedDB: the browser can use it, script cannot
 * export it). Only the user, patient, kind of draft and time typed are in clear, to find it again.
 * Cleared on sign-out (the signed-out page and the sign-out link call DraftLocal.clear()).
 */
(function (global) {
  'use strict';

  var DB_NAME = 'epr-drafts';
  var KEYS = 'keys';
  var DRAFTS = 'drafts';

  function open() {
    return new Promise(function (resolve, reject) {
      var request = global.indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        var db = request.result;
        db.createObjectStore(KEYS);
        db.createObjectStore(DRAFTS);
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(store, mode);
        var result;
        var request = work(tx.objectStore(store));
        if (request) {
          request.onsuccess = function () { result = request.result; };
        }
        tx.oncomplete = function () { db.close(); resolve(result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
        tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  var keyPromise = null;

  /** The device key: made once, never extractable. */
  function key() {
    if (!keyPromise) {
      keyPromise = run(KEYS, 'readonly', function (s) { return s.get('draft-key'); }).then(function (existing) {
        if (existing) {
          return existing;
        }
        return global.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']).then(function (made) {
          return run(KEYS, 'readwrite', function (s) { return s.put(made, 'draft-key'); }).then(function () { return made; });
        });
      });
      keyPromise.catch(function () { keyPromise = null; });
    }
    return keyPromise;
  }

  function encrypt(record) {
    var iv = global.crypto.getRandomValues(new Uint8Array(12));
    var plain = new TextEncoder().encode(JSON.stringify(record));
    return key().then(function (k) {
      return global.crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, k, plain);
    }).then(function (sealed) {
      return { iv: iv, data: sealed, owner: record.owner, patient: record.patient, kind: record.kind, typedAt: record.typedAt };
    });
  }

  function decrypt(stored) {
    return key().then(function (k) {
      return global.crypto.subtle.decrypt({ name: 'AES-GCM', iv: stored.iv }, k, stored.data);
    }).then(function (plain) {
      return JSON.parse(new TextDecoder().decode(plain));
    });
  }

  // writes one after the other, so the last text typed is the one kept
  var chain = Promise.resolve();

  global.DraftLocal = {
    /** Keeps a draft record under its name (kind, user, patient, record or "new"). */
    put: function (name, record) {
      chain = chain.then(function () {
        return encrypt(record).then(function (sealed) {
          return run(DRAFTS, 'readwrite', function (s) { return s.put(sealed, name); });
        });
      });
      return chain;
    },
    get: function (name) {
      return run(DRAFTS, 'readonly', function (s) { return s.get(name); }).then(function (stored) {
        return stored ? decrypt(stored) : null;
      });
    },
    /** Every draft of this kind by this user for this patient, newest first (decrypted). */
    forPatient: function (owner, patient, kind) {
      var found = [];
      return open().then(function (db) {
        return new Promise(function (resolve, reject) {
          var tx = db.transaction(DRAFTS, 'readonly');
          var cursor = tx.objectStore(DRAFTS).openCursor();
          cursor.onsuccess = function () {
            var c = cursor.result;
            if (c) {
              if (c.value.owner === owner && c.value.patient === patient && c.value.kind === kind) {
                found.push({ name: c.key, stored: c.value });
              }
              c.continue();
            }
          };
          tx.oncomplete = function () { db.close(); resolve(); };
          tx.onerror = function () { db.close(); reject(tx.error); };
        });
      }).then(function () {
        found.sort(function (a, b) { return (b.stored.typedAt || 0) - (a.stored.typedAt || 0); });
        return Promise.all(found.map(function (f) {
          return decrypt(f.stored).then(function (record) { record.name = f.name; return record; }, function () { return null; });
        }));
      }).then(function (records) { return records.filter(Boolean); });
    },
    remove: function (name) {
      chain = chain.then(function () {
        return run(DRAFTS, 'readwrite', function (s) { return s.delete(name); });
      });
      return chain;
    },
    /** Everything this device kept: drafts and the key. */
    clear: function () {
      keyPromise = null;
      return new Promise(function (resolve) {
        var request = global.indexedDB.deleteDatabase(DB_NAME);
        request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
      });
    }
  };
}(window));
