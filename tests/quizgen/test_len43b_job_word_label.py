"""len43b: a source's label drops a capitalised job word written before a first and last name ("Comedian Sarah
Silverman" -> "Sarah Silverman", "Actor John Doe" -> "John Doe"); titles that belong to the name stay ("Sen. John
Doe", "President Jane Roe", "Dr. …", "Gov. …", "Rep. …"), as does any name with no first and last name after the
word. The short answer naming the speaker keys the name without the job word (and still accepts it as written).
Constructed texts and Attribution values."""
from __future__ import annotations

import pytest
from factories import plain_article
from test_generate_judge5b import _att
from test_generate_judge6b import _ctx, _ents

from quizgen.generate.attribution import name_the_source
from quizgen.generate.base import source_label, source_mid

_TEXT = ("Harbor row\n\n"
         "{who} said the harbor fees would ruin every small fishing family in the town before the winter.\n\n"
         "The council met on Monday to discuss the harbor and the fees for the coming year.\n")


def _one(who: str, kind: str = "person", source: str | None = None):
    a = plain_article(_TEXT.format(who=who))
    return a, _att(a, source or who, kind, who, "said",
                   "the harbor fees would ruin every small fishing family in the town before the winter")


@pytest.mark.parametrize("written, label", [
    ("Comedian Sarah Silverman", "Sarah Silverman"),
    ("Actor John Doe", "John Doe"),
    ("Economist Jane Roe", "Jane Roe"),
    ("Businessman Tom Hale", "Tom Hale"),
    ("Singer-songwriter Ann Lee", "Ann Lee"),
])
def test_a_job_word_before_a_full_name_is_no_part_of_the_label(written, label):
    _, att = _one(written)
    assert source_label(att) == label
    assert source_mid(att) == label


@pytest.mark.parametrize("written", [
    "Sen. John Doe", "President Jane Roe", "Dr. Jane Roe", "Gov. Jane Roe", "Rep. John Doe", "Judge John Doe",
    "Professor Jane Roe", "Pastor John Doe", "Attorney General John Doe",
    "Comedian Silverman",  # no first and last name after the word
    "Actor John",
])
def test_titles_and_names_without_a_full_name_after_stay(written):
    _, att = _one(written)
    assert source_label(att) == written


def test_an_organisation_keeps_its_whole_name():
    _, att = _one("Designer Shoe Outlet", kind="organisation")
    assert source_label(att) == "Designer Shoe Outlet"


def test_the_short_answer_keys_the_name_without_the_job_word():
    a, att = _one("Comedian Sarah Silverman")
    ctx = _ctx(a, [att], entities=_ents(a, "PERSON", "Comedian Sarah Silverman"))
    it = name_the_source(ctx, att)
    assert it is not None
    assert it.answer[0] == "Sarah Silverman" and "Silverman" in it.answer, it.answer
    assert "Comedian Sarah Silverman" in it.answer  # as the article wrote it, still right
    assert "Sarah Silverman is the source" in it.explanation
