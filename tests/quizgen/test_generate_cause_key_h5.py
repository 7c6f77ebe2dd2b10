"""Wave G judge shapes for cause/effect and key-detail items, each on a constructed article.

Cause/effect: a stem that clipped the effect's subject ("why is it that have a technology edge?"),
an effect never named, a one-word cause. The effect is now quoted whole (the whole sentence, the
cause blanked) and the cause is a phrase of two content words or more, else no item.

Key detail: a gap in a section heading (no finite verb, or no final stop); a name gap whose title
("Gen.", "Sen.", "Texas Sen.") or descriptor ("(I-Vt.)", ", a top party tech operative,") only the
key fits; a name gap in a photo-caption line naming the headline's person; a reader's opinion in
the first person, or any line of a readers' comments page, as a key detail."""
from __future__ import annotations

import random
import re

from factories import plain_article

from quizgen.generate import cause_effect, key_detail
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Analysis, Attribution, Entity, Readability, Sentence, Span


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


_ABBREV = re.compile(r"(?:\b(?:Gen|Sen|Rep|Gov|Dr|Mr|Mrs|Ms)|-[A-Z][a-z]*)\.$")


def _sentences(article):
    """One sentence per final stop (not a title's: "Gen.", "(I-Vt.)"), and a paragraph without
    one (a heading) as one sentence."""
    spans = []
    for p in article.paragraphs:
        start = 0
        ends = [m.end() for m in re.finditer(r"[.!?]+[\"”’']?(?=\s|$)", p.text)
                if not (_ABBREV.search(p.text[:m.end()]) and m.end() < len(p.text))]
        for end in ends + ([len(p.text)] if p.text[(ends or [0])[-1]:].strip() else []):
            raw = p.text[start:end]
            if raw.strip():
                at = p.start + start + len(raw) - len(raw.lstrip())
                spans.append((Span(at, at + len(raw.strip()), raw.strip()), p.number))
            start = end
    return tuple(Sentence(span, par, k) for k, (span, par) in enumerate(spans))


def _analysis(article, **kw):
    sents = _sentences(article)
    base = dict(sentences=sents, entities=(), attributions=(), evidence=(), hedges=(), judgments=(),
                conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 60, 6, 1),
                main_ideas=sents[:1])
    base.update(kw)
    return Analysis(**base)


def _people(article, names):
    ents = []
    for name in names:
        for m in re.finditer(re.escape(name), article.text):
            par = next((p.number for p in article.paragraphs if p.start <= m.start() < p.end), 0)
            if par:
                ents.append(Entity(name, "PERSON", Span(m.start(), m.end(), name), par))
    return tuple(sorted(ents, key=lambda e: e.span.start)) * 2  # each seen twice: names the tagger is sure of


def _keys(items):
    return [it.options[it.answer] if it.kind == "multiple_choice" else it.answer[0] for it in items]


# ---------------------------------------------------------------- cause and effect

CAUSES = ("Valley farms face a dry summer\n\n"
          "Farmers in the valley are short of water against their neighbours and the big estates, but have a "
          "good harvest due to careful planning, which has so far eluded the estates.\n\n"
          "The old bridge over the river has already closed to lorries, with many worried that the crossing can "
          "never be fully reopened because of corrosion.\n\n"
          "The market in the square was cancelled due to the heavy storm.\n\n"
          "The school trip was postponed because of the long strike.\n\n"
          "This happened due to a broken signal near the station.\n\n"
          "Delays on the northern line due to fallen trees\n\n"
          "The ferry to the island was stopped because of the thick fog.\n")


def test_a_cause_item_quotes_the_effect_whole_with_its_subject():
    """"why is it that have a good harvest?": the subject "Farmers in the valley" was clipped; the
    stem now quotes the sentence whole from its subject, the cause blanked, and asks for the reason."""
    article = plain_article(CAUSES)
    items = cause_effect.generate(_ctx(article, _analysis(article)))
    (farm,) = [it for it in items if "careful planning" in _keys([it])]
    assert "\"Farmers in the valley are short of water against their neighbours and the big estates, but have a " \
           "good harvest due to ______, which has so far eluded the estates.\"" in farm.stem
    assert farm.stem.startswith("In ¶1, the article says: \"Farmers")
    assert "What reason does the article give?" in farm.stem
    for it in items:
        assert "why is it that" not in it.stem and "…" not in it.stem.split("What reason")[0]


