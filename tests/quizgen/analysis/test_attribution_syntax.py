"""The dependency helpers of the claim ledger, on hand-built Docs (no statistical model):
each Doc is written as a table of tokens with the parse a correct parser would give."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quizgen.analysis.attributions.syntax import (
    clause_range,
    content_of,
    is_cue,
    is_sandwiched,
    np_start,
    parenthetical_content,
    person_before,
    quote_after,
    source_phrase,
    subject,
)
from quizgen.analysis.quotes import find_quotes

_VOCAB = spacy.blank("en").vocab
_NO_SPACE_BEFORE = {".", ",", ":", "'s", "”"}


def build(table: str) -> Doc:
    """Rows of ``word head dep pos tag lemma [entity]``; ``head`` is the head's row number (from 0)."""
    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE and words[i] != "“"
              for i in range(len(words))]
    ents, prev = [], "O"
    for r in rows:
        label = r[6] if len(r) > 6 else "O"
        ents.append("O" if label == "O" else ("I-" if prev == label else "B-") + label)
        prev = label
    return Doc(_VOCAB, words=words, spaces=spaces, heads=[int(r[1]) for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows], ents=ents)


# "Pompeo said China lied about the camps."
SAID = build("""
Pompeo 1 nsubj PROPN NNP Pompeo PERSON
said 1 ROOT VERB VBD say
China 3 nsubj PROPN NNP China GPE
lied 1 ccomp VERB VBD lie
about 3 prep ADP IN about
the 6 det DET DT the
camps 4 pobj NOUN NNS camp
. 1 punct PUNCT . .
""")


def text_of(doc: Doc, rng: tuple[int, int]) -> str:
    return doc.text[rng[0]:rng[1]]


def test_subject_of_a_cue_is_its_nsubj():
    assert subject(SAID[1]).text == "Pompeo"


def test_content_of_a_saying_verb_is_its_clause():
    ranges, head = content_of(SAID[1])
    assert [text_of(SAID, r) for r in ranges] == ["China lied about the camps"]
    assert head is not None and head.text == "lied"


def test_a_saying_verb_is_a_cue_and_a_noun_is_not():
    assert is_cue(SAID[1])
    assert not is_cue(SAID[0])


# "Pompeo spoke on Monday, warning that talks had failed."
WARNING = build("""
Pompeo 1 nsubj PROPN NNP Pompeo PERSON
spoke 1 ROOT VERB VBD speak
on 1 prep ADP IN on
Monday 2 pobj PROPN NNP Monday DATE
, 1 punct PUNCT , ,
warning 1 advcl VERB VBG warn
that 9 mark SCONJ IN that
talks 9 nsubj NOUN NNS talk
had 9 aux AUX VBD have
failed 5 ccomp VERB VBN fail
. 1 punct PUNCT . .
""")


def test_a_subjectless_participle_inherits_its_governors_subject():
    assert subject(WARNING[5]).text == "Pompeo"


def test_parenthetical_content_of_a_cue_is_the_rest_of_its_sentence():
    # "The talks had failed, Pompeo said on Monday."
    doc = build("""
The 1 det DET DT the
talks 3 nsubj NOUN NNS talk
had 3 aux AUX VBD have
failed 3 ROOT VERB VBN fail
, 3 punct PUNCT , ,
Pompeo 6 nsubj PROPN NNP Pompeo PERSON
said 3 parataxis VERB VBD say
on 6 prep ADP IN on
Monday 7 pobj PROPN NNP Monday DATE
. 3 punct PUNCT . .
""")
    assert is_sandwiched(doc[6])
    assert [text_of(doc, r) for r in parenthetical_content(doc[6], doc.text)] == ["The talks had failed"]


def test_a_cue_at_the_start_of_a_sentence_is_not_sandwiched():
    assert not is_sandwiched(SAID[1])


