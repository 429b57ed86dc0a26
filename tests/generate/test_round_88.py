"""The twelfth round's rules, on sentences written for these tests: checks that dropped
key facts for no reason a reader would see, rewrites that broke a sentence, newswire counts
in "mln", and ranges whose first number shares the second's unit."""

import random

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.answers import _date_forms, accepted_forms
from newsquiz.generate.checks import quoted_statement
from newsquiz.generate.company_short_forms import short_names as _short_names
from newsquiz.generate.compose import ask
from newsquiz.generate.context_pairs import after_sentence_before
from newsquiz.generate.derived import percent_base
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.direction import direction_bounds
from newsquiz.generate.distractors import _fits_title
from newsquiz.generate.entities import EntityIndex, extract_entities
from newsquiz.generate.figure_distractors import number_distractors
from newsquiz.generate.frames import sentence_facts
from newsquiz.generate.introductions import introduced
from newsquiz.generate.name_forms import entity_name_forms
from newsquiz.generate.named_descriptions import name_descriptions
from newsquiz.generate.names import Entity
from newsquiz.generate.owners import owned_subject
from newsquiz.generate.prepare import prepare
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.questions import distractors_for
from newsquiz.generate.relative_time import without_relative_time
from newsquiz.generate.resolve import Resolved
from newsquiz.generate.role_phrases import appositive_after as _appositive_after
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.spelled_out import spell_out
from newsquiz.generate.story_country import in_country
from newsquiz.generate.textutil import possessive
from newsquiz.generate.trust import prompt_problem
from newsquiz.generate.typos import corrected
from newsquiz.generate.wh_phrases import org_noun
from newsquiz.models import ClozeCard, Evidence, FactType

from .helpers import article, facts_of

TEXT = (
    "Ostara Re and Velmar Re, two big reinsurers, expect small losses."
    " The Fund for Nova Scotia, which manages the province's pensions, earned more."
)
INDEX = extract_entities(split_sentences(TEXT), "Reinsurers count the cost")


def test_a_reinsurer_named_re_is_a_company() -> None:
    assert INDEX.entities["Velmar Re"].kind == "org"


def test_a_province_is_a_place_and_names_the_province_after_it() -> None:
    assert INDEX.entities["Nova Scotia"].kind == "place"
    text = "The Fund for Nova Scotia, which manages the province's pensions, earned 9 pct."
    assert vague_description(text, INDEX) is None


def test_a_bare_stake_is_never_given_an_owner_without_its_head() -> None:
    """ "taking his stake to 42%" once became "taking his Velmar's  to 42%"."""
    prompt = "Tom Hale said he would raise his stake to _____."
    earlier = "Tom Hale bought Velmar's stake."
    assert name_descriptions(prompt, "42%", earlier, INDEX) == prompt


def test_a_holding_in_something_says_whose_stake_follows() -> None:
    text = "Tom Hale bought a 4% holding in Velmar Re, taking his stake to 42%."
    assert vague_description(text, INDEX) is None


@pytest.mark.parametrize(
    "slip, fixed",
    [
        ("except the the state oil company", "except the state oil company"),
        ("a rise of of 5%", "a rise of 5%"),
    ],
)
def test_a_small_word_typed_twice_is_written_once(slip: str, fixed: str) -> None:
    assert corrected(slip) == fixed


def test_a_word_doubled_on_purpose_stays() -> None:
    assert corrected("what he had had before") == "what he had had before"


@pytest.mark.parametrize(
    "prompt",
    [
        "Velmar said orders were _____ higher than in the same period of 2003.",
        "Velmar was sold at less than market value for _____.",
        "Velmar had assets with a market value of _____ at the end of 1986.",
    ],
)
def test_a_period_or_snapshot_the_sentence_dates_needs_no_article_date(prompt: str) -> None:
    assert prompt_problem(prompt, "15%", INDEX, dated=False) is None


@pytest.mark.parametrize(
    "prompt",
    ["Velmar said orders were _____ higher than in the same period.", "Its market value is _____."],
)
def test_an_undated_period_or_snapshot_still_needs_the_date(prompt: str) -> None:
    problem = prompt_problem(prompt, "15%", INDEX, dated=False)
    assert problem is not None and problem.startswith("time needs the article's date")


