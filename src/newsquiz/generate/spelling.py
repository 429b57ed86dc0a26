"""Is a word English, a slip of the hand, and what its one sure fix is.

The dictionary is lemminflect's (`textutil.lemmas`). A word it lacks is not a typo for that
alone ("offline", "payout", "warships"): a typo is one letter from a dictionary word in a
way a hand slips (a vowel, a doubled or dropped letter), keeping its first letter.
"""

import re
from functools import lru_cache

from newsquiz.generate.textutil import lemmas

ALLOWED = frozenset(
    """the this that these those there their theirs them they then than with within without
    from into onto upon over under about above below after before between among amongst
    against during through throughout towards toward which whose whom what when where while
    whilst whether would could should shall will might must have been being does doing done
    also only just even very more most much many such some each every both either neither
    other others another same into onto your yours ours itself himself herself themselves
    ourselves although though unless until since because therefore however thus hence
    whereas whereby despite amid amidst beside besides beyond near nearly once twice thrice
    whom whoever whatever whichever anyone anything anybody everyone everything nobody
    nothing someone something somewhere anywhere everywhere nowhere here hers mine yours
    ours per cent percent yuan renminbi rupees roubles reais kronor pence cents dlrs mln bln
    pct stg four five nine eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    billion trillion three seven eight euros website stockmarket emirates
    spurt marque bible lockup versus riyal cannot capita countrywide""".split()
)


_SUFFIXES = (
    "s",
    "es",
    "ers",
    "er",
    "ors",
    "or",
    "ism",
    "ist",
    "ists",
    "ity",
    "ness",
    "ance",
    "ancy",
    "ency",
    "ment",
    "ments",
    "ly",
    "al",
)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_TRIPLED = re.compile(r"(\w)\1\1")


@lru_cache(maxsize=16384)
def misspelt(word: str) -> bool:
    """A word no dictionary knows but one letter away from one that it does ("surpasssing",
    "inadvertantly", "subcommitte"): a typo copied from the source. A word merely unknown
    ("offline", "desmoteplase") is not one."""
    if len(word) < 5 or word in ALLOWED or lemmas(word) or _derived(word):
        return False
    if _compound(word) and not _one_slip_from_a_word(word):
        return False  # "feedgrain"; but "stategist" is one letter from "strategist"
    if any(edit != word and lemmas(edit) and _slip(word, edit) for edit in edits(word)):
        return True
    # "usuaually": two letters typed twice over
    return any(
        word[i : i + 2] == word[i + 2 : i + 4] and lemmas(word[:i] + word[i + 2 :])
        for i in range(len(word) - 3)
    )


def _slip(word: str, known: str) -> bool:
    """Could a hand typing `known` have written `word`? Not when the first letter differs
    ("payout" is no "layout", "billionaire" no "millionaire"), one consonant stands for another
    ("downside", "downsize") or only the last letter does ("negligible", "negligibly"): those
    are words the dictionary lacks, and a card must not be dropped for them."""
    if word[0] != known[0] or _consonant_swap(word, known):
        return False
    return not (len(word) == len(known) and word[:-1] == known[:-1])


_SURE_FIX_LETTERS = 7  # a short word has too many neighbours: "bible" is not "bile"


@lru_cache(maxsize=16384)
def correction(word: str) -> str | None:
    """The one dictionary word a typo is one letter from ("forstall" -> "forestall"), or None
    when there is no such word or more than one."""
    if len(word) < _SURE_FIX_LETTERS or not misspelt(word):
        return None
    candidates = {edit for edit in edits(word) if edit != word and lemmas(edit)}
    if len(candidates) != 1:
        return None
    fixed = candidates.pop()
    if fixed[:-2] == word[:-2] or fixed[:-2] == word[:-3] or fixed[:-3] == word[:-2]:
        return None  # "negligible" -> "negligibly": a word the dictionary lacks, not a slip
    if fixed[0] != word[0] or _consonant_swap(word, fixed):
        return None  # "billionaire", "outriders": words the dictionary lacks, not slips
    return fixed


def _consonant_swap(word: str, fixed: str) -> bool:
    """One consonant changed for another ("outriders" -> "outsiders") makes another word;
    a slip of a vowel ("inadvertantly") or a doubled or dropped letter does not."""
    if len(word) != len(fixed):
        return False
    changed = [(a, b) for a, b in zip(word, fixed, strict=True) if a != b]
    return len(changed) == 1 and not {*changed[0]} <= set("aeiou")


def edits(word: str) -> list[str]:
    """Every string one letter from `word`: dropped, swapped with its neighbour, changed, or
    inserted."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        [a + b[1:] for a, b in splits if b]
        + [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
        + [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
        + [a + c + b for a, b in splits for c in _LETTERS]
    )


@lru_cache(maxsize=16384)
def known(word: str) -> bool:
    """An English word, a regular derivation of one ("issuers", "protectionism") or two run
    together ("warships", "feedgrain"; not "surpass|sing", whose three s's are a slip)."""
    return bool(lemmas(word)) or _compound(word) or _derived(word)


def _compound(word: str) -> bool:
    """Two words run together ("warships", "feedgrain"; not "surpass|sing")."""
    return not _TRIPLED.search(word) and any(
        {"NOUN", "ADJ"} & lemmas(word[:i]).keys() and "NOUN" in lemmas(word[i:])
        for i in range(3, len(word) - 3)
    )


def _one_slip_from_a_word(word: str) -> bool:
    """One letter dropped from a longer dictionary word ("stategist" of "strategist"): a
    compound reading ("state" + "gist") is a coincidence then."""
    return any(len(edit) > len(word) and lemmas(edit) and _slip(word, edit) for edit in edits(word))


def _derived(word: str) -> bool:
    """A regular derivation of a dictionary word ("issuers", "protectionism")."""
    return any(
        word.endswith(suffix)
        and len(word) - len(suffix) >= 3
        and bool(lemmas(word[: -len(suffix)]) or lemmas(word[: -len(suffix)] + "e"))
        for suffix in _SUFFIXES
    )


LOWER_WORDS = re.compile(r"(?<![\w'-])[a-z]{4,}(?![\w'-])")  # the words a slip can be


@lru_cache(maxsize=65536)
def used_twice(word: str, source: str) -> bool:
    """A word the article writes twice is its word ("warships"), not a slip."""
    return len(re.findall(rf"\b{re.escape(word)}\b", source)) >= 2


def first_slip(text: str, source: str) -> str | None:
    """The first word of `text` that is a slip of the hand, unless the article (`source`)
    writes it twice, as its own word."""
    for match in LOWER_WORDS.finditer(text):
        word = match.group()
        if misspelt(word) and not (source and used_twice(word, source)):
            return word
    return None
