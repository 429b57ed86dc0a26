"""The wh-phrase for an answer, from the words around it: "by how much", "to what amount",
"how many jobs", "what net profit", "which company", "to whom"...

`wh_questions.question_for` calls these once it has found the sentence's subject and verb;
each returns the phrase and how much of the sentence it replaces, or nothing when unsure.
"""

import re
from dataclasses import dataclass

from newsquiz.generate.gazetteer import COMPANY_ACRONYMS, INSTITUTION_HEADS
from newsquiz.generate.textutil import reads_with_an
from newsquiz.generate.verbs import can_follow, finite, is_noun, is_participle, is_verb

_APPROX = re.compile(
    r"(?:\b(?:about|around|some|nearly|almost|roughly|approximately|over|more than|less than"
    r"|just over|just under|up to|at least|an estimated|a total of|only|just|a record|record)\s)$"
)
_PREP = re.compile(
    r"\b(by|to|from|at|for|of|in|on|since|until|with|into|against|over|between|under)\s$"
)
_CHANGE = frozenset(
    """rise fall grow jump climb drop slip gain lose increase decrease decline surge soar slump
    plunge tumble advance ease edge dip rally shrink expand widen narrow sink slide fell""".split()
)
_SIZED_NOUN = re.compile(
    r"\s((?:[a-z-]+\s)?(?:loan|deal|stake|rise|fall|increase|decline|drop|cut|jump|gain|loss|"
    r"profit|bid|offer|order|contract|investment|fine|payment|bonus|charge|settlement|"
    r"writedown|write-down|dividend|surplus|deficit)s?)\b(?:\s(?:in|of)\s(?:[A-Z][\w&'-]*\s?){1,4})?"
)
_CHANGE_FORMS = frozenset(
    ["rise", "fall", "grow", "jump", "climb", "drop", "gain", "increase", "decline"]
)
_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her"])
_SHARE_OF = re.compile(
    r"\s(?:of|share of)\s((?:[\w'-]+\s){0,3}?[\w'-]+)(?=[,.]|\s(?:on|in|to|for|by|from|and)\b|$)"
)
_STOP = frozenset("""to a an the of in on at by for from with and or as than every out""".split())


@dataclass(frozen=True, slots=True)
class Target:
    """What is asked: the answer's span in the sentence and what kind of thing it is."""

    start: int
    end: int
    kind: str  # money | percent | count | date | person | org
    granularity: str = ""  # for dates
    noun: str = ""  # for counts: the counted noun right after the number
    org_noun: str = "company"
    names: tuple[int, ...] = ()  # where the sentence's proper names start (kept capitalized)
    proper: frozenset[str] = frozenset()  # words the article capitalizes mid-sentence


_COMPANY_END = re.compile(r"\b(?:INC|CORP|CO|LTD|PLC|AG|SA|NV)\b")


def org_noun(name: str) -> str:
    """ "which company", "which bank" or "which organisation" fits this organization."""
    words = set(name.split())
    if words & {"Bank", "Banks"}:
        return "bank"
    last = name.split()[-1]
    if last in {"Exchange", "Bourse"}:
        return "exchange"  # "Which company inched above its record close?" (judged C)
    if last in {"Index", "Average"}:
        return "index"
    if name in COMPANY_ACRONYMS:
        return "company"  # "Which organisation is to recall all cars ...?" of BMW
    if words & INSTITUTION_HEADS or (name.isupper() and not _COMPANY_END.search(name)):
        return "organisation"  # "USDA", "OPEC": no company says so
    return "company"


# verbs whose "for" names a price: "sold the unit for $5m", not "reported demand for $13m"
_PRICE_VERBS = frozenset(
    """sell buy acquire purchase bid offer pay settle sue fine value auction lease rent trade
    agree raise charge price insure""".split()
)


# what is sold or traded has a price; a profit "at 380m euros" has a level
_PRICED = re.compile(r"\b(?:trad|clos|open|sold|sell|bought|buy|price|valu|offer|bid|fix|peg|set)")
# what may stand between a verb and its "at": "closed up at $51.15", "stood unchanged at 5%"
_AT_MODIFIERS = frozenset("""up down unchanged steady flat higher lower firmer weaker""".split())
_TO_WHOM = frozenset("""to from with by for against""".split())