def test_a_one_word_cause_or_an_unclear_effect_gives_no_item():
    """"because of corrosion" (one word), "This happened due to …" (whose effect?), and a heading
    with no finite verb nor final stop ("Delays … due to fallen trees"): no item."""
    article = plain_article(CAUSES)
    items = cause_effect.generate(_ctx(article, _analysis(article)))
    keys = _keys(items)
    assert items
    assert "corrosion" not in keys and not any("crossing" in it.stem for it in items)
    assert not any("broken signal" in k for k in keys) and not any("This happened" in it.stem for it in items)
    assert not any("fallen trees" in k for k in keys)
    for k in keys:  # every cause is a phrase of two content words or more
        assert len([w for w in k.split() if w.lower() not in {"the", "a", "an", "his", "her", "their", "its"}]) >= 2


def test_a_cause_someone_gives_names_them_in_the_question():
    text = ("Ministries keep quiet on ferry report\n\n"
            "The ministries declined to give any details about the inspection, saying they cannot discuss the "
            "ferry because of the severe weather.\n\n"
            "The harbour was closed for two days due to the heavy storm.\n")
    article = plain_article(text)
    i = text.index("they cannot")
    content = "they cannot discuss the ferry because of the severe weather"
    j = text.index("The ministries")
    k = text.index("saying")
    att = Attribution("ministries", "The ministries", Span(j, j + 14, "The ministries"), "unnamed_group", "saying",
                      Span(k, k + 6, "saying"), content, (Span(i, i + len(content), content),), False, 1)
    items = cause_effect.generate(_ctx(article, _analysis(article, attributions=(att,))))
    (item,) = [it for it in items if "weather" in it.support[0].text]
    assert item.stem.startswith("In ¶1, the article says: \"The ministries declined")
    assert item.stem.endswith("What reason is given, according to the ministries? Write the missing cause.")
    # (an intensity word and its noun: "the continuing inquiry" would have too many equal wordings to write in,
    # judged blind on D1)
    assert item.answer[0] == "the severe weather"


# ---------------------------------------------------------------- key details: headings

HEADINGS = ("Council papers released\n\n"
            "Mayor Ann Lee released a new batch of council papers on Friday, and Bo Kim read them first.\n\n"
            "Ann Lee \"turning the vote around,\" apparently on taxes.\n\n"
            "Bo Kim on the harbour and the budget of the town council\n\n"
            "Cy Dunn and Di Roe wrote most of the papers about the harbour and the budget.\n\n"
            "Bo Kim and Cy Dunn met Ann Lee and Di Roe at the town hall about the budget.\n")


def test_no_gap_goes_into_a_heading():
    assert key_detail.no_clause("Celebrating Ann Lee 'turning the vote around,' apparently on taxes.")
    # a long sentence whose verb the short verb list lacks is still a sentence
    assert not key_detail.no_clause("At least four senators of the party in the north and the south claim to "
                                    "object to the plan of the council on the harbour.")
    article = plain_article(HEADINGS)
    ents = _people(article, ["Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe"])
    items = key_detail.name_items(_ctx(article, _analysis(article, entities=ents)), set())
    assert items  # the full sentences are asked
    assert not any("turning the vote around" in it.stem for it in items)
    assert not any("on the harbour and the budget of the town council" in it.stem for it in items)


# ---------------------------------------------------------------- key details: titles and descriptors