# "Officials who spoke to reporters said the plan was dead."
OFFICIALS = build("""
Officials 5 nsubj NOUN NNS official
who 2 nsubj PRON WP who
spoke 0 relcl VERB VBD speak
to 2 prep ADP IN to
reporters 3 pobj NOUN NNS reporter
said 5 ROOT VERB VBD say
the 7 det DET DT the
plan 8 nsubj NOUN NN plan
was 5 ccomp AUX VBD be
dead 8 acomp ADJ JJ dead
. 5 punct PUNCT . .
""")


def test_source_phrase_leaves_out_a_relative_clause():
    assert [t.text for t in source_phrase(OFFICIALS[0])] == ["Officials"]


def test_a_relative_clause_cue_without_its_own_subject_takes_the_antecedent():
    # "Pompeo, who said the plan was dead, left." with "who" attached to the name (a parse slip)
    doc = build("""
Pompeo 8 nsubj PROPN NNP Pompeo PERSON
, 0 punct PUNCT , ,
who 0 dep PRON WP who
said 0 relcl VERB VBD say
the 5 det DET DT the
plan 6 nsubj NOUN NN plan
was 3 ccomp AUX VBD be
dead 6 acomp ADJ JJ dead
left 8 ROOT VERB VBD leave
. 8 punct PUNCT . .
""")
    assert subject(doc[3]).text == "Pompeo"


def test_an_active_participle_on_a_noun_makes_the_noun_its_speaker():
    # "a judge saying the law was void": the judge says it
    doc = build("""
a 1 det DET DT a
judge 1 ROOT NOUN NN judge
saying 1 acl VERB VBG say
the 4 det DET DT the
law 5 nsubj NOUN NN law
was 2 ccomp AUX VBD be
void 5 acomp ADJ JJ void
""")
    assert subject(doc[2]).text == "judge"


def test_a_passive_participle_on_a_noun_has_no_subject():
    # "officials accused of abuses": the officials are accused, nobody named accuses them
    doc = build("""
officials 0 ROOT NOUN NNS official
accused 0 acl VERB VBN accuse
of 1 prep ADP IN of
abuses 2 pobj NOUN NNS abuse
""")
    assert subject(doc[1]) is None


def test_source_phrase_reaches_a_name_past_a_preposition():
    # "Ambassador to the United States Hamdullah Mohib said ..."
    doc = build("""
Ambassador 6 nsubj PROPN NNP Ambassador
to 0 prep ADP IN to
the 3 det DET DT the
States 1 pobj PROPN NNP States GPE
Hamdullah 5 compound PROPN NNP Hamdullah PERSON
Mohib 0 appos PROPN NNP Mohib PERSON
said 6 ROOT VERB VBD say
""")
    assert " ".join(t.text for t in source_phrase(doc[0])) == "Ambassador to the States Hamdullah Mohib"


def test_source_phrase_stops_at_a_comma_aside():
    # "Lydia Marsh, a spokeswoman, said ..."
    doc = build("""
Lydia 1 compound PROPN NNP Lydia PERSON
Marsh 6 nsubj PROPN NNP Marsh PERSON
, 1 punct PUNCT , ,
a 4 det DET DT a
spokeswoman 1 appos NOUN NN spokeswoman
, 1 punct PUNCT , ,
said 6 ROOT VERB VBD say
""")
    assert [t.text for t in source_phrase(doc[1])] == ["Lydia", "Marsh"]


def test_clause_range_drops_a_reporters_aside():
    # "He said talks failed in Geneva, where China is accused of stalling."
    doc = build("""
He 1 nsubj PRON PRP he
said 1 ROOT VERB VBD say
talks 3 nsubj NOUN NNS talk
failed 1 ccomp VERB VBD fail
in 3 prep ADP IN in
Geneva 4 pobj PROPN NNP Geneva GPE
, 5 punct PUNCT , ,
where 10 advmod SCONJ WRB where
China 10 nsubjpass PROPN NNP China GPE
is 10 auxpass AUX VBZ be
accused 5 relcl VERB VBN accuse
of 10 prep ADP IN of
stalling 11 pcomp VERB VBG stall
. 1 punct PUNCT . .
""")
    assert text_of(doc, clause_range(doc[3])) == "talks failed in Geneva"


