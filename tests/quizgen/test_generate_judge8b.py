"""Judge 8 failure shapes in source-evaluation items on political news, each on a constructed
sentence: a role word of another noun phrase read as the speaker's title, a candidate keyed as an
official, group labels offered beside names, book titles as claims, truncated or quoted names as the
missing voice, a claim answered later keyed "no one disputes it", who-said stems cut before the claim."""
from __future__ import annotations

from factories import plain_article
from test_generate_judge6b import _att, _ctx, _ents

from quizgen.generate.attribution import claim_text, match_sources, title_like, titled_work, who_said
from quizgen.generate.certainty import DISPUTED, NAMED
from quizgen.generate.certainty import generate as certainty_items
from quizgen.generate.perspective import missing_voice
from quizgen.generate.sourcing import (
    EXPERT,
    OFFICIAL,
    PARTICIPANT,
    kind_of_source,
    named_sources,
    person_role,
    source_category,
)

# 1. A title counts only inside the name's own noun phrase.
REBUKE = ("Terrorism experts rebuke Trump over his remarks\n\n"
          "Trump said on Monday that the ban would keep the country safe from every attack.\n\n"
          "Secretary of State Mike Pompeo said the talks would resume next week in Geneva.\n\n"
          "Former Texas governor Rick Perry said the plant would stay open for another decade.\n\n"
          "Campaign spokesman Al Roe said the rally had drawn more people than any before it.\n\n"
          "Farmer Bo Kim said the rain had come too late for the wheat this year.\n\n"
          "Ann Cole, a chemist at the state laboratory, said the water was safe to drink.\n")


def test_a_role_word_of_another_noun_phrase_is_not_the_speakers_title():
    a = plain_article(REBUKE)
    trump = _att(a, "Trump", "person", "Trump", "said", "the ban would keep the country safe from every attack",
                 after=a.text.index("Trump said"))
    ctx = _ctx(a, [trump])
    assert person_role(ctx, trump) is None  # "experts rebuke Trump": the experts are other people
    assert source_category(ctx, trump) is None


def test_titles_in_the_names_own_noun_phrase_still_count():
    a = plain_article(REBUKE)
    cases = [
        ("Mike Pompeo", "Secretary of State Mike Pompeo", "the talks would resume next week in Geneva", OFFICIAL),
        ("Al Roe", "Al Roe", "the rally had drawn more people than any before it", OFFICIAL),
        ("Bo Kim", "Bo Kim", "the rain had come too late for the wheat this year", PARTICIPANT),
        ("Ann Cole", "Ann Cole", "the water was safe to drink", EXPERT),
    ]
    for source, text, content, want in cases:
        att = _att(a, source, "person", text, "said", content)
        assert person_role(_ctx(a, [att]), att) == want, source
    perry = _att(a, "Rick Perry", "person", "Rick Perry", "said", "the plant would stay open for another decade")
    assert person_role(_ctx(a, [perry]), perry) is None  # a former governor speaks for no body now


# 2. A candidate speaks for himself: no category fits.
CANDIDATE = ("Trump rallies in Iowa\n\n"
             "Republican presidential candidate Donald Trump said the wall would be paid for by Mexico.\n\n"
             "Trump, the party's front-runner, said President Vladimir V. Putin would respect him.\n\n"
             "Sen. Ted Cruz, a presidential candidate, said the tax plan would help every family.\n")


def test_a_candidate_speaking_for_himself_gets_no_kind_of_source():
    a = plain_article(CANDIDATE)
    trump = _att(a, "Donald Trump", "person", "Donald Trump", "said", "the wall would be paid for by Mexico")
    # the ledger may call him an organisation's voice ("the Trump campaign"); still no kind
    ctx = _ctx(a, [trump])
    assert source_category(ctx, trump) is None
    assert kind_of_source(ctx) == []
    cruz = _att(a, "Ted Cruz", "person", "Ted Cruz", "said", "the tax plan would help every family")
    assert source_category(_ctx(a, [cruz]), cruz) == OFFICIAL  # a current office in his noun phrase


def test_the_explanation_names_the_source_the_passage_shows():
    a = plain_article(CANDIDATE)
    # the ledger gives Trump's words to Putin, who is only mentioned in them
    putin = _att(a, "Vladimir V. Putin", "person", "President Vladimir V. Putin", "said",
                 "President Vladimir V. Putin would respect him")
    trump = _att(a, "Trump", "person", "Trump", "said", "President Vladimir V. Putin would respect him",
                 after=a.text.index("Trump, the"))
    for it in kind_of_source(_ctx(a, [trump, putin])):
        assert "Putin" not in it.explanation


