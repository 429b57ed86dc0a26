"""The seventeenth round's rules, on sentences written for these tests: a company asked with
nothing else to tell it by, a "them" or "followed." that points out of the sentence, a typo
that reads as two words run together, the short forms a reader types for a company, and
options kept near a level the article quotes."""

import random

from newsquiz.generate import generate_cards
from newsquiz.generate.answers import without_given_forms
from newsquiz.generate.company_short_forms import short_names
from newsquiz.generate.dangling import dangling_reference, without_also, without_connective
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.figure_distractors import number_distractors
from newsquiz.generate.name_forms import entity_name_forms
from newsquiz.generate.prepare import prepare
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.reader import lowercase_after_us
from newsquiz.generate.results_period import with_story_period
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.spelled_out import spell_out
from newsquiz.generate.spelling import correction, misspelt
from newsquiz.generate.story_lead import StoryLead, with_story_lead
from newsquiz.generate.trust import GIVEN_AWAY, UNMARKED, prompt_problem
from newsquiz.generate.typos import CLASHING, evidence_slip
from newsquiz.generate.unmarked import unmarked_company
from newsquiz.models import ClozeCard, Evidence, McqCard

from .helpers import article

_TEXT = (
    "Ostara Holdings said profits rose to $40m. Velmar Group and Kestrel Bank also reported."
    " Ruritanian carmaker Tamsin Motors cut prices."
)
_INDEX = extract_entities(split_sentences(_TEXT), "Ostara results")


# --- a company asked with nothing else named ---------------------------------------------


def test_a_company_with_nothing_else_named_is_unmarked() -> None:
    for prompt in (
        "Analysts said _____'s earnings forecast was better than expected.",
        "Order growth was broad based across _____'s product lines, it said.",
        "Which company has fought back with its own budget airline?",
        "Any major decisions would have to be reserved for _____ foreign ministers.",
    ):
        assert unmarked_company(prompt, "Ostara Holdings", _INDEX), prompt
        problem = prompt_problem(prompt, "Ostara Holdings", _INDEX, dated=False, source=_TEXT)
        assert problem == UNMARKED, prompt


def test_a_description_a_figure_a_rank_or_another_name_marks_the_company() -> None:
    for prompt in (
        "Ruritanian rival _____ cut prices again.",  # a description before the blank
        "_____, the world's biggest insurance broker, cut prices.",  # an apposition
        "The chief executive of the _____ conglomerate took control of its car business.",
        "Analysts said _____'s earnings rose 4% last year.",  # a figure
        "_____ is the largest lender in the region.",  # a rank
        "Velmar Group said it may boost its stake in _____.",  # another company
        "Which Ruritanian carmaker cut prices?",  # the asked kind with its country
    ):
        assert not unmarked_company(prompt, "Ostara Holdings", _INDEX), prompt


def test_a_place_says_where_not_which_company() -> None:
    prompt = "In Scotland, where prices kept rising, increases were more moderate, _____ said."
    assert unmarked_company(prompt, "Ostara Holdings", _INDEX)


def test_a_person_or_a_figure_answer_is_not_a_company_asked() -> None:
    assert not unmarked_company("Analysts said _____ was right.", "Jane Doerr", _INDEX)


def test_a_deck_does_not_ask_a_company_by_nothing() -> None:
    text = (
        "Ostara Holdings, the Ruritanian bank, said on Monday that profits rose 12% to $40m in"
        " 2004. Shares in Velmar Group fell 3% to 140 pence. Analysts said Ostara's earnings"
        " forecast was better than expected."
    )
    prompts = [c.prompt for c in generate_cards(article(text, "Ostara profits rise"))]
    assert prompts and not any("_____'s earnings forecast" in p for p in prompts), prompts


# --- references out of the sentence ----------------------------------------------------------


def test_them_that_only_its_own_subject_could_be_points_back() -> None:
    problem = dangling_reference(
        "The Ruritanian Bank fears that 2 million Velmarians could join them.", _INDEX
    )
    assert problem is not None and "them" in problem


