"""SettingsScreen: retention, daily limits, steps, rollover hour and theme, saved with progress."""

from typing import ClassVar

from pydantic import ValidationError
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Select, Static

from newsquiz.models import Settings
from newsquiz.printable import printable
from newsquiz.tui.screens.confirm import ConfirmDialog
from newsquiz.tui.services import StudyServices, services

FIELDS = (
    ("desired_retention", "Desired retention (0.70–0.99)"),
    ("new_per_day", "New cards per day"),
    ("reviews_per_day", "Reviews per day"),
    ("learning_steps_min", "Learning steps (minutes)"),
    ("relearning_steps_min", "Relearning steps (minutes)"),
    ("day_rollover_hour", "Day starts at hour (0–23)"),
    ("timezone", "Time zone (IANA name; empty: the system's)"),
    ("recall_after_days", "Ask as recall after (days of stability)"),
)


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(f"{step:g}" for step in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def parse_settings(current: Settings, values: dict[str, str], theme: str) -> Settings:
    """A new Settings from the form's text; raises ValidationError or ValueError."""
    data = current.model_dump()
    for name, text in values.items():
        if name.endswith("_steps_min"):
            data[name] = [float(part) for part in text.replace(",", " ").split()]
        else:
            data[name] = text.strip()
    data["theme"] = theme
    return Settings.model_validate(data)


class SettingsScreen(Screen[None]):
    """Edit settings; Save (ctrl+s) validates and stores them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", tooltip="Validate and save", id="settings-save"),
        Binding(
            "escape",
            "back",
            "Back",
            tooltip="Leave without saving (asks first when something was changed)",
            id="settings-back",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.shown: dict[str, str] = {}
        """The form as first shown: what `back` compares with to find unsaved edits."""

    @property
    def newsquiz(self) -> StudyServices:
        return services(self)

    def compose(self) -> ComposeResult:
        settings = self.newsquiz.settings
        with VerticalScroll(id="settings"):
            yield Static(Text("Settings", style="bold"))
            for name, label in FIELDS:
                with Horizontal(classes="setting"):
                    yield Label(label)
                    yield Input(_shown(getattr(settings, name)), id=f"setting-{name}", compact=True)
            with Horizontal(classes="setting"):
                yield Label("Theme")
                themes = sorted(self.app.available_themes)
                yield Select(
                    [(name, name) for name in themes],
                    value=settings.theme if settings.theme in themes else themes[0],
                    allow_blank=False,
                    id="setting-theme",
                    compact=True,
                )
            yield Static(id="settings-error")
            with Horizontal(id="settings-buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Back", id="back")
        yield Footer()

    def on_mount(self) -> None:
        self.shown = self.form()

    def form(self) -> dict[str, str]:
        """Every field's text as it is now (the theme under `theme`)."""
        values = {name: self.query_one(f"#setting-{name}", Input).value for name, _ in FIELDS}
        values["theme"] = str(self.query_one("#setting-theme", Select).value)
        return values

    def action_save(self) -> None:
        values = self.form()
        theme = values.pop("theme")
        error = self.query_one("#settings-error", Static)
        try:
            settings = parse_settings(self.newsquiz.settings, values, theme)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            message = str(first["msg"]).removeprefix("Value error, ")
            error.update(Text(printable(f"{where}: {message}")))
            return
        except ValueError as exc:
            error.update(Text(f"steps: {exc}"))
            return
        error.update("")
        self.newsquiz.apply_settings(settings)
        self.notify("Settings saved.", timeout=2)
        self.dismiss()

    def action_back(self) -> None:
        if self.form() == self.shown:
            self.dismiss()
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss()

        question = "Discard your changes to the settings? Ctrl+S saves them instead."
        self.app.push_screen(ConfirmDialog(question, yes="Discard", no="Keep editing"), answered)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#back")
    def _back_pressed(self) -> None:
        self.action_back()
