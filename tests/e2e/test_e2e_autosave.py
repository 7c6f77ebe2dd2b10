"""The quiz page's autosave in a real browser: one save at a time with the latest answers, typed text
kept across a reload, "saved" only after the server said so, and a save refused after hand-in.

Each test joins its own student on one published quiz (the hand-checked sample lesson, which has a
question of every kind) and checks the database, not only the page.
"""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select
from support import server as ls

pytestmark = pytest.mark.slow

# Counts the page's saves: how many are on their way at once (at most), how many were sent. Each is
# held back 400 ms before it leaves, so answers given meanwhile have to wait for the next save.
COUNT_SAVES = """
window.__saves = {inflight: 0, max: 0, sent: 0};
const realFetch = window.fetch;
window.fetch = function (url, options) {
  if (!String(url).endsWith("/save")) { return realFetch.apply(this, arguments); }
  const s = window.__saves;
  s.inflight += 1; s.sent += 1; s.max = Math.max(s.max, s.inflight);
  return new Promise((resolve) => setTimeout(resolve, 400))
    .then(() => realFetch(url, options))
    .finally(() => { s.inflight -= 1; });
};
"""


@pytest.fixture(scope="module")
def quiz(live):
    from factories import sample_lesson

    server, app = live
    return server.url, app, ls.publish_lesson(app, sample_lesson())


def join(context, base, code, name):
    page = context.new_page()
    page.goto(f"{base}/j/{code}")
    page.get_by_label("Your name").fill(name)
    page.get_by_role("button", name="Join").click()
    page.wait_for_url(f"**/q/{code}")
    return page


def stored(app, name):
    """(finished?, {item uid: stored answer}) of the attempt of ``name`` (exactly one)."""
    from webapp.db import db
    from webapp.models import Attempt

    with app.app_context():
        attempts = db.session.scalars(select(Attempt).where(Attempt.display_name == name)).all()
        assert len(attempts) == 1, f"{name}: {len(attempts)} attempts"
        out = attempts[0].finished_at is not None, {r.item_uid: r.value for r in attempts[0].responses}
        db.session.remove()
        return out


def eventually(check, timeout=15.0):
    """Poll ``check()`` (the database is written by another process) until it is truthy."""
    end = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > end:
            return value
        time.sleep(0.2)


def state(page):
    return page.locator("#save-state")


def test_one_save_at_a_time_carries_the_latest_answers(quiz, browser):
    base, app, info = quiz
    context = browser.new_context()
    context.add_init_script(COUNT_SAVES)
    page = join(context, base, info["code"], "Una")
    radios = page.locator("fieldset[data-uid]:has(input[type=radio])")
    clicks, last = 0, {}
    for i in range(radios.count()):
        fs = radios.nth(i)
        for k in (0, 1, 0, 1):  # changes its mind three times, quickly
            fs.locator("input[type=radio]").nth(k).check()
            clicks += 1
        last[fs.get_attribute("data-uid")] = int(fs.locator("input[type=radio]").nth(1).get_attribute("value"))
    state(page).filter(has_text="All answers saved").wait_for(timeout=15_000)
    saves = page.evaluate("window.__saves")
    assert saves["max"] == 1  # never two saves on their way at once
    assert 1 <= saves["sent"] < clicks  # changes made while a save was out went together
    _, answers = stored(app, "Una")
    assert answers == last  # and the last answer of each question is the one stored
    context.close()


def test_text_typed_just_before_a_reload_is_not_lost(quiz, browser):
    base, app, info = quiz
    context = browser.new_context()
    page = join(context, base, info["code"], "Vic")
    box = page.locator("textarea").first
    uid = page.locator("fieldset:has(textarea)").first.get_attribute("data-uid")
    box.fill("Residents were not asked")
    page.reload()  # well under a second after the last keystroke (autosave waits 0.8 s after typing)
    assert page.locator("textarea").first.input_value() == "Residents were not asked"
    assert eventually(lambda: stored(app, "Vic")[1].get(uid) == "Residents were not asked")

    # the same with the network refusing every save while the page goes: the browser's copy counts
    box = page.locator("textarea").first
    page.route("**/save", lambda route: route.abort())
    box.fill("Residents were not asked, the article says in ¶4")
    page.reload()
    page.unroute("**/save")
    assert page.locator("textarea").first.input_value() == "Residents were not asked, the article says in ¶4"
    state(page).filter(has_text="All answers saved").wait_for(timeout=15_000)
    assert stored(app, "Vic")[1][uid] == "Residents were not asked, the article says in ¶4"
    context.close()


def test_saved_is_shown_only_after_the_server_said_so_and_a_busy_server_is_retried(quiz, browser):
    base, app, info = quiz
    context = browser.new_context()
    page = join(context, base, info["code"], "Wim")
    busy = {"left": 2}

    def refuse_twice(route):
        if busy["left"]:
            busy["left"] -= 1
            route.fulfill(status=503, headers={"Retry-After": "1", "Content-Type": "application/json"},
                          body='{"ok": false, "error": "The server is busy"}')
        else:
            route.continue_()

    page.route("**/save", refuse_twice)
    fs = page.locator("fieldset[data-uid]:has(input[type=radio])").first
    fs.locator("input[type=radio]").nth(1).check()
    state(page).filter(has_text="Not saved").wait_for(timeout=10_000)
    assert "All answers saved" not in state(page).inner_text()
    state(page).filter(has_text="All answers saved").wait_for(timeout=20_000)  # retried by itself
    assert busy["left"] == 0
    assert stored(app, "Wim")[1] == {fs.get_attribute("data-uid"): 1}
    context.close()


def test_a_change_after_hand_in_in_another_tab_is_refused_and_says_so(quiz, browser):
    base, app, info = quiz
    context = browser.new_context()
    first = join(context, base, info["code"], "Xia")
    second = context.new_page()  # the same student in a second tab
    second.goto(f"{base}/q/{info['code']}")
    fs = first.locator("fieldset[data-uid]:has(input[type=radio])").first
    uid = fs.get_attribute("data-uid")
    fs.locator("input[type=radio]").nth(0).check()
    state(first).filter(has_text="All answers saved").wait_for(timeout=10_000)
    first.get_by_role("button", name="Hand in").click()
    first.wait_for_url(f"**/q/{info['code']}/done")
    other = second.locator("fieldset[data-uid]:has(input[type=radio])").first
    other.locator("input[type=radio]").nth(1).check()
    state(second).filter(has_text="Not saved").wait_for(timeout=10_000)
    assert "handed in" in state(second).inner_text()
    second.wait_for_url(f"**/q/{info['code']}/done", timeout=10_000)
    finished, answers = stored(app, "Xia")
    assert finished and answers[uid] == 0  # the hand-in holds; the other tab changed nothing
    context.close()
