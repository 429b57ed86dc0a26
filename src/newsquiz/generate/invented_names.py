"""Names a card writes that its article never does: two names spliced by a rewrite or a
swap ("Carolina Duke Power" for "Carolina Power", "Exchequer Nigel Lawson's Exchequer Nigel
Lawson's"). Judged blind, such a card teaches a company or a person that does not exist.
"""

import re
from functools import lru_cache

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import NOT_NAMES, TITLE_CONTINUATIONS, TITLE_WORDS
from newsquiz.generate.sentence_text import without_tickers
from newsquiz.generate.spelling import ALLOWED
from newsquiz.generate.textutil import lemmas, written_inside

_NAME_RUN = re.compile(r"[A-Z][\w&'.-]*(?: (?:of |and |& |de |du |la )?[A-Z][\w&'.-]*)+")


@lru_cache(maxsize=8)
def _flat(text: str) -> str:
    """The article as one line, without the tickers a card never shows ("Exxon Corp <XON>
    Director" reads "Exxon Corp Director" on a card)."""
    return _PLURAL_POSSESSIVE.sub("s", " ".join(without_tickers(text).split()).replace("'s ", " "))


def invented_name(prompt: str, source: str, index: EntityIndex) -> str | None:
    """A run of capitalized words the article never writes: two names spliced by a rewrite or
    a swap ("Carolina Duke Power" for "Carolina Power"). A name the article only abbreviates
    ("United Arab Emirates" for "UAE") is not one."""
    haystack = _flat(source)
    text = prompt
    for mention in index.mentions(prompt):
        if mention.name not in haystack and mention.surface == mention.name:
            text = text[: mention.start] + "," * len(mention.surface) + text[mention.end :]
    text = _PLURAL_POSSESSIVE.sub("s", text.replace("'s ", " "))  # "Electronic Arts' $17.8bn"
    for match in _NAME_RUN.finditer(text):
        words = match.group().rstrip(".,").split()
        while words and (words[0] in NOT_NAMES or words[0] in {"True", "False"}):
            words = words[1:]
        opening = match.start() == 0 or text[: match.start()].endswith("? ")
        first = words[0].lower() if words else ""
        common = first in ALLOWED or first in _OPENING_WORDS
        if opening and (common or lemmas(first) and not written_inside(words[0], haystack)):
            words = words[1:]  # "Rival Shell reported", "Among David Roderick's proposals"
        name = " ".join(words)
        if len(words) >= 2 and name not in haystack and not _joins_written(name, haystack):
            if _titled_between_names(match.group().rstrip(".,"), prompt, index):
                continue
            return name
    return None


def _titled_between_names(name: str, prompt: str, index: EntityIndex) -> bool:
    """ "National Food Authority Marketing Director Jig Tan": a known body, its title and a
    known person, as an introduction writes them (the article wrote "NFA Marketing
    Director Jig Tan")."""
    rest = name
    for mention in index.mentions(prompt):
        if mention.surface in rest:
            rest = rest.replace(mention.surface, " ")
    words = [w for w in rest.split() if w not in NOT_NAMES]  # "The"
    return bool(words) and all(w in TITLE_WORDS or w in TITLE_CONTINUATIONS for w in words)


_OPENING_WORDS = frozenset("to as at by in on for".split())
_PLURAL_POSSESSIVE = re.compile(r"s'(?=[\s,.;])")


def _joins_written(name: str, haystack: str) -> bool:
    """ "Mittal Steel and International Steel Group": two names the article writes, joined."""
    parts = re.split(r" (?:and|&) ", name)
    return len(parts) > 1 and all(part in haystack for part in parts)