# verbs that move a level "to" or "from" a figure, beside the changes in _CHANGE
_MOVES = _CHANGE | frozenset(
    """raise lift cut reduce lower boost revise double triple halve trim push bring take set
    fix peg hike slash extend upgrade downgrade increase""".split()
)


def _stems(verb: str, lead: str) -> set[str]:
    """The main verb and the base forms the words before the answer may have ("agreed to
    buy", "cuts", "raised"): which verb governs its preposition."""
    words = lead.split()
    stems = {verb} | {(finite(w) or (w, ""))[0] for w in words}
    stems |= {w[:-1] for w in words if w.endswith(("s", "ed"))}
    return stems | {w[:-2] for w in words if w.endswith("ed")}


def _moves(verb: str, lead: str) -> bool:
    """A verb that changes a level governs the "to"/"from": "cut its forecast to 2%"."""
    return bool(_stems(verb, lead) & _MOVES) or verb in {"is", "are", "was", "were", "be"}


def _prices(verb: str, lead: str) -> bool:
    """A verb of buying or selling governs the "for": "has agreed to buy X for $2bn"."""
    return bool(_stems(verb, lead) & _PRICE_VERBS)


_RATE = re.compile(r"\s(?:per|a|an) (?:day|week|month|year|share|head|hour)\b")


def wh_for_quantity(target: Target, before: str, after: str, verb: str) -> tuple[str, int, int]:
    """(wh-phrase, chars taken before the answer, chars taken after it); ("", 0, 0): none."""
    kind = target.kind
    approx = _APPROX.search(before)
    cut = len(approx.group()) if approx else 0
    lead = before[: len(before) - cut]
    prep_match = _PREP.search(lead)
    prep = prep_match.group(1) if prep_match else ""
    noun_after = re.match(r"\s(?:(?:new|more|extra|additional)\s)?" + re.escape(target.noun), after)
    take_after = noun_after.end() if target.noun and noun_after else 0
    many = f"how many {target.noun}" if take_after else ""
    rate = _RATE.match(after, take_after) if take_after else None
    if rate is not None:  # "how many barrels per day", never "... did sales slip per day"
        many, take_after = many + rate.group(), rate.end()
    if kind == "date":
        if prep in {"in", "on", "during"}:
            wh = {"year": "in what year", "month": "in what month"}.get(target.granularity, "")
            wh = wh if prep == "in" and wh else "when"
        else:
            wh = {"since": "since when", "by": "by when", "until": "until when"}.get(prep, "")
        return (wh, cut + len(prep_match.group()), 0) if wh and prep_match else ("", 0, 0)
    level = {"money": "what amount", "percent": "what level", "count": "what level"}[kind]
    if prep_match is not None:
        taken = cut + len(prep_match.group())
        if prep == "by":
            return (f"by {many or 'how much'}", taken, take_after)
        if prep == "to" and re.search(
            r"\b(?:close|equal|similar|compared|due|next)\s$", lead[: prep_match.start() + 1]
        ):
            return ("", 0, 0)  # "is close to 12bn euros": no amount it went to
        if prep in {"to", "from"} and not _moves(verb, lead[: prep_match.start()]):
            return ("", 0, 0)  # "spent two years to take volume from zero to 1bn": no change
        if prep in {"to", "from"}:
            return (f"{prep} {many or level}", taken, take_after)
        between = lead[: prep_match.start()].split()
        if prep == "at" and kind != "count" and set(between) <= _AT_MODIFIERS:
            priced = kind == "money" and _PRICED.search(lead + " " + verb) is not None
            return ("at what price" if priced else "at what level", taken, 0)
        if prep == "for" and kind == "money" and _prices(verb, lead[: prep_match.start()]):
            return ("for how much", taken, 0)  # not "report demand for 13.4 mln dlrs"
        if prep == "of":
            return _what_head(lead, cut)
        return ("", 0, 0)
    if kind == "percent":
        share = _SHARE_OF.match(after)
        if share is not None and ends_with_verb(lead):
            return (f"what share of {share.group(1)}", cut, share.end())
    sized = _SIZED_NOUN.match(after)
    article = re.search(r"\b(an?)\s$", lead)
    if (
        article is not None
        and sized is not None
        and kind in {"money", "percent"}
        and ends_with_verb(lead[: article.start()])
    ):
        noun = sized.group(1)
        a = "an" if reads_with_an(noun) else "a"
        return (f"how big {a} {noun}", cut + len(article.group()), sized.end())
    if not ends_with_verb(lead):
        return ("", 0, 0)
    if kind == "count" and many:
        return (many, cut, take_after)
    last = lead.split()[-1] if lead.split() else verb
    changed = (verb if not lead.strip() else last) in _CHANGE or last in _CHANGE_FORMS
    changed = changed or last in {"up", "down", "higher", "lower"}  # "closed up $2.80 to ..."
    if changed and kind in {"percent", "money"}:
        return ("by how much", cut, 0)
    if kind == "money":
        return ("how much", cut, 0)
    return ("", 0, 0)


