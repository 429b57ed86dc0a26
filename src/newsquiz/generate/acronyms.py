"""Abbreviations a sentence defines: "Trades Union Congress (TUC)" asks "What does TUC stand
for?" in a thin deck."""

import re

from newsquiz.generate.resolve import Resolved

_ACRONYM = re.compile(
    r"\b((?:[A-Z][a-z&]+ )(?:(?:of|and|for|the|&) )?(?:[A-Z][a-z&]+ |(?:of|and|for|the|&) ){0,6}"
    r"[A-Z][a-z]+) \(([A-Z][A-Za-z&]{1,7})\)"
)
_MINOR_WORDS = frozenset({"of", "and", "for", "the", "&"})


def acronym_terms(resolved: Resolved) -> list[tuple[str, str, int, int]]:
    """(acronym, expansion, start, end) for "Trades Union Congress (TUC)" in the sentence."""
    found = []
    for match in _ACRONYM.finditer(resolved.sentence.text):
        expansion, acronym = match.group(1), match.group(2)
        words = expansion.split()
        initials = "".join(w[0] for w in words if w not in _MINOR_WORDS)
        # trim leading words until the initials line up with the acronym
        while len(initials) > len(acronym) and words:
            if words[0] not in _MINOR_WORDS:
                initials = initials[1:]
            words = words[1:]
        while words and words[0] in _MINOR_WORDS:
            words = words[1:]
        if initials.upper() != acronym.upper() or len(words) < 2:
            continue
        expansion = " ".join(words)
        start = match.start(1) + match.group(1).index(expansion)
        found.append((acronym, expansion, start, match.end()))
    return found
