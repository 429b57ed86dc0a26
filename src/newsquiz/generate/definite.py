"""Names that keep their article where they stand for "the bank" or "the ministry".

"expected Bank of Finland to pursue" was judged ungrammatical: a name of the form "X of Y"
or ending on an institution's head takes "the" ("the Federal Reserve", "the Office for
National Statistics"); a company's name takes none.
"""

import re

from newsquiz.generate.gazetteer import INSTITUTION_HEADS

_HEAD_THEN_OF = re.compile(
    r"\b(?:Commission|Office|Organi[sz]ation|Agency|Board|Council|Institute|Association"
    r"|Federation|Bureau|Department|Ministry|Fund|Authority) (?:for|of|on)\b"
)
_TAKES_THE_FIRST = frozenset(
    """Bank Ministry Department University Bureau Office Council Commission Agency Board
    Federation Association Institute Organisation Organization Court""".split()
)
_TAKES_THE_LAST = (INSTITUTION_HEADS - {"Congress", "Parliament", "Party"}) | {
    "Central Bank",
    "World Bank",
    "Reserve Bank",
    "Development Bank",
}


def with_the(name: str) -> str:
    """ "the Bank of Finland", "the Federal Reserve": a name standing for "the bank" keeps its
    article ("expected Bank of Finland to" was judged ungrammatical); companies take none."""
    words = name.split()
    last_two = " ".join(words[-2:])
    if (
        words[0] in _TAKES_THE_FIRST
        and " of " in name
        or (len(words) > 1 and (words[-1] in _TAKES_THE_LAST or last_two in _TAKES_THE_LAST))
        or _HEAD_THEN_OF.search(name)  # "the Office for National Statistics"
    ):
        return f"the {name}"
    return name
