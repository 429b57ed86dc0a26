"""Wrong options that are the same kind of thing as the answer, in the same format.

Article values and names come first (hardest), then generated ones: numbers perturbed keeping
unit, scale and rounding style and spread apart; dates of the same granularity; Faker names in
the answer's naming order; organizations from a small pool sharing the answer's suffix.
"""

import math
import random
import re
from functools import cache

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.frames import sounds_like_vowel
from newsquiz.generate.gazetteer import (
    INSTITUTION_POOL,
    MEDIA_POOL,
    NOT_NAMES,
    ORG_HEADS,
)
from newsquiz.generate.names import Entity
from newsquiz.generate.nationality import OFFICIAL_TITLES, countries_in
from newsquiz.generate.person_names import (
    chinese_given_names,
    chinese_surnames,
    english_given_names,
    western_family_names,
    western_given_names,
)
from newsquiz.generate.quantities import MONTHS, Quantity, decimals_of, format_like
from newsquiz.generate.sectors import SECTOR_POOL, same_sector, sectors_of
from newsquiz.generate.textutil import contains_word, norm, words

_FACTORS_LOW = (0.5, 0.6, 0.7, 0.8)
_FACTORS_HIGH = (1.25, 1.4, 1.6, 1.8, 2.0, 2.5)
MIN_SPREAD = 0.08
_FINE_LOW = (0.94, 0.96, 0.98)
_FINE_HIGH = (1.02, 1.04, 1.06)
# a price per barrel, share or tonne: judged blind, $79.88 beside a $44.38 Brent price (with
# New York crude at $48.64 in the prompt) was no option at all
_PRICE_LOW = (0.8, 0.85, 0.9)
_PRICE_SPREAD = 0.04
_PRICE_HIGH = (1.1, 1.15, 1.2, 1.25)
# "The rupee climbed to 43.305 per US dollar, up from a close of _____": a rate
_RATE_WORDS = re.compile(r"\b(?:per|to the|against the) (?:US |U\.S\. )?dollar\b")
_PRICE_AFTER_BLANK = re.compile(
    r"_____ (?:a|an|per) (?:barrel|share|ounce|tonne|ton|pound|gallon|bushel|kilo|kg|lb)\b"
)


def _in_text(option: str, text: str) -> bool:
    return contains_word(text, option)


def _step(q: Quantity) -> float:
    decimals = decimals_of(q.number)
    if q.kind == "percent" and q.number.endswith((".25", ".75")):
        return 0.25  # rates move in quarter points: no "2.38%" beside "4.75%"
    if decimals:
        return 10.0**-decimals
    digits = q.number.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    zeros = min(zeros, max(0, len(digits) - 2))
    return float(10**zeros)


def spread_ok(values: list[float], min_spread: float = MIN_SPREAD) -> bool:
    """Every two values differ by at least `min_spread` of the larger one."""
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            top = max(abs(a), abs(b))
            if top == 0 or abs(a - b) / top < min_spread:
                return False
    return True


def _same_format(a: Quantity, b: Quantity) -> bool:
    return (
        a.kind == b.kind
        and a.prefix == b.prefix
        and a.scale.strip().lower() == b.scale.strip().lower()
        and a.suffix.strip().lower() == b.suffix.strip().lower()
        and a.currency == b.currency
        and (a.kind != "date" or a.granularity == b.granularity)
        and decimals_of(a.number) == decimals_of(b.number)
    )


