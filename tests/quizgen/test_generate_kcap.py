"""Key-detail name gaps the filters had kept out though the key is sure: a full name written once and the person
named again by surname alone ("Ellen Kullman, DuPont's longtime chief executive" … "Ms. Kullman"), and a news
outlet of longer name ("first reported by The New York Times"). Each shape the old filters still reject beside it:
a name written once and never again, one of a pair ("attacked Ann Roe and ______"), a second spelling of a
person already asked, "the Fox News moderators", "the Associated Press count"."""
from __future__ import annotations

from factories import attribution, labelled_entities, plain_article, sentence_context

from quizgen.generate.key_detail import (
    _coordinated,
    _lone_surname,
    _long_outlet,
    _named_again_by_surname,
    _shared_or_said,
    name_items,
)

OTHERS = ("The harbor board met on Monday to weigh a plan for a new ferry route across the bay.\n\n"
          "Omar Haddad told the board that the old ferry lost money every winter.\n\n"
          "Grace Whitfield asked the board to wait for a study of the route.\n\n"
          "Tomas Berg warned that the bay was too shallow for a larger boat.\n\n"
          "Later, Omar Haddad and Grace Whitfield met with Tomas Berg at the pier to look at the boats.\n\n")
PEOPLE = ("Omar Haddad", "Grace Whitfield", "Tomas Berg")


def _ctx(body: str, *people: str, orgs: tuple[str, ...] = ()):
    article = plain_article("Harbor board weighs ferry plan\n\n" + OTHERS + body)
    entities = labelled_entities(article, "PERSON", *PEOPLE, *people) + labelled_entities(article, "ORG", *orgs)
    return sentence_context(article, [], sorted(entities, key=lambda e: e.span.start))


def _keyed(ctx, name: str) -> list:
    """The name items whose key (chosen or written) is ``name``."""
    out = []
    for it in name_items(ctx, set()):
        keys = [it.options[it.answer]] if it.kind == "multiple_choice" else list(it.answer)
        if name in keys:
            out.append(it)
    return out


NAMED_AGAIN = ("Last spring, the shipping firm dismissed Nora Lindqvist after a long fight over the ferry contract.\n\n"
               "Lindqvist had run the ferry office for nine years before the fight began.\n")


def test_a_full_name_written_once_is_keyed_when_its_surname_names_the_person_again() -> None:
    ctx = _ctx(NAMED_AGAIN, "Nora Lindqvist", "Lindqvist")
    nora = next(e for e in ctx.analysis.entities if e.text == "Nora Lindqvist")
    assert _named_again_by_surname(ctx, nora)
    items = _keyed(ctx, "Nora Lindqvist")
    assert len(items) == 1
    assert "dismissed ______ after a long fight" in items[0].stem


def test_a_full_name_written_once_and_never_again_is_still_no_key() -> None:
    body = "Last spring, the shipping firm dismissed Nora Lindqvist after a long fight over the ferry contract.\n"
    ctx = _ctx(body, "Nora Lindqvist")
    nora = next(e for e in ctx.analysis.entities if e.text == "Nora Lindqvist")
    assert not _named_again_by_surname(ctx, nora)  # "Arkham VR" written once: maybe no person at all
    assert _keyed(ctx, "Nora Lindqvist") == []


def test_a_name_of_a_pair_let_in_by_its_surname_is_still_no_key() -> None:
    body = ("Last spring, the shipping firm dismissed Paul Verne and Nora Lindqvist after a long fight.\n\n"
            "Lindqvist had run the ferry office for nine years before the fight began.\n")
    ctx = _ctx(body, "Nora Lindqvist", "Paul Verne", "Lindqvist")
    nora = next(e for e in ctx.analysis.entities if e.text == "Nora Lindqvist")
    assert _named_again_by_surname(ctx, nora) and _coordinated(ctx, nora)
    # Tomas Berg may have been dismissed too, unsaid (the surname's own sentence may still be asked)
    assert not any("dismissed" in it.stem for it in _keyed(ctx, "Nora Lindqvist"))


