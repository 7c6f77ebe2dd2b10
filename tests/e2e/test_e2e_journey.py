"""The classroom journey in a real browser, in order: teacher prepares, three students take it, results.

The tests of this module share one server and one quiz (``journey``) and run in file order;
each later step skips with a reason when an earlier one failed to produce what it needs.
"""
from __future__ import annotations

import io
import re
import time
import zipfile

import pytest
from lxml import etree
from paths import TESTS
from pypdf import PdfReader
from sqlalchemy import select

pytestmark = pytest.mark.slow

SEED_TEXT = (TESTS / "data" / "seed.txt").read_text(encoding="utf-8")
TITLE = SEED_TEXT.splitlines()[0].strip()
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
EDIT_MARK = " (checked by Ms Rivera)"


@pytest.fixture(scope="module")
def journey():
    """What the steps hand on to each other: the quiz code, ids, the teacher's page."""
    return {}


def need(journey, *keys):
    missing = [k for k in keys if k not in journey]
    if missing:
        pytest.skip(f"an earlier step did not produce {missing}")
    return [journey[k] for k in keys]


# --- looking at the database ----------------------------------------------------------------------

def attempts_by_name(app):
    from webapp.db import db
    from webapp.models import Attempt

    with app.app_context():
        rows = db.session.scalars(select(Attempt)).all()
        out = {}
        for a in rows:
            out.setdefault(a.display_name, []).append(
                {"id": a.id, "finished": a.finished_at is not None, "score": a.score,
                 "answers": {r.item_uid: r.value for r in a.responses}})
        db.session.remove()
        return out


def wait_for_answers(app, name, count, timeout=15.0):
    """Poll the database until the attempt of ``name`` holds ``count`` answers; returns them."""
    end = time.monotonic() + timeout
    answers = {}
    while time.monotonic() < end:
        found = attempts_by_name(app).get(name)
        answers = found[0]["answers"] if found else {}
        if len(answers) >= count:
            return answers
        time.sleep(0.2)
    raise AssertionError(f"{name}: {len(answers)} answers in the database, expected {count}")


# --- answering in the page --------------------------------------------------------------------------

def answer(fieldset, k: int) -> None:
    """Answer one question: option k (mod the number), or a typed answer."""
    radios = fieldset.locator("input[type=radio]")
    if radios.count():
        radios.nth(k % radios.count()).check()
        return
    boxes = fieldset.locator("input[type=checkbox]")
    if boxes.count():
        boxes.nth(k % boxes.count()).check()
        return
    selects = fieldset.locator("select")
    if selects.count():
        for i in range(selects.count()):
            n = selects.nth(i).locator("option").count()
            selects.nth(i).select_option(index=1 + (k + i) % (n - 1))
        return
    box = fieldset.locator("input[type=text], textarea").first
    box.fill(f"answer {k}")
    box.blur()


def assert_answered(fieldset, k: int) -> None:
    """The question shows the answer ``answer(fieldset, k)`` gave."""
    radios = fieldset.locator("input[type=radio]")
    if radios.count():
        assert radios.nth(k % radios.count()).is_checked()
        return
    boxes = fieldset.locator("input[type=checkbox]")
    if boxes.count():
        assert boxes.nth(k % boxes.count()).is_checked()
        return
    selects = fieldset.locator("select")
    if selects.count():
        for i in range(selects.count()):
            n = selects.nth(i).locator("option").count()
            want = selects.nth(i).locator("option").nth(1 + (k + i) % (n - 1)).get_attribute("value")
            assert selects.nth(i).input_value() == want
        return
    assert fieldset.locator("input[type=text], textarea").first.input_value() == f"answer {k}"


def questions(page):
    return page.locator("fieldset[data-uid]")


def join(context, base, code, name):
    page = context.new_page()
    page.goto(f"{base}/j/{code}")
    page.get_by_label("Your name").fill(name)
    page.get_by_role("button", name="Join").click()
    page.wait_for_url(f"**/q/{code}")
    return page


def invitation(app) -> str:
    """An invitation code made by a colleague who is already a teacher here."""
    from webapp.auth import accounts
    from webapp.db import db
    from webapp.services import teachers as teacher_svc

    with app.app_context():
        colleague = teacher_svc.create("head@school.test", "Head of department", "a colleague's password")
        code = accounts.make_invite(colleague)
        db.session.remove()
    return code


# --- 1. the teacher ----------------------------------------------------------------------------------

