"""Key-detail capacity, each shape on a constructed article: gaps the rules blocked for no good reason
(a person named once but with a title or role next to the name, a title word before a name read
as part of it, "Nov. 14", "for 18 months", a sentence opening with a quotation, a two-apostrophe
quotation read as the writer's "I", a label line taken for the lede); the new forms (who holds a
role the article gives in apposition; a place among the article's places of the same kind); and
the giveaways these make likelier (the headline's name, "Ms. ______" among full names, a "his" in
the stem with a woman among the options, a dateline's date, "Jason Dyke" for "Jason Van Dyke", a
place tagged as a person, a quotation cut off, a link line)."""
from __future__ import annotations

import random
from dataclasses import replace

from factories import paragraph_of, people_entities, plain_article, span_at
from test_generate_judge6b import _att

from quizgen.generate import key_detail
from quizgen.generate.attribution import asks_who
from quizgen.generate.base import Context
from quizgen.generate.key_detail import (
    _name_forms,
    central,
    date_forms,
    first_person,
    garbled,
    identity_items,
    name_items,
    number_items,
    place_items,
)
from quizgen.model import ITEM_KINDS, Analysis, Entity, Quantity, Readability, Sentence, Span

# ---------------------------------------------------------------- helpers


def _doc(text, people=(), places=(), quantities=(), label="GPE"):
    """The article (headline = first line) with one sentence per paragraph, PERSON entities at every
    mention of ``people``, place entities at every mention of ``places``, and the quantities given
    as (kind, phrase) pairs."""
    article = plain_article(text)
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, i) for i, p in enumerate(article.paragraphs))
    ents = list(people_entities(article, *people))
    for name in places:
        at = article.paragraphs[0].start
        while (i := article.text.find(name, at)) >= 0:
            ents.append(Entity(name, label, Span(i, i + len(name), name), paragraph_of(article, i)))
            at = i + len(name)
    ents.sort(key=lambda e: e.span.start)
    qs = tuple(Quantity(kind, span_at(article, phrase, article.paragraphs[0].start),
                        paragraph_of(article, span_at(article, phrase, article.paragraphs[0].start).start))
               for kind, phrase in quantities)
    analysis = Analysis(sentences=sents, entities=tuple(ents), attributions=(), evidence=(), hedges=(), judgments=(),
                        conflicts=(), quantities=qs, vocabulary=(), readability=Readability(8.0, 60.0, 200, 10, 1),
                        main_ideas=sents[:1])
    return article, analysis


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


def _answers(item):
    return item.answer if isinstance(item.answer, list) else [item.options[item.answer]]


_LEDE = "The town council delayed its vote on the harbour budget on Monday after a long debate over the old pier."
_REST = ("Fishing crews said the harbour pier needed repairs before the winter storms.\n\n"
         "The harbour budget was first proposed by the council in the spring of last year.\n\n")


# ---------------------------------------------------------------- 1. gaps blocked for no good reason


def test_a_person_named_once_with_a_title_before_the_name_is_asked():
    """"Representative Ann Lee", named once: a person surely (no game or novel has a title), and the
    title is no part of the name ("Representative" before it is no cut name)."""
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
            "The vote was delayed after a letter from Representative Ann Lee asked the council to wait for a "
            "state grant for the harbour.\n")
    article, analysis = _doc(text, people=["Ann Lee"])
    items = name_items(_ctx(article, analysis), set())
    asked = [it for it in items if "Representative ______ asked the council" in it.stem]
    assert asked and "Ann Lee" in _answers(asked[0])


def test_a_person_named_once_in_apposition_with_a_role_is_a_sure_option():
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
            "Tom Hale, the harbour board treasurer, said the repairs would cost more than planned.\n")
    article, analysis = _doc(text, people=["Tom Hale"])
    assert "Tom Hale" in key_detail.sure_names(_ctx(article, analysis), "PERSON")
    plain = text.replace(", the harbour board treasurer,", "")
    article2, analysis2 = _doc(plain, people=["Tom Hale"])
    assert "Tom Hale" not in key_detail.sure_names(_ctx(article2, analysis2), "PERSON")


def test_a_month_written_short_is_a_date_to_write_in():
    assert {"Nov. 14", "November 14", "14 November"} <= set(date_forms("Nov. 14"))
    assert "Sept 5" in date_forms("Sept. 5") and date_forms("Nov. 42") == []
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
            "The council will hold its delayed vote on the harbour budget on Nov. 14 at the town hall.\n")
    article, analysis = _doc(text, quantities=[("date", "Nov. 14")])
    items = number_items(_ctx(article, analysis))
    assert any("on ______ at the town hall" in it.stem and "November 14" in it.answer for it in items)