def test_an_ing_modifier_does_not_end_a_noun_phrase() -> None:
    text = "Velmar Re says the external purchasing power of its funds is 20 pct of 1980 levels."
    assert vague_description(text, INDEX) is None


@pytest.mark.parametrize(
    "name, written",
    [
        ("General Motors", "General Motors'"),
        ("Barclays", "Barclays'"),
        ("Yukos", "Yukos's"),
        ("Acme", "Acme's"),
    ],
)
def test_a_plural_name_takes_a_bare_apostrophe(name: str, written: str) -> None:
    assert possessive(name) == written


def test_a_sentence_naming_its_owner_is_not_given_one() -> None:
    text = "Velmar Motors said profit rose. The losses at Velmar Motors Europe totalled $45m."
    index = extract_entities(split_sentences(text), "Velmar Motors profit")
    sentence = "The losses at Velmar Motors Europe totalled $45m."
    assert owned_subject(sentence, index, "Velmar Motors profit") is None


def test_newswire_counts_in_mln_are_figures() -> None:
    found = find_quantities("Ostara holds reserves of 258 mln barrels and 4.3 mln shares.")
    assert [(q.kind, q.text, q.noun) for q in found] == [
        ("count", "258 mln", "barrels"),
        ("count", "4.3 mln", ""),
    ]


def test_the_first_end_of_a_range_is_not_asked() -> None:
    text = "Velmar Re said the deficit will narrow to between 700 mln and one billion dlrs."
    answers = [f.answer for f in facts_of(text, "Velmar deficit")]
    assert "700 mln" not in answers and "one billion dlrs" in answers, answers


def test_a_count_per_day_is_asked_with_its_rate() -> None:
    text = (
        "Oil sales at Velmar Corp slipped to 4.043 mln barrels per day in 1986 from 4.082 mln"
        " bpd in 1985."
    )
    prompts = [c.prompt for c in generate_cards(article(text, "Velmar oil sales slip"))]
    questions = [p for p in prompts if p.endswith("?") and "how many" in p.lower()]
    assert questions, prompts
    assert all("barrels per day" in p for p in questions), questions


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Anil Ambani is vice-chairman of Ostara Petrochemicals Limited.",
            "Ostara Petrochemicals Limited",
            "org",
        ),
        ("Tom Hale met Ruritania's President Ana da Silva on Monday.", "Ana da Silva", "person"),
        ("Velmart, the largest US retailer, said its sales rose.", "Velmart", "org"),
    ],
)
def test_names_with_a_legal_form_a_particle_or_an_apposition(
    text: str, name: str, kind: str
) -> None:
    index = extract_entities(split_sentences(text), "Story")
    assert index.entities[name].kind == kind


def test_an_opening_word_before_a_company_apposition_is_no_company_if_it_is_a_word() -> None:
    index = extract_entities(split_sentences("Meanwhile, the company said sales rose."), "Story")
    assert "Meanwhile" not in index.entities


def test_a_noun_for_what_the_sentence_did_before_it_is_named() -> None:
    text = "Ruritania's exports totalled $63.8bn in December, taking the annual total up 35.4%."
    assert vague_description(text, INDEX) is None
    assert vague_description("The annual total rose 35.4%.", INDEX) == "The annual total"


# round 88's judged failures, as classes


@pytest.mark.parametrize("answer", ["August 11", "11 August"])
def test_a_typed_day_and_month_accepts_the_other_order_and_the_short_month(answer: str) -> None:
    forms = _date_forms(answer)
    assert {"Aug 11", "11 Aug"} <= set(forms) and answer not in forms
    assert ({"11 August", "August 11"} - {answer}) <= set(forms)


def test_a_company_speaker_typed_accepts_its_common_name() -> None:
    text = (
        'Shoppers queued for hours at its stores in London on Monday. "We are bringing in new'
        ' ranges at lower prices to win shoppers back," said M&S.'
    )
    cards = generate_cards(article(text, "M&S cuts prices"))
    typed = [c for c in cards if c.kind == "cloze" and c.answer == "M&S"]
    assert typed and all("Marks & Spencer" in c.accepted for c in typed), cards


