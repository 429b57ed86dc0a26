"""What studying needs of a deck before any card is shown: its header and its cards' ids,
kinds and fact keys.

A 50,000-card collection cannot be turned into card models at start-up within a second, and
today's queue only needs each card's id and fact key. `DeckIndex` carries those columns and
builds a card's model when the card is shown. Sessions, counts and statistics work on indexes;
`as_index` wraps a deck already in memory.
"""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from newsquiz.models.cards import Card
from newsquiz.models.deck import Deck


class CardRef(NamedTuple):
    """A card as the queue sees it, without its text."""

    id: str
    kind: str
    fact_key: str | None


class CardColumns(NamedTuple):
    """A deck's card ids, kinds and fact keys, in deck order: plain lists, cheap to read back
    and to turn into dicts and sets."""

    ids: list[str]
    kinds: list[str]
    fact_keys: list[str | None]

    @classmethod
    def of(cls, deck: Deck) -> "CardColumns":
        cards = deck.cards
        return cls(
            [card.id or "" for card in cards],
            [card.kind for card in cards],
            [card.fact_key for card in cards],
        )


def as_index(deck: "Deck | DeckIndex") -> "DeckIndex":
    return deck if isinstance(deck, DeckIndex) else DeckIndex.of(deck)


class DeckIndex:
    """A deck's header and card columns; `card_at(position)` builds a card's model on first use.

    `path` is the deck file, so a card can be edited where it is written.
    """

    def __init__(
        self,
        header: Deck,
        columns: CardColumns,
        card_at: Callable[[int], Card],
        path: Path | None = None,
    ) -> None:
        self.header = header
        self.columns = columns
        self._card_at = card_at
        self._refs: list[CardRef] | None = None
        self._positions: dict[str, int] | None = None
        self._built: dict[int, Card] = {}
        self.path = path

    @classmethod
    def of(cls, deck: Deck, path: Path | None = None) -> "DeckIndex":
        """The index of a deck already in memory."""
        header = deck.model_copy(update={"cards": []})
        return cls(header, CardColumns.of(deck), deck.cards.__getitem__, path)

    @property
    def id(self) -> str:
        return self.header.id

    @property
    def title(self) -> str:
        return self.header.title

    @property
    def replaces(self) -> str | None:
        return self.header.replaces

    @property
    def linked_cards(self) -> list[str]:
        return self.header.linked_cards

    def card_ids(self) -> list[str]:
        return self.columns.ids

    def refs(self) -> Sequence[CardRef]:
        if self._refs is None:
            self._refs = list(map(CardRef, *self.columns))
        return self._refs

    def __len__(self) -> int:
        return len(self.columns.ids)

    def card(self, card_id: str) -> Card | None:
        if self._positions is None:
            self._positions = {known: n for n, known in enumerate(self.columns.ids)}
        position = self._positions.get(card_id)
        if position is None:
            return None
        built = self._built.get(position)
        if built is None:
            try:
                built = self._card_at(position)
            except LookupError:
                return None
            if built.id != card_id:
                return None  # the deck file changed under us
            self._built[position] = built
        return built

    def deck(self) -> Deck:
        """The whole deck, every card built (for editing and export)."""
        cards = [self.card(card_id) for card_id in self.columns.ids]
        return self.header.model_copy(update={"cards": [c for c in cards if c is not None]})
