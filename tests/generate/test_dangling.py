"""Words that point back into the article (sentences written for these tests): time words an
undated card can do without, openings that lean on the sentence before, pronouns and family
names without their person, national bodies without their country."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsquiz.generate import generate_cards
from newsquiz.generate.dangling import (
    dangling_reference,
    named_in_full,
    without_also,
    without_connective,
)
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.relative_time import without_relative_time
from newsquiz.generate.resolve import Resolver
from newsquiz.generate.segment import split_sentences
from newsquiz.models import Article

ARTICLE = (
    "Bundesbank President Karl Heinz Brockmann said rates would stay low. "
    "Brockmann said inflation was no threat. Brockmann told a conference prices were stable. "
    "Brockmann warned against haste. Brockmann added that the mark was strong. "
    "Grain trader Lorenz Wittgruber said demand was firm."
)
INDEX = extract_entities(split_sentences(ARTICLE), "Bundesbank sees low rates")


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("Shares in Orbex closed up _____ on Tuesday.", "Shares in Orbex closed up _____."),
        ("Orbex said on Tuesday that profit rose _____.", "Orbex said that profit rose _____."),
        ("Orbex, on Tuesday, said profit rose _____.", "Orbex said profit rose _____."),
        ("On Friday night, Orbex cut _____ jobs.", "Orbex cut _____ jobs."),
        ("Orbex is now expected to earn _____.", "Orbex is expected to earn _____."),
        ("Currently, Orbex employs _____ people.", "Orbex employs _____ people."),
        ("Orbex shares rose _____ in early trading.", "Orbex shares rose _____."),
        (
            "Orbex announced last week that it would cut _____ jobs.",
            "Orbex announced that it would cut _____ jobs.",
        ),
        # what is not a time word of the article's date stays
        ("Until now, Orbex had _____ plants.", "Until now, Orbex had _____ plants."),
        ("The now-defunct Orbex lost _____.", "The now-defunct Orbex lost _____."),
        ("Orbex publishes today's figures at _____.",) * 2,
        # a period that says which figure is meant changes the fact: judged, not cut
        ("Orbex's profit rose _____ last year.", "Orbex's profit rose _____ last year."),
        # the blank itself is never cut
        ("Orbex said it would report on _____.", "Orbex said it would report on _____."),
    ],
)
def test_time_words_of_an_undated_article_are_taken_out(prompt: str, expected: str) -> None:
    assert without_relative_time(prompt, "x") == expected


def test_a_time_word_holding_the_answer_stays() -> None:
    assert without_relative_time("Orbex said on Tuesday it would cut jobs.", "Tuesday") == (
        "Orbex said on Tuesday it would cut jobs."
    )


@given(st.text(alphabet="abcdefg NowTuesday,._", max_size=60))
def test_taking_time_words_out_never_loses_the_blank(prompt: str) -> None:
    result = without_relative_time(prompt, "")
    assert result.count("_") == prompt.count("_")


def test_linking_openings_are_dropped_but_not_a_blank() -> None:
    assert without_connective("However, Orbex cut _____ jobs.") == "Orbex cut _____ jobs."
    assert without_connective("Meanwhile, _____ cut jobs.") == "Meanwhile, _____ cut jobs."
    assert without_connective("Orbex, however, cut jobs.") == "Orbex, however, cut jobs."


@pytest.mark.parametrize(
    "prompt",
    [
        "Subsequently, interest would be charged at _____.",
        "At the time, Orbex said it would sell _____.",
        "As a result, Orbex cut _____ jobs.",
        "Under the plan, Orbex would buy _____ shares.",
        "True or false? Following completion, Orbex will hold a 43% stake in Velmar.",
    ],
)
def test_an_opening_that_needs_the_sentence_before_is_a_problem(prompt: str) -> None:
    problem = dangling_reference(prompt, INDEX)
    assert problem is not None and problem.startswith("opening that needs")


def test_he_and_it_said_need_their_person_or_company_in_the_card() -> None:
    assert dangling_reference("In Alaska, failures rose by _____, it said.", INDEX) is not None
    assert dangling_reference("Reform should also help, they say.", INDEX) is not None
    assert dangling_reference("Prices rose before he resigned in _____.", INDEX) is not None
    # a person named before the pronoun, a person word, or the blank itself is its antecedent
    named = "Karl Heinz Brockmann said he expected _____."
    assert dangling_reference(named, INDEX) is None
    assert dangling_reference("The chairman said he expected _____.", INDEX) is None
    assert dangling_reference("_____, the chairman, left his post.", INDEX) is None


def test_a_family_name_alone_is_written_out_or_is_a_problem() -> None:
    prompt = "Brockmann said the bank would lend at _____."
    repaired = named_in_full(prompt, ARTICLE, INDEX)
    assert repaired == "Karl Heinz Brockmann said the bank would lend at _____."
    assert dangling_reference(repaired, INDEX) is None
    # a person the entity index does not know, written in full once in the article
    unknown = extract_entities(split_sentences("Demand for grain was firm all week."), "Grain")
    assert named_in_full("Wittgruber said demand rose _____.", ARTICLE, unknown) == (
        "Lorenz Wittgruber said demand rose _____."
    )
    # a family name with no full name anywhere cannot be repaired and is a problem
    assert named_in_full("Quandtmeyer said demand rose _____.", ARTICLE, INDEX) == (
        "Quandtmeyer said demand rose _____."
    )
    assert dangling_reference("Quandtmeyer said demand rose _____.", INDEX) is not None
    # a word of the language is not taken for a family name ("Analysts said")
    assert dangling_reference("Analysts said demand rose _____.", INDEX) is None


def test_a_national_body_needs_its_country() -> None:
    problem = dangling_reference("The Labor Department said _____ jobs were added.", INDEX)
    assert problem is not None and problem.startswith("body without its country")
    assert dangling_reference("The US Labor Department said _____ jobs were added.", INDEX) is None
    assert dangling_reference("The Dutch Central Bank cut its rate to _____.", INDEX) is None
    assert dangling_reference("Japan's Finance Ministry said _____.", INDEX) is None


def test_the_agency_named_by_an_apposition_is_resolved_in_later_sentences() -> None:
    text = (
        "Norland Pension Authority, the government agency which manages pension funds, "
        "said its portfolio earned 300 mln dlrs in 1986. "
        "The agency said it had assets of 25 billion dlrs at the end of 1986."
    )
    sentences = split_sentences(text)
    index = extract_entities(sentences, "Pension fund earns more")
    resolver = Resolver(index, None, "Pension fund earns more")
    resolved = [resolver.resolve(s) for s in sentences]
    assert resolved[1] is not None
    assert resolved[1].text.startswith("The Norland Pension Authority said it had")


def test_undated_cards_come_without_their_weekdays() -> None:
    text = (
        "Shares in Orbex Holdings closed up 12% at 340p on Tuesday after the retailer "
        "reported strong Christmas sales. Orbex Holdings said sales rose 8% to £1.2bn."
    )
    cards = generate_cards(Article(title="Orbex sales jump", text=text))
    assert cards
    assert not any("Tuesday" in card.prompt for card in cards)


def test_newswire_tickers_brackets_and_capitals_are_not_copied_into_cards() -> None:
    from newsquiz.generate.sentence_text import without_tickers as _without_tickers

    text = (
        "Orbex Holdings Plc <ORBX.L> denied rumours on the U.K. Stock market that "
        "<Talbot Paper Co> would bid, and U.S. Trade Representative Ann Cole noted U.S. Concern."
    )
    assert _without_tickers(text) == (
        "Orbex Holdings Plc denied rumours on the U.K. stock market that Talbot Paper Co "
        "would bid, and U.S. Trade Representative Ann Cole noted U.S. concern."
    )


def test_a_sentence_with_a_ticker_still_makes_cards() -> None:
    text = (
        "Orbex Holdings Plc <ORBX.L> said its pre-tax profit rose 12 pct to 45 mln stg in 1986. "
        "Orbex Holdings Plc said sales rose to 310 mln stg from 280 mln stg in 1985."
    )
    cards = generate_cards(Article(title="ORBEX PROFIT RISES", text=text))
    assert any("12 pct" in c.answer or "45 mln stg" in c.answer for c in cards)
    assert not any("<" in c.prompt for c in cards)


def test_a_name_the_article_never_writes_is_a_problem() -> None:
    from newsquiz.generate.trust import SPLICED, prompt_problem

    source = (
        "Power cut\nCarolina Power said costs rose. Duke Power Co sold power to Carolina Power."
    )
    index = extract_entities(split_sentences(source), "Power cut")
    spliced = "True or false? Carolina Duke Power said costs rose."
    problem = prompt_problem(spliced, "False", index, False, source)
    assert problem is not None and problem.startswith(SPLICED)
    assert (
        prompt_problem(
            "True or false? Carolina Power said costs rose.", "True", index, False, source
        )
        is None
    )
    doubled = prompt_problem("The _____ board met.", "Federal Loan Board", index, False, source)
    assert doubled is not None and doubled.startswith(SPLICED)


def test_an_exchange_rate_card_says_its_precision_and_accepts_the_finer_figure() -> None:
    text = "Orbex Holdings had debts of 10 billion yuan ($1.5 billion) at the end of 2004."
    cards = [
        c for c in generate_cards(Article(title="Orbex debts", text=text)) if "imply" in c.prompt
    ]
    assert cards
    numeric = next(c for c in cards if c.kind == "numeric")
    assert "(to one decimal place)" in numeric.prompt
    assert numeric.answer == "6.7" and "6.67" in numeric.accepted
    assert "1,500,000,000" in (numeric.explanation or "")
    # a newsroom's own conversion between dollars, pounds and euros is no card
    house = "Orbex Holdings had debts of 4 billion euros (£2.8bn) at the end of 2004."
    made = generate_cards(Article(title="Orbex", text=house))
    assert not [c for c in made if "imply" in c.prompt]


def test_a_name_misspelt_once_beside_its_right_spelling_is_a_typo() -> None:
    from newsquiz.generate.typos import source_flaw

    source = (
        "Scott Foresman sells books. Scott Foresman grew. Soctt Foresman will earn more. "
        "Kuwait and Kuwaiti ships sailed. Dixon and Dixons traded."
    )
    index = extract_entities(split_sentences(source), "Books")
    assert source_flaw("Soctt Foresman will earn _____.", index, source) is not None
    assert source_flaw("Kuwaiti ships sailed to _____.", index, source) is None
    assert source_flaw("Dixons traded _____ shares.", index, source) is None


def test_a_lowercase_brand_is_a_company_also_at_the_start_of_a_sentence() -> None:
    text = (
        "Shares in online retailer zipCart fell 8% after its profits disappointed. "
        "ZipCart stock fell to $41.2 in after-hours trade. "
        "Excluding special items, zipCart's profit was 33 cents a share."
    )
    index = extract_entities(split_sentences(text), "Wall Street cool to zipCart's profit")
    assert index.entities["zipCart"].kind == "org"
    assert [m.name for m in index.mentions("ZipCart stock fell")] == ["zipCart"]
    assert [m.name for m in index.mentions("Excluding items, zipCart's profit")] == ["zipCart"]


def test_a_farmer_s_his_is_not_the_last_person_named() -> None:
    text = (
        "Agriculture Secretary Richard Lyng said farmers would get relief in 1987. "
        "A farmer, to be eligible for benefits, must restrict his plantings of other crops."
    )
    sentences = split_sentences(text)
    resolver = Resolver(extract_entities(sentences, "Relief for growers"), None, "x")
    resolved = [resolver.resolve(s) for s in sentences]
    assert resolved[1] is None or "Lyng's plantings" not in resolved[1].text


def test_idioms_and_compound_nouns_do_not_drop_a_sentence() -> None:
    from newsquiz.generate.reference_patterns import DESCRIBED_ORG, GARBLED

    assert GARBLED.search("cash brought in and out of the country") is None
    assert GARBLED.search("such as and Mi Home") is not None
    assert DESCRIBED_ORG.search("the value of lira bank notes") is None
    assert DESCRIBED_ORG.search("the German bank said") is not None


def test_places_and_words_the_article_repeats_are_not_typos() -> None:
    from newsquiz.generate.typos import source_flaw

    source = "Iraq and Iraq's ships. Iran said so. U.S. warships sailed; the warships returned."
    index = extract_entities(split_sentences(source), "Gulf")
    assert source_flaw("Iran said _____ ships sailed.", index, source) is None
    assert source_flaw("British officials said _____.", index, source) is None
    assert source_flaw("U.S. warships sailed to _____.", index, source) is None


def test_each_of_two_coordinated_companies_can_be_asked() -> None:
    from newsquiz.generate.frames import sentence_facts

    text = (
        "Consumer electronics giant Tokaido Electric Corp is joining forces with Hanshin "
        "Industries Corp to make plasma screens. Tokaido Electric Corp and Hanshin Industries "
        "Corp will invest $400m in a new plant in 2005."
    )
    sentences = split_sentences(text)
    index = extract_entities(sentences, "Screen makers join forces")
    resolver = Resolver(index, None, "Screen makers join forces")
    second = resolver.resolve(sentences[1]) if resolver.resolve(sentences[0]) else None
    assert second is not None
    facts = sentence_facts(second, index, 1, "Screen makers join forces", lead=True)
    answers = {f.answer for f in facts}
    assert {"Tokaido Electric Corp", "Hanshin Industries Corp"} <= answers


def test_a_dated_article_s_weekdays_and_months_get_their_dates() -> None:
    from datetime import date

    from newsquiz.generate.relative_time import anchor_weekdays
    from newsquiz.generate.trust import anchor_months

    friday = date(2026, 11, 20)
    assert anchor_weekdays("Orbex said on Tuesday that profit rose _____.", friday) == (
        "Orbex said on Tuesday 17 November 2026 that profit rose _____."
    )
    assert anchor_weekdays("Orbex said on Friday that it grew.", friday) == (
        "Orbex said on Friday 20 November 2026 that it grew."
    )
    assert anchor_weekdays("On Monday, 16 November, Orbex said.", friday) == (
        "On Monday, 16 November, Orbex said."
    )
    assert (
        anchor_weekdays("Orbex said on Tuesday it grew.", None) == "Orbex said on Tuesday it grew."
    )
    assert anchor_months("profit in the year to October rose", friday) == (
        "profit in the year to October 2026 rose"
    )


def test_general_motors_is_one_company_and_shell_uk_oil_one_name() -> None:
    text = (
        "General Motors said profits rose in 2004. General Wesley Clark spoke later. "
        "Shell U.K. Oil said output fell."
    )
    index = extract_entities(split_sentences(text), "GM profits rise")
    assert index.entities["General Motors"].kind == "org"
    assert "General" not in index.alias_map
    assert index.entities["Wesley Clark"].kind == "person"
    assert "Shell U.K. Oil" in index.entities


def test_newswire_capitals_after_us_are_lowered_but_not_inside_a_name() -> None:
    from newsquiz.generate.sentence_text import without_tickers as _without_tickers

    assert _without_tickers("Shell U.K. Oil said U.S. And Japanese firms saw U.S. Concern.") == (
        "Shell U.K. Oil said U.S. and Japanese firms saw U.S. concern."
    )
    assert _without_tickers("The U.S. Stock market fell.") == "The U.S. stock market fell."


def test_an_all_capitals_headline_is_shown_in_title_case_without_tickers() -> None:
    from newsquiz.generate.reader import newswire_headline

    body = "USX Corp chairman said ConAgra Inc would buy Monfort."
    assert newswire_headline("USX <X> CHAIRMAN CALLS FOR LOWER DOLLAR", body) == (
        "USX Chairman Calls for Lower Dollar"
    )
    assert newswire_headline("CONAGRA <CAG> TO ACQUIRE MONFORT", body) == (
        "ConAgra to Acquire Monfort"
    )
    assert newswire_headline("U.S. JOBLESS RATE FELL TO 6.6 PCT", "") == (
        "U.S. Jobless Rate Fell to 6.6 Pct"
    )
    assert newswire_headline("Mixed signals from French economy", "") == (
        "Mixed signals from French economy"
    )


def test_typed_company_answers_accept_their_short_names() -> None:
    from newsquiz.generate.company_short_forms import short_names as _short_names

    assert _short_names("SBC Communications") == ["SBC"]
    assert _short_names("TransCanada PipeLines") == ["TransCanada"]
    assert "A320" in _short_names("Airbus A320")
    assert _short_names("General Motors") == []
    assert _short_names("Bank of America") == []


def test_a_lone_family_name_taken_for_a_company_is_written_in_full() -> None:
    text = (
        "Oil imports will rise, said John H. Lichtblau, president of Petroleum Industry "
        "Research Associates. Lichtblau said the U.S. depended on foreign oil. "
        "Lichtblau said prices would rise."
    )
    index = extract_entities(split_sentences(text), "Oil dependency seen rising")
    prompt = "Lichtblau said the U.S. depended on foreign suppliers for _____ of its oil."
    assert named_in_full(prompt, text, index).startswith("John H. Lichtblau said")


def test_a_ticker_symbol_is_no_company_of_its_own() -> None:
    text = (
        "TransCanada PipeLines Ltd <TRP> raised its offer for Dome Petroleum Ltd <DMP>. "
        "Amoco Corp <AN> bid earlier. <Dominion Textile Inc> would sell."
    )
    names = set(extract_entities(split_sentences(text), "Offer raised").entities)
    assert not names & {"TRP", "DMP", "AN"}
    assert {"Amoco Corp", "Dominion Textile Inc"} <= names


@pytest.mark.parametrize(
    "prompt",
    [
        "Dealers attributed the late rise to remarks by Yasuhiro Nakasone that _____.",
        "Orbex expects sales of _____ in the next fiscal year.",
        "Orbex's sales rose _____ in the latest week.",
        "Orbex was founded two years ago with _____ in capital.",
        "and Papua New Guinea exported _____ tonnes of cocoa.",
        "The dollar was quoted at 141.25/_____ yen.",
    ],
)
def test_what_a_blind_reader_cannot_follow_in_newswire_prompts(prompt: str) -> None:
    from newsquiz.generate.trust import prompt_problem

    assert prompt_problem(prompt, "x", INDEX, False) is not None


def test_company_options_stay_in_the_answer_s_sector() -> None:
    from newsquiz.generate.sectors import same_sector

    assert not same_sector("Amoco Corp", "Chase Manhattan Bank")
    assert same_sector("Texaco Inc", "Mobil Corp")
    assert not same_sector("Norsk Hydro", "Barclays Bank", "the U.S. oil company _____ said")
    assert same_sector("Alitalia", "Lufthansa")  # nothing says a sector: still a rival


def test_typed_answers_accept_spelled_numbers_cents_and_date_orders() -> None:
    from newsquiz.generate.answers import _date_forms, common_names

    def accepted(text: str) -> set[str]:
        cards = generate_cards(Article(title="Orbex pays dividend", text=text))
        return {a for card in cards for a in (getattr(card, "accepted", None) or [])}

    assert "ten" in accepted("Orbex Holdings said it would close 10 stores in 2005.")
    assert "$0.65" in accepted("Orbex Holdings said it would pay a dividend of 65 cts a share.")
    assert "31 March 1987" in _date_forms("March 31, 1987")
    assert "March 31, 1987" in _date_forms("31 March 1987")
    assert "Middle East" in common_names("Mideast")


def test_a_figure_in_words_accepts_its_abbreviated_scale() -> None:
    from newsquiz.generate.answers import accepted_forms
    from newsquiz.generate.frames import sentence_facts
    from newsquiz.generate.prepare import prepare

    text = "Orbex Bank said 1.9 billion people in Asia lived on less than $2 a day in 2004."
    prepared = prepare(Article(title="Orbex Bank on poverty", text=text))
    assert prepared is not None
    facts = [f for r in prepared.resolved for f in sentence_facts(r, prepared.index, 0, "")]
    people = next(f for f in facts if f.answer.startswith("1.9"))
    assert "1.9bn" in accepted_forms(people)


def test_british_and_american_spellings_are_both_accepted() -> None:
    from newsquiz.generate.answers import spelling_variants

    variants = spelling_variants("Organisation for Economic Co-operation and Development")
    assert "Organization for Economic Cooperation and Development" in variants
    assert spelling_variants("M-1") == ["M1"]
    assert spelling_variants("Ford Motor") == []
    assert spelling_variants("programme") == ["program"]  # never "programmeme"
    assert spelling_variants("Washington") == []  # never "Washingtonne"


def test_a_true_or_false_headline_prefix_and_a_stranded_preposition_are_caught() -> None:
    from newsquiz.generate.trust import prompt_problem

    prefixed = 'True or false? From the story "Ford sales slip": Total unit sales fell 5%.'
    assert prompt_problem(prefixed, "true", INDEX, False) is not None
    kept = without_relative_time("True or false? On Saturday afternoon, a spokeswoman said so.", "")
    assert kept == "True or false? A spokeswoman said so."


def test_an_exchange_rate_asked_to_the_nearest_whole_number_is_rounded_so() -> None:
    text = "Orbex Holdings earned 30.6bn yen ($291m) in 2004, Orbex Holdings said."
    cards = [
        c for c in generate_cards(Article(title="Orbex earns", text=text)) if "imply" in c.prompt
    ]
    numeric = next(c for c in cards if c.kind == "numeric")
    assert "(to the nearest whole number)" in numeric.prompt
    assert numeric.answer == "105"  # 105.2, not two significant figures' 110


def test_code_pasted_into_an_article_gives_no_names() -> None:
    text = "Orbex Holdings said sales rose. VALIDATION_SPLIT = 0.2 and Orbex Holdings said so."
    assert "VALIDATION_SPLIT" not in extract_entities(split_sentences(text), "Orbex").entities


def test_a_person_written_by_family_name_alone_is_written_in_full_but_not_a_company() -> None:
    text = (
        "Paul Bilzerian, a Florida investor, said he owned 9 pct of Pay N Pak. Bilzerian said "
        "he might bid. Bilzerian bought more shares. Ford chairman Bill Ford spoke. "
        "Ford Motor Co said sales rose."
    )
    index = extract_entities(split_sentences(text), "Investor buys stake")
    assert named_in_full("The stake held by Bilzerian rose to _____.", text, index) == (
        "The stake held by Paul Bilzerian rose to _____."
    )
    assert named_in_full("Ford sold _____ cars.", text, index) == "Ford sold _____ cars."


@pytest.mark.parametrize(
    "prompt",
    ["Orbex raised prices _____ last August.", "Orbex's sales rose _____ over the same period."],
)
def test_months_named_from_the_article_s_date_and_the_same_period_need_the_article(
    prompt: str,
) -> None:
    from newsquiz.generate.trust import prompt_problem

    assert prompt_problem(prompt, "x", INDEX, False) is not None


def test_telecom_and_insurance_sectors() -> None:
    from newsquiz.generate.sectors import same_sector

    assert not same_sector("Deutsche Telekom", "Toyota Motor", "the German telecoms firm _____")
    assert not same_sector("Munich Re", "Barclays Bank")


def test_company_names_are_accepted_written_out_and_cut_short() -> None:
    from newsquiz.generate.answers import spelling_variants

    assert "Oil and Natural Gas Corporation" in spelling_variants("Oil & Natural Gas Corp")
    assert "Marsh & McLennan" in spelling_variants("Marsh and McLennan")
    assert "an acrid odor" in spelling_variants("an acrid odour")


def test_a_korean_name_is_family_name_first() -> None:
    from newsquiz.generate.entities import extract_entities
    from newsquiz.generate.segment import split_sentences

    text = "Trade Minister Rha Woong-bae said the won would rise. Rha said exports were strong."
    person = extract_entities(split_sentences(text), "Won to rise").entities["Rha Woong-bae"]
    assert person.family_first and "Mr Rha" in person.aliases
    assert "Mr Woong-bae" not in person.aliases


def test_a_price_in_cents_is_accepted_in_dollars_without_rounding() -> None:
    """ "72.5 cents" is "$0.725": "$0.72" is another price (judged blind: E 1)."""
    cards = generate_cards(
        Article(
            title="Orbex raises ingot prices",
            text="Orbex Holdings said the new price for ingot is 72.5 cents a lb from 1 May 2004.",
        )
    )
    accepted = {a for card in cards for a in (getattr(card, "accepted", None) or [])}
    assert "$0.725" in accepted and "$0.72" not in accepted


def test_a_ministry_of_several_words_is_accepted_the_other_way_round() -> None:
    """ "Foreign Trade Ministry" is also "Ministry of Foreign Trade", and never "Foreign"."""
    from newsquiz.generate.answers import common_names
    from newsquiz.generate.company_short_forms import short_names as _short_names

    assert "Ministry of Foreign Trade" in common_names("Foreign Trade Ministry")
    assert "Foreign Trade Ministry" in common_names("Ministry of Foreign Trade")
    assert "Foreign" not in _short_names("Foreign Trade Ministry")
    # a nationality stays in front: never "Ministry of Dutch Economics"
    assert common_names("Dutch Economics Ministry") == ["Dutch Ministry of Economics"]


def test_an_abbreviation_the_source_left_without_its_dot_is_never_an_answer() -> None:
    """ "including the U.S, Europe": "U.S" is the source's slip (judged blind: A)."""
    cards = generate_cards(
        Article(
            title="Orbex buys exploration acres",
            text=(
                "Orbex Holdings said it acquired 11.2 mln acres for exploration in 1986 in "
                "10 countries including the U.S, Europe and the Far East."
            ),
        )
    )
    assert cards and all(card.answer != "U.S" for card in cards)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "Half a million people in Ruritania are also facing poverty.",
            "Half a million people in Ruritania are facing poverty.",
        ),
        ("Orbex has also threatened legal action.", "Orbex has threatened legal action."),
        # "not only ... but also", "also known as" and a quotation keep it
        ("Not only profits but also sales rose.", "Not only profits but also sales rose."),
        (
            'Orbex, also known as Orbex Motors, said "we also cut costs".',
            'Orbex, also known as Orbex Motors, said "we also cut costs".',
        ),
        # a speaker who "added" something only said it, as far as the card shows
        (
            "Jan Kim, an analyst at Orbex, added that borrowing costs could rise.",
            "Jan Kim, an analyst at Orbex, said that borrowing costs could rise.",
        ),
        ("The rate will fall to 5%, he added.", "The rate will fall to 5%, he said."),
        ("Orbex added 300 jobs in 2004.", "Orbex added 300 jobs in 2004."),
        ('"Sales added up," Jan Kim said.', '"Sales added up," Jan Kim said.'),
    ],
)
def test_an_also_that_points_to_the_sentence_before_is_dropped(prompt: str, expected: str) -> None:
    assert without_also(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "Earlier, the yen touched its lowest level against the euro.",
        "True or false? In Ruritania, since then, however, the central bank has cut rates.",
    ],
)
def test_an_opening_behind_a_frame_or_earlier_needs_the_sentence_before(prompt: str) -> None:
    problem = dangling_reference(prompt, INDEX)
    assert problem is not None and problem.startswith("opening that needs")


def test_there_needs_its_place() -> None:
    problem = dangling_reference("Karl Obermann will be there, as will _____.", INDEX)
    assert problem is not None and problem.startswith("place named elsewhere")
    existential = dangling_reference("There will be _____ delegates at the meeting.", INDEX)
    assert existential is None or not existential.startswith("place")