def number_distractors(
    q: Quantity,
    pool: list[Quantity],
    rng: random.Random,
    prompt: str,
    n: int = 3,
    cap: float | None = None,
    above: float | None = None,
    below: float | None = None,
) -> list[str]:
    """n wrong values written like `q`, spread apart so exactly one option is right.

    `cap` bounds the values (a share of something is at most 100%); `above` and `below`
    are figures the sentence puts the answer above or below ("rose to _____ from 4.6%").
    """
    chosen: list[tuple[str, float]] = []
    # quotes written to three or more decimals (exchange rates, share prices) move little
    fine = decimals_of(q.number) >= 3
    spread = 0.015 if fine else MIN_SPREAD
    priced = q.kind == "money" and _PRICE_AFTER_BLANK.search(prompt) is not None
    priced = priced or (decimals_of(q.number) >= 2 and _RATE_WORDS.search(prompt) is not None)
    if priced and not fine:
        spread = _PRICE_SPREAD
    values = [q.value]

    # "a _____ black hole": an option read with "an" ("$8bn") is ruled out by the grammar
    sound = _ARTICLE_BEFORE_BLANK.search(prompt)
    vowel = sounds_like_vowel(q.text)

    def take(text: str, value: float) -> bool:
        if value <= 0 or text in {c[0] for c in chosen} or norm(text) == norm(q.text):
            return False
        if sound is not None and sounds_like_vowel(text) != vowel:
            return False
        if cap is not None and value > cap:
            return False
        if (above is not None and value <= above) or (below is not None and value >= below):
            return False
        if _in_text(text, prompt) or not spread_ok([*values, value], spread):
            return False
        chosen.append((text, value))
        values.append(value)
        return True

    for other in sorted(pool, key=lambda o: abs(math.log(max(o.value, 1e-9) / max(q.value, 1e-9)))):
        if len(chosen) >= min(2, n):
            break
        if _same_format(q, other) and 0.1 <= other.value / max(q.value, 1e-9) <= 10:
            take(other.text, other.value)
    step = _step(q)
    lows = list(_FINE_LOW if fine else _PRICE_LOW if priced else _FACTORS_LOW)
    highs = list(_FINE_HIGH if fine else _PRICE_HIGH if priced else _FACTORS_HIGH)
    rng.shuffle(lows)
    rng.shuffle(highs)
    room = n - len(chosen)
    want_low = rng.randint(min(1, room), max(1, room - 1)) if q.value * 0.5 >= step else 0
    for factor in lows[:]:
        if want_low <= 0 or len(chosen) >= n:
            break
        value = round(q.value * factor / step) * step
        if take(format_like(q, value), value):
            want_low -= 1
    for factor in highs + lows:
        if len(chosen) >= n:
            break
        value = round(q.value * factor / step) * step
        take(format_like(q, value), value)
    return [text for text, _ in chosen]


_ARTICLE_BEFORE_BLANK = re.compile(r"\b[Aa]n? _____")
_PERIOD_END = re.compile(r"\b(?:year|quarter|half|months?|period) (?:ending|ended|to) _____")
_QUARTER_ENDS = (("31", "March"), ("30", "June"), ("30", "September"), ("31", "December"))
_DMY = re.compile(r"^(\d{1,2}) (\w+) (\d{4})$")
_MDY = re.compile(r"^(\w+) (\d{1,2}),? (\d{4})$")


def date_distractors(
    q: Quantity,
    pool: list[Quantity],
    rng: random.Random,
    prompt: str,
    n: int = 3,
    around: tuple[int, ...] = (),
) -> list[str]:
    """n other dates of the same granularity (year, month and year, or day).

    A year keeps the answer's order with the other years of its sentence (`around`): for
    "growth in 2004 came after a contraction in _____" every option is before 2004.
    """
    out: list[str] = []
    answer_year = int(q.value)

    def in_order(text: str) -> bool:
        year = int(text[-4:]) if text[-4:].isdigit() else answer_year
        return all((year < y) == (answer_year < y) for y in around if y != answer_year)

    def take(text: str) -> None:
        if text == q.text or text in out or _in_text(text, prompt) or len(out) >= n:
            return
        if q.granularity == "year" and not in_order(text):
            return
        out.append(text)

    for other in pool:
        if _same_format(q, other) and abs(other.value - q.value) <= 6:
            take(other.text)
    shifts = [1, 2, 3, 4, 5]
    rng.shuffle(shifts)
    signs = [rng.choice((-1, 1)) for _ in shifts]
    if q.granularity == "year":
        year = int(q.text)
        for shift, sign in zip(shifts, signs, strict=True):
            take(str(year + sign * shift))
        for shift in range(1, 9):  # the order with the sentence's years left too few
            for sign in (-1, 1):
                take(str(year + sign * shift))
    elif q.granularity == "month_year":
        month_name, year_text = q.text.split()
        month = MONTHS.index(month_name) + int(year_text) * 12
        for shift, sign in zip(shifts, signs, strict=True):
            m = month + sign * shift * 2
            take(f"{MONTHS[m % 12]} {m // 12}")
    else:
        dmy = _DMY.match(q.text)
        mdy = _MDY.match(q.text)
        dated = dmy or mdy
        if _PERIOD_END.search(prompt) and dated is not None:
            # "the year ending _____": a period ends on a quarter's last day, never 16 December
            for last_day, month_name in _QUARTER_ENDS:
                comma = "," if "," in q.text else ""
                take(
                    f"{last_day} {month_name} {dated.group(3)}"
                    if dmy
                    else f"{month_name} {last_day}{comma} {dated.group(3)}"
                )
        for shift, sign in zip(shifts, signs, strict=True):
            if dmy:
                day = int(dmy.group(1)) + sign * shift * 3
                day = day if 1 <= day <= 28 else int(dmy.group(1)) - sign * shift * 3
                if 1 <= day <= 28:
                    take(f"{day} {dmy.group(2)} {dmy.group(3)}")
            elif mdy:
                day = int(mdy.group(2)) + sign * shift * 3
                day = day if 1 <= day <= 28 else int(mdy.group(2)) - sign * shift * 3
                if 1 <= day <= 28:
                    comma = "," if "," in q.text else ""
                    take(f"{mdy.group(1)} {day}{comma} {mdy.group(3)}")
    return out


