"""What a typed answer may also be: "$1.13 billion" for "$1.13bn", "15 mln dlrs" for
"$15 million", "Britain" for "UK", "Ministry of Finance" for "Finance Ministry".

Judged blind, a typed card whose common alternative would be marked wrong scores E 1; these
forms are stored on the card (`accepted`) and shown in the feedback.
"""

import re

from newsquiz.generate.checks import AnyCard
from newsquiz.generate.common_names import COMMON_NAMES
from newsquiz.generate.company_short_forms import (
    camel_first,
    initialisms,
    short_names,
    without_country,
)
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.frames import Fact
from newsquiz.generate.gazetteer import NATIONALITIES
from newsquiz.generate.nationality import capital_country
from newsquiz.generate.person_names import chinese_surnames, western_given_names
from newsquiz.generate.quantities import MONTHS, Quantity
from newsquiz.generate.textutil import (
    CAMEL_BOUNDARY,
    COMPANY_ENDING,
    COMPANY_SUFFIX,
    word_positions,
)

UNIT_WORDS = {
    "bn": "billion",
    "m": "million",
    "mn": "million",
    "mln": "million",
    "bln": "billion",
    "k": "thousand",
    "tn": "trillion",
}


_SYMBOL_OF = {"dollar": "$", "pound": "£", "euro": "€"}
# "1.9 billion" is also written "1.9bn", "15 million" "15m" or "15 mln"
_NEXT_SCALE = {"million": "billion", "billion": "trillion"}
_SMALLER_SCALE = {"billion": "million", "trillion": "billion"}
_SCALE_ABBREVIATIONS = {"billion": ("bn", "bln"), "million": ("m", "mln"), "trillion": ("tn",)}
_MINISTRY = re.compile(
    r"^(?:the )?([A-Z]\w+(?: [A-Z]\w+){0,2}) (Ministry|Department)$"
    r"|^(?:the )?(Ministry|Department) of ([A-Z]\w+(?: [A-Z]\w+){0,2})$"
)


_STATE_SHORT = frozenset({"US", "U.S.", "UK", "U.K."})


def common_names(name: str) -> list[str]:
    """Other names a reader would type: "Britain" for "UK", "Ministry of Finance" for
    "Finance Ministry" (and back)."""
    # "US Agriculture Department" is the group's "U.S. Agriculture Department" (judged E 1:
    # "USDA" marked wrong)
    spelled = {name, name.replace("U.S. ", "US "), name.replace("US ", "U.S. ", 1)}
    out = [n for group in COMMON_NAMES if spelled & group for n in group]
    ministry = _MINISTRY.match(name)
    if ministry is not None:
        if ministry.group(1):
            first, _, rest = ministry.group(1).partition(" ")
            if (first in NATIONALITIES or first in _STATE_SHORT) and rest:
                # "Dutch Economics Ministry", "US Agriculture Department"
                out.append(f"{first} {ministry.group(2)} of {rest}")
            elif first not in NATIONALITIES:
                out.append(f"{ministry.group(2)} of {ministry.group(1)}")
        else:
            out.append(f"{ministry.group(4)} {ministry.group(3)}")
    return [n for n in out if n != name]


_BROADCASTER = re.compile(r"^([A-Z][\w-]+) (Radio|Television|TV)$")


