"""`newsquiz author ARTICLE [--deck FILE]`: review generated cards in a terminal screen."""

import argparse
from pathlib import Path

from newsquiz.commands.common import resolve_data_dir
from newsquiz.errors import DeckError, NewsquizError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "author",
        help="review an article's generated cards and save a deck",
        description=(
            "Open the author screen: the article next to the cards generated from it. Accept, "
            "reject, edit or add cards, then save the deck (decks/<slug>.yaml in the data "
            "directory, or --deck FILE; an existing file is loaded first)."
        ),
    )
    parser.add_argument("article", type=Path, metavar="ARTICLE", help="article file")
    parser.add_argument("--deck", type=Path, metavar="FILE", help="deck file to load and save")
    parser.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsquiz.generate import generate_deck, read_article
    from newsquiz.models import slugify
    from newsquiz.store.deck_files import load_deck

    article = read_article(args.article)
    existing = None
    target: Path | None = args.deck
    if target is not None and target.suffix.lower() not in (".yaml", ".yml"):
        raise NewsquizError(f"{target}: deck files end in .yaml")
    if target is None:
        target = resolve_data_dir(args) / "decks" / f"{slugify(article.title)}.yaml"
    if target.exists():
        try:
            existing = load_deck(target)
        except DeckError as exc:
            raise NewsquizError(exc.problems[0]) from None
    deck_id = existing.id if existing is not None else None
    generated = generate_deck(article, deck_id, args.seed)

    from newsquiz.tui.author_app import AuthorApp

    AuthorApp(generated, target, existing).run()
    return 0
