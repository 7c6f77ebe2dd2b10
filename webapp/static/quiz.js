// Autosave for the quiz form. Without JavaScript the form's own Save and Hand in buttons post it.
//
// - At most one save is on its way at a time. Changes made meanwhile wait and go together in the
//   next save, with the latest answer of each question: a fast student sends fewer requests, and
//   an older answer can never arrive after a newer one.
// - "Saved" is shown only when the server has said so. A save that fails for a reason worth
//   retrying (no connection, server busy) is retried after 1, 2, 4 ... 30 s, and at once when the
//   browser is back online; one the server refused for good says why.
// - Text typed just before a reload or a closed tab is kept: what is typed goes to localStorage
//   at once (cleared when the server has it) and is put back on the next visit, and unsaved
//   changes are sent when the page is hidden or left (a keepalive request outlives the page).
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) { return; }
  document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });
  document.querySelectorAll(".no-js").forEach(function (el) { el.hidden = true; });
  var state = document.getElementById("save-state");
  var token = form.querySelector("input[name=csrf_token]").value;
  var url = form.getAttribute("action");
  var draftKey = "quizgen-draft:" + (form.getAttribute("data-draft") || url);
  var TYPING_PAUSE = 800;   // ms after the last keystroke before text is saved
  var TYPING_MAX = 5000;    // ...but no longer than this while someone keeps typing
  var BACKOFF_MAX = 30000;

  var dirty = {};           // uid -> true: changed since it was last sent
  var inFlight = null;      // {uid: fields} of the save on its way, or null
  var timer = null;         // the next scheduled save
  var typingSince = 0;
  var backoff = 0;
  var stopped = false;      // handed in, or refused for good: no more saves

  function show(text, cls) {
    state.textContent = text;
    state.className = "save-state " + cls;
  }

  function fieldsOf(uid) {
    // [name, value] pairs of one question as the form would post them
    var fs = form.querySelector('fieldset[data-uid="' + uid + '"]');
    var out = [];
    if (!fs) { return out; }
    fs.querySelectorAll("input, select, textarea").forEach(function (el) {
      if (!el.name || el.name === "present") { return; }
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) { return; }
      out.push([el.name, el.value]);
    });
    return out;
  }

  function small(sent) {
    // browsers refuse keepalive requests over 64 KB in all: a very long text goes as a plain request
    var size = 0;
    Object.keys(sent).forEach(function (uid) {
      sent[uid].forEach(function (f) { size += f[0].length + 3 * f[1].length + 64; });
    });
    return size < 48000;
  }

  function body(uids) {
    var data = new FormData();
    data.append("csrf_token", token);
    uids.forEach(function (uid) {
      data.append("present", uid);
      fieldsOf(uid).forEach(function (f) { data.append(f[0], f[1]); });
    });
    return data;
  }

  // --- the draft of typed text (survives a reload) ---------------------------------------------
  function readDraft() {
    try { return JSON.parse(window.localStorage.getItem(draftKey) || "{}") || {}; } catch (e) { return {}; }
  }
  function writeDraft(draft) {
    try {
      if (Object.keys(draft).length) { window.localStorage.setItem(draftKey, JSON.stringify(draft)); }
      else { window.localStorage.removeItem(draftKey); }
    } catch (e) { /* private mode or full: the server copy still counts */ }
  }
  function keepTyped(el) {
    var draft = readDraft();
    draft[el.name] = el.value;
    writeDraft(draft);
  }
  function forgetSaved(sent) {
    // the server has these values: drop them from the draft unless typed over since
    var draft = readDraft();
    Object.keys(sent).forEach(function (uid) {
      sent[uid].forEach(function (f) { if (draft[f[0]] === f[1]) { delete draft[f[0]]; } });
    });
    writeDraft(draft);
  }
  function restoreDraft() {
    var draft = readDraft();
    var restored = false;
    Object.keys(draft).forEach(function (name) {
      var el = form.querySelector('[name="' + name.replace(/"/g, "") + '"]');
      var fs = el && el.closest("fieldset[data-uid]");
      if (!fs || (el.type !== "text" && el.tagName !== "TEXTAREA")) { delete draft[name]; return; }
      if (el.value !== draft[name]) {
        el.value = draft[name];
        dirty[fs.getAttribute("data-uid")] = true;
        restored = true;
      }
    });
    writeDraft(draft);
    return restored;
  }

  // --- saving --------------------------------------------------------------------------------------
  function schedule(delay) {
    if (stopped) { return; }
    clearTimeout(timer);
    timer = setTimeout(send, delay);
  }

  function send() {
    timer = null;
    if (stopped || inFlight) { return; }  // the save on its way sends the rest when it is answered
    var uids = Object.keys(dirty);
    if (!uids.length) { return; }
    var sent = {};
    uids.forEach(function (uid) { sent[uid] = fieldsOf(uid); });
    dirty = {};
    inFlight = sent;
    show("Saving…", "saving");
    fetch(url, {
      method: "POST", body: body(uids), credentials: "same-origin", keepalive: small(sent),
      headers: { "X-CSRFToken": token, "Accept": "application/json" }
    }).then(function (resp) {
      return resp.json().catch(function () { return {}; }).then(function (b) {
        return { status: resp.status, body: b || {}, retryAfter: resp.headers.get("Retry-After") };
      });
    }).then(function (r) {
      inFlight = null;
      if (r.status === 200 && r.body.ok) {
        backoff = 0;
        forgetSaved(sent);
        if (Object.keys(dirty).length) { schedule(0); }
        else { show("✓ All answers saved", "saved"); }
      } else if (r.status === 409 && r.body.redirect) {
        stopped = true;  // handed in (another tab) or time is up: this change is not kept
        show("✗ Not saved — " + (r.body.error || "this quiz has been handed in.") + " Opening your results…",
             "failed");
        setTimeout(function () { window.location.assign(r.body.redirect); }, 2500);
      } else if (r.status >= 500 || r.status === 429) {
        retry(sent, "✗ Not saved — " + (r.body.error || "the server is busy") + ". Trying again…",
              Number(r.retryAfter) * 1000);
      } else {
        stopped = true;  // 400 (the page is stale), 403 (no attempt), 404: retrying will not help
        restoreDirty(sent);
        show("✗ Not saved — " + (r.body.error || "please reload the page") +
             (r.status === 400 ? " Reload the page; what you typed is kept." : ""), "failed");
      }
    }).catch(function () {
      inFlight = null;
      retry(sent, "✗ Not saved — check your connection. Trying again…", 0);
    });
  }

  function restoreDirty(sent) {
    Object.keys(sent).forEach(function (uid) { dirty[uid] = true; });
  }

  function retry(sent, message, atLeast) {
    restoreDirty(sent);
    show(message, "failed");
    backoff = Math.min(backoff ? backoff * 2 : 1000, BACKOFF_MAX);
    schedule(Math.max(backoff, atLeast || 0));
  }

  function changed(fs, delay) {
    if (stopped) { return; }
    dirty[fs.getAttribute("data-uid")] = true;
    if (!inFlight) { show("Saving…", "saving"); }
    schedule(delay);
  }

  form.addEventListener("change", function (ev) {
    var fs = ev.target.closest("fieldset[data-uid]");
    if (fs) { typingSince = 0; changed(fs, 0); }
  });
  form.addEventListener("input", function (ev) {
    var el = ev.target;
    var fs = el.closest("fieldset[data-uid]");
    if (!fs || (el.type !== "text" && el.tagName !== "TEXTAREA")) { return; }
    keepTyped(el);
    var now = Date.now();
    if (!typingSince) { typingSince = now; }
    changed(fs, now - typingSince >= TYPING_MAX ? 0 : TYPING_PAUSE);
    if (now - typingSince >= TYPING_MAX) { typingSince = 0; }
  });
  form.addEventListener("submit", function () {
    // the hand-in (or Save) button posts every answer itself
    stopped = true;
    clearTimeout(timer);
    writeDraft({});
  });

  function flush() {
    // the page is being hidden or left: send what has not been sent, in a request that outlives the
    // page (the one on its way, if any, is a keepalive request too and is not cut off)
    if (stopped) { return; }
    clearTimeout(timer);
    if (!inFlight) { send(); return; }
    var uids = Object.keys(dirty);
    if (!uids.length) { return; }
    var sent = {};
    uids.forEach(function (uid) { sent[uid] = fieldsOf(uid); });
    dirty = {};
    fetch(url, {
      method: "POST", body: body(uids), credentials: "same-origin", keepalive: small(sent),
      headers: { "X-CSRFToken": token, "Accept": "application/json" }
    }).then(function (resp) {
      if (resp.status === 200) { forgetSaved(sent); } else { restoreDirty(sent); }
    }).catch(function () { restoreDirty(sent); });
  }

  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") { flush(); }
    else if (Object.keys(dirty).length) { schedule(0); }  // back: anything the flush could not send
  });
  window.addEventListener("online", function () { backoff = 0; schedule(0); });

  if (restoreDraft()) {
    show("Restored what you typed before the page was reloaded. Saving…", "saving");
    schedule(0);
  } else {
    show("Answers are saved automatically.", "saved");
  }
})();
