"""The card search syntax: parsed into terms, printed back, matched against cards."""

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.card_query import (
    FIELDS,
    KINDS,
    STATES,
    TEXT,
    CardQuery,
    QueryError,
    Term,
    parse_query,
)
from newsquiz.models import normalize_text


@dataclass(frozen=True)
class FakeCard:
    card_id: str = "retail:abc123"
    deck_id: str = "retail"
    deck_title: str = "Retail week"
    kind: str = "mcq"
    tags: tuple[str, ...] = ("fx", "China")
    text: str = field(default_factory=lambda: normalize_text("Which Xiaomi VP left? Gao Ziguang"))
    state: str = "review"
    suspended: bool = False
    buried: bool = False


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("", []),
        ("gao", [Term(TEXT, "gao")]),
        ("Gao  ZIGUANG", [Term(TEXT, "gao"), Term(TEXT, "ziguang")]),
        ('"rate cut"', [Term(TEXT, "rate cut")]),
        ("deck:Retail", [Term("deck", "retail")]),
        ('deck:"central banks"', [Term("deck", "central banks")]),
        ("is:suspended", [Term("state", "suspended")]),
        ("-state:new", [Term("state", "new", negated=True)]),
        ("kind:tf", [Term("kind", "true_false")]),
        ("tag:fx*", [Term("tag", "fx*")]),
        ("id:retail:ab", [Term("id", "retail:ab")]),
        ('"kind:mcq"', [Term(TEXT, "kind:mcq")]),
        ("note:this", [Term(TEXT, "note:this")]),
        ("-", [Term(TEXT, "-")]),
        ("-gao", [Term(TEXT, "gao", negated=True)]),
        ('say "a \\" b"', [Term(TEXT, "say"), Term(TEXT, 'a " b')]),
    ],
    ids=lambda value: repr(value) if isinstance(value, str) else "",
)
def test_parse(text: str, terms: list[Term]) -> None:
    assert parse_query(text).terms == tuple(terms)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("state:bogus", "state:bogus: unknown state (one of new, learning"),
        ("kind:essay", "kind:essay: unknown kind (one of mcq"),
        ("deck:", "deck: needs a value"),
        ('tag:""', "tag: needs a value"),
        ('gao "unclosed', "unclosed quote"),
    ],
)
def test_mistakes_are_named(text: str, message: str) -> None:
    with pytest.raises(QueryError, match="^search: ") as raised:
        parse_query(text)
    assert message in str(raised.value) and "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("", True),
        ("xiaomi gao", True),
        ("xiaomi nobody", False),
        ("GAO ZIGUANG", True),
        ('"ziguang gao"', False),
        ("deck:retail", True),
        ("deck:week", True),
        ("deck:ret*", True),
        ("deck:week*", False),
        ("deck:banks", False),
        ("tag:china", True),
        ("tag:f*", True),
        ("tag:chin", False),
        ("kind:mcq state:review", True),
        ("-kind:mcq", False),
        ("state:new", False),
        ("state:suspended", False),
        ("-state:buried", True),
        ("id:retail:abc", True),
        ("id:abc", False),
    ],
)
def test_matching(text: str, matches: bool) -> None:
    assert parse_query(text).predicate()(FakeCard()) is matches


def test_hidden_states_are_flags_beside_the_schedule_state() -> None:
    card = FakeCard(suspended=True, buried=True)
    assert parse_query("state:suspended state:buried state:review").predicate()(card)


def test_filter_keeps_order() -> None:
    cards = [
        FakeCard(card_id=f"d:{n}", kind=kind) for n, kind in enumerate("mcq cloze mcq".split())
    ]
    assert [c.card_id for c in parse_query("kind:mcq").filter(cards)] == ["d:0", "d:2"]
    assert CardQuery().filter(cards) == cards


query_text = st.lists(
    st.sampled_from([*'ab Z:-"\\*é\t', "state:new", "kind:", *(f"{f}:" for f in (*FIELDS, "is"))]),
    max_size=12,
).map("".join)


@settings(max_examples=300)
@given(query_text)
def test_any_text_parses_or_fails_with_a_query_error(text: str) -> None:
    try:
        query = parse_query(text)
    except QueryError as exc:
        assert str(exc).startswith("search: ") and "\n" not in str(exc)
    else:
        assert all(term.value for term in query.terms)


values = st.text(min_size=1, max_size=12).map(normalize_text).filter(bool)
terms = st.one_of(
    st.builds(Term, st.just(TEXT), values, st.booleans()),
    st.builds(Term, st.sampled_from(["deck", "tag", "id"]), values, st.booleans()),
    st.builds(Term, st.just("state"), st.sampled_from(STATES), st.booleans()),
    st.builds(Term, st.just("kind"), st.sampled_from(KINDS), st.booleans()),
)


@settings(max_examples=300)
@given(st.lists(terms, max_size=5))
def test_a_query_prints_as_text_that_parses_back_to_it(listed: list[Term]) -> None:
    query = CardQuery(tuple(listed))
    assert parse_query(str(query)) == query


@settings(max_examples=200)
@given(query_text)
def test_printing_a_parsed_query_is_stable(text: str) -> None:
    try:
        query = parse_query(text)
    except QueryError:
        return
    assert parse_query(str(query)) == query


@settings(max_examples=200)
@given(st.text(min_size=1, max_size=40), st.data())
def test_any_piece_of_a_cards_text_finds_it(words: str, data: st.DataObject) -> None:
    text = normalize_text(words)
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    piece = text[start : data.draw(st.integers(start + 1, len(text)))]
    query = CardQuery((Term(TEXT, piece),))
    assert query.predicate()(FakeCard(text=text))
    assert not CardQuery((Term(TEXT, piece, negated=True),)).predicate()(FakeCard(text=text))
