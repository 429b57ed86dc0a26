"""The story's country, named where a sentence about its economy leaves it out.

"Unemployment remains high at about 10%." fails a blind reader of a story about France: whose
unemployment? Judged blind, a card whose country is "only named elsewhere" fails B (the price
of butane in dinars, retail sales up 2.1% in December, the ONS on average earnings), and the
headline in front does not rescue it. When the story is about one country (its headline names
that country alone, or its opening sentence does and the article names no other as often) and a
sentence speaks of a national economy (unemployment, exports, the central bank, the budget
deficit) without naming any place, the sentence is read as "In France, unemployment remains
high at about 10%." A sentence that names a country, a region or the world is left alone.
"""

import re
from collections import Counter

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import COUNTRIES, INSTITUTION_HEADS
from newsquiz.generate.names import Mention
from newsquiz.generate.nationality import countries_in
from newsquiz.generate.spelling import ALLOWED
from newsquiz.generate.textutil import lemmas

# what a country's economy is made of; a company's "sales" or "profits" are not here
_NATIONAL_ECONOMY = re.compile(
    r"\b(?:economy|economic (?:growth|activity|output)"
    r"|(?<!sales )(?<!profit )(?<!revenue )(?<!earnings )(?<!volume )(?<!dividend )growth"
    r"|gdp|gnp|gross (?:domestic|national) product|inflation"
    r"|unemployment|jobless(?:ness| rate)?|deflation|recession|retail sales|retail prices"
    r"|(?:services?|manufacturing|construction|housing|farm) sector"
    r"|business (?:confidence|activity)"
    r"|industrial (?:output|production)|manufacturing (?:output|activity|production)"
    r"|factory (?:output|orders)|consumer (?:spending|confidence|prices|price index|demand)"
    r"|house prices|trade (?:deficit|surplus|gap|balance)|current account|balance of payments"
    r"|budget deficit|public (?:debt|finances|spending|sector borrowing)"
    r"|government (?:spending|debt|bonds?|borrowing)|interest rates?|base rates?"
    r"|average earnings|foreign exchange reserves|money supply|m-?[123]|central bank"
    r"|(?:forward )?(?:u\.?s\.? )?dollar (?:sales|purchases|deposits)"
    r"|foreign exchange (?:borrowings|inflows|market)"
    r"|(?:grain|wheat|corn|rice|coffee|sugar|cocoa|oil) (?:output|production|exports|imports"
    r"|harvest|crop)"
    r"|finance minist\w+"
    # a department of the story's government, the hours it counts (judged blind B, round 122:
    # "overtime hours increased to _____ from 3.6", the Labor Department's, of the U.S.)
    r"|(?:labor|commerce|agriculture|treasury|energy|transportation) department"
    r"|(?:average )?work ?week|(?:manufacturing|overtime|factory) hours|(?:non-farm )?payrolls?"
    r"|the treasury|tax revenues?|the government|the country|the nation|exports|imports"
    r"|dinars?|rupees?|pesos?|rupiah|baht|kwacha|shillings?|lire|roubles?|rand|zloty"
    r"|crowns?|kronor|kroner|won|ringgit|dirhams?|riyals?)\b",
    re.IGNORECASE,
)
# a sentence about more than one country's economy, or about none in particular
_NOT_NATIONAL = re.compile(
    r"(?i:\b(?:world|worldwide|global|globally|international|abroad|overseas|foreign"
    r"|europe|european|eurozone|euro zone|euro area|asia|asian|africa|african|latin america"
    r"|middle east|gulf|region|regional|emerging|developing|opec|comecon|states|provinces?"
    r"|city|cities|county|definition)\b)|\b(?:OECD|IMF|G-?7|G-?8|EU)\b"
)
# the name a country goes by in a sentence, in the article's own spelling where it writes one
_WRITTEN = {
    "United States": ("the US", "the U.S.", "the United States", "America"),
    "United Kingdom": ("the UK", "Britain", "the U.K.", "the United Kingdom"),
    "Korea": ("South Korea",),
    "Germany": ("Germany", "West Germany"),
    "Russia": ("Russia", "the Soviet Union"),
    "Netherlands": ("the Netherlands", "Holland"),
    "Philippines": ("the Philippines",),
    "Czech Republic": ("the Czech Republic",),
    "United Arab Emirates": ("the United Arab Emirates", "the UAE"),
    "Dominican Republic": ("the Dominican Republic",),
}
# words that open a sentence and are no name: "With unemployment stuck ...", "The economy ..."
_OPENING_WORDS = frozenset(
    """A An The This These Those With Without At As After Before Although Though Despite While
    On In For By From Since Under Over Unemployment Inflation Exports Imports""".split()
)
# "state statistics body INSEE", "the central bank, the BoJ": an official body by its description
_OFFICIAL_BEFORE = re.compile(
    r"\b(?:statistic(?:s|al)|central bank|government|official) (?:body|office|agency|bureau"
    r"|institute|service)?\s*,?\s$"
)
_OFFICIAL = INSTITUTION_HEADS | {"Statistics", "Statistical", "Bank", "Government"}


def story_country(headline: str, sentences: list[str]) -> str | None:
    """The one country the story is about, as the article writes it, or None."""
    named = countries_in(headline)
    if len(named) != 1 and sentences:
        lead = countries_in(sentences[0])
        counts = Counter(c for text in sentences for c in countries_in(text))
        ranked = counts.most_common(2)
        leading = len(lead) == 1 and ranked[0][0] in lead and ranked[0][1] >= 2
        if (
            leading
            and not _NOT_NATIONAL.search(sentences[0])
            and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1])
        ):
            named = lead
    if len(named) != 1:
        return None
    country = next(iter(named))
    text = "\n".join(sentences)
    forms = _WRITTEN.get(country, (country,))
    for form in forms:
        if re.search(rf"(?<![\w.]){re.escape(form.removeprefix('the '))}(?![\w])", text):
            return form
    return forms[0]


