"""`newsquiz decks`: every deck with its new / learning / due counts for today."""

import argparse
import json

from newsquiz.commands.common import add_deck_paths, load_all_decks, open_store
from newsquiz.printable import printable
from newsquiz.scheduling import local_zone
from newsquiz.session import utc_now
from newsquiz.today import StudyDay


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "decks", help="list decks with today's counts", description="List decks and due counts."
    )
    add_deck_paths(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    decks = load_all_decks(args)
    store = open_store(args, readonly=True)
    try:
        zone = local_zone(store.settings().timezone)
        overview = StudyDay.of_store(store, utc_now(), zone).overview(decks)
    finally:
        store.close()
    rows = overview.rows
    if args.json:
        print(json.dumps([row.__dict__ for row in rows], indent=2))
        return 0
    if not rows:
        print("No decks yet. Make one with `newsquiz generate ARTICLE.txt`.")
        return 0
    titles = [printable(row.title, one_line=True) for row in rows]
    width = max(len(title) for title in titles)
    print(f"{'deck':<{width}}  {'cards':>5}  {'new':>4}  {'learn':>5}  {'due':>4}")
    for title, row in zip(titles, rows, strict=True):
        print(f"{title:<{width}}  {row.cards:>5}  {row.new:>4}  {row.learning:>5}  {row.due:>4}")
    if overview.held and overview.to_go == 0:  # nothing left today: say why
        print(f"\n{overview.held}")
    return 0
