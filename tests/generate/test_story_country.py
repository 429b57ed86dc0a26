"""The story's country named where a sentence about its economy leaves it out, and the other
rules of the eighth round: things named elsewhere, claims, names, options (sentences written
for these tests)."""

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.dangling import dangling_reference
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.prepare import prepare
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.story_country import in_country, story_country
from newsquiz.generate.trust import spell_out
from newsquiz.models import Article

FRANCE = [
    "The economy grew faster than expected at the end of 2004.",
    "Unemployment remains high at about 10.4%.",
]
INDEX = extract_entities(split_sentences(" ".join(FRANCE)), "Mixed signals from French economy")


def test_the_story_country_comes_from_the_headline_or_a_lead_that_names_one_country() -> None:
    assert story_country("Mixed signals from French economy", FRANCE) == "France"
    assert story_country("Jobs data mixed", ["Spain's jobless rate fell.", "Spain cut rates."]) == (
        "Spain"
    )
    # the article's own spelling of the country, with its article where it takes one
    assert story_country("US jobs rise", ["The U.S. added jobs."]) == "the U.S."
    assert story_country("Dutch exports up", ["Exports rose."]) == "the Netherlands"


@pytest.mark.parametrize(
    ("headline", "sentences"),
    [
        ("Mexican workers in US send money home", ["Remittances rose."]),  # two
        ("Targets missed", ["Europe lags the United States.", "The United States grew."]),
        ("Jobs data mixed", ["Spain's jobless rate fell.", "Italy cut rates."]),  # named once
    ],
)
def test_no_story_country_where_the_story_has_none_or_several(
    headline: str, sentences: list[str]
) -> None:
    assert story_country(headline, sentences) is None


def test_a_sentence_about_the_economy_is_framed_by_the_story_country() -> None:
    assert in_country("Unemployment remains high at about _____.", "France", INDEX) == (
        "In France, unemployment remains high at about _____."
    )
    assert in_country("With inflation at 2%, the central bank held rates.", "Japan", INDEX) == (
        "In Japan, with inflation at 2%, the central bank held rates."
    )
    # a title keeps its capitals
    assert in_country("Finance Minister Aldo Brant said exports rose.", "Italy", INDEX) == (
        "In Italy, Finance Minister Aldo Brant said exports rose."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Spain's unemployment remains high at about 10%.",  # names its country
        "Unemployment in the eurozone remains high.",  # a region
        "World trade grew by 9%.",  # the world
        "Sales at the retailer rose 4%.",  # no national economy
        '"Inflation is dead," the governor said.',  # a quotation opens it
    ],
)
def test_a_sentence_that_names_a_place_or_is_not_about_the_economy_is_left(text: str) -> None:
    assert in_country(text, "France", INDEX) is None


def test_a_statistics_body_is_official_though_its_name_does_not_say_so() -> None:
    article = "State statistics body NORSTAT said growth slowed to 0.7% in 2004."
    index = extract_entities(split_sentences(article + " NORSTAT said more."), "French growth")
    assert in_country(article, "France", index) == (
        "In France, state statistics body NORSTAT said growth slowed to 0.7% in 2004."
    )


def test_a_company_in_the_sentence_keeps_the_country_out() -> None:
    article = "Orvel Motors exports rose. Exports at Orvel Motors rose 5%."
    index = extract_entities(split_sentences(article), "Orvel Motors")
    assert in_country("Exports at Orvel Motors rose 5%.", "Japan", index) is None


def test_a_story_about_one_country_gets_cards_that_name_it() -> None:
    text = (
        "The Norland economy grew faster than expected at the end of 2004, official figures "
        "showed on Friday. Growth in the fourth quarter of 2004 was 0.8%, the statistics office "
        "said. Unemployment remains high at about 10.4%. Consumer spending rose 1.2% in "
        "December 2004, helped by lower fuel prices."
    )
    article = Article(title="Mixed signals from French economy", text=text)
    prompts = [card.prompt for card in generate_cards(article)]
    assert any("In France, unemployment remains high" in p for p in prompts)
    assert not any("From the story" in p and "Unemployment" in p for p in prompts)


def test_they_said_needs_people_who_said_it() -> None:
    index = extract_entities(split_sentences("Tumaco Pipeline Co runs it."), "Pipeline")
    problem = dangling_reference("The pipeline has room for _____ crude, they said.", index)
    assert problem is not None and problem.startswith("pronoun without its speaker")
    named = "The pipeline has room for _____ crude, officials at the ministry said, they said."
    assert dangling_reference(named, index) is None


