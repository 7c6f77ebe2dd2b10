"""Fixes from the blind judging of dev set D (constructed articles of the same shapes).

1. missing voice: a name the tagger ran over a dash into its verb ("Jim Voss - won") is no party, and
   the paragraph a party is cited at names that party;
2. trust a source: no item on a claim whose speaker is written as a bare surname, a title and the
   surname or a pronoun when two people of the article share that surname;
3. main idea: an option keeps its main clause's verb (never a subject with only a relative clause);
4. evidence: no claim without a finite verb, no claim that is the evidence sentence itself, and no
   stem that names the keyed kind ("survey" for the study option);
5. cause and effect: no "because ___" options that are unrelated sentences; a key stops before a
   second coordinated event;
6. attribution: no option spliced from two pieces that do not join, no stem with unbalanced
   quotation marks, no lifted "he" that means someone other than the speaker;
7. key detail: no mojibake, no gap at the head of a bare list of names; "number and unit" accepts
   the number with its unit words.
"""
from __future__ import annotations

import random

from factories import attribution as _attribution
from factories import paragraph_of as _par
from factories import people_entities as _people
from factories import plain_analysis, plain_article
from factories import span_at as _span

from quizgen.generate import cause_effect, evidence, key_detail
from quizgen.generate.attribution import claim_option, who_phrase
from quizgen.generate.base import Context, support_span
from quizgen.generate.main_idea import clause_keys, whole_cut
from quizgen.generate.perspective import missing_voice, trust_source
from quizgen.model import ITEM_KINDS, Attribution, Evidence, Item, Quantity, Span


def _ctx(article, atts=(), entities=()):
    return Context(article, plain_analysis(article, attributions=tuple(atts), entities=tuple(entities)),
                   random.Random(0), frozenset(ITEM_KINDS))


# ---------------------------------------------------------------- 1. missing voice: clean names

DELEGATES = ("Hale wins most Ohio delegates in a blow to Dunn\n\n"
             "Senator Ann Hale won most of the Ohio delegates on Saturday, and Mark Dunn won only a handful.\n\n"
             "Hale won in the north of the state, where turnout was high.\n\n"
             "\"We knew how Ohio would go,\" Dunn adviser Ray Moss said on Friday.\n\n"
             "Hale also won in the cities, where party officials had organised early.\n\n"
             "In the south, two Hale supporters - her state chairman, Tim Cole, and former mayor Jim Voss - won "
             "two of the three seats.\n")


def test_a_name_run_over_a_dash_into_its_verb_is_no_missing_voice():
    art = plain_article(DELEGATES)
    atts = [_attribution(art, "Ray Moss", "Ray Moss", "said", ["We knew how Ohio would go"])]
    ents = _people(art, "Ann Hale", "Hale", "Mark Dunn", "Dunn", "Ray Moss", "Tim Cole", "Jim Voss - won")
    item = missing_voice(_ctx(art, atts, ents))
    assert item is not None
    model = item.answer[0]
    assert "won's" not in model and "- won" not in model and "Voss" not in model
    # every party the model answer names is in the paragraph it is cited at; Ann Hale, only named often, is
    # unheard but no model answer's example since stop 35 (judged blind)
    from quizgen.generate.perspective import missing_party_candidates
    assert "Ann Hale" in [label for label, _p, _why in missing_party_candidates(_ctx(art, atts, ents))]
    assert "Ann Hale" not in model


# ---------------------------------------------------------------- 2. trust: two people, one surname

COUPLE = ("Candidate says husband would lead jobs push\n\n"
          "Mrs. Dale, who is running for governor, said her husband would lead her jobs plan. Former Governor "
          "Tom Dale served eight years.\n\n"
          "Under Mr. Dale, the state created more jobs than any other state and balanced its budget.\n\n"
          "\"Nobody created more jobs. I want every bit of advice he can give me about how to do it again,\" "
          "Mrs. Dale said on a radio show.\n\n"
          "Critics said the jobs were created because the whole country was growing, not because of his "
          "plans.\n")


def _trust_att(art, source, source_text):
    content = "Nobody created more jobs. I want every bit of advice he can give me about how to do it again"
    c = _span(art, content)
    s = _span(art, source_text, c.end)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind="person",
                       cue="said", cue_span=_span(art, "said", s.end), content=content, content_spans=(c,),
                       direct=True, paragraph=_par(art, s.start), source_confidence=0.95)


def test_no_trust_item_on_a_title_and_surname_two_people_share():
    art = plain_article(COUPLE)
    # the ledger gives Mrs. Dale's words to her husband: with a Mr. and a Mrs. Dale, "Mrs. Dale" is unsure
    a = _trust_att(art, "Tom Dale", "Mrs. Dale")
    assert trust_source(_ctx(art, [a], _people(art, "Tom Dale", "Dale"))) is None


