"""`newsquiz new` and `newsquiz add`: scriptable deck authoring, validated before writing."""

import argparse
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from newsquiz.commands.common import resolve_data_dir
from newsquiz.errors import DeckError, NewsquizError
from newsquiz.models import Deck, slugify
from newsquiz.printable import printable
from newsquiz.store.deck_files import load_deck, write_deck

KINDS = ("mcq", "cloze", "true_false", "numeric", "recall")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = subparsers.add_parser(
        "new", help="create an empty deck file", description="Create a new, empty deck file."
    )
    new.add_argument("deck_file", type=Path, metavar="DECK_FILE")
    new.add_argument("--title", required=True)
    new.add_argument("--id", dest="deck_id", help="deck id (default: from the title)")
    new.add_argument("--description", default="")
    new.add_argument("--tag", dest="tags", action="append", default=[])
    new.add_argument("--force", action="store_true", help="replace an existing file")
    new.set_defaults(func=run_new)

    add = subparsers.add_parser(
        "add",
        help="add a card to a deck file",
        description="Add one card to a deck file; the deck is validated before it is written.",
    )
    add.add_argument("deck_file", type=Path, metavar="DECK_FILE")
    add.add_argument("--kind", choices=KINDS, required=True)
    add.add_argument("--prompt", required=True, help="question (cloze: mark the gap with _____)")
    add.add_argument("--answer", required=True, help="true/false for true_false cards")
    add.add_argument("--option", dest="options", action="append", default=[], help="mcq option")
    add.add_argument("--accept", dest="accepted", action="append", default=[])
    add.add_argument("--value", type=float, help="numeric value (numeric cards)")
    add.add_argument("--tolerance", type=float, default=0.0)
    add.add_argument("--unit", default="")
    add.add_argument("--explanation", default="")
    add.add_argument("--fact-type", default="term")
    add.add_argument("--fact-key")
    add.add_argument("--tag", dest="tags", action="append", default=[])
    add.set_defaults(func=run_add)


def _problem(path: Path, exc: ValidationError) -> NewsquizError:
    from newsquiz.store.deck_yaml import field_path

    first = exc.errors()[0]
    message = str(first["msg"]).removeprefix("Value error, ")
    if not first["loc"]:
        return NewsquizError(f"{path}: {message}")
    return NewsquizError(f"{path}: {field_path(tuple(first['loc']))}: {message}")


def run_new(args: argparse.Namespace) -> int:
    path: Path = args.deck_file
    if path.suffix not in (".yaml", ".yml"):
        raise NewsquizError(f"{path}: deck files end in .yaml")
    if path.exists() and not args.force:
        raise NewsquizError(f"{path}: already exists (use --force to replace it)")
    try:
        deck = Deck(
            id=args.deck_id or slugify(args.title),
            title=args.title,
            description=args.description,
            tags=args.tags,
        )
    except ValidationError as exc:
        raise _problem(path, exc) from None
    write_deck(deck, path)
    print(f"created {printable(str(path), one_line=True)} (deck id {deck.id})")
    print(printable(how_to_study(path, deck.id, resolve_data_dir(args) / "decks"), one_line=True))
    return 0


def how_to_study(path: Path, deck_id: str, user_decks: Path) -> str:
    """Where a new deck file is picked up: the user decks folder is always loaded, a file
    elsewhere only when named with --decks."""
    add = f"add cards with `newsquiz add {path} --kind ...`"
    if path.resolve().is_relative_to(user_decks.resolve()):
        return (
            f"{add}; it is in your decks folder ({user_decks}), so "
            f"`newsquiz study {deck_id}` studies it"
        )
    return (
        f"{add}, then study it with `newsquiz study {deck_id} --decks {path}` "
        f"(files in {user_decks} are loaded without --decks)"
    )


def run_add(args: argparse.Namespace) -> int:
    path: Path = args.deck_file
    try:
        deck = load_deck(path)
    except DeckError as exc:
        raise NewsquizError(exc.problems[0]) from None
    card: dict[str, Any] = {
        "kind": args.kind,
        "prompt": args.prompt,
        "answer": args.answer,
        "accepted": args.accepted,
        "explanation": args.explanation,
        "fact_type": args.fact_type,
        "fact_key": args.fact_key,
        "tags": args.tags,
    }
    if args.kind == "mcq":
        options = list(args.options)
        if args.answer not in options:
            options.insert(0, args.answer)
        card["options"] = options
    elif args.options:
        raise NewsquizError(f"{path}: --option is only for mcq cards")
    if args.kind == "numeric":
        if args.value is None:
            raise NewsquizError(f"{path}: numeric cards need --value")
        card.update(value=args.value, tolerance=args.tolerance, unit=args.unit)
    from newsquiz.store.deck_yaml import deck_to_data

    data = deck_to_data(deck)
    data["cards"].append({key: value for key, value in card.items() if value not in (None, [])})
    try:
        updated = Deck.model_validate(data)
    except ValidationError as exc:
        raise _problem(path, exc) from None
    write_deck(updated, path)
    shown = printable(str(path), one_line=True)
    print(f"added {updated.cards[-1].id} to {shown} ({len(updated.cards)} cards)")
    return 0
