"""Generation speed and memory over the shared development articles.

Prints: model load time, per-article warm ms (analysis + generation + validation), words/s,
the ratio of the whole job to the spaCy parse alone on the same texts, and peak RSS.
Targets on the 2-core reference machine: <= 250 ms for a 1,000-word article, ratio <= 1.5,
load <= 1.5 s, RSS <= 350 MB.
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPEAT = 5


def main() -> int:
    articles_dir = ROOT / "tests" / "data" / "ledger"  # copies of the shared development articles
    paths = sorted(articles_dir.glob("*.txt")) or sorted((ROOT / "lessons").glob("*.md"))
    t0 = time.perf_counter()
    from quizgen import nlp as nlp_module

    nlp = nlp_module.load()
    load_s = time.perf_counter() - t0

    from quizgen.analysis import analyse
    from quizgen.generate import build_lesson
    from quizgen.ingest import load_article

    articles = [load_article(p) for p in paths]
    for a in articles:  # warm up caches (wordfreq, vectors, lexicons)
        build_lesson(a, analysis=analyse(a, nlp=nlp))

    print(f"model load: {load_s * 1000:.0f} ms ({nlp_module.pipeline_name()})")
    print(f"{'article':40} {'words':>6} {'parse ms':>9} {'total ms':>9} {'ratio':>6} {'items':>6}")
    tot_words = tot_parse = tot_full = 0.0
    for path, a in zip(paths, articles, strict=True):
        texts = [p.text for p in a.paragraphs]
        parse = []
        full = []
        for _ in range(REPEAT):
            t = time.perf_counter()
            list(nlp.pipe(texts))
            parse.append(time.perf_counter() - t)
            t = time.perf_counter()
            lesson = build_lesson(a, analysis=analyse(a, nlp=nlp))
            full.append(time.perf_counter() - t)
        p_ms, f_ms = min(parse) * 1000, min(full) * 1000
        tot_words += a.word_count
        tot_parse += p_ms
        tot_full += f_ms
        print(f"{path.stem[:40]:40} {a.word_count:6d} {p_ms:9.1f} {f_ms:9.1f} {f_ms / p_ms:6.2f} "
              f"{len(lesson.items):6d}")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"all: {tot_words:.0f} words, {tot_words / (tot_full / 1000):.0f} words/s, "
          f"{tot_full / tot_words * 1000:.0f} ms per 1,000 words, ratio to parse {tot_full / tot_parse:.2f}")
    print(f"peak RSS: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