TITLES = ("Campaign adds advisers\n\n"
          "Gen. Amos Tolland, a retired four-star general and former commander of the northern forces, is an "
          "adviser to the campaign.\n\n"
          "Bo Kim, Cy Dunn and Di Roe run the campaign office in the capital and met the voters there.\n\n"
          "Cy Dunn said the campaign would open a second office in the port next month for the voters.\n\n"
          "Di Roe and Bo Kim visited the campaign office on Monday with the voters.\n\n"
          "Eli Fox and Gus Hart handed out leaflets to the voters in the port on Tuesday.\n\n"
          "Gus Hart and Eli Fox spoke to the voters in the port about the campaign.\n")


def test_a_title_before_the_gap_is_fitted_by_every_option_or_the_name_is_written_in():
    article = plain_article(TITLES)
    ents = _people(article, ["Amos Tolland", "Bo Kim", "Cy Dunn", "Di Roe", "Eli Fox", "Gus Hart"])
    for seed in range(4):
        items = key_detail.name_items(_ctx(article, _analysis(article, entities=ents), seed), set())
        gen = [it for it in items if "Gen. ______" in it.stem]
        assert all(it.kind == "short_answer" for it in gen), [it.options for it in gen]


SENATORS = ("Party debate turns on data\n\n"
            "In the debate on Saturday, Sen. Ezra Holt (I-Vt.) apologized to his supporters for the campaign's "
            "use of the party data.\n\n"
            "Bo Kim, Cy Dunn and Di Roe run the campaign office in the capital and met the voters there.\n\n"
            "Cy Dunn, a top party tech operative, warned on Saturday that the party data would be lost.\n\n"
            "Di Roe and Bo Kim visited the campaign office on Monday with the voters.\n\n"
            "Ezra Holt and Bo Kim spoke to the voters at the campaign office about the data.\n\n"
            "Eli Fox and Gus Hart handed out leaflets to the voters in the port on Tuesday.\n\n"
            "Gus Hart and Eli Fox spoke to the voters in the port about the campaign.\n")


def test_a_party_tag_or_an_apposition_after_the_gap_is_fitted_by_every_option():
    """"Sen. ______ (I-Vt.)" where only the key is a senator; "______, a top party tech operative,"
    where no other option is one: never a choice the descriptor rules out."""
    article = plain_article(SENATORS)
    ents = _people(article, ["Ezra Holt", "Bo Kim", "Cy Dunn", "Di Roe", "Eli Fox", "Gus Hart"])
    for seed in range(4):
        items = key_detail.name_items(_ctx(article, _analysis(article, entities=ents), seed), set())
        for it in items:
            if "Sen. ______" in it.stem or "______ (I-Vt.)" in it.stem or "______, a top party" in it.stem:
                assert it.kind == "short_answer", (it.stem, it.options)


def test_a_state_and_title_before_the_gap_rules_out_others():
    text = ("Iowa race tightens\n\n"
            "The governor led in the state surveys but ended up second to Texas Sen. Ted Marsh in the count.\n\n"
            "Bo Kim, Cy Dunn and Di Roe ran in the race in the state and met the voters there.\n\n"
            "Di Roe and Bo Kim visited the voters on Monday with Ted Marsh.\n\n"
            "Cy Dunn and Ted Marsh spoke to the voters at the office about the race.\n\n"
            "Eli Fox and Gus Hart handed out leaflets to the voters in the port on Tuesday.\n\n"
            "Gus Hart and Eli Fox spoke to the voters in the port about the race.\n")
    article = plain_article(text)
    ents = _people(article, ["Ted Marsh", "Bo Kim", "Cy Dunn", "Di Roe", "Eli Fox", "Gus Hart"])
    for seed in range(4):
        items = key_detail.name_items(_ctx(article, _analysis(article, entities=ents), seed), set())
        assert all(it.kind == "short_answer" for it in items if "Sen. ______" in it.stem)


# ---------------------------------------------------------------- key details: captions and readers

def test_a_caption_naming_the_headlines_person_is_no_gap():
    text = ("Ann Lee's supporters pack the hall\n\n"
            "Council candidate Ann Lee speaks at a campaign rally in Millbrook, on June 14, 2016.\n\n"
            "Bo Kim, Cy Dunn and Di Roe run the campaign office in the town and met the voters there.\n\n"
            "Di Roe and Bo Kim visited the campaign office on Monday with Ann Lee and the voters.\n")
    article = plain_article(text)
    ents = _people(article, ["Ann Lee", "Bo Kim", "Cy Dunn", "Di Roe"])
    items = key_detail.name_items(_ctx(article, _analysis(article, entities=ents)), set())
    assert not any("______ speaks at a campaign rally" in it.stem for it in items)


