"""Abbreviations written out where a card first shows them: "ISG" as the International Steel
Group the article defines, "ONGC" as the company the article names in full elsewhere.

Judged blind, an abbreviation that is neither widely known nor spelled out fails a reader who
has not seen the article (criterion B); `WELL_KNOWN` ones stay as they are.
"""

import re
from functools import lru_cache

from newsquiz.generate.definite import with_the
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import NOT_NAMES, PLACES
from newsquiz.generate.textutil import ampersand_initials

ABBREVIATION_RUN = re.compile(r"\b[A-Z][A-Z&]{1,5}s?\b")
_DEFINED = re.compile(
    r"((?:[A-Z][\w&'-]*\s(?:(?:of|and|for|the|&)\s)?){1,7})\(([A-Z][A-Za-z&]{1,7})\)"
)
WELL_KNOWN = frozenset(
    """US UK EU UN USA IMF OPEC GDP CEO BBC IPO AIDS HIV NATO WTO OECD NASA FBI CIA BP IBM GM
    AT&T HSBC BMW ITV BT EMI ABN AMRO UBS NBC CBS CNN ABC AOL IT TV PC VAT CO2 OK AM PM GMT
    DVD CD SMS G7 G8 US$ RBS BAE EADS SAS KLM BHP NYSE FTSE DAX CAC UAE ECB PLC NHS OK USSR
    ID FDA EPA IRS WHO AG SA NV PLC SpA GmbH BV AB ASA NYSE SEC M&S P&O S&P R&D M&A""".split()
)


@lru_cache(maxsize=8)
def _definitions(article_text: str) -> tuple[tuple[str, str], ...]:
    """("International Steel Group", "ISG") for every "International Steel Group (ISG)"."""
    found = []
    for match in _DEFINED.finditer(article_text):
        words = match.group(1).split()
        if words and words[0] == "The":
            words = words[1:]
        if words and words[-1].endswith("'s"):  # "The Australian Wheat Board's (AWB)"
            words[-1] = words[-1][:-2]
        abbreviation = match.group(2)
        # drop leading words until the initials spell the abbreviation ("The Past
        # Congressional Budget Office (CBO)" is the Congressional Budget Office)
        while words and not _abbreviates(words, abbreviation):
            words = words[1:]
        while words and words[0].lower() in _LINKING:  # "Fiat and General Motors (GM)"
            words = words[1:]
        if len(words) >= 2:
            found.append((" ".join(words), abbreviation))
    return tuple(found)


_LINKING = frozenset({"of", "and", "for", "the", "&"})


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _LINKING).upper()


def _abbreviates(words: list[str], abbreviation: str) -> bool:
    """Each word gives the abbreviation its first letter and maybe more of its own, in order:
    "India Petrochemicals Limited" is "IPCL" ("petroChemicals"), as it is "IPL"."""
    letters = abbreviation.upper()
    names = [w.upper() for w in words if w.lower() not in _LINKING]
    if _initials(words) == letters:
        return True

    def fits(word: int, at: int) -> bool:
        if word == len(names):
            return at == len(letters)
        name = names[word]
        if at >= len(letters) or name[0] != letters[at]:
            return False
        at, inside = at + 1, 1
        while True:
            if fits(word + 1, at):
                return True
            if at >= len(letters):
                return False
            inside = name.find(letters[at], inside) + 1
            if inside == 0:
                return False
            at += 1

    return fits(0, 0)


_DETERMINED = re.compile(r"\b(?:[Tt]he|an?|his|her|its|their|our|[A-Z][\w.&-]*'s?)\s$")


def _as_written(name: str, before: str) -> str:
    """The name in the place of its abbreviation, with "the" where it takes one and nothing
    before it says which: "UNECE is forecasting" -> "The United Nations Economic Commission
    for Europe is forecasting"; "his LSE counterpart" -> "his London Stock Exchange ..."."""
    if with_the(name) == name or _DETERMINED.search(before):
        return name
    return f"{'The' if not before.strip() else 'the'} {name}"


def spell_out(prompt: str, article_text: str, index: EntityIndex) -> str:
    """The prompt with abbreviations the article expands, and surnames it gives in full,
    written out where they first appear ("ISG" -> "International Steel Group")."""
    for expansion, abbreviation in _definitions(article_text):
        if f"({abbreviation})" in prompt or expansion.lower() in prompt.lower():
            continue
        found = re.search(rf"\b{re.escape(abbreviation)}\b", prompt)
        if found is not None:
            before, after = prompt[: found.start()], prompt[found.end() :]
            prompt = before + _as_written(expansion, before) + _possessive(expansion, after)
    prompt = _named_in_full(prompt, index)
    for mention in sorted(index.mentions(prompt), key=lambda m: -m.start):
        person = mention.kind == "person" and mention.surface != mention.name
        if (person or _short_company(mention.surface, mention.name)) and mention.name not in prompt:
            name = _without_legal_form(mention.name) if not person else mention.name
            if person or prompt.find(mention.surface) == mention.start:
                prompt = prompt[: mention.start] + name + prompt[mention.end :]
    return prompt


def _short_company(surface: str, name: str) -> bool:
    """ "Hardie" for the building group James Hardie, "Rover" for MG Rover: a company's one
    word, where the card first names it (judged blind B: "Hardie's former chief executive"),
    and "B&B" for Bradford & Bingley (judged blind B, round 129)."""
    if "&" in surface and " & " in name:
        return surface == ampersand_initials(name)
    if " " in surface or surface == name or surface not in name.split():
        return False
    if surface in NOT_NAMES or surface in PLACES:
        return False
    if not surface[1:].islower() and not (
        surface.isupper()
        and surface.isalpha()
        and len(surface) >= 3
        and name.startswith(f"{surface} ")
    ):
        return False  # "U.S." of a bogus "U.S. Has", "EC" of "EC Commission"; "SSL" is written
    return len(_without_legal_form(name).split()) in (2, 3)


_LEGAL_ENDING = re.compile(r"(?: (?:Inc|Corp|Co|Ltd|Plc|PLC|plc|SA|AG|NV|LLC)\.?)+$")


def _without_legal_form(name: str) -> str:
    return _LEGAL_ENDING.sub("", name)


def _named_in_full(prompt: str, index: EntityIndex) -> str:
    """ "ONGC" -> "Oil and Natural Gas Corporation" where the article names the company in
    full elsewhere without writing "(ONGC)" after it: judged blind, "ONGC", "SAIC" and "IPCL"
    failed B, neither widely known nor spelled out."""
    for match in ABBREVIATION_RUN.finditer(prompt):
        word = match.group()
        name = index.alias_map.get(word)
        if word in WELL_KNOWN or not name or name == word or name in prompt:
            continue
        initials = _initials(name.split())
        # "SMFG" for "Sumitomo Mitsui Financial (SMFG)": a last letter the name leaves implied
        implied = len(initials) >= 2 and word[:-1] == initials
        if (initials != word and not implied) or word in name:
            continue  # "EC Commission" spells out nothing
        if index.entities[name].kind != "org":
            continue
        before, after = prompt[: match.start()], prompt[match.end() :]
        return _named_in_full(before + _as_written(name, before) + _possessive(name, after), index)
    return prompt


def _possessive(name: str, after: str) -> str:
    """ "British Airways'", not "British Airways's", in place of "BA's"."""
    return "'" + after[2:] if name.endswith("s") and after.startswith("'s") else after
