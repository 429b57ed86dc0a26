"""Card kinds and the automatic checks, on a small hand-written article."""

import pytest

from newsquiz.generate import generate_cards, generate_deck
from newsquiz.generate.checks import CHECKS, failed_checks, quoted_statement, stated_value
from newsquiz.generate.frames import sentence_facts
from newsquiz.generate.prepare import prepare
from newsquiz.generate.questions import cloze_card
from newsquiz.models import (
    BLANK,
    ClozeCard,
    Evidence,
    FactType,
    McqCard,
    NumericCard,
    RecallCard,
    TrueFalseCard,
)

from .helpers import article, assert_sound_deck

TEXT = (
    "Acme Corp said its revenue rose to $4.5bn from $4.0bn in 2010. "
    "The company, which is based in Ohio, employs 23,000 people.\n\n"
    "Chief executive Jane Doerr said Acme Corp would open 300 new stores. "
    "Doerr joined Acme Corp in March 2011 from Widget Holdings.\n\n"
    "Acme Corp made 8 billion yuan ($1.2 billion) in China, up 25% from the previous year. "
    "The Federal Energy Regulatory Commission (FERC) is reviewing the deal."
)


@pytest.fixture(scope="module")
def cards() -> list:  # type: ignore[type-arg]
    return generate_cards(article(TEXT, "Acme Corp revenue rises"))


def of_kind(cards: list, kind: type) -> list:  # type: ignore[type-arg]
    return [c for c in cards if isinstance(c, kind)]


def test_every_card_passes_the_checks_and_has_evidence(cards: list) -> None:  # type: ignore[type-arg]
    assert_sound_deck(cards, TEXT, at_least=8)


def test_facts_are_asked_as_questions_first(cards: list) -> None:  # type: ignore[type-arg]
    """A fact's first card is a real question where one can be written; its second asks it
    another way (typed as a number), never the same blanked sentence as a second question.
    An amount is asked as a question only when the question names its year: judged blind,
    a question that dropped what said which figure it was was acceptable 18 times in 40."""
    revenue = [c for c in cards if c.answer == "$4.5bn"]
    assert [(c.kind, c.prompt) for c in revenue] == [
        ("mcq", "To what amount did Acme Corp's revenue rise from $4.0bn in 2010?"),
        ("numeric", f"Acme Corp said its revenue rose to {BLANK} from $4.0bn in 2010."),
    ]
    stores = [c.prompt for c in cards if c.answer == "300" and c.kind == "mcq"]
    assert stores == [
        "How many stores would Acme Corp open, according to chief executive Jane Doerr?"
    ]


def test_cloze_blanks_one_answer_span(cards: list) -> None:  # type: ignore[type-arg]
    blanked = of_kind(cards, ClozeCard) + of_kind(cards, McqCard) + of_kind(cards, NumericCard)
    for card in [c for c in blanked if not c.prompt.endswith("?")]:
        assert card.prompt.count(BLANK) == 1
        assert card.prompt.replace(BLANK, card.answer) != card.prompt
    prepared = prepare(article("Acme Corp said its annual revenue rose to $4.5bn in 2004."))
    assert prepared is not None
    facts = sentence_facts(prepared.resolved[0], prepared.index, 0, "Acme revenue rises")
    typed = [cloze_card(f) for f in facts if f.answer == "$4.5bn"]
    assert typed and typed[0] is not None and "$4.5 billion" in typed[0].accepted


def test_resolved_reference_in_cloze(cards: list) -> None:  # type: ignore[type-arg]
    employees = [c.prompt for c in cards if c.answer == "23,000" and c.kind != "true_false"]
    assert employees == [
        "How many people does Acme Corp employ?",
        f"Acme Corp, which is based in Ohio, employs {BLANK} people.",
    ]


def test_mcq_has_four_distinct_options_of_one_type(cards: list) -> None:  # type: ignore[type-arg]
    mcqs = of_kind(cards, McqCard)
    assert mcqs
    for card in mcqs:
        assert len(card.options) == 4 and card.answer in card.options


