"""Judge 4 failure shapes, each on a constructed sentence: vocabulary distractors from unrelated
fields, two vocabulary items keying one definition."""
from __future__ import annotations

import random
import re

import pytest
from factories import plain_article
from test_generate_vocabulary import SYNSETS, write_wordnet

from quizgen import wordnet
from quizgen.generate.base import Context
from quizgen.generate.vocabulary import generate
from quizgen.model import ITEM_KINDS, Analysis, Readability, Sentence, Span, VocabWord

TEXT = ("Officials clean old files\n\n"
        "Officials began the erasure of the old records on Monday morning. Clerks gave a description, "
        "an exhibition and a rotation of the files daily.\n\n"
        "A nappy was left near the crane by the hamstring. The demolition of the annex followed later.\n")


@pytest.fixture
def wordnet_with(tmp_path, monkeypatch):
    """The test dictionary of test_generate_vocabulary plus the given synsets."""
    def write(*extra):
        monkeypatch.setattr("test_generate_vocabulary.SYNSETS", [*SYNSETS, *extra])
        write_wordnet(tmp_path)
        monkeypatch.setenv("QUIZGEN_WORDNET_DIR", str(tmp_path))
        wordnet._load.cache_clear()
    yield write
    wordnet._load.cache_clear()


def _analysis(article, words):
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.", p.text):
            text = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(text), text), p.number, len(sents)))
    vocab = []
    for k, word in enumerate(words):
        i = article.text.index(word)
        sent = next(s for s in sents if s.span.start <= i < s.span.end)
        n = next(p.number for p in article.paragraphs if p.start <= i < p.end)
        vocab.append(VocabWord(word, word, "NOUN", n, sent.span, Span(i, i + len(word), word), 2.0 + k / 10))
    return Analysis(sentences=tuple(sents), entities=(), attributions=(), evidence=(), hedges=(),
                    judgments=(), conflicts=(), quantities=(), vocabulary=tuple(vocab),
                    readability=Readability(8.0, 60.0, 40, 5, 1), main_ideas=tuple(sents[:1]))


def test_vocabulary_distractors_come_only_from_the_keyed_senses_field(wordnet_with):
    """"erasure" (an act) is offered acts only when the article lends three, never "tendons at
    the back of the knee" or "a garment worn by an infant" beside them."""
    wordnet_with(("n", 8, ["hamstring"], "one of the tendons at the back of the knee"))
    article = plain_article(TEXT)
    items = generate(Context(article, _analysis(article, ["erasure"]), random.Random(3),
                             frozenset(ITEM_KINDS)))
    (item,) = items
    others = {o for i, o in enumerate(item.options) if i != item.answer}
    assert others == {"the act of showing objects to an audience", "the act of turning about an axis",
                      "the act of pulling down a building"}
    # without "demolition" two acts are left: no item rather than a garment or a tendon beside them
    # (judge 5: a distractor from another field is worse than no vocabulary item)
    short = plain_article(TEXT.replace("The demolition of the annex followed later.", "It rained later."))
    assert generate(Context(short, _analysis(short, ["erasure"]), random.Random(3), frozenset(ITEM_KINDS))) == []


def test_a_sense_keyed_by_one_vocabulary_item_is_never_another_items_distractor(wordnet_with):
    """"erasure" and "demolition" can both be keyed, and each is an act, a natural distractor for
    the other; with exhibition, rotation and excavation in the article both items are made, and
    neither offers the other's keyed sense."""
    wordnet_with(("n", 4, ["excavation"], "the act of digging out earth"))
    text = TEXT.replace("followed later.", "followed later. An excavation came next.")
    article = plain_article(text)
    items = generate(Context(article, _analysis(article, ["erasure", "demolition"]), random.Random(3),
                             frozenset(ITEM_KINDS)))
    keys = [it.options[it.answer] for it in items]
    assert len(keys) == len(set(keys))
    for it in items:
        for i, o in enumerate(it.options):
            if i != it.answer:
                assert o not in keys
    assert sorted(keys) == ["the act of pulling down a building", "the act of removing by rubbing out"]
    three = {"the act of showing objects to an audience", "the act of turning about an axis",
             "the act of digging out earth"}
    assert all(set(it.options) - set(keys) == three for it in items)


