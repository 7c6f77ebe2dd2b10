"""Key details (helper fixg1), each shape on a constructed article: a number gap's accepted answers
match what its stem asks for (a sum with or without its currency sign; an amount with its unit in any
spelling, never bare); a name gap's options are of the gap's kind (no person for a place, no public
figure for a private person described by age and trade); an explanation shows the keyed answer; no
name gap on the speaker of its own clause."""
from __future__ import annotations

import random

from factories import labelled_entities, people_entities, plain_article

from quizgen.generate import key_detail
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Analysis, Quantity, Readability, Sentence, Span
from quizgen.validate import lint_item

_LEDE = "The town council delayed its vote on the harbour budget after a long debate over the old harbour pier."
_HEAD = "Harbour budget vote delayed\n\n" + _LEDE + "\n\n"


def _ctx(text, quantities=(), people=(), places=(), kinds=ITEM_KINDS, seed=0):
    """One sentence per paragraph; ``quantities`` as (kind, text) at their first mention; PERSON
    entities at every mention of ``people``, GPE ones of ``places``."""
    article = plain_article(text)
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, i) for i, p in enumerate(article.paragraphs))
    ents = sorted([*people_entities(article, *people), *labelled_entities(article, "GPE", *places)],
                  key=lambda e: e.span.start)
    qs = tuple(Quantity(k, Span(text.index(t), text.index(t) + len(t), t), 1) for k, t in quantities)
    analysis = Analysis(sentences=sents, entities=tuple(ents), attributions=(), evidence=(), hedges=(), judgments=(),
                        conflicts=(), quantities=qs, vocabulary=(), readability=Readability(8.0, 60.0, 200, 10, 1),
                        main_ideas=sents[:1])
    return Context(article, analysis, random.Random(seed), frozenset(kinds))


def _number_item(body, quantity):
    items = key_detail.generate(_ctx(_HEAD + body + "\n", [quantity], kinds={"short_answer"}))
    assert len(items) == 1, [it.stem for it in items]
    return items[0]


def test_a_sum_in_dollars_asked_as_a_number_is_right_without_its_sign():
    """"$15 trillion": "15 trillion" and "15 trillion dollars" are right too (judged blind: only "$15 trillion" and its
    spelled-out forms were accepted). Asked as "the missing amount" since stop 55 (T13, T14: "the missing number"
    read as the bare number, which is another sum)."""
    item = _number_item("The harbour plan would cost the national government $15 trillion over the next four "
                        "decades, the council heard.", ("money", "$15 trillion"))
    assert item.stem.endswith("Write the missing amount.")
    for form in ("$15 trillion", "15 trillion", "15 trillion dollars", "fifteen trillion"):
        assert form in item.answer, (form, item.answer)
    assert "15" not in item.answer  # fifteen dollars is another sum


def test_degrees_celsius_asked_whole_and_accepted_in_its_spellings():
    """A gap on "2 degrees" before "Celsius" takes the scale too: the stem asks for the amount and
    its unit, and "2 degrees Celsius" and "2°C" are right, a bare "2" is not."""
    item = _number_item("The harbour water warmed by 2 degrees Celsius over the past ten summers, the council "
                        "heard from its engineers.", ("number", "2 degrees"))
    assert "Celsius" not in item.stem, item.stem
    assert item.stem.endswith("Write the missing amount (number and unit).")
    for form in ("2 degrees Celsius", "2°C", "two degrees Celsius"):
        assert form in item.answer, (form, item.answer)
    assert "2" not in item.answer and "2 degrees" not in item.answer


def test_number_and_unit_accepts_the_units_spellings_never_the_bare_number():
    """"Write the missing amount (number and unit)." for "15 metres": "15 m" and "15 meters" are
    right; a bare "15" is not what the stem asks for (judged blind)."""
    item = _number_item("The new harbour wall will rise 15 metres above the water line at high tide, the council "
                        "heard from its engineers.", ("number", "15 metres"))
    assert item.stem.endswith("Write the missing amount (number and unit).")
    for form in ("15 metres", "15 meters", "15 m", "fifteen metres"):
        assert form in item.answer, (form, item.answer)
    assert not {"15", "fifteen"} & set(item.answer)


