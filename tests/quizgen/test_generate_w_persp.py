"""Perspective failure shapes judged blind, each on a constructed article: a trust-a-source stem that
presumed spin and pointed to a paragraph sharing only names with the claim; a missing voice that
left out the party the article says has not responded (and a rubric that capped it at one point);
people heard through their campaign's spokesman, an organisation's name used only as a modifier
("the Cadillac tax") and a claim joined from another speaker's words, all offered as missing voices."""
from __future__ import annotations

from dataclasses import replace

from factories import claim as _att
from factories import entities_at as _ents
from factories import plain_article
from factories import sentence_context as _ctx

from quizgen.generate.perspective import _claimed_about, missing_voice, trust_source
from quizgen.model import Evidence, Span

# 1. Trust a source: a neutral stem, and only paragraphs that bear on the claim's words.
BRIDGE = ("Harbor town waits for its bridge\n\n"
          "The Harbor Company said: \u201cThe Millport Bridge will cut travel times for families in Dover "
          "County.\u201d\n\n"
          "In Dover County, a fair near the Millport Bridge raised money for a school band.\n\n"
          "A traffic study found that travel times across the river fell for families who tried the ferry.\n")


def _bridge_ctx():
    a = plain_article(BRIDGE)
    att = _att(a, "Harbor Company", "organisation", "The Harbor Company", "said",
               "The Millport Bridge will cut travel times for families in Dover County.", direct=True)
    return _ctx(a, [att])


def test_trust_source_stem_presumes_no_spin():
    item = trust_source(_bridge_ctx())
    assert item is not None
    assert "Why might" not in item.stem and "want readers to believe" not in item.stem
    assert "How far should readers trust this claim?" in item.stem


def test_trust_source_points_only_to_paragraphs_that_share_the_claims_words_not_its_names():
    # the ledger links the study to the claim (evidence cited for it); a paragraph is named only so
    # (judged blind: paragraphs picked by shared words alone were irrelevant)
    ctx = _bridge_ctx()
    article = ctx.article
    sent = "A traffic study found that travel times across the river fell for families who tried the ferry."
    at = article.text.index(sent)
    ev = Evidence("study/report", Span(at, at + len(sent), sent), 3, ctx.analysis.attributions[0].content)
    ctx = replace(ctx, analysis=replace(ctx.analysis, evidence=(ev,)))
    model = trust_source(ctx).answer[0]
    assert "¶3" in model  # the traffic study: travel times, families
    assert "¶2" not in model  # a fair in Dover County near the Millport Bridge: names only


def test_trust_source_makes_no_item_when_only_names_are_shared():
    a = plain_article(BRIDGE.split("A traffic study")[0].rstrip() + "\n")
    att = _att(a, "Harbor Company", "organisation", "The Harbor Company", "said",
               "The Millport Bridge will cut travel times for families in Dover County.", direct=True)
    assert trust_source(_ctx(a, [att])) is None


# 2-3. The party the article says has not responded is the missing voice, and earns full credit.
HARBOR = ("Former mayor attacks harbor plan\n\n"
          "Mayor Tom Reed said the harbor plan would bring new jobs to the town.\n\n"
          "Dana Cole, a former mayor, said the harbor plan would raise taxes for every family in town.\n\n"
          "Reed has not yet responded to the remarks by Cole.\n\n"
          "Reed also said the harbor would reopen to boats in May.\n\n"
          "Ivan Petrov won the sailing race on Sunday. Ivan Petrov had trained for months.\n\n"
          "The race was the longest in years, and Ivan Petrov was cheered at the dock.\n")


def _harbor_item():
    a = plain_article(HARBOR)
    atts = [_att(a, "Tom Reed", "person", "Mayor Tom Reed", "said", "the harbor plan would bring new jobs to the town"),
            _att(a, "Dana Cole", "person", "Dana Cole", "said",
                 "the harbor plan would raise taxes for every family in town"),
            _att(a, "Tom Reed", "person", "Reed", "said", "the harbor would reopen to boats in May",
                 after=a.text.index("Reed also"))]
    ents = _ents(a, "PERSON", "Tom Reed", "Dana Cole", "Ivan Petrov")
    return missing_voice(_ctx(a, atts, ents))


