"""Shapes found in stop 39's blind judging of the kept-aside set K37, each on a constructed article first."""
from __future__ import annotations

import re

from test_generate_j13 import _ctx

from quizgen.analysis import analyse
from quizgen.generate import attribution
from quizgen.ingest import article_from_text

_ECHO = """Turkey presses on in northern Syria

Turkish tanks crossed into Syria on Wednesday, the army said. The operation was aimed at the militant group and at \
Kurdish fighters, officials said.

Vice President Joseph Biden, who visited Ankara on the same day, met Prime Minister Binali Yildirim. Biden, echoing \
Erdogan, called on Kurds not to cross into the west of the Euphrates river. Yildirim, like his president, said the \
operation would go on until the border was safe.

The Kurdish fighters said they would not leave the towns they hold. Their commander told reporters that the group \
had done nothing wrong and would defend its people.

Aid groups warned that thousands of families had already left their homes near the border. The United Nations \
said it was sending food and tents to the camps, and a spokesman for the agency asked both sides to let trucks \
through before the winter.
"""


def test_the_speaker_before_an_echoing_aside_makes_the_call_not_the_one_echoed():
    # judged blind (K37): "Biden, echoing Erdogan, called on Kurds not to cross …" keyed Erdogan; the parser hangs
    # "called" on Erdogan as a clause of its own, but Biden is the subject; Erdogan is who he echoes
    an = analyse(article_from_text(_ECHO))
    calls = [a for a in an.attributions if "not to cross" in a.content]
    assert calls, [(a.source, a.cue, a.content) for a in an.attributions]
    assert {a.source for a in calls} == {"Joseph Biden"}, [(a.source, a.cue, a.content) for a in calls]
    # "echoing Erdogan" is not itself a claim whose content is the call
    assert not [a for a in an.attributions if a.cue.startswith("echo")]
    # the same sentence without the aside is unchanged
    plain = analyse(article_from_text(_ECHO.replace("Biden, echoing Erdogan, called", "Biden called")))
    assert {a.source for a in plain.attributions if "not to cross" in a.content} == {"Joseph Biden"}


def test_who_said_items_on_the_echo_sentence_key_the_speaker():
    ctx, _ = _ctx(_ECHO)
    items = [it for it in attribution.generate(ctx) if "not to cross" in it.stem]
    for it in items:
        if it.kind == "multiple_choice":
            assert it.options[it.answer] in ("Joseph Biden", "Biden"), (it.stem, it.options, it.answer)


def test_a_school_a_child_and_an_armed_attacker_are_not_offered_as_speakers():
    # judged blind (K37): a who-said item on a senator's words offered "Sandy Hook" (the tagger's person: Sandy is a
    # given name), the attacker and a murdered six-year-old as people who might have said it
    from quizgen.generate.distractors import not_a_speaker

    text = ("Reyes drove to the firehouse near Sandy Hook Elementary School where the families waited. He met the "
            "Sandy Hook families that night, days after Carl Brandt, wearing a mask and carrying a semiautomatic "
            "rifle, entered the school. Reyes later paid tribute to 6-year-old Toby Lindqvist. Ana Lopez, a "
            "teacher, and 15-year-old Mia Chen spoke to the crowd.")
    assert not_a_speaker(text, "Sandy Hook")
    assert not_a_speaker(text, "Carl Brandt")
    assert not_a_speaker(text, "Toby Lindqvist")
    # people the article shows speaking or simply present stay options
    assert not not_a_speaker(text, "Ana Lopez")
    assert not not_a_speaker(text, "Mia Chen")  # a teenager may speak
    assert not not_a_speaker("Sandy Hook said the plan would fail. Hook, a senator, spoke at the school.", "Sandy Hook")


_TRIBUTE = """Senator honours a school principal's daughter

Erica Lee, the daughter of slain Maple Grove Elementary School principal Dawn Lee, spoke at the rally on Tuesday \
night. She asked the crowd to remember the teachers who died.

Senator Ruth Harmon introduced her with a short speech. "Erica's mother, Dawn, was the principal of Maple Grove \
Elementary School, and she gave her life for her students," Harmon said. "We owe her more than words."

Harmon said the state would fund new counselors for every school in the county next year. The governor's office \
said it had not seen the plan and would study it before the budget vote in the spring.

Local parents said they were grateful for the attention but wanted action on school safety soon. The county \
school board said it would meet next week to discuss the proposal and hear from families.
"""