def test_a_sum_in_words_asked_with_its_unit_keeps_its_currency():
    item = _number_item("The harbour plan would cost the town 4 million dollars over the next four decades, the "
                        "council heard.", ("money", "4 million dollars"))
    assert item.stem.endswith("Write the missing amount (number and unit).")
    assert {"4 million dollars", "$4 million"} <= set(item.answer)
    assert "4 million" not in item.answer and "4000000" not in item.answer


def test_the_explanation_shows_the_answer_of_a_long_sentence():
    """The explanation quotes a window of the sentence that holds the keyed answer, not its first
    thirty words cut off before it (judged blind: "the explanation stops before '$30 billion'")."""
    ctx = _ctx(_HEAD + "After a long night of talks that ran well past midnight and into the early hours of "
               "Friday morning, with many members tired and some of them angry, the council finally agreed that "
               "the harbour plan would cost $30 billion.\n", [("money", "$30 billion")], kinds={"short_answer"})
    (item,) = key_detail.generate(ctx)
    assert "$30 billion" in item.explanation, item.explanation
    assert not [w for w in lint_item(item, ctx.article) if "explanation" in w]  # still quotes its passage
    assert item.explanation.startswith("¶2: \"After a long night of talks …")  # the passage known by its opening


_PEOPLE_HEAD = "Harbour fire leaves diners shaken\n\n" + (
    "A fire broke out in the kitchen of a harbour diner on Friday night and spread to the old pier.\n\n")


def _name_answers(ctx):
    return [(it.stem, it.kind, it.answer if it.kind == "short_answer" else it.options[it.answer],
             list(it.options)) for it in key_detail.generate(ctx)]


def test_a_private_person_gap_offers_no_public_figure():
    """"______, 39, a waitress at the harbour diner": a famous politician among the options stands
    out; only people the article describes so (by age or a plain trade) may be offered."""
    text = (_PEOPLE_HEAD +
            "Maria Delgado, 39, a waitress at the harbour diner, carried two children out of the smoke.\n\n"
            "President Donald Trump praised the firefighters in a message posted on Saturday morning.\n\n"
            "Governor Rick Scott promised state help to rebuild the pier before the summer season.\n\n"
            "Senator Marco Rubio visited the burned pier on Sunday with local officials.\n\n"
            "Harold Finch, the harbour master, counted the damaged boats along the pier.\n\n"
            "Donald Trump later spoke with the owners of the diner by telephone.\n\n"
            "Maria Delgado went back to work at the diner on Monday, after the kitchen was cleaned.\n")
    ctx = _ctx(text, people=["Maria Delgado", "Donald Trump", "Rick Scott", "Marco Rubio", "Harold Finch"])
    asked = [a for a in _name_answers(ctx) if a[2] == "Maria Delgado" or a[2][:1] == ["Maria Delgado"]]
    assert asked  # still asked: written in, when too few private people to choose from
    for stem, kind, answer, options in _name_answers(ctx):
        if answer == "Maria Delgado" and kind == "multiple_choice":
            assert not {"Donald Trump", "Rick Scott", "Marco Rubio"} & set(options), (stem, options)


def test_a_private_person_gap_is_offered_among_private_people():
    text = (_PEOPLE_HEAD +
            "Maria Delgado, 39, a waitress at the harbour diner, carried two children out of the smoke.\n\n"
            "Tom Becker, 52, a cook at the diner, turned off the gas before he left the kitchen.\n\n"
            "Lena Ortiz, 24, a student at the harbour college, called the fire brigade from the pier.\n\n"
            "Sam Whitlow, 61, a retired fisherman, helped the diners down the wooden stairs.\n\n"
            "President Donald Trump praised the firefighters in a message posted on Saturday morning.\n")
    ctx = _ctx(text, people=["Maria Delgado", "Tom Becker", "Lena Ortiz", "Sam Whitlow", "Donald Trump"])
    private = {"Maria Delgado", "Tom Becker", "Lena Ortiz", "Sam Whitlow"}
    for stem, kind, answer, options in _name_answers(ctx):
        if kind == "multiple_choice" and answer in private:
            assert set(options) <= private, (stem, options)
    assert key_detail._private_person(text, "Tom Becker") and key_detail._private_person(text, "Lena Ortiz")
    assert not key_detail._private_person(text, "Donald Trump")


