"""Capitalized words that describe a name and are no part of it.

"Paris-based LVMH", "State-owned Rosneft", "China-published Economic Observer", "Trouble-hit
Mitsubishi Motors" and, at the start of a sentence, "Investor Paul Bilzerian": judged blind,
"Investor Paul Bilzerian" was asked as a company and "China-published Economic Observer" was
the one option with a descriptor.
"""

import re

from newsquiz.generate.textutil import lemmas

_DESCRIBED_BY = re.compile(r"-(?:based|owned|run|listed|backed|led|controlled|born|made)$")
_DESCRIBING_NOUNS = frozenset(
    """Investor Investors Financier Tycoon Billionaire Entrepreneur Miner Advisors Advisers
    Adviser Carmaker Retailer Insurer Lender Broker Regulator Watchdog Brewer Steelmaker
    Drugmaker Chipmaker Conglomerate Rival Supplier Operator""".split()
)
_PARTICIPLES = frozenset("hit held run led made born known built grown struck hurt".split())


def described(word: str) -> bool:
    """ "Paris-based", "China-published", "Trouble-hit", "Loss-making": a hyphenated
    description (never "Second-hand", "Dai-ichi" or "Coca-Cola")."""
    if _DESCRIBED_BY.search(word):
        return True
    head, _, tail = word.partition("-")
    participle = tail.endswith(("ed", "ing")) or tail in _PARTICIPLES
    return participle and tail.islower() and head[:1].isupper() and "VERB" in lemmas(tail)


def describing(word: str) -> bool:
    """A capitalized description at a sentence's start: "Investor", "Trouble-hit"."""
    return word in _DESCRIBING_NOUNS or described(word)