@cache
def sorted_surnames(family_first: bool) -> tuple[str, ...]:
    return tuple(sorted(chinese_surnames())) if family_first else western_family_names()


@cache
def sorted_given_names() -> tuple[str, ...]:
    known = western_given_names()
    return tuple(n for n in english_given_names() if n in known)


def _name_taken(name: str, index: EntityIndex, prompt: str) -> bool:
    if _in_text(name, prompt):
        return True
    return any(_in_text(part, prompt) for part in name.split() if len(part) > 2)


def person_distractors(
    answer: str,
    family_first: bool,
    index: EntityIndex,
    rng: random.Random,
    prompt: str,
    n: int = 3,
    invent: bool = False,
    title: str = "",
) -> list[str]:
    """Other people in the article (holding a title like the answer's `title`); invented
    (Faker) names only with `invent`: judged blind,
    an invented name beside a real official is an absurd option (wrong country, gender or
    era), so story cards use the article's people or become typed questions."""
    out: list[str] = []
    answer_parts = set(answer.split())
    for entity in sorted(index.of_kind("person"), key=lambda e: (-e.mentions, e.name)):
        if len(out) >= n:
            return out
        if (
            entity.name != answer
            and not _name_taken(entity.name, index, prompt)
            and not answer_parts & set(entity.name.split())
            and _fits_title(entity, title)
        ):
            out.append(entity.name)
    if not invent or countries_in(title):
        return out
    if family_first:
        surnames = sorted_surnames(True)
        given = chinese_given_names()
    else:
        surnames = sorted_surnames(False)
        given = sorted_given_names()
    used = {p for name in out for p in name.split()} | answer_parts
    for _ in range(50):
        if len(out) >= n:
            break
        family, first = rng.choice(surnames), rng.choice(given)
        if family in used or first in used or family in index.alias_map:
            continue
        name = f"{family} {first}" if family_first else f"{first} {family}"
        if not _name_taken(name, index, prompt):
            out.append(name)
            used.update({family, first})
    return out


def _fits_title(person: Entity, title: str) -> bool:
    """A wrong option for "French Finance Minister _____" is placed in France by the article,
    and one for "Judge _____" holds a title like it: judged blind, a Swiss analyst offered as
    U.S. Treasury Secretary, or a president as a judge, is ruled out by the prompt."""
    country = countries_in(title)
    if country and not country & person.countries:
        return False
    official = OFFICIAL_TITLES & set(title.split())
    held = {word.capitalize() for role, _ in person.roles for word in role.split()}
    return not official or bool(official & held)


INSTITUTION_WORDS = words(
    """Reserve Bank Exchange Commission Authority Agency Ministry Department Treasury Fund
    Organisation Organization Council Board Office Bureau Union Court Tribunal Parliament"""
)


