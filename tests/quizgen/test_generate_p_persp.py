"""Perspective items judged on unseen articles (round P): a person heard through a quoted word ("heralded the
deal as a “breakthrough”") or a talk, or through "his advisers say" right after a sentence naming him, or
through his transition team's chair who "defended" him, is no missing voice; a party named only in its own
"declined to comment" sentence is no party the story is about; a lesson's trust item needs material the ledger
links to the claim (a model answer saying only "weigh it against the rest of the article" is a template)."""
from __future__ import annotations

from dataclasses import replace

from factories import HARBOR_FILLER, plain_article
from factories import claim as _att
from factories import labelled_entities as _ents
from factories import missing_voice_answer as _answer
from factories import sentence_context as _ctx
from factories import unheard_parties as _model

from quizgen.generate.perspective import generate, missing_voice, trust_source
from quizgen.model import Conflict

FILLER = HARBOR_FILLER
# _model: who the article leaves unheard (since stop 35 a report's party only named often is no model answer's
# example, so the heard checks below look at every unheard party, not at the answer)
_unheard = _model


def _lark(a):
    return [_att(a, "Zoe Lark", "person", "Zoe Lark", "said", "the harbor bill would bring new jobs to the town")]


# 1. A quoted word or a talk makes the person heard.
DEAL = ("Chancellor backs the harbor deal\n\n"
        "Chancellor Ada Merkin {verb} the harbor deal with the islands.\n\n"
        "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
        "Merkin has pushed the harbor deal for two years.\n\n"
        "Critics in the port say Merkin moved too fast on the harbor deal.\n\n" + FILLER)


def test_a_person_who_heralded_a_deal_with_a_quoted_word_is_heard():
    people = ("Ada Merkin", "Merkin", "Zoe Lark")
    # (who is unheard at all: since stop 35 a report's party only named often is no model answer's example)
    plain = _unheard(DEAL.format(verb="signed"), _lark, people)
    assert "Ada Merkin" in plain  # unheard, she is the party the story is about
    quoted = _unheard(DEAL.format(verb="heralded as a \u201cbreakthrough\u201d"), _lark, people)
    assert "Merkin" not in quoted, quoted


def test_a_person_who_talks_about_the_matter_is_heard():
    people = ("Ada Merkin", "Merkin", "Zoe Lark")
    text = DEAL.format(verb="signed") + "Merkin talks about a new era for the port.\n"
    model = _model(text, _lark, people)
    assert model is None or "Merkin" not in model, model


# 2. Heard through a camp, advisers named by a pronoun, or a transition team's chair.
RACE = ("Why the primary matters for Dan Vale\n\n"
        "Senator Dan Vale trails in the delegate count after the spring contests.\n\n"
        "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
        "Vale has won three of the last five contests.\n\n"
        "Vale needs a large win in the state next week.\n\n"
        "{extra}" + FILLER)


def test_a_candidate_whose_advisers_speak_after_a_sentence_naming_him_is_heard():
    people = ("Dan Vale", "Vale", "Zoe Lark")
    plain = _unheard(RACE.format(extra=""), _lark, people)
    assert "Dan Vale" in plain
    extra = ("The Vale camp pegs his total slightly higher. Beyond that, his advisers say that no one can win "
             "on pledged delegates alone.\n\n")
    model = _model(RACE.format(extra=extra), _lark, people)
    assert model is None or "Vale" not in model, model


def test_a_person_defended_by_his_own_transition_chair_is_heard():
    people = ("Dan Vale", "Vale", "Zoe Lark", "Carl Dent")
    extra = ("Governor Carl Dent, who chairs Dan Vale's transition team, defended the remarks on Sunday.\n\n")
    model = _model(RACE.format(extra=extra), _lark, people)
    assert model is None or "Vale" not in model, model


# 3. An organisation named only where it declines to comment is no party the story is about.
BORDER = ("Smugglers dig under the fence\n\n"
          "Smugglers have dug long tunnels under the border fence near the river.\n\n"
          "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
          "{named}A spokeswoman for the Coastal Survey Office declined to comment.\n\n" + FILLER)


def test_a_party_named_only_where_it_declines_to_comment_is_not_offered():
    model = _model(BORDER.format(named=""), _lark, ("Zoe Lark",), ("Coastal Survey Office",))
    assert model is None or "Coastal Survey" not in model, model


def test_a_party_the_story_names_elsewhere_that_declines_is_still_offered():
    named = "The Coastal Survey Office mapped the tunnels last year.\n\n"
    model = _model(BORDER.format(named=named), _lark, ("Zoe Lark",), ("Coastal Survey Office",))
    assert model is not None and "Coastal Survey Office" in model and "declined" in model, model


# 4. A lesson's trust item needs material the ledger links to the claim.
TRUST = ("Rivals brace for close primary\n\n"
         "Campaign manager Zoe Lark said: \u201cOur candidate will win the northern counties by a wide "
         "margin.\u201d\n\n"
         "In the other party, Tom Vick held a wide lead in the northern counties and looked set to win.\n\n"
         "Pollster Ben Ash said the rival candidate led in the northern counties by ten points.\n")


