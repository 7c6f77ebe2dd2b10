"""Blind-judged failure shapes in attribution items on political news (dev set E), each on a
constructed article: accepted answers that are pronouns or text fragments, statements whose claim
is no clause, stems quoting a fragment that starts with a verb, things and quantities offered as
people, options ruled out by a gendered pronoun in the stem, and one speaker keyed again and again."""
from __future__ import annotations

from factories import plain_article
from test_generate_judge6b import _att, _ctx, _ents

from quizgen.generate.attribution import (
    generate,
    match_sources,
    name_the_source,
    said_true_false,
    who_said,
)
from quizgen.generate.base import name_tokens, source_label
from quizgen.generate.distractors import gender_of, source_distractors

# 1. Accepted answers are names only: never "He", never a fragment naming someone else.
BRIDGE = ("Bridge vote nears\n\n"
          "Mayor Tom Hale said on Monday that the old bridge would reopen to traffic in May.\n\n"
          "He said the repairs had cost far more than the council had planned last year.\n\n"
          "Even Jo Park, a stalwart Hale ally, said the new toll would be far too high for commuters.\n\n"
          "Jo Park said the toll money should go to the buses instead of the roads.\n")


def _bridge(a):
    return [
        _att(a, "Tom Hale", "person", "Tom Hale", "said", "the old bridge would reopen to traffic in May"),
        _att(a, "Tom Hale", "person", "He", "said", "the repairs had cost far more than the council had planned"),
        # the ledger gives Jo Park's words to Hale, reading the whole apposition as his mention
        _att(a, "Tom Hale", "person", "Even Jo Park, a stalwart Hale", "said",
             "the new toll would be far too high for commuters"),
        _att(a, "Jo Park", "person", "Jo Park", "said", "the toll money should go to the buses instead of the roads",
             after=a.text.index("Jo Park said")),
    ]


def test_accepted_answers_are_names_never_pronouns_or_fragments():
    a = plain_article(BRIDGE)
    atts = _bridge(a)
    it = name_the_source(_ctx(a, atts), atts[0])
    assert it is not None
    assert "Tom Hale" in it.answer and "Hale" in it.answer
    for ans in it.answer:
        assert "," not in ans and ans.lower() not in {"he", "she", "they"}, ans
        assert name_tokens(ans) <= name_tokens("Tom Hale") | {"mayor", "mr"}, ans


def test_a_source_mention_naming_another_person_keys_nothing():
    a = plain_article(BRIDGE)
    atts = _bridge(a)
    ctx = _ctx(a, atts, entities=_ents(a, "PERSON", "Tom Hale", "Jo Park"))
    wrong = atts[2]
    assert who_said(ctx, wrong) is None
    assert name_the_source(ctx, wrong) is None
    assert said_true_false(ctx, wrong, truthful=True) is None
    assert all("toll would be far too high" not in it.stem or "Hale" not in str(it.answer)
               for it in generate(ctx))


# 2. The claim of a statement is a clause or a whole quotation.
SWAP = ("Prisoner swap defended\n\n"
        "Secretary Al Roe said the prisoners released by the city were close to the end of their terms.\n\n"
        "Bo Kim said the deal would encourage more kidnappings across the whole region.\n\n"
        "Cy Dunn said the families had waited far too long for any news of their sons.\n\n"
        "Roe gave no details, saying only that the panel last week \"gained access to records we sought for "
        "nearly a year.\"\n\n"
        "Kim added that the city \"will pay for every single repair to the old prison.\"\n")


def _swap(a):
    return [
        # the ledger cut the claim at its verb: a noun phrase with a participle, no clause
        _att(a, "Al Roe", "person", "Secretary Al Roe", "said", "the prisoners released by the city"),
        _att(a, "Bo Kim", "person", "Bo Kim", "said", "the deal would encourage more kidnappings across the whole "
             "region"),
        _att(a, "Cy Dunn", "person", "Cy Dunn", "said", "the families had waited far too long for any news of "
             "their sons"),
        _att(a, "Al Roe", "person", "Roe", "saying", "gained access to records we sought for nearly a year.",
             after=a.text.index("Roe gave"), direct=True),
        _att(a, "Bo Kim", "person", "Kim", "added", "will pay for every single repair to the old prison.",
             after=a.text.index("Kim added"), direct=True),
    ]


