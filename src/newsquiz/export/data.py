"""What an export sees: the chosen decks, their card progress and reviews, settings and a clock."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from newsquiz.errors import NewsquizError
from newsquiz.models import CardProgress, Deck, Review, Settings

Tick = Callable[[], None]
"""Called once per exported item (card or review), so a command can show a progress bar."""


def no_tick() -> None:
    """The default tick: no progress shown."""


@dataclass(frozen=True)
class ExportData:
    """Everything one export writes; `now` is the export's clock (retrievability, timestamps)."""

    decks: list[Deck]
    progress: dict[str, CardProgress]
    reviews: list[Review]
    settings: Settings
    now: datetime
    whole_collection: bool = True

    def card_count(self) -> int:
        return sum(len(deck.cards) for deck in self.decks)


def select_export_data(
    decks: Sequence[Deck],
    progress: Mapping[str, CardProgress],
    reviews: Sequence[Review],
    settings: Settings,
    now: datetime,
    *,
    deck_ids: Sequence[str] = (),
    since: datetime | None = None,
) -> ExportData:
    """The data an export covers: the named decks (all when none are named) and reviews at or
    after `since`. Raises NewsquizError naming an unknown deck id."""
    known = {deck.id: deck for deck in decks}
    unknown = [deck_id for deck_id in deck_ids if deck_id not in known]
    if unknown:
        choices = ", ".join(sorted(known)) or "none loaded"
        raise NewsquizError(f"--deck {unknown[0]}: no such deck (known: {choices})")
    if deck_ids:
        wanted = set(deck_ids)
        chosen = [deck for deck in decks if deck.id in wanted]
        chosen_progress = {k: p for k, p in progress.items() if p.deck_id in wanted}
        chosen_reviews = [r for r in reviews if r.deck_id in wanted]
    else:
        chosen, chosen_progress, chosen_reviews = list(decks), dict(progress), list(reviews)
    if since is not None:
        chosen_reviews = [r for r in chosen_reviews if r.time >= since]
    return ExportData(
        decks=sorted(chosen, key=lambda deck: deck.id),
        progress=chosen_progress,
        reviews=sorted(chosen_reviews, key=lambda r: (r.seq, r.time)),
        settings=settings,
        now=now,
        whole_collection=not deck_ids and since is None,
    )