def test_a_party_the_article_says_has_not_responded_is_the_missing_voice_though_quoted_elsewhere():
    item = _harbor_item()
    assert item is not None
    model = item.answer[0]
    assert model.startswith("Answers vary. For example, Tom Reed (¶3)")
    assert "has not yet responded" in model
    assert "Ivan Petrov" not in model  # a name off the story's topic is not offered beside it


def test_the_rubric_gives_full_credit_to_the_party_that_has_not_responded():
    item = _harbor_item()
    full = next(r for r in item.rubric if r.points == 3).description
    minimal = next(r for r in item.rubric if r.points == 1).description
    # judged blind on set A: one rule for every answer, never an exception naming the model's party
    assert "quoted on other matters" in full and "answer to a charge or question" in full
    assert "Tom Reed" not in full + minimal and "already quotes" not in minimal


def test_a_lawyers_no_comment_stands_for_the_client():
    text = ("Clerk who kept the ledgers gets a deal\n\n"
            "Prosecutors granted a deal to Ned Pruitt, the clerk who kept the ledgers for the mayor.\n\n"
            "Pruitt's lawyer, Sam Ode, also declined to comment.\n\n"
            "Judge Alma Ruiz said the deal was lawful under state rules.\n\n"
            "Ned Pruitt is expected to testify in June.\n")
    a = plain_article(text)
    atts = [_att(a, "Alma Ruiz", "person", "Judge Alma Ruiz", "said", "the deal was lawful under state rules")]
    model = missing_voice(_ctx(a, atts, _ents(a, "PERSON", "Ned Pruitt", "Alma Ruiz", "Sam Ode"))).answer[0]
    assert model.startswith("Answers vary. For example, Ned Pruitt (¶2)")
    assert "declined to comment" in model


# 4. A person heard through a spokesman's statement, or a name two people share, is no accused
# party "whose reply the article does not report".
EMAILS = ("Emails show aide pressed staff\n\n"
          "Kay Dunn wrote in an email that the files should be deleted before the audit.\n\n"
          "Auditors accused Kay Dunn of hiding the files. Critics also blamed Dunn for the long delays.\n\n"
          "{third}\n\n"
          "Auditor Lin Park said the audit would finish in June.\n")


def _emails_item(third):
    a = plain_article(EMAILS.format(third=third))
    atts = [_att(a, "Kay Dunn", "person", "Kay Dunn", "wrote", "the files should be deleted before the audit"),
            _att(a, "Lin Park", "person", "Auditor Lin Park", "said", "the audit would finish in June")]
    return missing_voice(_ctx(a, atts, _ents(a, "PERSON", "Kay Dunn", "Lin Park", "Ed Dunn")))


def test_the_accused_party_is_offered_when_no_reply_of_theirs_is_reported():
    item = _emails_item("The audit began in March.")
    assert item is not None and "Kay Dunn's response to the accusations" in item.answer[0]


def test_a_person_heard_through_a_spokesman_is_never_the_accused_missing_voice():
    item = _emails_item("In a statement, a spokesman for Kay Dunn said the emails were taken out of context.")
    assert item is None or "Kay Dunn" not in item.answer[0]


def test_a_surname_two_people_share_is_never_the_accused_missing_voice():
    item = _emails_item("Her uncle, Ed Dunn, ran the office before her.")
    assert item is None or "Kay Dunn" not in item.answer[0]


