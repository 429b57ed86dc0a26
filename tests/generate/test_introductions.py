"""People introduced by the role the article gives them (sentences written for these tests):
a card that names "Jane Roe" says she is Orbex's finance director, in the article's words."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsquiz.generate.entities import extract_entities
from newsquiz.generate.introductions import introduced
from newsquiz.generate.segment import split_sentences

HEADLINE = "Orbex profit falls"
ARTICLE = (
    "Orbex Corp said its profit fell to 90 mln dlrs from 120 mln. "
    "The fall was due to weak demand, chief financial officer Walter Brandauer told analysts. "
    "Brandauer said costs would fall this year.\n"
    "Orbex finance director Jane Roe said margins had narrowed. "
    "Roe said the company would cut 300 jobs.\n"
    "Peter Okafor, a Lindqvist Holdings spokesman, said Lindqvist would not bid for Orbex. "
    "Okafor said the price was too high.\n"
    "Marta Villanueva, president of Halden Research Associates. Villanueva, speaking in "
    "London, said the industry would shrink.\n"
    "Orbex chairman Samuel Oduya said he was confident."
)
INDEX = extract_entities(split_sentences(ARTICLE), HEADLINE)


def intro(prompt: str, answer: str = "", written: str | None = None) -> str:
    return introduced(prompt, answer, (HEADLINE, ARTICLE), INDEX, written)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        # a title written before the name comes with it, word for word
        (
            "Jane Roe said Orbex Corp would cut _____ jobs.",
            "Orbex finance director Jane Roe said Orbex Corp would cut _____ jobs.",
        ),
        # an appositive after the name, set off by commas
        (
            "Peter Okafor said the price of Orbex was _____.",
            "Peter Okafor, a Lindqvist Holdings spokesman, said the price of Orbex was _____.",
        ),
        (
            "The price was too high, Peter Okafor said.",
            "The price was too high, Peter Okafor, a Lindqvist Holdings spokesman, said.",
        ),
        # a question that ends on the name ends on the role, without a stray comma
        (
            "How much did prices rise, according to Peter Okafor?",
            "How much did prices rise, according to Peter Okafor, a Lindqvist Holdings spokesman?",
        ),
        # a title without its employer gets the company that opens the sentence before
        (
            "Walter Brandauer said costs would fall by _____.",
            "Walter Brandauer, chief financial officer of Orbex Corp, said costs would fall by"
            " _____.",
        ),
        # an appositive ends with its sentence, never running on into the next
        (
            "Marta Villanueva said the industry would shrink by _____.",
            "Marta Villanueva, president of Halden Research Associates, said the industry would"
            " shrink by _____.",
        ),
        # the prompt already says who the person is
        (
            "Orbex chairman Samuel Oduya said profit was _____.",
            "Orbex chairman Samuel Oduya said profit was _____.",
        ),
        (
            "Jane Roe, the finance director, said margins fell _____.",
            "Jane Roe, the finance director, said margins fell _____.",
        ),
        # a title in the prompt itself (the blank or a word) stays as it is
        (
            "_____ chairman Samuel Oduya said he was confident.",
            "_____ chairman Samuel Oduya said he was confident.",
        ),
    ],
)
def test_people_are_introduced_by_the_articles_role(prompt: str, expected: str) -> None:
    assert intro(prompt) == expected


def test_only_the_first_mention_is_introduced() -> None:
    prompt = "Jane Roe said _____ jobs would go, and Jane Roe said margins fell."
    assert intro(prompt) == (
        "Orbex finance director Jane Roe said _____ jobs would go, and Jane Roe said margins fell."
    )


def test_a_role_that_gives_the_answer_away_is_not_written() -> None:
    prompt = "Peter Okafor said _____ would not bid."
    assert intro(prompt, answer="Lindqvist Holdings") == prompt


def test_the_person_asked_is_never_introduced() -> None:
    prompt = "Jane Roe said Orbex would cut _____ jobs."
    assert intro(prompt, answer="Jane Roe") == prompt


def test_a_person_swapped_into_a_false_statement_keeps_the_swap_bare() -> None:
    """Introducing the swapped-in person would tell a reader the statement is false."""
    prompt = "True or false? Jane Roe said the price was too high."
    written = "Okafor said the price was too high."
    assert intro(prompt, written=written) == prompt


def test_a_minister_gets_the_one_country_of_the_headline() -> None:
    text = (
        "Kenya's economy grew 5 pct in 1986. Finance Minister George Saitoti said exports "
        "rose. Saitoti said coffee prices would fall."
    )
    index = extract_entities(split_sentences(text), "Kenya sees growth")
    prompt = "George Saitoti said coffee prices would fall by _____."
    assert introduced(prompt, "", ("Kenya sees growth", text), index) == (
        "George Saitoti, finance minister of Kenya, said coffee prices would fall by _____."
    )


def test_a_minister_without_a_country_in_the_headline_keeps_the_articles_words() -> None:
    text = "Finance Minister George Saitoti said exports rose. Saitoti said prices would fall."
    index = extract_entities(split_sentences(text), "Exports rise")
    prompt = "George Saitoti said prices would fall by _____."
    assert introduced(prompt, "", ("Exports rise", text), index) == (
        "Finance Minister George Saitoti said prices would fall by _____."
    )


@given(st.text(alphabet="abc ,.'_JaneRoOkfr", max_size=80))
def test_any_prompt_survives(prompt: str) -> None:
    assert isinstance(intro(prompt), str)


def test_a_prompt_about_an_earlier_year_gets_no_role() -> None:
    """The article's role is the person's role now: "In 1983 Jane Roe, Orbex finance director,
    joined" would say she held it in 1983."""
    text = f"{ARTICLE} Orbex said profit would rise in 1987."
    prompt = "In 1983 Jane Roe joined the board of _____."
    assert introduced(prompt, "", (HEADLINE, text), INDEX) == prompt


