"""Corpus report: cards per article and the share of cards passing each automatic check.

    python bench/corpus_report.py [CORPUS_DIR] [--sample 60 --seed N] [--json]

`--sample` prints a seeded random sample of cards as readable text, for judging with
../shared/eval/rubric.md. The corpus defaults to ../shared/corpus/bbc-business next to the repo.
"""

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from newsquiz.generate import generate_deck, read_article
from newsquiz.generate.checks import CHECKS, AnyCard
from newsquiz.models import McqCard, NumericCard

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "bbc-business"


def describe(card: AnyCard, source: str) -> str:
    lines = [f"[{source}] {card.kind} / {card.fact_type}", f"  Q: {card.prompt}"]
    if isinstance(card, McqCard):
        for option in card.options:
            mark = "*" if option == card.answer else " "
            lines.append(f"   {mark} {option}")
    lines.append(f"  A: {card.answer}")
    if isinstance(card, NumericCard):
        lines.append(f"     value={card.value:g} tolerance={card.tolerance:g} unit={card.unit!r}")
    if card.explanation:
        lines.append(f"  why: {card.explanation}")
    if card.evidence is not None:
        lines.append(f"  evidence: {card.evidence.sentence}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=int, default=0, help="print N random cards")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        print(f"{args.corpus}: no articles", file=sys.stderr)
        return 1
    per_article: dict[str, int] = {}
    passed: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    types: Counter[str] = Counter()
    all_cards: list[tuple[str, AnyCard]] = []
    started = time.perf_counter()
    for path in files:
        deck = generate_deck(read_article(path))
        per_article[path.name] = len(deck.cards)
        for card in deck.cards:
            kinds[card.kind] += 1
            types[str(card.fact_type)] += 1
            all_cards.append((path.name, card))
            for name, check in CHECKS.items():
                passed[name] += check(card)
    elapsed = time.perf_counter() - started
    total = len(all_cards)
    counts = list(per_article.values())
    report = {
        "articles": len(files),
        "cards": total,
        "cards_per_article_avg": round(total / len(files), 2),
        "cards_per_article_min": min(counts),
        "articles_below_5": sorted(name for name, n in per_article.items() if n < 5),
        "articles_below_8": sum(1 for n in counts if n < 8),
        "check_pass_rate": {name: round(passed[name] / max(total, 1), 4) for name in CHECKS},
        "kinds": dict(kinds.most_common()),
        "fact_types": dict(types.most_common()),
        "seconds": round(elapsed, 2),
    }
    if args.sample:
        rng = random.Random(args.seed)
        for number, (source, card) in enumerate(rng.sample(all_cards, args.sample), 1):
            print(f"#{number} " + describe(card, source))
            print()
    if args.json:
        print(json.dumps(report, indent=2))
    elif not args.sample:
        for key, value in report.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
