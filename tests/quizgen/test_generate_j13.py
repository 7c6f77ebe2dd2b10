"""Item shapes found weak on set J13 (PolNeAR dev articles, judged blind or read for lesson length), one
constructed text each, through the real pipeline."""
from __future__ import annotations

import pytest
from factories import analysed_context

from quizgen.generate import attribution

# A senator whose wife and father are named once, early, by their full names: every later "Rowan said"
# is the senator (news style names relatives by first name or in full), so his claims can be asked about.
_ROWAN = ("Rowan endorses Tate after a bitter primary\n\n"
          "Sen. Ted Rowan is endorsing Paul Tate for governor, the latest turn in a rocky relationship between "
          "the two men.\n\n"
          "During the primary, Tate mocked the looks of Rowan's wife, Heidi Rowan, and linked his father, Rafael "
          "Rowan, to a bribery scandal in the port of Dover.\n\n"
          "Tate's campaign later apologised for the remarks in a short statement on its website.\n\n"
          "In a message posted on Friday, Rowan said he had deep disagreements with Tate but could not allow the "
          "other party to win the election in November.\n\n"
          "\"I will vote for the nominee of my party in November,\" Rowan said.\n\n"
          "At a breakfast with the state delegation in July, Rowan said he would not act like a servile puppy "
          "dog and back Tate.\n\n"
          "Tate said he was greatly honored by the endorsement and called Rowan a brilliant debater.\n\n"
          "Mayor Lisa Grant said the endorsement would help Tate win votes in the northern towns.\n\n"
          "Sam Reed, a party chairman, said the state had not seen such a feud in forty years.\n\n"
          "Dan Webb, a pollster, said most voters in the state had already made up their minds.\n")

# The same, but the wife is in the very paragraph of the claim: "Rowan said" may be her.
_ROWAN_NEAR = _ROWAN.replace(
    "\"I will vote for the nominee of my party in November,\" Rowan said.",
    "Heidi Rowan joined the campaign on Monday. \"I will vote for the nominee of my party, and I have told him "
    "so,\" Rowan said.")


def _ctx(text):
    return analysed_context(text)


@pytest.fixture(scope="module")
def rowan():
    return _ctx(_ROWAN)


def _claim(an, words):
    hits = [a for a in an.attributions if words in a.content]
    assert hits, [a.content for a in an.attributions]
    return hits[0]


def test_relatives_named_once_far_away_leave_a_bare_surname_to_its_speaker(rowan):
    ctx, an = rowan
    a = _claim(an, "nominee of my party")
    assert a.source == "Ted Rowan"
    assert not attribution.surname_shared(ctx, a)
    assert not attribution.mention_names_another(ctx, a)
    it = attribution.who_said(ctx, a)
    assert it is not None and it.options[it.answer] == "Ted Rowan"


def test_a_relative_in_the_claims_own_paragraph_keeps_the_bare_surname_doubtful():
    ctx, an = _ctx(_ROWAN_NEAR)
    a = _claim(an, "nominee of my party")
    assert attribution.surname_shared(ctx, a)
    assert attribution.who_said(ctx, a) is None


# A defender's words: "an investigation … to try to damage Senator Hale's campaign" accuses the critics, so the
# article has not criticised Hale there; the attack on Hale is the earlier paragraph's.
_DEFENCE = ("Immunity deals for aides set off a partisan fight\n\n"
            "Several aides of Senator Maria Hale received immunity in the federal inquiry, officials said on Friday. "
            "Republicans said the deals showed the inquiry had been mishandled.\n\n"
            "\"Republicans will stop at nothing to tear apart the independent investigation to try to damage "
            "Senator Hale's campaign,\" said Rep. Ed Cummins, the panel's top Democrat, in a statement.\n\n"
            "The panel will hold a hearing on the deals next week, its chairman said.\n\n"
            "\"Everyone close to Maria Hale gets a different set of rules, and that is a scandal,\" said Rep. Jim "
            "Ward, a member of the oversight panel, who accused Hale of hiding the truth from the committee.\n\n"
            "Ward said the committee would ask the aides to testify in public before the end of the month.\n")

