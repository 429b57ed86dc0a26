"""A card's details as labelled lines of plain text: `newsquiz cards show` prints them and the
browser's detail pane shows them, so both say the same thing."""

from datetime import datetime, tzinfo

from newsquiz.card_catalog import CardRow
from newsquiz.models import Card, Review

RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def local_time(moment: datetime, zone: tzinfo) -> str:
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


def due_text(row: CardRow, zone: tzinfo) -> str:
    """The due column: a local time, `new`, or the hidden state's reason."""
    due = row.due
    return "new" if due is None else local_time(due, zone)


def schedule_line(row: CardRow, zone: tzinfo) -> str:
    progress = row.progress
    parts = [row.status]
    if row.due is not None:
        parts.append(f"due {local_time(row.due, zone)}")
    parts.append(f"{row.reps} reviews, {row.lapses} lapses")
    if progress is not None and progress.stability is not None:
        parts.append(f"stability {progress.stability:.1f} d")
    if progress is not None and progress.difficulty is not None:
        parts.append(f"difficulty {progress.difficulty:.1f}")
    if row.buried and progress is not None and progress.buried_until is not None:
        parts.append(f"buried until {local_time(progress.buried_until, zone)}")
    return ", ".join(parts)


def review_line(review: Review, zone: tzinfo) -> str:
    """`2026-11-25 12:00  Good  right  "7,600"  4.2 s  new -> learning`."""
    before = "new" if review.before is None or review.before.reps == 0 else review.before.state
    verdict = "right" if review.correct else "wrong"
    answer = f'"{review.answer}"' if review.answer else "-"
    seconds = review.duration_ms / 1000
    return (
        f"{local_time(review.time, zone)}  {RATINGS.get(review.rating, review.rating)}  "
        f"{verdict}  {answer}  {seconds:.1f} s  {before} -> {review.after.state}"
    )


def card_details(
    row: CardRow, card: Card | None, history: list[Review], zone: tzinfo
) -> list[tuple[str, str]]:
    """(label, text) pairs: the card, where it comes from, its schedule and its reviews."""
    lines = [("Card", row.card_id), ("Deck", f"{row.deck_title} ({row.deck_id})")]
    lines.append(("Kind", row.kind))
    lines.append(("Schedule", schedule_line(row, zone)))
    lines.append(("Prompt", row.prompt))
    if card is not None:
        options = getattr(card, "options", None)
        if options:
            lines.append(("Options", " | ".join(options)))
        lines.append(("Answer", card.answer))
        if card.accepted:
            lines.append(("Also accepted", " | ".join(card.accepted)))
        if card.explanation:
            lines.append(("Explanation", card.explanation))
        sentence = card.evidence.sentence if card.evidence is not None else "(none recorded)"
        lines.append(("Sentence", sentence))
    if row.tags:
        lines.append(("Tags", " ".join(row.tags)))
    if not history:
        lines.append(("History", "no reviews yet"))
    for number, review in enumerate(history):
        lines.append(("History" if number == 0 else "", review_line(review, zone)))
    return lines