def test_1_teacher_signs_up_pastes_the_article_edits_and_publishes(live, browser, shots, journey):
    server, app = live
    base = server.url
    invite = invitation(app)  # sign-up is by invitation: a colleague already on Quizgen made one
    context = browser.new_context(**DESKTOP, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{base}/signup?invite={invite}")
    page.get_by_label("Your name").fill("Ms Rivera")
    page.get_by_label("Email").fill("rivera@school.test")
    page.get_by_label("Password (at least 12 characters)").fill("a long classroom password")
    page.get_by_label("Repeat the password").fill("a long classroom password")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/login")
    page.get_by_label("Email").fill("rivera@school.test")
    page.get_by_label("Password").fill("a long classroom password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/lessons")
    shots(page, "01-teacher-signed-up")

    page.get_by_role("link", name="New lesson", exact=True).click()
    page.get_by_label(re.compile("Paste the article")).fill(SEED_TEXT)
    shots(page, "02-teacher-pastes-article")
    page.get_by_role("button", name="Make the lesson").click()
    page.wait_for_url(re.compile(r"/lessons/\d+$"), timeout=90_000)
    lesson_url = page.url
    assert page.locator("h1").inner_text() == TITLE

    # the claim ledger: a legend, marks drawn on the text, and the who-claims-what list
    assert page.locator("#article-h").inner_text() == "Article with the claim ledger"
    assert page.locator("ul.legend li").count() >= 6
    for cls in ("lg-source", "lg-cue", "lg-content"):
        assert page.locator(f"#article span.{cls}").count() > 0, cls
    claims = page.locator("ul.claims li")
    assert claims.count() >= 3
    assert "Hua" in page.locator("ul.claims").inner_text()
    shots(page, "03-teacher-claim-ledger")

    # edit the first question's stem
    page.get_by_role("link", name="Review and edit questions").click()
    first = page.locator("li.review-item").first
    old_stem = first.locator("p.stem").inner_text()
    first.get_by_role("link", name=re.compile("^Edit")).click()
    stem = page.get_by_label("Question", exact=True)
    assert stem.input_value() == old_stem
    stem.fill(old_stem + EDIT_MARK)
    page.get_by_role("button", name="Save question").click()
    assert "Question saved" in page.locator(".flash").inner_text()
    shots(page, "04-teacher-edits-question")
    page.goto(lesson_url)
    assert page.locator("ol.item-list li").first.inner_text().startswith(old_stem + EDIT_MARK)

    # publish
    page.get_by_role("link", name="Publish as a quiz").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(re.compile(r"/quizzes/\d+$"))
    code = page.locator("p.join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{6}", code)
    shots(page, "05-teacher-published")
    journey.update(base=base, code=code, teacher=context, teacher_page=page, lesson_url=lesson_url,
                   quiz_url=page.url, first_stem=old_stem + EDIT_MARK)


# --- 2. three students --------------------------------------------------------------------------------

def test_2_three_students_answer_reload_go_offline_and_submit(live, browser, shots, journey):
    base, code = need(journey, "base", "code")
    _, app = live
    ana_ctx = browser.new_context(**DESKTOP)
    ben_ctx = browser.new_context(**PHONE)  # phone-sized
    cai_ctx = browser.new_context(**DESKTOP)
    ana = join(ana_ctx, base, code, "Ana")
    ben = join(ben_ctx, base, code, "Ben")
    cai = join(cai_ctx, base, code, "Cai")
    n = questions(ana).count()
    assert n >= 10 and questions(ben).count() == n == questions(cai).count()
    # the teacher's edit reached the students' copy
    assert ana.locator("fieldset[data-uid] legend").first.inner_text().find(journey["first_stem"]) >= 0
    shots(ben, "06-student-phone-quiz", at=ben.locator("h2#article-h"))

    # Ana answers half, reloads mid-quiz and finds her answers, then finishes
    half = n // 2
    for i in range(half):
        answer(questions(ana).nth(i), i)
    wait_for_answers(app, "Ana", half)
    ana.reload()
    for i in range(half):
        assert_answered(questions(ana).nth(i), i)
    shots(ana, "07-student-after-reload")
    for i in range(half, n):
        answer(questions(ana).nth(i), i)

    # Ben (phone) answers all but the last, goes offline for the last one, sees "not saved", comes back
    for i in range(n - 1):
        answer(questions(ben).nth(i), i + 1)
    wait_for_answers(app, "Ben", n - 1)
    ben_ctx.set_offline(True)
    answer(questions(ben).nth(n - 1), n)
    state = ben.locator("#save-state")
    state.filter(has_text="Not saved").wait_for(timeout=10_000)
    shots(ben, "08-student-offline-not-saved", at=state)
    ben_ctx.set_offline(False)
    saved = wait_for_answers(app, "Ben", n)  # back online: the answer reaches the database by itself
    last_uid = questions(ben).nth(n - 1).get_attribute("data-uid")
    assert last_uid in saved
    state.filter(has_text="All answers saved").wait_for(timeout=10_000)
    shots(ben, "09-student-back-online-saved", at=state)

    for i in range(n):
        answer(questions(cai).nth(i), i + 2)
    for name in ("Ana", "Cai"):
        wait_for_answers(app, name, n)

    # all hand in; Cai double-clicks
    ana.get_by_role("button", name="Hand in").click()
    ben.get_by_role("button", name="Hand in").click()
    cai.get_by_role("button", name="Hand in").dblclick()
    for page in (ana, ben, cai):
        page.wait_for_url(f"**/q/{code}/done")
        assert "Handed in" in page.locator("h1").inner_text()
    attempts = attempts_by_name(app)
    for name in ("Ana", "Ben", "Cai"):
        assert len(attempts[name]) == 1, f"{name} has {len(attempts[name])} attempts"
        a = attempts[name][0]
        assert a["finished"] and a["score"] is not None and len(a["answers"]) == n
    journey.update(students={"Ana": ana, "Ben": ben, "Cai": cai}, n=n)


# --- 3. feedback and the teacher's results -----------------------------------------------------------

def test_3_feedback_cites_paragraphs_and_the_teacher_sees_results_and_downloads(live, tmp_path, shots, journey):
    students, n, teacher = need(journey, "students", "n", "teacher_page")
    for name, page in students.items():
        items = page.locator("ol.feedback > li")
        assert items.count() == n
        verdicts = page.locator("ol.feedback .ok, ol.feedback .bad").count()
        assert verdicts >= n - 2  # open responses wait for the teacher
        cited = {int(m) for m in re.findall(r"¶(\d+)", page.locator("ol.feedback").inner_text())}
        assert cited, "no feedback row cites a paragraph"
        for number in cited:
            para = page.locator(f"#p{number}")
            assert "cited" in para.get_attribute("class").split()
            assert "cited" in para.locator(".cited-label").inner_text()
        uncited = page.locator("#article p.para:not(.cited)")
        assert uncited.count() > 0  # highlighting picks paragraphs, not everything
        if name == "Ana":
            shots(page, "10-feedback-ana-whole-page")
        page.locator(f"a[href='#p{min(cited)}']").first.click()
        shots(page, f"10-feedback-{name.lower()}-cited-paragraph", at=page.locator(f"#p{min(cited)}"))

    teacher.goto(journey["quiz_url"] + "/results")
    rows = teacher.locator("table.list").first.locator("tbody tr")
    assert rows.count() == 3
    assert {rows.nth(i).locator("td").first.inner_text() for i in range(3)} == {"Ana", "Ben", "Cai"}
    assert all("finished" in rows.nth(i).inner_text() for i in range(3))
    chart = teacher.locator("svg.chart", has=teacher.locator("title", has_text="Percent correct by question"))
    assert chart.locator("rect").count() == n
    labels = chart.locator("text").all_text_contents()
    assert [t for t in labels if t.startswith("Q")] == [f"Q{i}" for i in range(1, n + 1)]
    shots(teacher, "11-teacher-results")

    teacher.goto(journey["lesson_url"])
    with teacher.expect_download() as dl:
        teacher.get_by_role("button", name="Download worksheet (PDF)").click()
    pdf_path = tmp_path / "worksheet.pdf"
    dl.value.save_as(pdf_path)
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) >= 2 and "Xinjiang" in text and "Pompeo" in text

    with teacher.expect_download() as dl:
        teacher.get_by_role("link", name="Canvas (QTI)").click()
    qti_path = tmp_path / "qti.zip"
    dl.value.save_as(qti_path)
    with zipfile.ZipFile(qti_path) as z:
        assert z.testzip() is None
        names = z.namelist()
        assert "imsmanifest.xml" in names
        manifest = etree.fromstring(z.read("imsmanifest.xml"))
        hrefs = {el.get("href") for el in manifest.iter() if el.get("href")}
        assert hrefs and hrefs <= set(names)
        assessments = [etree.fromstring(z.read(h)) for h in hrefs if h.endswith(".xml")]
        items = [el for doc in assessments for el in doc.iter() if etree.QName(el).localname == "item"]
        assert len(items) == n


