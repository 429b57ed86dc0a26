"""Glossary linking over ../shared/corpus/bbc-business (skipped in a clone without it)."""

import timeit
from pathlib import Path

import pytest

from newsquiz.glossary import find_terms

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "bbc-business"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present"),
]


@pytest.fixture(scope="module")
def articles() -> list[str]:
    return [path.read_text("utf-8") for path in sorted(CORPUS.glob("*.txt"))]


def test_most_articles_link_a_term(articles: list[str]) -> None:
    linked = [len(find_terms(text)) for text in articles]
    assert sum(1 for count in linked if count >= 1) >= 0.8 * len(articles)
    assert sum(linked) / len(linked) >= 2


def test_linking_stays_under_two_ms_per_article(articles: list[str]) -> None:
    find_terms(articles[0])
    best = min(timeit.repeat(lambda: [find_terms(text) for text in articles], number=1, repeat=3))
    assert best / len(articles) < 0.002
