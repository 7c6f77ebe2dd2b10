"""Hand-made values for tests of the consumers of a Lesson (worksheet, exports, web app).

Built without the generator so those tests check their own code; every item's keyed answer
and support below was checked by hand against the seed article.
"""
from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

from quizgen.model import (
    Analysis,
    Article,
    Attribution,
    Entity,
    Item,
    Lesson,
    Paragraph,
    Readability,
    RubricLevel,
    Sentence,
    Span,
    Support,
    VocabEntry,
)

ROOT = Path(__file__).resolve().parent.parent
SEED_TXT = ROOT / "tests" / "data" / "seed.txt"


def plain_article(text: str, **meta) -> Article:
    """Headline = first line; paragraphs split on blank lines (no ingest rules applied)."""
    title = text.split("\n", 1)[0]
    paragraphs = []
    pos = len(title)
    for block in text[len(title):].split("\n\n"):
        stripped = block.strip("\n")
        if not stripped.strip():
            pos += len(block) + 2
            continue
        start = text.index(stripped, pos)
        paragraphs.append(Paragraph(len(paragraphs) + 1, stripped, start))
        pos = start + len(stripped)
    return Article(title=title, paragraphs=tuple(paragraphs), text=text, **meta)


def plain_analysis(article: Article, **kw) -> Analysis:
    """An empty analysis of ``article`` with one sentence per full stop; ``kw`` sets other fields."""
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.", p.text):
            t = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(t), t), p.number, len(sents)))
    base = dict(sentences=tuple(sents), entities=(), attributions=(), evidence=(), hedges=(), judgments=(),
                conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 60, 6, 1),
                main_ideas=tuple(sents[:1]))
    base.update(kw)
    return Analysis(**base)


def support(article: Article, number: int, phrase: str) -> Support:
    p = article.paragraph(number)
    i = p.text.index(phrase)
    return Support(number, p.start + i, p.start + i + len(phrase), phrase)


def item_id(skill: str, stem: str) -> str:
    return hashlib.sha1(f"{skill}\n{stem}".encode()).hexdigest()[:12]


def seed_article() -> Article:
    text = SEED_TXT.read_text(encoding="utf-8")
    # the seed's last two lines are a tag line and a photo caption: not body paragraphs
    body, _, tail = text.rpartition("\n\nMike Pompeo, China, Xinjiang")
    art = plain_article(body + "\n")
    return Article(
        title=art.title,
        paragraphs=art.paragraphs,
        text=text,
        source_name="source not recorded",
        set_aside=tuple(("Mike Pompeo, China, Xinjiang" + tail).strip().split("\n")),
    )


def make_item(skill, kind, stem, options, answer, explanation, sup, **kw) -> Item:
    return Item(item_id(skill, stem), skill, kind, stem, tuple(options), answer, explanation, tuple(sup), **kw)