def test_a_comma_is_a_list_only_after_another_persons_name() -> None:
    body = ("First, Nora Lindqvist, the ferry office's longtime chief, was shown the door by the firm.\n\n"
            "The firm had hired Paul Verne, Nora Lindqvist and two pilots in the spring.\n\n"
            "Lindqvist had run the ferry office for nine years before the fight began.\n")
    ctx = _ctx(body, "Nora Lindqvist", "Paul Verne", "Lindqvist")
    first, listed = [e for e in ctx.analysis.entities if e.text == "Nora Lindqvist"]
    assert not _coordinated(ctx, first)
    assert _coordinated(ctx, listed)


def test_a_second_spelling_of_a_person_already_asked_is_no_second_key() -> None:
    body = ("Last spring, the shipping firm dismissed Abdel Yildiz after a long fight over the ferry contract.\n\n"
            "Records show that the old ferry was sold by Abdul Yildiz to a firm from the north in March.\n\n"
            "Yildiz had run the ferry office for nine years before the fight began.\n")
    ctx = _ctx(body, "Abdel Yildiz", "Abdul Yildiz", "Yildiz")
    assert len(_keyed(ctx, "Abdel Yildiz")) == 1
    assert _keyed(ctx, "Abdul Yildiz") == []  # its options or key would answer the first item


OUTLET = "Her remarks, first reported by The New York Times on Tuesday, drew notice across the harbor towns.\n"


def test_a_long_outlet_name_with_its_own_the_is_keyed_among_outlets_the_article_never_names() -> None:
    ctx = _ctx(OUTLET + "\nThe harbor board read the Daily Tide before the vote.\n", orgs=("The New York Times",))
    items = _keyed(ctx, "The New York Times")
    assert len(items) == 1
    it = items[0]
    assert "first reported by ______ on Tuesday" in it.stem
    assert it.kind == "multiple_choice" and len(it.options) == 4
    others = [o for o in it.options if o != "The New York Times"]
    assert all(o not in ctx.article.text for o in others)


def test_an_outlet_the_article_names_is_no_option() -> None:
    body = OUTLET + "\nThe Washington Post later wrote that the vote was close.\n"
    ctx = _ctx(body, orgs=("The New York Times", "The Washington Post"))
    for it in _keyed(ctx, "The New York Times"):
        assert "The Washington Post" not in it.options  # it may have reported the remarks too


def test_an_outlet_name_that_leaves_a_the_or_a_noun_in_the_stem_is_still_no_key() -> None:
    body = ("The Fox News moderators asked the harbor board about the ferry fares on Tuesday.\n\n"
            "The current Associated Press count gives the plan seven votes on the board.\n")
    ctx = _ctx(body, orgs=("Fox News", "Associated Press"))
    fox, ap = [e for e in ctx.analysis.entities if e.label == "ORG"]
    assert not _long_outlet(ctx.article.text, fox)  # "The ______ moderators": "The The Washington Post"
    assert not _long_outlet(ctx.article.text, ap)  # "Associated Press count": a noun no option fits
    assert _keyed(ctx, "Fox News") == [] and _keyed(ctx, "Associated Press") == []


LONE = ("Nora Lindqvist said the new route would be safe in every season.\n\n"
        "At the pier on Friday, Lindqvist showed the board a map of the new route.\n")


def _lone_keys(ctx) -> list:
    return [it for it in name_items(ctx, set()) if "Lindqvist" in (it.answer if it.kind == "short_answer" else
                                                                  [it.options[it.answer]])]


def test_a_surname_written_alone_for_one_person_is_keyed_with_the_full_name_accepted() -> None:
    ctx = _ctx(LONE, "Nora Lindqvist", "Lindqvist")
    lone = next(e for e in ctx.analysis.entities if e.text == "Lindqvist")
    assert _lone_surname(ctx, lone) == "Nora Lindqvist"
    items = _lone_keys(ctx)
    assert len(items) == 1
    assert "At the pier on Friday, ______ showed the board" in items[0].stem
    assert items[0].kind == "short_answer" and set(items[0].answer) == {"Lindqvist", "Nora Lindqvist"}


def test_a_surname_two_people_share_or_the_article_titles_is_still_no_key() -> None:
    shared = _ctx(LONE + "\nAnn Lindqvist, her sister, sells tickets at the pier.\n",
                  "Nora Lindqvist", "Ann Lindqvist", "Lindqvist")
    titled = _ctx(LONE + "\nThe board thanked Ms. Lindqvist for the map.\n", "Nora Lindqvist", "Lindqvist")
    for ctx in (shared, titled):
        lone = next(e for e in ctx.analysis.entities if e.text == "Lindqvist")
        assert _lone_surname(ctx, lone) is None
        assert _lone_keys(ctx) == []


