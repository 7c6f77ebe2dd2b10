"""Judged a wrong key (set SF, a reviewer of 135 items from unseen articles): 'McDonough was responding to a message
from Undersecretary Wendy Sherman, reporting that a plane … had lifted off. "Tunis plane wheels up …," she wrote.'
keyed McDonough as the writer. A woman named by her given name stands between the last speaker, whose gender the
article never shows, and the "she": the quotation is not surely the earlier speaker's. Constructed sentences."""
from __future__ import annotations

from quizgen.analysis import analyse
from quizgen.ingest import article_from_text
from quizgen.model import CONFIDENT

_TITLE = "Emails Show Praise For Harbour Official"
_FIRST = ("The harbour department released a new batch of emails on Friday, showing how its officials handled a "
          "crisis abroad last year.")
_PRAISE = ("In a message released Friday, chief of staff Denis Marlow heaps praise on Kennedy for his role in "
           "organizing the evacuation of the embassy.")
_QUOTE = "\"Pat Kennedy is the greatest!!!\" Marlow wrote in a September 16 email to top officials."
_LAST = ("The department said more emails would be released next month, after a review by its lawyers and staff. "
         "Officials expect the next batch to cover the weeks after the evacuation, when the embassy stayed closed.")


def _ledger(paragraph: str):
    text = "\n\n".join([_TITLE, _FIRST, _PRAISE, _QUOTE, paragraph, _LAST]) + "\n"
    return analyse(article_from_text(text)).attributions


def test_she_after_a_woman_named_since_the_speaker_is_not_surely_the_speaker():
    for sender in ("Undersecretary Wendy Shore", "Undersecretary for Political Affairs Wendy Shore"):
        atts = _ledger(f"Marlow was responding to a message from {sender}, reporting that a plane carrying staff had "
                       "lifted off. \"Tunis plane wheels up a few minutes ago,\" she wrote.")
        tunis = [a for a in atts if "Tunis plane" in str(a.content)]
        assert tunis
        assert all(a.source.endswith("Wendy Shore") or a.source_confidence < CONFIDENT for a in tunis), sender


def test_he_after_a_woman_named_since_the_speaker_is_still_surely_the_speaker():
    atts = _ledger("Marlow was responding to a message from Undersecretary Wendy Shore, reporting that a plane "
                   "carrying "
                   "staff had lifted off. \"Thanks for the great work, guys,\" he wrote.")
    thanks = [a for a in atts if "great work" in str(a.content)]
    assert thanks and thanks[0].source.endswith("Marlow") and thanks[0].source_confidence >= CONFIDENT


def test_he_after_a_man_named_only_as_the_topic_is_still_surely_the_speaker():
    # 'Hollande denounced Trump's remarks … / "If the Americans choose Trump, …," he said.': the man named between is
    # what the speaker spoke about, no one who spoke or wrote
    text = "\n\n".join([
        "Harbour Leader Condemns Rival's Remarks As Hurtful And Humiliating",
        "The leader of Harbourland spoke on Tuesday about the race for the presidency next door, which his voters "
        "watch closely because so much of their trade crosses the border.",
        "Rene Valois denounced Donald Marsh's remarks as hurtful and humiliating and warned of what would follow.",
        "\"If the voters choose Marsh, that will have consequences for all of us, because their election is ours "
        "too,\" he said.",
        "Valois faces his own election next spring, and his critics say he has spent too much time on foreign affairs "
        "and too little on jobs at home, where factories have closed and the young have left for the cities of the "
        "south in search of work that pays enough to live on, his opponents said in a debate last week.",
    ]) + "\n"
    atts = analyse(article_from_text(text)).attributions
    quoted = [a for a in atts if "consequences" in str(a.content)]
    assert quoted and quoted[0].source.endswith("Valois") and quoted[0].source_confidence >= CONFIDENT


def _claims(paragraph: str):
    text = "\n\n".join([
        "Candidates Clash Over Trade And The Border In Harbour Debate",
        "The candidates met on Saturday night in Harbour City for their eighth debate of the season, with the first "
        "primary only days away and the polls still close.",
        paragraph,
        "The debate ran for two hours, and the candidates will meet again next month in the capital, where many voters "
        "say they have not yet made up their minds about any of them.",
        "Turnout in the last primary was low, and party officials hope the debates will bring more young voters to "
        "the polls this time, especially in the towns along the coast where the ferry plan is popular.",
    ]) + "\n"
    return analyse(article_from_text(text)).attributions


def test_the_writer_s_account_of_what_the_speaker_did_next_is_no_part_of_the_claim():
    # judged blind (T9): "Rubio said the real extremist on abortion is Hillary Clinton, and he railed against
    # Democratic debate moderators for failing to bring up abortion …" asked as one claim
    atts = _claims("Senator Denis Marlow said the real threat on the border is the governor, and he railed against "
                   "the moderators for failing to ask about trade.")
    said = [a for a in atts if a.source.endswith("Marlow") and "real threat" in a.content]
    assert said and all("railed" not in a.content for a in said)
    # "and he would …" may still be what he said
    atts = _claims("Senator Denis Marlow said the real threat on the border is the governor, and he would close the "
                   "bridge to trucks on his first day in office.")
    said = [a for a in atts if a.source.endswith("Marlow") and "real threat" in a.content]
    assert said and all("would close the bridge" in a.content for a in said)


def test_words_the_speaker_quotes_from_someone_else_are_not_surely_the_speaker_s():
    # judged blind (T9): "Carson … quoted Reagan's 'eleventh commandment' -- 'Thou shall not speak ill of thy fellow
    # Republican'" keyed Carson as the one who said it
    atts = _claims("Tom Reyes noted that Saturday would have been former Governor Ann Lee's 105th birthday and quoted "
                   "Lee's \"eleventh rule\" -- \"Thou shall not speak ill of thy fellow candidate.\"")
    thou = [a for a in atts if "Thou shall not" in a.content]
    assert thou and all(a.source_confidence < CONFIDENT for a in thou)
    # his own words, quoted by the writer: still surely his
    atts = _claims("Tom Reyes spoke to reporters after the debate. \"We cannot keep making the same mistakes on the "
                   "border,\" Reyes said, as the crowd cheered.")
    own = [a for a in atts if "same mistakes" in a.content]
    assert own and own[0].source.endswith("Reyes") and own[0].source_confidence >= CONFIDENT
