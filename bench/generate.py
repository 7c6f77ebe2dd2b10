"""Generation speed and memory over the shared development articles.

Prints: model load time, per-article warm ms (analysis + generation + validation), words/s,
the ratio of the whole job to the spaCy parse alone on the same texts (the headline and the paragraphs, each parsed
once; until stop 58 the paragraphs only, still printed beside it), and peak RSS; then the same ratio
in CPU time (``time.process_time``: steadier than wall time when other jobs share the cores) and the split
of the whole job per 1,000 words into parse (headline and paragraphs), analysis and generation; and the
first (warm-up) pass in CPU time, whose caches are cold and which loads lazy data on first use: nearer what
articles cost in a new process (the warm figures above reuse what earlier runs of the same text kept, such as
main-idea options parsed alone).
``--repeat N`` (default 5): each figure is the best of N timed runs per article; raise it on a busy machine.
Targets on the 2-core reference machine: <= 250 ms for a 1,000-word article, ratio <= 1.5,
load <= 1.5 s, RSS <= 350 MB.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPEAT = 5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generation speed and memory over the shared development articles.")
    parser.add_argument("--repeat", type=int, default=REPEAT, help="timed runs per article; the best is taken")
    repeat = max(1, parser.parse_args(argv).repeat)
    articles_dir = ROOT / "tests" / "data" / "articles"  # copies of the shared development articles
    paths = sorted(articles_dir.glob("*.txt")) or sorted((ROOT / "lessons").glob("*.md"))
    t0 = time.perf_counter()
    from quizgen import nlp as nlp_module

    nlp = nlp_module.load()
    load_s = time.perf_counter() - t0

    from quizgen.analysis import analyse, analyse_parsed
    from quizgen.analysis.parsed import parse_with_title
    from quizgen.generate import build_lesson
    from quizgen.ingest import load_article

    articles = [load_article(p) for p in paths]
    cold = time.process_time()
    for a in articles:  # warm up caches (wordfreq, vectors, lexicons)
        build_lesson(a, analysis=analyse(a, nlp=nlp))
    cold = time.process_time() - cold

    print(f"model load: {load_s * 1000:.0f} ms ({nlp_module.pipeline_name()}); best of {repeat} runs per article")
    print(f"{'article':40} {'words':>6} {'parse ms':>9} {'total ms':>9} {'ratio':>6} {'items':>6}")
    tot_words = tot_parse = tot_full = 0.0
    cpu_parse = cpu_full = 0.0
    split = {"parse": 0.0, "analysis": 0.0, "generation": 0.0}
    body_parse = 0.0  # the parse alone of the paragraphs only, without the headline (the figure before stop 58)
    for path, a in zip(paths, articles, strict=True):
        # the parse alone of the same texts the job parses once: the headline and the paragraphs (the job's own
        # second parse of a title-cased headline in sentence case is its own work, counted to it)
        body = [p.text for p in a.paragraphs]
        texts = ([a.title] if a.title.strip() else []) + body
        parse = []
        full = []
        c_parse = []
        c_full = []
        c_body = []
        parts: list[tuple[float, float, float]] = []
        for _ in range(repeat):
            t, c = time.perf_counter(), time.process_time()
            list(nlp.pipe(texts))
            parse.append(time.perf_counter() - t)
            c_parse.append(time.process_time() - c)
            c = time.process_time()
            list(nlp.pipe(body))
            c_body.append(time.process_time() - c)
            t, c = time.perf_counter(), time.process_time()
            lesson = build_lesson(a, analysis=analyse(a, nlp=nlp))
            full.append(time.perf_counter() - t)
            c_full.append(time.process_time() - c)
            c0 = time.process_time()
            parsed, title = parse_with_title(a, nlp)
            c1 = time.process_time()
            analysis = analyse_parsed(a, parsed, title=title)
            c2 = time.process_time()
            build_lesson(a, analysis=analysis)
            parts.append((c1 - c0, c2 - c1, time.process_time() - c2))
        p_ms, f_ms = min(parse) * 1000, min(full) * 1000
        cpu_parse += min(c_parse) * 1000
        body_parse += min(c_body) * 1000
        cpu_full += min(c_full) * 1000
        for key, column in zip(split, zip(*parts, strict=True), strict=True):
            split[key] += min(column) * 1000
        tot_words += a.word_count
        tot_parse += p_ms
        tot_full += f_ms
        print(f"{path.stem[:40]:40} {a.word_count:6d} {p_ms:9.1f} {f_ms:9.1f} {f_ms / p_ms:6.2f} "
              f"{len(lesson.items):6d}")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"all: {tot_words:.0f} words, {tot_words / (tot_full / 1000):.0f} words/s, "
          f"{tot_full / tot_words * 1000:.0f} ms per 1,000 words, ratio to parse {tot_full / tot_parse:.2f}")
    print(f"CPU time: ratio to parse {cpu_full / cpu_parse:.2f} (to the paragraphs' parse without the headline "
          f"{cpu_full / body_parse:.2f}), {cpu_full / tot_words * 1000:.0f} ms per 1,000 words; "
          + ", ".join(f"{k} {v / tot_words * 1000:.1f}" for k, v in split.items()) + " ms per 1,000 words")
    print(f"first pass (caches cold, lazy data such as WordNet loaded on first use; CPU time): "
          f"{cold * 1000 / tot_words * 1000:.0f} ms per 1,000 words")
    print(f"peak RSS: {rss_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