def _trust_ctx():
    a = plain_article(TRUST)
    claim = "Our candidate will win the northern counties by a wide margin."
    atts = [_att(a, "Zoe Lark", "person", "Campaign manager Zoe Lark", "said", claim, direct=True),
            _att(a, "Ben Ash", "person", "Pollster Ben Ash", "said",
                 "the rival candidate led in the northern counties by ten points")]
    return _ctx(a, atts)


def test_a_lesson_gets_no_trust_item_when_the_ledger_links_nothing_to_the_claim():
    ctx = _trust_ctx()
    assert trust_source(ctx) is not None  # the item alone, with its generic model answer
    assert trust_source(ctx, linked_only=True) is None
    assert missing_voice(ctx) is None
    assert generate(ctx) == []


def test_the_trust_item_links_a_rival_account_and_no_lesson_offers_it():
    ctx = _trust_ctx()
    ctx = replace(ctx, analysis=replace(ctx.analysis, conflicts=(Conflict(0, 1, "disagree"),)))
    item = trust_source(ctx, linked_only=True)
    assert item is not None and "¶3" in item.answer[0] and "rest of the article" not in item.answer[0]
    # stop 56: judged blind, the trust item's model answer failed on every set that met it; lessons leave it out
    assert all("How far should readers trust" not in it.stem for it in generate(ctx))


# 5. A campaign's reply makes the candidate heard; two groups offered for one reason are named together.
def test_a_candidate_whose_campaign_sent_a_reply_is_heard():
    people = ("Dan Vale", "Vale", "Zoe Lark", "Jo Pam")
    extra = "A reporter got a reply from the Vale campaign via the aide Jo Pam.\n\n"
    model = _model(RACE.format(extra=extra), _lark, people)
    assert model is None or "Vale" not in model, model


CAMP = ("Refugees and migrants wait at the border camp\n\n"
        "The deal sends refugees and migrants who reach the islands back across the sea.\n\n"
        "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
        "Refugees in the camp wait for months. Migrants sleep in tents near the fence.\n\n" + FILLER)


def test_two_groups_offered_for_one_reason_are_named_together():
    model = _answer(CAMP, _lark, ("Zoe Lark",))
    assert model is not None and "migrants and refugees (¶1)" in model and "; or " not in model, model


# 6. A person heard under a title or a description is heard.
BRANT = ("Brant attacks harbor deal\n\n"
         "Senator Don Brant, a billionaire developer, attacked the harbor deal on Monday.\n\n"
         "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n"
         "Brant has fought the harbor deal for two years.\n\n"
         "{extra}"
         "Critics say Brant wants the port land for himself.\n\n" + FILLER)
BRANT_PEOPLE = ("Don Brant", "Brant", "Zoe Lark")


def test_a_person_unheard_under_any_name_is_offered():
    model = _unheard(BRANT.format(extra=""), _lark, BRANT_PEOPLE)
    assert "Don Brant" in model, model


def test_a_person_heard_as_the_billionaire_or_the_senator_is_no_missing_voice():
    for extra in ("The billionaire said the harbor deal was a disaster for the town.\n\n",
                  "\u201cThe harbor deal is a disaster,\u201d the senator told the crowd.\n\n",
                  "The harbor deal is a disaster for the town, said the developer.\n\n"):
        model = _model(BRANT.format(extra=extra), _lark, BRANT_PEOPLE)
        assert model is None or "Brant" not in model, (extra, model)


# 7. A faith or community is heard through a member or leader who speaks for it.
BAN = ("Ban on Muslims splits the town\n\n"
       "The town council voted to ban Muslims from the harbor market on Monday.\n\n"
       "{intro} said the ban would hurt families across the town.\n\n"
       "Muslims make up a tenth of the town. The ban starts next week.\n\n" + FILLER)


def _ban_model(intro, source):
    def atts(a):
        return [_att(a, source, "person", intro, "said", "the ban would hurt families across the town")]
    return _model(BAN.format(intro=intro), atts, ("Ali Khan", "Khan", "Zoe Lark"))


def test_a_group_none_of_whom_speaks_is_offered():
    model = _ban_model("Zoe Lark", "Zoe Lark")
    assert model is not None and "Muslims (¶1)" in model, model


def test_a_faith_is_heard_through_its_imam_or_a_member_of_its_council():
    for intro in ("Imam Ali Khan, who leads the largest mosque in the town,",
                  "Ali Khan, a member of the Islamic Council,"):
        model = _ban_model(intro, "Ali Khan")
        assert model is None or "Muslims" not in model, (intro, model)


def test_an_abbreviated_title_makes_the_senator_heard_and_another_sentence_s_words_describe_no_one():
    text = BRANT.replace("Senator Don Brant", "Sen. Don Brant")
    model = _model(text.format(extra="The senator said the harbor deal was a disaster for the town.\n\n"), _lark,
                   BRANT_PEOPLE)
    assert model is None or "Brant" not in model, model
    # "… the deal was fair. Don Brant …": "fair" describes no one, so "said the deal was fair." hears no Brant
    text = BRANT.replace("Brant has fought", "Zoe Lark said the deal was fair. Don Brant has fought")
    model = _unheard(text.format(extra=""), _lark, BRANT_PEOPLE)
    assert "Don Brant" in model, model


