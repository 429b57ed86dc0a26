"""Today's queue: limits, learning steps, siblings, suspend/bury, new cards among reviews."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from newsquiz.models import Card, CardProgress, CardRef, DeckIndex, DeckLimits, Review

LEARN_AHEAD = timedelta(minutes=20)
"""Learning cards due within this window may be shown early when nothing else is left."""


class StudyCards:
    """The cards a queue is built from: ids in deck order, each card's deck and fact key.

    Built from deck indexes' card columns (the queue never needs a card's text) with plain
    dicts and lists, so a 50,000-card collection costs a few milliseconds.
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.deck_of: dict[str, str] = {}
        self.fact_of: dict[str, str | None] = {}

    @classmethod
    def of_indexes(cls, decks: Iterable[DeckIndex]) -> "StudyCards":
        cards = cls()
        for deck in decks:
            cards.add(deck.id, deck.columns.ids, deck.columns.fact_keys)
        return cards

    @classmethod
    def of(cls, decks: Iterable[tuple[str, Iterable[Card]]]) -> "StudyCards":
        """From cards in memory (tests, small collections)."""
        cards = cls()
        for deck_id, deck_cards in decks:
            listed = list(deck_cards)
            cards.add(deck_id, [c.id or "" for c in listed], [c.fact_key for c in listed])
        return cards

    def add(self, deck_id: str, ids: Sequence[str], fact_keys: Sequence[str | None]) -> None:
        """Add a deck's cards (a card id already present keeps its first deck)."""
        fresh = dict(zip(ids, fact_keys, strict=True))
        if not self.deck_of.keys().isdisjoint(fresh):
            fresh = {key: fact for key, fact in fresh.items() if key not in self.deck_of}
        self.ids.extend(fresh)
        self.fact_of.update(fresh)
        self.deck_of.update(dict.fromkeys(fresh, deck_id))

    def add_refs(self, deck_id: str, refs: Iterable[CardRef]) -> None:
        listed = list(refs)
        self.add(deck_id, [ref.id for ref in listed], [ref.fact_key for ref in listed])

    def __contains__(self, card_id: object) -> bool:
        return card_id in self.deck_of

    def sibling_key(self, card_id: str) -> str:
        """Cards of one deck sharing this key test one fact."""
        return f"{self.deck_of[card_id]}/{self.fact_of[card_id] or card_id}"


@dataclass
class TodayQueue:
    """Card ids to study today; `main` mixes new cards evenly among due reviews."""

    learning: list[str] = field(default_factory=list)
    main: list[str] = field(default_factory=list)
    new_count: int = 0
    review_count: int = 0
    new_done: int = 0
    reviews_done: int = 0
    new_held: str | None = None
    """Why new cards that could be studied were left out: "daily" (the global limit), a deck
    id (that deck's own limit), or None."""
    reviews_held: str | None = None
    """The same for due reviews."""

    @property
    def learning_count(self) -> int:
        return len(self.learning)

    def remaining(self) -> int:
        return len(self.learning) + len(self.main)


def _interleave(reviews: list[str], new: list[str]) -> list[str]:
    if not new or not reviews:
        return reviews + new
    mixed: list[str] = []
    step = (len(reviews) + len(new)) / len(new)
    slots = {int(i * step + step / 2) for i in range(len(new))}
    review_iter, new_iter = iter(reviews), iter(new)
    for position in range(len(reviews) + len(new)):
        source = new_iter if position in slots else review_iter
        item = next(source, None)
        if item is None:
            item = next(new_iter if source is review_iter else review_iter)
        mixed.append(item)
    return mixed


class _Rooms:
    """How many more cards today's limits let in: the global one and each deck's own."""

    def __init__(self, total: int, per_deck: dict[str, int]) -> None:
        self.total = total
        self.per_deck = per_deck
        self.held: str | None = None

    def take(self, deck_id: str) -> bool:
        """Let one card of `deck_id` in, or note which limit keeps it out."""
        if self.total <= 0:
            self.held = "daily"
            return False
        room = self.per_deck.get(deck_id)
        if room is not None:
            if room <= 0:
                self.held = self.held or deck_id
                return False
            self.per_deck[deck_id] = room - 1
        self.total -= 1
        return True