def test_them_after_a_plural_or_a_pair_is_resolved() -> None:
    for prompt in (
        "Ostara Holdings pinned its hopes on its new phones but demand for them was slow.",
        "Velmar Group and Kestrel Bank hold a 28% stake, making them the biggest holders.",
        "Ostara Holdings said the lenders had to pay savers more to keep them.",
        "Ostara Holdings leaders, among them Jane Doerr, will attend.",
    ):
        assert dangling_reference(prompt, _INDEX) is None, prompt


def test_a_sentence_ending_followed_points_back() -> None:
    problem = dangling_reference("A sharp rise in _____'s share price followed.", _INDEX)
    assert problem is not None and "followed" in problem
    assert dangling_reference("Ostara Holdings said the rules would be followed.", _INDEX) is None


# --- typos ---------------------------------------------------------------------------------


def test_a_letter_dropped_from_a_word_is_a_typo_even_if_it_splits_in_two() -> None:
    assert misspelt("stategist")  # "state" + "gist", but one letter from "strategist"
    assert correction("stategist") == "strategist"
    assert not misspelt("warships") and not misspelt("feedgrain")


# --- what a reader types for a company -------------------------------------------------------


def test_a_common_word_is_the_short_name_before_the_trade() -> None:
    assert "Reliance" in short_names("Reliance Industries")
    assert "Occidental" in short_names("Occidental Petroleum")
    assert "Ford" in short_names("Ford Motor")


def test_no_place_people_or_compass_word_is_a_short_name() -> None:
    assert short_names("Royal Dutch") == []
    assert short_names("Southern Energy") == []
    assert short_names("Texas Instruments") == []


def test_a_hyphenated_name_is_accepted_and_a_product_range_is_not() -> None:
    text = (
        "Profits fell at luxury car maker Mercedes. Mercedes-Benz's woes hit its parent."
        " Losses came from its Mercedes Smart mini-car range. Mercedes hopes to recover."
    )
    index = extract_entities(split_sentences(text), "Carmaker profits")
    forms = entity_name_forms("Mercedes", [], index, text)
    assert "Mercedes-Benz" in forms
    assert "Mercedes Smart" not in forms


def _cloze(prompt: str, answer: str, accepted: list[str]) -> ClozeCard:
    return ClozeCard(prompt=prompt, answer=answer, accepted=accepted)


def test_a_figure_inside_another_is_not_the_form_shown() -> None:
    card = _cloze(
        "Output rose 0.1 pct in January after gaining _____ in December.",
        "1.0 pct",
        ["1", "1 pct", "1%"],
    )
    assert without_given_forms(card).accepted == ["1", "1 pct", "1%"]
    shown = _cloze("Output rose 1 pct in January after gaining _____.", "1.0 pct", ["1 pct"])
    assert without_given_forms(shown).accepted == []


def test_no_short_form_that_begins_another_company_of_the_story() -> None:
    text = (
        "Harbour Petroleum Ltd sold shares. Harbour Mines Ltd rose. Alcan said stocks fell."
        " Alcan Aluminium Ltd is based in Montreal."
    )
    index = extract_entities(split_sentences(text), "Miners")
    card = _cloze(
        "Shares of _____ fell.", "Harbour Petroleum Ltd", ["Harbour", "Harbour Petroleum"]
    )
    assert without_given_forms(card, index).accepted == ["Harbour Petroleum"]
    alcan = _cloze("_____ said stocks fell.", "Alcan", ["Alcan Aluminium"])
    assert without_given_forms(alcan, index).accepted == ["Alcan Aluminium"]


# --- options near the story's level ---------------------------------------------------------


def test_options_stay_near_a_level_the_article_quotes_twice() -> None:
    (q,) = find_quantities("a fixed rate of 3.80 pct")
    pool = find_quantities("rise to 3.85 pct, after 3.60 pct and 3.70 pct")
    for seed in range(10):
        options = number_distractors(q, pool, random.Random(seed), "at a fixed rate of _____.")
        values = [float(o.split()[0]) for o in options]
        assert all(0.75 <= v / 3.80 <= 1.3 for v in values), options


# --- the evidence a card shows, and names with a leading initial ---------------------------


