"""Hostile articles take linear time (issue #12, item 3), and the rewrites that made them
linear find exactly what the regexes they replace found, so normal articles give the same
decks. The timings themselves are measured by `bench/linear.py`, never asserted here."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsquiz.errors import ArticleError
from newsquiz.generate import aliases, generate_deck, key_terms
from newsquiz.generate.aliases import _WordIndex
from newsquiz.generate.entities import MAX_NAME_WORDS, extract_entities
from newsquiz.generate.reader import _DASH, _NUMBER_DASH, parse_article_text
from newsquiz.generate.segment import _ABBREVIATIONS, _BOUNDARY, Sentence, _add, split_sentences
from newsquiz.generate.textutil import capitalized_before, word_positions
from newsquiz.models import Article

from .helpers import assert_cards_pass

# The patterns as they were before: the reference the linear versions must agree with.
OLD_DASH = re.compile(r"\s*[\u2012\u2013\u2014\u2015]\s*")
OLD_NUMBER_DASH = re.compile(r"(?<=\d)\s*[\u2012\u2013]\s*(?=\d)")
OLD_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")
OLD_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w&.'-]* $")


def old_split_sentences(text: str) -> list[Sentence]:
    def is_abbreviation(before: str) -> bool:
        match = re.search(r"(\S+)$", before)
        if not match:
            return False
        token = match.group(1).lstrip("(\"'").rstrip(".").lower()
        if token in _ABBREVIATIONS:
            return True
        return (
            len(token) == 1 and token.isalpha() or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))
        )

    sentences: list[Sentence] = []
    offset = 0
    for paragraph, block in enumerate(text.split("\n\n")):
        start = 0
        for match in OLD_BOUNDARY.finditer(block):
            if block[match.start()] == "." and is_abbreviation(block[start : match.start()]):
                continue
            _add(sentences, block, start, match.end(), offset, paragraph)
            start = match.end()
        _add(sentences, block, start, len(block), offset, paragraph)
        offset += len(block) + 2
    return sentences


def soup(alphabet: list[str], max_size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(alphabet), max_size=max_size).map("".join)


SENTENCE_PARTS = ["a", "A", "1", ".", "!", "?", '"', "'", ")", "(", " ", "\n", "\u3000"]
SENTENCE_PARTS += ["\x85", "\u2013", "\u2014", "Mr", "U.S", "e.g", "x.", "\n\n"]
NAME_PARTS = ["a", "A", "Z", "\u00e9", "\u00c9", "1", ".", "'", "-", "&", " ", "\n", "_", ","]
WORD_PARTS = ["a", "b", "A", "\u00e9", "1", "_", "'", "-", " ", ".", "O'", "ab"]
SAME = settings(max_examples=400, deadline=None)


@SAME
@given(soup(SENTENCE_PARTS))
def test_sentences_and_dashes_are_split_as_before(text: str) -> None:
    assert split_sentences(text) == old_split_sentences(text)
    assert _DASH.sub(" - ", text) == OLD_DASH.sub(" - ", text)
    assert _NUMBER_DASH.sub("-", text) == OLD_NUMBER_DASH.sub("-", text)


@SAME
@given(soup(NAME_PARTS), st.integers(min_value=0, max_value=16))
def test_capitalized_word_before_is_found_as_before(text: str, end: int) -> None:
    end = min(end, len(text))
    assert capitalized_before(text, end) == bool(OLD_CAPITALIZED_BEFORE.search(text, 0, end))


@SAME
@given(soup(WORD_PARTS), soup(WORD_PARTS, max_size=4))
def test_word_index_finds_what_word_positions_finds(text: str, needle: str) -> None:
    assert _WordIndex(text).positions(needle) == word_positions(text, needle)


def test_no_match_starts_inside_a_run_so_each_run_is_scanned_once() -> None:
    spaces = "x" + " " * 50 + "\u2014y"
    assert [m.start() for m in _DASH.finditer(spaces)] == [1]
    assert all(_DASH.match(spaces, at) is None for at in range(2, 51))
    dots = "Up" + "." * 50 + " Down"
    assert all(_BOUNDARY.match(dots, at) is None for at in range(3, 52))


def test_a_mention_is_looked_for_up_to_a_bounded_number_of_words() -> None:
    words = " ".join(["Acme"] * 500)
    index = extract_entities(split_sentences(f"The ZZZ {words} said so."), "Acme")
    assert max(len(name.split()) for name in index.alias_map) > MAX_NAME_WORDS
    assert index._longest == MAX_NAME_WORDS


def test_names_are_looked_up_in_an_index_not_by_a_scan_of_the_text_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans: list[str] = []

    def scan(text: str, needle: str) -> list[int]:
        scans.append(needle)
        return word_positions(text, needle)

    monkeypatch.setattr(aliases, "word_positions", scan)
    families = [f"{a}{b}x" for a in "BDFGKLMNPR" for b in "aeiou"]  # "Bax", "Bex"...
    story = "Shares in Acme{family}Corp rose. John {family} told us. Mr {family} left."
    text = " ".join(story.format(family=family) for family in families)
    index = extract_entities(split_sentences(text), "Firm profits rise")
    assert scans == []
    kinds = [entity.kind for entity in index.entities.values()]
    assert kinds.count("person") == kinds.count("org") == len(families)


class _CountingPattern:
    """A compiled pattern that adds up how many characters each search is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searched = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        self.searched += max(0, end - pos)
        return self.pattern.search(text, pos, end)