def test_a_directive_cue_takes_its_object_and_infinitive():
    # "Berg urged residents to accept the cuts."
    doc = build("""
Berg 1 nsubj PROPN NNP Berg PERSON
urged 1 ROOT VERB VBD urge
residents 1 dobj NOUN NNS resident
to 4 aux PART TO to
accept 1 xcomp VERB VB accept
the 6 det DET DT the
cuts 4 dobj NOUN NNS cut
. 1 punct PUNCT . .
""")
    ranges, head = content_of(doc[1])
    assert [text_of(doc, r) for r in ranges] == ["residents to accept the cuts"]


def test_a_short_object_is_an_action_not_a_claim():
    # "Berg defended the plan."
    doc = build("""
Berg 1 nsubj PROPN NNP Berg PERSON
defended 1 ROOT VERB VBD defend
the 3 det DET DT the
plan 1 dobj NOUN NN plan
. 1 punct PUNCT . .
""")
    assert content_of(doc[1]) == ([], None)


def test_a_denial_is_a_claim_however_short():
    # "Berg denied it."  (short, but a denial says something)
    doc = build("""
Berg 1 nsubj PROPN NNP Berg PERSON
denied 1 ROOT VERB VBD deny
the 3 det DET DT the
claims 1 dobj NOUN NNS claim
. 1 punct PUNCT . .
""")
    ranges, _ = content_of(doc[1])
    assert [text_of(doc, r) for r in ranges] == ["the claims"]


def test_an_accusation_takes_its_object_and_charge():
    # "Critics accused Berg of lying."
    doc = build("""
Critics 1 nsubj NOUN NNS critic
accused 1 ROOT VERB VBD accuse
Berg 1 dobj PROPN NNP Berg PERSON
of 1 prep ADP IN of
lying 3 pcomp VERB VBG lie
. 1 punct PUNCT . .
""")
    ranges, head = content_of(doc[1])
    assert [text_of(doc, r) for r in ranges] == ["Berg of lying"]


def test_person_before_a_subjectless_cue():
    # "Tom Molomby, SC, said ..." parsed with no subject on "said"
    doc = build("""
Tom 1 compound PROPN NNP Tom PERSON
Molomby 4 npadvmod PROPN NNP Molomby PERSON
, 1 punct PUNCT , ,
SC 1 appos PROPN NNP SC ORG
said 4 ROOT VERB VBD say
""")
    found = person_before(doc[4])
    assert found is not None and found.text == "Molomby"
    assert person_before(OFFICIALS[5]) is None  # no name before the cue


def test_quote_after_a_cue_with_a_colon():
    doc = build("""
Berg 1 nsubj PROPN NNP Berg PERSON
said 1 ROOT VERB VBD say
: 1 punct PUNCT : :
“ 1 punct PUNCT `` “
We 5 nsubj PRON PRP we
lost 1 ccomp VERB VBD lose
. 1 punct PUNCT . .
” 1 punct PUNCT '' ”
""")
    quotes = find_quotes(doc.text)
    q = quote_after(doc[1], doc.text, quotes)
    assert q is not None and doc.text[q.start:q.end].strip("“”. ") == "We lost"
    assert quote_after(doc[5], doc.text, quotes) is None  # a cue inside the quotation opens nothing


def test_np_start_leaves_out_a_coordination_folded_into_the_phrase():
    # "the market and sanction officials accused of abuses"
    doc = build("""
the 1 det DET DT the
market 4 nmod NOUN NN market
and 1 cc CCONJ CC and
sanction 4 compound NOUN NN sanction
officials 4 ROOT NOUN NNS official
accused 4 acl VERB VBN accuse
of 5 prep ADP IN of
abuses 6 pobj NOUN NNS abuse
""")
    assert doc.text[np_start(doc[4]):] .startswith("sanction officials")