def test_a_quoted_fact_the_writer_also_states_is_not_asked_how_it_is_presented():
    # judged blind (K37): "Erica's mother, Dawn, was the principal of Sandy Hook Elementary School" (Clinton's
    # quotation, ¶4) keyed "attributed to a named source", while ¶1 states it in the writer's own words
    from quizgen.generate import certainty

    ctx, _ = _ctx(_TRIBUTE)
    items = certainty.generate(ctx)
    assert not [it for it in items if "was the principal" in it.stem], [it.stem for it in items]
    # the speaker's other claim, which the writer does not state, may still be asked
    from quizgen.generate.base import attribution_support
    from quizgen.generate.certainty import writer_states_too

    plans = [a for a in ctx.analysis.attributions if "counselors" in a.content]
    assert plans
    assert not writer_states_too(ctx, plans[0], attribution_support(ctx.article, plans[0]))


def test_a_wrong_option_that_is_another_sense_of_the_word_is_explained_as_such():
    # judged blind (K37): "loophole" offered "a small hole in a fortified wall" (its own first sense) as a wrong
    # option, and the explanation said every wrong option was a meaning of another word
    from quizgen import wordnet
    from quizgen.generate.vocabulary import _others_explained
    from quizgen.model import Span, VocabWord

    wn = wordnet.load()
    v = VocabWord(word="loophole", lemma="loophole", pos="NOUN", paragraph=1, sentence=Span(0, 8, "loophole"),
                  span=Span(0, 8, "loophole"), zipf=2.5)
    own = wn.senses("loophole", "NOUN")[0].definition
    said = _others_explained(wn, v, [own, "the act of officially naming a candidate", "a customary way of behaving"])
    assert "another meaning of \"loophole\"" in said and own in said
    assert _others_explained(wn, v, ["the act of officially naming a candidate"]) == \
        "The other options are meanings of other words."


def test_a_person_the_article_says_killed_or_is_charged_with_killing_is_no_speaker_option():
    # judged blind (K37): a who-said item on a debate offered "Dylann Roof" ("the gun he allegedly used to kill
    # nine people") as someone who criticised a candidate
    from quizgen.generate.distractors import not_a_speaker

    text = ("The loophole is how Carl Brandt was able to obtain the gun he allegedly used to kill six people last "
            "year. Ray Oduya, who is charged with murdering a guard, stayed silent. Ana Lopez said the law "
            "must change, and Tom Reyes used to work at the store.")
    assert not_a_speaker(text, "Carl Brandt")
    assert not_a_speaker(text, "Ray Oduya")
    assert not not_a_speaker(text, "Ana Lopez")
    assert not not_a_speaker(text, "Tom Reyes")


def test_a_gloss_holding_the_root_inside_the_word_gives_it_away():
    # judged blind (K37): "disenfranchisement" keyed "the act of withdrawing certification or terminating a
    # franchise": the root inside the word gives the option away (and here it was the business sense, not voting)
    from quizgen.generate.vocabulary import _gives_away

    assert _gives_away("disenfranchisement", "disenfranchisement",
                       "the act of withdrawing certification or terminating a franchise")
    assert _gives_away("reassessment", "reassessment", "a new evaluation after an assessment")
    # a gloss of other words stays fair, also one sharing a short piece ("act" in "enactment")
    assert not _gives_away("disenfranchisement", "disenfranchisement", "depriving someone of the right to vote")
    assert not _gives_away("enactment", "enactment", "the passing of a law by a legislative body")


_STORIES = """A senator on the stories that changed him

Senator Ruth Harmon spent the week at town halls across the state. She met parents, teachers and police chiefs \
who told her what the new law had meant for their towns.

"There's something about all those stories, right?" Harmon said in an interview on Friday. She told the \
reporter that she had heard them in every town she visited.

Her opponent, Mark Doyle, said the law had done little to change anything in the state. "The numbers have not \
moved at all," Doyle said at a rally in the capital on Saturday night.

Harmon said she would hold four more town halls before the vote next month. The state party said it would pay \
for the buses that bring voters to the events.
"""


