// The time limit in the student's own clock: "Hand in by 14:05 (12:31 left)", counting down.
// The page carries the deadline as an ISO time in UTC (data-deadline) and, for a browser
// without scripts, a sentence in minutes; this replaces that sentence. A screen reader hears
// the time left only at 5 minutes and 1 minute, not every second. At zero the page reloads:
// the server has handed the saved answers in and shows the hand-in page.
(function () {
  "use strict";
  var box = document.querySelector("[data-deadline]");
  if (!box) { return; }
  var deadline = Date.parse(box.getAttribute("data-deadline"));
  if (isNaN(deadline)) { return; }
  // The server's clock may differ from the student's: measure the gap once, from the page.
  var serverNow = Date.parse(box.getAttribute("data-now"));
  var skew = isNaN(serverNow) ? 0 : Date.now() - serverNow;
  var local = new Date(deadline + skew);
  var clock = local.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

  var sentence = document.createElement("span");
  sentence.className = "deadline-sentence";
  var left = document.createElement("strong");
  left.className = "countdown";
  left.setAttribute("role", "timer");
  left.setAttribute("aria-live", "off");
  var spoken = document.createElement("span");
  spoken.className = "sr-only";
  spoken.setAttribute("aria-live", "polite");
  box.textContent = "";
  sentence.textContent = "Hand in by " + clock + " — ";
  box.appendChild(sentence);
  box.appendChild(left);
  box.appendChild(document.createTextNode(". After that your saved answers are handed in for you."));
  box.appendChild(spoken);

  function pad(n) { return n < 10 ? "0" + n : String(n); }
  function format(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    return (h ? h + ":" + pad(m) : String(m)) + ":" + pad(sec) + " left";
  }
  var announced = {};
  var timer = null;
  function tick() {
    var ms = deadline + skew - Date.now();
    left.textContent = format(ms);
    var minutes = Math.ceil(ms / 60000);
    if ((minutes === 5 || minutes === 1) && !announced[minutes] && ms > 0) {
      announced[minutes] = true;
      spoken.textContent = minutes === 1 ? "One minute left." : "Five minutes left.";
      box.classList.add("soon");
    }
    if (ms <= 0) {
      window.clearInterval(timer);
      left.textContent = "time is up";
      spoken.textContent = "Time is up. Your saved answers are being handed in.";
      // a moment for the last autosave to land before the server hands in
      window.setTimeout(function () { window.location.reload(); }, 1500);
    }
  }
  tick();
  timer = window.setInterval(tick, 1000);
}());