# --- 4. the same without JavaScript ----------------------------------------------------------------------

def test_4_a_student_without_javascript_saves_resumes_and_hands_in(live, browser, shots, journey):
    base, code, n = need(journey, "base", "code", "n")
    _, app = live
    context = browser.new_context(**DESKTOP, java_script_enabled=False)
    page = join(context, base, code, "Dee")
    assert page.locator("#save-state").inner_text().startswith("Answers are saved when you press")
    for i in range(n):
        answer(questions(page).nth(i), i + 3)
    page.get_by_role("button", name="Save my answers").click()
    page.wait_for_url(f"**/q/{code}")
    assert "Your answers are saved" in page.locator(".flash").inner_text()
    assert len(attempts_by_name(app)["Dee"][0]["answers"]) == n
    page.reload()
    for i in range(n):
        assert_answered(questions(page).nth(i), i + 3)
    shots(page, "12-no-js-saved")
    page.get_by_role("button", name="Hand in").click()
    page.wait_for_url(f"**/q/{code}/done")
    assert page.locator("ol.feedback > li").count() == n
    assert page.locator("#article p.para.cited").count() >= 1
    shots(page, "13-no-js-feedback")
    dee = attempts_by_name(app)["Dee"]
    assert len(dee) == 1 and dee[0]["finished"]
    teacher = journey["teacher_page"]
    teacher.goto(journey["quiz_url"] + "/results")
    assert teacher.locator("table.list").first.locator("tbody tr").count() == 4