# 8. "did not directly respond" is a no-comment; "His campaign manager, Jo Pam, says" is the candidate's side;
# the accused's own written words naming the accuser are a reply.
def test_a_party_that_did_not_directly_respond_is_the_missing_voice():
    extra = "Vale did not directly respond to requests for comment on the count.\n\n"
    model = _model(RACE.format(extra=extra), _lark, ("Dan Vale", "Vale", "Zoe Lark"))
    assert model is not None and "Dan Vale" in model and "did not respond" in model, model


def test_his_campaign_manager_named_in_an_apposition_speaks_for_the_candidate():
    extra = ("With the win, Vale has taken six of seven contests. His campaign manager, Jo Pam, says it proves "
             "he can close the gap.\n\n")
    model = _model(RACE.format(extra=extra), _lark, ("Dan Vale", "Vale", "Zoe Lark", "Jo Pam"))
    assert model is None or "Vale" not in model, model


EMAILS = ("Emails show aide pressed staff\n\n"
          "Kay Dunn wrote in an email that the files should be deleted before the audit.\n\n"
          "Mayor Tom Reed accused Kay Dunn of hiding the files. Critics also blamed Dunn for the long delays.\n\n"
          "{third}\n\n"
          "Auditor Lin Park said the audit would finish in June.\n")


def _emails_model(third, reply=None):
    a = plain_article(EMAILS.format(third=third))
    atts = [_att(a, "Kay Dunn", "person", "Kay Dunn", "wrote", "the files should be deleted before the audit"),
            _att(a, "Lin Park", "person", "Auditor Lin Park", "said", "the audit would finish in June")]
    if reply:
        atts.append(_att(a, "Kay Dunn", "person", "Dunn", "tweeted", reply))
    item = missing_voice(_ctx(a, atts, _ents(a, "PERSON", "Kay Dunn", "Lin Park", "Tom Reed")))
    return None if item is None else item.answer[0]


def test_the_accused_is_offered_for_a_reply_only_when_her_words_do_not_answer_the_accuser():
    model = _emails_model("The audit began in March.")
    assert model is not None and "Kay Dunn's response to the accusations" in model, model
    model = _emails_model("Dunn tweeted that claims like Reed's set the town back.",
                          reply="claims like Reed's set the town back")
    assert model is None or "response to the accusations" not in model, model


def test_the_trust_model_answer_never_asserts_that_a_linked_account_conflicts_with_the_claim():
    ctx = _trust_ctx()
    ctx = replace(ctx, analysis=replace(ctx.analysis, conflicts=(Conflict(0, 1, "disagree"),)))
    item = trust_source(ctx, linked_only=True)
    assert item is not None
    model = item.answer[0]
    assert "conflicts with it" not in model and "another source's account" in model, model


# 5. Judged blind on the last kept-aside set: a news outlet offered as the voice missing from its own
#    piece; a missing-voice item whose support showed only the voices heard, never the party it names.
OUTLET = ("Passing the torch at POLITICO\n\n"
          "POLITICO named a new team for its morning newsletter, and the Harbor Board backed the plan.\n\n"
          "Zoe Lark said the harbor bill would bring new jobs to the town.\n\n" + FILLER)


def test_a_news_outlet_is_never_the_missing_voice(monkeypatch):
    """The parties the finders offer are filtered: an outlet reports, it is no stakeholder left unheard."""
    from quizgen.generate import perspective

    a = plain_article(OUTLET)
    ctx = _ctx(a, _lark(a), _ents(a, "PERSON", "Zoe Lark") + _ents(a, "ORG", "POLITICO", "Harbor Board"))
    offered = [("POLITICO", 1, "the writer names it again but never gives its own account", 2),
               ("the Harbor Board", 1, "the writer names it again but never gives its own account", 2)]
    monkeypatch.setattr(perspective, "_people_parties", lambda *args, **kw: [])
    monkeypatch.setattr(perspective, "_org_parties", lambda *args, **kw: offered)
    monkeypatch.setattr(perspective, "_identity_groups", lambda *args, **kw: [])
    chosen = perspective._missing_parties(ctx, ["Zoe Lark"], column=True)
    assert [c[0] for c in chosen] == ["the Harbor Board"], chosen


def test_the_missing_voice_item_cites_the_sentence_that_names_the_party():
    named = "The Coastal Survey Office mapped the tunnels last year.\n\n"
    a = plain_article(BORDER.format(named=named))
    ents = _ents(a, "PERSON", "Zoe Lark") + _ents(a, "ORG", "Coastal Survey Office")
    item = missing_voice(_ctx(a, _lark(a), ents))
    assert item is not None and "Coastal Survey Office" in item.answer[0]
    cited = [s.text for s in item.support]
    assert any("Coastal Survey Office declined to comment" in t for t in cited), cited  # the declining sentence
    assert "Coastal Survey Office" in item.explanation
