"""Issue 10 point 1, for articles built on a few speakers: "According to ¶N, where were these words said or
written: "…"?" keyed by the
words the article writes right at the claim's verb of saying: on a television programme ("said on CNN's State
of the Union"), in a written statement, in a post on social media, in a speech or at a rally, to reporters.
Only where exactly one of these is written at the cue itself (not a tweet the claim is about, not a speech
the sentence mentions for another claim). Constructed texts."""
from __future__ import annotations

from test_generate_j13 import _ctx

from quizgen import kinds
from quizgen.generate import venue
from quizgen.generate.lesson import select
from quizgen.model import Item, Support

_HARBOUR = ("Mayor defends the harbour wall\n\n"
            "Mayor Ann Holt on Sunday defended the plan to build a new sea wall along the old harbour.\n\n"
            "\"The wall is the only plan that protects the fish market before next winter,\" Holt said on CNN's "
            "\"State of the Union.\"\n\n"
            "The harbour flooded three times last winter, closing the fish market for a week each time.\n\n"
            "Council leader Tom Reyes said in a statement that the town would raise its half of the cost by June.\n\n"
            "The state has offered to pay half of the cost if the town raises the rest.\n\n"
            "Fishing boats have moored in the next town since the spring.\n\n"
            "\"Every family on the harbour front will sleep better once the wall stands,\" Carl Dunmore told a crowd "
            "at a rally on the quay.\n\n"
            "The council will vote on the plan at its meeting next month.\n")


def _items(text):
    ctx, an = _ctx(text)
    return venue.generate(ctx), an


def test_a_claim_said_on_a_television_programme_is_keyed_so():
    items, _ = _items(_HARBOUR)
    holt = [it for it in items if "only plan that protects" in it.stem]
    assert holt, [it.stem for it in items]
    it = holt[0]
    assert kinds.keyed_texts(it) == [venue.VENUES["broadcast"]]
    assert "CNN" not in it.stem and "State of the Union" not in it.stem  # the stem never shows the answer
    assert "Holt" not in it.stem  # nor the speaker: a "who said" on the quotation may stand beside it
    assert "only plan that protects the fish market" in it.stem
    assert len(it.options) == 4 and len(set(it.options)) == 4
    assert it.skill == "sourcing"
    assert not kinds.KINDS["multiple_choice"].check(it, strict=True)


def test_a_quotation_told_to_a_crowd_and_no_item_on_a_reported_claim():
    items, _ = _items(_HARBOUR)
    keyed = {kinds.keyed_texts(it)[0] for it in items}
    assert venue.VENUES["speech"] in keyed, [it.stem for it in items]
    # "Reyes said in a statement that the town would …": the writer's words, not the ones written
    assert all("raise its half" not in it.stem for it in items)
    assert len(items) <= venue.MAX_ITEMS
    assert len(keyed) == len(items)  # never the same answer twice in one lesson


_NOT_AT_CUE = ("Governor answers critics\n\n"
               "Governor Ann Holt on Sunday answered critics of her budget.\n\n"
               "Holt said Tom Reyes's tweet about the budget meant that the state would close three schools next "
               "year.\n\n"
               "Reyes, who suggested in a recent speech that the budget was unfair, said the cuts would hurt "
               "rural towns most.\n\n"
               "\"We will keep every school open through the next year,\" Holt told reporters at a rally in "
               "the capital.\n\n"
               "The budget would cut spending on roads and parks by a tenth over the next two years.\n\n"
               "Rural towns have lost three schools and two clinics since the last budget was passed.\n\n"
               "The state's teachers union has asked the legislature to delay the vote until the spring.\n\n"
               "The legislature will vote on the budget next month.\n")


def test_no_item_where_the_venue_is_not_written_at_the_cue_or_two_are():
    # a tweet the claim is about, a speech the sentence names for another claim, "told reporters at a rally"
    # (two venues at once): none of them says surely how the claim was made
    items, _ = _items(_NOT_AT_CUE)
    assert items == [], [(it.stem, kinds.keyed_texts(it)) for it in items]


def test_a_venue_item_is_never_beside_another_item_on_its_sentence():
    # another item quoting the sentence prints the venue words ("… Holt said on CNN's …" in a kind-of-source
    # stem): one of the two in a lesson
    items, _ = _items(_HARBOUR)
    it = next(x for x in items if "only plan that protects" in x.stem)
    sup = it.support[0]
    sentence = next(s for s in _HARBOUR.split("\n\n") if "State of the Union" in s)
    other = Item(id="x", skill="certainty", kind="multiple_choice",
                 stem=f"In ¶{sup.paragraph} the article says: {sentence} How does the article present this claim?",
                 options=("As a fact, with no source", "As a claim a named person makes", "As a rumour"),
                 answer=1, explanation="", support=(Support(sup.paragraph, sup.start, sup.end, sup.text),))
    chosen = select([it, other], 15)
    assert len(chosen) == 1, [c.stem for c in chosen]


