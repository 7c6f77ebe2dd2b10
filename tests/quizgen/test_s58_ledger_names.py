"""Stop 57: speaker names the ledger read wrong on the drops set's short lessons, each on constructed text of the
same shape."""
from __future__ import annotations

import random

import pytest

from quizgen.analysis import analyse
from quizgen.analysis.sources import SourceRegistry
from quizgen.generate import sure_claims
from quizgen.generate.base import Context
from quizgen.ingest import article_from_text
from quizgen.model import ITEM_KINDS

FILLER = ("The harbour committee met in the old town hall on Tuesday evening to hear from residents. "
          "Residents filled the hall and many waited outside in the rain for hours. ") * 4


def _ctx_of(nlp, title, paragraphs):
    article = article_from_text(title + "\n\n" + "\n\n".join([*paragraphs, FILLER]) + "\n")
    return Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))


# "Rubio donor Luther Stan Pate IV … Pate claimed …": the surname is the word before the generation, so the bare
# "Pate" (which the tagger may call an organisation) is that man, and the next paragraph's "he said" is not given to
# another man named earlier.
@pytest.mark.parametrize("full, surname", [
    ("Luther Stan Pate IV", "Pate"),
    ("Tom Hale Jr.", "Hale"),
    ("Ann Marie Reyes III", "Reyes"),
])
def test_a_generation_after_a_name_is_no_surname(full, surname):
    reg = SourceRegistry()
    name = reg.register_person(full)
    assert reg.full_names[surname.lower()] == name
    assert name.startswith(full.rstrip(".")), name


def test_junior_keeps_its_full_stop_and_stays_apart_from_his_father():
    reg = SourceRegistry()
    father = reg.register_person("Donald Marlow")
    son = reg.register_person("Donald Marlow Jr.")
    assert son == "Donald Marlow Jr."
    assert reg.full_names["marlow"] == father  # the name met first keeps the bare surname


def test_a_two_word_name_ending_on_a_numeral_is_left_alone():
    reg = SourceRegistry()
    assert reg.register_person("Abdullah II") == "Abdullah II"
    assert "abdullah" in reg.full_names and "ii" in reg.full_names


def test_the_bare_surname_of_a_name_with_a_generation_is_that_person(nlp):
    ctx = _ctx_of(nlp, "Donor Behind Skywriting Stunt Speaks Out", [
        "The head of the group backing the governor, Mike Murphy, praised the stunt on Friday.",
        "But it turns out that Rubio donor Luther Stan Pate IV, a real estate tycoon, was the one behind the effort.",
        "Pate claimed in an interview with the Herald that he is not backing any particular candidate this year.",
        "“I have not had any conversations with any campaign in almost a year,” he said in the interview."])
    claimed = [a for a in ctx.analysis.attributions if a.cue == "claimed"]
    assert claimed and all(a.source_kind == "person" and "Pate" in a.source for a in claimed), \
        [(a.source, a.source_kind) for a in claimed]
    said = [a for a in ctx.analysis.attributions if "conversations" in a.content]
    assert said and all("Murphy" not in a.source for a in said), [(a.source, a.source_confidence) for a in said]


# "he"/"she" is read first as the person its own sentence names as the subject over it ("Trump included the
# Philippines on a list of countries he said had sent …"), then, in a paragraph's first sentence, as the subject of
# the paragraph before's last sentence ("George Zimmerman is selling the gun … ¶ '…,' he told Fox 35."), before the
# last speaker (who had been a lawmaker quoted earlier, or the man Zimmerman killed).
def _source_of(ctx, words):
    got = [a for a in ctx.analysis.attributions if words in a.content]
    assert got, [(a.source, a.content) for a in ctx.analysis.attributions]
    return got[0].source


