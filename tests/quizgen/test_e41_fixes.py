"""Shapes found in stop 41's blind judging of E41 (12 unseen PolNeAR train articles), each on a constructed
article first."""
from __future__ import annotations

from test_generate_j13 import _ctx

from quizgen.generate import key_detail

_TIMELINE = """Suspect in Riverton shooting named hours before the mayor was told

The timeline of the attack at the Riverton depot on Tuesday shows that Omar Haddad's name was broadcast on a \
police radio channel long before Mayor Helen Marsh was briefed, and long before city officials began to call the \
shooting a dispute at work.

9:00 am - Police receive calls saying shots have been fired inside the depot.

9:40 am - Police announce the suspect's name on the radio channel: Omar Haddad.

10:30 am - Mayor Helen Marsh is briefed on the situation.

4:15 pm - One of the suspects is named in newspaper reports as Omar Haddad.

Reporter Dana Whitlock told viewers that the depot had been closed for the night. Former police chief Victor \
Ruiz, in testimony to the council last year, had warned that the depot's doors could not be locked.

Council member Paul Brandt said the warning had been ignored for a year and that the city must now answer for it. \
Ruiz said he had written to the council three times about the doors.

The delay in naming the suspect came a week after the vote that took place on May 4: the contest between Helen \
Marsh and George Ellery for the office of mayor. Marsh won the vote by fewer than two hundred ballots.

Follow investigative reporter and podcast host Laura Bennett on Twitter at @lbennett.
"""


def _name_items(text):
    ctx, _ = _ctx(text)
    return key_detail.name_items(ctx, set())


def test_a_suspects_name_is_never_offered_beside_officials_and_reporters():
    # judged blind (E41): "One of the suspects is named … as ______" offered a former CIA director, a reporter and
    # the article's author; "the Presidential contest between ______ and Mitt Romney" offered the shooter
    items = _name_items(_TIMELINE)
    assert items, "the timeline asks some name"
    for it in items:
        if it.kind != "multiple_choice":
            continue
        key = it.options[it.answer]
        if "Haddad" in key:
            raise AssertionError(("a suspect among others", it.stem, it.options))
        assert not any("Haddad" in o for o in it.options), (it.stem, it.options)
        assert not any("Whitlock" in o or "Bennett" in o for o in it.options), (it.stem, it.options)


def test_the_suspects_gap_falls_back_to_writing_the_name():
    items = [it for it in _name_items(_TIMELINE) if "named in newspaper reports as" in it.stem]
    for it in items:
        assert it.kind == "short_answer", (it.stem, it.options)


def test_a_follow_us_footer_is_never_asked():
    items = _name_items(_TIMELINE)
    assert not [it for it in items if "podcast host" in it.stem or "Twitter" in it.stem], [it.stem for it in items]
    from quizgen.generate import build_lesson
    from quizgen.ingest import article_from_text

    lesson = build_lesson(article_from_text(_TIMELINE), count=15, seed=0)
    assert not [it for it in lesson.items if "podcast host" in it.stem or "Bennett" in " ".join(
        map(str, [it.stem, *it.options]))], [it.stem for it in lesson.items]


_AGENCY = """Agents leave the depot as questions grow

The FBI appears to have abandoned the scene at the Riverton depot on Friday, two days after the attack, \
officials said. The CIA had been asked for records on the suspect's travel last year.

Council member Paul Brandt said the city had not been told why the agents left. NASA and the EPA were not part \
of the case, a spokeswoman for the city said, after rumours that the depot held federal equipment.

The DEA had sent two agents to the depot on Wednesday night.
The NSA declined to say whether it had been asked for the suspect's phone records. Brandt said the council \
would hold a hearing on the attack next month, and that families deserved answers from every agency involved.

The depot will stay closed until the end of the month. Workers who used it have been sent to the plant on the \
east side of the river, where the city has set up buses for the morning shift.
"""