def test_a_count_of_months_in_digits_is_asked_as_the_number():
    """"trained for 18 months": the tagger's date phrase; the count is the detail, "months" stays in the stem."""
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
            "The harbour crews had trained for 18 months to repair the pier before the council vote.\n")
    article, analysis = _doc(text, quantities=[("date", "18 months")])
    items = number_items(_ctx(article, analysis))
    asked = [it for it in items if "for ______ months to repair" in it.stem]
    assert asked and "18" in _answers(asked[0])
    # a time told from another ("18 years ago") stays trivia
    ago = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
           "The harbour pier was last repaired by the council 18 years ago after a winter storm.\n")
    article2, analysis2 = _doc(ago, quantities=[("date", "18 years")])
    assert not number_items(_ctx(article2, analysis2))


def test_a_bare_year_gives_way_to_another_number_or_a_name_of_its_sentence():
    """"In 1999, … repaired 25 piers": the count is the detail, the year (asked last, trivia more
    often than not) no item; a name of the year's sentence likewise."""
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
            "In 1999, a year after the great storm, the harbour council repaired 25 piers along the coast.\n")
    article, analysis = _doc(text, quantities=[("date", "1999"), ("number", "25")])
    stems = [it.stem for it in number_items(_ctx(article, analysis))]
    assert any("repaired ______ piers" in s for s in stems) and not any("In ______, a year" in s for s in stems)
    named = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
             "In 1999, a year after the great storm, the harbour council was led by Representative Ann Lee.\n\n"
             "Lee later ran the harbour museum.\n")  # named again: no side figure named once
    article2, analysis2 = _doc(named, quantities=[("date", "1999")], people=["Ann Lee"])
    stems2 = [it.stem for it in key_detail.generate(_ctx(article2, analysis2))]
    assert any("Representative ______." in s for s in stems2) and not any("In ______, a year" in s for s in stems2)


def test_a_sentence_opening_with_a_quotation_is_not_garbled():
    assert not garbled("“The pier will not last another winter,” said Ann Lee, the harbour board director.")
    assert not garbled("''The pier will not last another winter,'' said Ann Lee, the harbour board director.")
    assert garbled("the pier will not last another winter, said Ann Lee.")
    # a quotation opened with two apostrophes and never closed: cut off
    assert garbled("''Fixing the pier is easier than fixing the budget,'' Mr. Hale said, adding that. ''")


def test_a_quotation_in_two_apostrophes_is_not_the_writers_first_person():
    assert not first_person("In May, as a man was led from the hall in Dover, Mr. Hale said, ''I'd like to see "
                            "the pier repaired.''")
    assert first_person("I think the pier should be repaired before the winter.")


def test_the_lede_is_the_first_paragraph_of_the_story_not_a_label_line():
    text = ("Protests at the harbour\n\nABSTRACT.\n\n"
            "Fishing crews have staged noisy protests at every council meeting on the pier repairs.\n\n"
            "FULL TEXT.\n\n"
            "The crews marched from the quay to the town hall on Monday, blocking the main road for an hour.\n")
    article, analysis = _doc(text)
    ctx = _ctx(article, analysis)
    marched = next(s for s in analysis.sentences if s.span.text.startswith("The crews marched"))
    assert central(ctx, marched)  # "crews" of the abstract, the story's real first paragraph


# ---------------------------------------------------------------- 2. who holds a role (apposition)

_PEOPLE_TEXT = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n"
                "Bo Kim, the council's chief engineer, said the pier could not wait another winter. "
                "Bo Kim said the costs were rising.\n\n"
                "Cy Dunn, a fisherman on the quay, said the crews would protest again. Cy Dunn spoke for an hour.\n\n"
                "Di Roe, a shop owner near the quay, said trade had fallen. Di Roe asked for help.\n\n"
                "Ed Fox, a reporter for the town paper, asked the council about the costs. Ed Fox wrote a story.\n\n"
                "The repairs were first proposed by Ann B. Lee, the harbour board director, in a letter to the "
                "council in the spring.\n")
_PEOPLE = ["Ann B. Lee", "Bo Kim", "Cy Dunn", "Di Roe", "Ed Fox"]


