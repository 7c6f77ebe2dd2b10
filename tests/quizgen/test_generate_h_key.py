"""Key-detail capacity (helper h_key), each shape on a constructed article: the day of the week and
the month of an event as a gap among days or months; who holds an office the article writes as a
title before the name ("Fisheries Minister Ann Lee") or as an apposition with no article ("Ann
Lee, director of the Harbour Trust,"); and the giveaways each shape must avoid."""
from __future__ import annotations

import random

from factories import paragraph_of, people_entities, plain_article

from quizgen.generate.base import Context
from quizgen.generate.key_detail import identity_items, month_items, weekday_items
from quizgen.model import ITEM_KINDS, Analysis, Entity, Readability, Sentence, Span

_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}


def _doc(text, people=()):
    """The article (headline = first line), one sentence per paragraph, PERSON entities at every
    mention of ``people``."""
    article = plain_article(text)
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, i) for i, p in enumerate(article.paragraphs))
    ents = sorted(people_entities(article, *people), key=lambda e: e.span.start)
    analysis = Analysis(sentences=sents, entities=tuple(ents), attributions=(), evidence=(), hedges=(), judgments=(),
                        conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 200, 10, 1),
                        main_ideas=sents[:1])
    return article, analysis


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


_LEDE = "The town council delayed its vote on the harbour budget after a long debate over the old harbour pier."
_HEAD = "Harbour budget vote delayed\n\n" + _LEDE + "\n\n"


def _days(body, head=_HEAD):
    article, analysis = _doc(head + body)
    return weekday_items(_ctx(article, analysis), set())


# ---------------------------------------------------------------- weekdays


def test_the_day_of_an_event_is_a_gap_among_days():
    items = _days("The council met again on Tuesday to discuss the harbour budget and the pier repairs.\n\n"
                  "Fishing crews held a protest on Friday outside the town hall on the quay.\n")
    first = next(it for it in items if "met again on ______" in it.stem)
    assert first.kind == "multiple_choice" and first.options[first.answer] == "Tuesday"
    assert len(set(first.options)) == 4 and set(first.options) <= _WEEKDAYS
    assert "Friday" in first.options  # the article's other day comes first among the wrong ones
    assert first.support[0].paragraph == 2


def test_no_day_gap_for_a_named_day_a_possessive_or_a_habit():
    for body in ("The harbour budget was the main issue of Super Tuesday for the council members this year.\n",
                 "Tuesday's council vote on the harbour budget was delayed after a long debate.\n",
                 "The harbour crews meet the council members on Monday nights to discuss the budget.\n",
                 "The council broadcast its harbour budget debate on Monday Night Radio for the crews.\n"):
        assert not _days(body), body


def test_no_day_gap_in_a_sentence_with_two_days_or_a_day_the_headline_gives():
    assert not _days("The council met on Monday and again on Wednesday to discuss the harbour budget.\n")
    assert not _days("The council met again on Tuesday to discuss the harbour budget and the pier repairs.\n",
                     head="Harbour vote delayed on Tuesday\n\n" + _LEDE + "\n\n")


def test_no_day_gap_when_another_day_is_told_in_like_words():
    """"met on Tuesday to discuss the budget" beside "met on Thursday to discuss the budget": the
    two may be one meeting told twice, and either day may be right."""
    assert not _days("The council met on Tuesday to discuss the harbour budget repairs.\n\n"
                     "The council met on Thursday to discuss the harbour budget repairs.\n")


def test_no_day_gap_in_a_note_about_the_article():
    assert not _days("An earlier version of this article about the harbour budget was published on Monday.\n")


# ---------------------------------------------------------------- months


def test_the_month_of_an_event_is_a_gap_among_months():
    article, analysis = _doc(_HEAD + "The harbour budget was first proposed by the council in March after the "
                             "winter storms.\n\nThe pier was closed to the harbour crews in February for repairs.\n")
    items = month_items(_ctx(article, analysis), set())
    assert len(items) == 1
    item = items[0]
    assert item.options[item.answer] == "March" and "proposed by the council in ______" in item.stem
    # months near March on either side, but not February: the article gives it to another event
    assert len(set(item.options)) == 4 and set(item.options) <= {"March", "April", "January", "May", "December"}