def test_an_agencys_wrong_options_are_agencies_of_its_field():
    items = [it for it in _name_items(_AGENCY) if it.kind == "multiple_choice" and "abandoned the scene" in it.stem]
    assert items, [it.stem for it in _name_items(_AGENCY)]
    for it in items:
        assert set(it.options) <= {"FBI", "CIA", "NSA", "DEA", "ATF", "DHS", "ICE", "TSA", "DOJ"}, it.options
    from quizgen.generate.key_detail import _AGENCY_FIELD
    assert _AGENCY_FIELD["FBI"] == _AGENCY_FIELD["CIA"] != _AGENCY_FIELD["NASA"] != _AGENCY_FIELD["FEC"]


_FILING = """Ohio asks high court to restore its voting rules

Ohio's early voting rules were struck down by a federal judge last month, and an appeals court refused on Monday to \
reconsider the decision.

After the appeals court ruled, Ohio Attorney General Mark Delaney asked the Supreme Court for quick action. Like \
others defending election laws, Delaney said the lower-court judges were banning in some states what is accepted \
practice in others. Ohio was only doing what 30 states already do, he told the court in his filing.

Voting rights groups said the rules would keep thousands of workers from the polls. Their lawyer, Ruth Abbott, \
said the state had offered no proof of the fraud it claimed to be fighting.

The court is expected to rule before the end of the month. Election officials in the state's largest county said \
they were printing two sets of instructions for voters until the case is decided.
"""


def test_a_claim_whose_paragraph_says_it_was_made_in_a_filing_gets_no_kind_of_source_item():
    # judged blind (E41): "Schuette said the lower-court judges are disallowing …" keyed a named official; the
    # paragraph goes on "he told the court in his filing", so "a document (a court filing)" is as defensible
    from quizgen.generate import sourcing

    ctx, an = _ctx(_FILING)
    assert [a for a in an.attributions if "lower-court judges" in a.content and a.source == "Mark Delaney"], \
        [(a.source, a.content) for a in an.attributions]
    items = sourcing.kind_of_source(ctx)
    assert not [it for it in items if "lower-court judges" in it.stem], [it.stem for it in items]
    # the lawyer's claim in another paragraph is still asked
    plain = _ctx(_FILING.replace(", he told the court in his filing", ", he told reporters"))[0]
    assert [it for it in sourcing.kind_of_source(plain) if "lower-court judges" in it.stem]


_ASIDE = """Sanders leans on an old poll in the debate

Bernie Sanders told the crowd in Durham on Thursday that he beats every Republican in the polls. "We are the \
campaign that wins in November," he said.

The numbers changed over the summer, as Sanders has sometimes acknowledged. A poll in June had him eleven points \
ahead of the Republican front-runner; a poll in October had him two points behind.

Clinton's campaign said the polls were too early to mean anything. Her spokesman, Brian Ford, said voters would \
judge the candidates on their records rather than on surveys taken a year before the vote.

Sanders insisted that his lead would return once voters saw the two candidates side by side on the debate stage.

The next debate is set for the first week of December in Des Moines, where both campaigns have opened new offices \
and hired staff to knock on doors in the weeks before the caucuses.
"""


def test_an_as_aside_gets_no_which_verb_item():
    # judged blind (E41): "In ¶5, which verb introduces Bernie Sanders's statement?" keyed "acknowledged" from
    # "The numbers changed …, as Sanders has sometimes acknowledged": no statement of his is introduced there
    from quizgen.generate import attribution

    ctx, an = _ctx(_ASIDE)
    for a in an.attributions:
        it = attribution.chosen_cue(ctx, a)
        assert it is None or "acknowledged" not in it.options[it.answer], (it.stem, it.options)
    # a plain chosen cue of a paragraph of its own is still asked
    assert any((it := attribution.chosen_cue(ctx, a)) is not None and it.options[it.answer] == "insisted"
               for a in an.attributions)


_BOOTS = """Candidates split over troops after the attack

The Republican candidates disagreed on Sunday over whether American troops should be sent to fight the militants \
who claimed the attack on the capital.

"Boots on the ground" would be appropriate, Republican candidate Ben Carter said on a morning talk show. He said \
the country could not wait for its allies to act first.

Senator Jay Ruiz said he would not send troops until Congress had voted on a plan. "We have been down this road \
before," he said.

Democrats said the debate showed how little the candidates had learned from the last war. The party's chairman, \
Tom Avery, said voters wanted a plan rather than slogans, and that the next debate would test them on it.

The next debate will be held in Tampa in two weeks, and the party has said that foreign policy will take up the \
first hour of it.
"""