def accepted_forms(fact: Fact) -> list[str]:
    """Other spellings of the answer a typed reply may use ("$1.13 billion" for "$1.13bn")."""
    q = fact.quantity
    forms: list[str] = []
    if q is not None:
        forms = quantity_forms(q, fact.answer)
    elif fact.kind == "person":
        tokens = fact.answer.split()
        forms = [tokens[0] if fact.family_first else tokens[-1]]
        if tokens[0] in chinese_surnames() and tokens[0] not in western_given_names():
            forms.append(tokens[0])  # "Wang" for "Wang Yan", whichever way the name was read
    elif fact.kind in {"title", "event"}:
        forms = [fact.answer.lower()]
    elif fact.kind == "date":
        forms = _date_forms(fact.answer)
    elif fact.kind in {"org", "place"}:
        short = COMPANY_SUFFIX.sub("", fact.answer)  # "Dixons Group" -> "Dixons"
        # "British Petroleum Co PLC" -> "British Petroleum" (so "BP"; never "BPC", judged E 1)
        while (shorter := COMPANY_SUFFIX.sub("", short)) != short and " " in shorter:
            short = shorter
        short = _DANGLING_AND.sub("", short)  # "Jefferies and Co" -> "Jefferies", never "... and"
        # grading ignores "the"; "the Rover" in the feedback only reads oddly (judged blind)
        forms = [short, *common_names(fact.answer), *short_names(short)]
        forms += common_names(short) + without_country(short)  # "General Electric Co": "GE"
        forms += [CAMEL_BOUNDARY.sub(" ", fact.answer)]  # "EuroDisney" is also "Euro Disney"
        country = capital_country(fact.answer)  # a city, whatever the extractor made of it
        if country is not None and fact.text.startswith("'s", fact.end):
            # "_____'s benchmark BLOM stock index": Beirut's is Lebanon's (judged D twice)
            forms.append(country)
        broadcaster = _BROADCASTER.match(fact.answer)
        if broadcaster is not None:  # "Tehran Radio" is also "Radio Tehran"
            forms.append(f"{broadcaster.group(2)} {broadcaster.group(1)}")
        forms += initialisms(short) + camel_first(fact.answer)
        pair = _PAIR.fullmatch(fact.answer)
        if pair is not None and not _one_name(pair.group(2)):
            # "Airbus and Boeing" is also typed "Boeing and Airbus"; never "Exchange Commission
            # and Securities" nor "Co and Jefferies" (one name; an editor found them accepted)
            forms.append(f"{pair.group(2)} and {pair.group(1)}")
    if fact.kind == "date" and q is not None:  # "March 31 1987" holds the figure 1987
        forms += _date_forms(fact.answer)
    forms += fact.accepted
    forms += [variant for form in [fact.answer, *forms] for variant in spelling_variants(form)]
    for form in [fact.answer, *forms]:  # "N-C" is also typed "NC", "Kool-Aid" "Kool Aid"
        if _LETTER_HYPHEN.search(form):
            forms.append(_LETTER_HYPHEN.sub("", form))
        if _WORD_HYPHEN.search(form):
            forms.append(_WORD_HYPHEN.sub(" ", form))
    if q is None:  # "an acrid odour" is also typed "acrid odour"
        forms += [re.sub(r"^(?:a|an|the) ", "", f, flags=re.I) for f in [fact.answer, *forms]]
    forms = [" ".join(f.split()) for f in forms]  # "2.58  dollars" had two spaces
    # "Barclays and California-based Wells" for Barclays: two names the extractor ran
    # together are no form of one (judged blind A, round 125)
    joined = _JOINED.search(fact.answer) is not None
    forms = [f for f in forms if joined or _JOINED.search(f) is None]
    return sorted({f for f in forms if f and f != fact.answer})


def quantity_forms(q: Quantity, answer: str) -> list[str]:
    """Other ways to write a figure ("$1.13 billion" for "$1.13bn", "740m euros" for "0.74bn
    euros"), shown with the card so a reader sees which typed forms count."""
    number = q.number
    plain = number.replace(",", "")
    scale = q.scale.strip()
    word = UNIT_WORDS.get(scale.lower(), scale)
    forms: list[str] = []
    if q.kind == "percent":
        forms = [f"{number}%", f"{number} per cent", f"{number} percent", f"{number} pct"]
        forms.append(plain)
    elif q.kind == "money":
        currency = q.suffix.strip() or q.currency + "s"
        forms = [
            f"{q.prefix}{number} {word}".strip(),
            f"{q.prefix}{number}{scale}",
            f"{number} {word} {currency}".replace("  ", " "),
            f"{plain} {word}".strip(),
        ]
        symbol = _SYMBOL_OF.get(q.currency)
        if symbol and not q.prefix:  # "15 mln dlrs" is "$15 million", "12 cts" "12 cents"
            forms += [f"{symbol}{number} {word}".strip(), f"{number} {word} {q.currency}s"]
        if q.currency == "cent":
            forms.append(f"{number} cents")
            if plain.replace(".", "").isdigit() and float(plain) < 100:
                places = 2 + len(plain.partition(".")[2])  # 72.5 cents: $0.725, never $0.72
                forms += [f"${float(plain) / 100:.{places}f}", f"{plain}c"]  # "$0.65", "65c"
    elif q.kind == "count":
        forms = [plain, f"{number}{q.scale}", f"{number} {word}".strip()]
        if plain.isdigit() and int(plain) < len(_NUMBER_WORDS):  # "ten", "one million"
            forms.append(f"{_NUMBER_WORDS[int(plain)]} {word}".strip())
    symbol = _SYMBOL_OF.get(q.currency) if q.kind == "money" and not q.prefix else None
    for short in _SCALE_ABBREVIATIONS.get(word, ()):
        forms.append(f"{q.prefix}{number}{short}")  # "$1.5bn", "1.9bn"
        if symbol:
            forms.append(f"{symbol}{number}{short}")  # "1bn euros" is "€1bn"
        if len(short) == 3:
            forms.append(f"{q.prefix}{number} {short}")  # "15 mln"
    if q.kind == "percent" and "point" in answer:
        forms += [f"{number} percentage points", f"{number} points"]
    bigger = _NEXT_SCALE.get(word)
    if bigger and float(plain) >= 1000:  # "6,000 billion yen" is "6 trillion yen"
        big = f"{float(plain) / 1000:g}"
        after = f" {q.suffix.strip()}" if q.suffix.strip() else ""
        forms.append(f"{q.prefix}{big} {bigger}{after}")  # "$1,000bn" is "$1 trillion"
        forms += [f"{q.prefix}{big}{short}{after}" for short in _SCALE_ABBREVIATIONS[bigger]]
    whole, dot, decimals = number.partition(".")
    if whole.isdigit() and len(whole) >= 4 and not 1900 <= int(whole) <= 2099:
        grouped = f"{int(whole):,}{dot}{decimals}"  # "6661.89" is also "6,661.89"
        forms.append(answer.replace(number, grouped, 1))
    trimmed = re.sub(r"(\.\d*?)0+$", r"\1", number).rstrip(".")
    if trimmed != number:  # "1.3280" is "1.328", "1.0 pct" is "1%"
        forms.append(answer.replace(number, trimmed, 1))
        forms += [f.replace(number, trimmed, 1) for f in list(forms) if number in f]
    smaller = _SMALLER_SCALE.get(word)
    if smaller and q.kind == "money" and 0 < float(plain) < 1:  # "0.74bn euros" is "740m euros"
        small = f"{float(plain) * 1000:g}"
        after = f" {q.suffix.strip()}" if q.suffix.strip() else ""
        forms.append(f"{q.prefix}{small} {smaller}{after}")
        forms += [f"{q.prefix}{small}{short}{after}" for short in _SCALE_ABBREVIATIONS[smaller]]
    return forms


