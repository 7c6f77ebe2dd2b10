"""Stop 58: failure shapes of its blind judging (the Wikinews sources W1–W5, PolNeAR P1) and those stop 57's left open,
each on constructed text of the same shape."""
from __future__ import annotations

import pytest

from quizgen.ingest import article_from_text
from tests.quizgen.test_s58_ledger_names import FILLER, _ctx_of  # a harbour article of constructed paragraphs


# T35: "Trump said Obama was the founder of ISIS on Wednesday at a Florida rally" was asked "how does the article
# present this claim?", keyed "attributed to a named source", while ¶7 says in the writer's words "Obama did not,
# however, personally found ISIS": the writer disputes it, which the key leaves out.
@pytest.mark.parametrize("later, contradicted", [
    ("Lund did not, however, personally found the ferry company.", True),
    ("The ferry company was never founded by Lund.", True),
    ("Lund founded the ferry company in 1998, the records show.", False),  # the same polarity: no dispute
    ("Lund did not attend the ferry company's meeting on Tuesday.", False),  # negated, but another fact
])
def test_no_certainty_item_on_a_claim_the_writer_contradicts_later(nlp, later, contradicted):
    from quizgen.generate.certainty import _presented, generate, writer_contradicts

    ctx = _ctx_of(nlp, "Ferry Row Goes On", [
        "Tom Hale said Peter Lund was the founder of the ferry company on Wednesday at a rally in Marlow.",
        "The council will meet again next month to discuss the budget for the coming year.",
        later])
    claims = [c for c in _presented(ctx)[0] if "ferry" in c[2]]
    assert claims, _presented(ctx)[0]
    assert writer_contradicts(ctx, claims[0][1], claims[0][2]) is contradicted
    asked = [it for it in generate(ctx) if "founder of the ferry" in it.stem]
    assert (not asked) is contradicted, [it.stem for it in asked]


# T37: "In ¶14, how does the article give what Donald Trump said?" keyed "it quotes his exact words", where ¶8 ("The
# woman's enthusiasm for Trump is recorded in detail:") opens an excerpt of another paper's piece that runs to ¶15:
# the words are given as that piece gives them.
@pytest.mark.parametrize("setup, relayed", [
    ("The rally is recorded in detail in the Gazette's piece:", True),
    ("Hannah Dale of the Gazette reports:", True),
    ("Reporters waited outside the hall for the mayor.", False),  # no setup of an excerpt
    ("The mayor said on Tuesday evening:", False),  # his own statement, quoted whole: no other piece
])
def test_no_quote_form_item_inside_an_excerpt_of_another_piece(nlp, setup, relayed):
    from quizgen.generate.attribution import in_relayed_excerpt, quoted_or_reported

    ctx = _ctx_of(nlp, "Mayor Speaks At Harbour Rally", [
        "The harbour rally drew a large crowd to the old quay on Saturday afternoon.",
        setup,
        "“Here comes the mayor,” one woman said, clapping as the band played.",
        "“We will rebuild the ferry pier and we will do it this year,” Tom Hale said, looking out on the crowd."])
    assert in_relayed_excerpt(ctx, 4) is relayed
    assert not in_relayed_excerpt(ctx, 1)
    hale = [a for a in ctx.analysis.attributions if a.paragraph == 4 and "Hale" in a.source]
    assert hale, [(a.source, a.content) for a in ctx.analysis.attributions]
    assert (quoted_or_reported(ctx, hale[0]) is None) is relayed


# T34: "… dismissed Wisconsin Gov. ______ as an ineffective leader" (keyed Scott Walker) beside another gap's stem
# "Trump went after Walker hours after the Wisconsin governor threw his support behind …": the second stem tells who
# the governor is, though the two sentences share nothing else.
@pytest.mark.parametrize("other, gives", [
    ("Hale went after Lund hours after the Marlow mayor backed the ferry plan of Sen. ______.", True),
    ("Hale went after Mayor Lund hours after the council backed the ferry plan of Sen. ______.", True),
    ("Hale went after Lund hours after the Marlow council backed the ferry plan of Sen. ______.", False),  # no office
    ("Hale went after the Marlow mayor hours after the council backed the plan of Sen. ______.", False),  # no name
])
def test_a_name_gap_is_given_away_by_another_stem_naming_and_describing_the_person(other, gives):
    from quizgen.generate.base import make_item
    from quizgen.generate.lesson import gives_away
    from quizgen.model import Support

    first = "Inside the hall, Hale on Tuesday dismissed Marlow Mayor Peter Lund as an ineffective leader."
    gap = make_item("key_detail", "short_answer", "Complete the detail from ¶7: \"Inside the hall, Hale on Tuesday "
                    "dismissed Marlow Mayor ______ as an ineffective leader.\" Write the missing name.", [],
                    ["Peter Lund", "Lund"], "¶7", [Support(7, 700, 700 + len(first), first)])
    later = make_item("key_detail", "short_answer", f"Complete the detail from ¶8: \"{other}\" Write the missing "
                      "name.", [], ["Tom Reyes", "Reyes"], "¶8", [Support(8, 900, 900 + len(other), other)])
    assert gives_away(gap, later) is gives


