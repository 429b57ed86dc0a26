"""Self-contained sentences: pronouns, "the firm", aliases and relative years."""

import pytest

from newsquiz.generate.entities import extract_entities
from newsquiz.generate.relative_time import reference_year
from newsquiz.generate.resolve import Resolver
from newsquiz.generate.segment import split_sentences


def resolve_all(text: str, headline: str = "", year: int | None = None) -> list[str | None]:
    sentences = split_sentences(text)
    resolver = Resolver(extract_entities(sentences, headline), year, headline)
    out = []
    for sentence in sentences:
        resolved = resolver.resolve(sentence)
        out.append(resolved.full_text if resolved else None)
    return out


def test_he_and_family_name_alias_resolve_to_the_full_name() -> None:
    text = (
        "Gao Ziguang, Vice President of Xiaomi, left the firm Xiaomi. Gao joined Xiaomi in "
        "February 2014. He is the youngest Vice President of Xiaomi."
    )
    out = resolve_all(text, "Gao Ziguang leaves Xiaomi")
    assert out[1] == "Gao Ziguang joined Xiaomi in February 2014."
    assert out[2] == "Gao Ziguang is the youngest Vice President of Xiaomi."


def test_the_firm_and_its_resolve_to_the_company() -> None:
    text = (
        "Quarterly profits at media giant TimeWarner jumped 76% to $1.13bn. "
        "The firm, which owns AOL, benefited from sales. Its profits were buoyed by gains. "
        "However, the company said costs rose."
    )
    out = resolve_all(text, "Time Warner profit")
    assert out[1] is not None and out[1].startswith("TimeWarner, which owns AOL")
    assert out[2] == "TimeWarner's profits were buoyed by gains."
    assert out[3] == "TimeWarner said costs rose."


def test_unresolvable_sentences_are_dropped() -> None:
    text = (
        "It is expected that rates will rise sharply. They said we would cut 500 jobs. "
        '"We are happy with the results so far," he said. This deal was worth $5m to Acme Corp.'
    )
    assert resolve_all(text) == [None, None, None, None]


def test_relative_year_needs_a_reference() -> None:
    text = "Acme Corp expects to open 12,000 stores this year."
    assert resolve_all(text) == [None]
    assert resolve_all(text, year=2020) == ["Acme Corp expects to open 12,000 stores in 2020."]


def test_reference_year_is_only_the_publication_year() -> None:
    # guessing "this year" from the dates an article mentions gave wrong years in the corpus
    assert reference_year(None, "In June 2020 it settled. By 2025 it hopes to grow.") is None
    assert reference_year(2019, "In June 2020 it settled.") == 2019


def test_sentences_naming_nobody_carry_the_headline() -> None:
    out = resolve_all(
        "Revised figures indicated growth of just 0.1% in the quarter.", "Japan escapes recession"
    )
    assert out == [
        'From the story "Japan escapes recession": '
        "Revised figures indicated growth of just 0.1% in the quarter."
    ]


def test_connectives_and_one_relative_time_phrase_are_dropped() -> None:
    out = resolve_all("However, Acme Corp said today that it would cut 400 jobs.")
    assert out == ["Acme Corp said that it would cut 400 jobs."]


def test_the_ministry_is_the_one_ministry_named_before() -> None:
    text = (
        "Bids have been invited from foreign companies, the Ministry of Communications said. "
        "The ministry said it would publish the rules of the tender on its website. "
        "Details will be on the ministry's website on 9 February."
    )
    out = resolve_all(text, "Phone licence bids invited")
    assert out[1] is not None and out[1].startswith("The Ministry of Communications said it")
    assert out[2] is not None and "the Ministry of Communications' website" in out[2]


def test_the_ministry_is_not_resolved_when_two_ministries_fit() -> None:
    text = (
        "The Ministry of Finance and the Ministry of Trade met bankers in the capital. "
        "The ministry said it would publish the rules of the tender on its website."
    )
    assert resolve_all(text, "Ministries meet bankers")[1] is None