def sample_lesson(seed: int = 7) -> Lesson:
    """A lesson on the seed article with one item of every kind, in both skill families."""
    a = seed_article()
    s_hua = support(a, 2, "there were no human rights abuses taking place in Xinjiang")
    s_believed = support(a, 4, "China is believed to have imprisoned around 1 million people")
    s_inmates = support(a, 5, "Former inmates have described a wide range of human rights abuses")
    s_beijing = support(a, 8, "Beijing says the camps are required to fight terrorism in the region")
    s_critics = support(a, 8, "Critics of the indoctrination program say the regime's reaction is disproportionate")
    s_amicable = support(a, 3, "urged the U.S. to take a more amicable approach to Chinese relations")
    s_pompeo = support(a, 10, "Secretary of State Mike Pompeo announced visa restrictions on a group of officials")
    items = (
        make_item(
            "attribution", "multiple_choice",
            "Who told reporters that there were no human rights abuses taking place in Xinjiang?",
            ["Hua Chunying", "Mike Pompeo", "Reuters", "Former inmates"], 0,
            "¶2: \"Hua Chunying told reporters during a daily briefing Thursday that there were no "
            "human rights abuses taking place in Xinjiang\".", [s_hua], difficulty="easy",
        ),
        make_item(
            "certainty", "true_false",
            "The article states as a fact, with a named source, that China has imprisoned around 1 million people.",
            ["True", "False"], 1,
            "¶4: the claim is hedged (\"is believed to\") and no source is named.", [s_believed],
        ),
        make_item(
            "evidence", "multiple_select",
            "Which kinds of evidence does the article offer about the camps? Choose all that apply.",
            ["Testimony from former inmates", "A hedged estimate of how many are held",
             "A court ruling", "Satellite photographs"], [0, 1],
            "¶5: \"Former inmates have described…\" (testimony); ¶4: \"around 1 million\" (a hedged statistic).",
            [s_inmates, s_believed],
        ),
        make_item(
            "corroboration", "matching",
            "Match each source with what it says about the camps.",
            ["the camps are required to fight terrorism", "the reaction is disproportionate",
             "they saw a wide range of human rights abuses"], [[0, 0], [1, 1], [2, 2]],
            "¶8: Beijing and the critics disagree; ¶5: former inmates describe abuses.",
            [s_beijing, s_critics, s_inmates], prompts=("Beijing", "Critics", "Former inmates"),
        ),
        make_item(
            "vocabulary_in_context", "short_answer",
            "In ¶3, Hua urged the U.S. to take a more ______ approach. Which word, meaning friendly, fills the gap?",
            [], ["amicable"],
            "¶3: \"urged the U.S. to take a more amicable approach to Chinese relations\".", [s_amicable],
        ),
        make_item(
            "key_detail", "multiple_choice",
            "What did Mike Pompeo announce last week?",
            ["Visa restrictions on a group of officials", "A visit to Xinjiang",
             "New trade tariffs on Chinese goods", "The closing of the U.S. embassy"], 0,
            "¶10: \"Secretary of State Mike Pompeo announced visa restrictions on a group of officials\".",
            [s_pompeo], difficulty="easy",
        ),
        make_item(
            "perspective", "open_response",
            "Whose voice is missing from this article? Name one group and explain what its account could add.",
            [], ["Current detainees or Xinjiang residents: they could say first-hand what happens in the camps."],
            "The article quotes Chinese and U.S. officials; residents appear only through former inmates (¶5).",
            [s_inmates], difficulty="hard", points=3,
            rubric=(
                RubricLevel(3, "Full", "Names a missing group and explains what its account would add, citing a ¶."),
                RubricLevel(2, "Partial", "Names a missing group but the explanation is thin or not tied to the text."),
                RubricLevel(1, "Minimal", "Names a source already in the article or gives no reason."),
            ),
        ),
    )
    return Lesson(
        article=a,
        items=items,
        reading_level=Readability(grade=12.4, reading_ease=35.0, words=547, sentences=25, minutes=3),
        vocabulary=(
            VocabEntry("restive", 1, a.paragraph(1).text),
            VocabEntry("amicable", 3, a.paragraph(3).text.split(". ")[0] + "."),
        ),
        objectives=("Identify who makes each claim in a news article.",
                    "Tell a hedged claim from one stated as fact."),
        discussion=("Why might a government invite a critic to visit a region it is accused over?",),
        seed=seed,
    )


def span_at(article: Article, phrase: str, start: int = 0) -> Span:
    """The first ``phrase`` in the article's text at or after ``start``."""
    i = article.text.index(phrase, start)
    return Span(i, i + len(phrase), phrase)


def paragraph_of(article: Article, offset: int) -> int:
    """The number of the body paragraph holding ``offset``."""
    return next(p.number for p in article.paragraphs if p.start <= offset < p.end)


def people_entities(article: Article, *names: str) -> tuple[Entity, ...]:
    """A PERSON entity at every mention of each name in the body (full names first, then bare surnames)."""
    out, taken = [], set()
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), article.text):
            if m.start() < article.paragraphs[0].start or any(a <= m.start() < b for a, b in taken):
                continue
            taken.add((m.start(), m.end()))
            out.append(Entity(name, "PERSON", Span(m.start(), m.end(), name), paragraph_of(article, m.start())))
    return tuple(out)


def attribution(article: Article, source: str, source_text: str, cue: str, contents, *, kind: str = "person",
                direct: bool = False, relay: str | None = None, start: int = 0) -> Attribution:
    """A ledger entry: ``source_text`` and ``cue`` found at or after ``start``, each of ``contents``
    (the claim's pieces, in order) after the one before."""
    src = span_at(article, source_text, start)
    spans = []
    at = start
    for c in contents:
        sp = span_at(article, c, at)
        spans.append(sp)
        at = sp.end
    return Attribution(source=source, source_text=source_text, source_span=src, source_kind=kind, cue=cue,
                       cue_span=span_at(article, cue, start), content=" ".join(contents),
                       content_spans=tuple(spans), direct=direct, paragraph=paragraph_of(article, spans[0].start),
                       relay=relay)