def test_a_quoted_phrase_opening_the_sentence_is_lower_case_in_a_who_said_stem():
    # judged blind (E41): "who said that Boots on the ground would be appropriate?"
    from quizgen.generate import attribution

    ctx, an = _ctx(_BOOTS)
    stems = [it.stem for it in attribution.generate(ctx) if "on the ground" in it.stem]
    assert stems, [it.stem for it in attribution.generate(ctx)]
    for stem in stems:
        assert "Boots on the ground" not in stem, stem


def test_a_verb_gloss_opening_on_to_reads_like_the_other_options():
    # judged blind (E41): "reiterated" keyed "to say, state, or perform again" among "express approval of" and
    # "show unwillingness towards": only the key opened on "to"
    from quizgen import wordnet
    from quizgen.generate.vocabulary import _clean_gloss, definition

    assert _clean_gloss("to say, state, or perform again") == "say, state, or perform again"
    assert _clean_gloss("express approval of") == "express approval of"
    wn = wordnet.load()
    assert wn is not None
    glosses = [definition(s) for s in wn.senses("reiterate", "VERB")]
    assert glosses and not any(g.startswith("to ") for g in glosses), glosses


def test_an_amount_in_euros_accepts_the_euro_sign():
    # judged blind (E41): "a ______ fine" keyed "300-euro" accepted "300 euros" but not "€300"
    from quizgen.generate.key_detail import _as_asked

    got = _as_asked("300-euro", ["300"])
    assert "€300" in got and "300 euros" in got, got
    assert "$4 million" in _as_asked("4 million dollars", ["4 million dollars"])
    assert not any("€" in g or "$" in g for g in _as_asked("300-pound", ["300"]))


_POLL = """Mayor's support slips as the vote nears

Mayor Ellen Park's standing with young voters may be weakening. A Daily Courier poll taken in March found her \
ahead of her rival by 20 points among voters under 30.

According to the same poll, Park's favorability among young voters fell in March from 64 percent to 50 percent, \
a drop outside the sample's margin of error.

Park promised in 2014 to build two new parks and to repave every road in the east district. But public records \
show little evidence that Park made good on those promises.

A study by the state university found that the east district's bridge needs repairs costing more than the city \
spends on roads in a year, the study's authors said. The city council will debate the repairs next month.

Park's campaign said the poll was taken before the mayor announced her new housing plan, and that voters would \
judge her on her record when they go to the polls in May.
"""


def test_no_evidence_item_asks_what_backs_a_claim_that_is_the_evidence_itself():
    # judged blind (E41b): "According to the same poll, X fell from 71 percent to 55 percent" asked "what kind of
    # evidence does this sentence give for the claim 'X fell from 71 percent to 55 percent'": circular
    from quizgen.generate import evidence

    ctx, _ = _ctx(_POLL)
    stems = [it.stem for it in evidence.kind_question(ctx)]
    claims = [s.split("for the claim")[1] for s in stems if "for the claim" in s]
    assert not [c for c in claims if "percent" in c or "little evidence" in c], stems


_ACADEMY = """Berlin pledges more troops as allies press for spending

Chancellor Anna Vogel said on Tuesday that Germany would add 7,000 soldiers to its army by 2023, the first rise \
in the army's size since the end of the Cold War.

President Victor Kral of Slovakia welcomed the plan. President Tom Harlan, who visited Berlin last week, said \
allies had waited too long for Germany to act.

Germany is not moving fast enough for defense experts like Jonas Brandt, the parliamentary commissioner for the \
military, or Peter Lindqvist, the president of the government's Federal Academy for Security Policy.

Vogel said the army would also buy new tanks and repair its helicopters, many of which cannot fly. The plan must \
still be approved by parliament, where the Greens have said they will vote against it.

Lindqvist has argued for years that the army needs 20,000 more soldiers, and Brandt has warned that half of its \
tanks are out of service. Kral and Harlan both want Germany to spend more on its army.
"""