def test_no_person_options_for_a_place_taken_for_a_person():
    """"Sunday's attack in ______": a gap after "attack in" is a place, whatever the tagger says;
    people are no options for it."""
    text = (_PEOPLE_HEAD +
            "Police said Sunday's attack in Ben Tarik left three guards wounded near the harbour gate.\n\n"
            "Karim Haddad, the harbour police chief, said the gate would stay closed.\n\n"
            "Nadia Farouk, the mayor, asked residents to stay calm after the attack.\n\n"
            "Youssef Amrani, the regional governor, sent more police to the harbour.\n\n"
            "Omar Selmi, the interior minister, promised an inquiry into the attack.\n\n"
            "Ben Tarik was quiet on Monday, and its market opened again near the harbour gate.\n")
    ctx = _ctx(text, people=["Ben Tarik", "Karim Haddad", "Nadia Farouk", "Youssef Amrani", "Omar Selmi"])
    assert not [a for a in _name_answers(ctx) if "attack in ______" in a[0]]


def test_a_place_option_is_no_person_the_article_quotes():
    """A surname the tagger took for a place ("Nefri said") is no city among cities."""
    text = ("Attack shakes coastal towns\n\n"
            "Gunmen attacked a police post in Marsa on Sunday, the second attack on the coast this month.\n\n"
            "Police in Marsa said the gunmen fled toward the hills after a long exchange of fire.\n\n"
            "Earlier this month a bomb exploded in Sidra, and police in Sidra arrested two men.\n\n"
            "Officials in Tobruk and in Tobruk's port said patrols would be doubled on the coast road.\n\n"
            "The army sent troops from Nefri, and Nefri said the army would guard every town on the coast.\n")
    ctx = _ctx(text, places=["Marsa", "Sidra", "Tobruk", "Nefri"])
    for stem, _kind, _answer, options in _name_answers(ctx):
        assert "Nefri" not in options, (stem, options)


def test_no_name_gap_on_the_speaker_of_its_own_clause():
    """"Council President ______, summing up the talks, said …": who said it is the attribution
    items' question, asked or not; as a name gap it is none (judged blind)."""
    text = (_HEAD +
            "Council President Helena Marsh, summing up the long harbour talks, said the pier would be rebuilt "
            "by the spring.\n\n"
            "Harbour master Peter Olsen counted the damaged boats along the pier on Monday.\n\n"
            "Treasurer Ruth Adler warned that the budget for the pier was already spent.\n\n"
            "Engineer Carl Baines inspected the old pier on Tuesday and found the posts rotten.\n")
    ctx = _ctx(text, people=["Helena Marsh", "Peter Olsen", "Ruth Adler", "Carl Baines"])
    answers = _name_answers(ctx)
    assert not [a for a in answers if "______" in a[0] and "Helena Marsh" in str(a[2])], answers


def test_a_share_in_words_asked_with_its_unit_is_right_in_figures():
    """"Sixty-two percent" asked as "number and unit": "62 percent" and "62%" are right, a bare "62"
    is not."""
    item = _number_item("Sixty-two percent of the harbour's boat owners said they would pay a higher mooring fee, "
                        "the council heard.", ("percent", "Sixty-two percent"))
    if "number and unit" in item.stem:
        assert {"62 percent", "62%", "Sixty-two percent"} <= set(item.answer), item.answer
        assert "62" not in item.answer
    else:
        assert {"62 percent", "62%", "62"} <= set(item.answer), item.answer


def test_a_number_joined_to_its_unit_is_right_as_a_student_writes_it():
    """"out in ______ heat" for "97-degree": "97 degrees" and "97-degree" are right (the stem asks
    for number and unit), a bare "97" or "ninety-seven" is not."""
    item = _number_item("The harbour crews worked for ten hours in 97-degree heat to clear the pier, the council "
                        "heard.", ("number", "97-degree"))
    assert item.stem.endswith("Write the missing amount (number and unit).")
    assert {"97-degree", "97 degrees", "ninety-seven degrees"} <= set(item.answer), item.answer
    assert not {"97", "ninety-seven"} & set(item.answer), item.answer
