"""The quality gate and lint: each rule on a hand-made item, and no crash on malformed items."""
from __future__ import annotations

import pytest
from factories import item_id, sample_lesson, seed_article, support
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.model import Item, RubricLevel, Support
from quizgen.validate import lint_item, near_duplicate, validate

ART = seed_article()
HUA = support(ART, 2, "there were no human rights abuses taking place in Xinjiang")
BELIEVED = support(ART, 4, "China is believed to have imprisoned around 1 million people")
GOOD_EXPL = '¶2: "there were no human rights abuses taking place in Xinjiang".'


def mc(stem="According to ¶2, who said that there were no human rights abuses taking place in Xinjiang?",
       options=("Hua Chunying", "Mike Pompeo", "Reuters", "Former inmates"), answer=0, *, skill="attribution",
       explanation=GOOD_EXPL, sup=(HUA,), kind="multiple_choice", **kw) -> Item:
    return Item(item_id(skill, stem), skill, kind, stem, tuple(options), answer, explanation, tuple(sup), **kw)


def test_a_well_made_item_has_no_warnings():
    assert lint_item(mc(), ART) == []


@pytest.mark.parametrize(("item", "fragment"), [
    (mc(answer=7), "not the index of an option"),
    (mc(answer="0"), "not the index of an option"),
    (mc(options=("Hua Chunying", "Mike Pompeo", "Reuters")), "4 options"),
    (mc(options=("Hua Chunying", "", "Reuters", "Former inmates")), "option is empty"),
    (mc(kind="essay"), "unknown kind"),
    (mc(skill="astrology"), "unknown skill"),
    (mc(stem=""), "stem) is empty"),
    (mc(sup=()), "no supporting passage"),
    (mc(sup=(Support(2, HUA.start + 1, HUA.end, HUA.text),)), "not the article's own words"),
    (mc(sup=(Support(99, 0, 5, ART.text[:5]),)), "does not exist"),
    (mc(explanation="Because she said so."), "does not cite a paragraph"),
    (mc(explanation="¶2: she denied it."), "does not quote"),
    (mc(kind="true_false", options=("Yes", "No"), answer=2), "True"),
    (mc(kind="multiple_select", answer=[0, 0]), "repeat"),
    (mc(kind="multiple_select", answer=[0, 1, 2, 3]), "every option is correct"),
    (mc(kind="matching", answer=[[0, 1]], prompts=("Hua",)), "at least 2 prompts"),
    (mc(kind="matching", answer=[[0, 0], [0, 1]], prompts=("Hua", "Pompeo")), "matched exactly once"),
    (mc(kind="short_answer", options=(), answer=[]), "accepted answer"),
    (mc(kind="open_response", options=(), answer=[]), "rubric"),
])
def test_structural_problems_are_warnings(item, fragment):
    warnings = lint_item(item, ART)
    assert any(fragment in w for w in warnings), warnings


@pytest.mark.parametrize(("item", "fragment"), [
    (mc(options=("Hua Chunying", "Mike Pompeo", "All of the above", "Former inmates")), "all/none of the above"),
    (mc(options=("Hua Chunying", "Hua", "Reuters", "Former inmates")), "nearly the same"),
    (mc(options=("Hua Chunying", "hua chunying", "Reuters", "Former inmates")), "are the same"),
    (mc(stem="Which of these is NOT a source in ¶2?"), "negative stem"),
    (mc(stem="Hua Chunying said what in ¶2 about the abuses in Xinjiang?"), "contains its own answer"),
    (mc(options=("She said that there were no human rights abuses anywhere in Xinjiang at all", "Pompeo",
                 "Reuters", "Inmates")), "much longer"),
    (mc(stem='Who said "he is alarmed by what they found"?'), "unresolved pronoun"),
    (mc(stem='Who said "there were no human rights abu…"?'), "cut mid-word"),
])
def test_item_writing_faults_are_flagged(item, fragment):
    warnings = lint_item(item, ART)
    assert any(fragment in w for w in warnings), warnings


def test_the_article_s_own_negation_is_not_a_negative_stem():
    stem = "According to ¶3, who said China does not seek to challenge or replace the U.S.?"
    sup = support(ART, 3, "China does not seek to challenge or replace the U.S.")
    item = mc(stem=stem, sup=(sup,), explanation='¶3: "China does not seek to challenge or replace the U.S."')
    assert lint_item(item, ART) == []


def test_a_gap_distractor_the_article_also_supports_is_flagged():
    sup = support(ART, 4, "China is believed to have imprisoned around 1 million people")
    stem = 'Complete the detail from ¶4: "China is believed to have imprisoned around ______ people from Uyghur…"'
    ok = mc(stem=stem, options=("1 million", "2 million", "500,000", "10 million"), skill="key_detail",
            sup=(sup,), explanation='¶4: "China is believed to have imprisoned around 1 million people"')
    assert lint_item(ok, ART) == []
    # "Muslim minority" put in a gap before "communities" is words the article really has
    stem2 = 'Complete the detail from ¶4: "…people from Uyghur and other ______ communities at re-education camps…"'
    sup2 = support(ART, 4, "people from Uyghur and other Muslim minority communities")
    bad = mc(stem=stem2, options=("ethnic", "religious", "Muslim minority", "rural"), answer=0,
             skill="key_detail", sup=(sup2,), explanation='¶4: "people from Uyghur and other Muslim minority"')
    assert any("also fits the gap" in w for w in lint_item(bad, ART))