_SPOKEN_AT = re.compile(
    r"\btold (?:a |the )?(?:press|news) conference|\btold (?:reporters|parliament|journalists)"
    r"|\bin a speech\b|\bat a (?:press|news) conference"
)


_DOLLAR = re.compile(r"\bU\.?S\.? (?:dollars?|dlrs?)\b")


# a hyphenated word whose later parts are lower case: "Anti-smoking", "Cross-border", never
# "Coca-Cola" (judged blind A, round 133: "In the US, Anti-smoking groups urge")
_LOWER_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+")


def in_country(text: str, country: str | None, index: EntityIndex) -> str | None:
    """ "In France, unemployment remains high": `text` framed by the story's `country` when
    it speaks of a national economy and names no place, and no company (whose country it may
    not share) beside official bodies ("the ONS", "the central bank")."""
    if country is None or text.startswith(("In ", '"', "'")):
        return None
    if _NATIONAL_ECONOMY.search(text) is None or _NOT_NATIONAL.search(text):
        return None
    if countries_in(_DOLLAR.sub("", text)):  # "U.S. dollar sales" name no other country
        return None
    dollars = [(d.start(), d.end()) for d in _DOLLAR.finditer(text)]
    mentions = [m for m in index.mentions(text) if not any(a <= m.start < b for a, b in dollars)]
    if any(m.kind == "place" or countries_in(m.name) for m in mentions):
        return None  # "KDB said": the Korean Development Bank, once spelled out
    if any(m.kind == "person" for m in mentions) or _SPOKEN_AT.search(text):
        # "In Germany, Bundesbank Deputy President Helmut Schlesinger told a press conference"
        # places an event where the article never does (judged blind: C, rounds 87 and 89)
        return None
    for mention in mentions:
        official = (
            bool(_OFFICIAL & set(mention.name.split()))
            or mention.name.endswith("bank")  # "the Bundesbank", "the Nationalbank"
            or _OFFICIAL_BEFORE.search(text, 0, mention.start) is not None
        )
        if mention.kind == "org" and not official:
            return None
    words = text.split(" ", 2)
    common = len(words) > 1 and (
        words[0] in _OPENING_WORDS
        or (
            bool(lemmas(words[0].lower()))
            or words[0].lower() in ALLOWED
            or _LOWER_COMPOUND.fullmatch(words[0]) is not None  # "Anti-smoking groups urge"
        )
        and words[1].islower()
    )  # "In Germany, among the new initiatives ...", never "In Germany, Among"
    if (
        common
        and not re.match(r"[A-Z]\w*[A-Z]", words[0])
        and not any(m.start == 0 for m in mentions)
    ):
        text = text[:1].lower() + text[1:]
    return f"In {country}, {text}"


_FRAMED = re.compile(r"^(True or false\? )?In ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*), (.)")


def without_repeated_country(prompt: str) -> str:
    """ "In the Philippines, Jaime Ongpin, finance secretary of the Philippines, said": once
    a person's introduction names the country, the frame goes (judged A: said twice)."""
    framed = _FRAMED.match(prompt)
    if framed is None:
        return prompt
    country = framed.group(2).removeprefix("the ")
    rest = prompt[framed.start(3) :]
    if re.search(rf"(?<![\w.]){re.escape(country)}(?![\w])", rest) is None:
        return prompt
    return _unframed(framed, rest)


def without_frame(prompt: str) -> str:
    """The sentence as the article opened it, before the story's country framed it ("In the
    Netherlands, since then, ..." opens on "Since then")."""
    framed = _FRAMED.match(prompt)
    if framed is None or not framed.group(3).islower():
        return prompt
    return _unframed(framed, prompt[framed.start(3) :])


def _unframed(framed: re.Match[str], rest: str) -> str:
    return (framed.group(1) or "") + rest[:1].upper() + rest[1:]


# "South Korea will boost spending ... It has earmarked 100 trillion won": the country that
# opened the sentence before; never "It will be", "It would take" (no one's act)
_COUNTRY_IT = re.compile(
    r"^It (?=(?:has|had|spent|spends|plans|planned|wants|wanted|agreed|expects|said|says"
    r"|earmarked|pumped|imported|exported|produced|will (?!be\b)|is to)\b)"
)


def country_subject(text: str, mentions: tuple[Mention, ...]) -> str | None:
    """The one country a sentence opens on, if it names no company: what its next "It" is."""
    if not mentions or mentions[0].start != 0 or mentions[0].kind != "place":
        return None
    if mentions[0].name not in COUNTRIES or any(m.kind == "org" for m in mentions):
        return None
    if re.match(r" (?:and|or|,)", text[mentions[0].end :]):
        return None  # "France and Germany will breach ...": "it" is neither
    return mentions[0].name


def with_country_subject(text: str, country: str | None) -> str:
    """ "It has earmarked ..." -> "South Korea has earmarked ..." after a sentence opened by
    South Korea alone."""
    if country is None or _COUNTRY_IT.match(text) is None:
        return text
    return country + text[2:]


def written_country(country: str) -> str:
    """ "the Netherlands", "the US", "China": how a sentence names a country."""
    return _WRITTEN.get(country, (country,))[0]
