"""Today's plan: the one place New / Learning / Due counts come from.

Home, `newsquiz decks`, a session's header and its summary all build today's queue here, from
the same inputs (the decks, the cards they link to, every review done today, the global and
per-deck limits), so a deck shows the same counts wherever it is shown, and an empty queue can
say why it is empty.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from newsquiz.models import (
    CardProgress,
    CardRef,
    Deck,
    DeckIndex,
    ExtraNew,
    Review,
    Settings,
    as_index,
)
from newsquiz.scheduling import StudyCards, TodayQueue, build_queue, day_start, next_day_start
from newsquiz.store.base import ProgressStore


@dataclass(frozen=True)
class DeckCounts:
    deck_id: str
    title: str
    cards: int
    new: int
    learning: int
    due: int


@dataclass(frozen=True)
class DayOverview:
    """Today at a glance (the home screen): each deck's counts, what was done, what is left."""

    rows: list[DeckCounts]
    done_today: int
    correct_today: int
    next_due: datetime | None
    held: str | None
    """Why cards wait for another day (a daily limit reached), or None."""
    to_go: int


def day_bounds(now: datetime, zone: tzinfo, settings: Settings) -> tuple[datetime, datetime]:
    """UTC start and end of the study day holding `now`."""
    rollover = settings.day_rollover_hour
    return day_start(now, zone, rollover), next_day_start(now, zone, rollover)


class Library:
    """Every loaded deck, for finding the cards a deck links to (glossary terms); the map from
    card id to deck is built on the first look-up, once for all the decks counted."""

    def __init__(self, decks: Iterable[Deck | DeckIndex] = ()) -> None:
        self.decks = [as_index(deck) for deck in decks]
        self._where: dict[str, tuple[int, DeckIndex, CardRef]] | None = None

    def linked(self, wanted: set[str]) -> dict[str, tuple[DeckIndex, list[CardRef]]]:
        """The wanted cards some deck holds, grouped by that deck's id, in library order."""
        if not wanted:
            return {}
        if self._where is None:
            self._where = {}
            for deck in self.decks:
                for ref in deck.refs():
                    self._where.setdefault(ref.id, (len(self._where), deck, ref))
        places = sorted(place for card_id in wanted if (place := self._where.get(card_id)))
        found: dict[str, tuple[DeckIndex, list[CardRef]]] = {}
        for _, deck, ref in places:
            found.setdefault(deck.id, (deck, []))[1].append(ref)
        return found


def study_cards(
    decks: Iterable[DeckIndex], library: Library | None = None
) -> tuple[StudyCards, list[DeckIndex]]:
    """The cards studying `decks` goes through: theirs, then the cards they link to (glossary
    terms) found in `library`. Returns them and the decks they come from."""
    studied = list(decks)
    cards = StudyCards.of_indexes(studied)
    wanted = {link for deck in studied for link in deck.linked_cards if link not in cards}
    sources = {deck.id: deck for deck in studied}
    if wanted and library is not None:
        for deck_id, (deck, refs) in library.linked(wanted).items():
            cards.add_refs(deck_id, refs)
            sources.setdefault(deck_id, deck)
    return cards, list(sources.values())


