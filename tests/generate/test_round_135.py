"""The eighteenth round's rules, on sentences written for these tests: a company described
as another party's, an adverb inside a description, a country's figure with no period, a
move told in the present though dated in the past, the country frame before a hyphenated
word, and the forms a typed answer may take (a worked-out amount, a company's surname, the
short names of a rating agency and a central bank)."""

from newsquiz.generate import generate_cards
from newsquiz.generate.answers import common_names, quantity_forms
from newsquiz.generate.dangling import dangling_reference
from newsquiz.generate.derived import percent_base
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.direction import direction_bounds
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.grammar_slips import grammar_slip
from newsquiz.generate.name_forms import entity_name_forms
from newsquiz.generate.name_slips import near_twin
from newsquiz.generate.nationality import title_before_blank
from newsquiz.generate.prepare import prepare
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.story_country import in_country
from newsquiz.generate.trust import GIVEN_AWAY, prompt_problem, spelled_by_prompt
from newsquiz.generate.typos import evidence_slip
from newsquiz.generate.undated import UNDATED_RESULT, time_problem
from newsquiz.generate.unmarked import unmarked

from .helpers import article, facts_of

_TEXT = (
    "Ostara Holdings said profits rose to $40m. Velmar Group and Kestrel Bank also reported."
    " Ruritanian carmaker Tamsin Motors cut prices."
)
_INDEX = extract_entities(split_sentences(_TEXT), "Ostara results")


# --- descriptions --------------------------------------------------------------------------


def test_a_company_described_as_another_partys_is_unresolved() -> None:
    prompt = (
        "Jane Doerr is to become chief executive of Ostara Holdings, which owns _____ of the"
        " Ruritanian carmaker, in April."
    )
    assert vague_description(prompt, _INDEX) == "the Ruritanian carmaker"


def test_a_description_of_the_company_named_before_is_resolved() -> None:
    for prompt in (
        "Ostara Holdings is to stop making engines, unions at the Ruritanian carmaker said.",
        "Velmar Group will meet Ostara Holdings over the future of the Ruritanian firm's unit.",
        "Ostara Holdings, the Ruritanian carmaker, cut prices by _____.",
    ):
        assert vague_description(prompt, _INDEX) is None, prompt


def test_an_adverb_and_its_participle_describe_the_noun_after_them() -> None:
    for prompt, description in (
        ("The fiercely contested tax would be a levy on consumers.", "The fiercely contested tax"),
        ("The newly created unit will make engines.", "The newly created unit"),
    ):
        assert vague_description(prompt, _INDEX) == description, prompt
    resolved = "The recently announced cuts of 5% at Ostara Holdings will go ahead."
    assert vague_description(resolved, _INDEX) is None


def test_a_compass_region_after_its_country_is_that_countrys() -> None:
    prompt = "Canada's oil prices fell by _____ on forecasts of a mild winter in the northeast."
    index = extract_entities(split_sentences("Canada is cold."))
    assert vague_description(prompt, index) is None
    assert vague_description(prompt.replace("Canada's oil", "Oil"), index) == "the northeast"


# --- time ----------------------------------------------------------------------------------


def test_a_countrys_figure_without_its_period_needs_the_date() -> None:
    for prompt in (
        "Ruritanian imports rose by _____, while exports increased by only 0.6%.",
        "The Ruritanian deficit with Velmaria, up _____ at $162bn, was the largest ever.",
        "Ruritanian exports rose _____, fuelled by sales of chemicals.",
    ):
        problem, _ = time_problem(prompt, prompt, "3.4%", stated=False)
        assert problem == UNDATED_RESULT, prompt
    stated = "True or false? Ruritanian imports rose by 3.4%, while exports rose 0.6%."
    assert time_problem(stated, stated, "", stated=True)[0] == UNDATED_RESULT


def test_a_dated_figure_or_one_that_is_no_countrys_measure_is_kept() -> None:
    for prompt in (
        "Ruritanian imports rose by _____ in 2004, while exports rose 0.6%.",
        "Ruritanian imports rose by _____ in November.",
        "Officials said the _____ tariffs on $300m of Ruritanian exports could be cut.",
    ):
        assert time_problem(prompt, prompt, "3.4%", stated=False)[0] is None, prompt