# W1 (Wikinews sources, judged blind): "who asserted that AIDS was a laboratory-created ailment?" keyed Maathai, where
# the article writes "statements she reportedly made asserting that …" and she says in the next paragraphs that her
# comments "were misquoted": whether she said it at all is in doubt.
@pytest.mark.parametrize("paragraphs, doubted", [
    (["The award raised eyebrows because of statements Ann Reyes reportedly made asserting that the river flood "
      "was caused on purpose by the dam's owners.",
      "The committee chose her for her work on the river banks over thirty years."], True),
    (["The award raised eyebrows because of statements Ann Reyes made asserting that the river flood was caused on "
      "purpose by the dam's owners.",
      "But Reyes told reporters that her comments about the flood were misquoted and taken out of context."], True),
    (["The award raised eyebrows because of statements Ann Reyes made asserting that the river flood was caused on "
      "purpose by the dam's owners.",
      "The committee chose her for her work on the river banks over thirty years."], False),
    (["The award raised eyebrows because of statements Ann Reyes made asserting that the river flood was caused on "
      "purpose by the dam's owners.",
      "\"It has never made sense to me that the farmers are blamed for the flood,\" Reyes said on Friday."], False),
])
def test_no_attribution_item_on_words_the_source_may_not_have_said(nlp, paragraphs, doubted):
    from quizgen.generate.attribution import said_in_doubt

    ctx = _ctx_of(nlp, "River Prize Raises Eyebrows", paragraphs)
    flood = [a for a in ctx.analysis.attributions if "flood" in a.content and "Reyes" in a.source]
    assert flood, [(a.source, a.cue, a.content) for a in ctx.analysis.attributions]
    assert said_in_doubt(ctx, flood[0]) is doubted


# W1: "The chemistry prize was awarded to Israelis Aaron Ciechanover and ______" keyed "Avram Hershko" and "Irwin
# Rose", the blank hiding "Avram Hershko and American Irwin Rose": a list that starts before the gap (a name the
# tagger left out of it) is asked whole or not at all.
def test_no_choose_all_gap_on_a_list_whose_first_name_stands_before_it(nlp):
    from quizgen.generate.name_lists import _gap, _open_list, _runs

    ctx = _ctx_of(nlp, "Harbour Prizes Awarded", [
        "The harbour prize was awarded on Monday to Britons Peter Hale and Tom Reyes and American Ann Dale for their "
        "work on the old quay.",
        "The harbour fund has hired Sam Lowe and Dan Webb for the new river pier project next spring.",
        "Kim Ford runs the bakery on the square. Lee Marsh keeps the lighthouse.",
        "Residents know Kim Ford and Lee Marsh well. Sam Lowe and Dan Webb grew up in Marlow."])
    opened = {}
    for s in ctx.analysis.sentences[:2]:
        for run in _runs(ctx, s):
            opened[" ".join(e.text for e in run)] = _open_list(ctx, s, *_gap(ctx, s, run))
    assert opened.get("Sam Lowe Dan Webb") is False, opened  # the control: a list the gap holds whole
    assert opened.get("Tom Reyes Ann Dale") is True, opened  # "… Peter Hale and ______": the list began before


# W1: a byline with its outlet in brackets ("By Meng Yan (China Daily)") was kept as ¶1, and a pull quote's role line
# ("Chilean president") as a paragraph while the name above it ("Ricardo Lagos") was set aside: every later ¶ number
# was off by one from the article as a reader counts its paragraphs.
def test_a_byline_with_its_outlet_in_brackets_is_set_aside():
    text = ("Harbour Bridge To Reopen\n\nBy Ann Lee (Marlow Gazette)\n\n"
            "The harbour bridge will reopen in May after two years of repairs, the council said on Tuesday.\n\n"
            "Work on the old quay will start next month and last until the end of the summer season.\n\n"
            + FILLER + "\n")
    article = article_from_text(text)
    assert article.paragraphs[0].text.startswith("The harbour bridge")
    assert article.byline == "Ann Lee (Marlow Gazette)"
    # a sentence that opens on "By" stays
    body = article_from_text(text.replace("By Ann Lee (Marlow Gazette)", "By Tuesday the bridge was open again."))
    assert body.paragraphs[0].text == "By Tuesday the bridge was open again."


