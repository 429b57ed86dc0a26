"""DeckOptionsDialog (`l` on home): one deck's own daily limits, within the global ones."""

from typing import ClassVar

from pydantic import ValidationError
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from newsquiz.models import DeckLimits, Settings
from newsquiz.printable import printable
from newsquiz.tui.widgets.text import literal


def limits_from_form(new: str, reviews: str) -> DeckLimits:
    """The limits typed in the form (empty: only the global limit); raises ValidationError."""
    data = {"new_per_day": new.strip() or None, "reviews_per_day": reviews.strip() or None}
    return DeckLimits.model_validate(data)


class DeckOptionsDialog(ModalScreen[DeckLimits | None]):
    """Edit a deck's own new and review limits; ctrl+s keeps them, escape leaves them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "keep", "Save", tooltip="Validate and save the deck's limits"),
        Binding("escape", "cancel", "Cancel", tooltip="Leave the limits as they were"),
    ]

    def __init__(self, deck_id: str, title: str, settings: Settings) -> None:
        super().__init__()
        self.deck_id, self.deck_title = deck_id, title
        self.settings = settings

    def compose(self) -> ComposeResult:
        own = self.settings.deck_limits.get(self.deck_id, DeckLimits())
        shown = {name: getattr(own, name) for name in ("new_per_day", "reviews_per_day")}
        with Vertical(id="deck-options"):
            yield Static(Text.assemble(("Daily limits of ", "bold"), literal(self.deck_title)))
            yield Static(
                Text(
                    "Empty: only the global limits apply "
                    f"({self.settings.new_per_day} new, {self.settings.reviews_per_day} reviews "
                    "a day across all decks; settings, o).",
                    style="dim",
                )
            )
            for name, label in (
                ("new_per_day", "New cards per day"),
                ("reviews_per_day", "Reviews per day"),
            ):
                with Horizontal(classes="setting"):
                    yield Label(label)
                    value = shown[name]
                    yield Input(
                        "" if value is None else str(value), id=f"deck-{name}", compact=True
                    )
            yield Static(id="deck-options-error")
            with Horizontal(id="deck-options-buttons"):
                yield Button("Save", variant="primary", id="deck-options-save")
                yield Button("Cancel", id="deck-options-cancel")

    def on_mount(self) -> None:
        self.query_one("#deck-new_per_day", Input).focus()

    def action_keep(self) -> None:
        new = self.query_one("#deck-new_per_day", Input).value
        reviews = self.query_one("#deck-reviews_per_day", Input).value
        try:
            limits = limits_from_form(new, reviews)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            message = f"{where}: {first['msg']}"
            self.query_one("#deck-options-error", Static).update(Text(printable(message)))
            return
        self.dismiss(limits)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_keep()

    @on(Button.Pressed, "#deck-options-save")
    def _save_pressed(self) -> None:
        self.action_keep()

    @on(Button.Pressed, "#deck-options-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