def test_a_lead_that_dates_the_figure_lets_the_card_show() -> None:
    figure = " Car exports rose by 3.2% to $24.8bn, although imports rose to $27.9bn."
    dated = "Canada's trade gap narrowed in November 2004, helped by a 7.5% rise in exports."
    undated = "Car makers met trade ministers in Ottawa to discuss new tariffs on steel."
    shown = [c.prompt for c in generate_cards(article(dated + figure, "Canada's trade gap"))]
    assert any(p.startswith(dated) and "rose by _____" in p for p in shown), shown
    held = [c.prompt for c in generate_cards(article(undated + figure, "Car makers meet"))]
    assert not any("rose by _____" in p for p in held), held


# --- the source's grammar ----------------------------------------------------------------


def test_a_move_dated_in_the_past_but_told_in_the_present_is_a_slip() -> None:
    for prompt in (
        "Rates for home loans decline eight basis points from early May to _____ in early June,"
        " the Ruritanian Bank Board said.",
        "Rates for home loans decline eight basis points from early May to 8.43 pct in early"
        " June, the Ruritanian Bank Board said.",
    ):
        assert grammar_slip(prompt, _INDEX) == "decline", prompt
        problem = prompt_problem(prompt, "8.43 pct", _INDEX, dated=False, source=_TEXT)
        assert problem is not None and problem.startswith("grammar slip"), prompt


def test_a_move_after_saw_or_a_modal_is_no_slip() -> None:
    for prompt in (
        "Ostara Holdings saw its annual profits drop _____ and warned earnings in 2005 may slide.",
        "Analysts expect prices to rise 5% in March.",
        "Rates for home loans declined eight basis points in early June.",
    ):
        assert grammar_slip(prompt, _INDEX) is None, prompt


def test_the_country_frame_lowers_a_hyphenated_common_word() -> None:
    framed = in_country("Anti-smoking groups urge the government to fight on.", "Ruritania", _INDEX)
    assert framed == "In Ruritania, anti-smoking groups urge the government to fight on."


# --- what a reader types ---------------------------------------------------------------------


def test_a_worked_out_amount_accepts_its_written_forms() -> None:
    prepared = prepare(article("Velmar Group said pre-tax profits rose 56% to 1.16bn euros."))
    assert prepared is not None
    derived = [d for item in prepared.resolved for d in percent_base(item)]
    assert derived and derived[0].answer == "0.74bn euros"
    assert {"740m euros", "740 million euros", "0.74 billion euros"} <= set(derived[0].accepted)


def test_an_amount_below_one_billion_is_also_written_in_millions() -> None:
    quantity = next(q for q in find_quantities("£0.83bn") if q.text == "£0.83bn")
    forms = quantity_forms(quantity, "£0.83bn")
    assert "£830m" in forms and "£830 million" in forms
    whole = next(q for q in find_quantities("£1.5bn") if q.text == "£1.5bn")
    assert not any(f.startswith("£1500") for f in quantity_forms(whole, "£1.5bn"))


def test_a_company_named_for_a_person_accepts_its_surname_not_its_given_name() -> None:
    text = (
        "Drugs group Eli Lilly is planning a campaign. Lilly said the claims were false."
        " Louis Vuitton said sales rose. Louis Vuitton shops opened."
    )
    index = extract_entities(split_sentences(text), "Drug claims")
    assert "Lilly" in entity_name_forms("Eli Lilly", [], index, text)
    assert "Louis" not in entity_name_forms("Louis Vuitton", [], index, text)


def test_a_rating_agency_and_central_banks_accept_their_short_names() -> None:
    assert "Standard & Poor's" in common_names("S&P")
    assert "BOJ" in common_names("Bank of Japan")
    assert "Bank of England" in common_names("BoE")


def test_a_central_bank_asked_by_the_rate_only_it_sets_is_given_away() -> None:
    prompt = "In Ruritania, the _____ lowered its special advances rate to 5.1 pct from 5.25 pct."
    problem = prompt_problem(prompt, "Central Bank", _INDEX, dated=False, source=_TEXT)
    assert problem is not None and problem.startswith(GIVEN_AWAY)


# --- round 135's own failures -----------------------------------------------------------------


def test_a_time_phrase_is_kept_where_dropping_it_strands_sometime() -> None:
    text = (
        "Japanese Agriculture Ministry officials said a study of farm subsidies by the OECD is"
        " still under way and will be completed sometime next month. The ministry said rice"
        " imports rose 5% in 1986."
    )
    prompts = [c.prompt for c in generate_cards(article(text, "Japan farm study"))]
    assert prompts and not any("sometime" in p for p in prompts), prompts