def test_a_role_line_under_a_set_aside_name_goes_with_it():
    para = "The council chose the new harbour plan after a long debate in the town hall on Tuesday evening."
    text = (f"Harbour Plan Chosen\n\n{para}\n\nWe have waited too long for this bridge\n\nPeter Lund\n\n"
            f"Marlow mayor\n\nMr Lund said the work would start in May and end before the winter storms came.\n\n"
            f"{FILLER}\n")
    article = article_from_text(text)
    texts = [p.text for p in article.paragraphs]
    assert "Marlow mayor" not in texts and "Peter Lund" not in texts, texts
    assert texts[-2].startswith("Mr Lund said"), texts
    # a short line of its own that follows a paragraph, not a name, stays
    kept = article_from_text(text.replace("Peter Lund\n\n", ""))
    assert "Marlow mayor" in [p.text for p in kept.paragraphs]


# W1: "Reid selected to be Senate Minority Leader" / "Durbin of Illinois elected to be second in charge" / "WASHINGTON
# (AP) -- Sen. Harry Reid … won election …": the standfirst on its own line was ¶1, so the main idea's lede was no lede
# and every ¶ number was one more than the story's own.
@pytest.mark.parametrize("deck, set_aside", [
    ("Lund picked to run the harbour board for a second term", True),
    ("The council met on Tuesday to pick a new chair for the harbour board.", False),  # a sentence: paragraph 1
    ("\"We will rebuild the pier\" says the new chair", False),  # a quotation
])
def test_a_standfirst_line_under_the_headline_is_no_paragraph(deck, set_aside):
    text = (f"Hale Elected Harbour Chair\n\n{deck}\n\n"
            "MARLOW (AP) -- Tom Hale won election as chair of the harbour board on Tuesday and said he would "
            "rebuild the old pier before the winter storms.\n\n" + FILLER + "\n")
    article = article_from_text(text)
    first = article.paragraphs[0].text
    assert (first.startswith("Tom Hale won") or first.startswith("MARLOW")) is set_aside, first
    assert any(deck.strip() in note for note in article.notes) is set_aside


# W1: web pages pasted whole: the site's name above the headline was read as the headline ("News", "The Japan Times
# Online") and the real headline as ¶1; a breadcrumb trail and a footer's row of links were paragraphs.
def test_a_site_name_and_its_breadcrumbs_above_the_headline_are_set_aside():
    body = ("The harbour bridge will reopen in May after two years of repairs, the council said on Tuesday.\n\n"
            + FILLER + "\n\nAbout us / Contact us / Advertising / Subscribe\n\n(C) All rights reserved\n")
    top = "The Marlow Gazette Online\n\nHome > News > Local\n\nHarbour bridge to reopen in May\n\n"
    article = article_from_text(top + body)
    assert article.title == "Harbour bridge to reopen in May"
    texts = [p.text for p in article.paragraphs]
    assert texts[0].startswith("The harbour bridge"), texts
    assert not any("Contact us" in t or "rights reserved" in t for t in texts), texts
    # a headline that names a paper is still the headline: no second headline-like line under it
    kept = article_from_text("Marlow Gazette Wins Award\n\n" + body)
    assert kept.title == "Marlow Gazette Wins Award"
    assert kept.paragraphs[0].text.startswith("The harbour bridge")


@pytest.mark.parametrize("line, nav", [
    ("Home > News > UK > Health/Medical", True),
    ("Sport | Politics | Money | Travel", True),
    ("Democrats / Republicans split on the bill.", False),
    ("The vote was 52 / 48 in the end, with two absent.", False),
])
def test_navigation_lines_are_page_furniture(line, nav):
    from quizgen.ingest.setaside import classify_line

    assert (classify_line(line) == "boilerplate") is nav


# W3: '"…," said Roberto Guarnieri of Venezuela, the permanent secretary of the Caracas-based Latin American Economic
# System (SELA), made up of 25 Latin American and Caribbean states.': the participle on the body was read as a second
# claim of Guarnieri's ("made up of 25 … states", then keyed "they contradict each other" beside another source), or,
# where the parse made the name the participle's subject, the quotation was given to no one.
@pytest.mark.parametrize("quotation", [
    "We will build the new pier this year, whatever the cost",
    "Despite the cost, what matters most in this process is political will, which must come first",
])
def test_a_participle_on_the_speakers_body_is_no_claim_and_takes_no_quotation(nlp, quotation):
    ctx = _ctx_of(nlp, "Harbour Board Meets", [
        f"\"{quotation},\" said Tom Hale of Marlow, the permanent secretary of the Marlow-based Harbour Board (HB), "
        "made up of 25 local towns and villages."])
    hale = [a for a in ctx.analysis.attributions if a.paragraph == 1]
    assert [a.source for a in hale] == ["Tom Hale"], [(a.source, a.content) for a in hale]
    assert hale[0].direct and hale[0].content.startswith(quotation[:20])