@pytest.mark.parametrize("kind", ["person", "org"])
def test_a_bare_surname_after_an_honorific_is_not_asked(kind: str) -> None:
    """An article that only ever writes "Mr Hale" may leave "Hale" a person or, read from
    "Hale's proposal", a company: either way "Mr _____" asks a surname anyone could bear."""
    index = EntityIndex({"Hale": Entity("Hale", kind)})
    sentence = split_sentences("Mr Hale has promised to halve the budget deficit in five years.")[0]
    resolved = Resolved(sentence.text, sentence, tuple(index.mentions(sentence.text)))
    assert "Hale" not in [f.answer for f in sentence_facts(resolved, index, 0)]


def test_a_cause_is_never_typed_in() -> None:
    text = (
        "Danish brewer Ostara suffered a 3% fall in profits due to waning demand and increased"
        " marketing costs in 2004."
    )
    cards = generate_cards(article(text, "Story of the day"))
    assert cards and not [c for c in cards if c.answer == "waning demand"]


def test_the_season_needs_its_year() -> None:
    prompt = "The season produced another good crop, with only _____ of it downgraded."
    problem = prompt_problem(prompt, "0.1 pct", INDEX, dated=False)
    assert problem is not None and problem.startswith("time needs the article's date")


def test_nothing_falls_by_more_than_all_of_it() -> None:
    text = "Since 1980 the Ruritanian crown has depreciated by more than 60 pct, Velmar Re said."
    fact = next(f for f in facts_of(text, "Crown falls") if f.answer == "60 pct")
    for seed in range(5):
        options = distractors_for(fact, INDEX, [], random.Random(seed), fact.text)
        assert all(float(o.split()[0]) < 100 for o in options), options


def test_a_four_decimal_quote_is_offered_only_quotes_of_its_own_size() -> None:
    pool = list(find_quantities("The crown closed at 0.7665 dlrs and sterling at 1.6080 dlrs."))
    crown = pool[0]
    options = number_distractors(crown, pool, random.Random(0), "It closed at _____.")
    assert "1.6080 dlrs" not in options


def test_a_small_move_is_offered_other_small_moves() -> None:
    pool = list(find_quantities("The index edged up to 102.5 in January from 102.2 in October."))
    prompt = "The index edged up to _____ in January from 102.2 in October."
    options = number_distractors(pool[0], pool, random.Random(0), prompt, above=102.2)
    assert len(options) == 3 and all(102.2 < float(o) < 104 for o in options), options


def test_a_large_move_keeps_far_options() -> None:
    pool = list(find_quantities("Output grew a breakneck 9.5% in 2004, well above 9.1%."))
    prompt = "Output grew a breakneck _____ in 2004, well above 9.1%."
    options = number_distractors(pool[0], pool, random.Random(0), prompt, above=9.1)
    assert all(float(o.rstrip("%")) >= 10 for o in options), options


@pytest.mark.parametrize(
    "text, vague",
    [
        (
            "The tin research proposal would be presented in Kuala Lumpur.",
            "The tin research proposal",
        ),
        ("Velmar Re announced the planned sale as it revealed its results.", "the planned sale"),
        ("Velmar Re pays its staff twice as much, the adverts say.", None),
        ("Velmar Re moved 5 mln dlrs to the contributed surplus account on its books.", None),
    ],
)
def test_a_verb_form_before_a_noun_modifies_an_event(text: str, vague: str | None) -> None:
    assert vague_description(text, INDEX) == vague


def test_a_title_never_reaches_back_past_a_full_stop() -> None:
    source = (
        "The pact was signed last September. Deputy spokeswoman Ana Hale said the trip is set."
        " The talks will focus on aid, Ana Hale added."
    )
    index = extract_entities(split_sentences(source), "Talks set")
    prompt = "The talks will focus on _____, Ana Hale added."
    written = introduced(prompt, "aid", ("Talks set", source), index)
    assert "September" not in written and "deputy spokeswoman Ana Hale" in written