def test_a_country_named_inside_a_name_pins_down_the_country() -> None:
    article = "The Bank of Mexico published figures."
    index = extract_entities(split_sentences(article), "Remittances")
    text = "Remittances are _____ of the country's GDP, according to the Bank of Mexico."
    assert vague_description(text, index) is None
    assert vague_description("Remittances are _____ of the country's GDP.", index) is not None


ARTICLE = (
    "Harbour Line Airways said fares would rise on Monday. HLA shares fell 3% in London. "
    "Chief executive Ruth Penhallow met Nordic Gas Corporation chairman Olaf Berg. "
    "Analysts said NGC could buy a stake in HLA. The EC Commission said it would study it."
)
NAMES = extract_entities(split_sentences(ARTICLE), "Harbour Line Airways raises fares")


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "Analysts said NGC could buy _____.",
            "Analysts said Nordic Gas Corporation could buy _____.",
        ),
        ("HLA's shares fell _____.", "Harbour Line Airways' shares fell _____."),
        (
            "She met her NGC counterpart _____.",
            "She met her Nordic Gas Corporation counterpart _____.",
        ),
        # a name holding the abbreviation spells nothing out
        ("The plan went to the EC in _____.", "The plan went to the EC in _____."),
    ],
)
def test_an_abbreviation_of_a_company_named_in_full_elsewhere_is_written_out(
    prompt: str, expected: str
) -> None:
    assert spell_out(prompt, ARTICLE, NAMES) == expected


def test_a_person_called_by_first_name_leaves_his_unclear() -> None:
    text = (
        "Orbex chairman Raj Vaswani and his brother Dev Vaswani run the group. "
        "The move follows a decision by Dev - the younger brother of chairman Raj Vaswani - "
        "to resign. His resignation was not accepted by the board, which meets in March."
    )
    resolver_text = [item.text for item in prepare(Article(title="Orbex feud", text=text)).resolved]
    assert not any("Raj Vaswani's resignation" in t for t in resolver_text)
    assert not any("Dev Vaswani's resignation" in t for t in resolver_text)


def test_a_short_company_name_is_the_company_whose_full_name_only_adds_its_legal_form() -> None:
    text = (
        "Orvel Systems International Inc said profit would fall. "
        "Shares in Orvel fell 5% after Orvel cut its forecast."
    )
    index = extract_entities(split_sentences(text), "Orvel sees lower profit")
    assert index.alias_map.get("Orvel") == "Orvel Systems International Inc"
    # a unit's name says more than the company's legal form: two companies
    unit = text.replace(
        "Systems International Inc said profit would fall", "Pictures Studios made a film"
    )
    index = extract_entities(split_sentences(unit), "Orvel sees lower profit")
    assert index.alias_map.get("Orvel") == "Orvel"


def test_a_sentence_the_one_before_explains_is_shown_after_it_not_framed() -> None:
    text = (
        "Saudi Arabia sold 7 million Orvel Insurance shares, or about 70% of the capital of "
        "Orvel Insurance. More than 800,000 applicants got 9 shares each for 205 riyals apiece."
    )
    resolved = prepare(Article(title="Saudi insurer shares soar", text=text)).resolved
    second = next(item for item in resolved if "applicants" in item.text)
    assert second.bound and second.context.startswith("Saudi Arabia sold")
    assert not second.text.startswith("In Saudi Arabia")


def test_a_titled_person_with_a_stray_capital_tail_is_never_a_company() -> None:
    text = "Ruritania set a new exchange rate, Minister Manuel Orzabal UA said. Orzabal left."
    index = extract_entities(split_sentences(text), "Ruritania lowers rate")
    assert all(e.kind != "org" for e in index.entities.values())


def test_a_frame_goes_once_an_introduction_names_the_country() -> None:
    from newsquiz.generate.story_country import without_repeated_country

    framed = (
        "True or false? In the Philippines, Jo Ruiz, finance secretary of the Philippines, left."
    )
    assert without_repeated_country(framed) == (
        "True or false? Jo Ruiz, finance secretary of the Philippines, left."
    )
    kept = "In France, unemployment remains high at about _____."
    assert without_repeated_country(kept) == kept


def test_one_who_runs_a_company_is_offered_beside_others_who_run_one() -> None:
    import random

    from newsquiz.generate.distractors import person_distractors

    text = (
        "Gazprom chief Alexei Miller spoke. Rosneft chief Sergei Bogdanchikov agreed. "
        "Lukoil chairman Vagit Alekperov left. Analyst Adam Landes of Renaissance Capital "
        "said so. Tatneft president Shafagat Takhautdinov met them."
    )
    index = extract_entities(split_sentences(text), "Russian oil")
    prompt = "Who is described as the chief of Gazprom?"
    rng = random.Random(0)
    offered = person_distractors(
        "Alexei Miller", False, index, rng, prompt, role="chief of Gazprom"
    )
    assert "Adam Landes" not in offered and len(offered) == 3


