"""The claim ledger as JSON (the shape ../shared/eval/score_ledger.py reads) and as text."""
from __future__ import annotations

from typing import Any

from quizgen.analysis.attributions.sayings import saying_links
from quizgen.model import Analysis, Article, Span


def _pair(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span is not None else None


def ledger_dict(article: Article, analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain data; spans are [start, end) offsets into the text as read."""
    atts = []
    links = saying_links(article, analysis.attributions)
    for a, link in zip(analysis.attributions, links, strict=True):
        spans = [_pair(s) for s in a.content_spans]
        atts.append({
            "source": a.source,
            "source_text": a.source_text,
            "source_kind": a.source_kind,
            "source_confidence": a.source_confidence,
            "kind_confidence": a.kind_confidence,
            "claim_confidence": a.claim_confidence,
            "cue": a.cue,
            "content": a.content,
            "direct": a.direct,
            "paragraph": a.paragraph,
            "source_span": _pair(a.source_span),
            "cue_span": _pair(a.cue_span),
            "content_span": spans[0] if len(spans) == 1 else spans,
            "relay": a.relay,
            "certainty": a.certainty,
            "hedge": a.hedge,
            # a piece of a saying an earlier entry began (a quotation broken by its cue, or going on into the
            # next paragraph): that entry's index; null for an entry that is a saying of its own
            "continues": link,
        })
    return {
        "title": article.title,
        "paragraphs": len(article.paragraphs),
        "attributions": atts,
        "evidence": [{"kind": e.kind, "confidence": e.confidence, "text": e.span.text, "paragraph": e.paragraph,
                      "span": _pair(e.span), "supports": e.supports} for e in analysis.evidence],
        "hedges": [{"text": h.span.text, "words": h.words, "confidence": h.confidence, "claim": h.claim,
                    "paragraph": h.paragraph, "span": _pair(h.span)} for h in analysis.hedges],
        "judgments": [{"text": j.span.text, "paragraph": j.paragraph, "loaded_words": list(j.loaded_words),
                       "span": _pair(j.span)} for j in analysis.judgments],
        "conflicts": [{"a": c.a, "b": c.b, "reason": c.reason,
                       "a_source": analysis.attributions[c.a].source,
                       "b_source": analysis.attributions[c.b].source,
                       "a_content": analysis.attributions[c.a].content,
                       "b_content": analysis.attributions[c.b].content} for c in analysis.conflicts],
        "quantities": [{"kind": q.kind, "text": q.span.text, "paragraph": q.paragraph, "span": _pair(q.span)}
                       for q in analysis.quantities],
        "vocabulary": [{"word": v.word, "lemma": v.lemma, "pos": v.pos, "paragraph": v.paragraph,
                        "sentence": v.sentence.text, "zipf": v.zipf} for v in analysis.vocabulary],
        "readability": {"grade": analysis.readability.grade, "reading_ease": analysis.readability.reading_ease,
                        "words": analysis.readability.words, "minutes": analysis.readability.minutes},
        "main_ideas": [{"text": s.span.text, "paragraph": s.paragraph} for s in analysis.main_ideas],
    }


def _short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut + " …"


def ledger_text(article: Article, analysis: Analysis) -> str:
    """A claim ledger a teacher can read: who claims what, where, how surely, on what evidence."""
    lines = [article.title, "=" * min(len(article.title), 78), ""]
    r = analysis.readability
    lines.append(f"{len(article.paragraphs)} paragraphs, {r.words} words, reading grade {r.grade:g}, "
                 f"about {r.minutes} min to read")
    lines += ["", "WHO CLAIMS WHAT"]
    for a in analysis.attributions:
        who = a.source or "(no source named)"
        if a.source_text and a.source_text != a.source and a.source:
            who += f" [as “{a.source_text}”]"
        if a.relay:
            who += f" (via {a.relay})"
        how = "quote" if a.direct else "reported"
        cert = a.certainty + (f": “{a.hedge}”" if a.hedge else "")
        lines.append(f"  ¶{a.paragraph:<2} {who} — {a.cue} ({how}; {cert})")
        lines.append(f"       “{_short(a.content)}”")
    lines += ["", "EVIDENCE"]
    for e in analysis.evidence:
        lines.append(f"  ¶{e.paragraph:<2} {e.kind}: {_short(e.span.text, 90)}")
    lines += ["", "HEDGED CLAIMS"]
    for h in analysis.hedges:
        lines.append(f"  ¶{h.paragraph:<2} [{h.words}] {_short(h.span.text, 90)}")
    lines += ["", "STATED WITHOUT A SOURCE (judgments)"]
    for j in analysis.judgments:
        lines.append(f"  ¶{j.paragraph:<2} {_short(j.span.text, 90)}  — loaded: {', '.join(j.loaded_words)}")
    lines += ["", "SOURCES THAT DISAGREE"]
    for c in analysis.conflicts:
        a, b = analysis.attributions[c.a], analysis.attributions[c.b]
        lines.append(f"  ¶{a.paragraph} {a.source}: “{_short(a.content, 70)}”")
        lines.append(f"    vs ¶{b.paragraph} {b.source}: “{_short(b.content, 70)}”")
    lines += ["", "VOCABULARY"]
    lines.append("  " + ", ".join(f"{v.word} (¶{v.paragraph})" for v in analysis.vocabulary))
    lines += ["", "MAIN IDEA (ranked)"]
    for s in analysis.main_ideas:
        lines.append(f"  ¶{s.paragraph} {_short(s.span.text, 100)}")
    return "\n".join(lines) + "\n"