# Praise in words the old list lacked ("excellent", "very effective"): the praised man was charged with nothing.
_PRAISED = ("Pundits hand the debate to Governor Lang\n\n"
            "Governor Rick Lang was the clear winner of Tuesday's debate, according to several pundits.\n\n"
            "\"I thought that Rick Lang was excellent tonight and very effective on every question,\" said television "
            "host Carl Moss.\n\n"
            "Writer Dana Fell agreed with Moss about the winner and said Lang had looked calm and prepared.\n\n"
            "Moss said the debate would help the governor's party in the polls next week, when voters in the "
            "northern towns are asked again whom they favour for the top of the ticket.\n\n"
            "The two candidates met on a stage in the state capital before an audience of four hundred students, "
            "teachers and local officials, and the debate ran for ninety minutes without a break.\n\n"
            "Lang spoke about roads, schools and taxes, while his rival spoke mostly about health care and jobs "
            "in the mining towns of the west, which lost many jobs last year.\n")


def test_an_attack_a_defender_describes_is_no_criticism_of_its_target():
    from quizgen.generate import perspective
    ctx, _ = _ctx(_DEFENCE)
    crit = perspective._criticised(ctx)
    assert crit.get("Hale") == 4  # Ward's accusation, not Cummins's defence in ¶2


def test_a_party_only_praised_is_no_one_claims_are_made_about():
    from quizgen.generate import perspective
    ctx, _ = _ctx(_PRAISED)
    assert "Lang" not in perspective._claimed_about(ctx)


# "Cooper said her party has supported …": a claim opening on the speaker's own possessive is hers, as
# "she said she …" is, under the same tests (her gender told, no other woman in sight).
_PARTY = ("Labour backs a review of asylum forms\n\n"
          "Labour has called for a full review of the forms asylum seekers must fill in, after reports that "
          "the forms run to forty pages.\n\n"
          "Shadow home secretary Yvonne Carter said her party had supported the idea for months. She said the "
          "forms should be cut to ten pages.\n\n"
          "Home Office minister Tom Dale said the department would publish shorter forms in the spring.\n\n"
          "Charity director Sam Reed said many applicants could not read English well enough to fill in the "
          "forms without help.\n\n"
          "Lawyer Dan Webb said the long forms had delayed decisions by many months.\n\n"
          "Professor Ann Lowe said the backlog had grown to a record level last year.\n\n"
          "The review is expected to take six months, and its findings will be laid before Parliament before "
          "the summer recess, when members of both houses will debate them.\n")

_PARTY_TWO = _PARTY.replace("Shadow home secretary Yvonne Carter said her party",
                            "Shadow home secretary Yvonne Carter met Ann Lowe on Monday, and Carter said her party")


def test_a_claim_opening_on_the_speakers_own_possessive_is_hers():
    ctx, an = _ctx(_PARTY)
    a = _claim(an, "had supported the idea")
    assert a.source == "Yvonne Carter"
    assert attribution.self_claim(ctx, a)
    body = attribution.who_phrase(ctx, a)
    assert body is not None and "her party had supported the idea" in body


def test_another_woman_in_the_sentence_leaves_her_possessive_doubtful():
    ctx, an = _ctx(_PARTY_TWO)
    a = _claim(an, "had supported the idea")
    assert not attribution.self_claim(ctx, a)
    assert attribution.who_phrase(ctx, a) is None


