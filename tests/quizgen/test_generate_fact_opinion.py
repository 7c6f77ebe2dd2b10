"""Fact, opinion or prediction: the rule table on constructed sentences, then the items on constructed
articles (keys varied, at most three, one per claim, never a question, a condition or a mixed statement)."""
from __future__ import annotations

import pytest
from factories import attribution, plain_article, sentence_context

from quizgen.generate import certainty, fact_opinion
from quizgen.generate.fact_opinion import classify, label_of
from quizgen.model import Judgment, Span
from quizgen.validate import validate

TABLE = [
    # opinion: first-person belief
    ("I think the mayor has done a fine job for this city.", "opinion"),
    ("In my view, the council has lost its way on housing.", "opinion"),
    ("We believe the new plan puts families first.", "opinion"),
    ("I'm convinced the old mill can be saved by the town.", None),  # belief, but "can": hedged
    ("I feel like the town has forgotten its farmers.", "opinion"),
    ("I really admire the way the nurses run that ward.", "opinion"),  # a liking
    ("I love this town, and I have always paid my taxes here.", None),  # a liking and a claim about conduct
    ("We like to meet at the diner on Main Street.", None),  # a habit, not a liking of something
    # opinion: a normative modal
    ("The council should rebuild the old bridge.", "opinion"),
    ("Congress ought to pass the bill before the summer recess.", "opinion"),
    ("We must act now to protect the river.", "opinion"),
    ("He deserves a second chance from the voters.", "opinion"),
    ("We have to play the game at a much tougher level.", "opinion"),
    ("The council has to approve the plan before the vote.", None),  # a procedure, not a judgment
    ("I have to say the crowd in Ohio was great.", "opinion"),  # "great", not "have to say"
    # opinion: a judging word as the verdict
    ("She is a gifted speaker and a tireless worker.", "opinion"),
    ("It was a disgraceful display by the whole team.", "opinion"),
    ("This is the worst idea anyone has had in years.", "opinion"),
    ("The new library is a wonderful place for children.", "opinion"),
    ("The Border Patrol has done an incredible job with its small budget.", "opinion"),
    ("There are no good options for the town this winter.", "opinion"),
    ("The delegate math is very daunting for the senator.", "opinion"),  # a degree word on a quality
    ("I'm very disappointed in the county board.", None),  # a feeling reported, not a graded quality
    ("The new rules should show that the port is open to everyone.", None),  # "should" of expectation
    # opinion words with a figure in them: partly checkable, mixed
    ("It is a terrible bill with 40 pages of loopholes.", None),
    ("The mayor should hire 12 more police officers.", None),
    # prediction: "will" / "going to" in the main clause, about the future
    ("The new bridge will open to traffic next spring.", "prediction"),
    ("Prices are going to rise across the state.", "prediction"),
    ("The senator won't run for a third term.", "prediction"),
    ("Next year, the county will close two of its schools.", "prediction"),
    # not predictions: a belief about the future, a promise, a condition, a subordinate "will"
    ("I think the bill will pass the Senate next week.", None),
    ("We will fight this ruling in every court.", None),
    ("If the bill passes, taxes will rise for everyone.", None),
    ("The law, which will take effect in May, bans plastic bags.", None),
    ("The plant will probably close before the winter.", None),
    ("It will be a disaster for the farmers of the valley.", None),
    ("God will hold the bosses of the mill accountable.", None),  # no one will ever check it
    # fact: a past report with something specific to check
    ("We raised $2 million last quarter.", "fact"),
    ("The company closed its plant in Dayton in 2015.", "fact"),
    ("Smith was elected mayor of Riverton in 2012.", "fact"),
    ("The program costs $5 million a year.", "fact"),
    ("Unemployment is 5 percent in Ohio.", "fact"),
    ("Trump suits were made in Mexico.", "fact"),
    # not facts: hedges, grading, stance, causes, a judging verb, nothing to check
    ("The mayor may have known about the deal in March.", None),
    ("The plant reportedly closed in 2015.", None),
    ("The plant closed because of high taxes in 2015.", None),
    ("The team lost a lot of games.", None),
    ("He lied to voters about his record in 2014.", None),
    ("The vote is a historic moment for Riverton.", None),
    ("The worst flooding on record hit the valley on Tuesday.", None),
    ("He was named best player of the season.", None),
    ("A great deal of money went to the Riverton schools in 2016.", None),
    ("He was set to receive an endorsement on Friday from Ben Carson.", None),
    ("The mill mostly hired workers from Dayton in 2010.", None),
    ("Sanders' critiques of her amounted to attacks on Obama.", None),
    # rules and schedules, not judgments
    ("Drivers must stop at the new crossing on Main Street.", None),
    ("The results should be known by Friday.", None),
    # questions, exclamations, quips, fragments, sentences leaning on the one before
    ("Is this the best we can do as a country?", None),
    ("What a wonderful day for Riverton!", None),
    ("Not my call.", None),
    ("Well, I like like him.", None),
    ("The ones who have been here 20 years.", None),
    ("Nevertheless, the council voted 5-2 on Monday.", None),
    # several sentences: one kind, or none
    ("The storm destroyed 300 homes in Florida. It was terrible.", None),
    ("It was a wonderful night. The crowd in the hall was amazing.", "opinion"),
]