def test_a_gap_with_a_long_apposition_offers_no_heads_of_state():
    # judged blind (E41b): "… or ______, the president of the government's Federal Academy for Security Policy"
    # offered Donald Trump and Vladimir Putin
    items = [it for it in _name_items(_ACADEMY) if "Federal Academy" in it.stem]
    for it in items:
        assert not any(o in ("Victor Kral", "Tom Harlan", "Anna Vogel") for o in it.options), (it.stem, it.options)


def test_a_long_apposition_after_the_gap_is_read_as_its_descriptor():
    from quizgen.generate.key_detail import _descriptor, _fits_descriptor
    from quizgen.model import Sentence, Span

    text = ("Germany is not moving fast enough for defense experts like Jonas Brandt, the parliamentary commissioner "
            "for the military, or Peter Lindqvist, the president of the government's Federal Academy for Security "
            "Policy.")
    at = text.index("Peter Lindqvist")
    got = _descriptor(Sentence(Span(0, len(text), text), 1, 0), at, at + len("Peter Lindqvist"))
    assert got is not None and got[0] == "president" and "academy" in got[2], got
    article = text + " President Victor Kral of Slovakia welcomed the plan."
    assert not _fits_descriptor(article, "Victor Kral", *got)


_EXAMPLES = """The candidate's son defends his father's giving

Lars Holm, the candidate's eldest son, said on Sunday that his father had given millions of dollars to charity \
over the years, much of it in private.

Holm cited several gifts that, he said, showed his father's generosity.

For instance, the family foundation paid for a new wing at a children's hospital in Riverton. In 2008, the family \
foundation gave $50,000 to the city's food bank.

But public filings show that the foundation has given far less since 2010, and that much of its money came from \
other donors. The campaign did not respond to a request for comment on Monday.

The candidate is due to release his tax returns next month, his campaign manager told reporters in April, though \
no date has been set.
"""


def test_a_paragraph_going_on_with_a_speakers_examples_gets_no_plain_fact_item():
    # judged blind (E41b): "In 2008, Donald Trump's foundation gave $50,000" keyed "stated as fact" in a paragraph
    # opening "For instance," after "Trump cited several examples"
    from quizgen.generate.certainty import _plain_facts

    ctx, _ = _ctx(_EXAMPLES)
    assert not [s for s in _plain_facts(ctx, checked=True) if "$50,000" in s.text], \
        [s.text for s in _plain_facts(ctx, checked=True)]


def test_an_initialism_before_a_quotations_break_is_not_cut_as_a_function_word():
    # judged blind (E41c): "benefited more from the A.C.… It was …": "A." of "A.C.A." taken for the article "a"
    from quizgen.generate.attribution import cut_cleanly
    from quizgen.model import Attribution

    a = Attribution("Simon Reed", "Simon Reed", None, "person", "said", None, "x", (), True, 2)
    body = 'said, "Voters benefited more from the A.C.A. … It was a really dramatic lowering of their rate…"'
    assert "A.C.A." in (cut_cleanly(a, body) or ""), cut_cleanly(a, body)
    assert cut_cleanly(a, 'said, "Voters benefited more from the… It was"').endswith('from… It was"') is False


_REASON = """Why New York matters for both campaigns

New York votes next week, and both Democratic campaigns have spent heavily there in the last month.

Democratic rules make it difficult for anyone to gain a significant lead in pledged delegates because delegates \
are awarded proportionally. Clinton leads by about 250 pledged delegates after the March contests.

The state's primary is closed to independents, who have favored Sanders in other states. Sanders's campaign said \
the rule would cost him votes, and his aides asked supporters to register as Democrats before the deadline.

Clinton's aides said they expected to win the state she represented in the Senate for eight years. The campaigns \
will meet for a debate in Brooklyn on Thursday, the last before the vote.

Polls in the state open at six in the morning and close at nine at night.
"""


def test_a_reason_whose_two_clauses_share_a_word_is_never_turned_round():
    # judged blind (E41c): the reversed "delegates are awarded proportionally because Democratic rules make it hard
    # to gain a lead in pledged delegates" was defensibly true
    from quizgen.generate import cause_effect

    for seed in range(8):
        ctx, _ = _ctx(_REASON)
        ctx = ctx.__class__(ctx.article, ctx.analysis, __import__("random").Random(seed), ctx.kinds)
        for it in cause_effect.reason_true_false(ctx, set()):
            if "proportionally" in it.stem:
                assert it.answer == 0 and it.stem.index("difficult") < it.stem.index("proportionally"), it.stem
    from quizgen.generate.cause_effect import _coupled
    assert _coupled("delegates are awarded proportionally", "it is hard to gain a lead in pledged delegates")
    assert not _coupled("the river flooded", "the bridge was closed")