def test_who_holds_the_role_the_article_gives_in_apposition():
    article, analysis = _doc(_PEOPLE_TEXT, people=_PEOPLE)
    items = identity_items(_ctx(article, analysis), set())
    asked = [it for it in items if "\"the harbour board director\"" in it.stem]
    assert asked, [it.stem for it in items]
    item = asked[0]
    assert item.stem.startswith("Who does ¶6 describe as")
    assert item.kind == "multiple_choice" and item.options[item.answer] == "Ann B. Lee"
    assert len(set(item.options)) == 4 and set(item.options) <= set(_PEOPLE)


def _role_items(text, people=_PEOPLE, role="the harbour board director", used=()):
    article, analysis = _doc(text, people=people)
    used = {p.start for p in article.paragraphs if p.number in used}
    return [it for it in identity_items(_ctx(article, analysis), used) if f"\"{role}\"" in it.stem]


def test_no_role_item_offers_another_the_article_gives_the_same_role():
    """Another person the article also calls a director is no wrong option."""
    # (a reporter may be among the options: which three of the four others are drawn depends on the seed)
    article, analysis = _doc(_PEOPLE_TEXT, people=_PEOPLE)
    assert any("Ed Fox" in it.options for seed in range(6)
               for it in identity_items(_ctx(article, analysis, seed), set())
               if "\"the harbour board director\"" in it.stem)
    items = _role_items(_PEOPLE_TEXT.replace("a reporter for the town paper", "a director of the town paper"))
    assert all("Ed Fox" not in it.options for it in items)
    # with too few others left, no item (the name "Ann B. Lee" cannot be written in: an initial)
    assert not _role_items(_PEOPLE_TEXT.replace("a reporter for the town paper", "a director of the town paper")
                           .replace("a shop owner near the quay", "a director of the quay shop"))


def test_no_role_item_for_a_role_many_may_share_or_one_naming_the_answer():
    assert _role_items(_PEOPLE_TEXT)
    for role in ("a prominent Kim supporter", "an ally of the mayor", "a local activist",
                 "the daughter of Ann B. Lee"):
        text = _PEOPLE_TEXT.replace("the harbour board director", role)
        article, analysis = _doc(text, people=_PEOPLE)
        stems = [it.stem for it in identity_items(_ctx(article, analysis), set())]
        assert not any(role in s for s in stems), (role, stems)


def test_no_role_item_for_a_person_given_two_roles():
    assert _role_items(_PEOPLE_TEXT, people=_PEOPLE + ["Lee"])
    text = _PEOPLE_TEXT.replace("in the spring.\n", "in the spring.\n\nLee, a former judge, has lived on the quay "
                                                    "for years.\n")
    assert not _role_items(text, people=_PEOPLE + ["Lee"])


def test_a_role_of_one_sex_offers_only_people_of_that_sex():
    """"the harbour board chairwoman": a man among the options is ruled out by the word alone."""
    text = (_PEOPLE_TEXT.replace("the harbour board director", "the harbour board chairwoman")
            + "\nMs. Kim, Ms. Dunn and Mr. Roe stayed for the vote, and Ms. Fox left.\n")
    items = _role_items(text, role="the harbour board chairwoman")
    assert items and items[0].kind == "multiple_choice"
    assert set(items[0].options) == {"Ann B. Lee", "Bo Kim", "Cy Dunn", "Ed Fox"}  # never Di Roe, a man


def test_no_role_item_about_the_person_the_headline_names():
    assert _role_items(_PEOPLE_TEXT)
    assert not _role_items(_PEOPLE_TEXT.replace("Harbour budget vote delayed", "Lee wants pier repaired"))


def test_no_role_item_on_a_sentence_another_key_detail_item_uses():
    assert _role_items(_PEOPLE_TEXT)
    assert not _role_items(_PEOPLE_TEXT, used=(6,))


# ---------------------------------------------------------------- 3. places among places

_TOUR = ("Fishing crews take their protest on tour\n\n"
         "Fishing crews from the coast have taken their protest against the pier closures on a tour of the "
         "country this spring.\n\n"
         "The tour opened in Dover, Del., where the harbour was closed in March.\n\n"
         "Salem, Ore., gave the tour its biggest crowd of the spring.\n\n"
         "In Camden, N.J., the mayor met the tour on the quay.\n\n"
         "A tour stop in Provo, Utah, was cancelled after a storm.\n\n"
         "The rallies in Salem and Camden were the largest of the protest tour, the crews said.\n")