@dataclass(frozen=True)
class StudyDay:
    """What today's counts are computed from: every card's progress, the reviews done today
    (in any deck), the settings (limits, rollover), the moment and the local zone."""

    progress: Mapping[str, CardProgress]
    reviews: list[Review]
    settings: Settings
    now: datetime
    zone: tzinfo

    @classmethod
    def of_store(cls, store: ProgressStore, now: datetime, zone: tzinfo) -> "StudyDay":
        """The study day holding `now`, read from `store` (its settings, today's reviews)."""
        settings = store.settings()
        start, _ = day_bounds(now, zone, settings)
        return cls(store.all_progress(), store.reviews(since=start), settings, now, zone)

    @property
    def bounds(self) -> tuple[datetime, datetime]:
        return day_bounds(self.now, self.zone, self.settings)

    def plan(self, cards: StudyCards) -> TodayQueue:
        """Today's queue over `cards`: every review done today counts against the limits
        (daily and per deck), whichever deck it was done in."""
        start, end = self.bounds
        settings = self.settings
        extra = self.extra_new()
        deck_limits = settings.deck_limits
        if extra:
            deck_limits = {
                deck_id: own.model_copy(update={"new_per_day": own.new_per_day + extra})
                if own.new_per_day is not None
                else own
                for deck_id, own in deck_limits.items()
            }
        return build_queue(
            cards,
            self.progress,
            self.reviews,
            now=self.now,
            day_start=start,
            day_end=end,
            new_per_day=settings.new_per_day + extra,
            reviews_per_day=settings.reviews_per_day,
            deck_limits=deck_limits,
        )

    @property
    def local_date(self) -> date:
        """The study day's local date (the day it started on, at the rollover hour)."""
        return self.bounds[0].astimezone(self.zone).date()

    def extra_new(self) -> int:
        """New cards added to today's limits by custom study (0 on any other day)."""
        extra = self.settings.extra_new
        return extra.count if extra is not None and extra.day == self.local_date else 0

    def with_extra_new(self, count: int) -> Settings:
        """The settings after custom study adds `count` new cards to today's limits."""
        extra = ExtraNew(day=self.local_date, count=self.extra_new() + count)
        return self.settings.model_copy(update={"extra_new": extra})

    def forgotten(self, cards: StudyCards, reviews: Iterable[Review], days: int) -> list[str]:
        """Cards of `cards` rated Again in `reviews` of the last `days` days, most recently
        missed last (custom study: review forgotten cards)."""
        since = self.now - timedelta(days=days)
        missed = {r.card_id: r.time for r in reviews if r.rating == 1 and r.time >= since}
        return self._studiable(sorted(missed, key=missed.__getitem__), cards)

    def ahead(self, cards: StudyCards, days: int) -> list[str]:
        """Review cards of `cards` due within `days` days after today, soonest first (custom
        study: study ahead)."""
        _, end = self.bounds
        until = end + timedelta(days=days)
        due = [
            (state.due, card_id)
            for card_id in cards.ids
            if (state := self.progress.get(card_id)) is not None
            and state.reps > 0
            and state.state == "review"
            and end <= state.due < until
        ]
        return self._studiable([card_id for _, card_id in sorted(due)], cards)

    def _studiable(self, ids: list[str], cards: StudyCards) -> list[str]:
        """`ids` that belong to `cards` and are neither suspended nor buried now."""
        found = []
        for card_id in ids:
            state = self.progress.get(card_id)
            if card_id not in cards or state is None or state.suspended:
                continue
            if state.buried_until is not None and state.buried_until > self.now:
                continue
            found.append(card_id)
        return found

    def queue(
        self,
        decks: Iterable[Deck | DeckIndex],
        library: "Library | Iterable[Deck | DeckIndex]" = (),
    ) -> TodayQueue:
        """What studying `decks` today would go through (their linked cards included)."""
        found = library if isinstance(library, Library) else Library(library)
        cards, _ = study_cards(map(as_index, decks), found)
        return self.plan(cards)

    def overview(self, decks: Iterable[Deck | DeckIndex]) -> DayOverview:
        """Each deck's counts, today's answers, the next card due, and what studying every
        deck would still go through today (and which limit holds cards back)."""
        library = Library(decks)
        everything = self.queue(library.decks, library)
        card_ids = {card_id for deck in library.decks for card_id in deck.card_ids()}
        dues = [
            state.due
            for card_id, state in self.progress.items()
            if state.reps > 0 and not state.suspended and card_id in card_ids
        ]
        return DayOverview(
            rows=self.deck_counts(library),
            done_today=len(self.reviews),
            correct_today=sum(1 for review in self.reviews if review.correct),
            next_due=min(dues) if dues else None,
            held=empty_reason(everything, self.settings),
            to_go=everything.remaining(),
        )

    def deck_counts(self, decks: "Library | Iterable[Deck | DeckIndex]") -> list[DeckCounts]:
        """New / learning / due per deck: exactly what a session on that deck alone would
        show now (the daily limits already used elsewhere today, and its linked cards,
        included)."""
        library = decks if isinstance(decks, Library) else Library(decks)
        rows = []
        for deck in library.decks:
            queue = self.queue([deck], library)
            rows.append(
                DeckCounts(
                    deck.id,
                    deck.title,
                    len(deck),
                    queue.new_count,
                    queue.learning_count,
                    queue.review_count,
                )
            )
        return rows


def empty_reason(queue: TodayQueue, settings: Settings) -> str | None:
    """Why cards that could be studied today are held back (a limit reached), in one line,
    with where to change it; None when nothing is held back."""
    for held, what, field, option in (
        (queue.new_held, "new cards", "new_per_day", "--new-per-day"),
        (queue.reviews_held, "reviews", "reviews_per_day", "--reviews-per-day"),
    ):
        if held == "daily":
            limit = getattr(settings, field)
            return f"Daily limit of {limit} {what} reached — raise it in settings (o)."
        if held is not None:
            limit = getattr(settings.deck_limits[held], field)
            return (
                f"Deck {held}'s limit of {limit} {what} a day reached — change it with "
                f"`newsquiz settings --deck {held} {option} N`."
            )
    return None