def test_a_first_person_opinion_is_no_key_detail():
    text = ("Readers react to the harbour plan\n\n"
            "I think the mayor has spent more on the harbour plan in two weeks than Bo Kim did in 2015.\n\n"
            "The council approved the harbour plan on Tuesday after a vote of 12 to 3 in 2016.\n\n"
            "We believe Cy Dunn and Di Roe wrote the harbour plan for the mayor last year.\n\n"
            "Bo Kim, Cy Dunn and Di Roe met the mayor at the harbour to discuss the plan.\n\n"
            "Di Roe and Bo Kim visited the harbour on Monday with Cy Dunn.\n\n"
            "The council inspected the harbour plan with the F.B.I.’s help in 2014.\n")
    article = plain_article(text)
    ents = _people(article, ["Bo Kim", "Cy Dunn", "Di Roe"])
    from quizgen.model import Quantity
    qs = tuple(Quantity("date", Span(text.index(y), text.index(y) + 4, y), 1) for y in ("2015", "2016", "2014"))
    items = key_detail.generate(_ctx(article, _analysis(article, entities=ents, quantities=qs)))
    assert not any("I think" in it.stem or "We believe" in it.stem for it in items)
    # "I" of an initialism is no first person: the year of that sentence is a gap of the number items (the
    # lesson's key details ask no year, judged trivia)
    assert any("with the F.B.I.’s help" in it.stem for it in key_detail.number_items(
        _ctx(article, _analysis(article, entities=ents, quantities=qs))))


def test_a_readers_comments_page_gives_no_key_details():
    text = ("Readers on the harbour plan\n\n"
            "FACEBOOK.\n\n"
            "The council approved the harbour plan of Bo Kim on Tuesday after a long vote.\n\n"
            "Bo Kim has done more for the harbour in two weeks than Cy Dunn or Di Roe have in 2016.\n\n"
            "TWITTER.\n\n"
            "Cy Dunn and Di Roe should have read the harbour plan before the vote.\n\n"
            "@harbourfan.\n\n"
            "Di Roe and Bo Kim will regret the harbour plan by the summer.\n\n"
            "@seaview22.\n")
    article = plain_article(text)
    ents = _people(article, ["Bo Kim", "Cy Dunn", "Di Roe"])
    y16 = text.index("2016")
    from quizgen.model import Quantity
    qs = (Quantity("date", Span(y16, y16 + 4, "2016"), 3),)
    assert key_detail.generate(_ctx(article, _analysis(article, entities=ents, quantities=qs))) == []


def test_a_title_every_option_shares_still_gives_a_choice():
    text = ("Senators question the budget\n\n"
            "In the hearing on Tuesday, Sen. Ezra Holt asked the minister about the harbour budget for the port.\n\n"
            "Sen. Bo Kim and the other members of the committee met the voters in the capital there.\n\n"
            "Sen. Cy Dunn said the committee would visit the port next month with the voters.\n\n"
            "Sen. Di Roe visited the committee office on Monday with the voters and the staff.\n\n"
            "Ezra Holt and Bo Kim spoke to the voters at the office about the budget for the port.\n\n"
            "Cy Dunn and Di Roe handed out leaflets to the voters in the port on Tuesday.\n")
    article = plain_article(text)
    ents = _people(article, ["Ezra Holt", "Bo Kim", "Cy Dunn", "Di Roe"])
    items = key_detail.name_items(_ctx(article, _analysis(article, entities=ents)), set())
    (holt,) = [it for it in items if "Sen. ______ asked the minister" in it.stem]
    assert holt.kind == "multiple_choice" and set(holt.options) == {"Ezra Holt", "Bo Kim", "Cy Dunn", "Di Roe"}
