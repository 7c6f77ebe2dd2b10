"""How whole and clean are articles read from real web pages?

Usage: .venv/bin/python bench/extraction.py FOLDER [--limit N] [--show]

FOLDER holds the scrapinghub article-extraction benchmark (``html/<id>.html.gz`` and
``ground-truth.json`` with the true ``articleBody`` of each page). Nothing of it is kept here.
Each page is read with :func:`quizgen.ingest.article_from_html` (with the page's address, as a
fetched page would be) and compared with the true body:

- accepted / refused (by kind of refusal);
- word recall: the share of the true body's words (as a multiset) found in the extracted body
  (its paragraphs); reported: the share of accepted pages under 0.9, and the same share when
  the lines set aside as headings or short lines between paragraphs (subheadings the article
  keeps in its text, shown to the teacher, never quizzed) count as kept, and the same share when
  every set-aside line counts as arrived (each is shown to the teacher with its reason, in its
  place, and one click brings it back: nothing was cut silently, but none of it is quizzed);
- boilerplate: an extracted body paragraph is counted as boilerplate when fewer than half of its
  word trigrams occur in the true body (a paragraph of one or two words: when it does not occur
  in it as a phrase); reported: the share of accepted pages with at least one such paragraph;
- title and author against the page's own structured data (JSON-LD ``headline`` and ``author``
  names), where the page has them: the title agrees when equal after folding case, punctuation
  and spaces; the author agrees when every structured-data person name is in the byline and the
  byline names no one else (publisher names count as someone else);
- seconds per page (wall clock, one process).

The figures of the README's "Web pages" section come from this script.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizgen.errors import IngestError  # noqa: E402
from quizgen.ingest import article_from_html  # noqa: E402
from quizgen.ingest.setaside import classify_line, web_boilerplate  # noqa: E402

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def recall(true_body: str, got: str) -> float:
    want = Counter(words(true_body))
    have = Counter(words(got))
    total = sum(want.values())
    return sum(min(n, have[w]) for w, n in want.items()) / total if total else 1.0


def is_boilerplate(paragraph: str, true_words: list[str], trigrams: set[tuple[str, ...]]) -> bool:
    ws = words(paragraph)
    if not ws:
        return False
    if len(ws) < 3:
        joined = " " + " ".join(true_words) + " "
        return " " + " ".join(ws) + " " not in joined
    grams = [tuple(ws[i:i + 3]) for i in range(len(ws) - 2)]
    found = sum(1 for g in grams if g in trigrams)
    return found < 0.5 * len(grams)


def fold(text: str) -> str:
    import html

    return " ".join(words(html.unescape(text)))


def structured(html: str) -> dict[str, Any]:
    """headline and author names from the page's JSON-LD (the first article-like object)."""
    out: dict[str, Any] = {}
    for m in re.finditer(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", html, re.S | re.I):
        try:
            data = json.loads(m.group(1).strip())
        except ValueError:
            continue
        for obj in _objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds):
                continue
            if "headline" in obj and "headline" not in out and isinstance(obj["headline"], str):
                out["headline"] = obj["headline"]
            names = _names(obj.get("author"))
            if names and "authors" not in out:
                out["authors"] = names
            pub = _names(obj.get("publisher"))
            if pub:
                out.setdefault("publisher", pub)
    return out


def _objects(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [o for d in data for o in _objects(d)]
    if isinstance(data, dict):
        return [data, *[o for o in _objects(data.get("@graph", []))]]
    return []


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() and not value.startswith("http") else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        if value.get("@type") not in (None, "Person") and "author" not in str(value.get("@type", "")).lower():
            return []
        name = value.get("name")
        return _names(name) if name else []
    return []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--show", action="store_true", help="list the pages under 0.9 and their boilerplate")
    args = parser.parse_args()
    truth = json.loads((args.folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit or None]
    refused: Counter[str] = Counter()
    accepted = low = low_headed = low_shown = dirty = 0
    titles = title_ok = authors = author_ok = 0
    times: list[float] = []
    shown: list[str] = []
    for page_id in ids:
        raw = gzip.decompress((args.folder / "html" / f"{page_id}.html.gz").read_bytes())
        true_body = truth[page_id].get("articleBody") or ""
        t0 = time.perf_counter()
        try:
            article = article_from_html(raw, url=truth[page_id].get("url"))
        except IngestError as exc:
            times.append(time.perf_counter() - t0)
            refused[type(exc).__name__] += 1
            if args.show:
                shown.append(f"REFUSED {page_id[:10]} {type(exc).__name__}: {str(exc)[:100]}")
            continue
        times.append(time.perf_counter() - t0)
        accepted += 1
        body = "\n".join(p.text for p in article.paragraphs)
        r = recall(true_body, body)
        tw = words(true_body)
        trigrams = {tuple(tw[i:i + 3]) for i in range(len(tw) - 2)}
        junk = [p.text for p in article.paragraphs if is_boilerplate(p.text, tw, trigrams)]
        low += r < 0.9
        headings = [s for s in article.set_aside
                    if classify_line(s) in (None, "heading") and web_boilerplate(s) is None]
        low_headed += recall(true_body, body + "\n" + "\n".join(headings)) < 0.9
        shown_r = recall(true_body, body + "\n" + "\n".join(article.set_aside))
        low_shown += shown_r < 0.9
        dirty += bool(junk)
        if args.show and (r < 0.9 or junk):
            shown.append(f"{page_id[:10]} recall {r:.2f} (with the set-aside lines {shown_r:.2f}) "
                         f"{truth[page_id].get('url', '')[:70]}")
            shown.extend(f"    junk: {j[:110]!r}" for j in junk[:4])
        meta = structured(raw.decode("utf-8", "replace"))
        if meta.get("headline"):
            titles += 1
            ok = fold(meta["headline"]) == fold(article.title)
            title_ok += ok
            if args.show and not ok:
                shown.append(f"{page_id[:10]} title {article.title[:60]!r} vs {meta['headline'][:60]!r}")
        if meta.get("authors"):
            authors += 1
            byline = fold(article.byline or "")
            others = set(words(byline))
            for name in meta["authors"]:
                others -= set(words(name))
            ok = all(fold(n) in byline for n in meta["authors"]) and not (others - {"and", "by"})
            author_ok += ok
            if args.show and not ok:
                shown.append(f"{page_id[:10]} author {article.byline!r} vs {meta['authors']}")
    n = len(ids)
    print("\n".join(shown))
    print(f"pages: {n}; accepted {accepted}, refused {sum(refused.values())} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(refused.items())) or 'none'})")
    if accepted:
        print(f"accepted pages under 0.9 word recall: {low} ({low / accepted:.1%}); counting the "
              f"subheadings set aside: {low_headed} ({low_headed / accepted:.1%}); counting every line "
              f"set aside (shown to the teacher): {low_shown} ({low_shown / accepted:.1%})")
        print(f"accepted pages with a boilerplate paragraph in the body: {dirty} ({dirty / accepted:.1%})")
    if titles:
        print(f"title agrees with the structured data: {title_ok} of {titles} ({title_ok / titles:.0%})")
    if authors:
        print(f"author agrees with the structured data: {author_ok} of {authors} ({author_ok / authors:.0%})")
    if times:
        times.sort()
        print(f"seconds per page: median {times[len(times) // 2]:.2f}, 95th percentile "
              f"{times[int(len(times) * 0.95)]:.2f}, max {times[-1]:.2f}, total {sum(times):.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
