"""Descriptions only the article can resolve: "the settlement", "the Shearson stake".

Judged blind, a card that says "the deal", "the German group" or "similar moves" fails a
reader who has not seen the article (criterion B). A definite description is resolved when
something in the sentence pins it down: a modifier after it ("the sale of Rover"), a name
right after it ("the airline Ryanair"), a unique referent ("the dollar"), its country ("the
government" in a sentence about Japan), or a rank ("the biggest bank"), though a rank does not
pin down an event ("the largest recall" of whose vehicles?).
"""

import re

from newsquiz.generate.description_heads import (
    COMPANY_NOUNS,
    COUNTRY_WORDS,
    CURRENCIES,
    DOLLAR_WORDS,
    EVENTS,
    NATIONAL,
    NATIONAL_RATES,
    PLACE_HEADS,
    RELATIONS,
    STOCK_HEADS,
    STRICT_HEADS,
    UNIQUE,
)
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import NATIONALITIES
from newsquiz.generate.names import Mention
from newsquiz.generate.nationality import countries_in
from newsquiz.generate.noun_phrases import HYPHENATED, noun_phrase
from newsquiz.generate.quantities import MONTH_RE, YEAR
from newsquiz.generate.textutil import word_positions
from newsquiz.generate.verb_frames import verb_takes
from newsquiz.generate.verbs import finite