def test_a_statement_whose_claim_is_a_noun_phrase_is_no_item():
    a = plain_article(SWAP)
    atts = _swap(a)
    ctx = _ctx(a, atts)
    fragment = atts[0]
    assert said_true_false(ctx, fragment, truthful=True) is None
    assert said_true_false(ctx, fragment, truthful=False) is None
    assert name_the_source(ctx, fragment) is None
    assert who_said(ctx, fragment) is None
    # a clause of the same length still makes its statement
    assert said_true_false(ctx, atts[1], truthful=True) is not None


def test_no_who_said_stem_quotes_a_fragment_starting_with_a_verb():
    a = plain_article(SWAP)
    atts = _swap(a)
    ctx = _ctx(a, atts)
    for att in atts[3:]:
        for it in (who_said(ctx, att), name_the_source(ctx, att), said_true_false(ctx, att, truthful=True)):
            assert it is None or not any(f"said, \"{w}" in it.stem for w in ("gained", "will pay")), it.stem


# 3. Person distractors are people, and a gendered pronoun in the stem rules none out.
VETERANS = ("Veterans debate the war\n\n"
            "Ann Lee said the veterans' hospital would need far more money next year.\n\n"
            "Bo Kim said the new clinic would open in the spring after a long delay.\n\n"
            "Cy Dunn, a retired officer who served in operations Desert Shield and Desert Storm, now teaches "
            "history.\n\n"
            "Dee Moss, who with her husband carried out the attack, had passed every background check.\n\n"
            "Eve Hart wrote a history of the regiment before she ran for office.\n")


def test_operations_and_attackers_are_never_offered_as_people():
    a = plain_article(VETERANS)
    lee = _att(a, "Ann Lee", "person", "Ann Lee", "said", "the veterans' hospital would need far more money next year")
    kim = _att(a, "Bo Kim", "person", "Bo Kim", "said", "the new clinic would open in the spring after a long delay")
    ents = _ents(a, "PERSON", "Ann Lee", "Bo Kim", "Cy Dunn", "Desert Shield", "Desert Storm", "Dee Moss",
                 "Eve Hart")
    for seed in range(6):
        ctx = _ctx(a, [lee, kim], entities=ents)
        ctx.rng.seed(seed)
        got = source_distractors(ctx, lee, 3)
        assert not {"Desert Storm", "Desert Shield", "Dee Moss"} & set(got), got


POLL = ("Young voters speak\n\n"
        "Ann Lee said she would vote for the first time in the autumn election.\n\n"
        "Bo Kim said the cost of college was the issue that mattered most to him.\n\n"
        "Cy Dunn said the parties had ignored young voters in every campaign so far.\n\n"
        "Three-fourths say the city should require officers to wear body cameras at all times.\n")


def test_a_share_of_poll_respondents_is_no_source_in_a_matching_item():
    a = plain_article(POLL)
    atts = [
        _att(a, "Ann Lee", "person", "Ann Lee", "said", "she would vote for the first time in the autumn election"),
        _att(a, "Bo Kim", "person", "Bo Kim", "said", "the cost of college was the issue that mattered most to him"),
        _att(a, "Cy Dunn", "person", "Cy Dunn", "said", "the parties had ignored young voters in every campaign so "
             "far"),
        _att(a, "three-fourths", "unnamed_group", "Three-fourths", "say",
             "the city should require officers to wear body cameras at all times"),
    ]
    it = match_sources(_ctx(a, atts), atts[::-1])
    assert it is None or not any("fourths" in p.lower() for p in it.prompts), it.prompts


TUNNEL = ("Tunnel plan splits the council\n\n"
          "Ms. Ann Lee promised her entire tunnel program would be paid for by a new business tax.\n\n"
          "Mr. Bo Kim said the tunnel would take at least ten years to build.\n\n"
          "Mr. Cy Dunn said the council should put the plan to a public vote first.\n\n"
          "Mr. Al Roe said the tax would drive small firms out of the city centre.\n\n"
          "Ms. Lee, Mr. Kim, Mr. Dunn and Mr. Roe will meet again on Friday.\n")


