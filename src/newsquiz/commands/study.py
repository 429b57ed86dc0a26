"""`newsquiz study [DECK...]`: open the study app (also what `newsquiz` alone runs).

The store is opened first, so a second running instance is reported as one line before the
terminal is taken over. Named decks are loaded and checked first too, so an unknown id is one
line as well; without names, the decks load inside the app behind a spinner (a big collection
on a cold deck cache takes a while), and broken deck files are listed once the app has closed.
"""

import argparse

from newsquiz.commands.common import (
    add_deck_paths,
    find_deck_indexes,
    open_store,
    resolve_data_dir,
    warn,
)
from newsquiz.errors import NewsquizError
from newsquiz.models import DeckIndex
from newsquiz.reconcile import reconcile_decks
from newsquiz.startup import resume_collector


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "study",
        help="study due cards in the terminal app (the default)",
        description="Open the study app. With deck ids, start a session on those decks at once.",
    )
    parser.add_argument("deck_ids", nargs="*", metavar="DECK", help="deck ids to study now")
    add_deck_paths(parser)
    parser.set_defaults(func=run, holds_collector=True)


def run(args: argparse.Namespace) -> int:
    """Runs with the collector paused (see `newsquiz.startup`); the app resumes it."""
    try:
        return _study(args)
    finally:
        resume_collector()  # in case the app never started


def _study(args: argparse.Namespace) -> int:
    from newsquiz.tui.app import make_app

    store = open_store(args)

    def load() -> tuple[list[DeckIndex], list[str]]:
        """The decks, with edited cards linked to the progress of the versions they replace."""
        decks, problems = find_deck_indexes(args)
        reconcile_decks(store, decks)
        return decks, problems

    user_decks = resolve_data_dir(args) / "decks"
    wanted = list(getattr(args, "deck_ids", None) or [])
    try:
        if wanted:
            decks, problems = load()
            warn(problems)
            known = {deck.id for deck in decks}
            unknown = [deck_id for deck_id in wanted if deck_id not in known]
            if unknown:
                listed = ", ".join(sorted(known)) or "none; see `newsquiz decks`"
                raise NewsquizError(f"unknown deck {unknown[0]!r} (decks: {listed})")
            app = make_app(store, decks, start_decks=wanted, user_decks=user_decks)
        else:
            app = make_app(store, load, user_decks=user_decks)
        app.run()
    finally:
        store.close()
    warn(app.deck_problems)
    if app.error is not None:
        raise NewsquizError(app.error)
    return 0
