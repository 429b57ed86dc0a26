"""Save one edited card where it is written, keeping its history.

The deck file is the source of truth: an edit made while studying is applied to the file as it
is on disk now (not to the copy loaded at start), written atomically, and the card's progress
follows it if its id changed. Pure of any UI, so the study screen and tests call the same code.
"""

import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from newsquiz.errors import DeckError, NewsquizError
from newsquiz.models import Card, Deck
from newsquiz.paths import bundled_decks_dir
from newsquiz.store.base import ProgressStore
from newsquiz.store.deck_files import load_deck, write_deck


class CardEditError(NewsquizError):
    """An edit could not be saved; nothing was written."""


@dataclass(frozen=True)
class CardEdit:
    """The deck as written, and the edited card's id before and after."""

    deck: Deck
    old_id: str
    new_id: str


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def edit_refusal(path: Path | None, bundled: Path | None = None) -> str | None:
    """Why a card of the deck loaded from `path` cannot be edited, in one line; None if it can.

    Bundled decks belong to the installed package (an upgrade would overwrite them), decks built
    in memory have no file, and a file we cannot replace would lose the edit.
    """
    if path is None:
        return "This card's deck was not loaded from a file, so an edit has nowhere to go."
    bundled = bundled if bundled is not None else bundled_decks_dir()
    if bundled is not None and _inside(path, bundled):
        return (
            f"This card's deck is bundled with newsquiz; copy {path.name} to your decks folder "
            "to edit it."
        )
    if not os.access(path, os.W_OK):
        return f"{path}: cannot edit: the file is not writable."
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return f"{path.parent}: cannot edit {path.name}: the folder is not writable."
    return None


def save_card_edit(
    store: ProgressStore, path: Path, deck_id: str, old_id: str, edited: Card
) -> CardEdit:
    """Re-read the deck at `path`, put `edited` in place of card `old_id`, write it atomically.

    An edited card without an id gets one from its content; when its id differs from `old_id`,
    the store moves the old id's progress and reviews to it. Returns the deck as written.
    Raises CardEditError, having written nothing, when the file cannot be read or no longer
    holds the card, or when the deck does not validate or cannot be written.
    """
    try:
        deck = load_deck(path)
    except DeckError as exc:
        raise CardEditError(exc.problems[0]) from None
    ids = deck.card_ids()
    if deck.id != deck_id or old_id not in ids:
        raise CardEditError(
            f"{path}: the card is no longer in this deck file (changed on disk?); "
            "nothing was saved."
        )
    position = ids.index(old_id)
    cards = [card.model_dump() for card in deck.cards]
    cards[position] = edited.model_dump()
    try:
        new_deck = Deck.model_validate({**deck.model_dump(exclude={"cards"}), "cards": cards})
    except ValidationError as exc:
        message = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
        raise CardEditError(f"{path}: {message}; nothing was saved.") from None
    try:
        write_deck(new_deck, path)
    except DeckError as exc:
        raise CardEditError(exc.problems[0]) from None
    except OSError as exc:
        raise CardEditError(f"{path}: cannot write: {exc.strerror or exc}") from None
    new_id = new_deck.cards[position].id or ""
    if new_id != old_id and store.progress(old_id) is not None:
        store.relink_card(old_id, new_id)
    return CardEdit(new_deck, old_id, new_id)