def test_a_ministry_is_not_what_the_firm_means() -> None:
    text = (
        "The Ministry of Communications said bids would be judged on price and the firm's "
        "experience in building networks."
    )
    out = resolve_all(text, "Phone licence bids invited")
    assert out[0] is None or "Ministry of Communications's experience" not in out[0]


def test_a_compared_count_takes_the_noun_the_sentence_before_counted() -> None:
    text = (
        "Acme Corp said the number of Acme Stores in China rose to 900 in June. "
        "However, compared with the monthly increase of 50 in the first half of the year, "
        "growth has slowed down."
    )
    out = resolve_all(text, "Acme Corp slows store openings")
    assert out[1] is not None
    assert "Compared with the monthly increase of 50 Acme Stores in the first half" in out[1]


def test_a_compared_count_without_a_counted_noun_is_dropped() -> None:
    text = (
        "Acme Corp opened stores across China in June. "
        "However, compared with the monthly increase of 50 in the first half of the year, "
        "growth has slowed down."
    )
    assert resolve_all(text, "Acme Corp slows store openings")[1] is None


def test_the_bank_is_the_one_bank_named_before_or_the_sentence_is_dropped() -> None:
    text = (
        "Shares in the World Bank's bond arm and in Acme Holdings rose 3% on Thursday. "
        "The Bank said 48,000 fewer mortgages were approved in January than a year before."
    )
    out = resolve_all(text, "Mortgage approvals fall")
    assert out[1] is not None and out[1].startswith("The World Bank said 48,000")
    alone = "The Bank said 48,000 fewer mortgages were approved in January than a year before."
    assert resolve_all(alone, "Mortgage approvals fall") == [None]


def test_an_unnamed_problem_is_not_used() -> None:
    text = "To ease the problem the Bank of Japan kept short term interest rates at 0% for years."
    assert resolve_all(text, "Japan keeps rates low") == [None]


def test_the_company_is_not_the_main_one_right_after_a_rival_was_named() -> None:
    text = (
        "Investors fear that Yukos will be sold off, and shares in Yukos fell 5% on Monday. "
        "The report highlights the case of Sibneft, a Russian oil company that came close to "
        "merging with Yukos. After Vladimir Putin came to power, the company's effective tax "
        "rate rose from 2.6% to 10.4%, and Sibneft was raided by police."
    )
    out = resolve_all(text, "Yukos faces tax bill")
    assert out[0] is not None
    assert out[2] is None  # the company may be Sibneft: not guessed


def test_he_said_stays_the_speaker_not_the_person_his_words_name() -> None:
    """ "... or President Walter Bream would veto it, he said" is still the trade chief
    speaking: a later "he said" is the trade chief's, never the president's."""
    text = (
        "Trade chief Oskar Lindqvist told ministers that a trade bill would pass in 1987. "
        "The economy needed better figures, or President Walter Bream would veto the bill, "
        "he said. "
        "A 15 billion dlr trade deficit in March had angered Congress, he said."
    )
    out = resolve_all(text, "Trade bill likely")
    assert out[1] == (
        "The economy needed better figures, or President Walter Bream would veto the bill, "
        "Oskar Lindqvist said."
    )
    assert (
        out[2]
        == "A 15 billion dlr trade deficit in March had angered Congress, Oskar Lindqvist said."
    )


def test_the_named_speaker_is_who_a_later_he_means() -> None:
    text = (
        "Trade chief Oskar Lindqvist said sales rose 5 pct in 1986. "
        "Walter Bream's firm would buy more, Oskar Lindqvist said. "
        "Sales would rise again in 1987, he said."
    )
    out = resolve_all(text, "Orbex sales rise")
    assert out[2] == "Sales would rise again in 1987, Oskar Lindqvist said."


def test_an_institution_named_for_the_bank_keeps_its_article() -> None:
    """ "expected Bank of Finland to pursue" was judged ungrammatical; a company takes none."""
    text = (
        "Finnish interest rates would fall in 1987, economists said. "
        "Sixten Korkman at the Bank of Finland said he expected the bank to pursue a tight "
        "policy in 1987."
    )
    out = resolve_all(text, "Finnish rates to fall")
    assert out[1] is not None and "expected the Bank of Finland to pursue" in out[1]
    company = (
        "Orbex Bank said its profit rose to 90 mln dlrs in 1986. "
        "Analyst Sixten Korkman said he expected the bank to pay a higher dividend in 1987."
    )
    out = resolve_all(company, "Orbex Bank profit up")
    assert out[1] is not None and "expected Orbex Bank to pay" in out[1]