def test_keyed_detail_must_be_in_its_support():
    stem = 'Complete the detail from ¶4: "China is believed to have imprisoned around ______ people…"'
    item = mc(stem=stem, options=("2 million", "1 million", "500,000", "10 million"), answer=0,
              skill="key_detail", sup=(BELIEVED,), explanation='¶4: "China is believed to have imprisoned"')
    assert any("not in the supporting passage" in w for w in lint_item(item, ART))


def test_validate_drops_near_duplicates_and_says_why():
    a = mc()
    b = mc(stem="According to ¶2, who told reporters there were no human rights abuses taking place in Xinjiang?")
    kept, dropped = validate([a, b], ART)
    assert kept == [a]
    assert dropped[0][0] == b and "near-duplicate" in dropped[0][1][0]
    assert near_duplicate(a, b)
    assert not near_duplicate(a, mc(sup=(BELIEVED,), stem="Who believes it?", skill="certainty"))


def test_sample_lesson_items_are_structurally_sound():
    lesson = sample_lesson()
    for item in lesson.items:
        warnings = [w for w in lint_item(item, lesson.article) if "quote" not in w]
        assert warnings == [], (item.stem, warnings)


_text = st.text(max_size=40)
_items = st.builds(
    Item,
    id=_text,
    skill=st.sampled_from(["attribution", "main_idea", "nonsense"]),
    kind=st.sampled_from(["multiple_choice", "true_false", "multiple_select", "matching", "short_answer",
                          "open_response", "weird"]),
    stem=_text,
    options=st.lists(_text, max_size=6).map(tuple),
    answer=st.one_of(st.none(), st.integers(-3, 9), _text, st.lists(st.one_of(st.integers(-2, 8), _text,
                     st.lists(st.integers(-1, 5), max_size=3)), max_size=4)),
    explanation=_text,
    support=st.lists(st.builds(Support, paragraph=st.integers(-1, 15), start=st.integers(-5, 3000),
                               end=st.integers(-5, 3000), text=_text), max_size=3).map(tuple),
    prompts=st.lists(_text, max_size=4).map(tuple),
    rubric=st.lists(st.builds(RubricLevel, points=st.integers(0, 3), label=_text, description=_text),
                    max_size=3).map(tuple),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_items)
def test_lint_never_crashes_on_malformed_items(item):
    warnings = lint_item(item, ART)
    assert isinstance(warnings, list) and all(isinstance(w, str) for w in warnings)


@pytest.mark.parametrize(("item", "fragment"), [
    (mc(stem="According to ¶2, who show that there were no human rights abuses taking place in Xinjiang?"),
     "plural verb"),
    (mc(stem="The article gives the views of Hua Chunying, Mike Pompeo and others. Whose voice is missing?",
        kind="open_response", options=(), answer=["Answers vary."]), "and others"),
    (mc(stem="According to ¶2, who said that There were no human rights abuses taking place in Xinjiang?"),
     "capital letter mid-sentence"),
    (mc(stem="According to the article, which of these did Hua Chunying say?",
        options=("There were no human rights abuses taking place in Xinjiang", "Has announced visa restrictions",
                 "The camps are needed", "The reaction is disproportionate")), "is a fragment"),
    (mc(stem="According to the article, which of these did Hua Chunying say?",
        options=("There were no human rights abuses taking place in…", "Visa restrictions were announced",
                 "The camps are needed", "The reaction is disproportionate")), "cut mid-phrase"),
])
def test_grammar_faults_are_warnings(item, fragment):
    assert any(fragment in w for w in lint_item(item, ART)), lint_item(item, ART)


def test_two_words_of_one_sentence_are_two_vocabulary_questions():
    sup = (BELIEVED,)
    a = mc(stem="In ¶4 the article says: \"…\" In this sentence, what does \"imprisoned\" most nearly mean?",
           skill="vocabulary_in_context", sup=sup)
    b = mc(stem="In ¶4 the article says: \"…\" In this sentence, what does \"believed\" most nearly mean?",
           skill="vocabulary_in_context", sup=sup)
    c = mc(stem="In ¶4 the article says: \"… \" In this sentence, what does \"imprisoned\" most nearly mean?",
           skill="vocabulary_in_context", sup=sup)
    assert not near_duplicate(a, b)
    assert near_duplicate(a, c)


def test_two_quotations_of_one_speaker_are_two_questions():
    a = mc(stem="According to ¶2, who said, \"there were no human rights abuses taking place in Xinjiang\"?")
    b = mc(stem="According to ¶3, who said, \"the U.S. should take a more amicable approach to relations\"?",
           sup=(BELIEVED,))
    assert not near_duplicate(a, b)


def test_two_claims_with_one_presentation_are_two_questions():
    """Certainty and sourcing items draw their options from one fixed list: two claims both "attributed
    to a named source" are two questions, while one claim asked twice in other words is still one."""
    opts = ("Stated as fact by the reporter", "Attributed to a named source", "Attributed to an unnamed source",
            "Presented as uncertain (hedged)")
    a = mc(stem="How does the article present this claim from ¶2: \"there were no human rights abuses taking "
                "place in Xinjiang\"?", options=opts, answer=1, skill="certainty")
    b = mc(stem="How does the article present this claim from ¶4: \"China has imprisoned around 1 million "
                "people\"?", options=opts, answer=1, skill="certainty", sup=(BELIEVED,))
    again = mc(stem="How is this claim from ¶2 presented: \"there were no human rights abuses taking place "
                    "in Xinjiang\"?", options=opts, answer=1, skill="certainty")
    assert not near_duplicate(a, b)
    assert near_duplicate(a, again)