def test_a_date_asked_where_the_prompt_writes_its_day_in_another_year_is_given_away() -> None:
    prompt = (
        "Ostara Holdings has waivers from holders of its debentures due March 31, 1993, to defer"
        " interest payments through _____."
    )
    problem = prompt_problem(prompt, "March 31, 1987", _INDEX, dated=False, source=_TEXT)
    assert problem is not None and problem.startswith(GIVEN_AWAY)
    other = prompt.replace("March 31, 1993", "June 30, 1993")
    assert prompt_problem(other, "March 31, 1987", _INDEX, dated=False, source=_TEXT) is None


def test_a_name_cased_otherwise_than_the_article_writes_it_is_a_slip() -> None:
    source = (
        "Citicorp said it bought banks. Citicorp Savings will run them, Citicorp said."
        " CitiCorp Savings said so. CitiCorp Savings added branches."
    )  # written twice, still less often than the article's own form
    assert near_twin("CitiCorp", source) == "Citicorp"
    assert near_twin("Citicorp", source) is None


def test_a_description_after_an_opening_phrase_is_no_apposition() -> None:
    opened = "Ahead of talks with the _____, the pan-European bourse said it may pay in cash."
    assert vague_description(opened, _INDEX) == "the pan-European bourse"
    for apposed in (
        "Ostara Holdings bought _____, the pan-European bourse, for $5bn.",
        "_____, the pan-European bourse, said it may bid.",
    ):
        assert vague_description(apposed, _INDEX) is None, apposed


def test_another_before_a_blank_or_a_role_points_back() -> None:
    prompt = "Jane Doerr asked that Anna Berg - another _____ board member - be thrown out."
    assert vague_description(prompt, _INDEX) == "another _____"
    assert vague_description("Anna Berg, another director, left.", _INDEX) == "another director"
    named = "Ostara Holdings named another director of Velmar Group."
    assert vague_description(named, _INDEX) is None


def test_a_holiday_names_the_month_asked() -> None:
    prompt = "Ruritanian retail sales fell in _____, making it the worst Christmas since 1981."
    problem = prompt_problem(prompt, "December", _INDEX, dated=True, source=_TEXT)
    assert problem is not None and problem.startswith(GIVEN_AWAY)
    plain = "Ruritanian retail sales fell in _____, the worst month since 1981."
    assert prompt_problem(plain, "December", _INDEX, dated=True, source=_TEXT) is None


def test_an_abbreviation_made_of_the_prompts_words_is_given_away() -> None:
    assert spelled_by_prompt("UNAIDS", "The UN programme tackling Aids, _____, said so.")
    assert not spelled_by_prompt("OPEC", "The oil exporters' group, _____, met.")
    assert not spelled_by_prompt("ITAT", "It went to _____ at noon.")  # "it", "at": no words
    problem = prompt_problem(
        "The UN programme tackling Aids, _____, said so.", "UNAIDS", _INDEX, True, _TEXT
    )
    assert problem is not None and problem.startswith(GIVEN_AWAY)


def test_a_worked_out_figure_says_how_close_a_typed_answer_must_come() -> None:
    text = "Velmar Group said sales rose 2.8% to 14.96bn euros in 2004. Profits fell."
    cards = generate_cards(article(text, "Velmar sales rise"))
    typed = [c for c in cards if c.kind == "numeric" and c.fact_type == "derived"]
    assert typed, [c.prompt for c in cards]
    assert typed[0].explanation is not None
    assert typed[0].explanation.endswith("from 13.9bn euros to 15.3bn euros counts.")


def test_a_days_close_or_an_after_hours_move_needs_its_day() -> None:
    for prompt, answer, stated in (
        ("True or false? Share prices in London and Paris closed higher.", "", True),
        (
            "Shares of Ostara rose more than _____ in trading after the close of markets.",
            "4%",
            False,
        ),
    ):
        problem, _ = time_problem(prompt, prompt, answer, stated)
        assert problem is not None and problem.startswith("time needs"), prompt
    dated = "True or false? Share prices in London and Paris closed higher on 3 March 2005."
    assert time_problem(dated, dated, "", stated=True)[0] is None


def test_a_question_asking_a_result_without_its_period_needs_the_date() -> None:
    for prompt in (
        "To what amount did Ostara Holdings' revenues rise?",
        "By how much did sales of Ostara's brands fall as demand cooled?",
    ):
        assert time_problem(prompt, prompt, "$51.2bn", stated=False)[0] == UNDATED_RESULT
    for kept in (
        "To what amount did Ostara Holdings' revenues rise in 2004?",
        "How many jobs is Ostara Holdings to cut as a result of falling profits?",
    ):
        assert time_problem(kept, kept, "2,850", stated=False)[0] is None, kept


