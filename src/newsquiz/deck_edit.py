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


def is_bundled(path: Path | None, bundled: Path | None = None) -> bool:
    """Whether the deck file at `path` ships with newsquiz (an upgrade would overwrite it)."""
    bundled = bundled if bundled is not None else bundled_decks_dir()
    return path is not None and bundled is not None and _inside(path, bundled)


def edit_refusal(path: Path | None, bundled: Path | None = None) -> str | None:
    """Why a card of the deck loaded from `path` cannot be edited, in one line; None if it can.

    Bundled decks belong to the installed package (an upgrade would overwrite them), decks built
    in memory have no file, and a file we cannot replace would lose the edit.
    """
    if path is None:
        return "This card's deck was not loaded from a file, so an edit has nowhere to go."
    if is_bundled(path, bundled):
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


COPY_SUFFIX = "mine"


def copy_bundled_deck(path: Path, user_decks: Path) -> tuple[Deck, Path]:
    """Copy the bundled deck at `path` into `user_decks` as an editable deck of its own.

    The copy gets a new deck id (`<id>-mine`, or `-mine-2`... when taken) and names the bundled
    deck in `replaces`, so that one is no longer loaded: the cards keep their ids, so their
    progress, and links from other decks to them, carry on. Returns the copy and its path.
    Raises CardEditError, having written nothing, when the deck cannot be read or written.
    """
    try:
        deck = load_deck(path)
    except DeckError as exc:
        raise CardEditError(exc.problems[0]) from None
    base = deck.id[:72].rstrip("-")  # room for "-mine-99" within a deck id's 80 characters
    for number in range(1, 100):
        new_id = f"{base}-{COPY_SUFFIX}" + (f"-{number}" if number > 1 else "")
        target = user_decks / f"{new_id}.yaml"
        if not target.exists():
            break
    else:
        raise CardEditError(f"{user_decks}: too many copies of {deck.id}; nothing was written.")
    copy = deck.model_copy(
        update={"id": new_id, "title": f"{deck.title} (my copy)", "replaces": deck.id}
    )
    try:
        user_decks.mkdir(parents=True, exist_ok=True)
        write_deck(copy, target, exclusive=True)
    except DeckError as exc:
        raise CardEditError(exc.problems[0]) from None
    except OSError as exc:
        raise CardEditError(f"{target}: cannot write: {exc.strerror or exc}") from None
    return copy, target
