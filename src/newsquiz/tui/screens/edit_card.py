"""`e` on the study screen: the author screen's card editor, saved to the card's deck file.

Imported when `e` is first pressed, not at start-up: the editor brings in the generator's card
checks, which a study session otherwise never needs.
"""

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from newsquiz.deck_edit import edit_refusal, save_card_edit
from newsquiz.errors import NewsquizError
from newsquiz.generate.checks import AnyCard
from newsquiz.models import DeckIndex
from newsquiz.session import SessionCard
from newsquiz.tui.screens.author_dialogs import CardEditor

if TYPE_CHECKING:
    from newsquiz.tui.screens.study import StudyScreen


def edit_current_card(screen: "StudyScreen") -> None:
    """Open the editor on the card shown, or say in one line why it cannot be edited."""
    shown = screen.card
    if shown is None:
        return
    path = shown.deck.path
    refusal = edit_refusal(path)
    if refusal is not None:
        screen.notify(refusal, title="Cannot edit", severity="warning", markup=False)
        return
    assert path is not None  # a deck without a file is refused above

    def save(edited: AnyCard) -> str | None:
        return save_edit(screen, shown, path, edited)

    screen.app.push_screen(CardEditor(shown.card, f"Edit card in {path.name}", save=save))


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