def test_he_is_the_subject_his_clause_hangs_from(nlp):
    ctx = _ctx_of(nlp, "Lawmaker Wants Candidate Barred", [
        "“There is no reasonable basis for the labeling of our people as coming from a terrorist state,” Tom Hale "
        "said in a bill filed on Monday.",
        "At a rally in Portland on Thursday, Donald Marlow included the islands on a list of countries he said had "
        "sent immigrants who had plotted attacks."])
    assert _source_of(ctx, "had sent immigrants") == "Donald Marlow"


def test_he_opening_a_paragraph_is_the_subject_ending_the_one_before(nlp):
    ctx = _ctx_of(nlp, "Gunman Sells His Weapon", [
        "The mayor, Ann Reyes, said on Monday that the harbour bridge would stay closed until the spring.",
        "George Hartley is selling the gun he used to kill Peter Lund, an unarmed teenager, during a 2012 fight.",
        "“I’m a free man,” he told the Herald. “I can do what I like with my possessions.”"])
    assert _source_of(ctx, "free man") == "George Hartley"


def _resolver_and_pronoun(nlp, paragraphs, in_paragraph):
    from quizgen.analysis.attributions.resolve import Resolver
    from quizgen.analysis.parsed import parse_article

    article = article_from_text("Speech Row Grows\n\n" + "\n\n".join([*paragraphs, FILLER]) + "\n")
    parsed = parse_article(article, nlp)
    doc = parsed[in_paragraph - 1].doc
    return Resolver(article, parsed), next(t for t in doc if t.lower_ in ("he", "she"))


@pytest.mark.parametrize("second, fits", [
    ("He insisted Lund had a conflict of interest in the case.", False),  # named again after "he": never he
    ("He insisted the judge had a conflict of interest in the case.", True),
])
def test_a_man_named_after_the_pronoun_in_its_sentence_is_not_whom_it_means(nlp, second, fits):
    from quizgen.analysis.attributions.resolve import _fits_pronoun

    r, he = _resolver_and_pronoun(nlp, ["Peter Lund said the court would rule on the case next week.", second], 2)
    lund = next(t for t in r.docs[0] if t.text == "Lund")
    assert (_fits_pronoun(r, he, "he", "Peter Lund", lund) == "Peter Lund") is fits


@pytest.mark.parametrize("second, subject", [
    # the pronoun's own sentence names someone first: the paragraph before's subject is not tried
    ("Gov. Chris Dalton, a staunch ally, acknowledged some copying even as he defended the speech.", None),
    ("“Ninety-three percent of the speech is completely different,” he said.", "Peter Lund"),
])
def test_the_subject_ending_the_paragraph_before_only_when_none_is_named_first(nlp, second, subject):
    from quizgen.analysis.attributions.resolve import _subject_ending_paragraph_before

    r, he = _resolver_and_pronoun(nlp, ["On Tuesday morning Peter Lund arrived at the breakfast with reporters.",
                                        second], 2)
    assert _subject_ending_paragraph_before(r, he, "he") == subject


# ---- from the kept-aside set T32 (judged blind on e59d0ce): "after Mr. Trump, asked about the deaths of journalists
#      under Mr. Putin, had said, '…'" was keyed to Putin, the name ending the aside right before the cue.
@pytest.mark.parametrize("sentence, speaker, not_speaker", [
    ("The row began on Friday after Mr. Marlow, asked about the deaths of reporters under Mr. Lund, had said, "
     "“I think our country does plenty of killing also.”", "Marlow", "Lund"),
    ("Tom Hale, a close friend of Peter Lund, said the harbour bridge would stay closed until the spring.",
     "Hale", "Lund"),
])
def test_a_name_ending_an_aside_is_not_the_speaker_before_it(nlp, sentence, speaker, not_speaker):
    ctx = _ctx_of(nlp, "Row Over Remarks Grows", [sentence])
    said = [a for a in ctx.analysis.attributions if a.paragraph == 1]
    assert said and all(not_speaker not in a.source for a in said), [(a.source, a.source_text) for a in said]
    assert any(speaker in a.source for a in said), [(a.source, a.source_text) for a in said]