def test_a_trust_item_is_still_made_when_one_person_has_the_surname():
    art = plain_article(COUPLE.replace("Mrs. Dale, who is running for governor, said her husband would lead her",
                                       "Mr. Dale, who is running for governor again, said he would lead his")
                        .replace("Mrs. Dale said", "Mr. Dale said"))
    a = _trust_att(art, "Tom Dale", "Mr. Dale")
    item = trust_source(_ctx(art, [a], _people(art, "Tom Dale", "Dale")))
    assert item is not None and "Tom Dale" in item.stem


# ---------------------------------------------------------------- 3. main idea: the main clause's verb

SAILOR = ("Sailor who exposed harbour board's secret account gets 30-month sentence\n\n"
          "The Danish sailor who first revealed that the harbour board used a secret bank account while it was "
          "run by the mayor was sentenced to more than two years in prison on Monday by a judge in Bergen.\n\n"
          "Prosecutors said the sailor broke into the email accounts of about forty officials over three years.\n\n"
          "A former fisherman, the sailor had no training in computers and used an old laptop.\n\n"
          "Prosecutors said a long sentence would deter others from breaking into accounts.\n")


def test_no_main_idea_key_that_is_a_subject_with_only_its_relative_clause():
    art = plain_article(SAILOR)
    keys = [form for form, _ in clause_keys(_ctx(art))]
    assert "The Danish sailor who first revealed that the harbour board used a secret bank account" not in keys
    assert all("sentenced" in k for k in keys)


def test_a_head_that_keeps_its_main_verb_may_still_be_cut_before_a_time_clause():
    full = ("The sailor who revealed the secret account was sentenced to two years in prison on Monday "
            "while he was in Bergen")
    head = "The sailor who revealed the secret account was sentenced to two years in prison on Monday"
    assert whole_cut(full, head) == head
    cut = "The sailor who revealed that the board used a secret account"
    assert whole_cut(cut + " while it was run by the mayor was sentenced to two years", cut) is None


# ---------------------------------------------------------------- 4. evidence: claim and stem

def _at(text, phrase):
    i = text.index(phrase)
    return Span(i, i + len(phrase), phrase)


def _evidence_ctx(text, kind, phrase, atts=()):
    art = plain_article(text)
    par = text[:text.index(phrase)].count("\n\n")
    return art, Context(art, plain_analysis(art, evidence=(Evidence(kind, _at(text, phrase), par),),
                                            attributions=tuple(atts)), random.Random(0), frozenset(ITEM_KINDS))


def test_no_evidence_claim_that_is_an_object_and_its_complement():
    text = ("Mayor gains after debate\n\n"
            "A phone survey by the Harbor Research Center found Mayor Dale the winner of Monday's debate with "
            "40 percent of the vote, followed by Ann Cole at 30 percent.\n")
    art, ctx = _evidence_ctx(text, "study/report", "A phone survey by the Harbor Research Center")
    first = art.paragraphs[0]
    sup = support_span(art, Span(first.start, first.start + len(first.text), first.text))
    assert sup is not None
    assert evidence.backed_claim(ctx, sup, "study/report") is None


def test_no_evidence_item_whose_stem_holds_a_word_of_the_keyed_option():
    text = ("Voters back bridge\n\n"
            "A phone survey by the Harbor Center found that most voters in the city backed the new bridge over "
            "the river.\n")
    _, ctx = _evidence_ctx(text, "study/report", "A phone survey by the Harbor Center")
    items = evidence.generate(ctx)
    assert len(items) == 1
    keyed = items[0].options[items[0].answer]
    assert keyed != evidence.LABELS["study/report"]  # "survey" in the stem would give it away
    assert keyed == "The results of research"
    assert evidence.LABELS["study/report"] not in items[0].options


def test_a_news_outlet_s_finding_is_cut_before_the_writer_s_second_clause():
    text = ("Council asks for mayor's records\n\n"
            "On March 2, the Daily Ledger revealed that the mayor used a private account for city business, "
            "and the following day, the council asked for the records to be kept.\n")
    content = ("the mayor used a private account for city business, and the following day, the council asked "
               "for the records to be kept")
    att = Attribution(source="Daily Ledger", source_text="the Daily Ledger", source_span=_at(text, "the Daily Ledger"),
                      source_kind="news_outlet", cue="revealed", cue_span=_at(text, "revealed"), content=content,
                      content_spans=(_at(text, content),), direct=False, paragraph=1)
    _, ctx = _evidence_ctx(text, "news report", "the Daily Ledger", [att])
    items = evidence.generate(ctx)
    assert items, "the item is still made, on the outlet's own finding"
    assert "“the mayor used a private account for city business”" in items[0].stem \
        or "\"the mayor used a private account for city business\"" in items[0].stem
    assert "council asked" not in items[0].stem.split("claim", 1)[1]


