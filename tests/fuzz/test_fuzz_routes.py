"""Random requests to every route of the app: random fields and values, as a teacher, a student or
nobody; the reply may refuse (4xx) but is never a 5xx.

The world (a teacher, a lesson, a published quiz, a student's attempt) is rebuilt whenever a
random request deletes part of it, so later examples still reach real objects.
"""
from __future__ import annotations

import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from webapp import create_app
from webapp.db import db

pytestmark = pytest.mark.slow

# (endpoint, method, path template); a test below checks this covers the app's url_map.
ROUTES = [
    ("student.home", "GET", "/"),
    ("student.join", "GET", "/j/{code}"),
    ("student.join", "GET", "/join"),
    ("student.join", "POST", "/join"),
    ("student.take", "GET", "/q/{code}"),
    ("student.done", "GET", "/q/{code}/done"),
    ("student.save", "POST", "/q/{code}/save"),
    ("student.submit", "POST", "/q/{code}/submit"),
    ("student.leave", "POST", "/q/{code}/leave"),
    ("auth.login", "GET", "/login"),
    ("auth.login", "POST", "/login"),
    ("auth.signup", "GET", "/signup"),
    ("auth.signup", "POST", "/signup"),
    ("auth.logout", "POST", "/logout"),
    ("auth.invite", "GET", "/invite"),
    ("auth.invite", "POST", "/invite"),
    ("lessons.index", "GET", "/lessons"),
    ("lessons.new_lesson", "GET", "/lessons/new"),
    ("lessons.new_lesson", "POST", "/lessons/new"),
    ("lessons.lesson", "GET", "/lessons/{lesson}"),
    ("lessons.copy", "POST", "/lessons/{lesson}/copy"),
    ("lessons.delete", "GET", "/lessons/{lesson}/delete"),
    ("lessons.delete", "POST", "/lessons/{lesson}/delete"),
    ("lessons.restore", "POST", "/lessons/{lesson}/restore"),
    ("lessons.deleted", "GET", "/lessons/deleted"),
    ("lessons.export", "GET", "/lessons/{lesson}/export/{fmt}"),
    ("lessons.worksheet", "GET", "/lessons/{lesson}/worksheet.pdf"),
    ("lessons.review", "GET", "/lessons/{lesson}/review"),
    ("lessons.extraction", "GET", "/lessons/{lesson}/article"),
    ("lessons.extraction", "POST", "/lessons/{lesson}/article"),
    ("lessons.regenerate", "POST", "/lessons/{lesson}/regenerate"),
    ("quizzes.publish", "GET", "/lessons/{lesson}/publish"),
    ("quizzes.publish", "POST", "/lessons/{lesson}/publish"),
    ("lessons.add_item", "GET", "/lessons/{lesson}/items/new"),
    ("lessons.add_item", "POST", "/lessons/{lesson}/items/new"),
    ("lessons.edit_item", "GET", "/lessons/{lesson}/items/{item}/edit"),
    ("lessons.edit_item", "POST", "/lessons/{lesson}/items/{item}/edit"),
    ("lessons.delete_item", "POST", "/lessons/{lesson}/items/{item}/delete"),
    ("lessons.move_item", "POST", "/lessons/{lesson}/items/{item}/move/{direction}"),
    ("quizzes.quiz", "GET", "/quizzes/{quiz}"),
    ("quizzes.quiz", "POST", "/quizzes/{quiz}"),
    ("quizzes.roster", "POST", "/quizzes/{quiz}/roster"),
    ("quizzes.qr", "GET", "/quizzes/{quiz}/qr.svg"),
    ("quizzes.results", "GET", "/quizzes/{quiz}/results"),
    ("quizzes.results_download", "GET", "/quizzes/{quiz}/results.csv"),
    ("quizzes.attempt", "GET", "/quizzes/{quiz}/attempts/{attempt}"),
    ("quizzes.delete_attempt", "POST", "/quizzes/{quiz}/attempts/{attempt}/delete"),
    ("quizzes.grade", "POST", "/quizzes/{quiz}/attempts/{attempt}/grade/{uid}"),
    ("static", "GET", "/static/{filename}"),
]
FIELDS = ["code", "name", "email", "password", "confirm", "next", "text", "upload", "seed", "kind", "skill", "stem",
          "options", "prompts", "key", "explanation", "rubric", "points", "is_open", "time_limit_minutes",
          "shuffle_items", "shuffle_options", "feedback", "comment", "present", "versions", "paper", "key",
          "large_print", "ledger", "part", "submit", "save", "csrf_token", "invite", "student", "student_code",
          "join_id", "roster"]
