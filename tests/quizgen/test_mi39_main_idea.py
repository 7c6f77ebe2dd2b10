"""Main idea (mi39): the story's own lede under a printed abstract ("ABSTRACT." … "FULL TEXT.") or under a
deck (a one-line summary above a paragraph that opens with the dateline) is the key when it states the
headline's point; the abstract or the deck above it is the paper's teaser, never an option. A short first
line with no dateline after it is no deck."""
from __future__ import annotations

from factories import plain_article, sentence_context

from quizgen.generate import main_idea
from quizgen.generate.main_idea import body_lede_keys, body_start
from quizgen.ingest import article_from_text

TITLE = "Ferry strike leaves northern islands cut off"
TEASER = "Travelers face a long wait for bread and mail as the dispute over pay drags on."
LEDE = ("The ferry crews of the northern islands went on strike on Monday, leaving the islands cut off from the "
        "mainland after talks on wages broke down.")
BODY = ("The union asked for a raise of six percent, and the company offered four percent over two years.\n\n"
        "Shop owners on the largest island said deliveries of milk had already been delayed by a full day.\n\n"
        "A spokesman for the port authority said the cargo terminals were working normally for the moment.\n\n"
        "The last walkout in the region, eleven years ago, lasted nine days and ended with a new contract.\n\n"
        "Students who live there were allowed to take their exams online until the boats sail again.\n\n"
        "The harbor master said that the fishing boats would keep going out to sea as they always do.\n")


def _ctx(text: str, reader: bool = False):
    article = article_from_text(text) if reader else plain_article(text)
    return sentence_context(article, [])


def test_the_lede_under_a_printed_abstract_is_the_key() -> None:
    ctx = _ctx(f"{TITLE}\n\nABSTRACT.\n\n{TEASER}\n\nFULL TEXT.\n\n{LEDE}\n\n{BODY}", reader=True)
    assert ctx.article.paragraphs[0].text == TEASER  # the reader sets the labels aside
    assert body_start(ctx) == 1
    keys = [k for k, _ in body_lede_keys(ctx)]
    assert keys and all(k.startswith("The ferry crews of the northern islands went on strike") for k in keys)
    items = main_idea.generate(ctx)
    assert len(items) == 1
    item = items[0]
    assert item.options[item.answer].startswith("The ferry crews of the northern islands went on strike")
    assert not any(o.startswith("Travelers face") for o in item.options)  # the teaser is no option


def test_the_lede_under_a_deck_with_a_dateline_is_the_key() -> None:
    deck = "Crews will not sail until the company raises their pay."
    ctx = _ctx(f"{TITLE}\n\n{deck}\n\nDOVER - {LEDE}\n\n{BODY}")
    assert body_start(ctx) == 1
    items = main_idea.generate(ctx)
    assert len(items) == 1
    item = items[0]
    keyed = item.options[item.answer]
    assert keyed.startswith("The ferry crews of the northern islands went on strike"), keyed  # no dateline
    assert not any(o.startswith("Crews will not sail") for o in item.options)


def test_a_short_first_line_without_a_dateline_after_it_is_no_deck() -> None:
    first = "Crews will not sail until the company raises their pay."
    ctx = _ctx(f"{TITLE}\n\n{first}\n\n{LEDE}\n\n{BODY}")
    assert body_start(ctx) == 0
    assert body_lede_keys(ctx) == []


def test_an_abstract_label_without_a_full_text_label_gives_no_body() -> None:
    ctx = _ctx(f"{TITLE}\n\nABSTRACT.\n\n{TEASER}\n\n{LEDE}\n\n{BODY}", reader=True)
    assert body_start(ctx) == 0


def test_a_scene_under_the_abstract_gives_no_key() -> None:
    scene = ("When Mary Olsen woke on Monday, the harbor below her window was silent and the ferry sat at its "
             "mooring with no crew aboard.")
    ctx = _ctx(f"{TITLE}\n\nABSTRACT.\n\n{TEASER}\n\nFULL TEXT.\n\n{scene}\n\n{BODY}", reader=True)
    assert body_start(ctx) == 1
    assert body_lede_keys(ctx) == []


def _split_first(ctx, at: str):
    """The context with the lede paragraph's first sentence split after ``at`` (as a splitter may set a
    dateline apart: "WASHINGTON -" | "The …")."""
    import dataclasses

    from quizgen.model import Sentence, Span

    out = []
    for s in ctx.analysis.sentences:
        if s.span.text.startswith(at):
            cut = s.span.start + len(at)
            rest = ctx.article.text[cut:s.span.end]
            lead = len(rest) - len(rest.lstrip())
            out.append(Sentence(Span(s.span.start, cut, at), s.paragraph, 0))
            out.append(Sentence(Span(cut + lead, s.span.end, rest.lstrip()), s.paragraph, 0))
        else:
            out.append(s)
    out = [dataclasses.replace(s, index=i) for i, s in enumerate(out)]
    an = dataclasses.replace(ctx.analysis, sentences=tuple(out), main_ideas=tuple(out[:1]))
    return dataclasses.replace(ctx, analysis=an) if dataclasses.is_dataclass(ctx) else type(ctx)(
        ctx.article, an, ctx.rng, ctx.kinds)


def test_a_dateline_set_apart_as_a_sentence_is_passed_over() -> None:
    ctx = _split_first(_ctx(f"{TITLE}\n\nHARBOR POINT - {LEDE}\n\n{BODY}"), "HARBOR POINT -")
    assert ctx.analysis.sentences[0].span.text == "HARBOR POINT -"
    keys = [k for k, _ in main_idea.news_lede_keys(ctx)]
    assert keys and all(k.startswith("The ferry crews of the northern islands") for k in keys), keys


def test_a_pronoun_in_an_opening_phrase_dropped_with_it_is_no_bar() -> None:
    lede = ("Despite her plea for calm on Sunday, the ferry crews of the northern islands went on strike on "
            "Monday, leaving the islands cut off from the mainland.")
    keys = [k for k, _ in main_idea.news_lede_keys(_ctx(f"{TITLE}\n\n{lede}\n\n{BODY}"))]
    assert keys and all(k.startswith("The ferry crews of the northern islands") for k in keys), keys
    # a pronoun in the main clause before any name still bars it
    lede = ("Despite the long dispute over wages, they went on strike on Monday, leaving the northern islands cut "
            "off from the mainland.")
    assert main_idea.news_lede_keys(_ctx(f"{TITLE}\n\n{lede}\n\n{BODY}")) == []


def test_the_first_of_two_main_clauses_is_a_whole_sentence() -> None:
    from quizgen.generate.main_idea import first_conjunct

    assert first_conjunct("The ferry strike cut the northern islands off from the mainland, and the crews said "
                          "they would stay out until their pay rose.") == \
        "The ferry strike cut the northern islands off from the mainland"
    # a clause of contrast may be the point: never cut off
    assert first_conjunct("The ferry company calls itself a friend of the islands, but there is little in its "
                          "new timetable that matches its words.") is None
    assert first_conjunct("The ferry strike cut the northern islands off from the mainland and the port.") is None
    assert first_conjunct("The crews stopped the ferries, stranding travelers at the dock for hours.") is None
