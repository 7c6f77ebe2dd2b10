"""The analysis reads a Doc's sentences, entities, sentence texts and sentence tokens from tables made once
per Doc (``quizgen.analysis.parsed``): each cached answer is what spaCy itself gives, token by token, and a
Doc's tables are its own (two Docs never share one)."""
from __future__ import annotations

from quizgen.analysis.parsed import ents_of, sent_of, sent_tokens, sents_of, span_text, tokens

TEXTS = [
    'Mayor Dana Reyes said on Monday that the bridge would close. "It is not safe," she said. '
    "Critics in Springfield disagreed?  Officials at the Transit Authority declined to comment.",
    "The council met.\n\nNobody spoke. Then Alan Brooks, a farmer from Ohio, asked why the vote "
    "was delayed; the clerk said [after a pause] that it was not.",
    "One sentence only, with no names at all",
]


def test_cached_tables_equal_spacy(nlp) -> None:
    for doc in nlp.pipe(TEXTS):
        assert sents_of(doc) == list(doc.sents)
        assert sents_of(doc) is sents_of(doc)  # made once
        assert list(ents_of(doc)) == list(doc.ents)
        assert [(e.text, e.label_) for e in ents_of(doc)] == [(e.text, e.label_) for e in doc.ents]
        for tok in doc:
            sent = sent_of(tok)
            assert sent == tok.sent
            assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end)
        for sent in doc.sents:
            assert span_text(sent) == sent.text
            assert [t.i for t in sent_tokens(sent)] == [t.i for t in sent]
            assert [t.text for t in sent_tokens(sent)] == [t.text for t in sent]
        for ent in doc.ents:
            assert span_text(ent) == ent.text
        assert [t.text for t in tokens(doc)] == [t.text for t in doc]


def test_each_doc_keeps_its_own_tables(nlp) -> None:
    a, b = nlp.pipe(["Ann Lee spoke. Bob Hart left.", "Nobody came to the meeting in the end."])
    sent_of(a[0]), sents_of(a), ents_of(a), span_text(a[0:2])
    assert sents_of(b) == list(b.sents) and len(sents_of(b)) == 1
    assert list(ents_of(b)) == list(b.ents)
    assert sent_of(b[3]).start == 0 and sent_of(b[3]).end == len(b)
    assert span_text(b[0:1]) == "Nobody"
    assert span_text(sent_of(a[4])) == "Bob Hart left."


# ---- the source registry remembers its answers only while the names it knows are unchanged


def _fresh(names: list[str], text: str = ""):
    from quizgen.analysis.sources import SourceRegistry

    reg = SourceRegistry(text=text)
    for n in names:
        reg.register_person(n)
    return reg


def test_registry_answers_follow_new_names() -> None:
    reg = _fresh([], text="the reyes report was late.")
    assert reg.canonical_person("Reyes") == "Reyes"
    assert reg.near_spelling("bauchtman") is None
    reg.register_person("Dana Reyes")
    reg.register_person("Ilse Buchtmann")
    assert reg.canonical_person("Reyes") == "Dana Reyes" == _fresh(["Dana Reyes"]).canonical_person("Reyes")
    assert reg.near_spelling("bauchtman") == "Ilse Buchtmann"
    assert reg.canonical_person("Bauchtman") == "Ilse Buchtmann"
    assert reg.canonical_person("Mr. Reyes's") == "Dana Reyes"


def test_registry_answer_learnt_from_text_is_kept() -> None:
    reg = _fresh(["Alan Brooks"], text="Council head Enver Solomon spoke. Later Solomon left.")
    assert reg.canonical_person("Solomon") == "Enver Solomon"
    assert reg.full_names["solomon"] == "Enver Solomon"
    for _ in range(2):
        assert reg.canonical_person("Solomon") == "Enver Solomon"
        assert reg.canonical_person("Brooks") == "Alan Brooks"
        assert reg.canonical_person("Nobody") == "Nobody"


def test_outlet_scan_equals_one_check_per_name() -> None:
    from quizgen.analysis.evidence import _ANY_OUTLET
    from quizgen.analysis.lexicon import NEWS_OUTLETS

    texts = ["The council voted to close the bridge.", "Reuters reported the vote.",
             "Officials told the Washington Post on Monday.", "A mishap", "", "the bbc", "Nothing to see here."]
    texts += [name for name in sorted(NEWS_OUTLETS)]
    seen = set()
    for text in texts:
        low = text.lower()
        got = _ANY_OUTLET.search(low) is not None
        assert got == any(name in low for name in NEWS_OUTLETS)
        seen.add(got)
    assert seen == {True, False}  # both answers were checked
