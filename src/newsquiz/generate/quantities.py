"""Values with their meaning: money in any currency and scale, percentages, counts, dates.

Each match keeps the exact text span and how it was written (prefix, decimals, scale word,
currency word) so distractors can be written in the same format.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from newsquiz.currencies import article_symbols, article_words

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_RE = "|".join(MONTHS)
_SCALE_WORDS = {
    "trillion": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "thousand": 1e3,
    "k": 1e3,
    "mln": 1e6,
    "bln": 1e9,
}
_CURRENCY_WORDS = article_words()
_SYMBOLS = article_symbols()
_SYMBOL_RE = "(?:" + "|".join(re.escape(symbol) for symbol in _SYMBOLS) + ")"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
WORD_NUMBERS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
    if value
}
_WORD_NUM = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_ANY_NUM = rf"{_NUM}|(?:{_WORD_NUM})(?=\s(?:pct|per\s?cent|percent|mln|bln|billion|million))"
_SCALE = r"(?:trillion|billion|million|thousand|mln|bln|bn|tn|mn|m|k)"
_CUR_WORD = "|".join(sorted(_CURRENCY_WORDS, key=len, reverse=True))

MONEY_SYMBOL = re.compile(
    rf"(?<![\w$£€¥-])(?P<prefix>{_SYMBOL_RE})\s?(?P<num>{_NUM})"
    rf"(?:\s?(?P<scale>{_SCALE})\b)?(?![\d,]*\.\d)"
)
# "5.5 billion Canadian dlrs", "400 mln H.K. Dlrs": newswire names the dollar's country
_DOLLAR_NATION = (
    r"(?:(?:Canadian|Australian|New Zealand|Singapore|Taiwan|Hong Kong|H\.K\.|U\.S\.)\s)"
)
MONEY_WORD = re.compile(
    rf"(?<![\w.,-])(?P<num>{_ANY_NUM})(?:\s?(?P<scale>{_SCALE}))?\s"
    rf"(?P<cur>(?:{_DOLLAR_NATION}(?=[Dd]l|[Dd]ol))?(?:{_CUR_WORD}|Dlrs|Dollars))\b"
    r"(?! cents?\b| pence\b)"
)
PERCENT = re.compile(
    rf"(?<![\w.,-])(?P<num>{_ANY_NUM})"
    r"(?P<suffix>%|\s?per\s?cent\b|\s?percent\b|\spct\b)(?!-\d)"
)
_RANGE_ON = re.compile(r" to \d+%")  # "2% to 3%": one range, but "from 2% to 1%" two levels
COUNT = re.compile(
    rf"(?<![\w.,$£€¥/-])(?P<num>{_NUM})(?:\s(?P<scale>million|billion|thousand|mln|bln)\b)?"
    r"(?![\w%/-]|\.\d|,\d)"
)
DATE_DMY = re.compile(rf"\b(?P<day>\d{{1,2}})\s(?P<month>{MONTH_RE})\s(?P<year>(?:19|20)\d\d)\b")
DATE_MDY = re.compile(rf"\b(?P<month>{MONTH_RE})\s(?P<day>\d{{1,2}}),?\s(?P<year>(?:19|20)\d\d)\b")
DATE_MY = re.compile(rf"\b(?P<month>{MONTH_RE})\s(?P<year>(?:19|20)\d\d)\b")
DATE_Y = re.compile(
    r"\b(?:in|since|by|of|until|from|during|for|to|before|after|early|late|mid|and) "
    r"(?P<year>(?:19|20)\d\d)\b(?![-/%]\d|\.\d|,\d)"
)

_DIGIT = re.compile(r"\d")
_SPELLED = re.compile(rf"\b(?:{_WORD_NUM})\s(?:pct|per|percent|mln|bln|billion|million)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")  # every date pattern holds a year
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year written as a word of its own


@dataclass(frozen=True, slots=True)
class Quantity:
    """A value span inside a sentence, with what it measures and how it is written."""

    kind: str  # money | percent | count | date
    text: str
    start: int
    end: int
    value: float
    prefix: str = ""
    number: str = ""
    scale: str = ""
    suffix: str = ""
    currency: str = ""
    granularity: str = ""  # for dates: year | month_year | day
    noun: str = ""  # counted noun for counts
    spelled: bool = False  # written as a word ("five pct"); its wrong options are too

    @property
    def scaled(self) -> float:
        """The value with its scale word applied (1.13bn -> 1.13e9)."""
        return self.value * _SCALE_WORDS.get(self.scale.strip().lower(), 1.0)


def parse_number(text: str) -> float:
    return float(WORD_NUMBERS.get(text.lower()) or text.replace(",", ""))


def _digits(number: str) -> str:
    """ "five" -> "5": a spelled number is kept in the text, its digits in `number`."""
    value = WORD_NUMBERS.get(number.lower())
    return str(value) if value else number


def decimals_of(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number else 0


_COUNT_NOUN = re.compile(
    r"\s(?:(?:more|new|extra|additional|fewer)\s)?"
    r"([a-z][a-z-]+s|people|staff|aircraft|personnel|cattle|sheep|livestock)\b"
)
# "70 Boeing 737-800 planes", "19,924 Cadillac XLR coupes": names between the number and what
# it counts, which the count keeps ("How many Boeing 737-800 planes has Ryanair ordered?")
_NAMED_COUNT_NOUN = re.compile(
    r"\s((?:(?:[A-Z][\w.-]*|\d{3}[\w-]*)\s){1,3}(?:[a-z][a-z-]+s|aircraft|personnel))\b"
    r"(?!,? (?:and )?[A-Z])"  # "19,924 Cadillac XLR coupes, SRX SUVs and ...": a list counted
)
_NOT_NOUNS = frozenset(
    """years months weeks days hours minutes times percent points cents pence shares""".split()
)


# a dealer's bid/offer quote or a fraction: "1.7740/50 marks", "141.25/35 yen", "1-3/4 points"
_QUOTED_PAIR = re.compile(r"\d/\d+")


@lru_cache(maxsize=4096)
def find_quantities(sentence: str) -> tuple[Quantity, ...]:
    """All money, percent, count and date spans in one sentence, left to right."""
    found: list[Quantity] = []
    # the characters already in a quantity: checking a span costs its length, not a look at
    # every quantity found so far (a sentence of thousands of figures)
    taken = bytearray(len(sentence))
    if _DIGIT.search(sentence) is None and _SPELLED.search(sentence) is None:
        return ()  # every value pattern needs a digit; most sentences have none
    dated = _YEAR.search(sentence) is not None
    for quote in _QUOTED_PAIR.finditer(sentence):  # "1.7740/50 marks" is no "50 marks"
        taken[quote.start() : quote.end()] = b"\x01" * (quote.end() - quote.start())

    def add(q: Quantity) -> None:
        if taken.find(1, q.start, q.end) == -1:  # every span holds a digit: none is empty
            found.append(q)
            taken[q.start : q.end] = b"\x01" * (q.end - q.start)

    for m in DATE_DMY.finditer(sentence) if dated else ():
        add(
            Quantity(
                "date", m.group(), m.start(), m.end(), float(m.group("year")), granularity="day"
            )
        )
    for m in DATE_MDY.finditer(sentence) if dated else ():
        add(
            Quantity(
                "date", m.group(), m.start(), m.end(), float(m.group("year")), granularity="day"
            )
        )
    for m in DATE_MY.finditer(sentence) if dated else ():
        value = float(m.group("year")) + MONTHS.index(m.group("month")) / 12
        add(Quantity("date", m.group(), m.start(), m.end(), value, granularity="month_year"))
    for m in MONEY_SYMBOL.finditer(sentence):
        number = m.group("num")
        add(
            Quantity(
                "money",
                m.group(),
                m.start(),
                m.end(),
                parse_number(number),
                prefix=m.group("prefix"),
                number=number,
                scale=sentence[m.end("num") : m.end()],
                currency=_SYMBOLS.get(m.group("prefix"), "dollar"),
            )
        )
    for m in MONEY_WORD.finditer(sentence):
        number = m.group("num")
        text = m.group()
        cur_start = m.start("cur") - m.start()
        add(
            Quantity(
                "money",
                text,
                m.start(),
                m.end(),
                parse_number(number),
                number=_digits(number),
                spelled=_digits(number) != number,
                scale=text[len(number) : cur_start - 1],
                suffix=" " + m.group("cur"),
                currency=_CURRENCY_WORDS[m.group("cur").split()[-1].lower()],
            )
        )
    for m in PERCENT.finditer(sentence):
        if _RANGE_ON.match(sentence, m.end()) and not sentence.endswith("from ", 0, m.start()):
            continue
        number = m.group("num")
        add(
            Quantity(
                "percent",
                m.group(),
                m.start(),
                m.end(),
                parse_number(number),
                number=_digits(number),
                spelled=_digits(number) != number,
                suffix=m.group("suffix"),
            )
        )
    for m in DATE_Y.finditer(sentence) if dated else ():
        year = m.group("year")
        add(Quantity("date", year, m.start("year"), m.end(), float(year), granularity="year"))
    for m in COUNT.finditer(sentence):
        number = m.group("num")
        value = parse_number(number)
        scale = m.group("scale") or ""
        level = "." in number and re.search(
            r"(?:\bto|\bat|\bfrom|\bof|\badjusted|\brevised|\bclose of|\breading of) $",
            sentence[max(0, m.start() - 14) : m.start()],
        )
        if not scale and not level and (value < 10 or "." in number):
            continue
        if not scale and "," not in number and 1900 <= value <= 2099:
            continue
        before = sentence[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"(?:\bq|\bno\.?\s?|\bpage\s|\bfigure\s|[a-z])$", before):
            continue
        if re.search(rf"(?:{MONTH_RE})\s$", sentence[max(0, m.start() - 10) : m.start()]):
            continue
        tail = sentence[m.end() : m.end() + 30]
        noun_match = _COUNT_NOUN.match(tail) or _NAMED_COUNT_NOUN.match(
            sentence, m.end(), m.end() + 50
        )
        noun = ""
        if noun_match and noun_match.group(1).split()[-1] not in _NOT_NOUNS:
            noun = noun_match.group(1)
        if tail.startswith((" per ", " a ", " an ", "th", "st ", "nd ", "rd ")):
            continue
        if re.match(rf"(?:\s|-)(?:years?|months?|weeks?|days?|hours?|{MONTH_RE})\b", tail):
            continue
        if re.match(r"\s?(?:GMT|BST|EST|ET|CET|am|pm|hrs|local time)\b", tail):
            continue  # a clock time, not a count
        if not noun and not scale and not level and "," not in number and value < 1000:
            continue
        add(
            Quantity(
                "count",
                m.group(),
                m.start(),
                m.end(),
                value,
                number=number,
                scale=(" " + scale) if scale else "",
                noun=noun,
            )
        )
    found.sort(key=lambda q: q.start)
    return tuple(found)


def format_like(template: Quantity, value: float) -> str:
    """Write `value` (in the template's scale) the way the template writes its number."""
    decimals = decimals_of(template.number)
    if decimals:
        number = f"{value:,.{decimals}f}" if "," in template.number else f"{value:.{decimals}f}"
    else:
        rounded = round(value)
        number = f"{rounded:,}" if "," in template.number or rounded >= 10000 else str(rounded)
        if "," not in template.number and rounded < 10000:
            number = str(rounded)
    # spelled as the template is, but only below ten: "seven pct", never "sixteen pct" beside
    # "57 pct" (judged blind: an option in another form)
    spell = template.spelled and value == round(value) and 0 < round(value) < 10
    if spell and round(value) in WORD_NUMBERS.values():
        number = next(w for w, v in WORD_NUMBERS.items() if v == round(value))
    if template.kind == "percent":
        return number + template.suffix
    if template.kind == "money":
        return f"{template.prefix}{number}{template.scale}{template.suffix}"
    if template.kind == "count":
        return number + template.scale
    return number


def same_unit(a: Quantity, b: Quantity) -> bool:
    """Same kind and scale, a bare figure taking its unit from the other: "to 5.5 billion
    Canadian dlrs from 4.3 billion", "30 to 35 pct"."""
    elided = {a.kind, b.kind} in ({"money", "count"}, {"percent", "count"}) and not (
        a.noun or b.noun
    )
    return (a.kind == b.kind or elided) and _scale_word(a.scale) == _scale_word(b.scale)


def _scale_word(scale: str) -> float | str:
    """ "bn" and "billion" are one scale: "131.9 billion kronor from 117.7bn kronor"."""
    word = scale.strip().lower()
    return _SCALE_WORDS.get(word, word)