def claim(article: Article, source: str, kind: str, source_text: str, cue: str, content: str, *,
          direct: bool = False, after: int = 0, extra=()) -> Attribution:
    """A one-sentence ledger entry found at or after ``after``; ``extra`` adds content pieces (a quotation
    the ledger joined across a cue)."""
    s = span_at(article, source_text, after)
    c = span_at(article, content, after)
    spans = (c,) + tuple(span_at(article, e, after) for e in extra)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=span_at(article, cue, min(s.start, c.start)), content=content, content_spans=spans,
                       direct=direct, paragraph=paragraph_of(article, s.start))


def entities_at(article: Article, label: str, *names: str) -> list[Entity]:
    """An entity of ``label`` at every mention of each name."""
    out = []
    for n in names:
        for m in re.finditer(re.escape(n), article.text):
            out.append(Entity(n, label, Span(m.start(), m.end(), n), paragraph_of(article, m.start())))
    return out


def sentence_context(article: Article, atts, entities=()):
    """A generator context: one sentence per full stop (a closing quotation mark kept with it), the given
    ledger entries and entities, seed 0, every item kind."""
    from quizgen.generate.base import Context
    from quizgen.model import ITEM_KINDS

    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.[\"”]?", p.text):
            text = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(text), text), p.number, len(sents)))
    analysis = Analysis(sentences=tuple(sents), entities=tuple(entities), attributions=tuple(atts), evidence=(),
                        hedges=(), judgments=(), conflicts=(), quantities=(), vocabulary=(),
                        readability=Readability(8.0, 60.0, 120, 12, 1), main_ideas=tuple(sents[:1]))
    return Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))


def labelled_entities(article: Article, label: str, *names: str) -> list[Entity]:
    """An entity of ``label`` at every mention of each name in the body (not in the headline), longest
    names first (a shorter name inside a longer one's mention is not tagged again)."""
    out: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for n in sorted(names, key=len, reverse=True):
        at = article.paragraphs[0].start
        while n in article.text[at:]:
            sp = span_at(article, n, at)
            at = sp.end
            if not any(s <= sp.start < e for s, e in taken):
                taken.append((sp.start, sp.end))
                out.append(Entity(n, label, sp, paragraph_of(article, sp.start)))
    return out


COUNCIL_FILLER = ("The council met on Monday evening to discuss the budget for next year. "
                  "Residents filled the hall and many waited outside in the rain for hours. ") * 5
COUNCIL_OPENING = "Mayor Anna Berg defended the new parking fees at the meeting on Monday."


def council_attributions(nlp, *paragraphs: str) -> list:
    """The ledger's attributions of ``paragraphs`` (from the third on), analysed after a filler paragraph
    and an opening that names Mayor Anna Berg."""
    from quizgen.analysis import analyse
    from quizgen.ingest import article_from_text

    text = "Council Budget Row Deepens\n\n" + "\n\n".join([COUNCIL_FILLER, COUNCIL_OPENING, *paragraphs])
    return [a for a in analyse(article_from_text(text), nlp=nlp).attributions if a.paragraph >= 3]


def filler_analysis(nlp, *paragraphs: str):
    """The analysis of ``paragraphs`` set after a filler paragraph (theirs are numbered from 2)."""
    from quizgen.analysis import analyse
    from quizgen.ingest import article_from_text

    text = "Council Budget Row Deepens\n\n" + "\n\n".join([COUNCIL_FILLER, *paragraphs])
    return analyse(article_from_text(text), nlp=nlp)


def filler_ledger(nlp, *paragraphs: str) -> list:
    """The ledger's attributions of ``paragraphs`` (from the second on), analysed after a filler paragraph."""
    return [a for a in filler_analysis(nlp, *paragraphs).attributions if a.paragraph >= 2]


HARBOR_FILLER = "".join(f"The harbor bill sets {n} new rules for the port.\n\n" for n in
                        ("two", "three", "four", "five", "six", "seven", "eight"))