# T32: "Asked by Starnes if he believed the situation was at the same level as the Benghazi attacks, Carson said that
# he did not": a certainty item asked how the article presents the "claim" that it was, which no one made.
@pytest.mark.parametrize("sentence, claim, is_claim", [
    ("Asked by Lund if he believed the delay was as bad as the flood, Hale said that he did not.",
     "as bad as the flood", False),
    ("Reporters wondered whether Hale thought the delay was as bad as the flood last spring.", "as bad as the flood",
     False),
    ("Asked by Lund about the bridge, Hale said he believed the delay was as bad as the flood last spring.",
     "as bad as the flood", True),
])
def test_what_a_question_asks_about_is_no_claim(nlp, sentence, claim, is_claim):
    ctx = _ctx_of(nlp, "Bridge Delay Angers Town", [sentence])
    found = [a for a in ctx.analysis.attributions if claim in a.content]
    assert bool(found) is is_claim, [(a.source, a.cue, a.content) for a in ctx.analysis.attributions]


def sourcing_official():
    from quizgen.generate.sourcing import OFFICIAL

    return OFFICIAL


# T32: "Steven Taylor, a chairman of the political science department at Troy University" was keyed "an official
# speaking for an organisation": the department says expert as much; no kind-of-source category is certain.
@pytest.mark.parametrize("role, category", [
    ("a chairman of the political science department at Marlow University in Ohio", None),
    ("chairman of the economics department at Marlow State", None),
    ("the chairman of the Marlow County commission", sourcing_official()),
])
def test_an_academic_department_s_chairman_is_no_sure_official(nlp, role, category):
    from quizgen.generate import sourcing

    ctx = _ctx_of(nlp, "Turnout Hits Records", [
        f"The polarizing race has helped drive voters to the polls, said Tom Hale, {role}.",
        "“There’s no question that the race excites people and motivates them to turn out,” Hale said on Tuesday."])
    said = [a for a in ctx.analysis.attributions if "excites people" in a.content]
    assert said, [(a.source, a.content) for a in ctx.analysis.attributions]
    assert sourcing.source_category(ctx, said[0]) == category


@pytest.mark.parametrize("content, lowered", [
    ("More than 1.5 million voters turned out", "more than 1.5 million voters turned out"),
    ("Nearly half of the voters stayed home", "nearly half of the voters stayed home"),
    ("Morehouse College will host the debate", "Morehouse College will host the debate"),
])
def test_a_figure_s_opening_word_is_lower_case_inside_a_stem(content, lowered):
    from quizgen.generate.attribution import lower_first

    assert lower_first(content) == lowered


# T32: "Former Clinton pollster Douglas Schoen was a guest on Fox News Channel's Hannity" was keyed as the main idea of
# "Former Clinton Pollster Says Clinton Is In Trouble In California Primaries": where he spoke sets the scene.
@pytest.mark.parametrize("text, scene", [
    ("Former Bill Clinton pollster Douglas Schoen was a guest on Fox News Channel’s Hannity.", True),
    ("Ann Reyes appeared on Valley Radio on Sunday.", True),
    ("Tom Hale sat down with the Herald on Monday.", True),
    ("Ted Cruz appeared on CNN to defend his plan to abolish the tax agency and cut taxes for all families.", False),
    ("The former pollster was a guest on the show and warned that the mayor would lose the harbour vote.", False),
])
def test_an_appearance_is_no_main_idea_key(text, scene):
    from quizgen.generate.main_idea import _GUEST_SCENE

    assert bool(_GUEST_SCENE.fullmatch(text)) is scene