# W3: "The report concluded that … most of the suffering was psychological" asked "what kind of evidence?", keyed "the
# results of research", beside "first-hand testimony" and "a statement by an official", while ¶2 calls it "an official
# report" and says it is "based on survivors' testimonies": both distractors are defensible.
def test_no_testimony_or_official_distractor_for_a_report_the_article_says_rests_on_them():
    from quizgen.generate.evidence import _OFFICIAL_REPORT, _TESTIMONY_BASED

    text = ("The mayor made the offer as an official report was published. The report, based on survivors' "
            "testimonies, found that the flood defences had failed.")
    assert _TESTIMONY_BASED.search(text) and _OFFICIAL_REPORT.search(text)
    assert _TESTIMONY_BASED.search("The study relied mainly on interviews with former workers.")
    plain = "A study by the university found that the flood defences had failed in three places."
    assert not _TESTIMONY_BASED.search(plain) and not _OFFICIAL_REPORT.search(plain)


def test_a_report_is_keyed_as_findings_when_the_stem_says_report():
    from quizgen.generate.evidence import _key_label

    assert _key_label("¶3 says: \"The report concluded that most damage was done by the wind.\"",
                      "study/report") == "Findings from an inquiry"


# W3: "preeminence" ("high status importance owing to marked superiority") keyed beside the gloss the article's own
# "stature" lent ("high level of respect gained by impressive development or achievement"): two senses under
# "status" a student can defend for one word.
def test_a_word_of_the_article_under_the_keys_narrow_hypernym_lends_no_gloss():
    from quizgen import wordnet
    from quizgen.generate.vocabulary import _narrow_kin

    wn = wordnet.load()
    assert wn is not None
    key = next(s for s in wn.senses("preeminence", "NOUN") if "superiority" in s.definition)
    stature = next(s for s in wn.senses("stature", "NOUN") if "respect" in s.definition)
    assert _narrow_kin(wn, key, stature)
    storm = wn.senses("hurricane", "NOUN")[0]
    assert not _narrow_kin(wn, key, storm)  # a sense of another field still lends its gloss
    joy = wn.senses("joy", "NOUN")[0]
    assert not _narrow_kin(wn, key, joy)


# W3: a main-idea key "28 December 2004 South Asia earthquake and tsunamis A series of earthquakes … have hit …": a
# release's heading run into its first sentence; and a distractor "To this end WHO is: strengthening …".
@pytest.mark.parametrize("text, unfit", [
    ("28 December 2004 Harbour flood update A series of storms has hit the coast and caused serious damage.", True),
    ("To this end the council is repairing the sea wall and the old quay before the winter.", True),
    ("A series of storms has hit the coast of Marlow and caused serious damage to the old quay.", False),
])
def test_main_idea_options_are_no_run_in_headings_nor_lean_on_the_sentence_before(text, unfit):
    from quizgen.generate.main_idea import _unfit_option

    assert _unfit_option(text) is unfit


# W3: "the white paper says the government has been enhancing dialogue with … nongovernmental organizations, but the
# efforts leave much to be desired" asked "what kind of source gives this claim?": the turn may be the writer's verdict.
@pytest.mark.parametrize("sentence, turns", [
    ("Third, the white paper says the town has been repairing the harbour walls, but the efforts leave much to be "
     "desired.", True),
    ("The report says the council has cut the budget, but the results remain unclear.", True),
    ("The report says the council has cut the budget, but Hale says it has not.", False),  # another source's turn
    ("The report says the council has cut the budget for the harbour walls by a third.", False),
    ("\"We repaired the walls, but the efforts were not enough,\" the report says.", False),  # the source's own words
])
def test_no_kind_of_source_item_on_a_claim_that_turns_to_a_verdict(sentence, turns):
    from quizgen.generate.sourcing import verdict_tail

    assert verdict_tail(sentence) is turns


# W3: page furniture left in a paragraph ("… This site is optimized for viewing with Netscape or Internet Explorer,
# version 4.0") gave a key-detail gap on "4.0"; a reference mark "(8)" gave the stem "(______." and the answer "8)".
def test_page_notices_are_set_aside_and_a_reference_mark_is_no_gap():
    from quizgen.generate.base import make_item
    from quizgen.generate.key_detail import note_number_gap
    from quizgen.ingest.setaside import classify_line
    from quizgen.model import Support

    assert classify_line("Sports / Festivals Advertise in marlowtimes.co.uk. This site is optimized for viewing "
                         "with Netscape or Internet Explorer, version 4.0 or later.") == "boilerplate"
    assert classify_line("The council said the site is being repaired and will open in June.") is None
    sentence = "Most of the damage was done by the wind, the report found (8)."
    gap = make_item("key_detail", "short_answer", "Complete the detail from ¶4: \"Most of the damage was done by the "
                    "wind, the report found (______).\" Write the missing number.", [], ["8"], "¶4",
                    [Support(4, 100, 100 + len(sentence), sentence)])
    assert note_number_gap(gap)
    count = "The wind damaged 8 homes on the old quay, the report found."
    real = make_item("key_detail", "short_answer", "Complete the detail from ¶4: \"The wind damaged ______ homes on "
                     "the old quay, the report found.\" Write the missing number.", [], ["8", "eight"], "¶4",
                     [Support(4, 100, 100 + len(count), count)])
    assert not note_number_gap(real)


