"""The card search syntax the browser and `newsquiz cards` share, parsed into a pure predicate.

Anki-like and small: `deck:x state:suspended kind:mcq tag:y free text`. Terms are ANDed; a
leading `-` negates one; double quotes keep spaces (`deck:"central banks"`, `"rate cut"`) and
make a word plain text (`"kind:mcq"` searches for those characters). A mistake (an unknown
state or kind, a missing value, an unclosed quote) is a QueryError naming it, never a guess.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from newsquiz.errors import NewsquizError
from newsquiz.models import CardKind, normalize_text

STATES = ("new", "learning", "review", "relearning", "suspended", "buried")
KINDS = tuple(kind.value for kind in CardKind)
FIELDS = ("deck", "state", "kind", "tag", "id")
TEXT = "text"
"""The field of a free-text term."""

_FIELD_ALIASES = {"is": "state"}
_KIND_ALIASES = {"tf": "true_false", "truefalse": "true_false", "true-false": "true_false"}


class QueryError(NewsquizError):
    """A search that cannot be read; the message names the term and the problem."""


class Searchable(Protocol):
    """What a search looks at in a card (the catalog's rows provide it)."""

    @property
    def card_id(self) -> str: ...

    @property
    def deck_id(self) -> str: ...

    @property
    def deck_title(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def tags(self) -> Sequence[str]: ...

    @property
    def text(self) -> str:
        """The card's words, normalized (`normalize_text`): prompt, answer, options, sentence."""
        ...

    @property
    def state(self) -> str:
        """new, learning, review or relearning."""
        ...

    @property
    def suspended(self) -> bool: ...

    @property
    def buried(self) -> bool: ...


CardT = TypeVar("CardT", bound=Searchable)


@dataclass(frozen=True)
class Term:
    """One condition: `field` is one of FIELDS or TEXT; values are stored normalized."""

    field: str
    value: str
    negated: bool = False

    def __str__(self) -> str:
        sign = "-" if self.negated else ""
        if self.field == TEXT:
            return sign + _quoted(self.value, plain=True)
        return f"{sign}{self.field}:{_quoted(self.value, plain=False)}"


@dataclass(frozen=True)
class CardQuery:
    """A parsed search; the empty query matches every card."""

    terms: tuple[Term, ...] = ()

    def __str__(self) -> str:
        return " ".join(str(term) for term in self.terms)

    def predicate(self) -> Callable[[Searchable], bool]:
        """A function telling whether a card matches every term (built once per search)."""
        tests = [_term_test(term) for term in self.terms]
        return lambda card: all(test(card) for test in tests)

    def filter(self, cards: Sequence["CardT"]) -> list["CardT"]:
        """The matching cards, in their order."""
        if not self.terms:
            return list(cards)
        test = self.predicate()
        return [card for card in cards if test(card)]


def _quoted(value: str, *, plain: bool) -> str:
    """`value` as the parser reads it back: quoted when it holds a space, a quote or a colon
    that would make it a field, a leading `-`, or nothing at all."""
    needs = (
        not value
        or any(c.isspace() or c in '"\\' for c in value)
        or value.startswith("-")
        or (plain and ":" in value)
    )
    if not needs:
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _tokens(text: str) -> list[tuple[str, str, bool]]:
    """Each token as (unquoted prefix up to its first colon or quote, the rest unquoted,
    whether the prefix ends at an unquoted colon)."""
    tokens: list[tuple[str, str, bool]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        prefix: list[str] = []
        rest: list[str] = []
        in_prefix, field = True, False
        while i < n and not text[i].isspace():
            char = text[i]
            if char == '"':
                in_prefix = False
                i += 1
                while True:
                    if i >= n:
                        raise QueryError(f"search: unclosed quote in {text.strip()!r}")
                    char = text[i]
                    if char == "\\" and i + 1 < n:
                        rest.append(text[i + 1])
                        i += 2
                        continue
                    i += 1
                    if char == '"':
                        break
                    rest.append(char)
                continue
            if in_prefix and char == ":":
                in_prefix, field = False, True
            elif in_prefix:
                prefix.append(char)
            else:
                rest.append(char)
            i += 1
        tokens.append(("".join(prefix), "".join(rest), field))
    return tokens


def parse_query(text: str) -> CardQuery:
    """Read a search. Raises QueryError for an unknown state or kind, a field without a
    value, or an unclosed quote."""
    terms: list[Term] = []
    for prefix, rest, has_colon in _tokens(text):
        negated = prefix.startswith("-") and (len(prefix) > 1 or bool(rest) or has_colon)
        name = prefix[1:] if negated else prefix
        field = _FIELD_ALIASES.get(name.casefold(), name.casefold())
        if has_colon and field in FIELDS:
            terms.append(Term(field, _field_value(field, rest, name), negated))
            continue
        plain = f"{name}:{rest}" if has_colon else name + rest
        value = normalize_text(plain)
        if value:
            terms.append(Term(TEXT, value, negated))
    return CardQuery(tuple(terms))


def _field_value(field: str, raw: str, written: str) -> str:
    value = normalize_text(raw)
    if not value:
        raise QueryError(f"search: {written}: needs a value ({written}:...)")
    if field == "state" and value not in STATES:
        raise QueryError(f"search: {written}:{raw}: unknown state (one of {', '.join(STATES)})")
    if field == "kind":
        value = _KIND_ALIASES.get(value, value)
        if value not in KINDS:
            raise QueryError(f"search: {written}:{raw}: unknown kind (one of {', '.join(KINDS)})")
    return value


def _pattern(value: str) -> Callable[[str], bool]:
    """A value with `*` is a wildcard pattern over the whole name; otherwise an exact name."""
    if "*" not in value:
        return lambda name: normalize_text(name) == value
    regex = re.compile(".*".join(re.escape(part) for part in value.split("*")), re.DOTALL)
    return lambda name: regex.fullmatch(normalize_text(name)) is not None


def _deck_test(value: str) -> Callable[[Searchable], bool]:
    """deck:x: the deck's id or title contains x (or matches it, with `*`); decided once per
    deck, as a collection has few decks and many cards."""
    whole = _pattern(value) if "*" in value else None
    decided: dict[str, bool] = {}

    def test(card: Searchable) -> bool:
        found = decided.get(card.deck_id)
        if found is None:
            names = (card.deck_id, card.deck_title)
            if whole is not None:
                found = any(whole(name) for name in names)
            else:
                found = any(value in normalize_text(name) for name in names)
            decided[card.deck_id] = found
        return found

    return test


def _term_test(term: Term) -> Callable[[Searchable], bool]:
    test: Callable[[Searchable], bool]
    value = term.value
    if term.field == TEXT:
        test = lambda card: value in card.text  # noqa: E731
    elif term.field == "deck":
        test = _deck_test(value)
    elif term.field == "tag":
        named = _pattern(value)
        test = lambda card: any(named(tag) for tag in card.tags)  # noqa: E731
    elif term.field == "kind":
        test = lambda card: card.kind == value  # noqa: E731
    elif term.field == "id":
        test = lambda card: card.card_id.casefold().startswith(value)  # noqa: E731
    elif value == "suspended":
        test = lambda card: card.suspended  # noqa: E731
    elif value == "buried":
        test = lambda card: card.buried  # noqa: E731
    else:
        test = lambda card: card.state == value  # noqa: E731
    if term.negated:
        return lambda card: not test(card)
    return test