def test_the_guest_lede_is_not_keyed(nlp):
    from quizgen.generate import main_idea

    ctx = _ctx_of(nlp, "Former Mayoral Aide Says Mayor Is In Trouble In Harbour Vote", [
        "Former mayoral aide Tom Hale was a guest on Valley Radio’s Morning Show. Hale described the dire situation "
        "Mayor Ann Reyes is facing in Tuesday’s harbour vote against her rival, Peter Lund.",
        "Lund is trailing by only two points in the polls, within the margin of error.",
        "Hale told the host a loss for the mayor in the harbour vote is “increasingly likely.”",
        "Hale contends the council may switch sides and back Lund in the vote on the harbour bridge."])
    items = main_idea.generate(ctx)
    assert not [it for it in items if "was a guest" in it.options[it.answer]], [it.options for it in items]


# T32: "GOP voters" was offered as the missing voice beside "Cruz constituent Dan Golvach" ("A Texas voter who supports
# Trump, Golvach lost his son …"), quoted at length: a group's member speaks for it.
@pytest.mark.parametrize("text, heard", [
    ("“That is treason,” said Marlow constituent Dan Hartley when asked about the senator.", True),
    ("“That is treason,” Dan Hartley said. A Texas voter who supports the mayor, Hartley lost his son last year.",
     True),
    ("“That is treason,” said Dan Hartley, when asked about the senator and his voters.", False),
])
def test_a_speaker_called_a_group_s_member_makes_the_group_heard(text, heard):
    from quizgen.generate.perspective import _member_speaks, _member_words

    roles = " ".join(_member_words(text, "Dan Hartley"))
    assert _member_speaks("voters", roles) is heard, roles


# T33: "… in her contest against then-Sen. ______." offered a strategist and a pollster, never senators: an office
# before the gap allows only people the article gives that office.
@pytest.mark.parametrize("before, title", [
    ("in her contest against then-Sen. ", "Sen"),
    ("a letter from Gov. ", "Gov"),
    ("the praise of Secretary ", "Secretary"),
    ("a letter from the governor, ", None),
])
def test_an_office_before_a_name_gap_is_a_title(before, title):
    from quizgen.generate.key_detail import _TITLE_BEFORE_GAP, _titled

    m = _TITLE_BEFORE_GAP.search(before)
    assert (m.group(1) if m else None) == title
    text = "Sen. Barack Obama spoke in Iowa. Pollster Geoff Garin disagreed. Sen. Dick Durbin agreed with Obama."
    assert _titled(text, "Dick Durbin", "Sen") and not _titled(text, "Geoff Garin", "Sen")


# T34: "In ¶9, Donald Trump said some of the criticism he takes is due to the fact that he is the first black president"
# (Obama's words): a reported claim with the speaker's own "he" given to another speaker is absurd, False on its face.
def test_no_false_speaker_for_a_claim_holding_the_speaker_s_own_pronoun(nlp):
    from quizgen.generate.attribution import said_true_false

    ctx = _ctx_of(nlp, "Mayor Answers His Critics", [
        "Mayor Tom Hale said some of the criticism he takes is due to the fact that he is the first islander to "
        "lead the town.",
        "Mr. Hale has led the town since 2014.",
        "Council leader Peter Lund said the ferry service would close for good at the end of the summer season.",
        "Mr. Lund has sat on the council for twenty years.",
        "Harbour master Ann Reyes said the new pier would open to boats from the mainland in the spring."])
    hale = next(a for a in ctx.analysis.attributions if "criticism" in a.content)
    lund = next(a for a in ctx.analysis.attributions if "ferry" in a.content)
    assert said_true_false(ctx, hale, truthful=False) is None
    assert said_true_false(ctx, lund, truthful=False) is not None


# T34: "These include Blair Effron of Centerview Partners, ______ of Avenue Capital Group, Orin Kramer of Boston
# Provident, …" offered Hillary Clinton and Barack Obama: one name of a roster is trivia, each tied to a body or not.
@pytest.mark.parametrize("between, joined", [
    (" of Centerview Partners, ", True),
    (" of Avenue Capital Group, and ", True),
    (" (D-Mass.), Sen. ", True),
    (" of the council said that ", False),
    (" told ", False),
])
def test_a_roster_joins_names_tied_to_bodies(between, joined):
    from quizgen.generate.key_detail import _LIST_JOIN

    assert bool(_LIST_JOIN.fullmatch(between)) is joined


