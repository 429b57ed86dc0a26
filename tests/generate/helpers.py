"""Shared test helpers: paths, the corpus location, and a card-check assertion."""

from pathlib import Path

from newsquiz.generate.checks import AnyCard, failed_checks
from newsquiz.generate.frames import Fact, sentence_facts
from newsquiz.generate.prepare import prepare
from newsquiz.generate.sentence_text import without_tickers
from newsquiz.models import Article

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "xiaomi-gao-ziguang-departure.txt"
CORPUS = REPO / ".." / "shared" / "corpus" / "bbc-business"


def assert_cards_pass(cards: list[AnyCard]) -> None:
    """Every card passes every automatic check (the message names the card and checks)."""
    problems = [(card.prompt, failed_checks(card)) for card in cards if failed_checks(card)]
    assert not problems, problems


def assert_sound_deck(cards: list[AnyCard], text: str, at_least: int) -> None:
    """Enough cards, each passing the checks with its evidence span inside `text` (shown
    without newswire ticker marks)."""
    assert len(cards) >= at_least
    assert_cards_pass(cards)
    for card in cards:
        assert card.evidence is not None and card.fact_key
        ev = card.evidence
        assert ev.start is not None and without_tickers(text[ev.start : ev.end]) == ev.sentence


def article(text: str, title: str = "Test story") -> Article:
    return Article(title=title, text=text)


def facts_of(text: str, title: str) -> list[Fact]:
    """Every candidate fact of an article's self-contained sentences."""
    prepared = prepare(Article(title=title, text=text))
    assert prepared is not None
    return [f for r in prepared.resolved for f in sentence_facts(r, prepared.index, 0, "")]