def test_frame_question_for_joining(cards: list) -> None:  # type: ignore[type-arg]
    asked = "When did chief executive Jane Doerr join Acme Corp?"  # introduced by her role
    joined = [c for c in of_kind(cards, McqCard) if c.prompt == asked]
    assert joined and joined[0].answer == "March 2011"


def test_true_false_states_the_value_or_a_swapped_one(cards: list) -> None:  # type: ignore[type-arg]
    statements = of_kind(cards, TrueFalseCard)
    assert statements
    for card in statements:
        assert card.prompt.startswith("True or false? ")
        assert card.evidence.sentence in card.explanation
        if card.is_true:  # the sentence quoted, no value named (round 92)
            assert card.explanation == quoted_statement(card.evidence.sentence)
            continue
        said = stated_value(card.explanation)
        assert said is not None and said not in card.prompt


def test_numeric_cards_carry_value_unit_and_tolerance(cards: list) -> None:  # type: ignore[type-arg]
    numeric = [c for c in of_kind(cards, NumericCard) if c.fact_type != FactType.DERIVED]
    assert numeric
    for card in numeric:
        assert card.unit or card.fact_type == FactType.COUNT
        assert card.tolerance >= 0


def test_derived_cards_show_the_arithmetic(cards: list) -> None:  # type: ignore[type-arg]
    derived = [c for c in cards if c.fact_type == FactType.DERIVED]
    rates = [c for c in derived if "yuan to one US dollar" in c.prompt]
    assert rates and rates[0].answer == "6.7"
    assert "8 billion yuan / $1.2 billion" in rates[0].explanation


def test_acronym_recall(cards: list) -> None:  # type: ignore[type-arg]
    terms = [c for c in of_kind(cards, RecallCard) if (c.fact_key or "").startswith("term:")]
    # nothing places FERC in one country: "In business news, what does ITPC stand for?" was
    # judged B (round 90), so the acronym is not asked (see test_round_88 for one placed)
    assert terms == []


def test_deck_is_deterministic_and_ids_are_stable() -> None:
    a = generate_deck(article(TEXT, "Acme Corp revenue rises"), seed=3)
    b = generate_deck(article(TEXT, "Acme Corp revenue rises"), seed=3)
    assert a.model_dump() == b.model_dump()
    assert a.id == "acme-corp-revenue-rises"
    edited = TEXT + "\n\nAcme Corp also said it sold 40 stores in Texas."
    c = generate_deck(article(edited, "Acme Corp revenue rises"), seed=3)
    assert len(set(a.card_ids()) & set(c.card_ids())) >= len(a.cards) * 0.7


def _mcq(answer: str, options: list[str], prompt: str = "Acme Corp earned _____.") -> McqCard:
    return McqCard(
        prompt=prompt,
        answer=answer,
        options=options,
        evidence=Evidence(sentence=f"Acme Corp earned {answer}."),
        fact_type=FactType.MONEY,
    )


@pytest.mark.parametrize(
    ("card", "check"),
    [
        (_mcq("$5m", ["$5m", "$6m", "7%", "$8m"]), "distractors_same_type"),
        (_mcq("$5m", ["$5m", "$6m", "$5m bonus", "$8m"]), "options_distinct"),
        (
            _mcq("$5m", ["$5m", "$6m", "$7m", "$8m"], "Acme Corp earned $5m, or _____."),
            "answer_not_in_prompt",
        ),
        (_mcq("$5m", ["$5m", "£6m", "$7m", "$8m"]), "distractors_same_type"),
        (
            ClozeCard(
                prompt=f"It earned {BLANK}.",
                answer="$5m",
                evidence=Evidence(sentence="It earned $5m."),
            ),
            "no_unresolved_reference",
        ),
        (
            ClozeCard(
                prompt=f"The company earned {BLANK}.",
                answer="$5m",
                evidence=Evidence(sentence="x $5m"),
            ),
            "no_unresolved_reference",
        ),
        (
            ClozeCard(
                prompt=f"Acme Corp earned {BLANK}.",
                answer="$6m",
                evidence=Evidence(sentence="Acme Corp earned $5m."),
            ),
            "answer_in_evidence",
        ),
        (
            NumericCard(
                prompt="About how many?",
                answer="5,000",
                value=5000,
                evidence=Evidence(sentence="7,600, up 52%"),
                fact_type=FactType.DERIVED,
            ),
            "answer_in_evidence",
        ),
    ],
    ids=[
        "off-type",
        "contains",
        "in-prompt",
        "other-currency",
        "it",
        "the-company",
        "not-in-evidence",
        "derived-without-arithmetic",
    ],
)
def test_each_check_catches_its_failure(card: object, check: str) -> None:
    assert check in failed_checks(card)  # type: ignore[arg-type]