def test_the_figure_before_a_small_rise_keeps_its_side_of_the_figure_after() -> None:
    text = "Velmar Re's sales rose 2.8% to 14.96bn euros in 2004."
    prepared = prepare(article(text, "Velmar sales"))
    assert prepared is not None
    derived = [d for r in prepared.resolved for d in percent_base(r)]
    assert [d.answer for d in derived] == ["14.6bn euros"]


def test_marginally_up_on_a_figure_bounds_both_ends() -> None:
    text = (
        "Ostara Bank said lending rose by £7.2bn in January, marginally up on the £7.1bn rise"
        " in December."
    )
    facts = {f.answer: f for f in facts_of(text, "Lending rises")}
    assert direction_bounds(facts["£7.2bn"]) == (7.1, None)
    assert direction_bounds(facts["£7.1bn"]) == (None, 7.2)
    options = distractors_for(facts["£7.2bn"], INDEX, [], random.Random(0), facts["£7.2bn"].text)
    assert all(7.1 < float(o.strip("£bn")) < 8 for o in options), options


def test_a_lawmaker_before_his_party_tag_is_asked() -> None:
    text = (
        "Farm groups urged the Reagan administration to press Ruritania on beef imports."
        " Testifying at a House hearing, Rep. Tom Hale (R-Nebr.), said the administration"
        " should push hard for greater beef imports by Ruritania."
    )
    prompts = [c.prompt for c in generate_cards(article(text, "Beef imports urged"))]
    asked = [p for p in prompts if "Rep. _____ (R-Nebr.)" in p]
    assert asked and all("the Reagan administration should" in p for p in asked), prompts


def test_a_description_the_article_named_once_is_written_with_its_name() -> None:
    prompt = "Tom Hale said the administration should push for _____."
    earlier = "Farm groups urged the Reagan administration to act."
    written = name_descriptions(prompt, "beef imports", earlier, INDEX)
    assert written == "Tom Hale said the Reagan administration should push for _____."


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tio-Tio's Inc said it took a charge. Tio-Tio's today reported a loss.", "Tio-Tio's Inc"),
        (
            "Shares in fast-food chain Bellamy's fell 3% after Bellamy's said profits rose."
            " The head of Bellamy's quit.",
            "Bellamy's",
        ),
    ],
)
def test_a_company_named_with_its_apostrophe_keeps_it(text: str, name: str) -> None:
    index = extract_entities(split_sentences(text), "Story")
    assert index.entities[name].kind == "org"


def test_a_year_earlier_figure_is_dated_by_its_period() -> None:
    prompt = (
        "Velmar Re reported a loss of _____ for the quarter ended January 31, 1987, against a"
        " year-earlier profit."
    )
    assert prompt_problem(prompt, "10.4 mln dlrs", INDEX, dated=False) is None


def test_a_minister_after_his_nationality_has_his_country() -> None:
    text = "Nicaraguan Foreign Trade Minister Ana Hale urged talks among coffee producers."
    index = extract_entities(split_sentences(text), "Coffee talks")
    prompt = "Nicaraguan Foreign Trade Minister _____ urged talks among coffee producers."
    assert prompt_problem(prompt, "Ana Hale", index, dated=True) is None


def test_a_name_with_two_particles_is_a_person() -> None:
    text = "Pieter van der Vorm, managing director of Ostara Grain, said the strike hurt."
    index = extract_entities(split_sentences(text), "Strike")
    assert index.entities["Pieter van der Vorm"].kind == "person"


def test_a_company_called_by_its_first_word_is_no_bare_surname() -> None:
    text = (
        "Velmar Broadcasting Co said the deal was off. Ostara Group advised Velmar the closing"
        " would not happen. Its bankers also advised Velmar they hope to close. Velmar agreed"
        " in November to sell its stations in Miami and Houston to Ostara Group for 240 mln dlrs."
    )
    cards = generate_cards(article(text, "Velmar station sale off"))
    asked = [c for c in cards if c.answer == "240 mln dlrs"]
    assert asked and all("Velmar Broadcasting" in c.prompt for c in asked), cards


