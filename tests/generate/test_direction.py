"""Wrong figures stay on the side of the other figure that the sentence's verb puts them."""

import random

import pytest

from newsquiz.generate.direction import direction_bounds
from newsquiz.generate.distractors import org_distractors
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.figure_distractors import date_distractors, number_distractors
from newsquiz.generate.frames import sentence_facts
from newsquiz.generate.resolve import Resolver
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.textutil import words


def _fact(sentence: str, answer: str):  # type: ignore[no-untyped-def]
    sentences = split_sentences(sentence)
    index = extract_entities(sentences, "Harbour Mills results")
    resolved = Resolver(index, 2005, "Harbour Mills results").resolve(sentences[0])
    assert resolved is not None
    return next(f for f in sentence_facts(resolved, index, 0) if f.answer == answer)


@pytest.mark.parametrize(
    ("sentence", "answer", "bounds"),
    [
        (
            "HM Group said its jobless rate rose to 4.7% from 4.6% in 2004.",
            "4.7%",
            (4.6, None),
        ),
        ("Harbour Mills said costs fell to $14.1bn from $16bn in 2004.", "$14.1bn", (None, 16)),
        ("Harbour Mills revised its growth down from 5.9% to 3.2% in 2004.", "5.9%", (3.2, None)),
        (
            "HM Group said sales increased from £5.5bn to £8.2bn in 2004.",
            "£8.2bn",
            (5.5, None),
        ),
        ("Harbour Mills said sales were £5.5bn and costs £8.2bn in 2004.", "£8.2bn", (None, None)),
        (
            "Harbour Mills scaled back its forecast to about 25 mln dlrs from 32 mln dlrs in 1986.",
            "25 mln dlrs",
            (None, 32),
        ),
        (
            "Harbour Mills scaled back its forecast to about 25 mln dlrs from 32 mln dlrs in 1986.",
            "32 mln dlrs",
            (25, None),
        ),
        (
            "Harbour Mills raised its offer to 5.5 billion dlrs from 4.3 billion dlrs in 1987.",
            "4.3 billion dlrs",
            (None, 5.5),
        ),
        (
            "Harbour Mills expects a return of between 4.7% and 5.8% in 2005.",
            "5.8%",
            (4.7, 5.8 + 2.0 * abs(5.8 - 4.7)),  # a wrong end stays near the range's width
        ),
        ("Harbour Mills earned $3.7bn in 2004, down from $4.1bn in 2003.", "$4.1bn", (3.7, None)),
        ("Harbour Mills earned $3.7bn in 2004, down from $4.1bn in 2003.", "$3.7bn", (None, 4.1)),
        (
            "Harbour Mills shares traded at 22.20 dlrs to 24.10 dlrs in 1987.",
            "24.10 dlrs",
            (22.2, 24.10 + 2.0 * abs(24.10 - 22.2)),
        ),
        (
            "The Harbour Mills share rose to 43.305 dlrs, up from a close of 42.41 dlrs in 1987.",
            "42.41 dlrs",
            (None, 43.305),
        ),
        (
            "Harbour Mills has a quota of 1.466 mln tonnes, rising to 1.54 mln tonnes in 1987.",
            "1.54 mln",
            (1.466, None),
        ),
        (
            "Harbour Mills cut net losses to 25.6 mln dlrs or 31 cts a share from 39.4 mln "
            "dlrs in 1987.",
            "25.6 mln dlrs",
            (None, 39.4),
        ),
        (
            "Harbour Mills said profit increased to 61.5 mln dlrs or 65 cts a share from 50.2 "
            "mln dlrs in 1987.",
            "61.5 mln dlrs",
            (50.2, None),
        ),
        (
            "Harbour Mills has a quota of 1.466 mln tonnes, rising to 1.54 mln tonnes in 1987.",
            "1.466 mln",
            (None, 1.54),
        ),
        (
            "Harbour Mills shares traded in a narrow range of 3,800 and 3,805 dlrs in 1987.",
            "3,800",
            (3800 - 2.0 * 5, 3805),
        ),
        (
            "Harbour Mills said its output grew 9.5% during 2004, well above 2003's 9.1%.",
            "9.5%",
            (9.1, None),
        ),
        (
            "Harbour Mills had a margin of 45.6%, less than the 47.3% analysts forecast and down "
            "from 47.1% in the third quarter of 2004.",
            "45.6%",
            (None, 47.1),
        ),
        (
            "At 2.6% in 2004, costs at Harbour Mills stayed within its 2-3% target range.",
            "2.6%",
            (2.0, 3.0),
        ),
    ],
    ids=[
        "rose-to",
        "fell-to",
        "down-from",
        "from-to-end",
        "no-movement",
        "to-about-blank-from",
        "to-about-from-blank",
        "raised-to-from-blank",
        "between-and-blank",
        "down-from-blank",
        "blank-down-from",
        "x-to-blank",
        "up-from-a-close-of-blank",
        "x-rising-to-blank",
        "to-blank-per-share-from",
        "increased-to-blank-per-share-from",
        "blank-rising-to-x",
        "blank-and-x",
        "blank-well-above-x",
        "blank-less-than-x-and-down-from-y",
        "blank-within-a-range",
    ],
)
def test_the_verb_and_from_to_put_the_answer_on_one_side(
    sentence: str, answer: str, bounds: tuple[float | None, float | None]
) -> None:
    assert direction_bounds(_fact(sentence, answer)) == bounds


