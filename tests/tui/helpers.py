"""Helpers for driving the study app with Pilot."""

import html
import re

from textual.pilot import Pilot
from textual.widgets import Input

from newsquiz.tui.app import NewsquizApp
from newsquiz.tui.screens.study import StudyScreen

RIGHT_ANSWERS = {
    "mixed:mcq": "1",
    "mixed:tf": "t",
    "mixed:cloze": "Gao Ziguang",
    "mixed:numeric": "10",
    "mixed:recall": "Jinshan Group",
}


async def settle(pilot: Pilot[None]) -> None:
    """Let workers finish and pending messages be handled."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def study_screen(app: NewsquizApp) -> StudyScreen:
    screen = app.screen
    assert isinstance(screen, StudyScreen), type(screen).__name__
    return screen


async def type_answer(pilot: Pilot[None], text: str) -> None:
    """Type into the answer box key by key, then press Enter."""
    screen = study_screen(pilot.app)  # type: ignore[arg-type]
    assert screen.query_one("#answer-input", Input).has_focus
    await pilot.press(*["space" if ch == " " else ch for ch in text], "enter")


async def answer(pilot: Pilot[None], given: str, *, paste: bool = False) -> None:
    """A key for option cards ('1', 't'), typed (or pasted) text for the others."""
    screen = study_screen(pilot.app)  # type: ignore[arg-type]
    assert screen.card is not None
    if screen.card.asked_as in ("mcq", "true_false"):
        await pilot.press(given)
    elif paste:
        box = screen.query_one("#answer-input", Input)
        assert box.has_focus
        box.insert_text_at_cursor(given)
        await pilot.press("enter")
    else:
        await type_answer(pilot, given)


def screen_text(app: NewsquizApp) -> str:
    """The characters on screen, row by row (from the SVG screenshot)."""
    svg = app.export_screenshot()
    rows: dict[float, list[tuple[float, str]]] = {}
    pattern = r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>'
    for match in re.finditer(pattern, svg):
        x, y = float(match.group(1)), float(match.group(2))
        rows.setdefault(y, []).append((x, html.unescape(match.group(3)).replace("\xa0", " ")))
    return "\n".join("".join(t for _, t in sorted(rows[y])) for y in sorted(rows))