def test_a_typo_in_the_evidence_is_a_slip_unless_the_article_uses_the_word_twice() -> None:
    sentence = "Its foreign earnings for oil and petrochemcial sales rose."
    assert evidence_slip(sentence, sentence) is not None
    assert evidence_slip("Assurances that the the arms would stay.", "") is not None
    riyals = "Applicants paid 205 riyals. Shares cost 9 riyals."
    assert evidence_slip("Applicants paid 205 riyals.", riyals) is None


def test_a_deck_never_shows_a_slip_in_its_evidence() -> None:
    text = (
        "Ostara Holdings said on Monday it had acquired 11.2 mln acres for expoloration in 2004."
        " Velmar Group said it sold 3.5 mln shares to Kestrel Bank in 2004."
    )
    cards = generate_cards(article(text, "Ostara buys acreage"))
    assert cards
    assert not any(c.evidence and "expoloration" in c.evidence.sentence for c in cards)


def test_an_initial_a_given_name_and_a_surname_are_a_person() -> None:
    text = (
        "Trade is the key, Dutch Finance Minister H. Onno Ruding said. Ruding told a meeting"
        " that protectionism would lead to retaliation."
    )
    index = extract_entities(split_sentences(text), "Ruding on trade")
    entity = index.entities.get(index.alias_map.get("Ruding", ""))
    assert entity is not None and entity.kind == "person" and entity.name == "H. Onno Ruding"


def test_a_month_without_its_year_is_never_a_statement_to_judge() -> None:
    text = (
        "Ostara Holdings, the Ruritanian steel maker, has agreed to sell its Velmar unit to"
        " Kestrel Bank for $40m, the company said on Monday. Ostara Holdings delisted its shares"
        " from the Ruritanian stock exchange in May, after profits fell 12% to $8m."
    )
    cards = generate_cards(article(text, "Ostara sells unit"))
    assert cards
    assert not [c for c in cards if c.kind == "true_false" and c.fact_type == "date"]


# --- after round 129 -------------------------------------------------------------------------


def test_neither_nor_is_kept_whole_and_an_inverted_nor_points_back() -> None:
    whole = "Neither Ostara Holdings nor Velmar Group thrilled investors with their results."
    assert without_connective(whole) == whole
    assert dangling_reference(whole, _INDEX) is None
    for prompt in (
        "Nor could Ostara Holdings say how many shares it held.",
        "Neither does the plan include any cash for Velmar Group.",
    ):
        problem = dangling_reference(prompt, _INDEX)
        assert problem is not None and "sentence before" in problem, prompt


def test_the_answer_in_another_currency_after_or_gives_it_away() -> None:
    prompt = "Many live on less than _____, or three euros, a day."
    problem = prompt_problem(prompt, "$4", _INDEX, dated=False, source=_TEXT)
    assert problem is not None and problem.startswith(GIVEN_AWAY)
    per_share = "Ostara Holdings earned _____, or 65 cts per share, in 2004."
    assert prompt_problem(per_share, "165 mln dlrs", _INDEX, dated=False, source=_TEXT) is None


def test_a_name_run_into_main_has_lost_its_possessive() -> None:
    assert CLASHING.search("Menatep, Ostara main shareholders' group, has threatened action.")
    assert CLASHING.search("Shoprite is Africa biggest retail chain.")
    assert not CLASHING.search("The main reason is cost.")
    assert not CLASHING.search("Its main drug is Zantac.")


def test_the_story_period_goes_before_a_closing_however() -> None:
    text = "Ostara Holdings made a profit of $40m in the fourth quarter of 2004."
    prompt = "True or false? Velmar Group's profit fell to $8m, however."
    assert with_story_period(prompt, text) == (
        "True or false? Velmar Group's profit fell to $8m in the fourth quarter of 2004, however."
    )


def test_an_ampersand_initialism_is_the_company_it_abbreviates() -> None:
    text = (
        "The housing market remains robust, according to mortgage lender Bradford & Bingley."
        " B&B said the buy-to-let market would continue to grow. B&B reported a 6% rise in"
        " profits to £280m. Shares in B&B fell 4% to 325p."
    )
    prepared = prepare(article(text, "Housing optimism"))
    assert prepared is not None
    index = prepared.index
    assert index.alias_map.get("B&B") == "Bradford & Bingley"
    prompt = "True or false? B&B said that housing fundamentals remain strong."
    assert "Bradford & Bingley said" in spell_out(prompt, text, index)


