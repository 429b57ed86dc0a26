"""Edits keep progress: a reworded card inherits the history of the version it replaced."""

from collections import defaultdict
from collections.abc import Iterable

from newsquiz.models import Deck
from newsquiz.store.base import ProgressStore


def reconcile_decks(store: ProgressStore, decks: Iterable[Deck]) -> list[tuple[str, str]]:
    """Link progress left on card ids a deck no longer has to the edited cards that replaced them.

    A card whose content changed gets a new id. If the deck has exactly one card without progress
    sharing the old card's fact key (and, when several share it, the same kind as the old card
    was last asked in), the store moves the old card's state and history to it. Cards that were
    deleted keep their reviews (exports show them) and simply leave study. Returns the links made.
    """
    progress = store.all_progress()
    last_kind = {review.card_id: review.kind for review in store.reviews()}
    links: list[tuple[str, str]] = []
    for deck in decks:
        ids = {card.id for card in deck.cards}
        orphans = [
            p
            for p in progress.values()
            if p.deck_id == deck.id and p.card_id not in ids and p.fact_key
        ]
        if not orphans:
            continue
        fresh: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for card in deck.cards:
            if card.id not in progress and card.fact_key:
                fresh[card.fact_key].append((card.id or "", card.kind))
        for orphan in orphans:
            candidates = fresh.get(orphan.fact_key, [])
            if len(candidates) > 1:
                kind = last_kind.get(orphan.card_id)
                candidates = [c for c in candidates if c[1] == kind]
            if len(candidates) != 1:
                continue
            new_id = candidates[0][0]
            store.relink_card(orphan.card_id, new_id)
            fresh[orphan.fact_key] = [c for c in fresh[orphan.fact_key] if c[0] != new_id]
            links.append((orphan.card_id, new_id))
    return links
