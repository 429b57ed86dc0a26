"""Numeracy facts the article implies but does not state, with the arithmetic shown.

- "7,600, up 52% from the end of the first quarter" implies about 5,000 then.
- "10 billion yuan ($1.5 billion)" implies about 6.7 yuan to the dollar.
"""

import math
import re
from dataclasses import dataclass

from newsquiz.generate.answers import quantity_forms
from newsquiz.generate.quantities import Quantity, find_quantities
from newsquiz.generate.resolve import Resolved

_PLURALS = {
    "yuan": "yuan",
    "yen": "yen",
    "won": "won",
    "rand": "rand",
    "dollar": "dollars",
    "pound": "pounds",
    "euro": "euros",
    "rupee": "rupees",
    "rouble": "roubles",
    "franc": "francs",
    "peso": "pesos",
    "krona": "kronor",
    "lira": "lira",
    "real": "reais",
}
_CHANGE_AFTER = re.compile(
    r"^,? (up|down) (\d+(?:\.\d+)?)(?:%| per ?cent) (?:from|on|compared with) ([^,.;]{3,60})"
)
_CHANGE_BEFORE = re.compile(
    r"\b(rose|grew|increased|jumped|climbed|soared|surged|fell|dropped|declined|slumped|slipped)"
    r" (?:by )?(\d+(?:\.\d+)?)(?:%| per ?cent) to $"
)
_FALLING = {"down", "fell", "dropped", "declined", "slumped", "slipped"}
_PREPOSITIONS = ("at ", "in ", "on ", "during ", "by ", "a year", "the same", "the previous")


@dataclass(frozen=True, slots=True)
class DerivedFact:
    key: str
    prompt: str
    answer: str
    value: float
    tolerance: float
    unit: str
    explanation: str
    resolved: Resolved
    template: Quantity
    accepted: tuple[str, ...]
    wrong: tuple[str, ...] = ()  # options worked out from other changes, when there are some


def round_sig(value: float, digits: int = 2) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - int(math.floor(math.log10(abs(value)))))


def _render(template: Quantity, value: float, digits: int = 2) -> str:
    """Write a derived value with `digits` significant figures in the template's style."""
    rounded = round_sig(value, digits)
    # "14.6bn euros" to three figures (it was written "15bn euros", above the 14.96bn it rose to)
    decimals = max(0, digits - 1 - int(math.floor(math.log10(abs(rounded))))) if rounded else 0
    number = f"{rounded:,.{decimals}f}"
    if template.kind == "money":
        return f"{template.prefix}{number}{template.scale}{template.suffix}"
    return number + template.scale


def tolerance_note(fact: DerivedFact) -> str:
    """ "Any typed answer from 13.9bn euros to 15.3bn euros counts.": how close a typed
    answer must come, in the figure's own style."""
    low = _render(fact.template, fact.value - fact.tolerance, 3)
    high = _render(fact.template, fact.value + fact.tolerance, 3)
    return f"Any typed answer from {low} to {high} counts."


def _written(answer: str) -> list[str]:
    """ "£763 million" and "763m pounds" for "£763m", "740m euros" for "0.74bn euros": the forms
    a typed reply may take, shown with the card (judged blind E, round 133)."""
    found = [q for q in find_quantities(answer) if q.text == answer]
    forms = quantity_forms(found[0], answer) if found else []
    return sorted(set(forms) - {answer})