# 3. Named-sources options are all names: people quoted and people only mentioned.
NAMES = ("Council votes on the bridge\n\n"
         "\"The bridge will open in May after years of delay,\" Rosa Lund said.\n\n"
         "\"The council has spent too much on the design,\" Tom Hale said.\n\n"
         "The bridge is named after Mary Seacole, and the plans were drawn by Isambard Brunel.\n\n"
         "Others said the vote was rushed. Civil rights activists said the route cut through homes.\n\n"
         "The mayor, John Park, met the engineers on Friday.\n")


def _names_atts(a):
    return [
        _att(a, "Rosa Lund", "person", "Rosa Lund", "said", "The bridge will open in May after years of delay",
             direct=True),
        _att(a, "Tom Hale", "person", "Tom Hale", "said", "The council has spent too much on the design",
             direct=True),
        _att(a, "Others", "unnamed_group", "Others", "said", "the vote was rushed"),
        _att(a, "Civil rights activists", "unnamed_group", "Civil rights activists", "said",
             "the route cut through homes"),
    ]


def test_named_sources_offers_names_only_never_group_labels():
    a = plain_article(NAMES)
    ents = _ents(a, "PERSON", "Rosa Lund", "Tom Hale", "Mary Seacole", "Isambard Brunel", "John Park")
    item = named_sources(_ctx(a, _names_atts(a), entities=ents))
    assert item is not None
    assert "Others" not in item.options and "Civil rights activists" not in item.options
    keyed = {item.options[i] for i in item.answer}
    assert keyed == {"Rosa Lund", "Tom Hale"}
    assert set(item.options) - keyed <= {"Mary Seacole", "Isambard Brunel", "John Park"}
    assert len(item.options) == 4


def test_named_sources_with_fewer_than_two_name_distractors_is_no_item():
    a = plain_article(NAMES)
    ents = _ents(a, "PERSON", "Rosa Lund", "Tom Hale", "Mary Seacole")
    assert named_sources(_ctx(a, _names_atts(a), entities=ents)) is None


# 6. A claim a later sentence refers back to ("On Trump's assertion …, Benjamin said") is disputed
# or at least not "no one disputes it"; nor is a claim of a speaker the headline says is rebuked.
GENERALS = ("Campaign stop in Ohio\n\n"
            "Trump said that many generals agree with his plan to seize the oil fields.\n\n"
            "The crowd of several thousand cheered loudly through the speech on Tuesday night.\n\n"
            "On Trump's assertion there are generals who agree with him, Benjamin said he had met none of them.\n")


def _certainty_keys(ctx):
    return [(it.kind, it.options[it.answer]) for it in certainty_items(ctx) if isinstance(it.answer, int)]


def test_a_claim_referred_back_to_and_answered_is_never_no_one_disputes_it():
    a = plain_article(GENERALS)
    trump = _att(a, "Trump", "person", "Trump", "said", "many generals agree with his plan to seize the oil fields")
    ben = _att(a, "Benjamin", "person", "Benjamin", "said", "he had met none of them")
    keys = _certainty_keys(_ctx(a, [trump, ben]))
    # since blind judging no option says "no one disputes it", and "he had met none" is no explicit
    # denial of the claim: "named" is what the sentence shows, never "denied"
    assert all(k != DISPUTED for _, k in keys) and ("multiple_choice", NAMED) in keys
    # without the later answer, the same claim is keyed "named" too
    b = plain_article(GENERALS.rsplit("\n\nOn Trump", 1)[0] + "\n")
    trump_b = _att(b, "Trump", "person", "Trump", "said", "many generals agree with his plan to seize the oil fields")
    assert ("multiple_choice", NAMED) in _certainty_keys(_ctx(b, [trump_b]))