def _tunnel(a):
    return [
        # the ledger's claim starts at the verb: the stem runs from the cue ("promised her entire …")
        _att(a, "Ann Lee", "person", "Ann Lee", "promised", "would be paid for by a new business tax"),
        _att(a, "Bo Kim", "person", "Bo Kim", "said", "the tunnel would take at least ten years to build"),
        _att(a, "Cy Dunn", "person", "Cy Dunn", "said", "the council should put the plan to a public vote first"),
        _att(a, "Al Roe", "person", "Al Roe", "said", "the tax would drive small firms out of the city centre"),
    ]


def test_gender_from_titles():
    a = plain_article(TUNNEL)
    ctx = _ctx(a, _tunnel(a))
    assert gender_of(ctx, "Ann Lee") == "female"
    assert gender_of(ctx, "Bo Kim") == "male"


def test_her_in_the_stem_with_only_men_beside_the_key_is_no_item():
    a = plain_article(TUNNEL)
    atts = _tunnel(a)
    ctx = _ctx(a, atts)
    assert who_said(ctx, atts[0]) is None  # "who promised her …": three men among the options
    # a false statement never puts a man before "her entire tunnel program"
    assert said_true_false(ctx, atts[0], truthful=False) is None


CATHOLIC = ("Running mate named\n\n"
            "Mr. Tim Roe has described himself as a devout Catholic in the past, the paper said.\n\n"
            "Ms. Ann Lee said the platform went further than any before it on health care.\n\n"
            "Ms. Kay Day said the language in the platform shrinks the party in every state.\n\n"
            "Mr. Bo Kim said the draft would drive loyal voters away from the party.\n\n"
            "Mr. Cy Dunn said the party had once welcomed dozens of members who opposed it.\n\n"
            "Mr. Al Hunt said the platform would be adopted without any change next week.\n")


def test_himself_in_the_stem_takes_only_men_as_options():
    a = plain_article(CATHOLIC)
    atts = [
        _att(a, "Tim Roe", "person", "Tim Roe", "has described", "himself as a devout Catholic in the past"),
        _att(a, "Ann Lee", "person", "Ann Lee", "said", "the platform went further than any before it on health care"),
        _att(a, "Kay Day", "person", "Kay Day", "said",
             "the language in the platform shrinks the party in every state"),
        _att(a, "Bo Kim", "person", "Bo Kim", "said", "the draft would drive loyal voters away from the party"),
        _att(a, "Cy Dunn", "person", "Cy Dunn", "said", "the party had once welcomed dozens of members who opposed it"),
        _att(a, "Al Hunt", "person", "Al Hunt", "said", "the platform would be adopted without any change next week"),
    ]
    for seed in range(5):
        ctx = _ctx(a, atts)
        ctx.rng.seed(seed)
        it = who_said(ctx, atts[0])
        assert it is not None
        assert not {"Ann Lee", "Kay Day"} & set(it.options), it.options
        tf = said_true_false(ctx, atts[0], truthful=False)
        assert tf is None or not any(w in tf.stem for w in ("Ann Lee", "Kay Day")), tf.stem


# 4. One speaker keyed again and again, or one sentence asked twice: others first.
RALLY = ("Victory speech in the snow\n\n"
         "\"We are going to start winning again and we will win so much,\" Don Tate said.\n\n"
         "\"I heard parts of the other speech and he wants to give it all away,\" Tate said.\n\n"
         "\"I think one of the things that really caught on was paying for my own campaign,\" Tate said.\n\n"
         "\"We are going to build the wall and it will be built very soon,\" Tate said.\n\n"
         "\"The turnout tonight was bigger than anything we had hoped for,\" Ann Lee said.\n\n"
         "\"Our volunteers knocked on every door in the county this winter,\" Bo Kim said.\n\n"
         "\"The result will change the shape of the whole race next month,\" Cy Dunn said.\n")