def test_a_who_said_item_on_the_same_quotation_may_stand_beside_it():
    items, _ = _items(_HARBOUR)
    it = next(x for x in items if "only plan that protects" in x.stem)
    sup = it.support[0]
    who = Item(id="w", skill="attribution", kind="multiple_choice",
               stem="According to ¶2, who said, \"The wall is the only plan that protects the fish market…\"?",
               options=("Ann Holt", "Tom Reyes", "Carl Dunmore"), answer=0, explanation="",
               support=(Support(sup.paragraph, sup.start, sup.end, sup.text),))
    assert len(select([it, who], 15)) == 2


def _gap(n: int) -> Item:
    """A key-detail item of its own, on a sentence of its own (no text shared with any other)."""
    text = f"Detail number {n} of the constructed lesson stands alone here."
    return Item(id=f"k{n}", skill="key_detail", kind="short_answer",
                stem=f"Complete the detail from ¶{n + 20}: \"Detail number ______ stands alone {n}.\"",
                options=(), answer=[f"alpha{n}"], explanation="",
                support=(Support(n + 20, 10_000 + 100 * n, 10_000 + 100 * n + len(text), text),))


def test_a_venue_item_only_fills_a_lesson_still_short_of_ten():
    items, _ = _items(_HARBOUR)
    it = items[0]
    full = [_gap(n) for n in range(12)]
    assert all(c is not it for c in select(full + [it], 15))  # a full lesson: never in place of another
    short = [_gap(n) for n in range(5)]
    assert any(c is it for c in select(short + [it], 15))  # a short one: one more item


_INTERVIEWS = ("Harbour wall divides the town\n\n"
               "The town council on Monday approved the first stage of a new sea wall along the old harbour.\n\n"
               "\"Every family on the harbour front will sleep better once the wall stands,\" Carl Dunmore told "
               "The Harbour Herald.\n\n"
               "The wall would cost about $40 million and take four years to build, the council's plan shows.\n\n"
               "\"The market cannot survive another winter of floods like the last one,\" Ann Holt told the annual "
               "meeting of the fishermen's guild.\n\n"
               "The harbour flooded three times last winter, closing the fish market for a week each time.\n\n"
               "The state has offered to pay half of the cost if the town raises the rest by June.\n\n"
               "The council will vote on the second stage at its meeting next month.\n")


def test_words_told_to_a_newspaper_and_to_a_meeting():
    items, _ = _items(_INTERVIEWS)
    by_words = {it.stem.split(": ", 1)[1]: it for it in items}
    herald = next((it for w, it in by_words.items() if "Every family" in w), None)
    assert herald is not None, list(by_words)
    assert kinds.keyed_texts(herald) == [venue.VENUES["interview"]]
    # "on a television programme" and "speaking to reporters" are near enough to an interview to be defended:
    # never wrong options beside it
    assert venue.VENUES["broadcast"] not in herald.options and venue.VENUES["reporters"] not in herald.options
    assert len(herald.options) == 4
    guild = next((it for w, it in by_words.items() if "The market cannot survive" in w), None)
    assert guild is not None and kinds.keyed_texts(guild) == [venue.VENUES["speech"]]


def test_a_lesson_takes_one_item_of_each_venue_at_most():
    items, _ = _items(_HARBOUR)
    it = next(x for x in items if "only plan that protects" in x.stem)
    twin = Item(id="t", skill=it.skill, kind=it.kind, stem=it.stem.replace("¶2", "¶9"), options=it.options,
                answer=it.answer, explanation=it.explanation,
                support=(Support(9, 50_000, 50_100, "Another sentence said on air, far from the first."),))
    chosen = select([_gap(n) for n in range(4)] + [it, twin], 15)
    assert sum(1 for c in chosen if c is it or c is twin) == 1


_FOLLOW_ON = ("Mayor defends the harbour wall\n\n"
              "Mayor Ann Holt on Sunday defended the plan to build a new sea wall along the old harbour.\n\n"
              "\"The wall is the only plan that protects the fish market before next winter,\" Holt said on CNN's "
              "\"State of the Union.\" \"Every winter without it costs the market its best weeks and its boats.\"\n\n"
              "The harbour flooded three times last winter, closing the fish market for a week each time.\n\n"
              "The state has offered to pay half of the cost if the town raises the rest by June.\n\n"
              "Fishing boats have moored in the next town since the spring, and the market has lost its traders.\n\n"
              "The council will vote on the plan at its meeting next month, and the mayor expects it to pass.\n")


