"""`e` on the study screen: the author screen's card editor, saved to the card's deck file.

Imported when `e` is first pressed, not at start-up: the editor brings in the generator's card
checks, which a study session otherwise never needs.
"""

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from newsquiz.deck_edit import copy_bundled_deck, edit_refusal, is_bundled, save_card_edit
from newsquiz.errors import NewsquizError
from newsquiz.generate.checks import AnyCard
from newsquiz.models import DeckIndex
from newsquiz.session import SessionCard
from newsquiz.tui.screens.author_dialogs import CardEditor
from newsquiz.tui.screens.confirm import ConfirmDialog

if TYPE_CHECKING:
    from newsquiz.tui.screens.study import StudyScreen


def edit_current_card(screen: "StudyScreen") -> None:
    """Open the editor on the card shown, or say in one line why it cannot be edited."""
    shown = screen.card
    if shown is None:
        return
    path = shown.deck.path
    user_decks = screen.newsquiz.user_decks
    if is_bundled(path) and user_decks is not None:
        assert path is not None
        question = (
            f"{path.name} is bundled with newsquiz and cannot be edited. Copy it to "
            f"{user_decks} as your own deck (a new id; the bundled one is then hidden, and "
            "your progress stays with its cards) and edit the copy?"
        )

        def answered(copy: bool | None) -> None:
            if copy:
                copy_then_edit(screen, shown, user_decks)

        screen.app.push_screen(ConfirmDialog(question, yes="Copy and edit", no="Cancel"), answered)
        return
    refusal = edit_refusal(path)
    if refusal is not None:
        screen.notify(refusal, title="Cannot edit", severity="warning", markup=False)
        return
    assert path is not None  # a deck without a file is refused above

    def save(edited: AnyCard) -> str | None:
        return save_edit(screen, shown, path, edited)

    screen.app.push_screen(CardEditor(shown.card, f"Edit card in {path.name}", save=save))


def copy_then_edit(screen: "StudyScreen", shown: SessionCard, user_decks: Path) -> None:
    """Copy the shown card's bundled deck into `user_decks`, study the copy, open the editor."""
    assert shown.deck.path is not None
    try:
        copy, path = copy_bundled_deck(shown.deck.path, user_decks)
    except NewsquizError as exc:
        screen.notify(str(exc), title="Not copied", severity="error", markup=False)
        return
    index = DeckIndex.of(copy, path)
    screen.session.adopt_copy(index)
    decks = screen.newsquiz.decks
    decks[:] = [index if deck.id == copy.replaces else deck for deck in decks]
    card = index.card(shown.card_id)
    assert card is not None
    moved = replace(shown, deck=index, card=card)
    screen.card = moved
    screen.notify(f"Copied to {path} as deck {copy.id}.", timeout=8, markup=False)
    edit_current_card(screen)


def save_edit(screen: "StudyScreen", shown: SessionCard, path: Path, edited: AnyCard) -> str | None:
    """Write the edit to the deck file, then study the deck as written; or say in one line why
    it was not saved (the editor stays open with the text as typed)."""
    try:
        change = save_card_edit(screen.newsquiz.store, path, shown.deck.id, shown.card_id, edited)
    except NewsquizError as exc:
        return str(exc)
    index = DeckIndex.of(change.deck, path)
    screen.session.replace_deck(index, change.old_id, change.new_id)
    decks = screen.newsquiz.decks
    decks[:] = [index if deck.id == index.id else deck for deck in decks]
    card = index.card(change.new_id)
    assert card is not None
    screen.show_edited(replace(shown, deck=index, card=card))
    screen.notify(f"Saved to {path.name}.", timeout=3, markup=False)
    return None