def test_no_month_gap_for_a_day_of_a_month_or_a_month_in_a_name():
    for body in ("The harbour budget was first proposed by the council on March 11 after the storms.\n",
                 "The harbour crews joined the March for Fair Pay outside the council budget meeting.\n",
                 "The council may delay the harbour budget again if the pier repairs cost more.\n"):
        article, analysis = _doc(_HEAD + body)
        assert not month_items(_ctx(article, analysis), set()), body


# ---------------------------------------------------------------- offices written before a name

_PEOPLE = ["Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe", "Ed Fox"]
_OFFICE_TEXT = (_HEAD +
                "Bo Kim said the harbour pier could not wait another winter. Bo Kim said the costs were rising.\n\n"
                "Cy Dunn said the harbour crews would protest again. Cy Dunn spoke for an hour.\n\n"
                "Di Roe said trade on the harbour quay had fallen. Di Roe asked for help.\n\n"
                "Ed Fox asked the council about the harbour costs. Ed Fox wrote a story.\n\n"
                "The harbour repairs were first proposed in a letter from Fisheries Minister Ann Lee to the "
                "council.\n")


def _office_items(text, people=_PEOPLE):
    article, analysis = _doc(text, people=people)
    return identity_items(_ctx(article, analysis), set())


def test_who_holds_an_office_written_as_a_title_before_the_name():
    items = [it for it in _office_items(_OFFICE_TEXT) if "Fisheries Minister" in it.stem]
    assert items
    item = items[0]
    assert item.stem == "Who does ¶6 describe as the Fisheries Minister?"
    assert item.options[item.answer] == "Ann Lee" and len(set(item.options)) == 4 and set(item.options) <= set(_PEOPLE)


def test_an_abbreviated_title_is_written_out_in_the_stem():
    text = _OFFICE_TEXT.replace("Fisheries Minister Ann Lee", "Harbour County Gov. Ann Lee")
    stems = [it.stem for it in _office_items(text)]
    assert "Who does ¶6 describe as the Harbour County governor?" in stems, stems


def test_no_office_item_for_a_bare_title_or_one_many_may_hold():
    for title in ("Minister", "Gov.", "former Minister", "Republican presidential candidate", "party strategist",
                  "Harbour Committee Chairman Rep."):
        text = _OFFICE_TEXT.replace("Fisheries Minister Ann Lee", f"{title} Ann Lee")
        stems = [it.stem for it in _office_items(text)]
        assert not any("¶6" in s for s in stems), (title, stems)


def test_no_office_item_offers_someone_the_article_gives_an_office_of_that_kind():
    """"Trade Minister Ed Fox" is a minister too; "Fisheries Board member Di Roe" shares "Fisheries":
    neither is a wrong option for "the Fisheries Minister"."""
    text = (_OFFICE_TEXT.replace("Ed Fox asked the council", "Trade Minister Ed Fox asked the council")
            .replace("Di Roe said trade", "Fisheries Board member Di Roe said trade"))
    items = [it for it in _office_items(text, _PEOPLE + ["Gus Orr"]) if "Fisheries Minister" in it.stem]
    for it in items:
        assert "Ed Fox" not in it.options and "Di Roe" not in it.options


def test_who_holds_a_role_given_in_apposition_with_no_article():
    text = _OFFICE_TEXT.replace("a letter from Fisheries Minister Ann Lee to the council.",
                                "a letter from Ann Lee, director of the Harbour Trust, to the council.")
    items = [it for it in _office_items(text) if "director of the Harbour Trust" in it.stem]
    assert items
    assert items[0].stem == "Who does ¶6 describe as \"director of the Harbour Trust\"?"
    assert items[0].options[items[0].answer] == "Ann Lee"
    # a role of no named body ("director of the board") is any board's: no item
    text = text.replace("the Harbour Trust", "the board")
    assert not [it for it in _office_items(text) if "director of the board" in it.stem]


