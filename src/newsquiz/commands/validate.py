"""`newsquiz validate PATH...`: every problem as `file:line: field: message`."""

import argparse
import sys
from pathlib import Path

from newsquiz.printable import printable
from newsquiz.store.deck_files import iter_deck_paths, load_decks


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "validate", help="check deck files", description="Check deck files and list every problem."
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="deck files or folders")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    missing = [p for p in args.paths if not p.exists()]
    for path in missing:
        print(f"{printable(str(path), one_line=True)}: no such file or folder", file=sys.stderr)
    files = list(iter_deck_paths(p for p in args.paths if p.exists()))
    decks, problems = load_decks(files)
    for problem in problems:
        print(printable(problem, one_line=True), file=sys.stderr)
    cards = sum(len(deck.cards) for deck in decks)
    print(f"{len(decks)} of {len(files)} deck files valid, {cards} cards")
    return 1 if problems or missing or not files else 0