NEWS = ("Church row over school\n\n"
        "Christian News Service said the school will close in June.\n\n"
        "CNS reported that the parents were not told.\n\n"
        "Port Trust said the land will be sold next year.\n\n"
        "Farmers Union said the farmers will lose their fields.\n\n"
        "Harbour Board said the boats will leave in June.\n\n"
        "Tenants Group said the rents will rise again.\n")


def test_an_acronym_and_its_expansion_are_never_two_options_of_one_item():
    from test_generate_judge3 import _att, _ctx

    from quizgen.generate.distractors import same_entity, source_distractors

    assert same_entity("CNS", "Christian News Service") and same_entity("the U.N.", "United Nations")
    assert same_entity("NASA", "National Aeronautics and Space Administration")
    assert not same_entity("CNS", "Port Trust") and not same_entity("IT", "Information")
    art = plain_article(NEWS)
    atts = [_att(art, "Christian News Service", "organisation", "Christian News Service", "said",
                 "the school will close in June"),
            _att(art, "CNS", "organisation", "CNS", "reported", "the parents were not told"),
            _att(art, "Port Trust", "organisation", "Port Trust", "said", "the land will be sold next year"),
            _att(art, "Farmers Union", "organisation", "Farmers Union", "said", "the farmers will lose their fields"),
            _att(art, "Harbour Board", "organisation", "Harbour Board", "said", "the boats will leave in June"),
            _att(art, "Tenants Group", "organisation", "Tenants Group", "said", "the rents will rise again")]
    ctx = _ctx(art, atts)
    for keyed in atts[:2]:
        offered = source_distractors(ctx, keyed, 5)
        assert offered and "CNS" not in offered and "Christian News Service" not in offered


DEBATE = ("Debate season opens\n\n"
          "Ann Lee, the university debate director, said the students argue better than ever.\n\n"
          "Tom Hart, a professor of history, said the contests began a century ago.\n\n"
          "Mary Cole, the city's mayor, said the hall will open in May.\n\n"
          "Debate Institute said the rules will change next year.\n")


def test_an_expert_is_never_keyed_as_an_official_with_no_expert_option():
    from test_generate_judge3 import _att, _ctx

    from quizgen.generate.sourcing import EXPERT, OFFICIAL, kind_of_source, source_category

    art = plain_article(DEBATE)
    atts = [_att(art, "Ann Lee", "person", "Ann Lee", "said", "the students argue better than ever"),
            _att(art, "Tom Hart", "person", "Tom Hart", "said", "the contests began a century ago"),
            _att(art, "Mary Cole", "person", "Mary Cole", "said", "the hall will open in May"),
            _att(art, "Debate Institute", "organisation", "Debate Institute", "said",
                 "the rules will change next year")]
    ctx = _ctx(art, atts)
    # a university debate director: an expert's title and an official's, so no item
    assert source_category(ctx, atts[0]) is None
    assert source_category(ctx, atts[1]) == EXPERT
    assert source_category(ctx, atts[2]) == OFFICIAL
    assert source_category(ctx, atts[3]) is None  # an institute of experts is no official voice
    for it in kind_of_source(ctx):
        keyed = it.options[it.answer]
        assert "Ann Lee" not in it.stem and "Debate Institute" not in it.stem
        if "Tom Hart" in it.stem:
            assert keyed == EXPERT


def test_a_claim_with_no_main_clause_or_under_five_words_makes_no_attribution_item():
    from test_generate_judge3 import _att

    from quizgen.generate.attribution import usable

    art = plain_article("Talk show row\n\n"
                        "Lee said every time you say that.\n\n"
                        "Tom Hart said the show will end in May next year.\n\n"
                        "Mary Cole said fans wept.\n")
    assert not usable(_att(art, "Lee", "person", "Lee", "said", "every time you say that"))
    assert not usable(_att(art, "Mary Cole", "person", "Mary Cole", "said", "fans wept"))
    assert usable(_att(art, "Tom Hart", "person", "Tom Hart", "said", "the show will end in May next year"))