def _shares_word(name: str, others: list[str]) -> bool:
    def core(text: str) -> set[str]:
        return {w.lower() for w in text.split() if len(w) > 3 and w not in ORG_HEADS}

    mine = core(name)
    return any(mine & core(other) or _shortens(name, other) for other in others)


def _shortens(a: str, b: str) -> bool:
    """ "Man United" and "Manchester United": each word starts the other name's word."""
    words_a, words_b = a.lower().split(), b.lower().split()
    return len(words_a) == len(words_b) > 1 and all(
        x.startswith(y) or y.startswith(x) for x, y in zip(words_a, words_b, strict=True)
    )


_HYPHEN_ADJECTIVE = re.compile(r"^[A-Z][a-z]+-[a-z]+ ")


def _not_a_rival_name(name: str) -> bool:
    """A nationality, a weekday or a descriptive prefix is not part of a company's name
    ("South African", "Tuesday Mitsubishi", "Paris-based IEA"), nor is an abbreviation cut
    at its last dot ("U.S", "A.E"), nor a ticker ("GBL.TO", "RD.AS")."""
    parts = name.split()
    if _CUT_OR_TICKER.search(name):
        return True
    return parts[0] in NOT_NAMES or parts[-1] in NOT_NAMES or bool(_HYPHEN_ADJECTIVE.match(name))


_CUT_OR_TICKER = re.compile(r"(?:^|\s)[A-Z](?:\.[A-Z])+$|^[A-Z]{1,5}\.[A-Z]{1,3}$")


def org_distractors(
    answer: str,
    media: bool,
    index: EntityIndex,
    rng: random.Random,
    prompt: str,
    n: int = 3,
    after: str = "",
) -> list[str]:
    """Other organizations in the article (same media/non-media role), then a pool.

    Pool names are generic, so a company answer needs two rivals from the article itself;
    otherwise no distractors are offered (the fact is then asked as a typed cloze). After
    "the" (`after="the"`: "The _____ reported") the media pool offers only titles read with
    "the", without it; before "news agency" (`after="agency"`) only names read without it.
    """
    out: list[str] = []
    answer_key = norm(answer)
    institution = bool(INSTITUTION_WORDS & set(answer.split()))
    for entity in sorted(index.of_kind("org"), key=lambda e: (-e.mentions, e.name)):
        if len(out) >= n:
            return out
        key = norm(entity.name)
        if (
            entity.media != media
            or institution != bool(INSTITUTION_WORDS & set(entity.name.split()))
            or not entity.strong
            or key == answer_key
            or key in answer_key
            or answer_key in key
        ):
            continue
        if _not_a_rival_name(entity.name):
            continue  # "South African", "Trouble-hit Mitsubishi Motors": extraction debris
        if _shares_word(entity.name, [answer, *out]):
            continue  # "Man United" next to "Manchester United" would be a second right answer
        if not same_sector(answer, entity.name, prompt):
            continue  # a bank is no rival of an oil company
        if not _in_text(entity.name, prompt) and not any(
            _in_text(a, prompt) for a in entity.aliases
        ):
            out.append(entity.name)
    if len(out) < 2 and not media:
        return []
    if media or institution:
        pool = list(MEDIA_POOL if media else INSTITUTION_POOL)
    else:  # only rivals of the answer's own sector: a retailer is no brewer's rival
        pool = [
            name for sector in sorted(sectors_of(answer, prompt)) for name in SECTOR_POOL[sector]
        ]
    if media and after == "the":  # not "The the Financial Times", nor "The Reuters"
        pool = [name[4:] for name in pool if name.lower().startswith("the ")]
    elif media and after == "agency":  # "the Reuters news agency"
        pool = [name for name in pool if not name.lower().startswith("the ")]
    suffix = answer.split()[-1] if len(answer.split()) > 1 else ""
    rng.shuffle(pool)
    pool.sort(key=lambda name: not (suffix and name.endswith(" " + suffix)))
    for name in pool:
        if len(out) >= n:
            break
        key = norm(name)
        if key == answer_key or name in out or _in_text(name, prompt) or name in index.alias_map:
            continue
        if not same_sector(answer, name, prompt):
            continue
        out.append(name)
    return out
