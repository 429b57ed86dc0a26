"""A month or a day of the month written without its year ("in July", "on June 25"): when an
event happens or is due, asked with other months as the wrong options.

`quantities.find_quantities` dates only what holds a year; these answers are found apart so
every other rule that reads a sentence's figures sees it as before.
"""

import random
import re

from newsquiz.generate.quantities import MONTH_RE, MONTHS, Quantity
from newsquiz.generate.textutil import contains_word

# the time of an event, after its preposition; never part of a period ("the March quarter"),
# a possessive ("December's level"), a range ("April 16-27"), a dated form or a name
BARE_MONTH = re.compile(
    r"\b(?:in|on|by|until|till|before|after|since|from|during|between|of) "
    rf"(?P<date>(?P<day>\d{{1,2}} )?(?P<month>{MONTH_RE})(?P<day2> \d{{1,2}}\b)?)"
    r"(?![\w'’-]|,? \d| (?:quarter|half|period|year|last|next|this)\b| [A-Z]"
    r"| (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty)\b)"
)  # "since March six": newswire's day in words stays with its month
_ANY_MONTH = re.compile(rf"(?:{MONTH_RE})")
_PERIOD_BEFORE = re.compile(r"\b(?:months?|weeks?|year|quarter|period|half)(?: \w+)? (?:to|of) $")
_SHIFTS = (1, 2, 3, 4, 5)


def month_dates(sentence: str) -> list[Quantity]:
    """The bare months and days of a month in one sentence, left to right."""
    found: list[Quantity] = []
    if len(_ANY_MONTH.findall(sentence)) > 1:
        # "fell to 34.8 hours in March from 35.0 hours in _____": the other month tells the
        # answer or rules options out (judged blind: D, E 1)
        return found
    for match in BARE_MONTH.finditer(sentence):
        if match.group("day") and match.group("day2"):
            continue  # "on 25 June 26": garbled
        if _PERIOD_BEFORE.search(sentence, 0, match.start()):
            continue  # "the three months to December": the end of a period, not an event
        day = match.group("day") or match.group("day2") or ""
        month = MONTHS.index(match.group("month")) + 1
        found.append(
            Quantity(
                "date",
                match.group("date"),
                match.start("date"),
                match.end("date"),
                month + int(day or 0) / 100,
                granularity="day_month" if day else "month",
            )
        )
    return found


def month_distractors(q: Quantity, prompt: str, rng: random.Random, n: int = 3) -> list[str]:
    """Other months near the answer's, or other days of its month, written like the answer
    ("June 18" beside "June 25", "3 March" beside "24 March"); none the prompt shows."""
    out: list[str] = []
    shifts = list(_SHIFTS)
    rng.shuffle(shifts)

    def take(text: str) -> None:
        if text != q.text and text not in out and not contains_word(prompt, text):
            out.append(text)

    if q.granularity == "month":
        for shift in shifts:  # the value of "July" is 7
            take(MONTHS[(int(q.value) - 1 + rng.choice((-1, 1)) * shift) % 12])
    else:
        words = q.text.split()
        day_first = words[0].isdigit()
        day = int(words[0] if day_first else words[1])
        name = words[1] if day_first else words[0]
        for shift in shifts:
            other = day + rng.choice((-1, 1)) * shift * 3
            other = other if 1 <= other <= 28 else day - (other - day)
            if 1 <= other <= 28:
                take(f"{other} {name}" if day_first else f"{name} {other}")
    return out[:n]
