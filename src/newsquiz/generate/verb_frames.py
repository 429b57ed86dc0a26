"""A preposition after a verb's object that belongs to the verb, not to the object.

"replace the outflow with a new tender", "buy the steel assets from Dixons Group": the
"with" and the "from" say what the verb does, so they never say which outflow or which
assets (judged blind B in rounds 114, 116, 118 and 121, where they had been read as the
description's own modifier, as in "the deal with Ford").
"""

import re

_FRAMES = {
    "with": """replace replaces replaced replacing provide provides provided providing
    supply supplies supplied supplying fund funds funded funding finance finances financed
    financing combine combines combined combining merge merges merged merging compare
    compares compared comparing share shares shared sharing offset offsets offsetting""",
    "from": """buy buys bought buying acquire acquires acquired acquiring purchase purchases
    purchased purchasing take takes took taken taking receive receives received receiving
    borrow borrows borrowed borrowing remove removes removed removing withdraw withdraws
    withdrew withdrawn withdrawing separate separates separated separating""",
}
_VERBS = {prep: frozenset(words.split()) for prep, words in _FRAMES.items()}
_LAST_WORD = re.compile(r"([A-Za-z]+)(?:\s+[a-z]+ly)?\s*$")  # "to fully replace"
_PREPOSITION = re.compile(r"^,?\s(with|from)\b")


def verb_takes(text: str, start: int, end: int) -> bool:
    """Does the preposition after the object `text[start:end]` belong to the verb before it?"""
    after = _PREPOSITION.match(text[end:])
    if after is None:
        return False
    before = _LAST_WORD.search(text[:start])
    return before is not None and before.group(1).lower() in _VERBS[after.group(1)]