# every "the" starts a candidate: "the trial in the case" holds two
# "the £13.8m deal", "The $2.18 trillion budget": an amount describes the noun after it
_AMOUNT = r"(?:[$£€]\d[\d.,]*(?:bn|m)?\s(?:(?:billion|million|trillion)\s)?)"
# "the 2005 target": a year describes it too, a vote says nothing ("the 2-1 decision": whose?,
# judged blind B); "the bill--whether": a dash ends the noun
_DEFINITE = re.compile(
    rf"\b[Tt]he (?=(?:{_AMOUNT}|(?:19|20)\d\d\s|\d{{1,2}}-\d{{1,2}}\s)?"
    rf"((?:[a-z]\w*(?:-\w+)*\s?){{1,4}}))"
)
# "The Shearson stake", "the German group": a name or nationality before a relation
_NAMED_RELATION = re.compile(r"\b[Tt]he ((?:[A-Z][\w.&'-]*\s){1,3})([a-z]+)\b")
_MODIFIED = re.compile(
    r"^(?:'s)?,? (?:(?:to|by|on|at) (?=[A-Z\d_$£€]|the [A-Z])|from\b"
    r"|of|for|in|with|between|among|[a-z]+ed by"
    r"|that(?! (?:there|the|it|he|she|they|we|an?|this|its|his|their)\b)"
    r"|which|who|whose|where|known"
    r"|called|named|led|run|owned|based)\b|^,? [A-Z\d_]"
)
# after an event or a thing of the story, a clause set off by commas adds to what the reader
# already knows but never says which one: "the farm, which employs 300 workers", "before the
# earthquake, Energy Ministry officials said" (the next clause's subject, not an appositive)
_SET_OFF = re.compile(r"^, (?:which|who|whose|where\b|(?:[A-Z][\w&.'-]*\s){1,4}[a-z])")
_WHERE_ONLY = re.compile(r"^ (?:in|at) (?:[A-Z][\w.'-]*\s?){1,3}(?:[,.]|$|(?:where|and|to|on)\b)")
# "The rupee climbed to 43.305 per US dollar": whose rupee, where several countries use it
_SHARED_CURRENCY = re.compile(rf"\b[Tt]he (?:{'|'.join(sorted(CURRENCIES))})\b(?! of\b)")
_RANKED = re.compile(
    r"(?:est|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|only"
    r"|top|next|same|most|least|number|worst|best|main|major|key|leading)$"
)
# "similar moves", "such steps", "that dependence": words that point back to the article
_ANAPHORIC = re.compile(
    r"\b(?:[Ss]imilar|[Ss]uch|That|[Tt]hese|[Tt]hose) (?:moves?|steps?|measures?|actions?"
    r"|deals?|cuts?|plans?|changes?|proposals?|polic(?:y|ies)|dependence|decisions?"
    r"|agreements?|arrangements?|efforts?|problems?|concerns?)\b"
    # "a similar $540m repayment demand": similar to what the article said before
    r"|\b[Ss]imilar\b(?!\s+to\b|-)"
    # "The remaining 30%", "the other two agencies": the rest of something named before
    r"|(?:^|\? )The (?:remaining|other (?:two|three|four|five))\b"
    # "When did Inbev buy out another partner?": another than which?
    r"|\b[Aa]nother (?:partner|company|firm|bidder|rival|investor|shareholder|deal|bid|offer"
    r"|director|executive|official|member|board member)\b"
    r"(?!,? (?:[A-Z]|of\b|for\b|in\b(?! _____| \d| (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\b)))"  # "another partner in the venture", never "... in _____"
    # "Anand Jain - another _____ board member": another than whom? (judged blind B, round 135)
    r"|\b[Aa]nother _____(?= [a-z])"
    # "having spent the intervening time as an adviser": between what and what?
    r"|\b[Tt]he intervening (?:time|period|years|months|weeks)\b"
    # "Ford will do so at a presentation": do what?
    r"|\b(?:do|does|did|doing|done) so\b"
    # "both candidates pledged", "the two companies said": which two?
    r"|\b(?:[Bb]oth|[Tt]he two) (?:candidates|companies|firms|sides|men|women|parties|banks"
    r"|groups|governments|leaders|rivals|bidders|carriers|airlines|countries|brothers|partners"
    r"|executives)\b(?!,? [A-Z])"
    # "for refining in this country": the dateline's country, which the card does not show
    r"|\b[Tt]his (?:country|city|state|province|island|nation|region|territory)\b"
    # "Some Citigroup operations elsewhere in the world": elsewhere than where? (judged blind
    # B four times, rounds 112-137)
    r"|\belsewhere in the world\b"
    # "Yukos will not let go of its unit without a fight": which unit? "its contribution would
    # rise": to what? (judged blind B five times, rounds 108-137)
    r"|\b(?:[Ii]ts|[Tt]heir) (?:unit|subsidiary|division|affiliate|venture|contribution)\b"
    r"(?!,? [A-Z]| (?:in|of|for|that|which|to|based)\b)"
    # "its higher offer": higher than which? "the revised bid": revised from what?
    r"|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Tt]he) (?:higher|improved|sweetened|revised|raised|lower"
    r"|rival|previous|original|earlier|latest) (?:offer|bid|proposal|terms)\b"
    r"(?! (?:of|for|to|from|than|by)\b)"
)
# "Malcolm Glazer and his family hold a stake of _____": a stake in what? (judged blind B)
_STAKE = re.compile(r"\bstake\b")
_STAKE_IN = re.compile(
    r"\b(?:stakes?|holdings?) (?:[\w.,%$£€]+ ){0,3}in\b|\b(?:in|of) which\b|\bshares? in\b"
    r"|shareholders?\b|investors\b"
    r"|\b[A-Z][\w&.-]*(?:'s)? stake\b"  # "its Encor stake", "Sunderland's leading shareholder"
)
# "Hutchison and Hongkong will indirectly hold 43 pct, Victor T.K. Li will own nine pct": shares
# held in a company the sentence never names (judged blind B four times, rounds 111-137)
_HOLDS_SHARE = re.compile(
    r"\b(?:hold|holds|held|own|owns|owned|have|has) (?:about |some |around |nearly |almost )?"
    r"(?:\d[\d.,]*(?: pct|%| per cent)|[a-z]+ pct)(?=[,.;]| and\b)"
)
# "the fourth quarter", "the year": periods are `trust`'s to judge, by their year
_PERIODS = frozenset("quarter half year month week period day decade season".split())
# "The Bank of England's announcement was followed by ...": which announcement?
_WHOSE_WORDS = re.compile(
    r"\b[A-Z][\w.&-]*(?: (?:of )?[A-Z][\w.&-]*)*'s (?:announcement|decision|move|statement"
    r"|comments?|remarks|warning|news|acquisition|purchase|bid|offer|deal|proposal|takeover"
    r"|merger)\b(?! (?:of|to|that|on|about|for|with)\b)"
)
# "The Leuven-based brewery said ...": where it is based, never which one (judged blind B)
_BASED = re.compile(r"\b[Tt]he [A-Z][\w.-]*-based (?:[a-z]+ ){0,2}[a-z]+\b(?!,? [A-Z(])(?! of\b)")


