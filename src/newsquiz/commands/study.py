"""`newsquiz study [DECK...]`: open the study app (also what `newsquiz` alone runs).

The store is opened first, so a second running instance is reported as one line before the
terminal is taken over; decks are checked before the app starts for the same reason.
"""

import argparse

from newsquiz.commands.common import add_deck_paths, load_all_decks, open_store
from newsquiz.errors import NewsquizError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "study",
        help="study due cards in the terminal app (the default)",
        description="Open the study app. With deck ids, start a session on those decks at once.",
    )
    parser.add_argument("deck_ids", nargs="*", metavar="DECK", help="deck ids to study now")
    add_deck_paths(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        decks = load_all_decks(args)
        known = {deck.id for deck in decks}
        wanted = list(getattr(args, "deck_ids", None) or [])
        unknown = [deck_id for deck_id in wanted if deck_id not in known]
        if unknown:
            listed = ", ".join(sorted(known)) or "none; see `newsquiz decks`"
            raise NewsquizError(f"unknown deck {unknown[0]!r} (decks: {listed})")
        from newsquiz.tui.app import make_app

        make_app(store, decks, start_decks=wanted or None).run()
    finally:
        store.close()
    return 0