NUMBERS = ["0", "1", "-1", "2", "15", "101", "600", "601", "1e9", "9" * 30, "NaN", "0x10", " 3 ", "٣"]
# ids: real ones, small ones, and the edges of 32- and 64-bit integer columns
ID_EDGES = st.sampled_from([0, 1, 2**31 - 1, 2**31, 2**63 - 1, 2**63, 2**64, 10**30])
ROUNDS = 10 if os.environ.get("QUIZGEN_SOAK") == "1" else 1  # make soak: ten times the examples
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                                           HealthCheck.filter_too_much])


class World:
    """An app on its own SQLite file with a teacher, a lesson, a quiz and a student's attempt."""

    def __init__(self, tmp_path, lesson, *, csrf: bool) -> None:
        self.app = create_app({
            "TESTING": True, "SECRET_KEY": "fuzz", "WTF_CSRF_ENABLED": csrf, "PASSWORD_METHOD": "pbkdf2:sha256:1000",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'fuzz.sqlite3'}", "SERVER_NAME": "localhost",
            "THROTTLES": False,
        })
        self.lesson = lesson
        with self.app.app_context():
            db.create_all()
        self.ids: dict = {}
        self.teacher = self.app.test_client()
        self.student = self.app.test_client()
        self.nobody = self.app.test_client()
        self.ensure()

    def ensure(self) -> dict:
        """Make sure the teacher, lesson (with items), quiz and attempt exist; returns their ids."""
        from webapp.models import Attempt, Item, Lesson, Quiz, Teacher
        from webapp.security import hash_password
        from webapp.services.lessons import store_lesson
        from webapp.services.quizzes import publish

        with self.app.app_context():
            teacher = db.session.scalar(select(Teacher).where(Teacher.email == "fuzz@school.test"))
            if teacher is None:
                teacher = Teacher(email="fuzz@school.test", name="Fuzz", password_hash=hash_password("fuzz password"))
                db.session.add(teacher)
                db.session.commit()
            lesson = db.session.scalar(select(Lesson).where(Lesson.owner_id == teacher.id,
                                                            Lesson.deleted_at.is_(None)).order_by(Lesson.id))
            if lesson is None or not lesson.items:
                lesson = store_lesson(self.lesson, teacher, "fuzz")
                db.session.commit()
            quiz = db.session.scalar(select(Quiz).where(Quiz.lesson_id == lesson.id, Quiz.is_open.is_(True)))
            if quiz is None:
                quiz = publish(lesson, teacher, {"is_open": True, "feedback": "immediately"})
            self.ids = {"teacher": teacher.id, "lesson": lesson.id, "quiz": quiz.id, "code": quiz.code,
                        "item": db.session.scalar(select(Item.id).where(Item.lesson_id == lesson.id)),
                        "uids": [d["id"] for d in quiz.items], "version": teacher.session_version}
        with self.teacher.session_transaction() as sess:  # signed in again (a fuzzed sign-out ends sessions)
            sess["teacher_id"] = self.ids["teacher"]
            sess["sv"] = self.ids["version"]
        if self.student.get(f"/q/{self.ids['code']}").status_code != 200:
            token = self._token(self.student, f"/j/{self.ids['code']}")
            self.student.post("/join", data={"code": self.ids["code"], "name": "Fuzzy", "csrf_token": token})
        with self.app.app_context():
            self.ids["attempt"] = db.session.scalar(
                select(Attempt.id).where(Attempt.quiz_id == self.ids["quiz"]).order_by(Attempt.id.desc()))
        return self.ids

    @staticmethod
    def _token(client, path) -> str:
        import re

        m = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get(path).get_data(as_text=True))
        return m.group(1) if m else ""

    def close(self) -> None:
        with self.app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def world(tmp_path, sample_lesson):
    """One world per test (hypothesis runs every example of the test against it)."""
    w = World(tmp_path, sample_lesson, csrf=False)
    yield w
    w.close()


@pytest.fixture
def csrf_world(tmp_path, sample_lesson):
    w = World(tmp_path, sample_lesson, csrf=True)
    yield w
    w.close()


text = st.one_of(st.sampled_from(NUMBERS), st.text(max_size=40), st.sampled_from(
    ["", " ", "<script>alert(1)</script>", "=1+1", "a" * 3000, "B", "A, C", "1-B, 2-A", "2 | Good | ok",
     "immediately", "after_close", "never", "multiple_choice", "open_response", "matching", "main_idea",
     "a4", "letter", "key", "on", "true", "y", "appended", "separate", "none", "\x00", "é\u0301", "%00", "../x"]))