def test_an_institution_head_typed_again_is_written_once() -> None:
    assert corrected("The Federal Bank Board board said") == "The Federal Bank Board said"


def test_no_country_frame_puts_a_named_speaker_somewhere() -> None:
    text = (
        "Tom Hale told a press conference that the Velmarbank would continue maintaining"
        " short-term interest rates at a low level."
    )
    index = extract_entities(split_sentences(text), "Story")
    assert in_country(text, "Ruritania", index) is None
    assert in_country("Unemployment remains high at 10%.", "Ruritania", index) == (
        "In Ruritania, unemployment remains high at 10%."
    )


def test_a_not_only_sentence_is_never_made_a_question() -> None:
    text = (
        "The Velmar Congress is not only clearly very determined to cut the Velmar trade"
        " deficit in 1987, Tom Hale of Ostara Bank said."
    )
    prepared = prepare(article(text, "Hale warns on trade"))
    assert prepared is not None
    facts = [f for r in prepared.resolved for f in sentence_facts(r, prepared.index, 0, "")]
    assert facts and all(ask(f, prepared.index) is None for f in facts)


@pytest.mark.parametrize(
    "slip, fixed",
    [
        (
            "The Bank of Ruritania, the central bank fixed the crown at _____.",
            "The Bank of Ruritania, the central bank, fixed the crown at _____.",
        ),
        (
            "_____, administrator of the Velmar Farm Service said the rule was hard to meet.",
            "_____, administrator of the Velmar Farm Service, said the rule was hard to meet.",
        ),
        ("However, the company said profits fell.", "However, the company said profits fell."),
        ("Tom Hale, analysts said so.", "Tom Hale, analysts said so."),
    ],
)
def test_an_apposition_left_open_is_closed(slip: str, fixed: str) -> None:
    assert corrected(slip) == fixed


def test_a_percentage_stays_a_share_however_long_its_subject() -> None:
    text = (
        "Under a 1985 farm bill, the percentage of food aid shipments carried on Ruritanian"
        " flag vessels was to gradually increase over three years to 75 pct in 1988."
    )
    fact = next(f for f in facts_of(text, "Food aid") if f.answer == "75 pct")
    for seed in range(5):
        options = distractors_for(fact, INDEX, [], random.Random(seed), fact.text)
        assert all(float(o.split()[0]) <= 100 for o in options), options


# round 89's judged failures, as classes


def test_an_abbreviation_that_takes_letters_from_inside_a_word_is_spelled_out() -> None:
    text = "Anil Hale, vice-chairman of Ostara Petrochemicals Limited (OPCL), stayed away."
    index = extract_entities(split_sentences(text), "Story")
    prompt = "True or false? The OPCL board met in Mumbai."
    assert spell_out(prompt, text, index) == (
        "True or false? The Ostara Petrochemicals Limited board met in Mumbai."
    )


def test_a_time_phrase_between_commas_before_a_participle_keeps_one_comma() -> None:
    prompt = "Total will join the _____ scheme, dubbed Qatargas-2, on Monday, taking 5 mln tonnes."
    assert without_relative_time(prompt, "Ostara") == (
        "Total will join the _____ scheme, dubbed Qatargas-2, taking 5 mln tonnes."
    )


def test_a_generic_word_or_given_name_is_never_an_accepted_company_name() -> None:
    text = (
        "Tom Hale will run the Bank of Ruritania. The Bank said he would start soon."
        " Louis Velmar, the fashion label, said sales rose."
    )
    index = extract_entities(split_sentences(text), "Story")
    assert "Bank" not in entity_name_forms("Bank of Ruritania", [], index, text)
    assert "Louis" not in _short_names("Louis Velmar")


def test_the_last_member_of_an_open_list_is_not_asked() -> None:
    prompt = "Velmar sells labels including Ostara champagne and _____."
    assert prompt_problem(prompt, "Tivoli", INDEX, dated=True) == (
        "open list: other members fit the blank"
    )


def test_a_unit_and_a_conversion_do_not_hide_where_a_figure_rose_from() -> None:
    text = (
        "The price of gas in Ruritania has risen to 200 dinars ($2.77) per canister from 170"
        " dinars."
    )
    fact = next(f for f in facts_of(text, "Gas price") if f.answer.startswith("200"))
    assert direction_bounds(fact) == (170, None)


