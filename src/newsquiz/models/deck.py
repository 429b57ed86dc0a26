"""A deck: metadata, the article it came from, and its cards with stable ids."""

import re
import unicodedata
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from newsquiz.models.article import Article
from newsquiz.models.cards import Card, card_id_for, is_trusted


def slugify(text: str, max_length: int = 60) -> str:
    """A file- and id-safe slug: lowercase ASCII letters, digits and dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "deck"


DECK_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,79}$"  # also a file name: no dots, no slashes


class Deck(BaseModel):
    """A set of cards studied together; card ids are filled in from content when absent."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=DECK_ID_PATTERN)
    title: str = Field(min_length=1)
    description: str = ""
    source: Article | None = None
    tags: list[str] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    rejected: list[str] = Field(
        default_factory=list, description="ids of generated cards an author rejected"
    )
    linked_cards: list[str] = Field(
        default_factory=list,
        description="ids of cards in other decks (e.g. glossary terms) studied with this deck",
    )
    replaces: str | None = Field(
        default=None,
        pattern=DECK_ID_PATTERN,
        description="id of the bundled deck this one is an editable copy of (that one is hidden)",
    )

    @model_validator(mode="after")
    def _ids_are_filled_and_unique(self, info: ValidationInfo) -> Self:
        if is_trusted(info):
            return self
        seen: set[str] = set()
        for index, card in enumerate(self.cards):
            if card.id is None:
                card.id = card_id_for(self.id, card)
            if card.id in seen:
                raise ValueError(f"cards[{index}]: duplicate card id {card.id!r}")
            seen.add(card.id)
        return self

    def card_ids(self) -> list[str]:
        return [card.id for card in self.cards if card.id is not None]