# 5. An organisation's name used only as a modifier of a lower-case noun is no party.
def test_a_name_used_only_as_a_modifier_is_never_the_missing_voice():
    text = ("Levy delayed again\n\n"
            "Lawmakers plan to delay the Brightwater levy on costly health plans.\n\n"
            "Unions have long condemned the Brightwater levy as a burden on members.\n\n"
            "Senator Ann Lee said the delay would cost the budget billions of dollars.\n\n"
            "The Brightwater levy was meant to start in 2018.\n")
    a = plain_article(text)
    atts = [_att(a, "Ann Lee", "person", "Senator Ann Lee", "said",
                 "the delay would cost the budget billions of dollars")]
    ents = _ents(a, "ORG", "Brightwater") + _ents(a, "PERSON", "Ann Lee")
    item = missing_voice(_ctx(a, atts, ents))
    assert item is None or "Brightwater" not in item.answer[0]


# 6. A judge's one-word label joined to another man's quoted words is no claim of the judge's.
def test_claims_about_a_person_come_from_the_first_span_of_the_speakers_own_words():
    text = ("Host in court\n\n"
            "In a clip that Judge Ray Bell called \"ugly,\" the host said he wanted to \"hurt Senator Mae Ross "
            "badly.\"\n\n"
            "Mae Ross was not in court. Mae Ross is running again.\n")
    a = plain_article(text)
    att = _att(a, "Ray Bell", "person", "Judge Ray Bell", "called", "ugly", direct=True,
               extra=("hurt Senator Mae Ross badly.",))
    ctx = _ctx(a, [att], _ents(a, "PERSON", "Ray Bell", "Mae Ross"))
    assert "Ross" not in _claimed_about(ctx)


def test_a_quoted_claim_cut_at_its_comma_ends_with_a_full_stop_in_the_stem():
    text = ("Port plan\n\n"
            "\u201cThe port will double its trade by next year,\u201d the Harbor Company said.\n\n"
            "Customs figures show the port trade fell last year, and double shifts ended.\n")
    a = plain_article(text)
    att = _att(a, "Harbor Company", "organisation", "the Harbor Company", "said",
               "The port will double its trade by next year,", direct=True)
    item = trust_source(_ctx(a, [att]))
    assert item is not None and "by next year.\u201d How far" in item.stem


def test_a_person_first_named_near_the_end_of_a_report_is_no_missing_voice():
    """Judged blind: a rival the subject mocked in tweets at the end of the story was off its topic."""
    body = "".join(f"The harbor plan was debated for the {n} time on Monday.\n\n" for n in
                   ("first", "second", "third", "fourth", "fifth", "sixth", "seventh"))
    text = ("Harbor plan debated\n\n"
            "Mayor Tom Reed said the harbor plan would bring new jobs to the town.\n\n" + body +
            "Reed also mocked Ivan Petrov on Twitter. Ivan Petrov lost the sailing race.\n\n"
            "Ivan Petrov had trained for months.\n")
    a = plain_article(text)
    atts = [_att(a, "Tom Reed", "person", "Mayor Tom Reed", "said", "the harbor plan would bring new jobs to the town")]
    item = missing_voice(_ctx(a, atts, _ents(a, "PERSON", "Tom Reed", "Ivan Petrov")))
    assert item is None or "Ivan Petrov" not in item.answer[0]
    early = plain_article(text.replace("Reed also mocked", "Ivan Petrov watched the debate. Reed also mocked", 1)
                          .replace(body, "Ivan Petrov spoke to no one at the first debate.\n\n" + body, 1))
    atts = [_att(early, "Tom Reed", "person", "Mayor Tom Reed", "said",
                 "the harbor plan would bring new jobs to the town")]
    item = missing_voice(_ctx(early, atts, _ents(early, "PERSON", "Tom Reed", "Ivan Petrov")))
    assert item is not None and "Ivan Petrov (¶2)" in item.answer[0]


def test_a_party_after_by_in_a_criticism_is_no_target():
    from quizgen.generate.perspective import _criticised

    text = ("Budget fight\n\n"
            "Senator Ann Lee slammed a plan supported by the Harbor Council on Monday.\n\n"
            "Critics also attacked the Dock Board over the delays.\n")
    a = plain_article(text)
    ctx = _ctx(a, [], _ents(a, "ORG", "Harbor Council", "Dock Board"))
    crit = _criticised(ctx)
    assert "harbor council" not in crit and "dock board" in crit
