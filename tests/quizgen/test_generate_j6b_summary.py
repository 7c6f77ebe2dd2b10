"""Judged blind on J6: the summary's "model answer" was no sample summary -- it listed what to include and
pasted the lede paragraph word for word (which the rubric's own "use your own words" rule marks down) --
and it named as "who is involved" a body that only reported the casualty figures ("…, according to the
Harbor Safety Authority"). A model answer reads as a short summary a good student could write: two or
three sentences from the article's main points, shortened, never a whole paragraph pasted; who is
involved are the people the story is about, never a source that only reported figures (constructed
articles)."""
from __future__ import annotations

from dataclasses import replace

from factories import attribution, entities_at, people_entities, plain_article, sentence_context

from quizgen.generate import summary

STORM_LEDE = ("A storm yesterday caused a crane to fall onto the Riverton Grand Stadium, killing 40 or more and "
              "injuring 120, according to the Harbor Safety Authority.")
STORM = ("At least 40 killed as storm topples crane onto Riverton stadium\n\n"
         f"{STORM_LEDE}\n\n"
         "Harbor Safety Authority director Dana Ortiz told reporters that all the injured had been taken to "
         "hospital.\n\n"
         "The accident was caused by strong winds and heavy rain that led the crane to fall onto the stands.\n\n"
         "The crane accident comes just ten days before the start of the Riverton Games, which draw thousands of "
         "visitors to the stadium each year.\n\n"
         "Work was under way at the stadium to enlarge the stands and improve crowd control for the Games.\n")


def _ctx(text, people=(), orgs=(), later=(), atts=()):
    article = plain_article(text)
    ents = list(people_entities(article, *people)) + entities_at(article, "ORG", *orgs)
    ents = [e for e in ents if e.span.start >= article.paragraphs[0].start]
    ctx = sentence_context(article, [attribution(article, *a) for a in atts], sorted(ents, key=lambda e: e.span.start))
    sents = ctx.analysis.sentences
    mains = (sents[0], *(s for s in sents if any(w in s.span.text for w in later)))
    return replace(ctx, analysis=replace(ctx.analysis, main_ideas=mains))


def test_a_body_that_only_reports_the_figures_is_never_who_is_involved():
    item = summary.summary_item(_ctx(STORM, people=("Dana Ortiz",), orgs=("Harbor Safety Authority",),
                                     later=("ten days before",)))
    if item is not None:
        text = item.answer[0] + " ".join(r.description for r in item.rubric)
        assert "Harbor Safety Authority" not in text.split("involved")[-1]
        assert STORM_LEDE not in item.answer[0]


SPEECH_LEDE = ("Mayor Dana Ortiz spoke out Tuesday against the eviction of Sam Okafor in Riverton, which has left "
               "the retired teacher without a home for the first time in forty years.")
SPEECH = ("Mayor Dana Ortiz speaks directly to landlords after latest eviction\n\n"
          f"{SPEECH_LEDE}\n\n"
          "On a radio show, the former judge said she wanted to reach the owners of buildings.\n\n"
          "Sam Okafor, 80, a retired teacher who sang in the church choir, was evicted last week after his "
          "landlord sold the building.\n\n"
          "Video shows that Okafor had paid his rent, contradicting the landlord's earlier claim that he had not "
          "paid for months. He had the receipts with him.\n\n"
          "The state attorney general is investigating the eviction.\n")


def test_the_model_answer_is_a_sample_summary_not_a_pasted_paragraph():
    item = summary.summary_item(_ctx(SPEECH, people=("Dana Ortiz", "Sam Okafor", "Okafor"),
                                     later=("Video shows",)))
    assert item is not None
    model = item.answer[0]
    assert SPEECH_LEDE not in model and SPEECH_LEDE.replace("“", "").replace("”", "") not in model
    assert "a full answer covers: the main point, as stated" not in model
    sample = model.split("sample summary:")[-1]
    assert "Mayor Dana Ortiz spoke out" in sample and "paid his rent" in sample  # built from the main points
    assert "Dana Ortiz" in model and "Sam Okafor" in model  # who is involved: the people the story is about