def test_the_written_claims_item_gives_no_point_for_a_claim_credited_to_the_wrong_person():
    # judged blind (E41c): the rubric's lowest level gave a point for "a claim given to someone the article does not
    # credit", the very mistake the item tests
    from test_len41_claims_open import FERRY
    from test_len41_claims_open import _ctx as _open_ctx

    from quizgen.generate import own_words

    it = own_words.claims_open(_open_ctx(FERRY, None))
    assert it is not None
    one_point = [r for r in it.rubric if r.points == 1]
    assert one_point and "earns nothing" in one_point[0].description, it.rubric
    # judged blind (K41): the zero level said "no claim given", which the one-point level ("people but no claim")
    # contradicted
    zero = [r for r in it.rubric if r.points == 0]
    assert zero and "no claim given" not in zero[0].description and "wrong person" in zero[0].description, it.rubric


def test_a_finding_of_a_study_the_sentence_does_not_name_is_no_claim_it_backs():
    # judged blind (E41d): "The poll showed that either candidate would defeat the mayor …" asked what evidence the
    # sentence gives "for the claim" "either candidate would defeat the mayor …"
    from quizgen.generate import evidence

    text = _POLL.replace("But public records show little evidence that Park made good on those promises.",
                         "The survey showed that either challenger would defeat Park in a runoff, though the younger "
                         "one appears to have the stronger position now.").replace(
        "According to the same poll, Park's favorability", "Park's favorability")
    ctx, _ = _ctx(text)
    stems = [it.stem for it in evidence.kind_question(ctx)]
    assert not [s for s in stems if "either challenger" in s], stems


def test_victims_an_article_lists_are_not_offered_as_speakers():
    from quizgen.generate.distractors import _killed

    text = ("Some of the victims, such as Walter Hale, Eric Moss and Tim Reyes, have become familiar names in the "
            "movement. Ramon Carr, an organiser, said the march would go on.")
    assert _killed(text, "Tim Reyes") and _killed(text, "Eric Moss")
    assert not _killed(text, "Ramon Carr")


_WHITE_PAPER = """Kingdom sends lawmakers a paper on its fight against extremists

The kingdom of Norland is handing members of Congress an unusual white paper on its counter-terrorism work, a \
move it hopes will change views in Washington, officials told the Daily Courier on Thursday.

The paper is part of a wider public relations campaign by the kingdom's embassy, which has hired two lobbying \
firms this year.

For instance, the paper notes the government monitors 2,000 of the country's 7,000 mosques, and it lists steps \
taken to keep charities from funding armed groups.

Some lawmakers said the paper would change few minds. Senator Ruth Cole said the kingdom still had questions to \
answer about money sent abroad by its citizens.

The embassy plans to send the paper to state governors next month, and to publish a shorter version of it in \
English and French on its own website.
"""


def test_the_paper_after_a_white_paper_is_that_document_not_a_news_outlet():
    # judged blind (E41d): "the paper notes the government monitors …" keyed "a news outlet" (the article's own
    # outlet, named before), where the paper is the kingdom's white paper
    from quizgen.analysis import analyse
    from quizgen.ingest import article_from_text

    an = analyse(article_from_text(_WHITE_PAPER))
    notes = [a for a in an.attributions if "monitors" in a.content]
    assert notes, [(a.source, a.content) for a in an.attributions]
    assert all(a.source_kind == "document" for a in notes), [(a.source, a.source_kind) for a in notes]


_PROSECUTORS = """Aide to cooperate with inquiry into email server

A former aide who set up the private email server has agreed to speak to investigators, officials said on \
Wednesday, in a sign that the inquiry is nearing its end.

Attorney General Ann Marsh, who told the committee when asked last month about the inquiry: "That matter is being \
handled by career agents, and they will follow the evidence wherever it leads," has not said when it will close.

Former prosecutors said investigators were probably feeling the pressure of time because of the election. Act \
before the vote, they said, and you risk being seen as trying to sway it.

The campaign's spokesman, Brian Hale, said the candidate had answered every question and would keep doing so. The \
aide's lawyer, Carl Ruiz, declined to comment on the agreement.
"""