def test_bounds_the_answer_itself_breaks_are_dropped() -> None:
    """A rate quoted the other way round ("the rupee climbed to 43.305 per dollar, up from
    43.41") reads as a rise to a lower figure: no side is safe."""
    fact = _fact(
        "The Harbour Mills share rose to 43.305 dlrs, up from a close of 43.41 dlrs in 1987.",
        "43.41 dlrs",
    )
    assert direction_bounds(fact) == (None, None)


def test_number_options_respect_the_bounds() -> None:
    fact = _fact("Harbour Mills said costs fell to $14.1bn from $16bn in 2004.", "$14.1bn")
    assert fact.quantity is not None
    above, below = direction_bounds(fact)
    for seed in range(20):
        options = number_distractors(
            fact.quantity, [], random.Random(seed), fact.text, above=above, below=below
        )
        assert all(float(o.strip("$bn")) < 16 for o in options)


def test_one_end_of_a_range_is_not_asked() -> None:
    sentences = split_sentences("Harbour Mills valued the tracks at between £40m-£50m in 2004.")
    index = extract_entities(sentences, "Tracks")
    resolved = Resolver(index, 2005, "Tracks").resolve(sentences[0])
    assert resolved is not None
    assert not [f for f in sentence_facts(resolved, index, 0) if f.kind == "money"]


def test_a_shortened_name_is_not_offered_for_the_full_one() -> None:
    text = "Man United fans met. Manchester United and Harbour Mills Group and Dockside Group met."
    index = extract_entities(split_sentences(text), "Clubs")
    options = org_distractors("Manchester United", False, index, random.Random(1), "x")
    assert "Man United" not in options


def test_nationalities_are_not_names() -> None:
    from newsquiz.generate.gazetteer import NOT_NAMES

    assert words("Turkmen Kazakh Lebanese Cuban") <= NOT_NAMES


@pytest.mark.parametrize(
    ("value", "article"),
    [("18%", "an"), ("8%", "an"), ("$80bn", "an"), ("11,000", "an"), ("12%", "a"), ("1,100", "a")],
)
def test_a_swapped_figure_gets_the_article_it_is_read_with(value: str, article: str) -> None:
    fact = _fact("HM Group reported a 9% rise in profits in 2004.", "9%")
    assert f" {article} {value} rise" in fact.replaced(value)


def test_a_figure_given_away_by_a_bracketed_near_twin_is_not_asked() -> None:
    sentences = split_sentences("HM Group owns 40% of Dockside Water (39.9%), it said in 2004.")
    index = extract_entities(sentences, "Water")
    resolved = Resolver(index, 2005, "Water").resolve(sentences[0])
    assert resolved is not None
    assert "40%" not in {f.answer for f in sentence_facts(resolved, index, 0)}


def test_an_unnamed_programme_drops_its_sentence() -> None:
    text = "HM Group will cut costs. The programme is set to close 20% of its factories."
    resolver = Resolver(extract_entities(split_sentences(text), "Cuts"), 2005, "Cuts")
    assert resolver.resolve(split_sentences(text)[1]) is None


def test_year_options_keep_the_answers_order_with_the_sentences_years() -> None:
    fact = _fact("HM Group returned to profit in 2004 after losses every year since 1998.", "1998")
    assert fact.quantity is not None
    for seed in range(10):
        options = date_distractors(
            fact.quantity, [], random.Random(seed), fact.text, around=(2004, 1998)
        )
        assert len(options) == 3 and all(int(o) < 2004 for o in options)


