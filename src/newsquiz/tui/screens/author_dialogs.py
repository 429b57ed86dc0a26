"""The author screen's dialogs: edit (or make) a card, and confirm leaving unsaved changes."""

from collections.abc import Callable
from typing import Any, ClassVar

from pydantic import ValidationError
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from newsquiz.generate.checks import AnyCard
from newsquiz.models import (
    BLANK,
    ClozeCard,
    McqCard,
    NumericCard,
    RecallCard,
    TrueFalseCard,
    normalize_text,
)
from newsquiz.printable import printable
from newsquiz.tui.screens.author_state import blank_answer
from newsquiz.tui.screens.confirm import ConfirmDialog

MODELS: dict[str, type[AnyCard]] = {
    "mcq": McqCard,
    "cloze": ClozeCard,
    "true_false": TrueFalseCard,
    "numeric": NumericCard,
    "recall": RecallCard,
}
SEPARATOR = " | "
NEW_KINDS = ("recall", "cloze")


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


def edited_card(card: AnyCard, kind: str, values: dict[str, str]) -> AnyCard:
    """`card` as `kind` with the form's text; raises ValidationError.

    A cloze prompt without the blank gets the answer blanked where it appears.
    """
    data: dict[str, Any] = card.model_dump(exclude={"kind", "options"})
    for numeric_field in ("value", "tolerance", "unit"):
        data.pop(numeric_field, None)
    if isinstance(card, NumericCard) and kind == "numeric":
        data.update(value=card.value, tolerance=card.tolerance, unit=card.unit)
    prompt, answer = values["prompt"], values["answer"].strip()
    if kind == "cloze" and BLANK not in prompt:
        prompt = blank_answer(prompt, answer) or prompt
    data.update(prompt=prompt, answer=answer, explanation=values["explanation"].strip())
    data["accepted"] = _split(values["accepted"])
    if kind == "mcq":
        options = _split(values["options"])
        known = {normalize_text(option) for option in options}
        data["options"] = options if normalize_text(answer) in known else [answer, *options]
    return MODELS[kind].model_validate(data)


class CardEditor(ModalScreen[AnyCard | None]):
    """Edit prompt, answer, options, accepted answers and explanation; ctrl+s keeps the card.

    Styled here rather than in an app's stylesheet: the author app and the study app both use it.
    """

    DEFAULT_CSS = """
    CardEditor {
        align: center middle;
    }
    #author-editor {
        width: 90%;
        max-width: 100;
        height: auto;
        max-height: 90%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    #author-editor VerticalScroll {
        height: auto;
        max-height: 14;
    }
    .author-field {
        height: auto;
        margin-bottom: 1;
    }
    .author-field Label {
        width: 14;
    }
    .author-field Input, .author-field Select {
        width: 1fr;
    }
    #edit-error {
        color: $error;
        height: auto;
    }
    #edit-buttons {
        height: auto;
        align-horizontal: right;
    }
    #edit-buttons Button {
        margin-left: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "keep", "Keep", tooltip="Validate and keep the card", id="edit-keep"),
        Binding("escape", "cancel", "Cancel", tooltip="Leave the card as it was", id="edit-cancel"),
    ]

    def __init__(
        self,
        card: AnyCard,
        title: str = "Edit card",
        new: bool = False,
        save: Callable[[AnyCard], str | None] | None = None,
    ) -> None:
        """`save`, when given, is called with the valid card before the dialog closes; the
        one-line problem it returns (a file that cannot be written) keeps the dialog open with
        the text as typed."""
        super().__init__()
        self.card = card
        self.heading = title
        self.new = new
        self.save = save
        self.originals: dict[str, str] = {}
        """Each field as the card has it; shown with its control characters made visible,
        and kept as it was unless the shown text is edited."""

    def compose(self) -> ComposeResult:
        card = self.card
        with Vertical(id="author-editor"):
            yield Static(
                Text.assemble(
                    (printable(self.heading), "bold"), ("   ctrl+s keep · escape cancel", "dim")
                )
            )
            with VerticalScroll():
                if self.new:
                    with Horizontal(classes="author-field"):
                        yield Label("Kind")
                        yield Select(
                            [(k, k) for k in NEW_KINDS],
                            value=card.kind,
                            allow_blank=False,
                            id="edit-kind",
                            compact=True,
                        )
                fields = [("prompt", "Prompt", card.prompt), ("answer", "Answer", card.answer)]
                if isinstance(card, McqCard):
                    fields.append(("options", "Options", SEPARATOR.join(card.options)))
                fields += [
                    ("accepted", "Also accepted", SEPARATOR.join(card.accepted)),
                    ("explanation", "Explanation", card.explanation),
                ]
                for name, label, value in fields:
                    with Horizontal(classes="author-field"):
                        yield Label(label)
                        value = "" if self.new and name == "answer" else value
                        self.originals[name] = value
                        yield Input(printable(value), id=f"edit-{name}", compact=True)
            yield Static(id="edit-error")
            with Horizontal(id="edit-buttons"):
                yield Button("Keep", variant="primary", id="edit-keep")
                yield Button("Cancel", id="edit-cancel")

    def on_mount(self) -> None:
        self.query_one("#edit-answer" if self.new else "#edit-prompt", Input).focus()

    def values(self) -> dict[str, str]:
        names = ("prompt", "answer", "options", "accepted", "explanation")
        return {name: self._typed(name) if self.query(f"#edit-{name}") else "" for name in names}

    def _typed(self, name: str) -> str:
        typed = self.query_one(f"#edit-{name}", Input).value
        original = self.originals.get(name, "")
        return original if typed == printable(original) else typed

    def action_keep(self) -> None:
        kind: str = self.card.kind
        if self.new:
            kind = str(self.query_one("#edit-kind", Select).value)
        try:
            card = edited_card(self.card, kind, self.values())
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "card"
            message = str(first["msg"]).removeprefix("Value error, ")
            self.query_one("#edit-error", Static).update(Text(printable(f"{where}: {message}")))
            return
        problem = self.save(card) if self.save is not None else None
        if problem is not None:
            self.query_one("#edit-error", Static).update(Text(printable(f"Not saved: {problem}")))
            return
        self.dismiss(card)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#edit-keep")
    def _keep_pressed(self) -> None:
        self.action_keep()

    @on(Button.Pressed, "#edit-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()


class ConfirmQuit(ConfirmDialog):
    """Leave with unsaved changes? y leaves (changes lost), n or escape stays."""

    def __init__(self) -> None:
        super().__init__("Quit without saving? Your changes will be lost.", "Quit", "Stay")