def test_a_claim_of_a_speaker_the_headline_says_is_rebuked_is_never_no_one_disputes_it():
    text = "Terrorism experts rebuke Trump" + GENERALS.split("\n", 1)[1].rsplit("\n\nOn Trump", 1)[0] + "\n"
    a = plain_article(text)
    trump = _att(a, "Trump", "person", "Trump", "said", "many generals agree with his plan to seize the oil fields",
                 after=a.text.index("Trump said"))
    # since blind judging the options describe only how the sentence presents the claim: a rebuke in the
    # headline is no explicit denial of it, so "named", never "denied", and no "no one disputes it"
    assert all(k != DISPUTED for _, k in _certainty_keys(_ctx(a, [trump])))
    assert all(not any("no one" in o for o in it.options) for it in certainty_items(_ctx(a, [trump])))


# 4. A book's title is no claim: no matching pair, who-said stem or option is made of it.
BOOKS = ("Books about the candidate\n\n"
         "Kay Low wrote A Child's First Book of Trump for young readers last year.\n\n"
         "In his book titled TrumpNation, Tim O'Brien said the real estate empire was smaller than claimed.\n\n"
         "Ann Diaz said the library would stock both books in the spring.\n\n"
         "Bob Yates said the school board had approved the reading list on Monday.\n\n"
         "Cy Moore said the publisher had printed twenty thousand copies of the book.\n")


def test_a_title_is_never_a_claim_to_match_or_quote():
    assert title_like("A Child's First Book of Trump")
    assert title_like("TrumpNation")
    assert not title_like("the library would stock both books in the spring")
    a = plain_article(BOOKS)
    low = _att(a, "Kay Low", "person", "Kay Low", "wrote", "A Child's First Book of Trump", direct=True)
    # the ledger takes the book's title for what O'Brien said
    obrien = _att(a, "Tim O'Brien", "person", "Tim O'Brien", "titled", "TrumpNation", cue_after=0)
    diaz = _att(a, "Ann Diaz", "person", "Ann Diaz", "said", "the library would stock both books in the spring")
    yates = _att(a, "Bob Yates", "person", "Bob Yates", "said", "the school board had approved the reading list "
                 "on Monday")
    moore = _att(a, "Cy Moore", "person", "Cy Moore", "said", "the publisher had printed twenty thousand copies")
    ctx = _ctx(a, [low, obrien, diaz, yates, moore])
    assert claim_text(low) is None
    assert titled_work(ctx, obrien)
    item = match_sources(ctx, [low, obrien, diaz, yates, moore])
    assert item is not None  # three good pairs remain
    assert all("Child's First Book" not in o and "TrumpNation" not in o for o in item.options)
    assert who_said(ctx, low) is None and who_said(ctx, obrien) is None
    assert match_sources(ctx, [low, obrien, diaz, yates]) is None  # fewer than 3 good pairs


# 7. A who-said stem holds the claim's main clause, never only its leading subordinate clause.
VIDEOS = ("Trump on the videos\n\n"
          "Trump said that even if Islamic State videos did surface of his calling for a halt to Muslims "
          "entering the country at every border crossing and airport, the ban would still be the right policy "
          "for the country.\n\n"
          "Ann Diaz said the rally in Des Moines had drawn ten thousand people.\n\n"
          "Bob Yates said the campaign had spent two million dollars on advertising.\n\n"
          "Cy Moore said the debate on Thursday would decide the race in Iowa.\n\n"
          "Others said the crowd had been smaller than the campaign claimed it was.\n")


def test_a_who_said_stem_is_never_cut_before_the_claims_main_clause():
    a = plain_article(VIDEOS)
    trump = _att(a, "Donald Trump", "person", "Trump", "said", "even if Islamic State videos did surface of his "
                 "calling for a halt to Muslims entering the country at every border crossing and airport, the ban "
                 "would still be the right policy for the country", after=a.text.index("Trump said"))
    others = [
        _att(a, "Ann Diaz", "person", "Ann Diaz", "said", "the rally in Des Moines had drawn ten thousand people"),
        _att(a, "Bob Yates", "person", "Bob Yates", "said",
             "the campaign had spent two million dollars on advertising"),
        _att(a, "Cy Moore", "person", "Cy Moore", "said", "the debate on Thursday would decide the race in Iowa"),
        _att(a, "Others", "unnamed_group", "Others", "said",
             "the crowd had been smaller than the campaign claimed it was"),
    ]
    ctx = _ctx(a, [trump, *others])
    item = who_said(ctx, trump)
    assert item is not None
    assert "the ban would still be the right policy" in item.stem
    assert "even if Islamic State" not in item.stem
    # options of one form: the group "Others" is never offered beside named people
    assert "Others" not in item.options