@pytest.mark.parametrize(
    ("sentence", "answer", "bounds"),
    [
        ("Harbour Mills employs more than 50,000 people.", "50,000", (50000, None)),
        ("Harbour Mills will cut up to 5,500 jobs.", "5,500", (None, 5500)),
        ("Harbour Mills oil prices rose in 2004, topping $40 a barrel.", "$40", (40, None)),
        (
            "Harbour Mills raised its bid to 5.5 billion Canadian dlrs from 4.3 billion.",
            "4.3 billion",
            (None, 5.5),
        ),
        (
            "Harbour Mills shares fell to $92.9 in late trading, from a $103.05 close.",
            "$92.9",
            (None, 103.05),
        ),
    ],
    ids=["more-than", "up-to", "topping", "elided-currency", "from-a"],
)
def test_bounds_that_leave_a_statement_true_or_contradict_it(
    sentence: str, answer: str, bounds: tuple[float | None, float | None]
) -> None:
    """A wrong value below "more than _____" would still be true; "raised to 5.5 billion
    Canadian dlrs from _____" needs wrong values below 5.5 billion although the second
    amount leaves out its currency."""
    assert direction_bounds(_fact(sentence, answer)) == bounds


def test_a_total_stays_above_the_part_it_includes() -> None:
    """ "About 90 mln dlrs, including 200 mln dlrs for scrubbers" contradicts itself."""
    fact = _fact(
        "Harbour Mills said the plant would cost about 877 mln dlrs, including 200 mln dlrs "
        "for scrubbers.",
        "877 mln dlrs",
    )
    above, _ = direction_bounds(fact)
    assert above == 200


def test_a_list_written_in_order_puts_the_blank_between_its_neighbours() -> None:
    from newsquiz.generate.direction import _list_bounds
    from newsquiz.generate.quantities import find_quantities

    text = (
        "Of Orbex's bondholders, 38.4% live in Peru, 15.6% in Italy, 10.3% in Spain, "
        "9.1% in Chile, 5.1% in Germany and 3.1% in Japan."
    )
    blank = next(q for q in find_quantities(text) if q.text == "10.3%")
    assert _list_bounds(text, blank) == (9.1, 15.6)
    unordered = "Sales rose 15% in Italy, 20% in Spain, 9% in France and 30% in Japan."
    blank = next(q for q in find_quantities(unordered) if q.text == "20%")
    assert _list_bounds(unordered, blank) is None


def test_a_level_that_moved_from_a_stated_level_is_offered_near_it() -> None:
    """Judged blind (round 58, E): "fell to _____ in February from 97.5" was offered 52.5."""
    fact = _fact(
        "Harbour Mills said its confidence index fell to 95.5 in February from 97.5 in 2005.",
        "95.5",
    )
    assert fact.quantity is not None
    above, below = direction_bounds(fact)
    assert below == 97.5
    for seed in range(20):
        options = number_distractors(
            fact.quantity, [], random.Random(seed), fact.text, above=above, below=below
        )
        assert len(options) == 3
        assert all(0.7 * 97.5 <= float(o) < 97.5 for o in options), options


def test_a_value_topped_is_never_swapped_into_a_false_statement() -> None:
    """Judged blind (round 56, C): "topping $40 a barrel" keyed false stayed true when oil
    had topped $50."""
    from newsquiz.generate.direction import bounded

    assert bounded(_fact("Harbour Mills oil prices rose in 2004, topping $40 a barrel.", "$40"))


def test_a_cut_from_one_percentage_to_another_is_bounded_by_the_first() -> None:
    """ "cut from 2% to 1%" had been read as one range: the 2% was no figure, and a false
    statement "cut from 2% to 3%" gave itself away (judged blind, rounds 71 and 72)."""
    fact = _fact("Harbour Mills said bonus rates will be cut from 2% to 1% in 2005.", "1%")
    assert direction_bounds(fact) == (None, 2)


def test_a_false_statement_keeps_the_sentences_direction() -> None:
    from newsquiz.generate.questions import true_false_card

    fact = _fact("Harbour Mills said bonus rates will be cut from 2% to 1% in 2005.", "1%")
    for seed in range(20):
        card = true_false_card(fact, ["3%", "1.5%", "4%"], random.Random(seed))
        assert card is not None
        assert "to 3%" not in card.prompt and "to 4%" not in card.prompt
    assert true_false_card(fact, ["3%", "4%"], random.Random(0)) is not None
    ruled_out = [true_false_card(fact, ["3%", "4%"], random.Random(s)) for s in range(20)]
    assert all(card is not None and card.answer == "true" for card in ruled_out)