def vague_description(text: str, index: EntityIndex) -> str | None:
    """The first description in `text` that only the article can resolve, or None."""
    places = [m for m in index.mentions(text) if m.kind == "place"]
    anaphoric = _ANAPHORIC.search(text)
    similar = anaphoric is not None and anaphoric.group().lower() == "similar"
    if similar and anaphoric is not None and re.search(r"\d", text[: anaphoric.start()]):
        anaphoric = None  # "fell 0.1%, matching a similar fall": similar to that 0.1%
    for match in _DEFINITE.finditer(text):
        if anaphoric is not None and anaphoric.start() < match.start():
            break
        phrase = noun_phrase(match.group(1).split())
        if not phrase:
            continue
        modifiers, head = phrase[:-1], phrase[-1]
        if _PREDICATE.search(text, 0, match.start()):
            continue  # "a merger of A and B would be the fifth telecoms deal": says what it is
        if len(modifiers) >= 2 and any(HYPHENATED.fullmatch(word) for word in modifiers):
            continue  # "the split-capital investment trust scandal": described, not referred to
        if match.start(1) > match.end() and head not in STRICT_HEADS:
            continue  # "the $550m it lost": an amount asks "which" only of an event or thing
        end = match.start(1) + len(" ".join(phrase))
        ranked = head not in EVENTS and any(_RANKED.search(w) for w in [*modifiers, head])
        if head in UNIQUE or head in _PERIODS or head in CURRENCIES or ranked:
            continue  # a currency several countries use is judged below, by its country
        # "the country's GDP, according to the Bank of Mexico": a country's name pins it down
        capitalized = set(re.findall(r"[A-Z][a-z]+", text))
        national = (
            head in NATIONAL
            or head == "population"
            or (head == "rate" and NATIONAL_RATES & set(modifiers))
        )
        if national and (places or NATIONALITIES & capitalized or countries_in(text)):
            continue
        if _named_before(text, match.start(), head, index):
            continue
        if head in STRICT_HEADS and _SET_OFF.match(text[end:]):
            return text[match.start() : end]
        if head in EVENTS and _WHERE_ONLY.match(text[end:]):
            return text[match.start() : end]  # "the suit in Houston": where, not which
        if head in STRICT_HEADS and _ONLY_WHEN.match(text[end:]):
            return text[match.start() : end]  # "the link in 1983": when, not which (B thrice)
        if (
            _MODIFIED.match(text[end:])
            and not _what_was_told(text, match.start(), end)
            and not verb_takes(text, match.start(), end)
        ):
            continue
        if _named_after(text, end, index):
            continue
        return text[match.start() : end]
    if anaphoric is not None:
        return anaphoric.group()
    currency = _SHARED_CURRENCY.search(text)
    if currency is not None and not _whose_currency(text, places):
        return currency.group()
    stake = _STAKE.search(text)
    if stake is not None and _STAKE_IN.search(text) is None:
        return "stake"
    held = _HOLDS_SHARE.search(text)
    if held is not None and _STAKE_IN.search(text) is None:
        return held.group()  # "Hutchison will indirectly hold 43 pct, ...": of what?
    said = _WHOSE_WORDS.search(text)
    if said is not None:
        return said.group()
    data = _WHOSE_DATA.match(text)
    if data is not None and not _DATED.search(text):
        return data.group()  # "The Office for National Statistics data confounded ...": which?
    by_rank = _RANKED_ACTOR.search(text)
    if by_rank is not None and not _set_beside_name(text, by_rank.start(), by_rank.end()):
        return by_rank.group()  # "the world's fifth largest carmaker" boosted income: who?
    based = _BASED.search(text)
    if based is not None and not any(
        m.kind == "org" and m.end <= based.start() for m in index.mentions(text)
    ):  # "revoked contracts of Boeing and barred the Seattle-based company": Boeing
        return based.group()
    return _named_relation(text, index)