def test_key_terms_look_only_just_before_each_word(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    counting = _CountingPattern(key_terms._NOUN_BEFORE)
    monkeypatch.setattr(key_terms, "_NOUN_BEFORE", counting)
    text = "the roof of the barn is a wall " * 200
    key_terms.key_terms([text])
    assert counting.searched <= 10 * len(text)


HOSTILE = [
    "Profits rose" + " " * 3000 + "by 5%.",
    "Profits rose" + "." * 3000 + "x",
    "Mr. A. U.S. " * 300,
    "Acme " * 600 + "said.",
    "The " * 600 + "Acme said.",
    "John Smith said Mary Jones told Wang Li. " * 80,
    "Acme Bank (AB) rose. " * 150,
    "the roof of the barn is a wall " * 100,
]


def test_hostile_articles_of_every_class_give_checked_cards() -> None:
    for text in HOSTILE:
        deck = generate_deck(parse_article_text("Firm profits rise\n\n" + text))
        assert_cards_pass(deck.cards)
    html = "<div>" * 500 + "Profits rose 5%." + "</div>" * 500 + "</i>" * 300
    with pytest.raises(ArticleError, match="no article text"):  # trafilatura gives up on it
        parse_article_text(html, "html")
    markdown = "# Profits" + " " * 2000 + "rise ##\n\n" + "[](" * 500 + "`a " * 500
    assert parse_article_text(markdown, "markdown").title == "Profits rise"


def test_a_person_merged_into_a_company_does_not_break_alias_merging() -> None:
    text = "CEO Acme Bank Xiaomi ( Xiaomi CEO Acme Bank & Xiaomi"  # found by fuzzing: KeyError
    assert_cards_pass(generate_deck(parse_article_text(f"Firm profits rise\n\n{text}")).cards)


HOSTILE_PARTS = ["Mr.", "A.", "U.S.", "John", "Smith", "said", "the", "roof", "$5bn", "52%"]
HOSTILE_PARTS += ["(AB)", "Acme Bank", "of", "and", "\u2014", "...", "\n\n", "2004", "<b>"]
HOSTILE_PARTS += ["**", "[x](", "Inc.", "chief executive", '"', "'s", "   ", "\u3000", "#"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(HOSTILE_PARTS), max_size=150),
    st.sampled_from(["text", "markdown", "html"]),
)
def test_hostile_fragments_never_raise(parts: list[str], kind: str) -> None:
    try:
        article = parse_article_text("Title\n\n" + " ".join(parts), kind)
    except ArticleError:  # a page without article text says so in one line
        assert kind == "html"
        return
    if article.text.strip():
        assert_cards_pass(generate_deck(article).cards)


def test_a_title_of_dots_only_gives_a_deck() -> None:
    """Found by hypothesis: a Markdown article headed "# ..." has a title that is empty once
    its dots are stripped, which once raised instead of giving no headline card."""
    assert_cards_pass(generate_deck(Article(title="...", text="Acme Corp sold 300 stores.")).cards)