def test_the_year_a_figure_is_compared_with_is_never_swapped() -> None:
    text = (
        "Velmar Re's pre-tax earnings in the fourth quarter were 77m euros, up from 38m in the"
        " same period of 2003."
    )
    for seed in range(4):
        cards = generate_cards(article(text, "Velmar earnings"), seed)
        statements = [c.prompt for c in cards if c.kind == "true_false"]
        assert all("same period of 2003" in p for p in statements), statements


def test_a_nationality_where_a_name_wants_its_country_is_a_source_slip() -> None:
    prompt = "Velmar said the _____ it held in a Bank of American offshore account did not exist."
    problem = prompt_problem(prompt, "4bn euros", INDEX, dated=True)
    assert problem is not None and problem.startswith("not an English word")


def test_a_stray_apostrophe_before_an_acronym_goes() -> None:
    assert corrected("a survey by Incomes Data Services' (IDS) said") == (
        "a survey by Incomes Data Services (IDS) said"
    )


def test_a_share_is_typed_as_a_number_never_swapped_into_a_false_statement() -> None:
    text = (
        "Velmar Re said its share of the Ruritanian market rose to 23% in 2004. Its rival"
        " Ostara Group said its own share fell to 17% in 2004, while Tivoli Corp held 12%."
        " Velmar Re said profits rose 8% in 2004. Ostara Group said sales fell 4% in 2004."
        " Tivoli Corp said costs rose 6% in 2004. Velmar Re said margins rose 2% in 2004."
    )
    cards = generate_cards(article(text, "Velmar gains market share"))
    assert [c for c in cards if c.kind == "numeric"], cards
    assert not [c for c in cards if c.kind == "true_false" and c.fact_type == "percent"]


# round 90's judged failures, as classes


def test_a_representative_is_offered_no_administration_officials() -> None:
    official = Entity("Clayton Ostara", "person", roles=[("Trade Representative", 0)])
    lawmaker = Entity("Ana Hale", "person", roles=[("Rep.", 0)])
    assert not _fits_title(official, "Rep.")
    assert _fits_title(lawmaker, "Rep.")


def test_a_company_typed_accepts_its_name_without_plc() -> None:
    text = "Velmar International Plc denied rumours that it was the target of a takeover bid."
    fact = next(f for f in facts_of(text, "Velmar denies bid") if f.kind == "org")
    assert "Velmar International" in accepted_forms(fact)


def test_a_held_card_is_never_shown_after_a_sentence_it_already_holds() -> None:
    sentences = split_sentences(
        "Tom Hale said the Velmar board rejects the Ostara offer. The stock closed at 29 dlrs."
    )
    card = ClozeCard(
        prompt="Tom Hale, chairman of Velmar, said the Velmar board rejects the Ostara offer."
        " The stock closed at _____ a share.",
        answer="29 dlrs",
        evidence=Evidence(
            sentence=sentences[1].text, start=sentences[1].start, end=sentences[1].end
        ),
        fact_type=FactType.MONEY,
        fact_key="s1:money:29 dlrs",
    )
    assert after_sentence_before(card, sentences, lambda text: True) is None


def test_a_role_cut_inside_a_list_is_not_written_in() -> None:
    """Never "chairman ... of the hotel": the whole list up to the kind of company, which
    the story's company then names (round 108), or nothing."""
    text = (
        "Tom Hale, chairman and chief executive officer of the hotel, casino and resorts"
        " company, said the board backs the plan."
    )
    role = _appositive_after(text, len("Tom Hale"))
    assert role == "chairman and chief executive officer of the hotel, casino and resorts company"
    listed = "Tom Hale, a maker of pumps, valves and pipes for refineries, said it will grow."
    assert _appositive_after(listed, len("Tom Hale")) is None