def test_he_after_an_unknown_mr_is_never_the_person_named_after_him() -> None:
    """A "Mr Xyz" the extractor could not name in full is the subject; "he" in the next
    sentence is him, not the secretary of state his sentence names (C, round 30)."""
    text = (
        "In 1983 Mr Qwertzmann became adviser on Israel's economy to secretary of state "
        "George Shultz. At the World Bank in 1985, he drew up a stabilisation package."
    )
    out = resolve_all(text, "Israel picks bank chief")
    assert "George Shultz drew up" not in (out[1] or "")


def test_the_spanish_group_is_the_company_the_article_calls_spanish() -> None:
    text = (
        "Orbex Holdings sold its stake in Tube Lines to Madrid-based Ferrovial in 2004. "
        "The Spanish group has been keen to buy UK assets, having bought Amey in 2003."
    )
    out = resolve_all(text, "Orbex sells Tube Lines stake")
    assert out[1] is None or "Orbex" not in out[1]
    dutch = (
        "Dutch firm Heineken said its profit fell 33 pct to 537 mln euros in 2004. "
        "Carlsberg said its profit fell 3 pct in 2004. "
        "The Dutch group warned that its earnings in 2005 may also slide."
    )
    out = resolve_all(dutch, "Brewers' profits fall")
    assert out[2] == "Heineken warned that its earnings in 2005 may also slide."


def test_it_after_a_sentence_about_another_company_is_not_the_story_s_company() -> None:
    """Judged blind: REDEC's negotiators written as OPEC's, Travelers' assets as Metlife's."""
    named = (
        "Saudi banks face lean times as OPEC cuts output. "
        "OPEC ministers met in Vienna to discuss oil output in 1987. "
        "The latest rescheduling is for the conglomerate REDAX. "
        "Its negotiators have just initialled an accord on 1.3 billion riyals of debt."
    )
    out = resolve_all(named, "Saudi banks face lean times")
    assert out[3] is None or "OPEC's negotiators" not in out[3]
    unplaced = (
        "Orbex Insurance is buying an insurance business from Citigroup for $11.5bn in 2005. "
        "Travelers had sales of $5.2bn in 2004 and made a profit of $901m. "
        "It has total net assets of $96bn."
    )
    out = resolve_all(unplaced, "Orbex Insurance buys insurer")
    assert out[2] is None or "Orbex Insurance has" not in out[2]


def test_a_description_followed_by_its_name_is_not_the_story_s_company() -> None:
    text = (
        "Orbex Insurance said profit rose 5% in 2004. "
        "Orbex Insurance is buying the insurer Travellane from Citigroup for $11.5bn in 2005."
    )
    out = resolve_all(text, "Orbex Insurance buys Travellane")
    assert (
        out[1]
        == "Orbex Insurance is buying the insurer Travellane from Citigroup for $11.5bn in 2005."
    )


def test_what_a_spokesman_does_not_say_is_no_card() -> None:
    text = (
        "Orbex Corp said it would sell its television stations for 240 mln dlrs in 1987. "
        "An Orbex spokeswoman referred all questions to TVX and Salomon. "
        "Orbex chairman Walter Bream declined to comment on the sale in 1987. "
        "Senior economist Oskar Lindqvist agreed."
    )
    out = resolve_all(text, "Orbex to sell stations")
    assert out[0] is not None and out[1:] == [None, None, None]


def test_a_plan_that_has_not_been_agreed_is_a_fact() -> None:
    text = (
        "UK plans for an International Finance Facility to help poor nations have not been agreed."
    )
    assert resolve_all(text, "Aid plan stalls")[0] is not None