def test_a_count_in_brackets_with_its_noun_is_still_a_gap():
    from quizgen.generate.base import make_item
    from quizgen.generate.key_detail import note_number_gap
    from quizgen.model import Support

    sentence = "Voters cast ballots in Marlow (475 delegates) and five other towns on Tuesday."
    gap = make_item("key_detail", "short_answer", "Complete the detail from ¶5: \"Voters cast ballots in Marlow "
                    "(______ delegates) and five other towns on Tuesday.\" Write the missing number.", [],
                    ["475"], "¶5", [Support(5, 100, 100 + len(sentence), sentence)])
    assert not note_number_gap(gap)


# W3: a gap keyed "US$300 million" refused "$300 million"; a who-said item keyed "Inacio Lula" refused "Lula da Silva"
# and the full name the article writes, "Luis Inacio Lula da Silva".
def test_a_sum_in_a_countrys_dollars_is_right_in_plain_dollars():
    from quizgen.generate.key_detail import _as_asked, accepted_numbers

    forms = _as_asked("US$300 million", accepted_numbers("US$300 million"))
    assert "$300 million" in forms and "US$300 million" in forms
    assert "300" not in forms  # a bare number is still no amount


def test_a_speakers_longer_names_in_the_article_are_accepted(nlp):
    from quizgen.generate.attribution import name_the_source

    ctx = _ctx_of(nlp, "Presidents Meet In Marlow", [
        "Inacio Lula said on Monday that Brazil is confident of the prospects of working with the town on trade.",
        "Luis Inacio Lula da Silva arrived in Marlow on Saturday evening for a six-day visit to the harbour."])
    made = [name_the_source(ctx, a) for a in ctx.analysis.attributions if a.paragraph == 1]
    items = [it for it in made if it is not None]
    assert items, [(a.source, a.content) for a in ctx.analysis.attributions]
    assert "Luis Inacio Lula da Silva" in items[0].answer and "Lula da Silva" in items[0].answer, items[0].answer


# The shared UK asylum article: sure quotations opened by a colon after a verb that is no verb of saying ("She
# continued: "…"", "Sunak defended the record: "…"") or by "stating" were never asked who said them (9 items, 19 sure
# claims): the quoted words are the speaker's whatever the verb.
@pytest.mark.parametrize("paragraph, asked", [
    ("Council leader Ann Reyes continued: \"We have a plan to rebuild the harbour walls and the old quay before the "
     "winter storms come.\"", True),
    ("Residents' campaigner Ann Reyes was quoted, with Reyes stating: \"People in the harbour flats clearly need the "
     "council to make quicker and fairer repair decisions.\"", True),
    ("Council leader Ann Reyes continued her tour of the harbour walls and the old quay before the winter storms "
     "came.", False),
])
def test_a_quotation_a_colon_opens_is_asked_who_said_it(nlp, paragraph, asked):
    from quizgen.generate.attribution import who_said

    ctx = _ctx_of(nlp, "Harbour Repairs Planned", [
        "Mayor Tom Hale said the harbour walls would be repaired by the spring, whatever the final cost to the town.",
        "Peter Lund, who runs the ferry, said the quay had been unsafe for years and should have been closed.",
        "Sam Lowe, a fisherman, said the storms last winter had broken his boat and two others in the harbour.",
        paragraph])
    reyes = [a for a in ctx.analysis.attributions if a.paragraph == 4 and "Reyes" in (a.source or "")]
    made = [who_said(ctx, a) for a in reyes]
    assert any(it is not None for it in made) is asked, [(a.cue, a.content) for a in reyes]


# The shared homeopathy article: '"Gloria spent a lot of the last five months of her life crying …," in the words of
# Crown prosecutor Mark Tedeschi' was never asked who said it ("in the words of" was no verb of saying).
def test_a_quotation_in_the_words_of_a_person_is_asked_who_said_it(nlp):
    from quizgen.generate.attribution import who_said_stem

    ctx = _ctx_of(nlp, "Harbour Trial Opens", [
        "By the end the boat was badly damaged, and in the words of the prosecutor, Mark Tedeschi, \"The boat spent "
        "the last five months of the season tied up at the quay, leaking and rusting.\"",
        "Defence lawyer Tom Molomby said the owners had done their best to keep the boat afloat."])
    words = [a for a in ctx.analysis.attributions if a.paragraph == 1]
    assert words and words[0].source == "Mark Tedeschi", [(a.source, a.cue) for a in words]
    assert who_said_stem(ctx, words[0]) is not None


