"""Descriptions only the article resolves, on sentences written for these tests."""

import pytest

from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.named_words import pronouns_bound
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.trust import prompt_problem

TEXT = "Orbex Capital Partners raised its bid for Velmar. The European Community said so."
INDEX = extract_entities(split_sentences(TEXT), "Orbex raises Velmar bid")


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        # a name before a unit or a rule does not say which one (judged blind B)
        ("The Orbex unit said it would keep the Velmar plants.", "The Orbex unit"),
        ("Ruritania says the European Community directive, due in May, cuts sales.", "the "),
        ("The Orbex subsidiary sold 40 stores.", "The Orbex subsidiary"),
        # the dateline's country, which a card never shows
        ("Velmar lends Ruritania oil for refining in this country.", "this country"),
        # higher, revised or rival than which?
        ("Orbex said its higher offer was worth three dlrs more a share.", "its higher offer"),
        ("Velmar rejected the revised bid on Friday.", "the revised bid"),
        # a company only a nationality describes, with no company named before it
        ("Carlos Ghosn will run Orbex, which owns 44% of the Japanese carmaker.", "the Japanese"),
        ("Orbex Capital Partners may buy the Italian carmaker outright.", None),
        # which two? which rupee?
        ("As for policy, both candidates pledged to cut the deficit.", "both candidates"),
        ("The two companies said talks would go on.", "The two companies"),
        ("The rupee climbed to 43.305 per US dollar.", "The rupee"),
        ("The Indian rupee climbed to 43.305 per US dollar.", None),
        ("The lira fell, the Bank of Italy said.", None),
        ("The dollar fell against the yen and the mark.", None),
        # said what it is: of whom, of what, a name after it
        ("The Orbex unit of Velmar sold 40 stores.", None),
        ("Orbex raised its offer to 25 dlrs a share.", None),
        ("Orbex said its higher offer of 25 dlrs a share was final.", None),
        ("This year Orbex expects sales to rise.", None),
    ],
)
def test_descriptions_a_name_or_a_comparison_leaves_open(text: str, vague: str | None) -> None:
    found = vague_description(text, INDEX)
    if vague is None:
        assert found is None
    else:
        assert found is not None and found.startswith(vague), found


def test_a_pronoun_after_a_fronted_phrase_is_not_someone_named_in_it() -> None:
    """Judged blind B: "At a conference hosted by UK finance minister _____, he said" is
    India's minister speaking, not Gordon Brown."""
    text = "Gordon Brown hosted it. Orbex lost money."
    index = extract_entities(split_sentences(text), "Orbex")
    hosted = "At a conference hosted by finance minister Gordon Brown, he said rates should float."
    assert not pronouns_bound(hosted, index)
    assert pronouns_bound("Gordon Brown said at a conference that he wants rates to float.", index)
    blanked = "At a conference hosted by finance minister _____, he said rates should float."
    problem = prompt_problem(blanked, "Gordon Brown", index, True)
    assert problem is not None and problem.startswith("pronoun without its person")


def test_a_capital_describing_a_noun_is_no_antecedent() -> None:
    """ "Without the Otoku marketing spend it would have made a profit": a product's name
    before "marketing spend" is not what "it" is (judged blind B)."""
    index = extract_entities(split_sentences("Orbex lost money."), "Orbex")
    assert not pronouns_bound(
        "Without the Otoku marketing spend it would have made a profit.", index
    )
    assert pronouns_bound("Without the marketing spend Orbex said it would profit.", index)


def test_do_so_points_back() -> None:
    assert vague_description("Orbex will do so at a presentation in New York.", INDEX) == "do so"


def test_a_question_cut_at_an_aside_s_second_dash_is_not_asked() -> None:
    from newsquiz.generate import generate_cards
    from newsquiz.models import Article

    text = (
        "Orbex Corp reported higher profits for 2004. Orbex Corp's net income for 2004 was "
        "$3.5bn - up nearly $3bn from 2003 - while turnover rose $7.2bn to $170.8bn."
    )
    cards = generate_cards(Article(title="Orbex gains", text=text))
    assert cards and not any(c.prompt.endswith("-?") for c in cards)


@pytest.mark.parametrize(
    ("prompt", "problem"),
    [
        # two companies before "it said": which one speaks? (judged blind B, Fiat's steps)
        ("True or false? Orbex Corp and Velmar Corp will merge in 2005, it said.", "pronoun"),
        ("When did Orbex Corp buy out another partner?", "unresolved description"),
        ("In July 2004, Orbex Corp won approval for to build a plant.", "doubled word"),
        ("True or false? Sales at Orbex Corp rose 5% in 2004, it said.", None),
        ("Orbex Corp bought another company, Velmar Corp, in 2004.", None),
    ],
)
def test_round_77_s_unresolved_speakers_partners_and_slips(
    prompt: str, problem: str | None
) -> None:
    index = extract_entities(
        split_sentences("Orbex Corp owns Velmar Corp. Orbex Corp sells cars."), "Orbex plans"
    )
    found = prompt_problem(prompt, "true", index, False)
    assert found is None if problem is None else (found or "").startswith(problem), found


def test_a_percentage_its_pence_give_away_is_not_blanked() -> None:
    """Judged blind D, E 1: "Barclays shares were up 8 pence, or _____, at 605 pence"."""
    from newsquiz.generate import generate_cards
    from newsquiz.models import Article

    text = "Orbex shares were up 8 pence, or 1.3%, at 605 pence in London trading in 2004."
    cards = generate_cards(Article(title="Orbex shares rise", text=text))
    assert not any(c.answer == "1.3%" and "8 pence" in c.prompt for c in cards)


def test_an_acronym_s_card_says_its_country() -> None:
    """Judged blind D: "In business news, what does Sepa stand for?" (also the Single Euro
    Payments Area) for China's environment agency."""
    from newsquiz.generate import generate_cards
    from newsquiz.models import Article

    text = (
        "China's State Environmental Protection Agency (Sepa) halted 30 projects in 2005. "
        "Sepa said the Three Gorges company had broken rules."
    )
    cards = generate_cards(Article(title="China halts projects", text=text))
    asked = [c for c in cards if c.kind == "recall" and "Sepa" in c.prompt]
    assert asked and asked[0].prompt == "In China, what does Sepa stand for?"
    assert not any(c.prompt.startswith(("the ", "True or false? the ")) for c in cards)


@pytest.mark.parametrize(
    ("prompt", "vague"),
    [
        ("_____ has about 42 mln shares outstanding.", True),
        ("_____ is a net creditor rather than a debtor.", True),
        ("_____ has raised the limit for foreign investment in Orbex Corp from 49% to 74%.", False),
        ("_____ told a meeting of the World Trade Forum that protectionism would spread.", False),
    ],
)
def test_a_blank_subject_with_a_short_nameless_predicate_is_about_anything(
    prompt: str, vague: bool
) -> None:
    """Judged blind B: "_____ has about 42 mln shares outstanding" (Revlon)."""
    problem = prompt_problem(prompt, "Revlon", INDEX, True)
    assert (problem is not None and problem.startswith("unresolved description")) is vague


def test_aluminium_is_also_typed_aluminum() -> None:
    from newsquiz.generate.answers import spelling_variants

    assert "International Primary Aluminum Institute" in spelling_variants(
        "International Primary Aluminium Institute"
    )
    assert "International Primary Aluminium Institute" in spelling_variants(
        "International Primary Aluminum Institute"
    )
