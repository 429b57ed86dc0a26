"""Tolerant grading of typed answers: numbers, money, percentages, names with small typos.

Pure domain code (no UI, no storage): the study screen calls `grade_answer` and shows its note.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from newsquiz.currencies import typed_symbols, typed_words
from newsquiz.models import Card, CardKind, NumericCard, TrueFalseCard

Token = str | float

_ARTICLES = frozenset({"a", "an", "the"})
_HEDGES = frozenset(
    {"about", "around", "approximately", "approx", "roughly", "nearly", "almost", "circa", "ca"}
)
_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "billions": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
    "trillions": 1e12,
}
_CURRENCY_WORDS = typed_words()
_MONTHS = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}
_NUMBER_WORDS = {
    word: float(index)
    for index, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six"]
        + ["seven", "eight", "nine", "ten", "eleven", "twelve"]
    )
}
_UNIT_TOKENS = frozenset({*_CURRENCY_WORDS.values(), "%"})
"""Tokens a typed answer may leave out when its numbers are right ("10 billion" for yuan)."""

MIN_TYPO_CLOSENESS = 0.8
"""A typo is forgiven only while at least this share of the letters is right."""

_TOKEN_RE = re.compile(
    r"(?:(?<![\w.])[-\u2212])?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)|%|[^\W\d_]+"
)


@dataclass(frozen=True)
class Grade:
    """Whether an answer counts as right, how close it came (0..1), and a note for the user."""

    correct: bool
    closeness: float
    note: str
    self_graded: bool = False
    typo: bool = False
    """Accepted although misspelt: right, but not a perfect recall."""


SELF_GRADED_WORDS = 7
"""Recall answers this long (definitions) are compared by the learner, as in Anki."""


def is_self_graded(card: Card, asked_as: str) -> bool:
    """True for recall cards whose answer is a sentence: no typed match can judge a paraphrase,
    so the learner sees the answer and rates their own recall."""
    return (
        card.kind == "recall"
        and asked_as == CardKind.RECALL
        and len(card.answer.split()) >= SELF_GRADED_WORDS
    )


def self_graded(rating_is_pass: bool) -> Grade:
    return Grade(
        rating_is_pass,
        1.0 if rating_is_pass else 0.0,
        "Compare with the answer and rate your recall: 1 Again, 2 Hard, 3 Good, 4 Easy.",
        self_graded=True,
    )


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").casefold()


def canonical_tokens(text: str) -> list[Token]:
    """Words and numbers of an answer in a comparable form.

    Case, accents, punctuation, articles and hedges ("about") disappear; "1.5bn" becomes the
    number 1.5e9, "$", "US$", "dollars" and "USD" all become "usd", "percent" becomes "%",
    and "Feb" becomes "february".
    """
    text = _fold(text)
    for symbol, code in typed_symbols(text):
        text = text.replace(symbol, f" {code} ")
    text = re.sub(r"\bper\s*cent\b|\bpct\b|\bpercent(?:age)?\b", " % ", text)
    raw = _TOKEN_RE.findall(text)
    tokens: list[Token] = []
    index = 0
    while index < len(raw):
        word = raw[index]
        index += 1
        number: float | None = None
        if word[0] in "0123456789.-\u2212":
            number = float(word.replace(",", "").replace("\u2212", "-"))
        elif word in _NUMBER_WORDS:
            number = _NUMBER_WORDS[word]
        if number is not None:
            if index < len(raw) and raw[index] in _SCALES:
                number *= _SCALES[raw[index]]
                index += 1
            tokens.append(number)
            continue
        if word in _ARTICLES or word in _HEDGES:
            continue
        if word == "us" and index < len(raw) and _CURRENCY_WORDS.get(raw[index]) == "usd":
            continue
        if word in _CURRENCY_WORDS:
            word = _CURRENCY_WORDS[word]
        word = _MONTHS.get(word, word)
        tokens.append(word)
    return _merge_unit_spellings(tokens)


def _merge_unit_spellings(tokens: list[Token]) -> list[Token]:
    """Put each currency code after its amount, so "usd 1.5e9" equals "1.5e9 usd"."""
    result: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if isinstance(token, str) and token in _UNIT_TOKENS and isinstance(following, float):
            result.append(following)
            result.append(token)
            index += 2
            if index < len(tokens) and tokens[index] == token:
                index += 1  # "$1.5 billion dollars"
            continue
        result.append(token)
        index += 1
    return result


def levenshtein(a: str, b: str) -> int:
    """Edit distance: insertions, deletions and substitutions each cost one."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        previous = current
    return previous[-1]


def typo_allowance(length: int) -> int:
    """Edits forgiven in a word part of `length` letters: none for short words, more for long."""
    if length <= 3:
        return 0
    if length <= 6:
        return 1
    if length <= 11:
        return 2
    return 3


def _numbers(tokens: Iterable[Token]) -> list[float]:
    return [t for t in tokens if isinstance(t, float)]


def _words(tokens: Iterable[Token]) -> list[str]:
    return [t for t in tokens if isinstance(t, str)]


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance + 1e-9 * max(abs(a), abs(b), 1.0)


@dataclass(frozen=True)
class _Match:
    correct: bool
    closeness: float
    typo: bool = False
    unit_left_out: bool = False