_TOUR_PLACES = ["Dover", "Salem", "Camden", "Provo"]


def test_a_city_written_with_its_state_is_asked_among_the_articles_other_cities():
    article, analysis = _doc(_TOUR, places=_TOUR_PLACES + ["Del.", "Ore.", "N.J.", "Utah"])
    items = place_items(_ctx(article, analysis), set())
    dover = [it for it in items if "The tour opened in ______, where the harbour" in it.stem]
    assert dover, [it.stem for it in items]
    assert dover[0].options[dover[0].answer] == "Dover, Del."
    assert set(dover[0].options) == {"Dover, Del.", "Salem, Ore.", "Camden, N.J.", "Provo, Utah"}


def test_no_place_gap_in_a_list_of_places_nor_for_a_place_the_headline_names():
    article, analysis = _doc(_TOUR, places=_TOUR_PLACES + ["Del.", "Ore.", "N.J.", "Utah"])
    stems = [it.stem for it in place_items(_ctx(article, analysis), set())]
    assert stems
    assert not any("rallies in ______ and Camden" in s or "Salem and ______" in s for s in stems), stems
    titled = _TOUR.replace("take their protest on tour", "take their protest to Dover")
    article2, analysis2 = _doc(titled, places=_TOUR_PLACES + ["Del.", "Ore.", "N.J.", "Utah"])
    assert not any(it.options[it.answer] == "Dover, Del." for it in place_items(_ctx(article2, analysis2), set()))


def test_no_place_gap_in_a_sentence_naming_whom_who_said_asks_about():
    """"In Salem, Ore., Bo Kim said the closures had cost …": the stem would name the speaker the
    attribution item asks for."""
    text = _TOUR.replace("Salem, Ore., gave the tour its biggest crowd of the spring.",
                         "In Salem, Ore., Bo Kim said the tour had cost the fleet a whole season.")
    article, analysis = _doc(text, places=_TOUR_PLACES + ["Del.", "Ore.", "N.J.", "Utah"], people=["Bo Kim"])
    stems = [it.stem for it in place_items(_ctx(article, analysis), set())]
    assert any("In ______, Bo Kim said" in s for s in stems)
    said = _att(article, "Bo Kim", "person", "Bo Kim", "said", "the tour had cost the fleet a whole season")
    analysis = replace(analysis, attributions=(said,))
    assert asks_who(_ctx(article, analysis), said)
    stems = [it.stem for it in place_items(_ctx(article, analysis), set())]
    assert not any("Bo Kim said" in s for s in stems)


def test_at_most_two_place_items_an_article():
    article, analysis = _doc(_TOUR, places=_TOUR_PLACES + ["Del.", "Ore.", "N.J.", "Utah"])
    assert len(place_items(_ctx(article, analysis), set())) == 2


def test_a_state_is_asked_among_states_never_among_cities():
    text = ("Fishing crews take their protest on tour\n\n"
            "Fishing crews from the coast have taken their protest against the pier closures to rallies across "
            "the country this spring.\n\n"
            "The crews said the pier closures in Oregon had cost the fleet a whole season of fishing.\n\n"
            "Crews from Maine and Texas joined the rallies later in the spring.\n\n"
            "The largest protest rally of the spring was held in Ohio on a wet Sunday.\n\n"
            "Two crews from Dover sailed to the rally, and crews from Salem followed them.\n\n"
            "Dover and Salem sent the most crews, the organisers said.\n")
    article, analysis = _doc(text, places=["Oregon", "Maine", "Texas", "Ohio", "Dover", "Salem"])
    items = place_items(_ctx(article, analysis), set())
    oregon = [it for it in items if "pier closures in ______ had cost" in it.stem]
    assert oregon and set(oregon[0].options) == {"Oregon", "Maine", "Texas", "Ohio"}


def test_no_gap_on_a_lawmakers_state_label():
    text = ("Fishing crews take their protest on tour\n\n"
            "Fishing crews from the coast have taken their protest against the pier closures to the capital.\n\n"
            "Senator Bo Kim of Oregon met the crews on the steps of the capital on Monday.\n\n"
            "Crews from Maine and Texas joined the protest later in the spring.\n\n"
            "The largest protest of the spring was held in Ohio on a wet Sunday.\n\n"
            "The pier closures in Oregon had cost the crews a whole season of fishing.\n")
    article, analysis = _doc(text, places=["Oregon", "Maine", "Texas", "Ohio"], people=["Bo Kim"])
    stems = [it.stem for it in place_items(_ctx(article, analysis), set())]
    assert any("pier closures in ______ had cost" in s for s in stems), stems
    assert not any("Bo Kim of ______" in s for s in stems)