def test_a_who_said_stem_never_names_the_speaker_or_says_x_said():
    from test_generate_judge3 import _att, _ctx

    from quizgen.generate.attribution import gives_speaker, name_the_source, who_said

    art = plain_article("Council vote\n\n"
                        "Ann Lee told the council that the plan, Lee said, was never costed properly.\n\n"
                        "Tom Hart said the roads will close in May next year.\n\n"
                        "Mary Cole said the buses will run late all summer.\n\n"
                        "Sam Dunn said the shops will lose many customers.\n\n"
                        "Jo Park said the parks will stay open all year.\n")
    atts = [_att(art, "Ann Lee", "person", "Ann Lee", "told the council",
                 "the plan, Lee said, was never costed properly"),
            _att(art, "Tom Hart", "person", "Tom Hart", "said", "the roads will close in May next year"),
            _att(art, "Mary Cole", "person", "Mary Cole", "said", "the buses will run late all summer"),
            _att(art, "Sam Dunn", "person", "Sam Dunn", "said", "the shops will lose many customers"),
            _att(art, "Jo Park", "person", "Jo Park", "said", "the parks will stay open all year")]
    ctx = _ctx(art, atts)
    assert gives_speaker(atts[0], "told the council that the plan, Lee said, was never costed properly")
    assert gives_speaker(atts[1], "said that the roads, he said, will close")
    assert not gives_speaker(atts[1], "said that the roads will close in May next year")
    assert who_said(ctx, atts[0]) is None and name_the_source(ctx, atts[0]) is None
    item = who_said(ctx, atts[1])
    assert item is not None and item.options[item.answer] == "Tom Hart"


def test_a_range_is_no_short_answer_and_the_number_alone_is_accepted():
    from test_generate_judge3 import _ctx

    from quizgen.generate.distractors import is_range
    from quizgen.generate.key_detail import accepted_numbers, number_items
    from quizgen.model import Quantity

    assert is_range("$30,000 to $60,000") and not is_range("$30,000")
    assert {"98.33", "98.33%", "98.33 percent"} <= set(accepted_numbers("98.33 percent"))
    assert "5" not in accepted_numbers("$5 million")  # the number is five million, not five
    text = ("Pay and turnout\n\n"
            "Most drivers earn $30,000 to $60,000 each year in the region.\n\n"
            "Turnout in the town reached 98.33 percent in the spring vote.\n")
    art = plain_article(text)
    qs = []
    for ph, kind in (("$30,000", "money"), ("$60,000", "money"), ("$30,000 to $60,000", "money"),
                     ("98.33 percent", "percent")):
        i = art.text.index(ph)
        qs.append(Quantity(kind, Span(i, i + len(ph), ph), 1 if i < art.text.index("Turnout") else 2))
    # one sentence a paragraph (the helper's splitter would cut at "98.")
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, k)
                  for k, p in enumerate(art.paragraphs) if p.number > 0)
    items = number_items(_ctx(art, quantities=tuple(qs), sentences=sents))
    assert all("$30,000" not in str(it.answer) and "$60,000" not in str(it.answer) for it in items)
    (item,) = items
    assert item.kind == "short_answer" and "98.33" in item.answer and "98.33 percent" in item.answer


ROW = ("Bridge row\n\n"
       "Ann Lee said the new bridge will open in May next year.\n\n"
       "Tom Hart said the bridge is far too narrow for lorries.\n\n"
       "Mary Cole said the ferry service will stop running in June.\n\n"
       "Sam Dunn said the harbour fees will double before winter comes.\n")


def _mc_keys(items):
    return [it.options[it.answer] for it in items if it.kind == "multiple_choice"]