# "the UK's second largest building society", "the world's fifth largest carmaker": a
# company known by its rank, which only the article names (judged blind B in rounds 98-101)
_RANKED_ACTOR = re.compile(
    r"\b[Tt]he (?:world|[A-Z][\w.]*)'s? (?:[a-z-]+ )?(?:second|third|fourth|fifth|sixth"
    r"|\d+(?:st|nd|rd|th))?[- ]?(?:largest|biggest|leading|top) (?:[a-z-]+ ){0,2}?"
    r"(?:company|firm|group|carmaker|car maker|maker|bank|lender|insurer|airline|carrier"
    r"|retailer|brewer|producer|society|operator|supermarket|chain|supplier|exporter)\b"
)
# "The ONS data confounded analyst expectations": a source's figures with no period
_WHOSE_DATA = re.compile(
    r"^(?:True or false\? )?The (?:[A-Z][\w&.'-]*(?: (?:for|of|on|and))? )+"
    r"(?:data|figures|statistics|numbers)\b(?! (?:for|on|of|covering)\b)"
)
_DATED = re.compile(rf"{YEAR.pattern}|\b(?:{MONTH_RE}|quarter|month)\b|\b(?:in|since|for) _____")
_NAME_BEFORE = re.compile(
    r"(?:[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*)*|_____),? $"
    # "became the world's biggest brewer", "would create the world's fourth biggest bank":
    # what something is or becomes, not who acts
    r"|\b(?:is|was|be|been|being|become|became|becomes|becoming|remain|remains|remained"
    r"|create|creates|created|creating|make|makes|made|making|as|into|overtake|overtook)"
    r"(?: (?:now|still|already|also))? $"
    r"|\b(?:make|makes|made|making|turn|turns|turned|turning)(?: [\w']+){1,4} $"  # "make its unit"
)
_NAME_AFTER = re.compile(r"^,? [A-Z][\w&'.-]*")


def _set_beside_name(text: str, start: int, end: int) -> bool:
    """ "Diageo, the world's biggest spirits company," or "the largest US retailer Wal-Mart":
    the description stands beside the name it describes."""
    return bool(_NAME_BEFORE.search(text, 0, start) or _NAME_AFTER.match(text[end:]))


def _whose_currency(text: str, places: list[Mention]) -> bool:
    """A country or nationality other than the dollar's says whose lira or rupee it is."""
    if any(m.name not in DOLLAR_WORDS for m in places):
        return True
    capitalized = set(re.findall(r"[A-Z][a-z]+", text)) - DOLLAR_WORDS
    return bool(COUNTRY_WORDS & capitalized) or bool(set(countries_in(text)) - DOLLAR_WORDS)


# "Renault, which owns 44% of the Japanese carmaker": the company named before is a party to
# the other one, never the description itself (judged blind B, round 129)
_OTHER_PARTY = re.compile(r"\b(?:of|in|with|for|from|against|into) $")


def _named_relation(text: str, index: EntityIndex) -> str | None:
    """ "The Shearson stake" (whose stake, sold to whom?), "the German group" (which?); "the
    Edelman group" names its leader, and a name that goes on is a name ("the Bank of X")."""
    for match in _NAMED_RELATION.finditer(text):
        head = match.group(2)
        after = text[match.end() :]
        # "of the Japanese carmaker, in April": a phrase set off by a comma is no modifier
        if head not in RELATIONS or _MODIFIED.match(after) and not after.startswith(","):
            continue
        names = match.group(1).split()
        other = _OTHER_PARTY.search(text, 0, match.start()) and not after.startswith("'s")
        if head in COMPANY_NOUNS and (
            names[-1].endswith("-based")
            or not other
            and any(m.kind == "org" and m.end <= match.start() for m in index.mentions(text))
        ):
            continue  # "the Ohio-based company" (see `_BASED`), "Fiat ... the Italian carmaker"
        people = [index.alias_map.get(word.rstrip(".")) for word in names]
        if any(name and index.entities[name].kind == "person" for name in people):
            continue
        return match.group().strip()
    return None


