"""Fix round G (helper g_key), each shape on a constructed article: a nickname ("Crooked Ann") is
no person to choose, nor a name the article writes only inside quotation marks (a joke reference
"Paul Bunyan?"); a noun modifying another noun ("an erasure program") is no word to gloss with the
noun's own sense."""
from __future__ import annotations

import random

from factories import people_entities, plain_analysis, plain_article
from test_generate_judge4 import TEXT, wordnet_with  # noqa: F401 (a fixture, used by name)

from quizgen.generate.base import Context
from quizgen.generate.key_detail import identity_items, name_items
from quizgen.generate.vocabulary import generate as vocabulary_items
from quizgen.model import ITEM_KINDS, Analysis, Readability, Sentence, Span, VocabWord


def _ctx(text, people, seed=0):
    """One sentence per paragraph, PERSON entities at every mention of ``people``."""
    article = plain_article(text)
    sents = tuple(Sentence(Span(p.start, p.end, p.text), p.number, i) for i, p in enumerate(article.paragraphs))
    ents = sorted(people_entities(article, *people), key=lambda e: e.span.start)
    analysis = Analysis(sentences=sents, entities=tuple(ents), attributions=(), evidence=(), hedges=(), judgments=(),
                        conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 200, 10, 1),
                        main_ideas=sents[:1])
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


NICKNAME = ("Harbour mayor race turns bitter\n\n"
            "The harbour mayor race turned bitter this week as the candidates traded insults over the pier.\n\n"
            "Tom Reed, a harbour pilot, began calling his rival Ann Lee by a new nickname on Tuesday night.\n\n"
            "\u201cCrooked Ann is spending a fortune on ads against me. Sad!\u201d Reed wrote on Tuesday.\n\n"
            "\u201cCrooked Ann kind of flows off the lips,\u201d wrote Sam Cole, a local blogger, on his blog.\n\n"
            "Max Bell also criticized Lee during a rally Friday at the old harbour pier in Dover.\n\n"
            "Lee has led every poll of the race since the spring, by as much as ten points.\n\n"
            "Reed and Sam Cole both spoke at the harbour hall on Saturday, and Max Bell, a fisherman, joined them.\n")
NICK_PEOPLE = ("Tom Reed", "Ann Lee", "Crooked Ann", "Sam Cole", "Max Bell", "Reed", "Lee", "Cole", "Bell")


def test_a_nickname_written_only_in_quotations_is_no_option():
    for seed in range(6):
        items = name_items(_ctx(NICKNAME, NICK_PEOPLE, seed), set())
        offered = {o for it in items for o in it.options}
        assert "Crooked Ann" not in offered
        # the gap on Max Bell has only two real people left (Tom Reed, Sam Cole): no choice among three
        bell = [it for it in items if "also criticized Lee" in it.stem]
        assert all(it.kind != "multiple_choice" for it in bell)


def test_a_nickname_outside_quotations_is_no_key_nor_option():
    """An epithet-led name ("Crooked Moe") the writer uses in its own words is no person to gap or to
    offer, though it stands outside quotation marks."""
    text = NICKNAME.replace("Lee has led every poll", "Reed says Crooked Moe has led every poll") \
        .replace("criticized Lee during", "criticized the mayor during") \
        .replace("Sam Cole both spoke", "Sam Cole both spoke of Crooked Moe")
    for seed in range(6):
        items = name_items(_ctx(text, (*NICK_PEOPLE, "Crooked Moe"), seed), set())
        assert items  # the real people are still asked about
        for it in items:
            assert "Crooked Moe" not in it.options and "Crooked Moe" not in str(it.answer)


JOKE = ("Senators named as possible running mates\n\n"
        "The governor spoke with a radio host about her choice of a running mate on Monday evening.\n\n"
        "\u201cAny of them could be picked,\u201d the host said of a list that included Dover Sen. Amy Fox, "
        "a longtime ally of the governor.\n\n"
        "Jo Park, a state lawmaker, also backed the governor's plan for the harbour this week.\n\n"
        "Fox has represented the harbour in the state senate since 2010.\n\n"
        "The host asked, \u201cYou don't need some Paul Bunyan lumberjack to calm the voters down?\u201d\n\n"
        "\u201cPaul Bunyan?\u201d the host repeated later in the interview, laughing at the answer.\n\n"
        "Ray Dunn, a council member, praised the list in a statement on Tuesday morning.\n\n"
        "Kim Hale, a harbour pilot, said the list was a good one for the coast.\n\n"
        "Ray Dunn and Kim Hale will meet Jo Park at the harbour hall next week to discuss the plan.\n\n"
        "Lia Moss, who runs the harbour school, wrote to the governor, and Lia Moss will also attend.\n")
JOKE_PEOPLE = ("Amy Fox", "Jo Park", "Paul Bunyan", "Ray Dunn", "Kim Hale", "Lia Moss")


def test_a_name_written_only_inside_quotation_marks_is_no_option():
    """"Paul Bunyan" is a joke inside a quotation, no person of the story: never offered as the
    Dover senator; the real people of the article are."""
    seen_fox = False
    for seed in range(6):
        ctx = _ctx(JOKE, JOKE_PEOPLE, seed)
        for it in identity_items(ctx, set()) + name_items(ctx, set()):
            assert "Paul Bunyan" not in it.options
            seen_fox = seen_fox or (it.kind == "multiple_choice" and it.options[it.answer] == "Amy Fox")
    assert seen_fox  # the item itself is still made, among real people


# ---------------------------------------------------------------- vocabulary: a noun before a noun

# TEXT (an article of rare nouns) and the wordnet_with fixture are test_generate_judge4's


def _vocab_ctx(text, word):
    article = plain_article(text)
    sents = plain_analysis(article).sentences
    i = article.text.index(word)
    sent = next(s for s in sents if s.span.start <= i < s.span.end)
    n = next(p.number for p in article.paragraphs if p.start <= i < p.end)
    vocab = (VocabWord(word, word, "NOUN", n, sent.span, Span(i, i + len(word), word), 2.0),)
    analysis = plain_analysis(article, vocabulary=vocab, readability=Readability(8.0, 60.0, 40, 5, 1),
                              main_ideas=sents[:1])
    return Context(article, analysis, random.Random(3), frozenset(ITEM_KINDS))


def test_a_noun_modifying_another_noun_is_no_vocabulary_item(wordnet_with):  # noqa: F811 (the fixture)
    """"the erasure programs": "erasure" names the kind of program, and its own sense ("the act of
    removing by rubbing out") is no meaning of the phrase; as the head of its phrase it is asked."""
    wordnet_with(("n", 6, ["program"], "a system of instructions a computer follows"))
    plain = _vocab_ctx(TEXT, "erasure")
    (item,) = vocabulary_items(plain)
    assert item.options[item.answer] == "the act of removing by rubbing out"
    modifier = TEXT.replace("began the erasure of the old records", "ran the erasure programs on the old records")
    assert vocabulary_items(_vocab_ctx(modifier, "erasure")) == []