def test_certainty_no_one_disputes_only_when_no_other_source_speaks_on_the_subject():
    from dataclasses import replace

    from test_generate_judge3 import _att, _ctx

    from quizgen.generate.certainty import DISPUTED, NAMED, subject_head
    from quizgen.generate.certainty import generate as certainty_items
    from quizgen.model import Conflict

    assert subject_head("the new bridge will open in May") == "bridge"
    assert subject_head("the harbour fees will double") == "fee"
    art = plain_article(ROW)
    atts = [_att(art, "Ann Lee", "person", "Ann Lee", "said", "the new bridge will open in May next year"),
            _att(art, "Tom Hart", "person", "Tom Hart", "said", "the bridge is far too narrow for lorries"),
            _att(art, "Mary Cole", "person", "Mary Cole", "said", "the ferry service will stop running in June")]
    items = certainty_items(_ctx(art, atts))
    stems = {it.options[it.answer]: it.stem for it in items if it.kind == "multiple_choice"}
    # two sources on the bridge: "named" is what each sentence shows, and since blind judging no option
    # says "no one disputes it" (whether anyone does is arguable), nor "denied" without a denial
    assert NAMED in stems
    assert all(DISPUTED not in it.options and not any("no one" in o for o in it.options) for it in items)
    # a conflict below the confident bar keys neither "disputed" nor "no one disputes it"
    unsure = [atts[0], replace(atts[2], source_confidence=0.7)]
    keys = _mc_keys(certainty_items(_ctx(art, unsure, conflicts=(Conflict(0, 1, "denies"),))))
    assert DISPUTED not in keys
    sure = [atts[0], atts[2]]
    keys = _mc_keys(certainty_items(_ctx(art, sure, conflicts=(Conflict(0, 1, "denies"),))))
    # both sure, but the ferry claim denies nothing about the bridge: no contradiction is keyed
    # (a denial that targets the same claim keys "disputed": test_generate_judge5b)
    assert DISPUTED not in keys


def test_certainty_claims_naming_the_same_person_are_not_undisputed():
    from test_generate_judge3 import _att, _ctx

    from quizgen.generate.certainty import NAMED
    from quizgen.generate.certainty import generate as certainty_items
    from quizgen.model import Entity

    text = ("Trial of the parents\n\n"
            "Prosecutor Ann Lee said Gloria Sam spent months crying in pain at home.\n\n"
            "Defence lawyer Tom Hart said Gloria Sam was cared for every single day.\n")
    art = plain_article(text)
    atts = [_att(art, "Ann Lee", "person", "Ann Lee", "said", "Gloria Sam spent months crying in pain at home"),
            _att(art, "Tom Hart", "person", "Tom Hart", "said", "Gloria Sam was cared for every single day")]
    ents = []
    for k in (0, 1):
        i = art.text.index("Gloria Sam", 1 if k == 0 else art.text.index("Defence"))
        ents.append(Entity("Gloria Sam", "PERSON", Span(i, i + 10, "Gloria Sam"), k + 2))
    items = certainty_items(_ctx(art, atts, entities=tuple(ents)))
    # since blind judging no option says "no one disputes it": "named" is keyed, as the sentences show
    assert all(k == NAMED for k in _mc_keys(items))
    assert all(not any("no one" in o for o in it.options) for it in items)
    # that the article names a source is still true, and may be asked
    assert all(it.answer == 0 for it in items if it.kind == "true_false")


def test_a_range_or_change_of_percentages_is_never_a_gap():
    """Judged blind (kept-aside set): "just ______ support" keyed "1% to 3%" and accepting "1", and
    "prefer Carson ______" keyed "33% to 18%": two numbers, half of which was marked right."""
    from test_generate_judge3 import _ctx

    from quizgen.generate.distractors import is_range
    from quizgen.generate.key_detail import number_items
    from quizgen.model import Quantity

    assert is_range("1% to 3%") and is_range("33% to 18%") and is_range("23 percent to 27 percent")
    assert not is_range("3%") and not is_range("27 percent")
    text = ("Senate race tightens\n\n"
            "At the race's start, the senator garnered just 1% to 3% support in the Senate race polls.\n")
    art = plain_article(text)
    i = art.text.index("1% to 3%")
    qs = (Quantity("percent", Span(i, i + len("1% to 3%"), "1% to 3%"), 1),)
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, k) for k, p in enumerate(art.paragraphs))
    assert number_items(_ctx(art, quantities=qs, sentences=sents)) == []
