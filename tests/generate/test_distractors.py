"""Distractor rules: same type and format, spread, distinct, never the answer or in the prompt."""

import random

import pytest

from newsquiz.generate.checks import option_signature
from newsquiz.generate.distractors import org_distractors, person_distractors
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.figure_distractors import date_distractors, number_distractors, spread_ok
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.segment import split_sentences


def first(text: str):  # type: ignore[no-untyped-def]
    return find_quantities(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Profit rose to $1.13bn.",
        "It raised 10 billion yuan.",
        "Mi Homes exceeded 7,600.",
        "Sales rose 11.4%.",
        "It lost 464,000 subscribers.",
        "It rose 2%.",
        "Fees reached £600m.",
    ],
)
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_numbers_same_format_spread_and_never_correct(text: str, seed: int) -> None:
    q = first(text)
    wrong = number_distractors(q, [], random.Random(seed), text)
    assert len(wrong) == 3
    assert q.text not in wrong and len(set(wrong)) == 3
    assert {option_signature(o) for o in [q.text, *wrong]} == {option_signature(q.text)}
    values = [first(f"x {o} y").value for o in [q.text, *wrong]]
    assert spread_ok(values)


def test_numbers_keep_rounding_style() -> None:
    q = first("Mi Homes exceeded 7,600.")
    for option in number_distractors(q, [], random.Random(5), ""):
        assert option.endswith("00") and "," in option


def test_numbers_put_the_answer_between_distractors() -> None:
    q = first("Profit rose to $1.13bn.")
    for seed in range(20):
        values = [first(f"x {o}").value for o in number_distractors(q, [], random.Random(seed), "")]
        assert min(values) < q.value < max(values), values


def test_article_values_come_first_but_not_those_in_the_prompt() -> None:
    sentence = "Sales rose 2% to $11.1bn from $10.9bn."
    pool = list(find_quantities("Revenue grew to $42.09bn and profit to $3.36bn."))
    q = find_quantities(sentence)[1]
    wrong = number_distractors(q, [*pool, *find_quantities(sentence)], random.Random(0), sentence)
    assert "$3.36bn" in wrong or "$42.09bn" not in wrong
    assert "$10.9bn" not in wrong


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("He joined in 2013.", r"^(19|20)\d\d$"),
        ("He joined in February 2014.", r"^[A-Z][a-z]+ (19|20)\d\d$"),
        ("It closed on 31 December 2004.", r"^\d{1,2} December 2004$"),
    ],
)
def test_dates_keep_granularity(text: str, pattern: str) -> None:
    q = first(text)
    wrong = date_distractors(q, [], random.Random(1), text)
    assert len(wrong) == 3 and q.text not in wrong
    for option in wrong:
        assert __import__("re").match(pattern, option), option


ARTICLE = (
    "Shang Jin, Vice President of Xiaomi, will replace Gao Ziguang. Shang Jin will report to "
    "Lu Weibing. Xiaomi President Wang Xiang spoke. Chinese media outlet LatePost reported it. "
    "Shang worked in Jinshan Group for years."
)


def test_people_from_the_article_first_then_faker_in_the_same_order() -> None:
    index = extract_entities(split_sentences(ARTICLE))
    prompt = "Who will Shang Jin report to?"
    wrong = person_distractors(
        "Lu Weibing", True, index, random.Random(0), prompt, n=5, invent=True
    )
    assert {"Gao Ziguang", "Wang Xiang"} <= set(wrong)
    assert "Shang Jin" not in wrong and "Lu Weibing" not in wrong
    generated = [n for n in wrong if n not in index.entities]
    assert generated, wrong
    from newsquiz.generate.person_names import chinese_surnames

    for name in generated:
        assert name.split()[0] in chinese_surnames()


def test_story_cards_offer_only_the_articles_people() -> None:
    index = extract_entities(split_sentences(ARTICLE))
    wrong = person_distractors("Lu Weibing", True, index, random.Random(0), "", n=5, invent=False)
    assert wrong and set(wrong) <= set(index.entities)


def test_western_generated_names_put_the_given_name_first() -> None:
    index = extract_entities(split_sentences("Chief executive Richard Parsons said so."))
    wrong = person_distractors(
        "Richard Parsons", False, index, random.Random(3), "", n=3, invent=True
    )
    from newsquiz.generate.person_names import western_given_names

    assert len(wrong) == 3
    assert all(name.split()[0] in western_given_names() for name in wrong)


def test_orgs_keep_media_role_and_need_article_rivals() -> None:
    index = extract_entities(split_sentences(ARTICLE))
    media = org_distractors("LatePost", True, index, random.Random(0), "Which outlet?")
    assert len(media) == 3 and "Xiaomi" not in media and "Jinshan Group" not in media
    # one rival in the article is too few: pool names alone are weak distractors
    assert org_distractors("Jinshan Group", False, index, random.Random(0), "Shang worked in") == []
    richer = extract_entities(split_sentences(ARTICLE + " Kingsoft Group and Meizu Corp compete."))
    groups = org_distractors("Jinshan Group", False, richer, random.Random(0), "Shang worked in")
    assert {"Xiaomi", "Kingsoft Group"} <= set(groups) and "LatePost" not in groups
    assert len(groups) == 3


def test_institutions_and_companies_are_not_offered_for_each_other() -> None:
    text = (
        "The Ministry of Communications said Acme Telecom Corp, Widget Holdings and Zenith "
        "Networks Inc had bid. The Finance Ministry and the Trade Commission approved it."
    )
    index = extract_entities(split_sentences(text))
    rng = random.Random(0)
    ministry = org_distractors("Ministry of Communications", False, index, rng, "Which body?")
    assert not {"Acme Telecom Corp", "Widget Holdings", "Zenith Networks Inc"} & set(ministry)
    company = org_distractors("Acme Telecom Corp", False, index, rng, "Which company bid?")
    assert not {"Finance Ministry", "Trade Commission", "Ministry of Communications"} & set(company)


def test_extraction_debris_is_never_offered_as_a_rival_company() -> None:
    from newsquiz.generate.distractors import _not_a_rival_name

    for debris in ("South African", "Tuesday Mitsubishi", "Trouble-hit Mitsubishi Motors"):
        assert _not_a_rival_name(debris), debris
    for name in ("Mitsubishi Motors", "PSA Peugeot Citroen", "Bank of America", "U2"):
        assert not _not_a_rival_name(name), name


def test_cut_abbreviations_and_tickers_are_never_rival_companies() -> None:
    from newsquiz.generate.distractors import _not_a_rival_name

    for debris in ("U.S", "A.E", "Shell U.K", "GBL.TO", "RD.AS"):
        assert _not_a_rival_name(debris), debris
    for company in ("General Motors", "U.S. Steel", "BP"):
        assert not _not_a_rival_name(company), company
