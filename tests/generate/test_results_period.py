"""A results story's period carried into a card that states a result without one (sentences
written for these tests)."""

from newsquiz.generate.results_period import story_period, with_story_period

STORY = (
    "Orbex reported a net profit of 719m euros for 2004. "
    "Sales rose 12%, up from 640m euros in 2003. "
    "Orbex's net profits were up 42% to 719m euros."
)


def test_the_one_period_of_the_results_sentences_is_the_story_s() -> None:
    assert story_period(STORY) == "in 2004"
    assert with_story_period("Orbex's net profits were up 42% to _____.", STORY) == (
        "Orbex's net profits were up 42% to _____ in 2004."
    )
    assert with_story_period("Orbex's sales rose _____, the company said.", STORY) == (
        "Orbex's sales rose _____ in 2004, the company said."
    )


def test_a_quarter_with_its_year_is_carried_whole() -> None:
    text = "Orbex said its profit rose to $5m in the fourth quarter of 2004. Sales rose to $90m."
    assert with_story_period("Orbex's sales rose 8% to _____.", text) == (
        "Orbex's sales rose 8% to _____ in the fourth quarter of 2004."
    )


def test_no_period_is_carried_where_it_could_mislead() -> None:
    two = "Orbex made $5m in the fourth quarter of 2004. Orbex made $20m in 2004."
    assert story_period(two) is None  # a quarter and a year: which one?
    forecast = "Orbex expects profit to rise in 2005. Orbex made a profit of $20m in 2004."
    assert story_period(forecast) == "in 2004"
    # a prompt with a time, a comparison or a forecast of its own keeps it
    for prompt in (
        "Orbex's sales rose to _____ in January.",
        "Orbex's sales rose to _____ from $80m.",
        "Orbex expects sales of _____.",
        "Orbex hired _____ staff.",  # no result stated
    ):
        assert with_story_period(prompt, STORY) == prompt