@pytest.mark.parametrize(
    "text, prompt",
    [
        (
            "The Kenyan Telecommunications and Post Company (KTPC) invited bids on Monday.",
            "In Kenya, what does KTPC stand for?",
        ),
        ("The Velmar Energy Regulatory Commission (VERC) is reviewing the deal.", None),
    ],
)
def test_an_acronym_is_asked_only_where_its_country_is_known(text: str, prompt: str | None) -> None:
    cards = generate_cards(article(text, "Bids invited"))
    terms = [c.prompt for c in cards if (c.fact_key or "").startswith("term:")]
    assert terms == ([prompt] if prompt else [])


# rounds 91-92's judged failures, as classes


def test_a_head_the_article_also_writes_other_ways_is_not_named() -> None:
    prompt = "The completion of the pipeline would allow Velmaria to resume output in _____."
    earlier = (
        "Workers began a 26 km pipeline to link the oilfields to the Colombian pipeline. The"
        " Lago Agrio to Puerto Colon pipeline will carry 50,000 bpd."
    )
    assert name_descriptions(prompt, "March", earlier, INDEX) == prompt


def test_a_name_that_is_founded_or_has_its_own_chief_is_a_company() -> None:
    text = (
        "Laura Velmar is parting company with its chief executive Ana Hale. Laura Velmar was"
        " founded by its late namesake in Kent in 1955."
    )
    index = extract_entities(split_sentences(text), "Laura Velmar chief stepping down")
    assert index.entities["Laura Velmar"].kind == "org"
    spoken = "Arsenal vice-chairman David Dein has said the club may list its shares in 2006."
    assert extract_entities(split_sentences(spoken), "Story").entities["David Dein"].kind == (
        "person"
    )


@pytest.mark.parametrize(
    "answer, form",
    [
        ("Korea Exchange Bank", "KEB"),
        ("ExxonMobil", "Exxon"),
        ("Airbus and Boeing", "Boeing and Airbus"),
    ],
)
def test_a_company_typed_accepts_its_initials_first_part_or_either_order(
    answer: str, form: str
) -> None:
    text = f"Shares in {answer} rose 5% in 2004, the Ostara Group said."
    fact = next(f for f in facts_of(text, "Deal signed") if f.answer == answer)
    assert form in accepted_forms(fact)


def test_a_true_statement_quotes_its_sentence() -> None:
    text = (
        "Velmar Savings opened its first branch in the Ruritanian capital in 1987, the Ostara"
        " Group said."
    )
    stated = [
        card
        for seed in range(12)
        for card in generate_cards(article(text, "Velmar opens branch"), seed)
        if card.kind == "true_false" and card.answer == "true"
    ]
    assert stated
    assert all(c.explanation == quoted_statement(c.evidence.sentence) for c in stated)


# rounds 93-94's C failures, as classes


def test_a_title_never_takes_in_another_titled_person() -> None:
    source = (
        "German Chancellor Tom Velmar and Italian Prime Minister Ana Hale met on Monday."
        " Mr Hale said the euro's strength was worrying for exports."
    )
    index = extract_entities(split_sentences(source), "Euro worries")
    prompt = "True or false? Ana Hale said the euro's strength was worrying for exports."
    written = introduced(prompt, "true", ("Euro worries", source), index)
    assert "Tom Velmar" not in written


def test_the_companies_of_a_partitive_are_not_its_owners() -> None:
    prompt = "Tom Hale said that the companies needed to bolster their businesses."
    earlier = (
        "Shares jumped amid talk that two of Ruritania's biggest financial companies will merge."
    )
    assert name_descriptions(prompt, "", earlier, INDEX) == prompt


def test_a_stock_exchange_is_asked_as_an_exchange() -> None:
    text = (
        "India's Bombay Stock Exchange inched slightly above its previous record close of"
        " 6,600 points on Wednesday. Elsewhere, the Jakarta exchange also hit a record."
    )
    cards = generate_cards(article(text, "Markets at record"))
    asked = [c.prompt for c in cards if c.prompt.endswith("?")]
    assert asked and all(p.startswith("Which exchange") for p in asked), asked


def test_a_commission_named_exchange_is_still_an_organisation() -> None:
    assert org_noun("Securities and Exchange Commission") == "organisation"
    assert org_noun("Bombay Stock Exchange") == "exchange"