def test_no_speaker_keyed_more_than_twice_while_others_wait():
    a = plain_article(RALLY)
    atts = []
    for quote, name in [("We are going to start winning again and we will win so much", "Tate"),
                        ("I heard parts of the other speech and he wants to give it all away", "Tate"),
                        ("I think one of the things that really caught on was paying for my own campaign", "Tate"),
                        ("We are going to build the wall and it will be built very soon", "Tate"),
                        ("The turnout tonight was bigger than anything we had hoped for", "Ann Lee"),
                        ("Our volunteers knocked on every door in the county this winter", "Bo Kim"),
                        ("The result will change the shape of the whole race next month", "Cy Dunn")]:
        at = a.text.index(quote)
        atts.append(_att(a, "Don Tate" if name == "Tate" else name, "person", name, "said", quote, after=at,
                         direct=True))
    ctx = _ctx(a, atts, entities=_ents(a, "PERSON", "Don Tate", "Ann Lee", "Bo Kim", "Cy Dunn"))
    items = generate(ctx)
    who = [it for it in items if it.kind == "multiple_choice" and it.stem.startswith("According to")]
    assert len(who) >= 4
    keys = [it.options[it.answer] for it in who[:4]]
    assert keys.count("Don Tate") <= 2, keys
    firsts = items[:5]
    sents = [(sup.start, sup.end) for it in firsts for sup in it.support]
    assert len(sents) == len(set(sents)), [it.stem for it in firsts]
    assert source_label(atts[0]) == "Don Tate"


def test_a_capitalised_name_in_the_claim_is_no_verb_and_headings_are_no_people():
    a = plain_article("Swap defended\n\nAl Roe said the prisoners released by the United States.\n\n"
                      "Bo Kim said the deal would encourage more kidnappings in the region.\n\n"
                      "Cy Dunn said the families had waited far too long for any news.\n\n"
                      "CORRECTION APPENDED: an earlier version misspelt a name.\n")
    roe = _att(a, "Al Roe", "person", "Al Roe", "said", "the prisoners released by the United States")
    kim = _att(a, "Bo Kim", "person", "Bo Kim", "said", "the deal would encourage more kidnappings in the region")
    ctx = _ctx(a, [roe, kim], entities=_ents(a, "PERSON", "Al Roe", "Bo Kim", "Cy Dunn", "CORRECTION APPENDED"))
    assert said_true_false(ctx, roe, truthful=True) is None
    for seed in range(5):
        ctx.rng.seed(seed)
        assert "CORRECTION APPENDED" not in source_distractors(ctx, kim, 3)


def test_a_verb_first_quotation_is_asked_with_its_subject():
    a = plain_article(SWAP)
    atts = _swap(a)
    ctx = _ctx(a, atts)
    it = name_the_source(ctx, atts[3])
    assert it is not None and 'who said that the panel last week "gained access to records' in it.stem, it
    it = name_the_source(ctx, atts[4])
    assert it is not None and 'who said that the city "will pay for every single repair' in it.stem, it


def test_a_misspelt_surname_in_the_mention_is_the_same_person():
    a = plain_article("Salt levels fall\n\nLydia Buchtmann said the agency would decide by the end of the year.\n\n"
                      "\"We will look at every option before we decide,\" Ms Bauchtman said.\n\n"
                      "Bo Kim said the dairy industry had changed the way it cleaned its equipment.\n")
    first = _att(a, "Lydia Buchtmann", "person", "Lydia Buchtmann", "said",
                 "the agency would decide by the end of the year")
    second = _att(a, "Lydia Buchtmann", "person", "Ms Bauchtman", "said", "We will look at every option before we "
                  "decide", direct=True)
    ctx = _ctx(a, [first, second], entities=_ents(a, "PERSON", "Lydia Buchtmann", "Bauchtman", "Bo Kim"))
    from quizgen.generate.attribution import mention_names_another
    assert not mention_names_another(ctx, second)


def test_things_the_tagger_calls_people_are_never_offered_as_unquoted_people():
    from quizgen.generate.sourcing import quiet_names
    a = plain_article("Shuttles find homes\n\n\"The museum worked hard for this,\" Ann Lee said.\n\n"
                      "Space Shuttle Atlantis will go to Florida and Bo Kim will lead the tour.\n\n"
                      "Cy Dunn flew in operations Desert Shield and Desert Storm before he retired.\n")
    lee = _att(a, "Ann Lee", "person", "Ann Lee", "said", "The museum worked hard for this", direct=True)
    ctx = _ctx(a, [lee], entities=_ents(a, "PERSON", "Ann Lee", "Space Shuttle Atlantis", "Bo Kim", "Cy Dunn",
                                        "Desert Storm"))
    assert set(quiet_names(ctx)) == {"Bo Kim", "Cy Dunn"}
