"""A typed card's blank as the sentence writes it, without telling the answer's first sound.

"Ostara forecast an _____ fall" gives away that the answer starts with a vowel (8%, judged
blind D): the article is hedged, "a(n) _____", or, before a noun of amount, the noun goes
first ("a fall of _____").
"""

import re

from newsquiz.generate.frames import Fact
from newsquiz.generate.textutil import reads_with_an
from newsquiz.models import BLANK

_ARTICLE_BEFORE_BLANK = re.compile(rf"\b([Aa])n? (?={re.escape(BLANK)})")


def typed_blank(fact: Fact) -> str:
    """The sentence with its blank, "a(n) _____" where it says "a" or "an": the article
    would tell a typed answer's first sound ("forecast an _____ fall": 8%, judged blind D)."""
    if fact.quantity is None:
        return fact.blanked(BLANK)  # "A _____ spokesman said": a name's sound tells little
    hedged = _ARTICLE_BEFORE_BLANK.sub(r"\1(n) ", fact.blanked(BLANK))
    return _AMOUNT_NOUN_AFTER.sub(_noun_first, hedged)


# "turning in a(n) _____ increase" reads "turning in an increase of _____": no hedge to
# read (judged A once, and noted by judges as awkward in five more reasons)
_OF_NOUNS = (
    "rise|increase|fall|decline|drop|surge|jump|gain|loss|boost|cut|hit|shortfall|stake"
    "|loan|payout|deficit|surplus|fine|dividend|premium|discount|fraud|bill|limit|credit"
    "|interest|figure|pipeline|charge|debt|budget|fund"
)
_WORTH_NOUNS = "deal|buyout|bid|offer|contract|order|takeover|acquisition|package|plan"
# the unit an amount leaves between the blank and its noun: "a(n) _____ tonne figure" reads
# "a figure of _____ tonnes" (a(n) was judged A in rounds 121 and 122)
_UNITS = {
    "tonne": "tonnes",
    "ton": "tons",
    "acre": "acres",
    "barrel": "barrels",
    "bpd": "bpd",
    "ounce": "ounces",
    "share": "shares",
    "peseta": "pesetas",
    "riyal": "riyals",
    "dinar": "dinars",
    "rupee": "rupees",
    "franc": "francs",
    "mark": "marks",
    "dollar": "dollars",
    "dlr": "dlrs",
    "pound": "pounds",
    "stg": "stg",
    "yen": "yen",
    "lira": "lire",
    "rouble": "roubles",
    "ruble": "rubles",
    "krona": "kronor",
    "euro": "euros",
}
_AMOUNT_NOUN_AFTER = re.compile(
    rf"\b([Aa])\(n\) {re.escape(BLANK)} (?:(?P<unit>{'|'.join(_UNITS)}) )?"
    r"(?P<words>(?:(?:U\.S\.|[a-z]+) ){0,2}?)"
    rf"(?P<noun>{_OF_NOUNS}|{_WORTH_NOUNS})\b(?![-'])(?! (?:{_OF_NOUNS}|{_WORTH_NOUNS})\b)"
)


def _noun_first(match: re.Match[str]) -> str:
    noun, words, unit = match.group("noun"), match.group("words"), match.group("unit")
    article = "an" if reads_with_an(words or noun) else "a"
    article = article.capitalize() if match.group(1) == "A" else article
    link = "worth" if re.fullmatch(_WORTH_NOUNS, noun) else "of"
    after = f" {_UNITS[unit]}" if unit else ""
    return f"{article} {words}{noun} {link} {BLANK}{after}"