_JOINED = re.compile(r"(?: and | & ).*?[\w-]*based\b")


_SPELLINGS = (
    ("Organisation", "Organization"),
    ("Aluminium", "Aluminum"),
    ("aluminium", "aluminum"),
    ("organisation", "organization"),
    ("Co-operation", "Cooperation"),
    ("co-operation", "cooperation"),
    ("Labour", "Labor"),
    ("programme", "program"),
    ("Centre", "Center"),
    ("centre", "center"),
    ("Defence", "Defense"),
    ("tonnes", "tons"),
    ("tonne", "ton"),
    ("odour", "odor"),
    ("colour", "color"),
    ("favour", "favor"),
    ("isation", "ization"),
)
# the same company written out or cut short: "Oil & Natural Gas Corp" is "Oil and Natural Gas
# Corporation"
_WRITTEN_OUT = (
    (re.compile(r" & "), " and "),
    (re.compile(r"\bCorp\b\.?"), "Corporation"),
    (re.compile(r"\bCo\b\.?$"), "Company"),
    (re.compile(r"\bLtd\b\.?"), "Limited"),
)
_CUT_SHORT = (
    (re.compile(r"\b([A-Z][\w.]*) and (?=[A-Z])"), r"\1 & "),
    (re.compile(r"\bCorporation\b"), "Corp"),
    (re.compile(r"\bLimited\b"), "Ltd"),
)


_WORD_START = {word: re.compile(rf"\b{re.escape(word)}") for pair in _SPELLINGS for word in pair}


def _swap(text: str, old: str, new: str) -> str:
    """`old` replaced by `new` where it starts a word ("Washington" keeps its "ton"); a
    suffix ("-isation") wherever it is."""
    if old not in text:
        return text
    if old.startswith(("isation", "ization")):
        return text.replace(old, new)
    return _WORD_START[old].sub(new, text)


def spelling_variants(text: str) -> list[str]:
    """British and American spellings of the same name ("Organisation for Economic
    Co-operation" and "Organization for Economic Cooperation"), and "M1" for "M-1"."""
    out = []
    for british, american in _SPELLINGS:
        if british in text:
            out.append(_swap(text, british, american))
        elif american in text:
            out.append(_swap(text, american, british))
    all_american, all_british = text, text
    for british, american in _SPELLINGS:
        all_american = _swap(all_american, british, american)
        if british not in all_british:  # "programme" holds "program": never "programmeme"
            all_british = _swap(all_british, american, british)
    out += [all_american, all_british]
    written = text
    for pattern, replacement in _WRITTEN_OUT:
        if pattern.search(text):
            out.append(pattern.sub(replacement, text))
            written = pattern.sub(replacement, written)
    out.append(written)  # "Oil and Natural Gas Corporation": every short word written out
    out += [pattern.sub(short, text) for pattern, short in _CUT_SHORT if pattern.search(text)]
    if re.fullmatch(r"[A-Z]+-\d+", text):
        out.append(text.replace("-", ""))
    return list(dict.fromkeys(v for v in out if v != text))


_DANGLING_AND = re.compile(r"\s+(?:and|&)$")