def test_a_quotation_following_on_the_venue_sentence_is_asked_on_its_own_sentence():
    # '"A," Holt said on CNN\'s "State of the Union." "B."': B was said on the same programme; an item on B rests
    # on B's sentence, so items on A's sentence leave it free
    items, _ = _items(_FOLLOW_ON)
    follow = [it for it in items if "Every winter without it" in it.stem]
    assert follow, [it.stem for it in items]
    it = follow[0]
    assert kinds.keyed_texts(it) == [venue.VENUES["broadcast"]]
    assert it.support[0].text.startswith("\"Every winter") or it.support[0].text.startswith("Every winter"), \
        it.support[0].text
    assert "CNN" in it.explanation
    # the words that tell the venue are cited too (judged blind, K42: the quotation alone was cited)
    assert any("said on CNN" in sup.text for sup in it.support), [sup.text for sup in it.support]


def test_a_shown_quotation_never_opens_a_bracket_it_does_not_close():
    from quizgen.model import Span
    long = ("I found myself, in my forties, wanting to find some sort of deeper insight into [some of the things] "
            "they were feeling")
    shown = venue._shown(Span(0, len(long), long))
    assert shown is not None and "[" not in shown, shown


_COLUMN = ("A columnist on the harbour wall\n\n"
           "The town's best-known columnist, Ann Holt, has come out against the new sea wall.\n\n"
           "\"The wall would cost every family in the town more than it could ever save the market,\" Holt wrote.\n\n"
           "The wall would cost about $40 million and take four years to build.\n\n"
           "The harbour flooded three times last winter, closing the fish market for a week each time.\n\n"
           "The state has offered to pay half of the cost if the town raises the rest by June.\n\n"
           "Fishing boats have moored in the next town since the spring, and the market has lost traders.\n\n"
           "The council will vote on the plan at its meeting next month, and the mayor expects it to pass easily.\n\n"
           "Engineers have said the old harbour wall was built more than a century ago and has not been repaired.\n")


def test_words_a_source_wrote_are_keyed_as_writing_among_spoken_venues_only():
    items, _ = _items(_COLUMN)
    holt = [it for it in items if "cost every family" in it.stem]
    assert holt, [it.stem for it in items]
    it = holt[0]
    assert kinds.keyed_texts(it) == [venue.VENUES["writing"]]
    # a written statement and a post are writing too: never wrong options beside it
    assert venue.VENUES["statement"] not in it.options and venue.VENUES["social"] not in it.options
    assert len(it.options) == 4


def test_something_written_is_never_a_wrong_option():
    for text in (_HARBOUR, _INTERVIEWS, _FOLLOW_ON):
        items, _ = _items(text)
        for it in items:
            assert venue.VENUES["writing"] not in it.options, it.options


_MORE = ("Harbour wall wins friends\n\n"
         "The town council on Monday approved the first stage of a new sea wall along the old harbour.\n\n"
         "\"Every family on the harbour front will sleep better once the wall stands,\" Carl Dunmore said, speaking "
         "to reporters outside the council building.\n\n"
         "The wall would cost about $40 million and take four years to build, the council's plan shows.\n\n"
         "\"The market cannot survive another winter of floods like the last one,\" said Ann Holt in an interview.\n\n"
         "The harbour flooded three times last winter, closing the fish market for a week each time.\n\n"
         "Tom Reyes, the council leader, issued a statement on the vote, saying, \"The town has waited far too long "
         "for a wall that keeps its market dry.\"\n\n"
         "\"The state will pay half of the cost if the town raises the rest,\" Lisa Moran wrote in a letter to the "
         "council.\n\n"
         "The council will vote on the second stage at its meeting next month.\n")


def test_more_ways_of_writing_where_words_were_said():
    items, _ = _items(_MORE)
    keyed = {it.stem.split(": ", 1)[1][:20]: kinds.keyed_texts(it)[0] for it in items}
    want = {"\"Every family on the": venue.VENUES["reporters"],
            "\"The market cannot s": venue.VENUES["interview"],
            "\"The town has waited": venue.VENUES["statement"],
            "\"The state will pay ": venue.VENUES["writing"]}
    got = {k: v for k, v in keyed.items() if k in want}
    # two at most keyed to one venue, six at most in all: every one of these four is a different venue
    assert got == want, keyed


def test_no_item_on_a_quotation_that_reports_someone_else_saying_something():
    # '"…," Bush told CNN. "Clinton last night said that it is not our fight."': where were these words said?
    # the stem would read as a question about Clinton's words
    text = _FOLLOW_ON.replace("\"Every winter without it costs the market its best weeks and its boats.\"",
                              "\"The governor said last night that the wall was not the state's business.\"")
    items, _ = _items(text)
    assert all("The governor said" not in it.stem for it in items), [it.stem for it in items]


def test_no_follow_on_item_across_a_sentence_of_the_writers():
    # '"A," Holt said on CNN. The traders cheered her at the quay. "B."': B may have been said at the quay
    text = _FOLLOW_ON.replace("\"State of the Union.\" \"Every winter",
                              "\"State of the Union.\" The market traders cheered the mayor at the quay. "
                              "\"Every winter")
    items, _ = _items(text)
    assert all("Every winter" not in it.stem for it in items), [it.stem for it in items]
