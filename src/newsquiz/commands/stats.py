"""`newsquiz stats [--json]`: reviews, today's work, true retention and cards by state."""

import argparse
import json

from newsquiz.commands.common import add_deck_paths, load_all_decks, open_store
from newsquiz.overview import collection_stats
from newsquiz.scheduling import local_zone
from newsquiz.session import utc_now


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "stats", help="show study statistics", description="Show study statistics."
    )
    add_deck_paths(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    decks = load_all_decks(args)
    store = open_store(args, readonly=True)
    settings = store.settings()
    now = utc_now()
    stats = collection_stats(
        decks, store.all_progress(), store.reviews(), settings, now, local_zone(settings.timezone)
    )
    if args.json:
        print(json.dumps(stats, indent=2))
        return 0
    today = stats["today"]
    assert isinstance(today, dict)
    retention = stats["true_retention_30d"]
    states = stats["cards_by_state"]
    assert isinstance(states, dict)
    print(f"Reviews: {stats['reviews_total']} in all, {today['done']} today")
    print(
        f"Due today: {today['due']} ({today['new']} new, {today['learning']} learning, "
        f"{today['review']} review)"
    )
    if isinstance(retention, float):
        shown = f"{retention:.1%} over {stats['retention_reviews_30d']} reviews"
    else:
        shown = "no mature reviews yet"
    print(f"True retention (30 days): {shown}")
    print("Cards: " + ", ".join(f"{count} {name}" for name, count in states.items()))
    return 0