# W2 (kept aside, judged on the stop's code before these fixes) and W4: the failure shapes, each on constructed text.
def test_a_place_after_of_is_no_speaker_before_a_subjectless_cue(nlp):
    ctx = _ctx_of(nlp, "Troops Seen Near Border", [
        "Amid fears of a new war, the head of the United Nations mission in the region, Monuc, in the eastern town of "
        "Goma told journalists that scores of soldiers had been seen in the area."])
    assert not any(a.source == "Goma" for a in ctx.analysis.attributions), \
        [(a.source, a.content) for a in ctx.analysis.attributions]


def test_a_nationality_inside_a_bodys_name_is_no_source_of_its_own(nlp):
    ctx = _ctx_of(nlp, "Pub Ban Row", [
        "The British Beer and Pub Association, which represents 40,000 public houses, accused Mr Reid of bringing in "
        "a ban on eating in pubs rather than a ban on smoking."])
    sources = [a.source for a in ctx.analysis.attributions if a.paragraph == 1]
    assert "British" not in sources and "British Beer and Pub Association" in sources, sources


@pytest.mark.parametrize("option, clause", [
    ("The raids, carried out by 300 Iraqi commandos and backed by American soldiers", False),
    ("The ledgers, computers and other materials recovered from the insurgent command centers", False),
    ("The raid on the harbour took place around noon", True),
    ("Initial indications are that it is a fairly significant find", True),
])
def test_what_did_x_say_options_are_clauses(option, clause):
    from quizgen.generate.attribution import has_clause

    assert has_clause(option) is clause


def test_a_sentence_opener_is_no_part_of_a_title(nlp):
    from quizgen.generate.key_detail import identity_items

    ctx = _ctx_of(nlp, "Harbour Talks Resume", [
        "However former Marlow harbour master Tom Hale said the talks on the pier would resume in the spring.",
        "Peter Lund, the ferry owner, said he would wait for the talks before he bought a new boat."])
    stems = [it.stem for it in identity_items(ctx, set())]
    assert not any("However" in s for s in stems), stems


def test_a_fact_sheets_run_of_fields_gets_no_gap():
    from quizgen.generate.key_detail import _FIELD_RUN

    assert _FIELD_RUN.search("Minimum Age to Receive the Penalty: 18 Does the State Forbid the Practice: Yes Prison "
                             "Location: Somers")
    assert not _FIELD_RUN.search("The mayor said: the pier will reopen in May, and the ferry will run again.")
    assert not _FIELD_RUN.search("Hale told reporters: \"We will rebuild the pier,\" and added that Marlow: a town of "
                                 "5,000 people would cope.")


def test_one_of_a_side_is_no_expert(nlp):
    from quizgen.generate.sourcing import _ONE_OF_A_SIDE

    assert _ONE_OF_A_SIDE.search("But the school's defenders such as training specialist Joe Leuer say the training "
                                 "was important.")
    assert not _ONE_OF_A_SIDE.search("Training specialist Joe Leuer, who studies the school, said the training was "
                                     "important.")


@pytest.mark.parametrize("keyed, student", [("one ton", "1 ton"), ("two miles", "2 miles"), ("406.50", "406.5")])
def test_a_number_written_in_words_with_its_unit_is_right_in_digits(keyed, student):
    from quizgen.generate.key_detail import _as_asked, accepted_numbers

    assert student in _as_asked(keyed, accepted_numbers(keyed))


def test_a_person_before_a_state_is_no_city(nlp):
    from quizgen.generate.key_detail import _places

    ctx = _ctx_of(nlp, "Recount Sought In Ohio", [
        "The legal team says write-in votes wrongly defaulted in Coshocton, Ohio, and in Cleveland, Ohio, last month.",
        "Richard Conglianese, Ohio assistant attorney general, said the count in Columbus, Ohio, was sound.",
        "Richard Conglianese told the court the state would appeal any order for a recount."])
    _, with_state = _places(ctx)
    assert "Coshocton" in with_state and "Richard Conglianese" not in with_state, with_state


# W5 (final set): "$300bn" asked as "number and unit" accepted "$300" and "300 dollars" and refused "$300 billion";
# "Captain Larry Burt, commander of the US helicopter mission" keyed as one who took part, not one speaking for a force.
@pytest.mark.parametrize("keyed, right, wrong", [
    ("$300bn", "$300 billion", "$300"),
    ("£25m", "25 million pounds", "£25"),
    ("$5tn", "$5 trillion", "5 dollars"),
])
def test_a_short_scale_after_a_sum_is_read_as_its_word(keyed, right, wrong):
    from quizgen.generate.key_detail import _as_asked, accepted_numbers

    forms = _as_asked(keyed, accepted_numbers(keyed))
    assert right in forms and wrong not in forms, forms


