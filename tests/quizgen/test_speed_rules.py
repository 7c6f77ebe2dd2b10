"""The attribute ruler's matches come from a table by token values (``quizgen.nlp.RuleTable``) instead of
spaCy's Matcher: the same matches, in the same order, on sentences that meet the packaged patterns (tag map
rules, pronoun case by dependency, auxiliaries, 'gonna', "ain't", "y'all", "let's", spaces), and the same
tokens after the whole pipeline; a ruler with a pattern the table does not read keeps the Matcher."""
from __future__ import annotations

from spacy.pipeline.attributeruler import AttributeRuler

from quizgen.nlp import RuleTable

TEXTS = [
    "But I said it ain't so, and y'all are gonna see; let's go, c'mon.",
    "There is a man who gets what he got.  It was given to me, and you gave it to I and you.",
    "He did it.  Do you have the papers?  She has had enough, but he hadn't.\n\nThat was that; this is it.",
    "The Senate, which passed the bill [in June], said that those were gotta be wrong.",
    "   ",
    "",
    "Y all met them at 9 a.m. in Washington, D.C., where rain fell.",
]

EARLY = ["attribute_ruler", "lemmatizer", "quizgen_lemmas", "ner"]


def test_table_matches_equal_the_matcher(nlp) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    table = RuleTable.of(ruler)
    assert table is not None
    for doc in nlp.pipe(TEXTS, disable=EARLY):
        assert table(doc) == AttributeRuler.match(ruler, doc)
        assert table(doc) == AttributeRuler.match(ruler, doc)  # a second read, from the table's rows


def test_pipeline_uses_the_table_and_tokens_are_the_same(nlp) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, RuleTable)
    fast = list(nlp.pipe(TEXTS))
    del ruler.match  # spaCy's own match again
    try:
        slow = list(nlp.pipe(TEXTS))
    finally:
        ruler.match = RuleTable.of(ruler)
    for a, b in zip(fast, slow, strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in a] == \
            [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in b]


def test_a_pattern_with_an_operator_keeps_the_matcher(nlp) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]], {"POS": "ADJ"})
    assert RuleTable.of(ruler) is None
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "very"}, {"TAG": "JJ"}]], {"POS": "ADJ"})
    table = RuleTable.of(ruler)
    assert table is not None
    doc = next(nlp.pipe(["It is very good and very very bad."], disable=EARLY))
    assert table(doc) == AttributeRuler.match(ruler, doc) and table(doc)



def test_doc_text_is_made_once_in_the_pipeline(nlp) -> None:
    from quizgen.analysis.parsed import span_text

    texts = ["He said [in June] that hope is hoped for.", "No bracket here; nothing hops.", "Plain.  Two  spaces."]
    for doc in nlp.pipe(texts):
        assert doc.user_data["quizgen_text"] == doc.text  # kept by the first quizgen step, read by the analysis
        for sent in doc.sents:
            assert span_text(sent) == sent.text
    doc = nlp("They were hoping [the court said] to win.")
    assert [t.lemma_ for t in doc if t.lower_ == "hoping"] == ["hope"]
    assert len(list(doc.sents)) == 1


LEMMA_TEXTS = [
    "The ministers said they were hoping that better roads would have been built by the cities' councils.",
    "Mayor Reyes runs; she ran, had run and is running.  Worse news came: the best of them went away.",
    "Data shows geese and mice were fed.\n\nI'm gonna see what y'all did, it's theirs.",
    "She saw the old saw and left the left lane; the building was building up.",  # a word, two lemmas
]


def test_lemma_memo_gives_spacys_lemmas(nlp) -> None:
    from quizgen.nlp import LemmaMemo

    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer.lemmatize, LemmaMemo)
    memo = lemmatizer.lemmatize
    fast = [[t.lemma_ for t in d] for d in nlp.pipe(LEMMA_TEXTS)]
    again = [[t.lemma_ for t in d] for d in nlp.pipe(LEMMA_TEXTS)]  # from the memo's keys
    lemmatizer.lemmatize = memo.lemmatize
    try:
        slow = [[t.lemma_ for t in d] for d in nlp.pipe(LEMMA_TEXTS)]
    finally:
        lemmatizer.lemmatize = memo
    assert fast == slow == again
    assert memo.known and len(memo.known) <= LemmaMemo.MAX_KEYS


def test_loaded_pipeline_is_out_of_the_collectors_generations(nlp) -> None:
    """The pipeline lives as long as the process: after loading, its objects are frozen (no full collection
    walks them), and parsing still works."""
    import gc

    ruler = nlp.get_pipe("attribute_ruler")
    assert gc.get_freeze_count() > 0
    # by identity: "in" would call other objects' __eq__ (SQLAlchemy's column collections raise on it)
    assert not gc.is_finalized(ruler) and all(o is not ruler for o in gc.get_objects(generation=2))
    assert [t.text for t in nlp("He said so.")] == ["He", "said", "so", "."]