@pytest.mark.parametrize(("sentence", "expected"), TABLE)
def test_classify_table(sentence, expected):
    assert classify(sentence) == expected


def test_table_covers_every_label_and_none():
    labels = [e for _, e in TABLE]
    assert len(TABLE) >= 40 and {"fact", "opinion", "prediction", None} <= set(labels)


LIBRARY = """Riverton opens its new library

Mayor Dana Ortiz opened the new Riverton library on Tuesday.

"We raised $2 million for the building last year," Ortiz said.

"The new library is a wonderful place for children," Ortiz said.

"The east wing will open to readers next spring," said Pat Lindqvist, the head librarian.

"I think the council should have spent the money on roads," said Sam Okafor, a councillor.

"Is this really what the town needs?" Okafor asked.

"If the budget passes, we will hire four more librarians," Lindqvist said."""


def _library(*, extra=()):
    article = plain_article(LIBRARY)
    p = {n: article.paragraph(n).start for n in range(1, 8)}
    atts = [
        attribution(article, "Dana Ortiz", "Ortiz", "said", ["We raised $2 million for the building last year,"],
                    direct=True, start=p[2]),
        attribution(article, "Dana Ortiz", "Ortiz", "said", ["The new library is a wonderful place for children,"],
                    direct=True, start=p[3]),
        attribution(article, "Pat Lindqvist", "Pat Lindqvist", "said",
                    ["The east wing will open to readers next spring,"], direct=True, start=p[4]),
        attribution(article, "Sam Okafor", "Sam Okafor", "said",
                    ["I think the council should have spent the money on roads,"], direct=True, start=p[5]),
        attribution(article, "Sam Okafor", "Okafor", "asked", ["Is this really what the town needs?"],
                    direct=True, start=p[6]),
        attribution(article, "Pat Lindqvist", "Lindqvist", "said",
                    ["If the budget passes, we will hire four more librarians,"], direct=True, start=p[7]),
        *extra,
    ]
    return article, sentence_context(article, atts)


FACT, OPINION, PREDICTION = "fact", "opinion", "prediction"


def _key(item):
    return label_of(item)


def test_items_vary_their_keys_and_skip_questions_and_conditions():
    article, ctx = _library()
    items = fact_opinion.generate(ctx)
    assert len(items) == 3
    assert {_key(it) for it in items} == {FACT, OPINION, PREDICTION}
    paragraphs = sorted(it.support[0].paragraph for it in items)
    assert 6 not in paragraphs and 7 not in paragraphs  # the question and the condition: no item
    by_par = {it.support[0].paragraph: it for it in items}
    assert _key(by_par[2]) == FACT and _key(by_par[4]) == PREDICTION
    assert _key(by_par[3 if 3 in by_par else 5]) == OPINION