def test_fifteen_m_is_no_sum_of_millions():
    from quizgen.generate.key_detail import accepted_numbers

    assert "15 million" not in accepted_numbers("15m")  # metres as often as millions: left as written


def test_an_officer_in_command_is_no_plain_participant(nlp):
    from quizgen.generate.sourcing import PARTICIPANT, person_role

    ctx = _ctx_of(nlp, "Helicopters Reach Harbour", [
        "Captain Ann Reyes, commander of the harbour rescue mission, said the helicopters had reached the quay.",
        "Sam Lowe, a witness to the rescue, said the boats had been pulled ashore by noon."])
    reyes = [a for a in ctx.analysis.attributions if "Reyes" in a.source]
    lowe = [a for a in ctx.analysis.attributions if "Lowe" in a.source]
    assert reyes and lowe
    assert person_role(ctx, reyes[0]) is None
    assert person_role(ctx, lowe[0]) == PARTICIPANT


# Seen on a W3 worksheet's key: "— the source is senior official." (the article's "A senior official said").
def test_an_unnamed_sources_explanation_keeps_its_determiner(nlp):
    from quizgen.generate.sourcing import _as_written

    ctx = _ctx_of(nlp, "Harbour Meeting Planned", [
        "A senior official said Monday that the council is trying to arrange a meeting on the harbour walls.",
        "Officials said the work would start in the spring, whatever the final cost."])
    written = {a.paragraph: _as_written(ctx, a) for a in ctx.analysis.attributions if a.source_kind == "unnamed_group"}
    assert written.get(1) == "a senior official", written
    assert written.get(2) == "officials", written


# P1 (final set): 'who said, "To those who support Mr. Trump, I understand … because he's the party nominee … I…"?': the
# quotation's next piece cut after one word.
@pytest.mark.parametrize("body, shown", [
    ("said, \"To those who back the plan, I understand why, because it is the council's plan … I…\"",
     "said, \"To those who back the plan, I understand why, because it is the council's plan …\""),
    ("said, \"We will win … and we will keep the pier open for the town…\"",
     "said, \"We will win … and we will keep the pier open for the town…\""),
])
def test_a_quotations_last_piece_is_not_cut_to_a_word_or_two(body, shown):
    from quizgen.generate.attribution import _STUB_PIECE

    assert _STUB_PIECE.sub(r" …\1", body) == shown


# The e2e teacher's lesson of the shared Pompeo article: "which of these did Chinese government say?" keyed "The camps
# are required to fight terrorism" ("Beijing says") beside what the foreign ministry's spokeswoman said: true of the
# government as well.
def test_no_which_did_x_say_item_on_a_body(nlp):
    import random
    from pathlib import Path

    from quizgen.analysis import analyse
    from quizgen.generate import sure_claims
    from quizgen.generate.attribution import what_did_say
    from quizgen.generate.base import Context
    from quizgen.ingest import load_article
    from quizgen.model import ITEM_KINDS

    path = Path(__file__).resolve().parents[1] / "data" / "articles" / "00-seed-pompeo-xinjiang.txt"
    article = load_article(path)
    ctx = Context(article, sure_claims(analyse(article, nlp=nlp)), random.Random(0), frozenset(ITEM_KINDS))
    bodies = [a for a in ctx.analysis.attributions if a.source == "Chinese government"]
    people = [a for a in ctx.analysis.attributions if a.source == "Hua Chunying"]
    assert bodies and people, [(a.source, a.source_kind) for a in ctx.analysis.attributions]
    assert all(what_did_say(ctx, a) is None for a in bodies)


# Controls for the web-paste rules, from the last read of the change: a headline with a word a site's name may hold
# ("Post", "Home") stays the headline, and a story about a privacy policy keeps its paragraph.
def test_a_headline_with_a_site_word_stays_the_headline_and_policy_news_stays_text():
    body = ("The post office on the harbour will close in May after sixty years, the council said on Tuesday.\n\n"
            + FILLER + "\n")
    article = article_from_text("Post Office Closes\n\nSixty years of service end on the quay\n\n" + body)
    assert article.title == "Post Office Closes"
    assert article.paragraphs[0].text.startswith("The post office")
    policy = article_from_text("Harbour App Changes Rules\n\nThe harbour app changed its privacy policy on Tuesday, "
                               "and users complained about the new terms of service.\n\n" + body)
    assert policy.paragraphs[0].text.startswith("The harbour app changed its privacy policy")