values = st.one_of(text, st.lists(text, min_size=1, max_size=4))
uploads = st.tuples(st.binary(max_size=300), st.sampled_from(["a.txt", "a.docx", "a.pdf", "a.html", "a.exe", ""]))


def pool(values: list[str]) -> st.SearchStrategy[str]:
    """One of ``values``, drawn as a number of fixed range: the world's ids change between examples
    (a regenerated lesson has new item ids), and hypothesis needs the same kind of draw each time."""
    return st.integers(0, 99).map(lambda i: values[i % len(values)])


@st.composite
def requests(draw, world: World):
    endpoint, method, template = draw(st.sampled_from(ROUTES))
    ids = world.ids
    uid_pool = ids["uids"] or ["x"]
    params = {
        "code": draw(st.one_of(st.just(ids["code"]), st.just(ids["code"].lower()), st.text(
            alphabet="ACDEFGHJKMNPQRTUVWXY34679-_ %", min_size=1, max_size=8))),
        "lesson": draw(st.one_of(st.just(ids["lesson"]), ID_EDGES, st.integers(0, 2**70))),
        "item": draw(st.one_of(st.just(ids["item"]), ID_EDGES, st.integers(0, 2**70))),
        "quiz": draw(st.one_of(st.just(ids["quiz"]), ID_EDGES, st.integers(0, 2**70))),
        "attempt": draw(st.one_of(st.just(ids["attempt"]), ID_EDGES, st.integers(0, 2**70))),
        "uid": draw(st.one_of(pool(uid_pool), st.text(alphabet="abcdef0123456789", min_size=1))),
        "fmt": draw(st.sampled_from(["qti", "moodle", "gift", "aiken", "csv", "kahoot", "json", "pdf", "x"])),
        "direction": draw(st.sampled_from(["up", "down", "sideways"])),
        "filename": draw(st.sampled_from(["app.css", "quiz.js", "nope.css", "..%2fapp.py"])),
    }
    path = template.format(**params)
    keys = st.one_of(st.sampled_from(FIELDS), pool(uid_pool).map(lambda u: f"q-{u}"),
                     st.tuples(pool(uid_pool[:3]), st.integers(0, 2)).map(lambda t: f"q-{t[0]}-{t[1]}"),
                     st.text(max_size=8).filter(lambda k: k != "url"))
    data = draw(st.dictionaries(keys, values, max_size=8))
    if "present" not in data and draw(st.booleans()):
        data["present"] = draw(st.lists(pool(uid_pool), min_size=1, max_size=4))
    if method == "POST" and draw(st.integers(0, 9)) == 0:
        content, name = draw(uploads)
        data["upload"] = (io.BytesIO(content), name)
    who = draw(st.sampled_from(["teacher", "teacher", "student", "nobody"]))
    headers = {"Accept": "application/json"} if draw(st.integers(0, 3)) == 0 else {}
    return who, method, path, data, headers


def send(world: World, request) -> None:
    who, method, path, data, headers = request
    client = getattr(world, who)
    if method == "GET":
        flat = {k: v for k, v in data.items() if not isinstance(v, tuple)}
        r = client.get(path, query_string=flat, headers=headers)
    else:
        r = client.post(path, data=data, headers=headers, content_type="multipart/form-data")
    status, body = r.status_code, r.get_data()[:400].decode("utf-8", "replace")
    r.close()  # static files are streamed from an open file
    assert status < 500, (who, method, path, data, status, body)


@settings(SETTINGS, max_examples=300 * ROUNDS)
@given(st.data())
def test_random_requests_to_every_route_never_get_a_server_error(world, data):
    world.ensure()
    send(world, data.draw(requests(world)))


@settings(SETTINGS, max_examples=80 * ROUNDS)
@given(st.data())
def test_with_csrf_on_random_posts_are_refused_cleanly(csrf_world, data):
    csrf_world.ensure()
    send(csrf_world, data.draw(requests(csrf_world)))


def test_the_route_list_covers_every_route_of_the_app(world):
    listed = {(e, m) for e, m, _ in ROUTES}
    for rule in world.app.url_map.iter_rules():
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (rule.endpoint, method) in listed, f"{rule.rule} {method} is not fuzzed: add it to ROUTES"


def test_a_form_part_without_a_name_is_a_400_not_a_crash_in_the_csrf_check(csrf_world):
    """Found by the fuzzing above: Flask-WTF's CSRF check crashed on a multipart part whose name is unreadable."""
    r = csrf_world.teacher.post("/join", data={"\r": "0", "upload": (io.BytesIO(b""), "a.txt")},
                                content_type="multipart/form-data")
    assert r.status_code == 400
