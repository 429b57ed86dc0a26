"""Values with their meaning: money, percentages, counts, dates; writing values alike."""

import pytest

from newsquiz.generate.quantities import find_quantities, format_like


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profits jumped to $1.13bn (£600m).", [("money", "$1.13bn"), ("money", "£600m")]),
        (
            "It raised 10 billion yuan ($1.5 billion).",
            [("money", "10 billion yuan"), ("money", "$1.5 billion")],
        ),
        (
            "A 400m euro loan and 12bn euros of debt.",
            [("money", "400m euro"), ("money", "12bn euros")],
        ),
        ("It paid US$300 for it and HK$5m later.", [("money", "US$300"), ("money", "HK$5m")]),
        ("Sales fell 11.4 per cent, or 3%.", [("percent", "11.4 per cent"), ("percent", "3%")]),
        ("It grew 6-7% a year.", []),
    ],
    ids=["symbol-scale", "word-currency", "euro-words", "prefixed-dollars", "percent", "range"],
)
def test_money_and_percent(text: str, expected: list[tuple[str, str]]) -> None:
    assert [k for k in kinds(text) if k[0] in {"money", "percent"}] == expected


def test_money_keeps_its_format() -> None:
    q = find_quantities("Profit was $1.13bn.")[0]
    assert (q.prefix, q.number, q.scale, q.currency, q.value) == ("$", "1.13", "bn", "dollar", 1.13)
    assert q.scaled == pytest.approx(1.13e9)
    yuan = find_quantities("It made 10 billion yuan.")[0]
    assert (yuan.scale, yuan.suffix, yuan.currency) == (" billion", " yuan", "yuan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mi Homes exceeded 7,600, up 52%.", [("count", "7,600")]),
        ("It lost 464,000 subscribers.", [("count", "464,000")]),
        ("It has 3 million users.", [("count", "3 million")]),
        ("A 10 year jail term.", []),
        ("After the 11 September attacks.", []),
        ("It has 27 plants.", [("count", "27")]),
        ("The index fell to 55.3 from 56.4.", [("count", "55.3"), ("count", "56.4")]),
        ("In Q2 it had 9 stores.", []),
    ],
    ids=[
        "bare-thousands",
        "with-noun",
        "scaled",
        "years-unit",
        "date-day",
        "small-with-noun",
        "index-level",
        "quarter",
    ],
)
def test_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [k for k in kinds(text) if k[0] == "count"] == expected


def test_count_noun() -> None:
    assert find_quantities("It lost 464,000 subscribers.")[0].noun == "subscribers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He joined in February 2014.", [("February 2014", "month_year")]),
        ("It joined Xiaomi in 2013.", [("2013", "year")]),
        ("On 31 December 2004 it closed.", [("31 December 2004", "day")]),
        ("By March 3, 2005, it had.", [("March 3, 2005", "day")]),
        ("It sold 2013 units.", []),
    ],
    ids=["month-year", "year", "day-month-year", "month-day-year", "number-not-year"],
)
def test_dates(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(q.text, q.granularity) for q in find_quantities(text) if q.kind == "date"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("It made $1.13bn.", 2.4, "$2.40bn"),
        ("It had 7,600 stores.", 5000, "5,000"),
        ("It rose 52%.", 39, "39%"),
        ("It rose 11.4 per cent.", 8, "8.0 per cent"),
        ("It made 10 billion yuan.", 7, "7 billion yuan"),
    ],
)
def test_format_like_keeps_unit_scale_and_decimals(text: str, value: float, written: str) -> None:
    assert format_like(find_quantities(text)[0], value) == written


def test_a_dealers_quote_or_a_fraction_holds_no_figure() -> None:
    text = (
        "The dollar ended at 1.7740/50 marks and 141.25/35 yen; bonds fell 1-3/4 points, or 2 pct."
    )
    assert [q.text for q in find_quantities(text)] == ["2 pct"]
