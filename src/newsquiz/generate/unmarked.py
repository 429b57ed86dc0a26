"""A company asked with nothing in the prompt that tells it from any other.

Judged blind (rounds 100-128), a typed card whose answer is a company and whose prompt
names no other company or person, holds no figure, no rank and no description of the blank
("Any major decisions would have to be reserved for _____ foreign ministers", "Order growth
was broad based across _____'s product lines", "Which company has fought back with its own
budget airline?") was acceptable 3 times in 25: any company of the kind fits (B and D). A
place says where, not which company; a description beside the blank ("Japanese rival
_____", "_____, the world's biggest insurance broker") or a rank says which.
"""

import re

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import NATIONALITIES, PLACES
from newsquiz.generate.nationality import countries_in
from newsquiz.generate.textutil import lemmas

_RANK = re.compile(
    r"\b(?:largest|biggest|leading|top|oldest|smallest|second|third|fourth|fifth|only)\b"
)
# "_____, the world's biggest insurance broker", "_____ - Italy's largest employer"
_APPOSITION = re.compile(r"_____(?:'s)?(?:,| -) (?:the|a|an|another|one of|[A-Z][\w.&-]*'s?) ")
# "the _____ conglomerate", "the _____ investment bank"
_KIND_AFTER = re.compile(
    r"_____(?: [a-z-]+)? (?:group|firm|company|conglomerate|maker|bank|carrier|airline|insurer"
    r"|retailer|chain|brewer|miner|lender|operator|producer|agency|exchange|network)\b"
)
_WORD_BEFORE = re.compile(r"\b([a-z][\w-]*) (?:the )?_____")
# words before a blank that say nothing of what it is
_NOT_DESCRIBING = frozenset(
    """of at by with in for from to and or said says that want wants suggest suggests pursue
    across than about on into against over under after before between as while whether
    if because but then when where which who whom whose""".split()
)
# "Which company ...?", "Which exchange ...?": the asked kind alone describes nothing
_WHICH = re.compile(r"^(?:Which|What) ((?:[A-Z][\w-]* )*)[a-z]")
_OPENING_WORDS = frozenset(
    """The A An In Under Any Analysts Investors New Order Which What Who Shares Formerly
    Speculation Rising Prosecutors Excluding As It Its For On At By With After Before""".split()
)
_AREAS = frozenset("Northern Southern Eastern Western Central".split())
_NAME = re.compile(r"\b[A-Z][\w&'.-]*")


# '"Current government expenditure should come from tax revenues," _____ said.' (Mr Khatami):
# a quotation that names nothing, then its speaker asked (judged blind B, rounds 103 and 136)
# (after the story's lead too: the lead does not say who spoke)
_QUOTE_THEN_SPEAKER = re.compile(r'(?:^|(?<=[.?!] ))"([^"]+?),?" _____ (?:said|says|added|told)\b')


def unmarked(prompt: str, answer: str, index: EntityIndex) -> bool:
    """A company asked by nothing that tells it from any other (`unmarked_company`), or a
    speaker asked by a quotation that names no one, no place and no figure."""
    quoted = _QUOTE_THEN_SPEAKER.search(prompt)
    if quoted is not None:
        words = quoted.group(1).split()
        named = any(w[:1].isupper() for w in words[1:]) or re.search(r"\d", quoted.group(1))
        if not named:
            return True
    return unmarked_company(prompt, answer, index)


def unmarked_company(prompt: str, answer: str, index: EntityIndex) -> bool:
    """Is `answer`, a company, asked by a prompt that could be about any company?"""
    entity = index.entities.get(index.alias_map.get(answer, answer))
    if entity is None or entity.kind != "org" or entity.media:
        return False
    if re.search(r"\d", prompt) or _RANK.search(prompt):
        return False
    if _APPOSITION.search(prompt) or _KIND_AFTER.search(prompt):
        return False
    before = _WORD_BEFORE.search(prompt)
    word = before.group(1) if before is not None else ""
    if word and word not in _NOT_DESCRIBING and {"NOUN", "ADJ"} & lemmas(word).keys():
        return False  # "rival _____", "Japanese carmaker _____", "former _____ agent"
    which = _WHICH.match(prompt)
    if which is not None and which.group(1).strip():
        return False  # "Which British energy firm ...": its country says which
    if any(
        m.kind in {"org", "person"} and not _says_where(m.surface, m.start, prompt)
        for m in index.mentions(prompt)
    ):
        return False  # ("U.S" taken for a company by the extractor is still a place)
    return all(_says_where(word, at, prompt) for at, word in _names(prompt))


def _names(prompt: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _NAME.finditer(prompt)]


def names_a_place(word: str) -> bool:
    """A capitalized word that says where ("Japan", "Dutch", "Northern", "U.S."), never which
    company."""
    return word in PLACES or word in NATIONALITIES or word in _AREAS or bool(countries_in(word))


def _says_where(word: str, at: int, prompt: str) -> bool:
    """A capitalized word that names a place or a people, or only opens the sentence."""
    bare = word.removesuffix("'s").rstrip(".'")
    if at == 0 and bare in _OPENING_WORDS:
        return True
    return names_a_place(bare) or bare in {"US", "UK", "U.S", "U.K", "EU"}