def test_it_said_by_two_parties_is_neither_of_them() -> None:
    pair = "True or false? The European Community and Japan have said it is unrealistic."
    problem = dangling_reference(pair, _INDEX)
    assert problem is not None and "it is" in problem
    assert (
        dangling_reference("True or false? Ostara Holdings said it is unrealistic.", _INDEX) is None
    )


def test_a_speaker_asked_by_a_quotation_that_names_nothing_is_unmarked() -> None:
    for prompt in (
        '"Current spending should come from tax revenues," _____ said.',
        'Ruritania is to review its budget. "We deserve an honest response," _____ told reporters.',
    ):
        assert unmarked(prompt, "Mr Doerr", _INDEX), prompt
    named = '"Obtaining control over Ostara Holdings is the beginning," _____ said.'
    assert not unmarked(named, "Mr Doerr", _INDEX)


def test_a_unit_of_a_three_word_name_is_unresolved() -> None:
    prompt = "True or false? The E.F. Velmar Group subsidiary is supplying $450m in financing."
    assert vague_description(prompt, _INDEX) == "The E.F. Velmar Group subsidiary"


def test_a_capital_standing_for_the_country_the_prompt_names_is_given_away() -> None:
    prompt = "The U.S. opposes short-term measures. _____ will review the proposal when it is sent."
    problem = prompt_problem(prompt, "Washington", _INDEX, dated=True, source=_TEXT)
    assert problem is not None and problem.startswith(GIVEN_AWAY)
    other = "Japan opposes short-term measures. _____ will review the proposal when it is sent."
    problem = prompt_problem(other, "Washington", _INDEX, dated=True, source=_TEXT)
    assert problem is None or not problem.startswith(GIVEN_AWAY)


def test_just_and_mid_morning_need_the_articles_day() -> None:
    for prompt in (
        "True or false? A Ruritanian delegation has just left Riyadh after talks.",
        "True or false? Freezing rain was scattered over Colorado by mid morning.",
    ):
        problem, _ = time_problem(prompt, prompt, "", stated=True)
        assert problem is not None and problem.startswith("time needs"), prompt


def test_shares_held_in_a_company_the_sentence_never_names_are_unresolved() -> None:
    prompt = "Ostara Holdings will hold 43 pct, Jane Doerr will own nine pct and Velmar the rest."
    assert vague_description(prompt, _INDEX) == "hold 43 pct"
    for named in (
        "Ostara Holdings will hold 43 pct of Velmar Group.",
        "Velmar Group shareholders will hold 43 pct, Ostara said.",
    ):
        assert vague_description(named, _INDEX) is None, named


def test_elsewhere_in_the_world_and_its_contribution_point_back() -> None:
    for prompt, description in (
        ("Some Ostara operations elsewhere in the world were criticised in 2004.", "elsewhere"),
        ("As Ruritania grows by _____ a year, its contribution would rise to 9bn euros.", "its"),
    ):
        found = vague_description(prompt, _INDEX)
        assert found is not None and found.startswith(description), prompt
    to_what = "As Ruritania grows, its contribution to Velmar Group would rise to 9bn euros."
    assert vague_description(to_what, _INDEX) is None


def test_a_figure_moved_to_then_from_a_blank_after_a_comma_keeps_its_side() -> None:
    text = "The Velmar index edged up in January to 102.5, from 102.2 in October."
    facts = [f for f in facts_of(text, "Velmar index") if f.answer == "102.2"]
    assert facts and direction_bounds(facts[0]) == (None, 102.5)


def test_a_lower_case_title_after_its_country_keeps_the_options_of_that_country() -> None:
    prompt = "In 1983 Jane Doerr became adviser to then-US secretary of state _____."
    assert title_before_blank(prompt) == "then-US secretary of state"
    assert (
        title_before_blank("Ruritanian Finance Minister _____ said")
        == "Ruritanian Finance Minister"
    )
    assert title_before_blank("the bank said chief executive _____ left") == ""


def test_a_clash_in_the_evidence_or_a_noun_for_the_relative_verb_is_the_sources_slip() -> None:
    clash = "With the agency some £23bn (£12m) in deficit, economists want Congress to act."
    assert evidence_slip(clash, clash) is not None
    noun = "Ruritania has _____ smokers who consumer 1.7 trillion cigarettes a year."
    assert grammar_slip(noun, _INDEX) == "who consumer"
    for fine in ("Savers who lost a fortune sued.", "Analysts who recently cut 3% said so."):
        assert grammar_slip(fine, _INDEX) is None, fine
