"""`newsquiz import FILE`: merge a JSON dump into the progress store, or turn Anki-style CSV/TSV
into a new deck of recall cards. Nothing is written until the whole file has been checked."""

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from newsquiz.commands.common import add_deck_paths, load_all_decks, open_store, resolve_data_dir
from newsquiz.commands.generate import ARTICLE_SUFFIXES
from newsquiz.errors import DeckError, NewsquizError
from newsquiz.models import Deck
from newsquiz.printable import printable
from newsquiz.store.deck_files import write_deck

if TYPE_CHECKING:
    from newsquiz.export.importers import MergePlan

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "import",
        help="import a newsquiz JSON dump, or Anki-style CSV/TSV as a new deck",
        description="Merge a JSON dump made by `newsquiz export --format json` into your "
        "progress (no duplicates; the later review wins), or turn Anki-style text "
        "(front, back, optional tags) into a new deck of recall cards.",
    )
    parser.add_argument("path", type=Path, metavar="FILE", help="a .json dump or a .csv/.tsv file")
    parser.add_argument("--deck", metavar="NAME", help="name of the new deck (CSV/TSV)")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would change, write nothing"
    )
    parser.add_argument(
        "--replace-settings", action="store_true", help="take the dump's settings over yours"
    )
    parser.add_argument(
        "--force", action="store_true", help="replace an imported deck of the same name (CSV/TSV)"
    )
    add_deck_paths(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    suffix = path.suffix.lower()
    if suffix == ".json":
        return import_dump(args)
    if suffix in TEXT_SUFFIXES:
        return import_text(args)
    if suffix in ARTICLE_SUFFIXES:  # .md, .html: only `generate` reads them
        raise NewsquizError(
            f"{path}: an article, not a dump or a card list; make a deck from it with "
            f"`newsquiz generate {path}`"
        )
    raise NewsquizError(f"{path}: expected a .json dump or a .csv, .tsv or .txt file")


def _decks_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(args) / "decks"


def _check_new_deck_files(decks_dir: Path, decks: list[Deck]) -> list[Path]:
    from newsquiz.export.importers import deck_file_path

    paths = []
    for deck in decks:
        target = deck_file_path(decks_dir, deck.id)
        if target.exists():
            raise NewsquizError(
                f"{target}: exists but did not load as deck {deck.id!r}; fix or move it, then "
                "import again"
            )
        paths.append(target)
    return paths


def import_dump(args: argparse.Namespace) -> int:
    from newsquiz.export.importers import plan_dump_merge
    from newsquiz.export.json_dump import ImportFileError, read_dump

    dump = read_dump(args.path)
    decks = load_all_decks(args)
    decks_dir = _decks_dir(args)
    store = open_store(args, readonly=args.dry_run)
    try:
        plan = plan_dump_merge(
            dump,
            local_progress=store.all_progress(),
            local_reviews=store.reviews(),
            local_decks=decks,
            local_settings=store.settings(),
            replace_settings=args.replace_settings,
        )
        deck_paths = _check_new_deck_files(decks_dir, plan.new_decks)
        if args.dry_run:
            _print_plan(args.path, plan, dry_run=True)
            return 0
        for deck, target in zip(plan.new_decks, deck_paths, strict=True):
            write_deck(deck, target, exclusive=True)
        try:
            store.import_history(plan.new_reviews, plan.progress_writes)
        except ValueError as exc:
            raise ImportFileError(f"{args.path}: {exc}") from None
        if plan.settings is not None:
            store.save_settings(plan.settings)
    finally:
        store.close()
    _print_plan(args.path, plan, dry_run=False)
    return 0


def _print_plan(path: Path, plan: "MergePlan", *, dry_run: bool) -> None:
    if not plan.changes_anything:
        print(printable(f"{path}: nothing to import, everything is already here"))
    else:
        print(
            printable(
                f"{path}: {'would import (dry run, nothing written)' if dry_run else 'imported'}"
            )
        )
    for line in plan.describe():
        print(printable(f"  {line}"))


def import_text(args: argparse.Namespace) -> int:
    from newsquiz.export.importers import deck_file_path, read_anki_text

    deck = read_anki_text(args.path, args.deck)
    decks_dir = _decks_dir(args)
    target = deck_file_path(decks_dir, deck.id)
    existing = {loaded.id for loaded in load_all_decks(args)}
    if (deck.id in existing or target.exists()) and not (args.force and target.exists()):
        hint = "choose another --deck" + (" or use --force" if target.exists() else "")
        raise NewsquizError(f"{args.path}: deck {deck.id!r} already exists ({hint})")
    if args.dry_run:
        print(
            printable(
                f"{args.path}: would create deck {deck.id!r} with {len(deck.cards)} recall cards"
            )
        )
        print(printable(f"  file: {target}"))
        return 0
    decks_dir.mkdir(parents=True, exist_ok=True)
    try:  # exclusive: a second import of the same deck made since the check above fails
        write_deck(deck, target, exclusive=not args.force)
    except DeckError:
        raise NewsquizError(
            f"{args.path}: deck {deck.id!r} already exists (another import created it); "
            "choose another --deck or use --force"
        ) from None
    print(
        printable(
            f"{args.path}: created deck {deck.id!r} with {len(deck.cards)} recall cards in {target}"
        )
    )
    return 0
