"""Time words a card can do without.

Judged blind, "on Tuesday", "now" and "in early trading" fail a card of an undated article:
the reader cannot tell when that was. Such words only place an event the card already names
("Shares in Exel closed up 5% on Tuesday"), so when the article has no date they are taken out
rather than the card dropped. Words that say which period a figure covers ("last year", "in
December", "the fourth quarter") change the fact and stay; `trust.prompt_problem` judges them.
"""

import re

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?: (?:morning|afternoon|evening|night))?"
_WHEN = (
    rf"(?:(?:late|early) )?on {_DAY}{_PART}|{_DAY} (?:morning|afternoon|evening|night)"
    r"|yesterday|last night|today|in (?:early|morning|afternoon|late|midday) trad(?:e|ing)"
    r"|at present|currently|now|(?:earlier |later )?(?:this|last) week"
    r"|(?:in|over|during) the (?:past|last) (?:week|few days)"
    r"|by (?:late |early |mid-?)?(?:morning|afternoon|midday)(?: in [A-Z]\w+)?"
)
# "On Tuesday, Exel said ..." / "Currently, ..." at the start of the sentence
_OPENING = re.compile(rf"^(?:{_WHEN}),? (?=\S)", re.IGNORECASE)
# "..., on Tuesday, ..." / "... said on Tuesday that ..." / "... closed up 5% on Tuesday."
_INSIDE = re.compile(rf"(?:,)? (?:{_WHEN})(?=,| that\b| [a-z]| ?[.?!]$|$)")
# "now" and "currently" also sit between an auxiliary and its verb: "is now expected"
_NOT_TIME = re.compile(
    r"\b(?:by|until|till|from|for|up to|right|just|even) now\b|\bnow that\b", re.IGNORECASE
)


def without_relative_time(prompt: str, answer: str) -> str:
    """The prompt without time words that need the article's date, where they can go without
    changing what is asked; unchanged when the answer or a blank sits inside them."""
    if _NOT_TIME.search(prompt):
        return prompt
    text = prompt
    opening = _OPENING.match(text)
    if opening is not None and "_" not in opening.group() and answer not in opening.group():
        rest = text[opening.end() :]
        text = rest[:1].upper() + rest[1:]
    pieces: list[str] = []
    last = 0
    for match in _INSIDE.finditer(text):
        if "_" in match.group() or (answer and answer in match.group()):
            continue
        end = match.end()
        kept = ""
        if match.group().startswith(","):
            if text[end : end + 1] == ",":  # "Exel, on Tuesday, said" -> "Exel said"
                end += 1
            elif text[end : end + 1] not in {"", ".", "?", "!"}:
                kept = ","  # "Oil fell, on Tuesday that ..." keeps the sentence's comma
        pieces.append(text[last : match.start()] + kept)
        last = end
    pieces.append(text[last:])
    text = re.sub(r" {2,}", " ", "".join(pieces)).replace(" ,", ",")
    return text if text.strip() else prompt