# "Sen. Mike Lee (R-Utah)" beside "Lee Harvey Oswald": "Lee" is Oswald's given name, so the surname alone
# still names the senator and is accepted (judged blind: "Lee", the natural answer, would have been marked wrong).
_LEE = ("Senator weighs court pick\n\n"
        "The governor said this week he would consider naming Sen. Mike Lee (R-Utah), one of the senator's closest "
        "allies, to the state's highest court, a move that surprised many in the capital.\n\n"
        "In an old feud, the governor once linked a rival's father to Lee Harvey Oswald, a claim that was never "
        "supported by any evidence and that the rival called absurd at the time.\n\n"
        "The court has seven members, and two of its seats will be open next year after two judges retire.\n\n"
        "Lawmakers are expected to hold hearings on the nominees in the spring, when the session opens. The "
        "hearings will be held in the old chamber of the capitol, which was restored last year at a cost of "
        "several million dollars.\n")


def test_a_surname_that_is_only_anothers_given_name_is_accepted_alone():
    from quizgen.generate import key_detail
    ctx, _ = _ctx(_LEE)
    lee = next(e for e in ctx.analysis.entities if e.label == "PERSON" and e.text == "Mike Lee")
    assert "Lee" in key_detail._name_forms(ctx, lee)


def test_a_gap_stem_printing_the_speakers_surname_gives_away_who_said_it():
    """Judged on J13: '"…," said Joseph, who has ______ children' beside "who said, '…'?" keyed Amelize
    Joseph: the gap's stem prints her surname after the very words asked about."""
    from quizgen.generate.base import make_item
    from quizgen.generate.lesson import gives_away
    from quizgen.model import Support
    sentence = "\"We need these schools to stay open,\" said Joseph, who has four children."
    sup = Support(2, 100, 100 + len(sentence), sentence)
    who = make_item("attribution", "multiple_choice", "According to ¶2, who said, \"We need these schools to stay "
                    "open\"?", ["Amelize Joseph", "Sam Reed", "Dan Webb", "Ann Lowe"], 0, "¶2", [sup])
    gap = make_item("key_detail", "short_answer", "Complete the detail from ¶2: \"\"We need these schools to stay "
                    "open,\" said Joseph, who has ______ children.\" Write the missing number.", [],
                    ["four", "4"], "¶2", [sup])
    assert gives_away(who, gap)
    # a surname in another sentence's item is no give-away
    other = Support(5, 900, 960, "Joseph moved to the city in 2010 with her two sisters.")
    far = make_item("key_detail", "short_answer", "Complete the detail from ¶5: \"Joseph moved to the city in "
                    "______ with her two sisters.\" Write the missing year.", [], ["2010"], "¶5", [other])
    assert not gives_away(who, far)


def test_two_items_on_one_sentence_keying_the_same_answer_are_never_both_chosen():
    """Judged on J14: "Who does ¶5 describe as the British Prime Minister?" and "According to ¶5, who said this
    week that …?", both keyed Theresa May on one sentence: the same question twice."""
    from quizgen.generate.base import make_item
    from quizgen.generate.lesson import select
    from quizgen.model import Support
    sentence = ("British Prime Minister Theresa May said this week that the country would formally declare its "
                "intention to leave by the end of March.")
    sup = Support(5, 1000, 1000 + len(sentence), sentence)
    role = make_item("key_detail", "short_answer", "Who does ¶5 describe as the British Prime Minister? Write the "
                     "name.", [], ["Theresa May", "May"], "¶5", [sup])
    who = make_item("attribution", "short_answer", "According to ¶5, who said this week that the country would "
                    "formally declare its intention to leave by the end of March? Give the person's name.", [],
                    ["Theresa May", "May"], "¶5", [sup])
    fillers = []
    for n in range(12):
        s = Support(10 + n, 3000 + 200 * n, 3100 + 200 * n, f"Filler sentence number {n} about harbour {n}.")
        fillers.append(make_item("key_detail", "short_answer", f"Complete the detail from ¶{10 + n}: \"Filler "
                                 f"sentence number ______ about harbour {n}.\" Write the missing number.", [],
                                 [str(n + 100)], "x", [s]))
    chosen = select([role, who, *fillers], 15)
    assert not (any(c is role for c in chosen) and any(c is who for c in chosen))
