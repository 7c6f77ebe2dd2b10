"""Issue 10 point 1: "he"/"she" for a person the article gives no evidence of but whose common given name
tells the sex ("Donald", "Anna") is sure only under a stricter window than the article's own evidence
needs: the person is the last one named before the pronoun, in its sentence or the two before, nobody
else at all named between, nobody else who may be "he"/"she" in the window (named or not), and no group
of people there ("the council", "reporters": analysis/test_pronoun_confidence keeps "Anna Berg met the
council on Monday. She said …" unsure). A unisex name, a man named between, or an unnamed person nearby
still leaves it unsure. Constructed texts."""
from __future__ import annotations

from test_genders_pronouns import one, pronoun_claims, show

from quizgen.model import CONFIDENT


def test_the_last_person_named_with_a_female_given_name_is_surely_she(nlp):
    found = one(nlp, ["Anna Berg opened the library meeting on Monday. The hall was full. "
                      "She said the library would stay open."],
                "library would stay open")
    assert found.source == "Anna Berg", show([found])
    assert found.source_confidence >= CONFIDENT, show([found])


def test_the_last_person_named_with_a_male_given_name_is_surely_he(nlp):
    found = one(nlp, ["Peter Lund opened the library meeting on Monday. The hall was full. "
                      "He said the library would stay open."], "library would stay open")
    assert found.source == "Peter Lund", show([found])
    assert found.source_confidence >= CONFIDENT, show([found])


def unsure(nlp, paragraphs):
    found = [a for a in pronoun_claims(nlp, *paragraphs) if "library would stay open" in a.content]
    assert all(a.source_confidence < CONFIDENT for a in found), show(found)


def test_a_woman_named_between_leaves_him_unsure_by_a_given_name(nlp):
    # Anna Berg cannot be "he", but the article says nothing of Peter Lund's sex itself: someone else
    # named after him is between him and the pronoun
    unsure(nlp, ["Peter Lund opened the library meeting on Monday. Anna Berg read the minutes. "
                 "He said the library would stay open."])


def test_a_unisex_name_or_an_unnamed_person_leaves_it_unsure(nlp):
    unsure(nlp, ["Jordan Lund opened the library meeting on Monday. He said the library would stay open."])
    unsure(nlp, ["Peter Lund opened the library meeting with a visiting official on Monday. "
                 "He said the library would stay open."])


def test_a_name_the_tagger_cut_badly_is_never_a_sure_speaker(nlp):
    # the tagger's person runs on into "of": a student would read 'Juan "Chico" Marquez of' as an option
    found = [a for a in pronoun_claims(nlp, 'Juan "Chico" Marquez of Oakland carried one of the photos. '
                                            '"I pretty much cried the whole parade," he said.')
             if "cried the whole parade" in a.content]
    for a in found:
        assert a.source_confidence < CONFIDENT or a.source.split()[-1][:1].isupper(), show(found)
