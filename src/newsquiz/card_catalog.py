"""Every card of the loaded decks with its schedule: searched, shown and acted on by the card
browser and `newsquiz cards`.

The store is injected (the TinyDB store or its in-memory twin) and so is the clock, so both
shells and the tests drive the same code. Building the rows builds each card's model, which
costs about a second for 50,000 cards: the browser does it in a worker.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from newsquiz.card_actions import CardAction, CardTarget, apply_action, is_buried
from newsquiz.card_query import CardQuery, parse_query
from newsquiz.errors import NewsquizError
from newsquiz.models import Card, CardProgress, DeckIndex, Review, normalize_text
from newsquiz.scheduling import next_day_start
from newsquiz.store.base import ProgressStore


@dataclass(frozen=True, slots=True)
class CardRow:
    """One card as the browser lists it and a search sees it."""

    card_id: str
    deck_id: str
    deck_title: str
    kind: str
    prompt: str
    tags: tuple[str, ...]
    fact_key: str
    text: str
    progress: CardProgress | None
    state: str
    suspended: bool
    buried: bool

    @property
    def due(self) -> datetime | None:
        """When the card is next due; None for a new card (it waits for the new-card limit)."""
        return None if self.state == "new" or self.progress is None else self.progress.due

    @property
    def reps(self) -> int:
        return self.progress.reps if self.progress else 0

    @property
    def lapses(self) -> int:
        return self.progress.lapses if self.progress else 0

    @property
    def status(self) -> str:
        """The state column: the schedule state, or suspended / buried when hidden."""
        return "suspended" if self.suspended else "buried" if self.buried else self.state

    @property
    def target(self) -> CardTarget:
        return CardTarget(self.card_id, self.deck_id, self.fact_key)


def card_words(card: Card) -> str:
    """Everything a free-text search looks in, normalized once."""
    parts = [card.prompt, card.answer, *card.accepted, card.explanation]
    parts.extend(getattr(card, "options", ()))
    if card.evidence is not None:
        parts.append(card.evidence.sentence)
    return normalize_text("\n".join(parts))


def with_progress(row: CardRow, progress: CardProgress | None, now: datetime) -> CardRow:
    """The row after its card's progress changed."""
    state = "new" if progress is None or progress.reps == 0 else progress.state
    return replace(
        row,
        progress=progress,
        state=state,
        suspended=progress is not None and progress.suspended,
        buried=is_buried(progress, now),
    )


def card_row(deck: DeckIndex, card: Card, progress: CardProgress | None, now: datetime) -> CardRow:
    row = CardRow(
        card_id=card.id or "",
        deck_id=deck.id,
        deck_title=deck.title,
        kind=card.kind,
        prompt=card.prompt,
        tags=tuple(card.tags),
        fact_key=card.siblings_key(),
        text=card_words(card),
        progress=None,
        state="new",
        suspended=False,
        buried=False,
    )
    return with_progress(row, progress, now) if progress is not None else row


def collect_rows(
    decks: Iterable[DeckIndex], progress: Mapping[str, CardProgress], now: datetime
) -> list[CardRow]:
    """A row per card, in deck order (a card id in two decks is listed once, first deck)."""
    rows: list[CardRow] = []
    seen: set[str] = set()
    for deck in decks:
        for card_id in deck.card_ids():
            card = deck.card(card_id)
            if card is None or card_id in seen:
                continue
            seen.add(card_id)
            rows.append(card_row(deck, card, progress.get(card_id), now))
    return rows


def reviews_by_card(reviews: Iterable[Review]) -> dict[str, list[Review]]:
    grouped: dict[str, list[Review]] = defaultdict(list)
    for review in reviews:
        grouped[review.card_id].append(review)
    return grouped


class UnknownCardError(NewsquizError):
    """A card id that no loaded deck has."""


@dataclass(frozen=True)
class ActionResult:
    """What an action did: the rows it changed (as they are now) and the ones already so."""

    changed: list[CardRow]
    unchanged: list[CardRow]


