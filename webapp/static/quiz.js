// Autosave for the quiz form: each change posts that question's answer with the CSRF token.
// Without JavaScript the form's own Save and Hand in buttons do the same with plain posts.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form) { return; }
  // with JavaScript on, answers save themselves: say so (the page says "Press Save" otherwise)
  document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });
  document.querySelectorAll(".no-js").forEach(function (el) { el.hidden = true; });
  var state = document.getElementById("save-state");
  var token = form.querySelector("input[name=csrf_token]").value;
  var timers = {};
  var pending = 0;
  var failed = {};  // uid -> fieldset whose last save did not reach the server; re-sent until it does

  function show(text, cls) {
    state.textContent = text;
    state.className = "save-state " + cls;
  }

  function save(fieldset) {
    var uid = fieldset.getAttribute("data-uid");
    var data = new FormData();
    data.append("csrf_token", token);
    data.append("present", uid);
    fieldset.querySelectorAll("input, select, textarea").forEach(function (el) {
      if (!el.name || el.name === "present") { return; }
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) { return; }
      data.append(el.name, el.value);
    });
    pending += 1;
    show("Saving…", "saving");
    fetch(form.getAttribute("action"), {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-CSRFToken": token, "Accept": "application/json" }
    }).then(function (resp) {
      return resp.json().then(function (body) { return { status: resp.status, body: body }; });
    }).then(function (r) {
      pending -= 1;
      if (r.status === 200 && r.body.ok) {
        delete failed[uid];
        if (pending === 0 && Object.keys(failed).length === 0) { show("✓ All answers saved", "saved"); }
      } else if (r.body && r.body.redirect) {
        window.location.assign(r.body.redirect);
      } else {
        if (r.status >= 500) { retryLater(fieldset); }
        show("✗ Not saved — " + ((r.body && r.body.error) || "please try again"), "failed");
      }
    }).catch(function () {
      pending -= 1;
      retryLater(fieldset);
      show("✗ Not saved — check your connection", "failed");
    });
  }

  function retryLater(fieldset) {
    failed[fieldset.getAttribute("data-uid")] = fieldset;
    schedule(fieldset, 5000);
  }

  function schedule(fieldset, delay) {
    var uid = fieldset.getAttribute("data-uid");
    clearTimeout(timers[uid]);
    timers[uid] = setTimeout(function () { save(fieldset); }, delay);
  }

  form.addEventListener("change", function (ev) {
    var fs = ev.target.closest("fieldset[data-uid]");
    if (fs) { schedule(fs, 0); }
  });
  form.addEventListener("input", function (ev) {
    var fs = ev.target.closest("fieldset[data-uid]");
    if (fs && (ev.target.type === "text" || ev.target.tagName === "TEXTAREA")) { schedule(fs, 800); }
  });
  window.addEventListener("online", function () {
    Object.keys(failed).forEach(function (uid) { schedule(failed[uid], 0); });
  });
  show("Answers are saved automatically.", "saved");
})();