def test_constructed_entities_cover_each_mention():
    """(The builders tag each mention, so the sure-name rule sees names written twice.)"""
    article, analysis = _doc(_OFFICE_TEXT, people=_PEOPLE)
    assert all(isinstance(e, Entity) and e.paragraph == paragraph_of(article, e.span.start)
               for e in analysis.entities)


def test_a_month_after_the_articles_own_is_no_option():
    """A May article: "June" or "July" for an event of March is still to come, absurd as an option."""
    text = _HEAD + "The harbour budget was first proposed by the council in April after the winter storms.\n"
    article = plain_article(text, date="2016-05-05")
    _, analysis = _doc(text)
    for seed in range(6):
        items = month_items(_ctx(article, analysis, seed), set())
        assert items and not {"June", "July"} & set(items[0].options)


def test_no_calendar_gap_on_a_guess():
    """"Some members think the harbour vote will come sometime in March": a guess, no date of the story."""
    assert not _days("Some council members think the harbour budget vote would come on Tuesday after the storms.\n")
    article, analysis = _doc(_HEAD + "Some council members think the harbour budget vote will come sometime in "
                             "March after the storms.\n")
    assert not month_items(_ctx(article, analysis), set())


# ---------------------------------------------------------------- people are no cities


def _place_doc(text, places, people=(), orgs=()):
    article, analysis = _doc(text, people=people)
    ents = list(analysis.entities)
    for label, names in (("GPE", places), ("ORG", orgs)):
        for name in names:
            at = article.paragraphs[0].start
            while (i := article.text.find(name, at)) >= 0:
                ents.append(Entity(name, label, Span(i, i + len(name), name), paragraph_of(article, i)))
                at = i + len(name)
    ents.sort(key=lambda e: e.span.start)
    return article, Analysis(**{**analysis.__dict__, "entities": tuple(ents)})


def test_a_person_before_a_state_title_is_no_city():
    """"former governor Ann Lee, New Jersey Gov. Bo Kim": "Ann Lee, New Jersey" is no city and state."""
    from quizgen.generate.key_detail import _places
    text = (_HEAD + "The harbour rivals are former governor Ann Lee, New Jersey Gov. Bo Kim and others.\n\n"
            "Crews from Dover, Delaware, joined the harbour protest at the council.\n")
    article, analysis = _place_doc(text, ["New Jersey", "Delaware"])
    by_class, city_state = _places(_ctx(article, analysis))
    assert "Ann Lee" not in city_state and "Dover" in city_state


def test_a_body_tagged_a_place_twice_is_no_city():
    from quizgen.generate.key_detail import _places
    text = (_HEAD + "Harbor Telecom said the harbour strike was over. Harbor Telecom workers went back.\n\n"
            "The Harbor Telecom union met the council.\n")
    article, analysis = _place_doc(text, ["Harbor Telecom"], orgs=["The Harbor Telecom union"])
    by_class, _ = _places(_ctx(article, analysis))
    assert "Harbor Telecom" not in by_class.get("city", set())


def test_a_day_after_a_news_verb_with_no_on_is_a_gap():
    """"the council voted Thursday": news style drops the "on"; "a Thursday meeting" is no date."""
    items = _days("The town council voted Thursday to start the pier repairs before the winter storms.\n")
    assert items and items[0].options[items[0].answer] == "Thursday" and "council voted ______ to" in items[0].stem
    assert not _days("The harbour master chaired a long Thursday meeting about the pier repairs and the storms.\n")


def test_the_day_something_was_said_is_no_gap():
    """Judged blind as trivia: which day the newspaper ran its report, or the day a spokesman spoke."""
    assert not _days("The harbour master said Thursday that the pier repairs would start before the storms.\n")
    assert not _days("The Harbour Times reported late Thursday that the pier repairs would start before the "
                     "storms.\n")
    assert not _days("The pier repairs will start before the storms, the harbour master told reporters on "
                     "Thursday.\n")