def test_a_code_of_digits_and_a_slash_is_not_explained_by_the_card() -> None:
    prompt = "There will be difficulty in limiting 0/92 to wheat, said _____, a Velmar aide."
    problem = prompt_problem(prompt, "Jane Doerr", _INDEX, dated=False, source=_TEXT)
    assert problem is not None and "0/92" in problem
    for fine in (
        "Ostara Holdings sold 10 mln tonnes of ore in fiscal 1986/87, said _____.",
        "Rates have risen since the low reached after 9/11, said _____ of Velmar Group.",
        'It is too late for a full 0/92 acreage provision, or "decoupling," said _____.',
    ):
        problem = prompt_problem(fine, "Jane Doerr", _INDEX, dated=False, source=_TEXT)
        assert problem is None or "code" not in problem, fine


def test_an_aside_against_the_sentence_before_is_left_out() -> None:
    question = "Which organisation did Velmar Group, meanwhile, have to pay $250m?"
    assert without_also(question) == "Which organisation did Velmar Group have to pay $250m?"
    assert without_also("Ostara Holdings, however, said sales rose.") == (
        "Ostara Holdings said sales rose."
    )
    quoted = '"Ostara, however, is strong," Jane Doerr said.'
    assert without_also(quoted) == quoted


def test_in_total_opening_needs_the_sentence_before() -> None:
    problem = dangling_reference("In total, sales outside Europe rose 16.5%.", _INDEX)
    assert problem is not None and "In total" in problem


def test_the_lead_is_not_shown_where_it_writes_two_wrong_options() -> None:
    lead = StoryLead(
        "Ruritania has raised the limit for foreign investment from 49% to 74%.",
        0,
        frozenset(),
    )
    card = McqCard(
        prompt="Analysts forecast that the mobile market will grow by about _____ a year.",
        answer="40%",
        options=["28%", "40%", "49%", "74%"],
        evidence=Evidence(sentence="x", start=80, end=90),
    )
    assert with_story_lead(card, lead, _INDEX) is card
    fair = card.model_copy(update={"options": ["28%", "40%", "49%", "55%"]})
    assert with_story_lead(fair, lead, _INDEX).prompt.startswith("Ruritania has raised")


def test_a_market_moved_by_it_needs_the_market_named() -> None:
    prompt = "Comments by officials and heavy buying had pushed it above 145 yen."
    problem = dangling_reference(prompt, _INDEX)
    assert problem is not None and "pushed it above" in problem
    named = "The dollar firmed as heavy buying pushed it above 145 yen."
    assert dangling_reference(named, _INDEX) is None


def test_a_place_taken_for_a_company_still_only_says_where() -> None:
    text = (
        "Ostara Holdings said first quarter sales rose 12 pct. Growth was strongest in U.S, it"
        " said. U.S said it would act. Growth in U.S was strong, U.S said."
    )
    index = extract_entities(split_sentences(text), "Ostara sales")
    assert index.entities["U.S"].kind == "org"  # the extractor's slip this rule allows for
    prompt = "Order growth was broad based across _____'s product lines, growing most in U.S."
    assert unmarked_company(prompt, "Ostara Holdings", index)


# --- after round 132 -------------------------------------------------------------------------


def test_a_verb_after_us_is_lowered_even_before_a_name() -> None:
    text = "Mutsuki Kato said if the U.S. Insists Japan open its rice market, it will comply."
    assert "if the U.S. insists Japan open" in lowercase_after_us(text)
    assert "U.S. Trade Representative" in lowercase_after_us("The U.S. Trade Representative said.")


def test_a_vote_does_not_say_which_decision() -> None:
    prompt = "Tobacco stocks rose sharply on Wall Street after the 2-1 decision."
    assert vague_description(prompt, _INDEX) == "the 2-1 decision"


def test_to_date_needs_the_article_s_date() -> None:
    prompt = "True or false? To date there are no set standards for non-financial reporting."
    problem = prompt_problem(prompt, "true", _INDEX, dated=False, source=_TEXT)
    assert problem is not None and "date" in problem.lower()
