"""StudyServices: what the screens need from the running app, as a protocol.

Screens reach the app through this protocol (`services(screen)`), never through `tui/app.py`,
so no screen imports the app module and there is no import cycle between them; a test can hand
a screen any object with these members.
"""

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, Protocol, cast

from textual.screen import Screen

from newsquiz.models import DeckIndex, Review, Settings
from newsquiz.store.base import ProgressStore


class StudyServices(Protocol):
    """The app as the screens see it: progress, decks, settings, time, and navigation."""

    store: ProgressStore
    decks: list[DeckIndex]
    settings: Settings
    zone: tzinfo
    ticker: Callable[[], float]
    timer_interval: float
    user_decks: Path | None

    def now(self) -> datetime: ...

    def day_bounds(self) -> tuple[datetime, datetime]: ...

    def today_reviews(self) -> list[Review]: ...

    def checkpoint(self) -> None: ...

    def apply_settings(self, settings: Settings) -> None: ...

    def add_extra_new(self, count: int) -> None: ...

    def action_study(self, deck_ids: Sequence[str] | None = None) -> None: ...

    def action_custom_study(self, deck_id: str, kind: str, number: int) -> None: ...

    def ensure_home(self) -> None: ...

    def decks_named(self, deck_ids: Iterable[str] | None) -> list[DeckIndex]: ...


def services(screen: Screen[Any]) -> StudyServices:
    """The services of the app `screen` runs in (the app implements StudyServices)."""
    return cast(StudyServices, screen.app)