# T35: "In ¶13, Hillary Clinton rejected the need for one in the primaries." (a pollster, named before the claim)
@pytest.mark.parametrize("content, points_back", [
    ("the need for one in the primaries", True),
    ("he wanted another one", True),
    ("one of the candidates would win the state", False),
    ("for one thing, the plan had failed", False),
    ("the state needs one more bridge", False),
])
def test_a_claim_ending_on_a_pronoun_one_points_back(content, points_back):
    from quizgen.generate.attribution import _ONE_POINTS_BACK

    assert bool(_ONE_POINTS_BACK.search(content)) is points_back


def test_no_who_said_on_a_claim_whose_one_points_back(nlp):
    from quizgen.generate.attribution import who_phrase

    ctx = _ctx_of(nlp, "Candidate Hires A Pollster", [
        "Tom Hale has just now hired a pollster, having rejected the need for one in the primaries, his aides said.",
        "Council leader Peter Lund said the ferry service would close for good at the end of the summer season."])
    one = [a for a in ctx.analysis.attributions if "need for one" in a.content]
    ferry = [a for a in ctx.analysis.attributions if "ferry" in a.content]
    assert ferry and who_phrase(ctx, ferry[0]) is not None
    assert one and all(who_phrase(ctx, a) is None for a in one), [a.content for a in ctx.analysis.attributions]


# T35: "Clinton clearly erred in saying that the '90 to 95 percent' figure was from the State Department" was asked
# "how does the article present this claim?", keyed "attributed to a named source": the writer says it is wrong.
@pytest.mark.parametrize("sentence, rejected", [
    ("Hale clearly erred in saying that the bridge figure came from the state transport office.", True),
    ("Hale falsely claimed that the bridge figure came from the state transport office.", True),
    ("Hale said that the bridge figure came from the state transport office, not his own staff.", False),
    ("Hale said the reports that the figure was “false and misleading” came from the state office.", False),
])
def test_no_certainty_item_on_a_claim_the_writer_calls_wrong(nlp, sentence, rejected):
    from quizgen.generate.certainty import writer_rejects

    ctx = _ctx_of(nlp, "Mayor's Bridge Figure Checked", [sentence])
    sup = next(s for s in ctx.analysis.sentences if s.paragraph == 1).span
    assert writer_rejects(ctx, sup) is rejected


# T35: a main-idea distractor cut "… his plan to provide free college tuition and his vote" (of "… and his vote in 2005
# to provide legal immunity for gun manufacturers"): a noun's own phrase cut off ends the option mid-phrase.
@pytest.mark.parametrize("text, short, whole", [
    ("In a town hall in Marlow, Reyes took some shots at Hale, particularly on his plan to provide free bus fares and "
     "his vote in 2005 to provide legal immunity for ferry owners.",
     "In a town hall in Marlow, Reyes took some shots at Hale, particularly on his plan to provide free bus fares and "
     "his vote", False),
    ("The council approved the new harbour bridge plan on Tuesday after a long debate in the town hall.",
     "The council approved the new harbour bridge plan on Tuesday", True),
    ("The council approved the bridge plan, which will cost twelve million dollars over five years.",
     "The council approved the bridge plan", True),
])
def test_a_cut_never_ends_on_a_noun_before_its_own_phrase(text, short, whole):
    from quizgen.generate.main_idea import parsed_whole

    assert parsed_whole(text, short) is whole