# ---------------------------------------------------------------- 5. cause and effect: plausible reasons

PILOT = ("A brother who loved planes\n\n"
         "Carl Vane grew up in a big house in Dover with his three brothers.\n\n"
         "The family owned a chain of bakeries along the coast.\n\n"
         "The brothers spent their summers sailing small boats off the harbour wall.\n\n"
         "Carl learned to fly at a club near his college in the hills.\n\n"
         "His father wanted him to run the bakeries after college.\n\n"
         "He grounded his plane because he knew his drinking put his passengers in danger.\n\n"
         "The bakeries grew to forty shops by the end of the decade.\n\n"
         "A winter storm destroyed the old pier near the harbour.\n\n"
         "The harbour master kept a careful log of every boat.\n\n"
         "The village school taught children from the nearby farms.\n\n"
         "Carl died in a hospital in Dover at the age of forty-two.\n")


def test_no_because_item_whose_wrong_options_are_unrelated_facts():
    art = plain_article(PILOT)
    items = [it for it in cause_effect.clause_items(_ctx(art))]
    assert all(it.kind == "true_false" for it in items)  # no four options of unrelated facts
    for it in items:  # the reason offered true or false: only the sentence's own, no fact on another subject
        assert it.answer == 0, it.stem
        assert it.stem.endswith("is that he knew his drinking put his passengers in danger."), it.stem


REASONS = ("A brother who loved planes\n\n"
           "Carl Vane left the family firm because his father wanted him to sell bread.\n\n"
           "The brothers stopped sailing because the harbour wall was closed for repairs.\n\n"
           "Carl moved to the hills because the flying club there took new pilots.\n\n"
           "The bakeries shut early on Sundays because the workers went to church.\n\n"
           "He got divorced, sold his plane because he knew his drinking put his passengers in danger and "
           "failed at running a bakery in Dover.\n")


def test_a_because_key_stops_before_a_second_coordinated_event():
    art = plain_article(REASONS)
    items = [it for it in cause_effect.clause_items(_ctx(art)) if "divorced" in it.stem]
    assert items
    key = items[0].options[items[0].answer]
    assert key == "he knew his drinking put his passengers in danger"
    assert "______ and failed at running a bakery in Dover" in items[0].stem
    assert all("because" not in o for o in items[0].options)


# ---------------------------------------------------------------- 6. attribution: lifted words that read

def test_no_claim_option_spliced_from_a_claim_and_a_relative_clause_on_its_source():
    art = plain_article("Senator's chances fade\n\n"
                        "Mr. Dale's time is quickly running out, according to even his own supporters, who are "
                        "offering increasingly candid views of his chances.\n")
    a = _attribution(art, "supporters", "even his own supporters", "according to",
                     ["Mr. Dale's time is quickly running out", "who are offering increasingly candid views of his "
                                                                "chances"], kind="unnamed_group")
    assert claim_option(_ctx(art, [a]), a) is None


def test_a_two_piece_quotation_that_joins_is_still_an_option():
    art = plain_article("Tolls to stay\n\n"
                        "\"The tolls will pay for the bridge,\" Mayor Ann Holt said, \"and the town will own it "
                        "within ten years.\"\n")
    a = _attribution(art, "Ann Holt", "Mayor Ann Holt", "said",
                     ["The tolls will pay for the bridge", "and the town will own it within ten years"], direct=True)
    assert claim_option(_ctx(art, [a]), a) is not None


def test_no_who_said_stem_with_an_unpaired_quotation_mark():
    text = ("Group attacks candidate\n\n"
            "Ben Carr wrote that the candidate's claim that a deal with the union “has to do with pay and "
            "whether or not the town is willing to sell the old mill by the river to a buyer from the city” "
            "shows he does not understand the town.\n")
    art = plain_article(text)
    content = ("the candidate's claim that a deal with the union “has to do with pay and whether or not the town "
               "is willing to sell the old mill by the river to a buyer from the city” shows he does not "
               "understand the town")
    a = _attribution(art, "Ben Carr", "Ben Carr", "wrote", [content])
    body = who_phrase(_ctx(art, [a], _people(art, "Ben Carr")), a)
    assert body is None or body.count("“") == body.count("”")


