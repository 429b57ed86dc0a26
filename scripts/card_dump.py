"""Dump every card of the development corpora, or compare two dumps: what a generator change did.

Usage:
    python scripts/card_dump.py dump OUT.json [--style story] [--corpus DIR]
    python scripts/card_dump.py diff BEFORE.json AFTER.json [--show N]

`dump` generates a deck for every article of ../shared/corpus/bbc-business and reuters-dev (two
processes) and writes kind, prompt, answer and options per card, with counts per corpus. `diff`
prints, per article, the cards (kind, prompt, answer) one dump has and the other has not: a
rule's cost and gain, card by card, before it is committed. Rounds 83-92 were checked so.
"""

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path

from newsquiz.generate import generate_deck, read_article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / ".." / "shared" / "corpus"
CORPORA = ("bbc-business", "reuters-dev")


def _cards(job: tuple[str, str]) -> tuple[str, list[dict[str, object]]]:
    path, style = job
    deck = generate_deck(read_article(Path(path)), style=style)  # type: ignore[arg-type]
    name = f"{Path(path).parent.name}/{Path(path).name}"  # "bbc-business/023.txt"
    return name, [
        {
            "kind": card.kind,
            "prompt": card.prompt,
            "answer": str(card.answer),
            "options": getattr(card, "options", None),
        }
        for card in deck.cards
    ]


def dump(out: Path, corpus: Path, style: str) -> int:
    files = sorted(str(p) for name in CORPORA for p in (corpus / name).glob("*.txt"))
    if not files:
        print(f"{corpus}: no articles", file=sys.stderr)
        return 1
    with Pool(2) as pool:
        decks = dict(pool.map(_cards, [(f, style) for f in files], chunksize=8))
    out.write_text(json.dumps(decks, indent=0), encoding="utf-8")
    for name in CORPORA:
        sizes = [len(cards) for path, cards in decks.items() if path.startswith(f"{name}/")]
        print(
            f"{name}: {len(sizes)} articles, {sum(sizes)} cards, "
            f"{sum(n < 5 for n in sizes)} under 5, {sum(n == 0 for n in sizes)} with none"
        )
    return 0


def diff(before: Path, after: Path, show: int) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(after.read_text(encoding="utf-8"))
    changed = 0
    for path in sorted(old.keys() | new.keys()):
        a = {(c["kind"], c["prompt"], c["answer"]) for c in old.get(path, [])}
        b = {(c["kind"], c["prompt"], c["answer"]) for c in new.get(path, [])}
        if a == b:
            continue
        changed += 1
        if changed > show:
            continue
        print(f"== {path} {len(old.get(path, []))} -> {len(new.get(path, []))}")
        for mark, cards in (("-", a - b), ("+", b - a)):
            for kind, prompt, answer in sorted(cards):
                print(f"  {mark} {kind} | {prompt[:230]} | {answer}")
    print(f"articles changed: {changed}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--style", choices=("full", "story"), default="full")
    dumping.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    comparing = commands.add_parser("diff")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--show", type=int, default=50, help="articles printed in full")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.out, args.corpus, args.style)
    return diff(args.before, args.after, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