def _one_name(second: str) -> bool:
    """ "Exchange Commission" of the Securities and Exchange Commission, "Co" of Jefferies and
    Co: the second half of one organization's name, not a second name."""
    return bool(COMPANY_SUFFIX.fullmatch(f" {second}")) or second.split()[-1] in _NAME_HEADS


_NAME_HEADS = frozenset(
    """Commission Committee Board Bank Council Authority Agency Administration Department
    Ministry Office Exchange Association Federation Union Institute Trust Fund Society
    Partners Sons Brothers Industries Services Technologies Communications Electronics""".split()
)


_PAIR = re.compile(r"([A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*)*) and ([A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*)*)")
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_MONTH_DAY_YEAR = re.compile(r"^([A-Z][a-z]+) (\d{1,2}),? (\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2}) ([A-Z][a-z]+),? (\d{4})$")
_MONTH_DAY = re.compile(r"^([A-Z][a-z]+) (\d{1,2})$")  # "August 11"
_DAY_MONTH = re.compile(r"^(\d{1,2}) ([A-Z][a-z]+)$")  # "11 August"


# "N-C" is typed "NC", "Wal-Mart" "WalMart"; "Mercedes-Benz" never "MercedesBenz"
_LETTER_HYPHEN = re.compile(
    r"(?<![A-Za-z]{4})(?<=[A-Za-z])-(?=[A-Za-z])|(?<=[A-Za-z])-(?=[A-Za-z]{1,3}\b)"
)
_WORD_HYPHEN = re.compile(r"(?<=[A-Za-z]{2})-(?=[A-Za-z]{2})")


def _date_forms(answer: str) -> list[str]:
    """ "31 March 1987" for "March 31, 1987", and back."""
    american = _MONTH_DAY_YEAR.match(answer)
    if american is not None:
        month, day, year = american.groups()
        return [f"{day} {month} {year}", f"{month} {day} {year}", f"{month} {day}, {year}"]
    british = _DAY_MONTH_YEAR.match(answer)
    if british is not None:
        day, month, year = british.groups()
        return [f"{month} {day}, {year}", f"{month} {day} {year}"]
    day_first = _DAY_MONTH.match(answer)
    month_first = _MONTH_DAY.match(answer)
    if month_first is not None and month_first.group(1) in MONTHS:
        month, day = month_first.groups()
    elif day_first is not None and day_first.group(2) in MONTHS:
        day, month = day_first.groups()
    else:
        return []
    # "August 11": "11 August", "Aug 11" (a month's short name is read as the month)
    forms = [f"{day} {month}", f"{month} {day}", f"{month[:3]} {day}", f"{day} {month[:3]}"]
    return [form for form in dict.fromkeys(forms) if form != answer]


def without_given_forms(card: AnyCard, index: EntityIndex | None = None) -> AnyCard:
    """A typed card never accepts a word its own prompt shows: "Bank" for "Which bank has
    been banned from suing Parmalat?" (Bank of America) would take the prompt for the answer.
    With the article's `index`, nor a short form that begins another of its names: "Dome" is
    Dome Petroleum and Dome Mines alike."""
    accepted = getattr(card, "accepted", None)
    if not accepted or card.kind == "mcq":
        return card
    prompt = card.prompt.lower()
    kept = [a for a in accepted if not _shown(prompt, a.lower())]
    if index is not None and kept:
        others = _other_names(card.answer, index)
        kept = [a for a in kept if not any(other.startswith(f"{a} ") for other in others)]
    return card if kept == accepted else card.model_copy(update={"accepted": kept})


def _other_names(answer: str, index: EntityIndex) -> list[str]:
    """The article's companies and people other than the answer's, without legal endings."""
    own = index.alias_map.get(answer, answer)
    mine, own_core = _core(answer), _core(own)
    out = []
    for entity in index.entities.values():
        other = _core(entity.name)
        if entity.name == own or entity.kind not in {"org", "person"} or other == own_core:
            continue  # "Agrimont SPA" is Agrimont Group
        if other.startswith(f"{mine} ") or mine.startswith(f"{other} ") or other == mine:
            continue  # "Alcan Aluminium Ltd" for Alcan, "Dome" for Dome Petroleum: the same one
        out.append(other)
    return out


_LEGAL_TAIL = re.compile(rf"(?:\s(?:{COMPANY_ENDING}|SPA|SpA|Limited))+$")


def _core(name: str) -> str:
    return _LEGAL_TAIL.sub("", name)


def _shown(prompt: str, form: str) -> bool:
    """Whether the prompt writes `form`; a figure inside another ("1 pct" in "0.1 pct") is
    not it (judged blind E 1: "1 pct" was refused for 1.0 pct beside "0.1 pct")."""
    if form not in prompt:
        return False
    if not form[:1].isdigit():
        return bool(word_positions(prompt, form))
    return re.search(rf"(?<![\d.,]){re.escape(form)}(?![\w]|[.,]\d)", prompt) is not None