def test_an_option_told_of_in_the_gaps_own_words_is_no_wrong_option():
    """"won Delaware on Tuesday" beside "won ______ on Tuesday": both read true."""
    text = ("Kim wins two primaries\n\n"
            "Bo Kim won two state primaries on Tuesday night, widening his lead in the race.\n\n"
            "Kim won the primary in Oregon on Tuesday night by a wide margin over his rivals.\n\n"
            "He also won the primary in Maine on Tuesday night with most of the votes counted.\n\n"
            "His rivals campaigned in Texas and in Ohio before the vote, and in Utah.\n")
    article, analysis = _doc(text, places=["Oregon", "Maine", "Texas", "Ohio", "Utah"])
    asked = [it for it in place_items(_ctx(article, analysis), set())
             if "primary in ______ on Tuesday night by" in it.stem]
    assert asked and set(asked[0].options) == {"Oregon", "Texas", "Ohio", "Utah"}


# ---------------------------------------------------------------- 4. giveaways


def test_no_name_gap_the_headline_answers():
    body = ("\n\n" + _LEDE + "\n\n" + _REST + "Ann Lee may want to check the council's figures on the pier again.\n\n"
            "Ann Lee spoke.\n")
    for title, asked in (("Harbour budget vote delayed", True),
                         ("Pier repairs are not the first task, Ann Lee", False)):
        article, analysis = _doc(title + body, people=["Ann Lee"])
        assert bool(name_items(_ctx(article, analysis), set())) is asked, title
    paired = ("\n\n" + _LEDE + "\n\n" + _REST + "Ann Lee and Bo Kim clashed over the pier repairs at the council "
              "meeting.\n\nAnn Lee left.\n\nBo Kim left.\n")
    for title, asked in (("Harbour budget vote delayed", True), ("Lee and Kim clash over pier", False)):
        article, analysis = _doc(title + paired, people=["Ann Lee", "Bo Kim"])
        items = name_items(_ctx(article, analysis), set())
        assert any("______ and Bo Kim clashed" in it.stem for it in items) is asked, title


def test_no_gap_for_a_surname_after_ms_among_full_names():
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
            "The council questioned how Ms. Wasserman Hale had chosen her harbour appointments last year.\n\n"
            "Ms. Wasserman Hale did not reply.\n\n"
            "Bo Kim and Cy Dunn and Di Roe spoke on the pier at the council meeting.\n\nBo Kim, Cy Dunn and Di Roe "
            "left.\n")
    article, analysis = _doc(text, people=["Wasserman Hale", "Bo Kim", "Cy Dunn", "Di Roe"])
    assert not any("Ms. ______" in it.stem for it in name_items(_ctx(article, analysis), set()))


def test_a_his_in_the_stem_offers_no_woman():
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
            "Bo Kim may want to check his figures on the harbour budget again.\n\n"
            "Ann Lee and Cy Dunn and Di Roe spoke on the harbour budget.\n\nAnn Lee, Cy Dunn, Bo Kim and Di Roe "
            "left.\n\nMs. Lee said she would vote against it.\n\nMr. Kim said he would not.\n")
    article, analysis = _doc(text, people=["Bo Kim", "Ann Lee", "Cy Dunn", "Di Roe"])
    asked = [it for it in name_items(_ctx(article, analysis), set()) if "check his figures" in it.stem]
    assert asked and "Ann Lee" not in asked[0].options


def test_a_his_of_another_person_named_before_the_gap_leaves_the_options_free():
    """"Kim and his allies … aligned with ______": the "his" is Kim's, the gap may be a woman among men."""
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
            "Kim and his allies have put the harbour board, which is closely aligned with Ann Lee, in a bind.\n\n"
            "Ann Lee and Cy Dunn and Di Roe spoke on the harbour budget.\n\nAnn Lee, Cy Dunn, Ed Fox and Di Roe "
            "left.\n\nMs. Lee said she would vote against it.\n\nMr. Dunn, Mr. Fox and Mr. Roe said they would "
            "not.\n\nEd Fox stayed.\n")
    article, analysis = _doc(text, people=["Ann Lee", "Cy Dunn", "Di Roe", "Ed Fox", "Kim"])
    asked = [it for it in name_items(_ctx(article, analysis), set()) if "closely aligned with ______" in it.stem]
    assert asked and asked[0].kind == "multiple_choice"
    assert set(asked[0].options) == {"Ann Lee", "Cy Dunn", "Di Roe", "Ed Fox"}