SON = ("Delegates put Dale over the top\n\n"
       "Mr. Dale needed 1,237 delegates to win the nomination.\n\n"
       "His son Tom Dale Jr. announced on the convention floor that the state's delegates had delivered the votes "
       "he needed.\n")


def test_no_who_said_stem_whose_he_is_someone_other_than_the_speaker():
    art = plain_article(SON)
    a = _attribution(art, "Tom Dale Jr.", "His son Tom Dale Jr.", "announced",
                     ["the state's delegates had delivered the votes he needed"])
    a = Attribution(**{**a.__dict__, "source_confidence": 0.95})
    assert who_phrase(_ctx(art, [a], _people(art, "Tom Dale Jr.", "Dale")), a) is None


def test_a_reported_he_that_is_the_speaker_still_makes_the_stem():
    art = plain_article(SON.replace("His son Tom Dale Jr. announced", "Mr. Dale announced")
                        .replace("Mr. Dale needed 1,237", "Tom Dale needed 1,237"))
    a = _attribution(art, "Tom Dale", "Mr. Dale", "announced",
                     ["the state's delegates had delivered the votes he needed"])
    a = Attribution(**{**a.__dict__, "source_confidence": 0.95})
    body = who_phrase(_ctx(art, [a], _people(art, "Tom Dale", "Dale")), a)
    assert body is not None and "the votes he needed" in body


# ---------------------------------------------------------------- 7. key detail: clean text, units

def test_number_and_unit_accepts_the_number_with_its_unit_words():
    text = ("Tower struggles to find tenants\n\n"
            "The tower rented 9,000 feet of office space in May at $120 per square foot, its owner said.\n\n"
            "A larger office on the top floor has stood empty for two years.\n")
    art = plain_article(text)
    i = text.index("9,000 feet")
    q = Quantity("number", Span(i, i + len("9,000 feet"), "9,000 feet"), 1)
    ctx = Context(art, plain_analysis(art, quantities=(q,)), random.Random(0), frozenset({"short_answer"}))
    items = [it for it in key_detail.generate(ctx) if "tower rented ______" in it.stem]
    assert items and "number and unit" in items[0].stem
    accepted = items[0].answer
    for form in ("9,000 feet", "9000 feet", "9,000 square feet", "nine thousand feet", "9,000 ft"):
        assert form in accepted
    # the stem asks for the unit: a bare number is not what it asks for (judged blind, round G)
    assert "9,000" not in accepted and "9000" not in accepted


def _gap_item(stem, options=("Paul Ward", "Tom Bell", "Ann Lee", "Greg Liu")):
    return Item(id="x", skill="key_detail", kind="multiple_choice", stem=stem, options=options, answer=0,
                explanation="", support=())


def test_no_key_detail_with_mojibake_or_a_gap_heading_a_list_of_names():
    # a sentence of the same shape as the judged one, its text garbled by a wrong encoding
    garbled = _gap_item("Complete the detail from ¶3: \"Ann Lee met ______ at the Café Noir in Dover.\"".replace(
        "é", "Ã©"))
    listed = _gap_item("Complete the detail from ¶3: \"______, Sri Rao, Lucy Koh, Cory Dunn, Greg Liu and Jane Brown "
                       "are all younger than 50.\"")
    plain = _gap_item("Complete the detail from ¶3: \"Senator ______ said the vote would wait until May.\"")
    pair = _gap_item("Complete the detail from ¶3: \"______ and Lucy Koh met in Dover on Monday.\"")
    # the same garbling with its "Ã" written apart, as "A" and a combining tilde
    apart = _gap_item(garbled.stem.replace("Ã", "A\u0303"))
    dropped = key_detail._garbled_or_list_head
    assert dropped(garbled) and dropped(listed) and dropped(apart)
    assert not dropped(plain) and not dropped(pair)


def test_a_word_that_only_begins_like_a_label_word_keeps_the_usual_label():
    # "county" is no "count": the statistic's usual label stays
    stem = "¶2 says: \"The county spent 40 percent of its budget on roads.\" What kind of evidence …"
    assert evidence._key_label(stem, "statistic") == evidence.LABELS["statistic"]
    assert evidence._key_label("Two studies found …", "study/report") != evidence.LABELS["study/report"]


def test_a_quoted_he_whose_person_the_quotation_names_still_makes_the_stem():
    art = plain_article("Farm saved\n\n"
                        "\"Today my brother lives on the farm and he has built a house there,\" Betsy Holt said.\n")
    a = _attribution(art, "Betsy Holt", "Betsy Holt", "said",
                     ["Today my brother lives on the farm and he has built a house there"], direct=True)
    body = who_phrase(_ctx(art, [a], _people(art, "Betsy Holt")), a)
    assert body is not None and "my brother" in body