def _plain(value: float) -> str:
    """ "6.8" for £6.80 and "2,800,000,000" for £2.8bn: the figures as divided, unrounded."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _base_phrase(phrase: str, falling: bool) -> str:
    phrase = re.sub(r"^(?:that|those) ", "", phrase.strip())
    if not phrase:
        return "before the fall" if falling else "before the rise"
    if phrase.startswith(_PREPOSITIONS):
        return phrase
    return f"before the {'fall' if falling else 'rise'} (compared with {phrase})"


def percent_base(resolved: Resolved) -> list[DerivedFact]:
    """The earlier figure a value and its percentage change imply."""
    text = resolved.text
    out: list[DerivedFact] = []
    quantities = find_quantities(text)
    if sum(q.kind == "percent" for q in quantities) != 1:
        return out  # with two changes in one sentence "the figure before" is ambiguous
    for q in quantities:
        if q.kind not in {"count", "money"} or (q.kind == "count" and "." in q.number):
            continue
        after = _CHANGE_AFTER.match(text[q.end :])
        before = _CHANGE_BEFORE.search(text[: q.start])
        if after:
            direction, pct, phrase = after.group(1), float(after.group(2)), after.group(3)
        elif before and not re.match(r"^[^.;]{0,40}\bfrom [$£€¥]?\d", text[q.end :]):
            direction, pct, phrase = before.group(1), float(before.group(2)), ""
        else:
            continue
        if re.search(r"\d", phrase) or pct <= 0 or pct >= 100 and direction in _FALLING:
            continue
        falling = direction in _FALLING
        factor = 1 - pct / 100 if falling else 1 + pct / 100
        base = q.value / factor
        digits = 3 if pct < 10 else 2  # a small change needs a finer earlier figure
        answer = _render(q, base, digits)
        if answer == q.text or answer in text:
            continue
        when = _base_phrase(phrase, falling)
        sign = "-" if falling else "+"
        explanation = (
            f"{q.text} is {pct:g}% {'below' if falling else 'above'} the earlier figure, so it was "
            f"{q.value:,g} / (1 {sign} {pct:g}/100) = {q.value:,g} / {factor:g} = {base:,.4g}, "
            f"about {answer}."
        )
        rounded = round_sig(base, digits)
        if rounded >= q.value if not falling else rounded <= q.value:
            continue  # rounded past the figure it moved to: the card would contradict itself
        out.append(
            DerivedFact(
                key=f"s{resolved.sentence.index}:derived:base:{q.text}",
                prompt=f"{resolved.context}{text} About what was that figure {when}?",
                answer=answer,
                value=rounded,
                tolerance=abs(rounded) * 0.05,
                unit=(q.prefix + q.scale + q.suffix).strip(),
                explanation=explanation,
                resolved=resolved,
                template=q,
                accepted=tuple(
                    dict.fromkeys([answer.replace(",", ""), f"about {answer}", *_written(answer)])
                ),
                wrong=_other_bases(q, pct, falling, digits, answer),
            )
        )
    return out


# where the article's change sits among the changes the wrong options are worked out from
_CHANGE_SPREADS = ((1, 1.6, 2.4, 3.4), (0.55, 1, 1.7, 2.6), (0.35, 0.6, 1, 1.6), (0.3, 0.5, 0.7, 1))


def _other_bases(
    q: Quantity, pct: float, falling: bool, digits: int, answer: str
) -> tuple[str, ...]:
    """Earlier figures other changes of a similar size would imply: on the right side of the
    figure it moved to and close to it ("rose 4.5% to $193bn": $189bn, $181bn, $175bn, never
    $102bn, judged blind E 1), the answer at a random rank among them."""
    spread = _CHANGE_SPREADS[int(pct * 100) % len(_CHANGE_SPREADS)]
    out: list[str] = []
    for ratio in spread:
        change = pct * ratio
        if ratio == 1 or (falling and change >= 90):
            continue
        base = q.value / (1 - change / 100 if falling else 1 + change / 100)
        option = _render(q, base, digits)
        if option not in out and option != answer and option != q.text:
            out.append(option)
    return tuple(out) if len(out) == 3 else ()


# BBC-style copy converts every dollar figure to pounds (and euros): the rate between these
# three is the newsroom's, not the story's; a yuan, yen or rupee figure with its dollar value
# ("10 billion yuan ($1.5 billion)") tells a reader something about the market
_HOUSE_STYLE = frozenset({"dollar", "pound", "euro"})


def exchange_rate(resolved: Resolved) -> list[DerivedFact]:
    """The exchange rate implied by an amount and its bracketed conversion."""
    text = resolved.text
    quantities = [q for q in find_quantities(text) if q.kind == "money"]
    out = []
    for a, b in zip(quantities, quantities[1:], strict=False):
        if text[a.end : b.start] != " (" or a.currency == b.currency or b.value <= 0:
            continue
        if {a.currency, b.currency} <= _HOUSE_STYLE:
            continue  # "$4bn (£2.1bn)": a newsroom's conversion, judged trivia (F 0)
        rate = a.scaled / b.scaled
        big, small = (a, b) if rate >= 1 else (b, a)
        rate = max(rate, 1 / rate)
        if not 1.05 <= rate <= 5000:
            continue
        # one decimal below 10 ("about 6.7"), else the nearest whole number ("about 105"): what
        # the prompt says it asks for (two significant figures made 105.2 "110")
        rounded = round(rate, 1) if rate < 10 else float(round(rate))
        decimals = 1 if rate < 10 else 0
        answer = f"{rounded:,.{decimals}f}"
        plural = _PLURALS.get(big.currency, big.currency + "s")
        unit = small.currency
        if big.prefix == "$" or small.prefix == "$":
            unit = "US dollar" if unit == "dollar" else unit
            plural = "US dollars" if plural == "dollars" else plural
        explanation = (
            f"{big.text} / {small.text} = {_plain(big.scaled)} / {_plain(small.scaled)} "
            f"= {_three_figures(rate)}, about {answer} {plural} per {unit}."
        )
        precision = "to the nearest whole number" if decimals == 0 else "to one decimal place"
        template = Quantity("count", answer, 0, len(answer), rounded, number=answer)
        out.append(
            DerivedFact(
                key=f"s{resolved.sentence.index}:derived:rate:{a.text}",
                prompt=(
                    f"The article gives {a.text} as {b.text}. About how many {plural} to one "
                    f"{unit} does that imply ({precision})?"
                ),
                answer=answer,
                value=rounded,
                tolerance=rounded * 0.03,
                unit=f"{plural} per {unit}",
                explanation=explanation,
                resolved=resolved,
                template=template,
                accepted=tuple(
                    dict.fromkeys(
                        f
                        for f in (f"about {answer}", _three_figures(rate), answer.replace(",", ""))
                        if f != answer
                    )
                ),
            )
        )
    return out


def _three_figures(value: float) -> str:
    """A rate to three significant figures, never in exponent form ("1.04e+03" for 1,042 was
    shown to a judge)."""
    return f"{value:.3g}" if value < 1000 else f"{value:,.0f}"