def missing_voice_answer(text: str, atts_of, people=(), orgs=()) -> str | None:
    """The model answer of the missing-voice item for ``text`` (people and organisations tagged at every
    mention, the ledger from ``atts_of(article)``), or None when no item is made."""
    from quizgen.generate.perspective import missing_voice

    a = plain_article(text)
    ents = labelled_entities(a, "PERSON", *people) + labelled_entities(a, "ORG", *orgs)
    item = missing_voice(sentence_context(a, atts_of(a), ents))
    return None if item is None else item.answer[0]


def unheard_parties(text: str, atts_of, people=(), orgs=()) -> str:
    """The parties :func:`missing_voice_answer` could draw on for ``text``, those only named often included,
    as "label (¶N): why" lines: who the article leaves unheard, whether or not a model answer offers them."""
    from quizgen.generate.perspective import missing_party_candidates

    a = plain_article(text)
    ents = labelled_entities(a, "PERSON", *people) + labelled_entities(a, "ORG", *orgs)
    return "\n".join(f"{label} (¶{p}): {why}" for label, p, why in
                     missing_party_candidates(sentence_context(a, atts_of(a), ents)))


# a short piece of the writer's own opinion: no numbers, no one quoted, nothing to ask with a sure answer
# (a lesson of it is short of its 10 items, and says why)
SHORT_OPINION = """The town that forgot its river

Every town has a river it once loved. Ours runs behind the old mill, brown and quiet, past gardens that
have grown wild and fences that lean toward the water.

People used to fish there on summer evenings. Children learned to swim in the shallow bend below the
bridge, and families walked the towpath after church.

Somewhere along the way we stopped looking at it. The mill closed, the path grew over, and the river became
something we drove past on the way to somewhere else.

It deserves better than that. A river is not a drain or a border. It is a place, and places need people
who care for them. We could clear the path again, put benches by the bend and teach our children the names
of the birds that still nest along the banks.
"""


# the island ferry story's paragraphs after its first two (a constructed article: tests add the paragraph
# they are about before these)
FERRY_FILLER = ("The old harbor office closed in 2012 after forty years of service on the waterfront.\n\n"
                "Gulls circle the landing at dawn while the crew loads crates of bread, fruit and mail for the shops "
                "on the far shore. The boat leaves the dock when the bell rings and the ramp is raised.\n\n"
                "Children from the island ride the early boat to the school in town and come back on the last one. "
                "In winter the crossing is rough, and the crew keeps blankets and hot tea in the cabin for them.\n\n"
                "Fishermen tie their small boats along the stone wall of the harbor and sell their catch from the "
                "back of a truck near the ticket booth.\n")


def vocab_context(text: str, word: str, pos: str):
    """A generator's Context over a constructed article whose only vocabulary word is ``word`` (as ``pos``), in
    its sentence, at Zipf 2.8."""
    from quizgen.generate.base import Context
    from quizgen.model import ITEM_KINDS, VocabWord

    art = plain_article(text)
    base = plain_analysis(art)
    i = art.text.index(word)
    sent = next(s for s in base.sentences if s.span.start <= i < s.span.end)
    v = VocabWord(word, word, pos, sent.paragraph, sent.span, Span(i, i + len(word), word), 2.8)
    return Context(art, plain_analysis(art, vocabulary=(v,)), random.Random(1), frozenset(ITEM_KINDS))


def skill_candidates(nlp, title: str, paragraphs, skills) -> list:
    """The candidate items of ``skills`` for a constructed article (``title``, then ``paragraphs``), on the
    ledger's sure claims, as a lesson sees them (seed 0)."""
    from quizgen.analysis import analyse
    from quizgen.generate import generate_items, sure_claims
    from quizgen.ingest import article_from_text

    article = article_from_text("\n\n".join([title, *paragraphs]))
    analysis = sure_claims(analyse(article, nlp=nlp))
    return generate_items(article, analysis, rng=random.Random(0), skills=list(skills))