def test_a_companys_founder_is_never_offered_a_states_leaders() -> None:
    """Judged blind (round 73, E 1): Chirac, Cheney and Barroso offered as Microsoft's founder."""
    import random

    from newsquiz.generate.distractors import person_distractors

    text = (
        "Vice President Dick Cheney spoke. French President Jacques Chirac agreed. "
        "Prime Minister Tony Blair left. Orbex founder Bill Gaites was there. "
        "Velmar chairman Hugo Brandt and Quorn chief executive Lena Moretti joined."
    )
    index = extract_entities(split_sentences(text), "Leaders meet")
    offered = person_distractors(
        "Bill Gaites", False, index, random.Random(0), "", role="founder of Orbex"
    )
    assert offered and not {"Dick Cheney", "Jacques Chirac", "Tony Blair"} & set(offered)


def test_it_after_a_sentence_a_lone_country_opened_is_that_country() -> None:
    """ "South Korea will boost spending ... It has earmarked 100 trillion won": the story
    had no card at all while "It" was read only as a company."""
    from tests.generate.test_trust import _resolved

    text = (
        "Chile will boost state spending in 2005 to create jobs. "
        "It has earmarked 100 trillion won for the first six months of 2005."
    )
    assert _resolved(text, "Chile spending boost")[1].startswith(
        "Chile has earmarked 100 trillion won"
    )
    two = "France and Germany will breach the limit in 2005. It has said so before."
    assert not any(r.startswith(("France has", "Germany has")) for r in _resolved(two, "EU"))
    company = "Chile's Orbex Corp cut jobs in 2005. It has earmarked 10bn won for 2006."
    assert not any(r.startswith("Chile has") for r in _resolved(company, "Orbex cuts"))
    expletive = "Chile will boost spending in 2005. It will be the largest rise in years."
    assert not any(r.startswith("Chile will be") for r in _resolved(expletive, "Boost"))


def test_a_nationality_names_the_country_and_a_frame_keeps_the_sentence_lower_case() -> None:
    """ "German unemployment rose 7,000" had the headline put in front (held back); "In
    Germany, Among the new initiatives" broke its capitals (judged A)."""
    from tests.generate.test_trust import _resolved

    text = "Jobs are scarce in Germany. German unemployment rose 7,000 in November 2004."
    assert "German unemployment rose 7,000 in November 2004." in _resolved(text, "Jobs hit")
    index = extract_entities(split_sentences("Germany is slow."), "Germany")
    framed = in_country(
        "Among the new initiatives are cheap jobs for the unemployed.", "Germany", index
    )
    assert framed is None or framed.startswith("In Germany, among")


def test_a_company_s_net_income_names_the_company() -> None:
    from tests.generate.test_trust import _resolved

    text = "Orbex Corp reported higher profits for 2004. Net income for 2004 was $3.5bn."
    assert "Orbex Corp's net income for 2004 was $3.5bn." in _resolved(text, "Orbex Corp gains")


def test_a_central_bank_compound_is_an_official_body_beside_the_country_frame() -> None:
    """Judged blind B, D: "... would lead to a smaller trade surplus, the _____ said" named no
    country, so any central bank fitted; "the Bundesbank" (one word) is an official body."""
    index = extract_entities(
        split_sentences("The Bundesbank said so in 1987."), "West German surplus"
    )
    framed = in_country(
        "Exports rose only slightly and would cut the trade surplus, the Bundesbank said.",
        "Germany",
        index,
    )
    assert framed is not None and framed.startswith("In Germany, exports rose")
    money = in_country("M-1 fell eight billion dlrs to 745.7 billion dlrs.", "Japan", index)
    assert money is not None and money.startswith("In Japan, M-1 fell")


def test_a_share_s_move_quoted_in_fractions_needs_the_day() -> None:
    from newsquiz.generate.trust import prompt_problem
    from newsquiz.generate.undated import UNDATED

    problem = prompt_problem("True or false? Orbex fell 1-1/2 to 19.", "true", index_of(), False)
    assert problem is not None and problem.startswith(UNDATED)


def test_a_question_never_keeps_two_months() -> None:
    from newsquiz.generate import generate_cards

    text = (
        "Ruritania's current account surplus widened to a provisional 6.6 billion marks in "
        "February 1987 from 4.8 billion in January, the Bundesbank said in 1987."
    )
    cards = generate_cards(Article(title="Ruritania surplus widens", text=text))
    assert not any(
        c.prompt.count(" in January") + c.prompt.count(" in February") > 1
        and c.prompt.endswith("?")
        for c in cards
    )


def index_of():  # type: ignore[no-untyped-def]
    return extract_entities(split_sentences("Orbex sells cars."), "Orbex")
