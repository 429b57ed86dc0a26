"""A name misspelt in the source: "Soctt" beside the article's "Scott", "DaimlerChrylser",
"Scandivanian". Judged blind, a typo copied from the article fails its card (criterion A).
"""

import re
from collections import Counter
from functools import lru_cache

from newsquiz.generate.common_names import COMMON_NAMES
from newsquiz.generate.gazetteer import NATIONALITIES
from newsquiz.generate.textutil import lemmas

# a capitalized word, camel case too ("Scott", "DaimlerChrysler")
CAPITALIZED = re.compile(r"(?<![\w'-])[A-Z][a-z]{3,}(?:[A-Z][a-z]+)*(?![\w-])")


@lru_cache(maxsize=8)
def _capitalized_words(source: str) -> Counter[str]:
    return Counter(CAPITALIZED.findall(source))


def near_twin(word: str, source: str) -> str | None:
    """ "Soctt" written once in an article that writes "Scott": the same name misspelt."""
    if lemmas(word.lower()):
        return None
    for known in _KNOWN_NAMES:  # "DaimlerChrylser", however often the article repeats it
        if word.startswith(known) or known.startswith(word):
            continue  # "Volkswagens": the name with an ending, no slip
        if len(word) >= 8 and _one_edit(word, known):
            return known
    for known in _REGIONS:  # "Scandivanian" (never "Americas" for "American": one edit)
        if len(word) >= 8 and _swapped(word, known):
            return known
    words = _capitalized_words(source)
    for other, count in words.items():  # "CitiCorp" where the article writes "Citicorp"
        if other != word and other.lower() == word.lower() and count > words[word]:
            return other  # (judged blind A, round 135)
    if words[word] > 1:
        return None
    for other, count in words.items():
        if count < 2 or other.startswith(word) or word.startswith(other):
            continue  # "Kuwait" and "Kuwaiti", "Dixon" and "Dixons" are both right
        if abs(len(other) - len(word)) <= 1 and _one_edit(word, other):
            return other
    return None


# well-known one-word names ("DaimlerChrysler"), whose misspelling an article may repeat
_KNOWN_NAMES = frozenset(n for names in COMMON_NAMES for n in names if " " not in n and len(n) >= 8)


# regional and national adjectives a slip of the hand may scramble ("Scandivanian")
_REGIONS = frozenset(n for n in NATIONALITIES if len(n) >= 8) | frozenset(
    "Scandinavian Mediterranean Caribbean European Australasian".split()
)


def _swapped(a: str, b: str) -> bool:
    """Two letters of a long word swapped, neighbours or not: "Scandivanian"."""
    if len(a) != len(b) or sorted(a) != sorted(b):
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 2


def _one_edit(a: str, b: str) -> bool:
    """One letter inserted, dropped, changed, or two neighbours swapped."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1] if diff else 0
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