def test_the_company_after_a_possessive_opening_is_not_the_owner() -> None:
    """Judged blind (round 37): Menatep's $20bn lawsuit written as Yukos's, after "Yukos'
    parent company, the Menatep Group, is suing ..."."""
    text = (
        "Orbex Oil has sought help in US courts over the sale of its unit in 2004. "
        "Orbex Oil said Russia had forced the sale. "
        "Orbex Oil's parent company, the Gibraltar-based Menatep Group, is suing Russia for "
        "$28.3bn in damages."
    )
    sentences = split_sentences(text)
    resolver = Resolver(extract_entities(sentences, "Orbex Oil seeks damages"), None, "")
    for sentence in sentences:
        resolver.resolve(sentence)
    assert resolver.last_org is None  # "The company" in the next sentence is nobody sure


def test_he_after_a_known_mr_behind_a_possessive_is_that_person() -> None:
    """ "ONGC's Mr Raha declined ... However, he stressed ...": he is Subir Raha, never the
    minister named in the sentence before (judged blind: C)."""
    text = (
        "Orbex Oil chairman Subir Raha met petroleum minister Mani Shankar Aiyar in Delhi. "
        "Petroleum minister Mr Aiyar will meet Viktor Khristenko on 4 May 2004. "
        "Orbex Oil's Mr Raha declined to comment on his firm's interest. "
        "However, he stressed that Orbex Oil was not interested in a loan-for-oil deal."
    )
    out = resolve_all(text, "Orbex Oil eyes Russian assets")
    assert "Aiyar stressed" not in (out[3] or "")


def test_it_after_a_sentence_about_a_described_company_is_nobody_sure() -> None:
    """ "The holding company ... holds most of Orbex's shares. It cut its holding ...": "it"
    is the parent the sentence only describes, not the story's company (judged blind: C)."""
    text = (
        "Orbex Fuel has offered to repay its creditors $220m of the $550m it lost in 2004. "
        "Chen Jiulin, chief executive of Orbex Fuel (OF), was arrested on 8 December 2004. "
        "The holding company, owned by the government, holds most of OF's listed shares. "
        "It cut its holding from 75% to 60% on 20 October 2004."
    )
    out = resolve_all(text, "Orbex Fuel seeks rescue deal")
    assert out[2] is None  # the holding company is not the company the sentence before names
    assert "OF cut" not in (out[3] or "") and "Orbex Fuel cut" not in (out[3] or "")


def test_it_said_of_a_product_is_not_the_company_before() -> None:
    text = (
        "Omega Motors has confirmed that it will build a new Cadillac BLS at its loss-making "
        "Zeta factory in Sweden. It will not be sold in the US, said Omega Europe president "
        "Tom Reed."
    )
    out = resolve_all(text, "Omega to build Cadillac BLS")
    assert out[0] is not None
    # the car, not the company or its factory, is what will not be sold in the US
    assert out[1] is None or out[1].startswith("It ")


@pytest.mark.parametrize(
    ("text", "at", "wrong"),
    [
        (  # "The US firm" is the American company of the story, not the last one named
            "Omega Motors and Zeta Cars are in talks about a put option. "
            "The US firm is thought to be offering about $2bn to end the arrangement.",
            1,
            "Zeta Cars",
        ),
        (  # the West Bank is a territory: "It" (the report) was never it
            '"Closures are a key factor behind the crisis in the West Bank," said Tom Reed, '
            "Omega Bank country director for the West Bank and Gaza. The report said donors "
            "gave $950m a year. It also called on the Palestinian Authority to reform.",
            2,
            "West Bank",
        ),
        (  # "him" in an opening before the subject leaves that subject the "he" of later
            "Mr Tom Reed, a former chief executive at Omega Bank, asked for new evidence. "
            "In spite of the allegations against him, Mr Jon Hale continues to lead Omega Bank. "
            "Since taking over the chairmanship in 1986, he has made Omega Bank a top bank.",
            2,
            "Tom Reed",
        ),
    ],
)
def test_a_reference_is_not_given_to_a_name_it_cannot_mean(text: str, at: int, wrong: str) -> None:
    out = resolve_all(text, "Omega in talks")
    assert out[at] is None or wrong not in out[at]
