"""Main idea (capacity 35): a sentence the ranker rates highly is a distractor when it lies past the
article's opening and states a plain detail; in the opening, or restating the key, it stays out."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate.base import Context
from quizgen.generate.main_idea import _details

BRIDGE = ("Dover council votes to close the old river bridge\n\n"
          "The council of Dover voted on Monday to close the old river bridge to all traffic.\n\n"
          "The vote came after a long evening of debate in the crowded town hall on the hill.\n\n"
          "Engineers had warned for two years that the stone pillars were cracking in several places.\n\n"
          "Shop owners on the east bank worry that their customers will drive to the mall instead.\n\n"
          "A ferry service for walkers and cyclists will start running from the harbour in the spring.\n\n"
          "The council will close the old river bridge because the council says the bridge is unsafe.\n")


def _ctx(ranked: tuple[int, ...]) -> Context:
    art = plain_article(BRIDGE)
    an = plain_analysis(art)
    an = plain_analysis(art, main_ideas=tuple(an.sentences[i] for i in ranked))
    return Context(art, an, random.Random(1), frozenset({"multiple_choice"}))


def test_a_ranked_sentence_past_the_opening_is_a_distractor() -> None:
    ctx = _ctx((0, 3, 1))
    best = ctx.analysis.sentences[0]
    pool, _ = _details(ctx, "The council of Dover voted on Monday to close the old river bridge to all traffic", best)
    assert any(d.startswith("Shop owners on the east bank worry") for d in pool), pool


def test_a_ranked_sentence_restating_the_key_stays_out() -> None:
    ctx = _ctx((0, 5, 3))
    best = ctx.analysis.sentences[0]
    pool, _ = _details(ctx, "The council of Dover voted on Monday to close the old river bridge to all traffic", best)
    assert not any(d.startswith("The council will close") for d in pool), pool


def test_a_lede_whose_subject_names_the_headline_pair_is_the_key() -> None:
    """The parse may give the lede's root two subjects ("candidates" and "Clinton"): the headline's
    subject is found among all of them."""
    from quizgen.generate.main_idea import _headline_subject

    text = ("Clinton and Sanders face the voters in Ohio\n\n"
            "Democratic presidential candidates Hillary Clinton and Bernie Sanders made their cases to voters "
            "in Ohio on Wednesday, just six days before the state's primary.\n")
    art = plain_article(text)
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    assert _headline_subject(ctx, art.paragraphs[0].text)


def test_no_distractor_drops_a_short_phrase_its_verb_needs() -> None:
    text = ("Dover council votes to close the old river bridge\n\n"
            "The council of Dover voted on Monday to close the old river bridge to all traffic.\n\n"
            "The vote came after a long evening of debate in the crowded town hall on the hill.\n\n"
            "Engineers had warned for two years that the stone pillars were cracking in several places.\n\n"
            "The ferry captain Tom Reed is famous in the town for his role in helping to carry the farmers and "
            "sheep across the river that divided North from South.\n\n"
            "A ferry service for walkers and cyclists will start running from the harbour in the spring.\n")
    art = plain_article(text)
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    best = ctx.analysis.sentences[0]
    pool, _ = _details(ctx, "The council of Dover voted on Monday to close the old river bridge to all traffic", best)
    assert not any(d.endswith("divided North") for d in pool), pool
    assert any(d.startswith("A ferry service") for d in pool), pool


INVITE = ("Greece Invites Larsen to Visit Crete, Says There Is No Mining Damage\n\n"
          "A Greek trade ministry spokesperson has invited Senator Anna Larsen to visit the southern island of "
          "Crete, following the latest round of sanctions on Greek firms accused of harming the seabed.\n\n"
          "The ministry spokesperson told reporters on Thursday that the mines on the islands had caused no damage.\n\n"
          "Larsen has led a campaign in the senate for tighter rules on deep sea mining in the south.\n\n"
          "The island lies about halfway between the mainland of Greece and the coast of Africa.\n\n"
          "About three thousand people live on the islands, most of them in the small towns of the north coast.\n\n"
          "Coal mining on the islands began more than a century ago and has slowly declined since then.\n\n"
          "Several mining companies have moved their work to the seabed in the last ten years.\n\n"
          "A team of marine scientists will publish a survey of the seabed near the islands next year.\n")


def _invite_context():
    from factories import sentence_context, span_at

    from quizgen.model import Attribution

    art = plain_article(INVITE)
    src = span_at(art, "A Greek trade ministry spokesperson")
    cue = span_at(art, "has invited")
    content = span_at(art, "Senator Anna Larsen to visit the southern island of Crete")
    # the ledger reads the invitation as someone's act of speech, unsure of the unnamed source
    att = Attribution(source="Greek trade ministry spokesperson", source_text=src.text, source_span=src,
                      source_kind="government", cue="has invited", cue_span=cue, content=content.text,
                      content_spans=(content,), direct=False, paragraph=1, relay=None, certainty="attributed",
                      hedge=None, source_confidence=0.7, kind_confidence=0.6, claim_confidence=1.0)
    return sentence_context(art, [att])


def test_a_lede_keeping_its_unnamed_speaker_whole_is_the_key() -> None:
    from quizgen.generate import main_idea

    items = main_idea.generate(_invite_context())
    assert items
    keyed = items[0].options[items[0].answer]
    assert keyed.startswith("A Greek trade ministry spokesperson has invited Senator Anna Larsen"), keyed
    assert "following" not in keyed


FACE = ("Reyes and Holt face the voters in Ohio\n\n"
        "Democratic presidential candidates Tom Reyes and Jane Holt made their cases to voters in Ohio on Wednesday, "
        "just six days before the state's first-in-the-nation primary.\n\n"
        "The town hall was held in the gym of a high school on the edge of the old steel town.\n\n"
        "Reyes said a new tax on large fortunes would pay for free tuition at every public college in the state.\n\n"
        "Holt has said she would not raise taxes on working families.\n\n"
        "A retired nurse from the west side asked about medicine costs.\n\n"
        "Several hundred people waited in the cold outside the hall.\n")


def test_a_closing_time_phrase_is_cut_from_the_lede() -> None:
    from factories import sentence_context

    from quizgen.generate import main_idea

    items = main_idea.generate(sentence_context(plain_article(FACE), []))
    assert items
    keyed = items[0].options[items[0].answer]
    assert keyed.startswith("Democratic presidential candidates Tom Reyes and Jane Holt made their cases"), keyed
    assert "six days" not in keyed, keyed


DOCK = ("Harbor town opens its new fishing dock\n\n"
        "The harbor town of Port Ellen opened its new fishing dock on Monday after two years of building work.\n\n"
        "The mayor, Ruth Hale, said the project would bring more boats and more visitors to the bay every summer.\n\n"
        "The old wooden pier at the north end of the bay was closed last winter after a storm broke many of "
        "its posts.\n\n"
        "Tom Reed, a fisherman, said the tall cranes would save his crew an hour of lifting every single morning.\n\n"
        "Workers poured the concrete for the dock wall during the calm weeks of the late summer season.\n\n"
        "Ann Cole, a fish seller, told reporters that prices for fresh cod had risen sharply this season.\n\n"
        "A small cafe for the boat crews serves hot soup in a painted shed beside the ice house.\n")


def test_distractors_that_report_no_ones_words_come_first() -> None:
    """A detail reporting someone's words is the sentence a who-said item asks about: the main-idea item
    prints it only when too few plain statements are left (the lesson would leave out one of the two)."""
    from factories import sentence_context

    from quizgen.generate import main_idea

    for seed in range(4):
        ctx = sentence_context(plain_article(DOCK), [])
        ctx.rng.seed(seed)
        items = main_idea.generate(ctx)
        assert items
        it = items[0]
        distractors = [o for i, o in enumerate(it.options) if i != it.answer]
        assert not any(" said " in d or " told " in d for d in distractors), distractors


def test_a_detail_comparing_with_what_came_before_is_no_option() -> None:
    """"X has been even more scathing in his remarks": more than whom the sentence before named; read
    alone among the options, the comparison has nothing to lean on."""
    from quizgen.generate.main_idea import _unfit_option

    assert _unfit_option("Tom Reyes, the party's nominee, has been even more scathing in his remarks about the plan")
    assert _unfit_option("The council went even further, closing the bridge to walkers as well")
    assert _unfit_option("Mr. Reed was more upbeat about the plans for a new ferry across the harbor")
    assert not _unfit_option("Mr. Reed was more upbeat than the mayor about the plans for a new ferry")
    assert _unfit_option("Further, the cost of the repairs has made it hard to keep the old bridge open")
    assert not _unfit_option("Further talks on the cost of the repairs are planned for the spring")
    assert not _unfit_option("The council voted on Monday to close the old river bridge to all traffic")


def test_a_conceded_then_turned_argument_is_no_distractor() -> None:
    """"The fight is undeniably a show for the cameras, but overlooked is that …": the writer concedes and
    turns to a claim of their own, the way an analysis states its point: a second defensible answer."""
    text = ("Dover council votes to close the old river bridge\n\n"
            "The council of Dover voted on Monday to close the old river bridge to all traffic.\n\n"
            "The vote came after a long evening of debate in the crowded town hall on the hill.\n\n"
            "Engineers had warned for two years that the stone pillars were cracking in several places.\n\n"
            "The quarrel over the crossing is undeniably a show for the cameras, but overlooked is that both sides "
            "want the same thing.\n\n"
            "A ferry service for walkers and cyclists will start running from the harbour in the spring.\n")
    art = plain_article(text)
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    best = ctx.analysis.sentences[0]
    pool, _ = _details(ctx, "The council of Dover voted on Monday to close the old river bridge to all traffic", best)
    assert not any(d.startswith("The quarrel over the crossing") for d in pool), pool
    assert any(d.startswith("A ferry service") for d in pool), pool