def test_item_shape_passes_the_gate():
    article, ctx = _library()
    items = fact_opinion.generate(ctx)
    kept, dropped = validate(items, article, ctx.analysis)
    assert not dropped, [r for _, r in dropped]
    fact = next(it for it in items if _key(it) == FACT)
    assert fact.stem.startswith("In ¶2, Dana Ortiz says: \"We raised $2 million for the building last year\". "
                                "True or false? This statement is a")
    assert fact.kind == "true_false" and fact.options == ("True", "False")
    # the claim made of the statement is its own kind when keyed True, another kind when keyed False
    assert ("is a fact (" in fact.stem) == (fact.answer == 0)
    assert fact.explanation.startswith("¶2: ") and "\"$2 million\"" in fact.explanation
    assert fact.support[0].text == "\"We raised $2 million for the building last year,\" Ortiz said."
    pred = next(it for it in items if _key(it) == PREDICTION)
    assert "\"will\"" in pred.explanation and "prediction" in pred.explanation


def test_never_a_sentence_another_certainty_item_uses():
    article, ctx = _library()
    taken = [it.support[0] for it in fact_opinion.generate(ctx) if _key(it) == FACT]
    items = fact_opinion.generate(ctx, taken)
    assert all(_key(it) != FACT for it in items)
    assert all(it.support[0].start != taken[0].start for it in items)


def test_at_most_two_of_a_kind_and_three_in_all():
    more = """Riverton opens its new library

"The old hall was a disgrace to the whole town," Ortiz said.

"The reading room is a beautiful space for the town," said Pat Lindqvist.

"The garden is a lovely spot for the families of Riverton," said Sam Okafor.

"The children's corner is a wonderful room for the town," said Jo Marsh."""
    article = plain_article(more)
    p = {n: article.paragraph(n).start for n in range(1, 5)}
    atts = [attribution(article, name, src, "said", [text], direct=True, start=p[n])
            for n, name, src, text in (
                (1, "Dana Ortiz", "Ortiz", "The old hall was a disgrace to the whole town,"),
                (2, "Pat Lindqvist", "Pat Lindqvist", "The reading room is a beautiful space for the town,"),
                (3, "Sam Okafor", "Sam Okafor", "The garden is a lovely spot for the families of Riverton,"),
                (4, "Jo Marsh", "Jo Marsh", "The children's corner is a wonderful room for the town,"))]
    items = fact_opinion.generate(sentence_context(article, atts))
    assert len(items) == 2 and all(_key(it) == OPINION for it in items)


def _judged_ctx(title):
    text = f"""{title}

The old library was a disgrace to the town and its readers.

Mayor Dana Ortiz opened the new library on Tuesday."""
    article = plain_article(text)
    ctx = sentence_context(article, [])
    sent = ctx.analysis.sentences[0]
    ctx.analysis = ctx.analysis.__class__(**{**ctx.analysis.__dict__, "judgments": (
        Judgment(Span(sent.span.start, sent.span.end, sent.span.text), 1, ("disgrace",)),)})
    return ctx


def test_a_columns_verdict_is_the_writers_opinion():
    items = fact_opinion.generate(_judged_ctx("Opinion: Riverton deserved a better library"))
    assert len(items) == 1 and _key(items[0]) == OPINION
    assert items[0].stem.startswith("In ¶1, the writer says: \"The old library was a disgrace")
    assert "\"disgrace\" is the writer's judgment" in items[0].explanation


def test_a_news_reports_loaded_sentence_gives_no_item():
    # in a news report a loaded word mostly rides on a sentence that reports something: mixed
    assert fact_opinion.generate(_judged_ctx("Riverton opens its new library")) == []


def test_no_item_when_true_false_is_not_allowed():
    article, ctx = _library()
    ctx.kinds = frozenset({"multiple_choice"})
    assert fact_opinion.generate(ctx) == []


def test_certainty_generate_adds_the_items():
    article, ctx = _library()
    items = certainty.generate(ctx)
    kinds = [it for it in items if label_of(it)]
    assert 1 <= len(kinds) <= 3
    assert all(it.skill == "certainty" and it.kind == "true_false" for it in kinds)
