"""A typed card's blank as the sentence writes it, without telling the answer's first sound.

"Ostara forecast an _____ fall" gives away that the answer starts with a vowel (8%, judged
blind D): the article is hedged, "a(n) _____", or, before a noun of amount, the noun goes
first ("a fall of _____").
"""

import re

from newsquiz.generate.frames import Fact
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
    "|loan|payout|deficit|surplus|fine|dividend|premium|discount"
)
_WORTH_NOUNS = "deal|buyout|bid|offer|contract|order|takeover|acquisition|package"
_AMOUNT_NOUN_AFTER = re.compile(
    rf"\b([Aa])\(n\) {re.escape(BLANK)} ({_OF_NOUNS}|{_WORTH_NOUNS})\b(?![-'])"
)


def _noun_first(match: re.Match[str]) -> str:
    noun = match.group(2)
    article = "an" if noun[0] in "aeiou" else "a"  # the nouns above: no silent h, no "use"
    article = article.capitalize() if match.group(1) == "A" else article
    link = "worth" if re.fullmatch(_WORTH_NOUNS, noun) else "of"
    return f"{article} {noun} {link} {BLANK}"
