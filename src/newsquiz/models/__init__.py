"""Domain models: pydantic only, no I/O, nothing from the UI or storage layers."""

from newsquiz.models.article import Article
from newsquiz.models.cards import (
    BLANK,
    Card,
    CardKind,
    ClozeCard,
    Evidence,
    FactType,
    McqCard,
    NumericCard,
    RecallCard,
    TrueFalseCard,
    card_id_for,
    normalize_text,
)
from newsquiz.models.deck import Deck, slugify
from newsquiz.models.deck_index import CardRef, DeckIndex, as_index
from newsquiz.models.progress import (
    CardProgress,
    DeckLimits,
    ExtraNew,
    Review,
    Settings,
    settings_from_stored,
)

__all__ = [
    "BLANK",
    "Article",
    "Card",
    "CardRef",
    "CardKind",
    "CardProgress",
    "ClozeCard",
    "Deck",
    "DeckIndex",
    "DeckLimits",
    "ExtraNew",
    "Evidence",
    "FactType",
    "McqCard",
    "NumericCard",
    "RecallCard",
    "Review",
    "Settings",
    "settings_from_stored",
    "TrueFalseCard",
    "as_index",
    "card_id_for",
    "normalize_text",
    "slugify",
]