# T35: '<tweet pic="" author="MartinOMalley" …>Horrifying news out of #SanBernardino. …</tweet>.' was shown to students
# with its markup: a tag at a paragraph's edge is no word of it (offsets still index the text as read).
def test_markup_at_a_paragraph_s_edges_is_no_part_of_it():
    body = ("Presidential candidates reacted on Wednesday to a shooting in the valley, where police said three people "
            "had been killed. ") * 4
    tweet = ('<tweet pic="" author="TomHale" timestamp="1449075600" tweet_id="672137288">Horrifying news out of the '
             'valley. Enough is enough.</tweet>.')
    inline = "The mayor wrote <b>three</b> letters to the council about the shooting before the vote on Tuesday."
    text = "Candidates React To Shooting\n\n" + body + "\n\n" + tweet + "\n\n" + inline + "\n\n" + body + "\n"
    article = article_from_text(text)
    texts = [p.text for p in article.paragraphs]
    assert "Horrifying news out of the valley. Enough is enough." in texts, texts
    assert inline in texts  # a tag inside the text stays as written
    assert all(text[p.start:p.start + len(p.text)] == p.text for p in article.paragraphs)


# T36: 'Religious conservatives have been a solid base for him, but "New York has one of the smallest percentages of
# born-again Christians," said Jeff Smith' gave the writer's clause to Smith in a true/false item.
@pytest.mark.parametrize("sentence, content", [
    ("The problem for Reyes is that he is not a good match for the state. Religious conservatives have been a solid "
     "base for him, but \"Marlow has one of the smallest percentages of born-again Christians,\" said Tom Hale, a "
     "professor at Marlow College.", "Marlow has one of the smallest percentages of born-again Christians"),
    ("The harbour bridge will close in the spring for repairs to its deck, said Tom Hale, a council engineer.",
     "The harbour bridge will close in the spring for repairs to its deck"),
])
def test_only_the_quotation_after_the_writer_s_clause_is_said(nlp, sentence, content):
    ctx = _ctx_of(nlp, "Valley Vote Looms", [sentence])
    said = [a for a in ctx.analysis.attributions if "Hale" in a.source]
    assert said and said[0].content.strip("“”\" ,.") == content, [a.content for a in said]


def test_a_quotation_going_on_from_the_writer_s_sentence_keeps_the_whole_claim(nlp):
    # the drops set: '… while the March states account for more than half of the delegates and "better reflect the
    # true diversity of the party," Mook wrote': the memo's whole sentence is the claim
    ctx = _ctx_of(nlp, "Campaign Memo Plays Down Loss", [
        "The first four states that vote hold only 4% of the delegates, while the March states hold more than half of "
        "the delegates and \"better reflect the true diversity of the party and the nation,\" Tom Hale wrote."])
    wrote = [a for a in ctx.analysis.attributions if a.cue == "wrote"]
    assert wrote and "first four states" in wrote[0].content, [a.content for a in wrote]


# T37: "Graham's comments came moments after the senator spoke at a gathering …" was asked "before the senator spoke
# …, Graham's comments came moments": how long after goes with "after".
@pytest.mark.parametrize("sentence", [
    "Hale’s comments came moments after the senator spoke at a gathering of farmers to discuss water rights.",
    "The mayor resigned two days after the council voted to close the harbour bridge for repairs.",
    "The ferry left shortly after the storm warning was lifted by the harbour master on Monday.",
])
def test_how_long_after_stays_with_after(sentence):
    from factories import analysed_context

    from quizgen.generate import sequence

    ctx, an = analysed_context("Harbour Town News\n\n" + sentence + "\n\n" + FILLER + "\n")
    s = next(s for s in an.sentences if s.span.text.startswith(sentence[:15]))
    assert sequence.after_statement(ctx, s) is None


# T36: "Who is Henry Barbour, according to ¶25?" offered "the Trump's campaign manager" (of "Corey Lewandowski,
# Trump's campaign manager,"): a possessor takes no article.
@pytest.mark.parametrize("role, option", [
    ("Trump's campaign manager", "Trump's campaign manager"),
    ("Hillary Clinton’s press secretary", "Hillary Clinton’s press secretary"),
    ("campaign manager for the mayor", "the campaign manager for the mayor"),
])
def test_a_role_opened_by_its_possessor_takes_no_article(role, option):
    from quizgen.generate.key_detail import _role_option

    assert _role_option(role, titled=False, stated=False) == option