class CardCatalog:
    """The cards of `decks` with their progress in `store`; actions write through the store.

    `decks` is used in place: an edit that re-reads a deck replaces its index in that list, so
    the app that lent it studies the edited deck too.
    """

    def __init__(
        self,
        store: ProgressStore,
        decks: list[DeckIndex],
        *,
        clock: Callable[[], datetime],
        zone: tzinfo,
    ) -> None:
        self.store = store
        self.decks = decks
        self.clock = clock
        self.zone = zone
        self._rows: list[CardRow] | None = None
        self._position: dict[str, int] = {}
        self._history: dict[str, list[Review]] | None = None

    @property
    def rows(self) -> list[CardRow]:
        """Every card, built on first use."""
        if self._rows is None:
            self._rows = collect_rows(self.decks, self.store.all_progress(), self.clock())
            self._position = {row.card_id: n for n, row in enumerate(self._rows)}
        return self._rows

    def search(self, query: CardQuery | str) -> list[CardRow]:
        """The matching cards in deck order. Raises QueryError for a search it cannot read."""
        parsed = parse_query(query) if isinstance(query, str) else query
        return parsed.filter(self.rows)

    def row(self, card_id: str) -> CardRow | None:
        rows = self.rows
        position = self._position.get(card_id)
        return None if position is None else rows[position]

    def rows_for(self, card_ids: Sequence[str]) -> list[CardRow]:
        """The rows of these ids, in the order given. Raises UnknownCardError naming the first
        id no loaded deck has, before anything is done with the others."""
        found = []
        for card_id in card_ids:
            row = self.row(card_id)
            if row is None:
                raise UnknownCardError(
                    f"{card_id}: no such card in the loaded decks (`newsquiz cards` lists ids)"
                )
            found.append(row)
        return found

    def deck_of(self, row: CardRow) -> DeckIndex | None:
        return next((deck for deck in self.decks if deck.id == row.deck_id), None)

    def card(self, row: CardRow) -> Card | None:
        deck = self.deck_of(row)
        return None if deck is None else deck.card(row.card_id)

    def history(self, card_id: str) -> list[Review]:
        """The card's reviews, oldest first (undone ones left out). Read once, then kept."""
        if self._history is None:
            self._history = reviews_by_card(self.store.reviews())
        return list(self._history.get(card_id, []))

    def day_end(self, now: datetime) -> datetime:
        return next_day_start(now, self.zone, self.store.settings().day_rollover_hour)

    def act(self, action: CardAction, rows: Sequence[CardRow]) -> ActionResult:
        """Apply `action` to each card and write what changed as one journal record (one
        card: `set_progress`; several: `set_progress_many`, all or none). Returns the rows
        as they are now."""
        now = self.clock()
        day_end = self.day_end(now)
        writes: list[CardProgress] = []
        changed: list[CardRow] = []
        unchanged: list[CardRow] = []
        for row in rows:
            current = self.store.progress(row.card_id)
            updated = apply_action(action, current, row.target, now=now, day_end=day_end)
            if updated is None:
                unchanged.append(row)
            else:
                writes.append(updated)
                changed.append(with_progress(row, updated, now))
        if len(writes) == 1:
            self.store.set_progress(writes[0])
        elif writes:
            self.store.set_progress_many(writes)
        return ActionResult([self._replace_row(row) for row in changed], unchanged)

    def _replace_row(self, row: CardRow) -> CardRow:
        position = self._position.get(row.card_id)
        if self._rows is not None and position is not None:
            self._rows[position] = row
        return row

    def replace_deck(self, deck: DeckIndex, old_id: str, new_id: str) -> CardRow | None:
        """Use `deck` (re-read after card `old_id` was edited, now `new_id`) in place of its
        older index; returns the edited card's new row."""
        self.decks[:] = [deck if known.id == deck.id else known for known in self.decks]
        old = self.row(old_id)
        card = deck.card(new_id)
        if old is None or card is None or self._rows is None:
            return None
        now = self.clock()
        row = card_row(deck, card, self.store.progress(new_id), now)
        position = self._position.pop(old_id)
        self._rows[position] = row
        self._position[new_id] = position
        if new_id != old_id:
            self._history = None  # the store reports the old id's reviews under the new one
        return row