def test_good_cards_pass_every_check() -> None:
    good = _mcq("$5m", ["$5m", "$6m", "$7m", "$8m"])
    assert failed_checks(good) == []
    assert set(CHECKS) == {
        "answer_in_evidence",
        "answer_is_option",
        "options_distinct",
        "distractors_same_type",
        "answer_not_in_prompt",
        "no_unresolved_reference",
        "one_name_fits",
        "article_fits_answer",
    }


def test_generator_package_stays_pure() -> None:
    import subprocess
    import sys

    code = (
        "import sys, newsquiz.generate, newsquiz.generate.checks;"
        "bad = [m for m in ('textual', 'rich', 'tinydb') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_people_and_companies_are_never_swapped_into_a_false_statement() -> None:
    """Judged blind, a person or company swapped into another's place was acceptable 17
    times in 41 ("Malaysian primary industries minister Frans Andriessen")."""
    text = (
        "Malaysian primary industries minister Lim Keng Yaik told Reuters on 3 May 1987 that "
        "Malaysia would spend $20m on tin research. European Commission official Frans "
        "Andriessen said the EC would spend $15m. Tin prices rose 5% in May 1987 to $6 a kilo."
    )
    for seed in range(6):
        cards = generate_cards(article(text, "Malaysia to fund tin research"), seed=seed)
        for card in of_kind(cards, TrueFalseCard):
            assert card.fact_type not in {FactType.PERSON, FactType.ORG} or card.answer == "true"


def test_every_fact_gets_its_second_card_before_any_fact_gets_a_third() -> None:
    """Two cards per fact (issue #10): a thin deck takes a fact's third form only when every
    fact has had its second, so two figures end up with about as many cards each."""
    text = (
        "Orbex Holdings said its revenue rose to $4.5bn in 2010. "
        "Orbex Holdings said it employs 23,000 people."
    )
    cards = generate_cards(article(text, "Orbex revenue rises"))
    revenue = sum(c.answer == "$4.5bn" or "$4.5bn" in (c.explanation or "") for c in cards)
    staff = sum(c.answer == "23,000" or "23,000" in (c.explanation or "") for c in cards)
    assert revenue >= 2 and staff >= 2 and abs(revenue - staff) <= 1, [c.prompt for c in cards]


def test_a_role_that_runs_into_a_quotation_is_no_title() -> None:
    text = (
        "Beef imports to Japan rose 12% in 1986.\n\n"
        "In testimony, Tom Cook, director of industry affairs for the Omega Cattle Association "
        'said "the Congress, the administration and the industry must take a strong stand".\n\n'
        "Omega Cattle Association members sold 300,000 tons of beef in 1986."
    )
    from newsquiz.generate.who_cards import unique_roles

    prepared = prepare(article(text, "Cattle group presses Japan"))
    assert prepared is not None
    assert unique_roles(prepared.index) == []


def test_a_swappable_fact_is_stated_falsely_more_often_than_not() -> None:
    """Thin decks state their sentences true, so the swappable facts lean false: a learner
    who always answers "true" must not pass (judged blind, swapped figures and dates were
    acceptable 10 times in 10 in rounds 76-77)."""
    import random

    from newsquiz.generate.questions import TRUE_SHARE, true_false_card

    from .helpers import facts_of

    text = "Orbex Corp's profits rose 12% to $40m in 2004, the company said."
    fact = next(f for f in facts_of(text, "Orbex profits rise") if f.kind == "date")
    answers = [
        card.answer
        for seed in range(200)
        if (card := true_false_card(fact, ["2001", "2006", "2008"], random.Random(seed)))
    ]
    assert TRUE_SHARE < 0.5 and 0.55 <= answers.count("false") / len(answers) <= 0.85