def test_former_prosecutors_at_a_sentences_start_are_no_named_body_and_a_relative_passage_no_who_said_support():
    # judged blind (K41): "Former prosecutors said …" keyed "a named government or organisation" (a wrong key); a
    # who-said item cited "who told Congress when asked …" without the name "who" stands for
    from quizgen.generate import attribution, sourcing

    ctx, _ = _ctx(_PROSECUTORS)
    keyed = [it for it in sourcing.kind_of_source(ctx) if "pressure of time" in it.stem]
    for it in keyed:
        assert not it.options[it.answer].startswith("A named government"), (it.stem, it.options[it.answer])
    for it in attribution.generate(ctx):
        assert not any(sup.text.startswith("who ") for sup in it.support), (it.stem, it.support)



def test_a_quotations_subject_never_runs_back_over_the_writers_comma(monkeypatch):
    # judged blind (K41): "Global Times said that Thursday, the leading GOP candidate has surprisingly earned …": the
    # subject found before a quotation opening on its verb ran back over "in an op-ed Thursday,"
    from quizgen.generate import attribution

    ctx, an = _ctx(_BOOTS)
    a = next(a for a in an.attributions if a.source == "Jay Ruiz")
    monkeypatch.setattr(attribution, "mixed_content", lambda ctx, a: False)
    monkeypatch.setattr(attribution, "opens_on_saying", lambda a: False)
    monkeypatch.setattr(attribution, "dangling_pronoun", lambda a: False)
    monkeypatch.setattr(attribution, "cut_by_cue", lambda ctx, a: False)
    monkeypatch.setattr(attribution, "charge_phrase", lambda ctx, a, n: None)
    monkeypatch.setattr(attribution, "participle_phrase", lambda a: False)
    monkeypatch.setattr(attribution, "verb_first_quotation", lambda a: True)
    monkeypatch.setattr(attribution, "quotation_subject", lambda ctx, a: "Thursday, the leading candidate")
    assert attribution._who_phrase(ctx, a) is None
    monkeypatch.setattr(attribution, "quotation_subject", lambda ctx, a: "the leading candidate")
    assert attribution._who_phrase(ctx, a) is not None


def test_an_amount_in_grand_accepts_no_thousands_of_grand():
    # judged blind (K41): "spend 100 grand" accepted "$100,000 grand" and "100,000 grand", which mean $100 million
    from quizgen.generate.key_detail import _with_unit

    got = _with_unit(["100 grand", "$100,000", "$100000", "100,000 dollars", "$100 thousand", "100,000", "100"],
                     "100 grand", "The people who spend 100 grand to get a degree …")
    assert "100 grand" in got and "$100,000" in got, got
    assert not [g for g in got if "grand" in g and g != "100 grand"], got
    assert _with_unit(["9,000", "9000"], "9,000 feet", "a peak of 9,000 feet") == ["9,000", "9000", "9,000 feet",
                                                                                   "9000 feet"]


_VENUE = """Senator says the governor has no chance

Senator Lindsey Marsh said on Thursday that her party's race was all but over, a week after she endorsed the \
front-runner's main rival.

"I think the governor would be the best nominee, but he doesn't have a chance," Marsh said on CNN's "Morning \
Talk" on Thursday.

The governor's campaign said he would stay in the race until the convention. His spokesman, Tom Reed, said the \
governor had won more votes in the last month than any other candidate.

The next primaries are in two weeks, and polls show the front-runner ahead in both states by more than ten points.
Both campaigns have booked television time in the two states for the final week before the vote, aides said on
Friday.
"""


def test_a_venue_items_passage_holds_the_words_that_tell_the_venue():
    # judged blind (K41): the cited passage stopped at "Graham said", leaving out "on MSNBC's 'Morning Joe'"
    from quizgen.generate import venue

    ctx, _ = _ctx(_VENUE)
    items = venue.generate(ctx)
    assert items, "a network's show is a venue"
    for it in items:
        assert "Morning Talk" in it.support[0].text, it.support[0].text