# "Richard Morrow told the analysts that ...": "that" opens what was told, not which analysts
_TOLD = re.compile(r"\b(?:told|tells|tell|informed|warned|assured|reminded|convinced) $")
_PREDICATE = re.compile(r"\b(?:would|will|could|to) (?:be|become) $")


def _what_was_told(text: str, start: int, end: int) -> bool:
    """ "told the analysts that Orbex will lose": "that" opens what was told (a subject
    follows it), not a clause saying which analysts ("told the meeting that was held")."""
    if _TOLD.search(text, 0, start) is None or not text.startswith(" that ", end):
        return False
    following = text[end + 6 :].split(" ", 1)[0]
    return finite(following) is None and not following.endswith("ed")


# a noun naming what a verb before it in the sentence did: "rose ... the rise"
_DEVERBAL = {
    "total": "totall?ed|totals?",
    "rise": "rose|rises|risen",
    "fall": "fell|falls|fallen",
    "increase": "increased|increases",
    "decline": "declined|declines",
    "drop": "dropped|drops",
    "gain": "gained|gains",
    "jump": "jumped|jumps",
}
_VERB_BEFORE = {head: re.compile(rf"\b(?:{forms})\b") for head, forms in _DEVERBAL.items()}


_ONLY_WHEN = re.compile(
    r"^ (?:in|since) (?:(?:19|20)\d\d|_____)(?![\w,]* (?:of|to|with|between)\b)"
)
_FRAMED_MEASURES = frozenset(
    """deficit surplus inflation growth output unemployment production economy budget rate
    rates debt exports imports""".split()
)
_FRAME = re.compile(
    r"(?:True or false\? )?(?:In|At|On|For|During|Across|Throughout|Outside|Within) [^,]+, "
)


# "Ahead of talks with the _____, the pan-European bourse said": the comma closes an opening
# phrase, so what follows is the clause's subject, not an apposition (judged blind B, round 135)
_OPENER = re.compile(
    r"^(?:True or false\? )?(?:Ahead of|After|Before|Despite|Following|Amid|During|Since"
    r"|Unlike|Like|While|When|Although|Though|Because|If|With|Without|In|On|At)\b[^,]*, $"
)


def _named_before(text: str, start: int, head: str, index: EntityIndex) -> bool:
    """What the sentence named before the description: "The Bank of Korea, the central bank"
    (an apposition), "the ISM index ... the index" (its head repeated after a name), "Ethiopia
    ... the region", "Nasdaq went public ... when the stock started trading"."""
    before = text[:start]
    for at in word_positions(before, head):  # "the Velmar Supply (VSM) index ... the index"
        previous = before[:at].rstrip(" ").split(" ")[-1] if at else ""
        if previous[:1].isupper() or previous.endswith(")"):
            return True
    if head in _DEVERBAL and _VERB_BEFORE[head].search(before):
        return True  # "exports totalled $63.8bn, taking the annual total up 35.4%"
    # "In the UK, the strong services figure": a frame's comma, no apposition (judged B);
    # its country pins down only a national measure ("In the US, the current account deficit")
    framed = _FRAME.fullmatch(before) is not None
    if framed and head in _FRAMED_MEASURES and countries_in(before):
        return True
    apposition = before.endswith(", ") and not framed and not _OPENER.match(before)
    if apposition and before.endswith("_____, "):
        return True
    if not (apposition or head in PLACE_HEADS or head in STOCK_HEADS):
        return False  # the names before it are looked up only where they can decide
    mentions = [m for m in index.mentions(before) if m.end <= start]
    if apposition and any(m.end == start - 2 for m in mentions):
        return True
    if head in PLACE_HEADS:
        return any(m.kind == "place" for m in mentions)
    if head in STOCK_HEADS:
        return len({m.name for m in mentions if m.kind == "org"}) == 1
    return False


def _named_after(text: str, end: int, index: EntityIndex) -> bool:
    """ "the deal" followed closely by what it is about ("the deal with Ford") is resolved."""
    following = text[end : end + 40]
    return any(m.start < 3 for m in index.mentions(following))