# W6 (judged on the final code before these): "Dr. Michael" and "Michael" accepted for Michael Ross (Dr. Michael Norko
# is another man); a gap on "its 360 million" accepting only that; "US$9.4 million dollars" refusing "US$9.4 million";
# the headline printed again under a wire label keyed as the main idea.
def test_a_title_before_another_mans_given_name_is_no_form_of_this_name():
    from quizgen.generate.base import honorific_name_forms

    body = "Dr. Michael Norko said the test was fair. Michael Ross said he would not appeal. Mr. Ross smiled."
    accept, _ = honorific_name_forms(body, "Michael Ross")
    assert "Dr. Michael" not in accept and "Michael" not in accept and "Mr. Ross" in accept


def test_an_owner_before_a_number_stays_in_the_stem():
    from quizgen.generate.key_detail import _LEADING_WORDS

    lead = _LEADING_WORDS.match("its 360 million")
    assert lead is not None and "its 360 million"[lead.end():] == "360 million"
    assert _LEADING_WORDS.match("360 million") is None


def test_a_sum_with_its_sign_and_its_word_is_right_without_the_word():
    from quizgen.generate.key_detail import _as_asked, accepted_numbers

    assert "US$9.4 million" in _as_asked("US$9.4 million dollars", accepted_numbers("US$9.4 million dollars"))


def test_the_headline_again_is_no_main_idea_key(nlp):
    from quizgen.generate.main_idea import _copies_headline

    ctx = _ctx_of(nlp, "Kmart Acquires Sears in $11 Billion Deal", [
        "Update 12: Kmart Acquires Sears in $11 Billion Deal",
        "Kmart Holding Corp. is buying Sears in an $11 billion deal that will create the third-largest retailer."])
    assert _copies_headline(ctx, "Update 12: Kmart Acquires Sears in $11 Billion Deal")
    assert not _copies_headline(ctx, "Kmart Holding Corp. is buying Sears in an $11 billion deal that will create the "
                                     "third-largest retailer")


# W7 (judged on the final code of the stop before these): "who urged the two countries to co?" (of "co-operate");
# "between $5bn and $7bn" accepting "$5"; a national coach keyed as one who took part; "…, which a spokesman attributed
# to internal system testing" keyed "stated as fact, with no source"; a headline with its byline and an editor's
# "Excerpts from the Report …" keyed as the main idea.
def test_a_claim_cut_inside_a_hyphenated_word_is_not_asked(nlp):
    from quizgen.generate.attribution import cut_mid_word

    ctx = _ctx_of(nlp, "Harbour Talks", [
        "In the talks, Mayor Tom Hale also urged the two towns to co-operate within the harbour board to promote the "
        "interests of the fishermen.",
        "Peter Lund said the ferry would run every day of the summer whatever the council decides."])
    cut = [a for a in ctx.analysis.attributions if a.paragraph == 1 and a.content.rstrip().endswith("co")]
    whole = [a for a in ctx.analysis.attributions if a.paragraph == 2]
    assert whole and not cut_mid_word(ctx, whole[0])
    assert cut and all(cut_mid_word(ctx, a) for a in cut)


@pytest.mark.parametrize("keyed, wrong", [("between $5bn and $7bn", "$5"), ("5 to 7", "5")])
def test_a_range_is_right_only_whole(keyed, wrong):
    from quizgen.generate.key_detail import _as_asked, accepted_numbers

    forms = _as_asked(keyed, accepted_numbers(keyed))
    assert keyed in forms and wrong not in forms, forms


def test_a_coach_is_no_sure_participant(nlp):
    from quizgen.generate.sourcing import person_role

    ctx = _ctx_of(nlp, "Team Named", [
        "Coach John Bracewell said the swing bowler would have played had he been fit for the test on Thursday."])
    coach = [a for a in ctx.analysis.attributions if "Bracewell" in a.source]
    assert coach and person_role(ctx, coach[0]) is None


def test_a_spokesmans_words_inside_a_sentence_are_no_unsourced_fact():
    from quizgen.generate.certainty import _VOICE_INSIDE

    assert _VOICE_INSIDE.search("The site was unavailable on Friday, which a spokesman attributed to system testing.")
    assert _VOICE_INSIDE.search("The council attributed the delay to the storms in 2004.")
    assert not _VOICE_INSIDE.search("The site was unavailable for most of Friday, the third outage in 2004.")


@pytest.mark.parametrize("text, unfit", [
    ("Asteroid 2004 MN4 Reaches Highest Score To Date On Hazard Scale Don Yeomans, Steve Chesley", True),
    ("Excerpts from the Report from the National Commission on Prison and Torture, as translated by The Herald", True),
    ("The commission found that torture was a policy of the state for the whole of the military rule", False),
    ("Rep. Debbie Wasserman Schultz won her Democratic primary Tuesday in South Florida", False),  # names, no headline
])
def test_a_headline_and_an_editors_note_are_no_main_idea_keys(text, unfit):
    from quizgen.generate.main_idea import _FRAMING, _HEADLINE_SMALL

    assert bool(len(_HEADLINE_SMALL.findall(text)) >= 2 or _FRAMING.match(text)) is unfit