def he_she_claim(nlp, title: str, filler: str, paragraphs, words: str):
    """The one attribution of a constructed article (``title``, ``filler``, then ``paragraphs``) whose content holds
    ``words`` and whose speaker is written "he" or "she" (the test fails, listing the ledger, unless exactly one)."""
    from quizgen.analysis import analyse
    from quizgen.ingest import article_from_text

    text = title + "\n\n" + "\n\n".join([filler, *paragraphs])
    analysis = analyse(article_from_text(text), nlp=nlp)
    found = [a for a in analysis.attributions if words in a.content and a.source_text.strip().lower() in ("he", "she")]
    assert len(found) == 1, [(a.source, a.source_text, a.source_confidence, a.content) for a in analysis.attributions]
    return found[0]


# a sentence asked both for its kind of evidence and its kind of source, and those items' options (selection tests)
GAZETTE_SENTENCE = ("Clinton led by about 1,500 votes out of nearly 620,000 cast in unofficial returns, according to "
                    "the Northfield Gazette.")
EVIDENCE_KIND_OPTIONS = ["A document, such as a letter, memo or court filing", "The opinion of an expert",
                         "A statement by an official", "A report by a news outlet"]
SOURCE_KIND_OPTIONS = ["A named person who saw or took part in the events (a witness, player, member or resident)",
                       "A news outlet (a newspaper, broadcaster or news agency)",
                       "A named expert giving an opinion (a scientist, professor or analyst)",
                       "An unnamed person or group (the article does not say exactly who)"]


def filler_details(n: int) -> list:
    """``n`` key-detail items, each on a sentence of its own far from the others (lesson selection tests)."""
    from quizgen.generate.base import make_item

    out = []
    for k in range(n):
        s = Support(10 + k, 3000 + 200 * k, 3100 + 200 * k, f"Filler sentence number {k} about harbour {k}.")
        out.append(make_item("key_detail", "short_answer", f"Complete the detail from ¶{10 + k}: \"Filler "
                             f"sentence number ______ about harbour {k}.\" Write the missing number.", [],
                             [str(k + 100)], "x", [s]))
    return out


def vocab_nouns_context(text: str, words: list[str]):
    """A generator context for ``text`` whose analysis lists each of ``words`` as a vocabulary noun (Zipf 2.8) at
    its first mention, seed 1, every item kind."""
    import random

    from quizgen.generate.base import Context
    from quizgen.model import ITEM_KINDS, Span, VocabWord

    art = plain_article(text)
    base = plain_analysis(art)
    vocab = []
    for word in words:
        i = art.text.index(word)
        sent = next(s for s in base.sentences if s.span.start <= i < s.span.end)
        vocab.append(VocabWord(word, word, "NOUN", sent.paragraph, sent.span, Span(i, i + len(word), word), 2.8))
    return Context(art, plain_analysis(art, vocabulary=tuple(vocab)), random.Random(1), frozenset(ITEM_KINDS))


def sourcing_keys(nlp, paragraph: str, name: str = "Quill") -> list[str]:
    """The keyed options of the kind-of-source items on ``name`` when ``paragraph`` stands in a council article
    between a mayor's two statements."""
    items = skill_candidates(nlp, "Town Weighs a New Harbour Tax", [
        COUNCIL_FILLER, "The mayor said on Monday that the town would vote on the harbour tax next month.", paragraph,
        "Mayor Nora Hale said the council would meet again next month to vote on the new plans for the wall."],
        ["sourcing"])
    return [it.options[it.answer] for it in items if it.kind == "multiple_choice" and isinstance(it.answer, int)
            and name in it.stem]


def analysed_context(text: str):
    """(a generator context, its analysis) for ``text`` as the pipeline reads it: parsed, analysed, only the sure
    claims kept; seed 0, every item kind."""
    import random

    from quizgen.analysis import analyse
    from quizgen.generate import sure_claims
    from quizgen.generate.base import Context
    from quizgen.ingest import article_from_text
    from quizgen.model import ITEM_KINDS

    article = article_from_text(text)
    an = sure_claims(analyse(article))
    return Context(article, an, random.Random(0), frozenset(ITEM_KINDS)), an


def paragraph_ledger(paragraph: str, title: str, filler: str):
    """The attributions the pipeline finds in an article of ``paragraph`` and three copies of ``filler`` (enough words
    for a lesson) under ``title``."""
    from quizgen.analysis import analyse
    from quizgen.ingest import article_from_text

    text = f"{title}\n\n{paragraph}\n\n{filler}\n\n{filler}\n\n{filler}\n"
    return analyse(article_from_text(text)).attributions
