"""Generator benchmark: articles per second over the corpus on one core.

    python bench/generate.py [CORPUS_DIR] [--json] [--repeat N] [--style full|story]

Measures, in one process and one run: the baseline (read + sentence-split every article), the
full generator (read + generate_deck), and one article's generation time after import (the
first call, which also loads the name tables, is reported separately as the warm-up).
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from newsquiz.generate import STYLES, generate_deck, read_article
from newsquiz.generate.segment import split_sentences

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "bbc-business"


def _timed(run: object) -> float:
    started = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--repeat", type=int, default=3, help="passes; the best is reported")
    parser.add_argument("--style", choices=STYLES, default="full", help="deck style to time")
    args = parser.parse_args(argv)
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        print(f"{args.corpus}: no articles", file=sys.stderr)
        return 1
    seed = Path(__file__).resolve().parents[1] / "seeds" / "xiaomi-gao-ziguang-departure.txt"
    one = read_article(seed if seed.exists() else files[0])
    warmup = _timed(lambda: generate_deck(one, style=args.style))
    single = min(_timed(lambda: generate_deck(one, style=args.style)) for _ in range(20))

    def baseline() -> None:
        for path in files:
            split_sentences(read_article(path).text)

    cards = 0

    def full() -> None:
        nonlocal cards
        cards = 0
        for path in files:
            cards += len(generate_deck(read_article(path), style=args.style).cards)

    base = min(_timed(baseline) for _ in range(args.repeat))
    totals = [_timed(full) for _ in range(args.repeat)]
    best = min(totals)
    figures = {
        "style": args.style,
        "articles": len(files),
        "cards": cards,
        "articles_per_second": round(len(files) / best, 1),
        "ms_per_article": round(best / len(files) * 1000, 2),
        "median_pass_seconds": round(statistics.median(totals), 3),
        "one_article_ms": round(single * 1000, 2),
        "first_call_ms": round(warmup * 1000, 1),
        "baseline_read_segment_articles_per_second": round(len(files) / base, 1),
        "ratio_to_baseline": round(best / base, 1),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