def test_a_title_without_its_employer_gets_the_one_the_article_gives() -> None:
    text = (
        "Orbex Corp said its profit rose to 90 mln dlrs in 1986. "
        "General director Hannes Holzer said investment would rise in 1987."
    )
    index = extract_entities(split_sentences(text), "Orbex profit rises")
    prompt = "General director Hannes Holzer said investment would rise by _____ in 1987."
    assert introduced(prompt, "", ("Orbex profit rises", text), index) == (
        "Hannes Holzer, general director of Orbex Corp, said investment would rise by _____ in"
        " 1987."
    )
    # a title inside a longer phrase stays as written
    inside = "Orbex hired new General director Hannes Holzer for _____."
    assert introduced(inside, "", ("Orbex profit rises", text), index) == inside


def test_a_president_gets_the_country_only_when_the_article_names_no_other() -> None:
    alone = "Kenya's economy grew 5 pct in 1986, President Daniel Arap Moi said. Moi spoke."
    index = extract_entities(split_sentences(alone), "Kenyan economy grows")
    prompt = "Daniel Arap Moi said growth was _____ in 1986."
    assert introduced(prompt, "", ("Kenyan economy grows", alone), index) == (
        "Daniel Arap Moi, president of Kenya, said growth was _____ in 1986."
    )
    two = f"{alone} Japan's Fujitsu bought a stake."
    index = extract_entities(split_sentences(two), "Kenyan economy grows")
    assert "president of Kenya" not in introduced(prompt, "", ("Kenyan economy grows", two), index)


def test_a_possessive_keeps_the_article_s_own_title() -> None:
    text = (
        "U.S. farmers will get relief in 1987, an aide to Agriculture Secretary Richard Lyng "
        "said. Lyng's aide said oats growers would benefit."
    )
    index = extract_entities(split_sentences(text), "Relief to U.S. growers")
    prompt = "Oats growers will get _____, Richard Lyng's aide said."
    assert introduced(prompt, "", ("Relief to U.S. growers", text), index) == (
        "Oats growers will get _____, Agriculture Secretary Richard Lyng's aide said."
    )


def test_a_year_later_in_the_prompt_does_not_block_the_role() -> None:
    text = f"{ARTICLE} Orbex said profit would rise in 1988."
    prompt = "Output of _____ tonnes in 1986 will be kept in 1987, Jane Roe said."
    assert introduced(prompt, "", (HEADLINE, text), INDEX) == (
        "Output of _____ tonnes in 1986 will be kept in 1987, Orbex finance director Jane Roe said."
    )


def test_a_false_statement_with_a_figure_swapped_introduces_its_people() -> None:
    from newsquiz.generate.trust import repaired
    from newsquiz.models import Article, Evidence, FactType, TrueFalseCard

    card = TrueFalseCard(
        prompt="True or false? Jane Roe said Orbex would cut 500 jobs.",
        answer="false",
        evidence=Evidence(sentence="Roe said the company would cut 300 jobs."),
        fact_type=FactType.COUNT,
        explanation='The article gives 300: "Roe said the company would cut 300 jobs."',
    )
    article = Article(title=HEADLINE, text=ARTICLE)
    assert repaired(card, article, INDEX).prompt == (
        "True or false? Orbex finance director Jane Roe said Orbex would cut 500 jobs."
    )
    person = card.model_copy(update={"fact_type": FactType.PERSON})
    assert repaired(person, article, INDEX).prompt == person.prompt


def test_a_role_that_ends_its_sentence_is_still_the_role() -> None:
    """Judged blind: "Bernhard Wyttenbach said ..." failed B though the article gives his
    role, at the end of the sentence that first names him."""
    article = (
        '"Never seen anything like it," said Lena Hartwig, head of research at Quorn Bank. '
        "The analysts blamed the sell-off on U.S. policy. Hartwig said prices would fall."
    )
    index = extract_entities(split_sentences(article), "Stocks slide")
    prompt = "Lena Hartwig said prices would not recover soon."
    assert introduced(prompt, "", ("Stocks slide", article), index) == (
        "Lena Hartwig, head of research at Quorn Bank, said prices would not recover soon."
    )
    # a dotted abbreviation inside the role does not end it
    dotted = '"Never," said Lena Hartwig, an official at the U.S. Treasury, on Monday.'
    index = extract_entities(split_sentences(dotted), "Stocks slide")
    assert introduced(prompt, "", ("Stocks slide", dotted), index) == (
        "Lena Hartwig, an official at the U.S. Treasury, said prices would not recover soon."
    )
