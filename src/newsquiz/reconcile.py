"""Edits keep progress: a reworded card inherits the history of the version it replaced."""

from collections import defaultdict
from collections.abc import Iterable

from newsquiz.models import CardProgress, Deck, DeckIndex, as_index
from newsquiz.store.base import ProgressStore


def reconcile_decks(
    store: ProgressStore, decks: Iterable[Deck | DeckIndex]
) -> list[tuple[str, str]]:
    """Link progress left on card ids a deck no longer has to the edited cards that replaced them.

    A card whose content changed gets a new id. If the deck has exactly one card without progress
    sharing the old card's fact key (and, when several share it, the same kind as the old card
    was last asked in), the store moves the old card's state and history to it. Cards that were
    deleted keep their reviews (exports show them) and simply leave study. Returns the links made.
    """
    indexes = [as_index(deck) for deck in decks]
    progress = store.all_progress()
    known: set[str] = set().union(*(deck.card_ids() for deck in indexes))
    # Only the progress of ids no deck has can be orphaned; the rest is never looked at (a big
    # collection's progress stays unparsed).
    orphaned: dict[str, list[CardProgress]] = defaultdict(list)
    for card_id in [card_id for card_id in progress if card_id not in known]:
        state = progress[card_id]
        if state.fact_key:
            orphaned[state.deck_id].append(state)
    if not orphaned:
        return []
    last_kind = {review.card_id: review.kind for review in store.reviews()}
    links: list[tuple[str, str]] = []
    for deck in indexes:
        orphans = orphaned.get(deck.id)
        if not orphans:
            continue
        fresh: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for ref in deck.refs():
            if ref.id not in progress and ref.fact_key:
                fresh[ref.fact_key].append((ref.id, ref.kind))
        for orphan in orphans:
            fact_key = orphan.fact_key or ""
            candidates = fresh.get(fact_key, [])
            if len(candidates) > 1:
                kind = last_kind.get(orphan.card_id)
                candidates = [c for c in candidates if c[1] == kind]
            if len(candidates) != 1:
                continue
            new_id = candidates[0][0]
            store.relink_card(orphan.card_id, new_id)
            fresh[fact_key] = [c for c in fresh[fact_key] if c[0] != new_id]
            links.append((orphan.card_id, new_id))
    return links