def test_a_lone_surname_in_a_sentence_true_of_others_too_is_still_no_key() -> None:
    for sentence in ("At the pier on Friday, Lindqvist did not answer questions about the new route.",
                     "The plan drew backers such as Lindqvist to the pier on Friday evening.",
                     "The plan for the new route was pushed at the pier by Lindqvist.",
                     "At the pier on Friday, Lindqvist then said the new route was ready.",
                     "At the pier on Friday, Grace Whitfield and Lindqvist showed the board a map."):
        body = "Nora Lindqvist said the new route would be safe in every season.\n\n" + sentence + "\n"
        ctx = _ctx(body, "Nora Lindqvist", "Lindqvist")
        lone = next(e for e in ctx.analysis.entities if e.text == "Lindqvist")
        assert _lone_surname(ctx, lone) == "Nora Lindqvist"
        assert _shared_or_said(ctx, lone), sentence
        assert _lone_keys(ctx) == [], sentence


def test_a_surname_option_is_never_one_the_article_names_beside_the_key() -> None:
    body = (LONE + "\nHaddad opened the meeting with a prayer for the crew of the old ferry.\n\n"
            "Whitfield closed the meeting after an hour of questions from the crowd.\n\n"
            "Berg left the hall early to catch the last bus home to the north shore.\n\n"
            "Later, Lindqvist and Berg shared a cab to the harbor office.\n")
    ctx = _ctx(body, "Nora Lindqvist", "Lindqvist", "Haddad", "Whitfield", "Berg")
    items = [it for it in _lone_keys(ctx) if "showed the board a map" in it.stem]
    assert len(items) == 1
    assert "Berg" not in items[0].options  # a partner of the key's may have done it too
    ctx_far = _ctx(body.replace("Later, Lindqvist and Berg shared a cab to the harbor office.\n", ""),
                   "Nora Lindqvist", "Lindqvist", "Haddad", "Whitfield", "Berg")
    far = [it for it in _lone_keys(ctx_far) if "showed the board a map" in it.stem]
    assert len(far) == 1 and far[0].kind == "multiple_choice"
    assert sorted(far[0].options) == ["Berg", "Haddad", "Lindqvist", "Whitfield"]


def test_a_paper_written_after_a_lowercase_the_is_keyed_among_papers_written_so() -> None:
    body = "The plan was first reported by the New York Times on Tuesday, before the board met.\n"
    article = plain_article("Harbor board weighs ferry plan\n\n" + OTHERS + body)
    people = labelled_entities(article, "PERSON", *PEOPLE)
    ctx = sentence_context(article, [], sorted(people + labelled_entities(article, "ORG", "the New York Times"),
                                               key=lambda e: e.span.start))
    items = _keyed(ctx, "New York Times")
    assert len(items) == 1
    assert "first reported by the ______ on Tuesday" in items[0].stem
    assert not any(o.startswith(("The ", "USA", "Fox")) for o in items[0].options)  # "the The Washington Post"


def test_an_outlet_in_a_sentence_whose_claim_a_person_wrote_is_still_no_key() -> None:
    body = "In a column in the New York Times on Tuesday, Omar Haddad wrote that the ferry lost money.\n"
    article = plain_article("Harbor board weighs ferry plan\n\n" + OTHERS + body)
    entities = labelled_entities(article, "PERSON", *PEOPLE) + labelled_entities(article, "ORG", "the New York Times")
    claim_of = attribution(article, "Omar Haddad", "Omar Haddad", "wrote", ["the ferry lost money"],
                           start=article.text.index("In a column"))
    ctx = sentence_context(article, [claim_of], sorted(entities, key=lambda e: e.span.start))
    assert _keyed(ctx, "New York Times") == []  # "who wrote that …?" is the attribution item's question
    ctx_unsaid = sentence_context(article, [], sorted(entities, key=lambda e: e.span.start))
    # nor with no claim known: the paper a column ran in is where words were printed, as "told ______" is where
    # they were said (judged blind, stop 34: trivia beside what was said); "first reported by the ______" is kept
    assert _keyed(ctx_unsaid, "New York Times") == []