def _match_text(given: list[Token], expected: list[Token], tolerance: float) -> _Match:
    given_numbers, expected_numbers = _numbers(given), _numbers(expected)
    numbers_ok = len(given_numbers) == len(expected_numbers) and all(
        _close(g, e, tolerance) for g, e in zip(given_numbers, expected_numbers, strict=True)
    )
    given_words, expected_words = _words(given), _words(expected)
    unit_left_out = False
    if numbers_ok and expected_numbers and given_words != expected_words:
        bare = [w for w in expected_words if w not in _UNIT_TOKENS]
        if given_words == bare:
            expected_words, unit_left_out = bare, True
    left, right = "".join(given_words), "".join(expected_words)
    longest = max(len(left), len(right))
    distance = levenshtein(left, right) if longest else 0
    word_closeness = 1.0 - distance / longest if longest else 1.0
    if expected_numbers and not numbers_ok:
        number_closeness = 0.0
        if given_numbers and len(given_numbers) == len(expected_numbers):
            spread = max(abs(given_numbers[0]), abs(expected_numbers[0]), 1e-9)
            number_closeness = max(0.0, 1.0 - abs(given_numbers[0] - expected_numbers[0]) / spread)
        return _Match(False, round(0.5 * number_closeness + 0.5 * word_closeness, 4))
    if expected_numbers and expected_words and not given_words and not unit_left_out:
        return _Match(False, 0.5)
    if distance == 0:
        return _Match(True, 1.0, unit_left_out=unit_left_out)
    allowed = sum(typo_allowance(len(w)) for w in expected_words) if expected_words else 0
    currencies_differ = {w for w in given_words if w in _UNIT_TOKENS} != {
        w for w in expected_words if w in _UNIT_TOKENS
    }
    if distance <= allowed and word_closeness >= MIN_TYPO_CLOSENESS and not currencies_differ:
        return _Match(True, round(word_closeness, 4), typo=True, unit_left_out=unit_left_out)
    return _Match(False, round(word_closeness, 4))


def _option_answer(card: Card, given: str) -> Grade:
    folded = " ".join(_fold(given).split())
    if isinstance(card, TrueFalseCard):
        folded = {"t": "true", "f": "false", "yes": "true", "no": "false"}.get(folded, folded)
    right = " ".join(_fold(card.answer).split())
    if folded == right:
        return Grade(True, 1.0, "Correct.")
    return Grade(False, 0.0, f"The answer is {card.answer}.")


def _numeric_targets(card: NumericCard) -> list[tuple[float, float]]:
    """The card's value as typed bare, and scaled by its unit ("10" of "billion yuan")."""
    targets = [(card.value, card.tolerance)]
    for word in _fold(card.unit).split():
        if word in _SCALES:
            scale = _SCALES[word]
            targets.append((card.value * scale, card.tolerance * scale))
            break
    return targets


def _grade_numeric(card: NumericCard, given: list[Token]) -> Grade | None:
    numbers = _numbers(given)
    if len(numbers) != 1:
        return None
    value = numbers[0]
    unit_codes = {_CURRENCY_WORDS.get(w, w) for w in _fold(card.unit).split()} & _UNIT_TOKENS
    given_codes = {w for w in _words(given) if w in _UNIT_TOKENS}
    if given_codes and unit_codes and not given_codes <= unit_codes:
        return Grade(False, 0.3, f"Wrong unit: the answer is in {card.unit}.")
    for target, tolerance in _numeric_targets(card):
        if _close(value, target, tolerance):
            if tolerance and not _close(value, target, 0.0):
                return Grade(True, 1.0, f"Within tolerance; the article says {card.answer}.")
            return Grade(True, 1.0, "Correct.")
    target, tolerance = min(_numeric_targets(card), key=lambda t: abs(value - t[0]))
    spread = max(abs(value), abs(target), 1e-9)
    closeness = max(0.0, 1.0 - abs(value - target) / spread)
    if tolerance:
        return Grade(False, round(closeness, 4), f"Outside ±{tolerance:g}: {card.answer}.")
    return Grade(False, round(closeness, 4), f"The answer is {card.answer}.")


def grade_answer(card: Card, asked_as: str, given: str) -> Grade:
    """Grade what the user gave for `card` asked as `asked_as` ("mcq", "recall", ...).

    Multiple choice and true/false compare the chosen option. Typed answers compare against the
    answer and the card's `accepted` alternatives after `canonical_tokens`; numbers must agree
    (within the card's tolerance for numeric cards), and names may carry small typos.
    """
    if not given.strip():
        return Grade(False, 0.0, f"No answer given. The answer is {card.answer}.")
    if asked_as in (CardKind.MCQ, CardKind.TRUE_FALSE):
        return _option_answer(card, given)
    tokens = canonical_tokens(given)
    if not tokens:
        return Grade(False, 0.0, f"The answer is {card.answer}.")
    if isinstance(card, NumericCard):
        numeric = _grade_numeric(card, tokens)
        if numeric is not None and numeric.correct:
            return numeric
    tolerance = card.tolerance if isinstance(card, NumericCard) else 0.0
    best = _Match(False, 0.0)
    for candidate in [card.answer, *card.accepted]:
        match = _match_text(tokens, canonical_tokens(candidate), tolerance)
        better = match.closeness > best.closeness
        if (match.correct and not best.correct) or (match.correct == best.correct and better):
            best = match
    if best.correct:
        if best.typo:
            return Grade(True, best.closeness, f"Accepted with a typo: {card.answer}.", typo=True)
        if best.unit_left_out:
            return Grade(True, best.closeness, f"Correct: {card.answer}.")
        return Grade(True, 1.0, "Correct.")
    if isinstance(card, NumericCard):
        numeric = _grade_numeric(card, tokens)
        if numeric is not None:
            return numeric
    if best.closeness >= 0.75:
        return Grade(False, best.closeness, f"Close, but not quite: {card.answer}.")
    return Grade(False, best.closeness, f"The answer is {card.answer}.")