def _rooms(
    limit: int,
    done: int,
    deck_limits: Mapping[str, int | None],
    done_by_deck: Mapping[str, int],
) -> _Rooms:
    per_deck = {
        deck_id: max(0, own - done_by_deck.get(deck_id, 0))
        for deck_id, own in deck_limits.items()
        if own is not None
    }
    return _Rooms(max(0, limit - done), per_deck)


def build_queue(
    cards: StudyCards,
    progress: Mapping[str, CardProgress],
    today_reviews: Iterable[Review],
    *,
    now: datetime,
    day_start: datetime,
    day_end: datetime,
    new_per_day: int,
    reviews_per_day: int,
    deck_limits: Mapping[str, DeckLimits] | None = None,
) -> TodayQueue:
    """Decide what is studied today.

    Learning and relearning cards due today are always shown (they are same-day steps);
    reviews due before the day ends come next, up to the review limits, most overdue first;
    new cards up to the new limits, in deck order. The limits are the global ones and each
    deck's own (`deck_limits`), less what today's reviews (in any deck) used. Of the cards
    testing one fact, at most one is shown per day, and none when a sibling was already
    reviewed today. The queue notes which limit held cards back.
    """
    queue = TodayQueue()
    seen_keys: set[str] = set()
    new_by_deck: dict[str, int] = {}
    reviews_by_deck: dict[str, int] = {}
    for review in today_reviews:
        if review.undone or review.time < day_start:
            continue
        seen_keys.add(f"{review.deck_id}/{review.after.fact_key or review.card_id}")
        if review.before is None or review.before.reps == 0:
            queue.new_done += 1
            new_by_deck[review.deck_id] = new_by_deck.get(review.deck_id, 0) + 1
        elif review.before.state == "review":
            queue.reviews_done += 1
            reviews_by_deck[review.deck_id] = reviews_by_deck.get(review.deck_id, 0) + 1

    # A store's progress map may index due dates (ProgressMap.ids_due_before): then reviewed
    # cards that are not due today are never looked at.
    index = getattr(progress, "ids_due_before", None)
    if callable(index):
        due_today: frozenset[str] = index(day_end)
        candidates = [card_id for card_id in cards.ids if card_id in due_today]
    else:
        candidates = [card_id for card_id in cards.ids if card_id in progress]
    learning: list[tuple[datetime, str]] = []
    due_reviews: list[tuple[datetime, str, str]] = []
    unstudied: set[str] = set()
    for card_id in candidates:
        state = progress[card_id]
        if state.reps == 0:
            if not state.suspended and not _buried(state, now):
                unstudied.add(card_id)
            continue
        if state.due >= day_end or state.suspended or _buried(state, now):
            continue
        key = cards.sibling_key(card_id)
        if state.state == "review":
            due_reviews.append((state.due, card_id, key))
        else:
            learning.append((state.due, card_id))
            seen_keys.add(key)

    limits = deck_limits or {}
    queue.learning = [card_id for _, card_id in sorted(learning)]
    reviews: list[str] = []
    review_rooms = _rooms(
        reviews_per_day,
        queue.reviews_done,
        {deck_id: own.reviews_per_day for deck_id, own in limits.items()},
        reviews_by_deck,
    )
    for _, card_id, key in sorted(due_reviews):
        if key in seen_keys:
            continue
        if not review_rooms.take(cards.deck_of[card_id]):
            if review_rooms.held == "daily":
                break
            continue
        seen_keys.add(key)
        reviews.append(card_id)
    new: list[str] = []
    new_rooms = _rooms(
        new_per_day,
        queue.new_done,
        {deck_id: own.new_per_day for deck_id, own in limits.items()},
        new_by_deck,
    )
    for card_id in cards.ids:
        if card_id in progress and card_id not in unstudied:
            continue
        key = cards.sibling_key(card_id)
        if key in seen_keys:
            continue
        if not new_rooms.take(cards.deck_of[card_id]):
            if new_rooms.held == "daily":
                break
            continue
        seen_keys.add(key)
        new.append(card_id)
    queue.main = _interleave(reviews, new)
    queue.new_count, queue.review_count = len(new), len(reviews)
    queue.new_held, queue.reviews_held = new_rooms.held, review_rooms.held
    return queue


def _buried(state: CardProgress, now: datetime) -> bool:
    return state.buried_until is not None and state.buried_until > now
