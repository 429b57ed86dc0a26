"""A month or a day of a month without its year as an answer, with other months as options."""

import random
from datetime import date

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.month_dates import month_dates, month_distractors
from newsquiz.generate.quantities import MONTHS
from newsquiz.models import Article


def dates(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.granularity) for q in month_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brewer hopes to list its shares in Frankfurt in July.", [("July", "month")]),
        ("The cartel will meet in Geneva on June 12, officials said.", [("June 12", "day_month")]),
        ("Trading ends on 14 March, the exchange said.", [("14 March", "day_month")]),
        ("Output rose in January after a fall in December.", []),
        ("Prices fell from 1,580 stg at end-February in March.", []),
        ("Talks will be held between May 3-9 in Oslo.", []),
        ("Sales in the three months to December rose 4%.", []),
        ("Sales rose 4% in the March quarter.", []),
        ("It fell from December's level of 200.", []),
        ("The mill closed in July 2003 after the strike.", []),
        ("The mill closed in July last year.", []),
        ("Profits may rise, the company said in a statement.", []),
        ("The fund was set up in May Day celebrations.", []),
    ],
    ids=[
        "month",
        "month-day",
        "day-month",
        "two-months",
        "end-month",
        "range",
        "period-end",
        "quarter",
        "possessive",
        "with-year",
        "relative-year",
        "may-the-verb",
        "name",
    ],
)
def test_bare_months_are_found_where_they_date_an_event(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text) == expected


def test_wrong_months_are_other_months_the_prompt_does_not_show() -> None:
    prompt = "Output rose in _____ after a fall in December."
    q = month_dates("Output rose in January.")[0]
    for seed in range(20):
        options = month_distractors(q, prompt, random.Random(seed))
        assert len(options) == 3 and len(set(options)) == 3
        assert "January" not in options and "December" not in options


def test_wrong_days_keep_the_month_and_the_order_written() -> None:
    american = month_dates("The cartel will meet on June 25.")[0]
    british = month_dates("The cartel will meet on 25 June.")[0]
    for seed in range(20):
        for q, pattern in ((american, "June "), (british, " June")):
            options = month_distractors(q, "The cartel will meet on _____.", random.Random(seed))
            assert len(options) == 3 and q.text not in options
            assert all(pattern in o and 1 <= int(o.replace("June", "")) <= 28 for o in options)


def test_a_bare_month_gets_a_card_with_months_as_options() -> None:
    """In a dated article: an undated one asks no month without its year (round 108)."""
    text = (
        "Dutch brewer Heineken plans to list its Asian unit on the Singapore exchange in "
        "September, chief executive Jan Visser said. The brewer made a profit of 1.2bn euros."
    )
    dated = Article(title="Heineken to list Asian unit", text=text, published=date(2005, 3, 1))
    cards = generate_cards(dated)
    choice = next(c for c in cards if c.answer == "September" and c.kind == "mcq")
    assert "_____" in choice.prompt and "September" not in choice.prompt
    assert len(choice.options) == 4
    assert all(option in MONTHS for option in choice.options)
