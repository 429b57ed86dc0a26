"""What the study screen shows after an answer: verdict, right answer, evidence, explanation."""

from collections.abc import Mapping
from datetime import timedelta

from rich.text import Text

from newsquiz.grading import Grade
from newsquiz.models import Card, NumericCard
from newsquiz.scheduling import Rating
from newsquiz.tui.formatting import describe_interval
from newsquiz.tui.widgets.text import evidence_text, literal

RATING_NAMES = {
    Rating.AGAIN: "Again",
    Rating.HARD: "Hard",
    Rating.GOOD: "Good",
    Rating.EASY: "Easy",
}


def verdict_text(grade: Grade) -> Text:
    if grade.self_graded:
        return Text.assemble(("Your call", "bold #ffa62b"), "  ", literal(grade.note, "dim"))
    if grade.correct:
        note = "" if grade.note == "Correct." else grade.note
        return Text.assemble(("✓ Correct", "bold #5fd75f"), "  ", literal(note, "dim"))
    return Text.assemble(("✗ Not right", "bold #ff5f5f"), "  ", literal(grade.note, "dim"))


def details_text(card: Card, given: str, typed: bool) -> Text:
    """Your answer (typed cards), the right answer, evidence with the answer emphasized, why."""
    parts: list[Text] = []
    if typed:
        parts.append(Text.assemble(("Your answer  ", "dim"), literal(given or "(nothing)")))
    answer = card.answer
    if (
        isinstance(card, NumericCard)
        and card.unit
        and card.unit.casefold() not in answer.casefold()
    ):
        answer = f"{answer} {card.unit}"
    if isinstance(card, NumericCard) and card.tolerance:
        answer = f"{answer} (±{card.tolerance:g})"
    parts.append(Text.assemble(("Answer       ", "dim"), literal(answer, "bold #5fd75f")))
    evidence = evidence_text(card)
    if evidence is not None:
        parts.append(Text.assemble(("Article      ", "dim"), "“", evidence, "”"))
    if card.explanation:
        parts.append(Text.assemble(("Why          ", "dim"), literal(card.explanation)))
    return Text("\n").join(parts)


def rating_text(suggested: Rating, intervals: Mapping[Rating, timedelta] | None = None) -> Text:
    """The four ratings with their keys and the interval each gives (from fsrs's preview, as on
    Anki's buttons); the suggested one highlighted."""
    pieces: list[Text | str] = []
    for rating, name in RATING_NAMES.items():
        style = "bold reverse" if rating == suggested else "dim"
        after = f" {describe_interval(intervals[rating])}" if intervals else ""
        pieces.append(Text(f" {int(rating)} {name}{after} ", style=style))
        pieces.append(" ")
    pieces.append(Text(f"Enter/Space: {RATING_NAMES[suggested]}", style="italic"))
    return Text.assemble(*pieces)
