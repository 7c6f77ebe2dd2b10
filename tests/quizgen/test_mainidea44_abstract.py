"""Main idea, mi44: the paper's own one-sentence summary, printed under an "ABSTRACT." label above the story's
"FULL TEXT." (the ingest sets both labels aside), is the key when no other route finds one, even when it words the
headline its own way; never a summary that guesses ("… could …"), nor one sharing no word of the headline. A detail
in parentheses ("(The tally does not include …)") is no distractor."""
from __future__ import annotations

import random

from quizgen.generate import main_idea
from quizgen.generate.base import Context
from quizgen.ingest import load_article

BODY = ("When Mary Olsen woke on Monday morning, the sea was already lapping at the garden gate of her house.\n\n"
        "The county library opened a new reading room on the east side of the square last week.\n\n"
        "The ferry to the islands will run twice a day until the end of the summer season this year.\n\n"
        "The bakers on the main street sold more bread than ever before in the spring of this year.\n\n"
        "A later hearing on the cost of the new school is set for the second week of June with the planners.\n\n"
        "The football club of the town signed two new players from the league in the south last month.\n\n"
        "The old cinema on the harbour front will show films in three languages from the autumn on.\n\n"
        "(The county figures do not include the small farms on the hills above the river valley.)\n\n")


def _items(tmp_path, title: str, abstract: str) -> list:
    from quizgen import analyse
    from quizgen.nlp import load

    path = tmp_path / "story.txt"
    path.write_text(f"{title}\n\nABSTRACT.\n\n{abstract}\n\nFULL TEXT.\n\n{BODY}", encoding="utf-8")
    art = load_article(path)
    analysis = analyse(art, nlp=load())
    out = []
    for seed in range(3):
        out += main_idea.generate(Context(art, analysis, random.Random(seed), frozenset({"multiple_choice"})))
    return out


ABSTRACT = "Fishing villages along the northern coast are preparing for heavy storms and high tides this winter."


def test_a_printed_abstract_is_the_key(tmp_path) -> None:
    items = _items(tmp_path, "Harbour towns brace for winter;", ABSTRACT)
    assert items
    for item in items:
        assert item.options[item.answer] == ABSTRACT.rstrip(".")
        assert not any(o.startswith(("(", "When Mary Olsen")) for o in item.options), item.options


def test_an_abstract_that_guesses_or_misses_the_headline_is_no_key(tmp_path) -> None:
    guess = "A calmer winter could help fishing villages along the northern coast recover their losses."
    assert not _items(tmp_path, "Harbour towns brace for winter;", guess)
    assert not _items(tmp_path, "Council weighs new ferry timetable;", ABSTRACT)


def test_a_detail_in_parentheses_is_no_distractor() -> None:
    from factories import plain_analysis, plain_article

    art = plain_article("Dover closes old bridge\n\nThe council of Dover voted on Monday to close the old river "
                        "bridge.\n\n" + BODY)
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    pool, _ = main_idea._details(ctx, "The council of Dover voted on Monday to close the old river bridge",
                                 ctx.analysis.sentences[0])
    assert pool and not any(d.startswith("(") for d in pool), pool


def test_the_united_states_is_no_report_of_words() -> None:
    """"States" in "the United States" is no speech verb: a lede naming the country reports no one's words."""
    lede = "While its rules are strict, the United States admits more migrants than most"
    assert main_idea._REPORT.search(lede) is None
    assert main_idea._REPORT.search("The mayor states that the bridge will close") is not None


def test_a_detail_pointing_at_what_came_before_is_no_distractor() -> None:
    """"… that level of violence", "… gaining a similar victory", "Among the most notable is …": read alone, each
    points at something the option never states."""
    from factories import plain_analysis, plain_article

    pointing = ("There is no chance of that level of violence on the bridge, officials in the town insist.\n\n"
                "The mayor has a large following, but he is a long way from gaining a similar victory in the hills.\n\n"
                "Among the most notable is the ferry company's plan to run boats through the night.\n\n")
    art = plain_article("Dover closes old bridge\n\nThe council of Dover voted on Monday to close the old river "
                        "bridge.\n\n" + BODY + pointing)
    ctx = Context(art, plain_analysis(art), random.Random(1), frozenset({"multiple_choice"}))
    pool, _ = main_idea._details(ctx, "The council of Dover voted on Monday to close the old river bridge",
                                 ctx.analysis.sentences[0])
    assert pool and not any(w in d for d in pool for w in ("that level", "a similar", "Among the")), pool
