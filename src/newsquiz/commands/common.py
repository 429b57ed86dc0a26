"""Pieces several commands share: opening the store, loading decks, printing problems."""

import argparse
import sys
from pathlib import Path
from typing import Any

from newsquiz.models import Deck, DeckIndex
from newsquiz.paths import data_dir, deck_search_path
from newsquiz.printable import printable
from newsquiz.store.deck_cache import DeckCache
from newsquiz.store.deck_files import load_deck_indexes, load_decks
from newsquiz.store.tinydb_store import TinyDBStore


def add_deck_paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--decks",
        dest="deck_paths",
        metavar="PATH",
        type=Path,
        action="append",
        default=[],
        help="also load decks from this file or folder (repeatable)",
    )


def resolve_data_dir(args: argparse.Namespace) -> Path:
    return data_dir(getattr(args, "data_dir", None))


def open_store(args: argparse.Namespace, *, readonly: bool = False) -> TinyDBStore:
    """The progress store; stored settings that were invalid (and replaced by their defaults)
    are reported on stderr by every command that opens it."""
    store = TinyDBStore(resolve_data_dir(args), readonly=readonly)
    warn(store.settings_warnings())
    return store


def _deck_sources(args: argparse.Namespace) -> tuple[list[Path], DeckCache]:
    folder = resolve_data_dir(args)
    paths = deck_search_path(folder, list(getattr(args, "deck_paths", [])))
    return paths, DeckCache(folder / "cache" / "decks")


def find_decks(args: argparse.Namespace) -> tuple[list[Deck], list[str]]:
    """Bundled, user and named decks (through the deck cache), and the problems of broken ones."""
    return load_decks(*_deck_sources(args))


def find_deck_indexes(args: argparse.Namespace) -> tuple[list[DeckIndex], list[str]]:
    """As `find_decks`, each deck as the index a study session starts from."""
    return load_deck_indexes(*_deck_sources(args))


def warn(problems: list[str]) -> None:
    for problem in problems:
        print(f"warning: {printable(problem, one_line=True)}", file=sys.stderr)


def load_all_decks(args: argparse.Namespace) -> list[Deck]:
    """Bundled, user and named decks; broken deck files are reported on stderr and skipped."""
    decks, problems = find_decks(args)
    warn(problems)
    return decks


def progress_bar(enabled: bool) -> Any:
    """A transient progress bar on stderr (rich), or None when not `enabled`."""
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def print_line(progress: Any, line: str, error: bool = False) -> None:
    """One printable line: above the progress bar when there is one, else on stdout (stderr
    for an `error`)."""
    line = printable(line, one_line=True)
    if progress is not None:
        progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
    else:
        print(line, file=sys.stderr if error else sys.stdout)
