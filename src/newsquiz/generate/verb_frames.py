"""A preposition after a verb's object that belongs to the verb, not to the object.

"replace the outflow with a new tender", "buy the steel assets from Dixons Group": the
"with" and the "from" say what the verb does, so they never say which outflow or which
assets (judged blind B in rounds 114, 116, 118 and 121, where they had been read as the
description's own modifier, as in "the deal with Ford").
"""

import re

from newsquiz.generate.textutil import lemmas

# the verbs by their lemma: every form of them takes the preposition
_VERBS = {
    "with": frozenset(
        "replace provide supply fund finance combine merge compare share offset".split()
    ),
    "from": frozenset("buy acquire purchase take receive borrow remove withdraw separate".split()),
}
_LAST_WORD = re.compile(r"([A-Za-z]+)(?:\s+[a-z]+ly)?\s*$")  # "to fully replace"
_PREPOSITION = re.compile(r"^,?\s(with|from)\b")


def verb_takes(text: str, start: int, end: int) -> bool:
    """Does the preposition after the object `text[start:end]` belong to the verb before it?"""
    after = _PREPOSITION.match(text[end:])
    if after is None:
        return False
    before = _LAST_WORD.search(text[:start])
    if before is None:
        return False
    verbs = lemmas(before.group(1).lower()).get("VERB", ())
    return not _VERBS[after.group(1)].isdisjoint(verbs)
