"""Build decks/business-terms.yaml from the glossary source src/newsquiz/data/glossary.yaml.

Usage: python scripts/build_glossary.py [--check] [--output PATH]

--check writes nothing and exits 1 when the committed deck differs from what the source builds.
"""

import argparse
import sys
from pathlib import Path

from newsquiz.glossary_deck import build_glossary_deck
from newsquiz.store.deck_files import write_deck
from newsquiz.store.deck_yaml import dump_deck

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "decks" / "business-terms.yaml"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    deck = build_glossary_deck()
    if args.check:
        built = dump_deck(deck)
        current = args.output.read_text("utf-8") if args.output.exists() else ""
        if built != current:
            print(
                f"{args.output}: out of date; run python scripts/build_glossary.py", file=sys.stderr
            )
            return 1
        print(f"{args.output}: up to date ({len(deck.cards)} cards)")
        return 0
    write_deck(deck, args.output)
    print(f"wrote {args.output} ({len(deck.cards)} cards)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
