"""The failures judged blind on the kept-aside sets T15 and T16 (stop 55), each on constructed text of the same
shape: a "named source" certainty item citing its sentence only up to "according to a report", the name left
out; an evidence item and a certainty item on one sentence (the evidence stem prints the source); a sentence
whose verb gives someone's point ("an email stressing …") keyed "stated as fact"; a missing voice who is quoted
in the article but "did not respond to requests for an interview"; an explanation citing '…," Rubio wrote' with the
quotation's marks dropped. All texts are constructed."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest
from factories import claim, labelled_entities, plain_analysis, plain_article, sentence_context

from quizgen.analysis import analyse
from quizgen.analysis.attributions import unsure_of_possessors
from quizgen.generate import attribution, certainty, evidence, key_detail, perspective, venue
from quizgen.generate.base import Context, cite, closed_after, make_item, opened_before, support_for
from quizgen.generate.lesson import _kinds_of_one_sentence
from quizgen.ingest import article_from_text
from quizgen.ingest.setaside import classify_line
from quizgen.model import CONFIDENT, ITEM_KINDS, Entity, Span, Support

FILLER = ("The council met on Monday evening to discuss the budget for next year. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 5
WARD = "Council leader Ann Ward said the delay would save the county about two million dollars this year."


def _ctx(nlp, paragraphs, title="Race Tightens In The Valley"):
    article = article_from_text(title + "\n\n" + "\n\n".join([*paragraphs, FILLER]))
    return Context(article, analyse(article, nlp=nlp), random.Random(0), frozenset(ITEM_KINDS))


# 1. "…, according to a report in the Lakeside Gazette": the cited passage shows the name the key stands on.
def test_a_named_source_after_its_cue_is_in_the_cited_passage(nlp):
    sentence = "Coin tosses settled at least six county races in Monday's caucuses, according to a report in the " \
               "Lakeside Gazette."
    ctx = _ctx(nlp, [sentence, WARD])
    items = [it for it in certainty.generate(ctx) if "Coin tosses" in it.stem]
    assert items, [it.stem for it in certainty.generate(ctx)]
    (item,) = items
    assert item.options[item.answer].startswith("Attributed to a named source")
    assert "Lakeside Gazette" in item.support[0].text, item.support
    assert item.support[0].text.rstrip().endswith("Gazette."), item.support


def test_a_source_named_before_the_claim_keeps_its_passage(nlp):
    ctx = _ctx(nlp, [WARD, "Tom Bale, the county engineer, said the old bridge could stay open for five more years."])
    cited = [it.support[0].text for it in certainty.generate(ctx) if "two million dollars" in it.stem]
    assert cited and all(t.startswith("Council leader Ann Ward said") and t.endswith("this year") for t in cited), \
        cited


# 2. Evidence and certainty on one sentence: the evidence stem prints the source, which answers the other.
def _item(article, skill, start, end):
    sup = support_for(article, start, end)
    return make_item(skill, "multiple_choice", f"A {skill} question?", ["a", "b", "c", "d"], 0, "Why.", [sup])


def test_evidence_and_certainty_items_on_one_sentence_never_stand_together():
    text = ("Coin flips in the valley\n\n"
            "Coin flips decided six county races on Monday, according to a report in the Lakeside Gazette.\n\n"
            "The county will count the postal votes again next week, officials said on Tuesday.\n")
    article = plain_article(text)
    first = article.paragraphs[0]
    second = article.paragraphs[1]
    evidence_item = _item(article, "evidence", first.start, first.start + len(first.text))
    certainty_same = _item(article, "certainty", first.start, first.start + len(first.text) - 40)
    certainty_other = _item(article, "certainty", second.start, second.start + len(second.text))
    sourcing_same = _item(article, "sourcing", first.start, first.start + len(first.text))
    attribution_same = _item(article, "attribution", first.start, first.start + len(first.text))
    assert _kinds_of_one_sentence(evidence_item, certainty_same)
    assert _kinds_of_one_sentence(certainty_same, evidence_item)
    assert _kinds_of_one_sentence(evidence_item, sourcing_same)  # the earlier pair still clashes
    assert not _kinds_of_one_sentence(evidence_item, certainty_other)  # another sentence
    assert not _kinds_of_one_sentence(certainty_same, attribution_same)  # not this rule's pair


# 3. "sent out a fundraising email stressing …", "he offered his thoughts on …", "in an interview": someone's point
# or account, never "stated as fact" (the ledger may miss it); a plain sentence beside them is still a fact.
@pytest.mark.parametrize("saturday, friday", [
    ("his campaign sent out a fundraising email stressing the impact his bid has had on the race",
     "the Ruiz team vowed to visit every town in the county before the vote in June"),
    ("the actor offered his thoughts on the 12 candidates in the race for governor",  # judged on T18
     "the actor gave an interview to a radio station in the county of Marin"),
])
def test_a_verb_giving_someone_s_point_is_no_plain_fact(saturday, friday):
    text = ("Ruiz surges in the valley\n\n"
            f"On Saturday, {saturday}.\n\n"
            "On Sunday, his campaign opened twelve new field offices across the county of Marin.\n\n"
            f"On Friday, {friday}.\n\n"
            f"{WARD}\n")
    article = plain_article(text)
    ward = claim(article, "Ann Ward", "person", "Council leader Ann Ward", "said",
                 "the delay would save the county about two million dollars this year")
    ctx = sentence_context(article, [ward], labelled_entities(article, "DATE", "Saturday", "Sunday", "Friday"))
    facts = [s.text for s in certainty._plain_facts(ctx)]
    assert any(t.startswith("On Sunday") for t in facts), facts
    assert not any(t.startswith(("On Saturday", "On Friday")) for t in facts), facts


# 4. A voice the article quotes who "did not respond to requests for an interview" is no missing voice; one
# who "has not responded to the mayor's remarks" still is (an earlier judged case).
MAYOR = ("Harbor deal splits the town\n\n"
         "Mayor Zoe Lark said on Monday that the harbor deal signed by developer Dan Vale would cost the town its "
         "beach and that the council had been misled about the price.\n\n"
         "{reply}\n\n"
         "\"We will build the best marina on this coast,\" Vale told the Harbor Times last year.\n\n"
         "Fishermen who use the old pier have asked the council for a meeting before the vote in June.\n\n"
         "The council will vote on the deal on June 12, and the state must approve it before work can start.\n\n"
         + FILLER)


def _declined(nlp, reply):
    article = article_from_text(MAYOR.format(reply=reply))
    ctx = Context(article, analyse(article, nlp=nlp), random.Random(0), frozenset(ITEM_KINDS))
    return [d[0] for d in perspective._declines(ctx)]


def test_a_quoted_voice_silent_only_to_the_reporter_is_not_missing(nlp):
    assert not any("Vale" in d for d in _declined(nlp, "Vale did not respond to requests for an interview.")), \
        _declined(nlp, "Vale did not respond to requests for an interview.")
    assert not any("Vale" in d for d in _declined(nlp, "Vale did not return calls seeking comment."))


def test_a_quoted_voice_who_has_not_answered_the_charge_is_still_missing(nlp):
    got = _declined(nlp, "Vale has not responded to the mayor's remarks.")
    assert any("Vale" in d for d in got), got


# 5. An explanation citing '…," Rubio wrote' keeps the quotation's marks (as single ones inside its own double marks):
# judged blind (T15), the marks dropped made "…, Rubio wrote" read as the speaker's words.
@pytest.mark.parametrize("passage, shown", [
    ('I ask you to fund the fight against the virus," Rubio wrote', "'I ask you to fund the fight against the "
                                                                   "virus,' Rubio wrote"),
    ("I ask you to fund the fight,” Rubio wrote", "‘I ask you to fund the fight,’ Rubio wrote"),
    ("We will win the county,'' Lee said", "'We will win the county,' Lee said"),
    ('"We will win the county," Lee said', "'We will win the county,' Lee said"),
    ('Lee called the plan "a disgrace" and left the hall.', "Lee called the plan 'a disgrace' and left the hall."),
    # ending inside a quotation, or opening inside one and ending inside the next (judged on T20)
    ("Anton stated, \u201cIt\u2019s not a political problem; it\u2019s a math problem.",
     "Anton stated, \u2018It\u2019s not a political problem; it\u2019s a math problem.\u2019"),
    ('This is a rallying point," said Penny Nance. "It brings the issue into focus.',
     "'This is a rallying point,' said Penny Nance. 'It brings the issue into focus.'"),
    # one quotation wrapping it all, or none: as before
    ('"We will win the county."', "We will win the county."),
    ("The voters' anger grew over the summer.", "The voters' anger grew over the summer."),
])
def test_a_cited_passage_keeps_its_quotation_marks(passage, shown):
    assert cite(Support(9, 0, len(passage), passage)) == f'¶9: "{shown}"'


@pytest.mark.parametrize("passage, mark", [
    ('fund the fight," Rubio wrote', '"'),
    ("fund the fight,” Rubio wrote", "“"),
    ("fund the fight,'' Rubio wrote", "''"),
    ('Rubio wrote, "fund the fight."', None),
    ("the voters' anger", None),
    ("fund the fight", None),
])
def test_opened_before(passage, mark):
    assert opened_before(passage) == mark


@pytest.mark.parametrize("passage, mark", [
    ('Anton stated, "It is a math problem.', '"'),
    ("Anton stated, \u201cIt is a math problem.", "\u201d"),
    ('Anton stated, "It is a math problem."', None),
    ("It is a math problem, Anton said.", None),
])
def test_closed_after(passage, mark):
    assert closed_after(passage) == mark


# ---------------------------------------------------------------- judged on T18

# 6. "to stop Trump from claiming the Republican nomination is a Hail Mary": taking a prize, no claim of Trump's.
@pytest.mark.parametrize("sentence, speaker", [
    ("The plan to stop Donald Trump from claiming the Republican nomination is a classic Hail Mary play, and it "
     "may not work.", None),
    ("Ann Lee is working hard to claim the title this year, and the club has hired a new coach for her.", None),
    # a finite "claimed" with a clause stays a claim, and so does a claim after "to" that is no prize
    ("Donald Trump claimed the nomination was rigged against him from the start.", "Donald Trump"),
    ("Ann Lee is expected to claim the election was stolen from her by the county.", "Ann Lee"),
])
def test_claiming_a_prize_is_no_claim(nlp, sentence, speaker):
    article = article_from_text("Race Tightens In The Valley\n\n" + sentence + "\n\n" + FILLER)
    claims = [a for a in analyse(article, nlp=nlp).attributions if a.cue.startswith("claim")]
    assert [a.source for a in claims] == ([speaker] if speaker else []), claims


# 7. A poll's finding ends where the writer's own clause begins: after a dash and "but", or at the comma closing a
# "while" clause ("… shows Ruiz with an 8-point lead — but there are warning signs for Ruiz").
@pytest.mark.parametrize("sentence, finding", [
    ("A Lakeside College poll out this week shows Ruiz with an 8-point lead over Lee in a head-to-head race — but "
     "there are some warning signs for Ruiz.", None),
    ("And while a Lakeside College poll released last week showed that Ruiz would carry the county over Lee, the "
     "race was close among older voters.", "Ruiz would carry the county over Lee"),
    ("A Lakeside College poll released last week showed that Ruiz would carry the county by ten points.",
     "Ruiz would carry the county by ten points"),
])
def test_a_poll_s_finding_stops_at_the_writer_s_clause(sentence, finding):
    article = plain_article(f"Ruiz leads in the valley\n\n{sentence}\n\n{WARD}\n")
    ctx = sentence_context(article, [])
    first = article.paragraphs[0]
    got = evidence.backed_claim(ctx, support_for(article, first.start, first.start + len(first.text)), "study/report")
    if finding is None:
        assert got is None or ("warning" not in got and "but" not in got.split()), got
    else:
        assert got == finding


# 8. A gap in a sentence of 2000, in a story of 2016: its options are people of 2000, never the pollsters the story
# quotes in 2016 (judged blind, T18: "since ______ carried it narrowly in 2000" among two pollsters), or no item.
STATE = ("Republicans eye the state again\n\n"
         "Republicans have not won the state since Tom Reed carried it narrowly in 2000, and Ann Gray lost it by a "
         "wide margin in 2004.\n\n"
         "In 2016 the pollster Ray Moss said the state was close. Ray Moss and Lia Hart run the college poll in 2016. "
         "Lia Hart said in 2016 that older voters were undecided.\n\n"
         "Paul Dunn, the party chairman, said in 2016 that the party would spend more in the state this year.\n\n"
         + FILLER)


def test_person_options_in_a_past_year_come_from_that_year():
    article = plain_article(STATE)
    names = ("Tom Reed", "Ann Gray", "Ray Moss", "Lia Hart", "Paul Dunn")
    people = []
    for name in names:
        at = article.text.find(name)
        while at >= 0:
            number = next(p.number for p in article.paragraphs if p.start <= at < p.start + len(p.text))
            people.append(Entity(name, "PERSON", Span(at, at + len(name), name), number))
            at = article.text.find(name, at + 1)
    analysis = plain_analysis(article, entities=tuple(sorted(people, key=lambda e: e.span.start)))
    first = analysis.sentences[0]
    assert key_detail._era(_ctx_of(article, analysis), first) == (2000, 2004)
    for seed in range(6):
        for item in key_detail.generate(_ctx_of(article, analysis, seed)):
            if "carried it" in item.stem and item.kind == "multiple_choice":
                assert not {"Ray Moss", "Lia Hart", "Paul Dunn"} & set(item.options), item.options


def _ctx_of(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


# 9. A lone letter on its line ("X.", an embedded post's leftover mark) is set aside, never a paragraph students read;
# a one-word paragraph of the story stays.
def test_a_lone_letter_is_no_paragraph():
    assert classify_line("X.") == "embed"
    assert classify_line("X") == "embed"
    assert classify_line("Why.") is None
    text = ("Race tightens in the valley\n\nThe county council voted on Tuesday to delay the new bridge.\n\nX.\n\n"
            f"{WARD}\n\n{FILLER}")
    article = article_from_text(text)
    assert all(p.text.strip() != "X." for p in article.paragraphs)
    assert [p.number for p in article.paragraphs][:3] == [1, 2, 3]
    assert article.paragraphs[1].text == WARD


# ---------------------------------------------------------------- judged on T19

# 10. "…," Clinton said answering a question at a town hall: a question from a voter or a reporter, no venue offered
# fits it sure; nor does a town hall itself, a meeting of questions and answers, often televised (judged blind on T19
# and T20); said at a rally, a speech or a rally is the key.
@pytest.mark.parametrize("tag, keyed", [
    ("Ann Lee said answering a question at a town hall in Berlin", None),
    ("Ann Lee said responding to a question at a rally in Berlin", None),
    ("Ann Lee said at a town hall in Berlin", None),
    ("Ann Lee said at a rally in Berlin", "In a speech or at a rally"),
])
def test_an_answer_at_a_town_hall_has_no_sure_venue(nlp, tag, keyed):
    quote = "\u201cWe will fix every road in the county before the winter comes, and we will do it on budget,\u201d"
    ctx = _ctx(nlp, [f"{quote} {tag}.", WARD])
    got = [it.options[it.answer] for it in venue.generate(ctx) if "fix every road" in it.stem]
    assert got == ([keyed] if keyed else []), got


# 11. "Even if X, Y, according to Wieser": the opening clause is the writer's, so "attributed to a named source" is
# no sure key for the whole sentence.
def test_a_concessive_opening_before_according_to_is_not_asked(nlp):
    sentence = ("Even if some of the station's shows annoy the owners, it is still a major source of cash for the "
                "company, with $1.6 billion in profit in 2015, according to Brian Wieser.")
    ctx = _ctx(nlp, [sentence, WARD])
    assert not [it for it in certainty.generate(ctx) if "annoy the owners" in it.stem]
    plain = "The station is still a major source of cash for the company, according to Brian Wieser."
    ctx = _ctx(nlp, [plain, WARD])
    assert [it for it in certainty.generate(ctx) if "major source of cash" in it.stem]


# 12. "The Times quoted one of Carson's advisers as saying …": the adviser speaks, not the paper, and never surely
# Carson, named only as the advisers' owner (the ledger, judged blind on T19: keyed "attributed to a named source").
@pytest.mark.parametrize("who, speaker", [
    ("one of Ruiz's advisers", "one of Ruiz's advisers"),
    ("Ruiz's campaign manager", "Ruiz's campaign manager"),
])
def test_quoted_as_saying_is_the_object_s_claim(nlp, who, speaker):
    sentence = f"The Lakeside Gazette quoted {who} as saying the retired surgeon is having trouble with the budget."
    article = article_from_text("Race Tightens In The Valley\n\nAnn Ruiz is running for governor.\n\n"
                                f"{sentence}\n\n{FILLER}")
    said = [a for a in analyse(article, nlp=nlp).attributions if a.cue == "saying"]
    assert [a.source_text for a in said] == [speaker], said
    assert all(a.source != "Ann Ruiz" or a.source_confidence < CONFIDENT for a in said), said


@pytest.mark.parametrize("written, sure", [
    ("one of Carson's advisers", False),
    ("Carson's", False),
    ("Carson", True),
    ("Dr. Ben Carson", True),
    ("Carson, whose advisers spoke to Carson's rivals", True),  # written once as himself
])
def test_a_person_named_only_as_an_owner_is_no_sure_speaker(written, sure):
    text = f"Race Tightens\n\n{written} said the budget would pass.\n"
    article = plain_article(text)
    a = claim(article, "Ben Carson", "person", written, "said", "the budget would pass")
    a = replace(a, source_confidence=0.95, kind_confidence=0.95)
    (got,) = unsure_of_possessors([a])
    assert (got.source_confidence >= CONFIDENT) is sure


# 13. "Lee lagged behind many mayors in calling for …": others called for it too, so "who called for …?" has more
# than one fair answer (judged blind, T19); "Lee called for …" is still asked.
@pytest.mark.parametrize("sentence, asked", [
    ("Mayor Ann Lee lagged behind many other mayors in calling for a ban on plastic bags in the county.", False),
    ("Mayor Ann Lee joined three other mayors in calling for a ban on plastic bags in the county.", False),
    ("Mayor Ann Lee called for a ban on plastic bags in the county at a meeting on Tuesday.", True),
])
def test_a_shared_call_is_no_who_said_item(nlp, sentence, asked):
    ctx = _ctx(nlp, [sentence, WARD, "Tom Bale, the county engineer, said the old bridge could stay open for years."])
    atts = [a for a in ctx.analysis.attributions if "plastic bags" in a.content]
    assert atts, ctx.analysis.attributions
    assert any(attribution.shared_act(ctx, a) for a in atts) is not asked
    # the claims the attribution items ask about
    assert any("plastic bags" in a.content for a in attribution._candidates(ctx)) is asked


# ---------------------------------------------------------------- judged on T20

# 14. "Sanders stated that the story has moved on Friday's broadcast of HBO's 'Real Time.'": where he said it closes
# the reported words, never shown as part of the claim (judged blind, T20); a claim of its own day stays whole.
@pytest.mark.parametrize("words, shown", [
    ("the story on the senator\u2019s emails has moved on Friday\u2019s broadcast of WXYZ\u2019s "
     "\u201cNight Desk.\u201d", None),
    ("the plan has failed, on Sunday\u2019s episode of Lakeside Radio", None),
    ("the ferry would start running on Friday", "the ferry would start running on Friday"),
])
def test_the_broadcast_a_claim_was_made_on_is_no_part_of_it(words, shown):
    text, sure = attribution.said_adverbials(words)
    if shown is None:
        assert not (sure and "broadcast" in text or sure and "episode" in text), (text, sure)
    else:
        assert (text, sure) == (shown, True)


# ---------------------------------------------------------------- judged on T21

# 15. A story copied one paragraph a line, with a short title-case subheading among them: each line is its own
# paragraph (judged blind, T21: eighteen paragraphs and a subheading read as one ¶1); a hard-wrapped paragraph, its
# lines ending mid-sentence, stays one.
LINES = ["The county council voted on Tuesday to delay the new bridge over the river until next spring.",
         "Council leader Ann Ward said the delay would save the county about two million dollars this year.",
         "Tom Bale, the county engineer, said the old bridge could stay open for five more years.",
         "Farmers in the north said they would lose an hour on every trip to the market in town.",
         "The Long, Hard History Of The Old Bridge",
         "The old bridge was built in 1931 and has been repaired four times since the great flood.",
         "It carries about nine thousand cars a day, twice the number it was built to carry.",
         "The state has promised to pay for half of the new bridge if the county asks for the money.",
         "Residents will have two chances to speak about the plan at public meetings in March.",
         "The council will vote again on the plan before the end of June, the clerk said on Tuesday.",
         "Work on the new bridge could start next autumn if the vote passes and the money is found."]


def test_one_paragraph_a_line_with_a_subheading():
    article = article_from_text("Bridge plan delayed\n\n" + "\n".join(LINES) + "\n")
    texts = [p.text for p in article.paragraphs]
    assert all(t in LINES for t in texts), texts
    assert len([t for t in texts if t.endswith(".")]) == 10


def test_a_hard_wrapped_paragraph_stays_one():
    wrapped = ("The county council voted on Tuesday to delay the new bridge over the river until\n"
               "next spring, and Council Leader Ann Ward said the delay would save the county about\n"
               "Two Million Dollars\n"
               "this year, while Tom Bale, the county engineer, said the old bridge could stay open.\n")
    article = article_from_text("Bridge plan delayed\n\n" + wrapped + "\n" + FILLER)
    assert article.paragraphs[0].text.startswith("The county council") and "stay open." in article.paragraphs[0].text