def test_a_who_said_stem_on_a_quoted_question_has_one_question_mark():
    ctx, _ = _ctx(_STORIES)
    stems = [it.stem for it in attribution.generate(ctx) if "all those stories" in it.stem and
             it.stem.startswith("According to")]
    assert stems, [it.stem for it in attribution.generate(ctx)]
    assert any(re.search(r"right\?[\"”]", st) for st in stems), stems
    for stem in stems:
        assert not re.search(r"[?!][\"”’']*\?", stem), stem
    # a quotation that ends in a full stop still gets the stem's question mark
    plain = [it.stem for it in attribution.generate(ctx) if "have not moved" in it.stem and
             it.stem.startswith("According to")]
    assert all(re.search(r"[\"”]\?", st) for st in plain), plain


_DEBATE = """Rivals hold back at the debate

The four candidates met in Houston on Thursday night for the last debate before the primaries in March.

Ted Cruz, when asked specifically what about Trump's vision for the country is wrong, responded that the \\
front-runner had supported Democrats for decades. Marco Rubio said only that the numbers in the plan do not add up.

John Kasich said the party needed to talk about jobs. The moderator, Hugh Hewitt, asked the candidates whether \\
they would support the nominee, and all four said they would.

After the debate, the campaigns sent out statements claiming victory. Aides to Cruz said he had won over voters \\
in Texas, while Rubio's team said the senator had shown he was ready to lead the country on day one.
"""


def test_the_one_asked_is_not_the_asker():
    # judged blind (J39): "Ted Cruz, when asked specifically what … is wrong, responded …" gave a who-said item
    # "who asked specifically what …?" keyed Cruz: the parse hangs "asked" on Cruz, who is the one asked
    an = analyse(article_from_text(_DEBATE))
    asked = [a for a in an.attributions if "vision for the country" in a.content]
    assert not asked, [(a.source, a.cue, a.content) for a in asked]
    assert any(a.source == "Ted Cruz" and a.cue == "responded" and "supported Democrats" in a.content
               for a in an.attributions)
    # "The moderator asked the candidates whether …" is still the moderator's question
    assert any(a.source == "Hugh Hewitt" and a.cue == "asked" for a in an.attributions)


def test_said_only_that_gives_the_clause_as_the_claim():
    # judged blind (J39): a stem quoted "only that his numbers don't add up" as a claim
    an = analyse(article_from_text(_DEBATE))
    rubio = [a for a in an.attributions if a.source == "Marco Rubio" and "add up" in a.content]
    assert [a.content for a in rubio] == ["the numbers in the plan do not add up"]


def test_no_plain_fact_from_a_sentence_the_parser_split_mid_clause():
    # judged blind (J39): "Cruz trails | Trump 458 to 359, but he has netted …": the parser split the sentence after
    # its verb, and the certainty item quoted the headless second half as the article's claim
    from dataclasses import replace

    from factories import plain_article
    from test_generate_certainty import _ctx as certainty_ctx

    from quizgen.generate.certainty import _plain_facts
    from quizgen.model import Quantity, Sentence, Span

    text = ("Delegate race tightens\n\n"
            "The senator entered the debate on Thursday with a plan for the delegate chase.\n\n"
            "The incumbent trails by 458 to 359 in the delegate count after the March primaries.\n")
    art = plain_article(text)
    ctx = certainty_ctx(art, [])
    at = art.text.index("458")
    ctx = replace(ctx, analysis=replace(ctx.analysis, quantities=(Quantity("number", Span(at, at + 3, "458"), 2),)))
    whole = [s for s in ctx.analysis.sentences if "458" in s.span.text]
    assert whole and [f.text for f in _plain_facts(ctx, checked=True)].count(whole[0].span.text) == 1
    # the same sentence as the parser split it: "The incumbent trails" | "by 458 to 359 …"
    s = whole[0]
    cut = s.span.start + len("The incumbent trails")
    head = Sentence(Span(s.span.start, cut, "The incumbent trails"), s.paragraph, s.index)
    tail = Sentence(Span(cut + 1, s.span.end, art.text[cut + 1:s.span.end]), s.paragraph, s.index + 1)
    sents = list(ctx.analysis.sentences)
    k = sents.index(s)
    sents[k:k + 1] = [head, tail]
    split = replace(ctx, analysis=replace(ctx.analysis, sentences=tuple(sents)))
    assert not [f for f in _plain_facts(split, checked=True) if "458" in f.text]