def test_no_item_whose_answer_another_items_stem_shows_in_its_own_words():
    """"…Ann Lee, the former Oregon governor, …" in one stem answers "Lee was governor of ______"."""
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n"
            "The vote was delayed at the request of Ann Lee, the former Oregon governor, who chairs the harbour "
            "board.\n\n"
            "Lee was governor of Oregon for two terms before she moved to the harbour town.\n\n"
            "The largest harbour protest of the spring was held in Ohio on a wet Sunday.\n\n"
            "Crews from Maine and Texas joined the harbour protests later in the spring.\n")
    article, analysis = _doc(text, places=["Oregon", "Ohio", "Maine", "Texas"], people=["Ann Lee"])
    named = {article.paragraphs[1].start}  # the sentence the name item takes
    assert any("Lee was governor of ______" in it.stem for it in place_items(_ctx(article, analysis), named))
    stems = [it.stem for it in key_detail.generate(_ctx(article, analysis))]
    assert any("______, the former Oregon governor" in s for s in stems), stems
    assert not any("Lee was governor of ______" in s for s in stems)


def test_a_datelines_date_is_no_detail():
    text = ("Harbour budget vote delayed\n\n"
            "DOVER, August 24 (UPI) — The town council delayed its vote on the harbour budget after a long debate "
            "over the old pier.\n\n" + _REST)
    article, analysis = _doc(text, quantities=[("date", "August 24")])
    assert not number_items(_ctx(article, analysis))


def test_a_two_word_surname_is_never_cut_to_its_last_word():
    text = ("Officer charged over harbour shooting\n\n"
            "Officer Jason Van Dyke was charged on Monday over the shooting on the harbour quay last year.\n\n"
            "Prosecutors said Van Dyke fired from a distance at the man on the quay.\n")
    article, analysis = _doc(text, people=["Jason Van Dyke"])
    key = next(e for e in analysis.entities if e.text == "Jason Van Dyke")
    forms = _name_forms(_ctx(article, analysis), key)
    assert "Jason Van Dyke" in forms and "Van Dyke" in forms
    assert "Jason Dyke" not in forms and "Dyke" not in forms
    # a middle word the article never writes apart: the full name only, never "Debbie Schultz"
    text2 = ("Chairwoman asked to resign over harbour budget\n\n"
             "The harbour group asked for the resignation of the party chairwoman, Debbie Wasserman Schultz, on "
             "Monday.\n")
    article2, analysis2 = _doc(text2, people=["Debbie Wasserman Schultz"])
    key2 = next(e for e in analysis2.entities if e.text == "Debbie Wasserman Schultz")
    forms2 = _name_forms(_ctx(article2, analysis2), key2)
    assert "Debbie Wasserman Schultz" in forms2 and not {"Debbie Schultz", "Schultz"} & set(forms2)


def test_a_place_tagged_a_person_is_no_key_and_no_option():
    text = ("Harbour towns compared\n\n"
            "The most dangerous harbour towns of the year include San Pedro Sula, Honduras; and Acapulco, Mexico, "
            "the report on harbour crime said.\n\nSan Pedro Sula had the most harbour crime.\n\n"
            "Bo Kim and Cy Dunn and Di Roe wrote the harbour crime report.\n\nBo Kim, Cy Dunn and Di Roe met.\n\n"
            "The report was sent to Ann Lee, who runs the harbour crime office, before the harbour vote.\n\n"
            "Ann Lee read it.\n")
    article, analysis = _doc(text, people=["San Pedro Sula", "Bo Kim", "Cy Dunn", "Di Roe", "Ann Lee"])
    items = name_items(_ctx(article, analysis), set())
    assert items  # the people are asked
    assert not any("San Pedro Sula" in _answers(it) or "San Pedro Sula" in it.options for it in items)


def test_a_link_line_is_boilerplate():
    text = ("Harbour budget vote delayed\n\n" + _LEDE + "\n\n" + _REST +
            "The council's minutes on the 14 harbour contracts can be found here.\n")
    article, analysis = _doc(text, quantities=[("number", "14")])
    assert not number_items(_ctx(article, analysis))
