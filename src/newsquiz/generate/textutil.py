"""Fast whole-word search on casefolded text (no per-call regex compilation), and the small
text facts several modules share: lemmas, initials, "a" or "an"."""

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from lemminflect import getAllLemmas

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'"})


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Casefolded, single-spaced text; article text is already typography-normalized."""
    return " ".join(text.translate(_QUOTES).casefold().split())


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def word_positions(haystack: str, needle: str) -> list[int]:
    """Start offsets where `needle` occurs in `haystack` not glued to letters or digits."""
    found: list[int] = []
    if not needle:
        return found
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        before_ok = (
            start == 0 or not _is_word_char(haystack[start - 1]) or not _is_word_char(needle[0])
        )
        after_ok = (
            end == len(haystack)
            or not _is_word_char(haystack[end])
            or not _is_word_char(needle[-1])
        )
        if before_ok and after_ok:
            found.append(start)
        start = haystack.find(needle, start + 1)
    return found


def contains_word(haystack: str, needle: str) -> bool:
    """`needle` occurs in `haystack` as whole words, ignoring case and spacing."""
    return bool(word_positions(norm(haystack), norm(needle)))


def count_word(haystack: str, needle: str) -> int:
    """How often `needle` occurs in `haystack` as whole words (case-sensitive)."""
    return len(word_positions(haystack, needle))


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


_NO_LEMMAS: Mapping[str, tuple[str, ...]] = MappingProxyType({})


@lru_cache(maxsize=1)
def _dictionary_words() -> frozenset[str] | None:
    """Every word lemminflect's dictionary holds (None if its tables cannot be read): a word
    outside it has no lemmas, and the typo check asks about thousands of invented ones."""
    try:
        from lemminflect.core.Lemmatizer import Lemmatizer

        lemmatizer = Lemmatizer()
        return frozenset(lemmatizer._getLemmaDict()) | frozenset(lemmatizer._getOverridesDict())
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - another version
        return None


@lru_cache(maxsize=65536)
def lemmas(word: str) -> Mapping[str, tuple[str, ...]]:
    """lemminflect's lemmas of a word by part of speech, looked up once (read-only, as it is
    shared): lemminflect copies its tables on every call, the generator's largest cost."""
    known = _dictionary_words()
    if known is not None and word.lower() not in known:
        return _NO_LEMMAS
    return MappingProxyType(dict(getAllLemmas(word)))


CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # "EuroDisney", "GlaxoSmithKline"
COMPANY_ENDING = r"(?:Group|Corp|Corporation|Inc|Ltd|plc|PLC|Plc|Holdings|Co|Company|AG|SA|NV)\.?"
_ENDING = re.compile(rf"^{COMPANY_ENDING}$")


def initials(name: str) -> set[str]:
    """The abbreviations a name's capitals make, with and without a company ending: "GE" and
    "GEC" for "General Electric Co", "GSK" for "GlaxoSmithKline"."""
    parts = [
        p for word in name.split() for p in CAMEL_BOUNDARY.sub(" ", word).split() if p[:1].isupper()
    ]
    out = {"".join(p[0] for p in parts)}
    if len(parts) > 1 and _ENDING.match(parts[-1]):
        out.add("".join(p[0] for p in parts[:-1]))
    return {i for i in out if len(i) >= 2}


def ampersand_initials(name: str) -> str:
    """ "B&B" for Bradford & Bingley, "AT&T" for American Telephone & Telegraph: the initials
    a name joined by "&" is written with."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() or w == "&")


COMPANY_SUFFIX = re.compile(rf"\s{COMPANY_ENDING}$")  # "Dixons Group": the ending after a space


_VOWEL_LETTER_NAMES = frozenset("AEFHILMNORSX")  # "an EC committee", "an SEC filing"


def reads_with_an(text: str) -> bool:
    """Whether "an" goes before `text`: "an EC committee", "an hour", "a unit", "a one-off"."""
    first = text.split()[0] if text.split() else ""
    if first.isupper() and len(first) > 1:
        return first[0] in _VOWEL_LETTER_NAMES
    lower = first.lower()
    if lower.startswith(("one", "uni", "use", "usu", "eu", "ure")):
        return False
    return lower[:1] in set("aeiou") or lower.startswith(("hour", "honest", "heir"))


def sounds_like_vowel(value: str) -> bool:
    """ "8%", "11m", "18,000", "$80bn" are read with "an"; "1,100" and "110" are not."""
    digits = re.match(r"[$£€¥]?(\d[\d,]*)", value)
    if digits is None:
        return False
    whole = digits.group(1).replace(",", "")
    return whole.startswith("8") or (len(whole) % 3 == 2 and whole[:2] in {"11", "18"})


def capitalized_before(text: str, end: int) -> bool:
    """What the regex `[A-Z][\\w&.'-]* $` finds searching `text` up to `end`: a word with a
    capital right before a space there. It walks back over that one word: a search from the
    start of the text for every name would be quadratic in a long sentence."""
    if end and text[end - 1] == "\n":
        end -= 1  # `$` also matches before a final newline
    if not end or text[end - 1] != " ":
        return False
    at = end - 1
    while at and _NAME_CHAR.match(text, at - 1):
        at -= 1
        if "A" <= text[at] <= "Z":
            return True
    return False


_NAME_CHAR = re.compile(r"[\w&.'-]")


def written_inside(word: str, text: str) -> bool:
    """Whether `text` writes `word` capitalized inside a sentence ("Brent", "Rover"): a name,
    whatever a dictionary says, and not a sentence's opening word."""
    return any(
        at >= 2 and text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] in ",;")
        for at in word_positions(text, word)
    )


_PLURAL_ENDING = re.compile(r"[^suoia]s$")


def possessive(name: str) -> str:
    """ "General Motors'", "Barclays'" for a name ending in a plural; "Yukos's", "Acme's"."""
    return f"{name}'" if _PLURAL_ENDING.search(name) else f"{name}'s"
