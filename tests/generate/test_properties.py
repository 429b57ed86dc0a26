"""Property tests: any text is safe to feed in, and every card made passes the checks.

Synthetic articles are built with Faker so names, companies and figures vary run to run of
the seed, not between runs.
"""

import random

from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsquiz.generate import generate_deck
from newsquiz.models import Article, FactType, McqCard

from .helpers import assert_cards_pass

VOCABULARY = (
    "Acme Corp said profit rose fell 12% to $4.5bn from £3m 7,600 stores in March 2011 the "
    "company firm he it its Mr Smith chief executive Jane Doerr joined replaced ( ) , . ; "
    "\" ' - 10 billion yuan ($1.5 billion) up 52% 2013 this year Q2 No. U.S. Inc. \n\n"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes(text: str) -> None:
    deck = generate_deck(Article(title="x", text=text))
    assert_cards_pass(deck.cards)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=5, max_size=120), st.text(min_size=1, max_size=30))
def test_newsy_word_salad_gives_only_checked_cards(words: list[str], title: str) -> None:
    deck = generate_deck(Article(title=title if title.strip() else "t", text=" ".join(words)))
    assert_cards_pass(deck.cards)


def synthetic_article(seed: int) -> tuple[Article, dict[str, str]]:
    """A small results-and-appointment story with Faker names and random figures."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    company = fake.last_name() + " " + rng.choice(["Holdings", "Group", "Industries", "Motors"])
    boss = f"{fake.first_name()} {fake.last_name()}"
    successor = f"{fake.first_name()} {fake.last_name()}"
    while successor.split()[-1] == boss.split()[-1]:
        successor = f"{fake.first_name()} {fake.last_name()}"
    rise = rng.randint(3, 60)
    revenue = round(rng.uniform(1.2, 80), 1)
    jobs = rng.randint(2, 90) * 100
    year = rng.randint(1995, 2015)
    text = (
        f"{company} said that revenue rose {rise}% to ${revenue}bn in the fourth quarter of "
        "2016.\n\n"
        f"Chief executive {boss} will step down after {jobs:,} job cuts, the company said. "
        f"{successor}, finance director of {company}, will replace {boss}.\n\n"
        f"{boss.split()[-1]} joined {company} in {year}. The firm employs "
        f"{rng.randint(11, 99)},000 people in {fake.country()}."
    )
    facts = {
        "rise": f"{rise}%",
        "revenue": f"${revenue}bn",
        "successor": successor,
        "year": str(year),
    }
    return Article(title=f"{company} boss to step down", text=text), facts


def test_faker_articles_make_checked_cards_for_the_key_facts() -> None:
    for seed in range(25):
        article, facts = synthetic_article(seed)
        deck = generate_deck(article, seed=seed)
        assert_cards_pass(deck.cards)
        answers = {c.answer for c in deck.cards}
        assert len(deck.cards) >= 5, (seed, article.text)
        assert facts["rise"] in answers and facts["revenue"] in answers, (seed, answers)
        assert facts["year"] in answers, (seed, article.text, answers)
        who = [c for c in deck.cards if c.fact_type == FactType.PERSON]
        assert any(c.answer == facts["successor"] for c in who), (seed, [c.prompt for c in who])
        for card in who:  # two people in the story: never an invented third as an option
            assert not isinstance(card, McqCard), card.options