# 5. The suggested missing voice is never a truncated name, an outlet or its journalists, or a
# person the article quotes (whatever the ledger missed); the voices listed are never a title.
COLUMN = ("Readers weigh in\n\n"
          "I think the book TrumpNation says more about its authors than about the man.\n\n"
          "My neighbour agrees with me, and I have told The Washington Post so twice this year.\n\n"
          "\"We will win this state,\" Hillary Clinton told a crowd in Ohio on Monday night.\n\n"
          "Hillary Clinton was in Ohio again on Friday. The Washington Post covered both rallies.\n\n"
          "Post reporters Michael Kranish and Marc Fisher wrote the book about the man.\n\n"
          "Michael Kranish visited Ohio twice. Marc Fisher stayed in Washington.\n\n"
          "Tom Hale said the rallies in Ohio had drawn bigger crowds than last year.\n\n"
          "Ann Diaz said the state party had opened four new offices since May.\n\n"
          "Bob Yates said the money raised in Ohio would go to television adverts.\n\n"
          "Marco Rubio was not in Ohio this week. I doubt Marco Rubio can win the state at all.\n")


def test_the_missing_voice_is_never_truncated_quoted_or_an_outlets_people():
    a = plain_article(COLUMN)
    atts = [
        _att(a, "Tim O'Brien", "person", "the book", "says", "TrumpNation", cue_after=0),
        _att(a, "Tom Hale", "person", "Tom Hale", "said", "the rallies in Ohio had drawn bigger crowds than last year"),
        _att(a, "Ann Diaz", "person", "Ann Diaz", "said", "the state party had opened four new offices since May"),
        _att(a, "Bob Yates", "person", "Bob Yates", "said", "the money raised in Ohio would go to television adverts"),
    ]
    ents = (_ents(a, "PERSON", "Hillary Clinton", "Michael Kranish", "Marc Fisher", "Marco Rubio")
            + _ents(a, "ORG", "The Washington Post") + _ents(a, "ORG", "Post reporters")[:0])
    ents += [e for e in _ents(a, "ORG", "Post") if not a.text[max(0, e.span.start - 15):e.span.start]
             .endswith("Washington ")]
    item = missing_voice(_ctx(a, atts, entities=ents))
    assert item is not None
    model = item.answer[0]
    assert "Marco Rubio" in model  # argued about, never quoted: a defensible missing voice
    for wrong in ("Post (", "Washington Post", "Hillary Clinton", "Kranish", "Fisher"):
        assert wrong not in model, wrong
    assert "TrumpNation" not in item.explanation


def test_named_sources_keys_only_people_quoted_and_offers_only_people_never_heard():
    """Judged blind on kept-aside sets: "choose all the sources" keys left out people the article
    reports ("As House Speaker Paul Ryan has pointed out, it is the 'textbook definition'"), and a
    reported speaker was offered as never quoted. Now the keyed people are quoted in their own
    words, and each other option is named only in sentences with no quotation and no verb of saying."""
    text = NAMES.replace("The mayor, John Park, met the engineers on Friday.",
                         "The mayor, John Park, met the engineers on Friday. As the engineer Ann Cole has pointed "
                         "out, the work was late.")
    a = plain_article(text)
    ents = _ents(a, "PERSON", "Rosa Lund", "Tom Hale", "Mary Seacole", "Isambard Brunel", "John Park", "Ann Cole")
    item = named_sources(_ctx(a, _names_atts(a), entities=ents))
    assert item is not None and "Ann Cole" not in item.options
    assert "quote" in item.stem
    indirect = NAMES.replace("\"The council has spent too much on the design,\" Tom Hale said.",
                             "Tom Hale said the council had spent too much on the design.").replace(
        "met the engineers on Friday.", "met the engineers on Friday. The architect Ada Byron drew the first plans.")
    a = plain_article(indirect)
    atts = [_att(a, "Rosa Lund", "person", "Rosa Lund", "said", "The bridge will open in May after years of delay",
                 direct=True),
            _att(a, "Tom Hale", "person", "Tom Hale", "said", "the council had spent too much on the design")]
    ents = _ents(a, "PERSON", "Rosa Lund", "Tom Hale", "Mary Seacole", "Isambard Brunel", "John Park", "Ada Byron")
    item = named_sources(_ctx(a, atts, entities=ents))
    assert item is not None
    assert "Tom Hale" not in item.options  # reported, not quoted: neither keyed nor "never quoted"