def ends_with_verb(lead: str) -> bool:
    """The answer is the verb's object: nothing, or a verb, stands between them."""
    words = lead.split()
    if not words:
        return True
    last, previous = words[-1], words[-2] if len(words) > 1 else ""
    if previous == "to" or len(words) == 1 or last.endswith("ing"):
        return is_verb(last)  # "to repay _____", "will cut _____", "was spending _____"
    return (finite(last) is not None or is_participle(last)) and can_follow(previous or "x")


def _what_head(lead: str, cut: int) -> tuple[str, int, int]:
    """ "reported a net profit of _____" asks "What net profit ...?"."""
    words = lead.split()[:-1]  # without "of"
    kept: list[str] = []
    while words and words[-1] not in _STOP and finite(words[-1]) is None and len(kept) < 4:
        if len(words) == 1 and is_verb(words[0]) and words[0].endswith("ing"):
            break  # "is projecting earnings growth of": the verb's own participle
        kept.insert(0, words.pop())
    if not kept or not is_noun(kept[-1]):
        return ("", 0, 0)
    phrase = " ".join(kept)
    if re.search(r"\d", phrase):
        return ("", 0, 0)  # "debts of 14bn euros in 2003": a figure is no question's head
    taken = cut + len(phrase) + len(" of ")
    if words and words[-1].lower() in _DETERMINERS:
        taken += len(words[-1]) + 1
    return (f"what {phrase}", taken, 0)


def _noun_takes(lead: str, prep: str) -> bool:
    """The preposition before a name belongs to a noun ("a profit dip at", "a filing with"),
    except "to", "from", "by", "for", "against", which a verb governs across its object
    ("sold its stake to Gamma Holdings")."""
    head = lead.split()[-1:]
    if not head or not head[0].islower() or prep in _TO_WHOM - {"with"}:
        return False
    return is_noun(head[0]) and finite(head[0]) is None


def wh_for_name(target: Target, before: str) -> tuple[str, int]:
    who = "who" if target.kind == "person" else f"which {target.org_noun}"
    the = re.search(r"\bthe\s$", before)
    lead = before[: the.start()] if the else before
    prep_match = _PREP.search(lead)
    taken = len(before) - len(lead)
    between = lead[: prep_match.start()].split() if prep_match is not None else []
    if prep_match is not None and prep_match.group(1) == "by" and not all(map(is_verb, between)):
        return ("", 0)  # "a bid than the 27 dlrs offered by Waste Management": not the agent
    if prep_match is not None and _noun_takes(lead[: prep_match.start()], prep_match.group(1)):
        return ("", 0)  # "its dispute with General Motors": the noun's, not the verb's
    if prep_match is not None and prep_match.group(1) not in {"of", "between", "since", "until"}:
        if target.kind == "person" and prep_match.group(1) not in _TO_WHOM:
            return ("", 0)  # "a stake in Sun Interbrew": no "in whom"
        whom = "whom" if target.kind == "person" else who
        return (f"{prep_match.group(1)} {whom}", taken + len(prep_match.group()))
    if ends_with_verb(lead):
        return (who, taken)
    return ("", 0)
