"""`regenerate_options` (generate package) and the pure kind changes the screen uses."""

from newsquiz.generate.options import regenerate_options
from newsquiz.models import BLANK, ClozeCard, Evidence, McqCard, RecallCard, normalize_text
from newsquiz.tui.screens.author_state import blank_answer, changed_kind

from .conftest import seed_article, seed_deck


def test_new_distractors_are_new_and_keep_the_answer() -> None:
    card = next(c for c in seed_deck().cards if c.answer == "LatePost")  # a media outlet
    assert isinstance(card, McqCard)
    options = regenerate_options(seed_article(), card, seed=1)
    assert len(options) == 4
    assert card.answer in options
    assert len({normalize_text(o) for o in options}) == 4
    assert set(options) != set(card.options)
    assert options == regenerate_options(seed_article(), card, seed=1)  # deterministic


def test_numbers_get_numbers_written_alike() -> None:
    card = next(c for c in seed_deck().cards if c.answer == "10 billion yuan")
    options = regenerate_options(seed_article(), card, seed=1)
    assert card.answer in options
    assert all(option.endswith(" billion yuan") for option in options)


def test_cloze_card_gets_options_for_its_fact() -> None:
    mcq = next(c for c in seed_deck().cards if c.answer == "LatePost")
    assert mcq.evidence is not None
    sentence = mcq.evidence.sentence
    card = ClozeCard(
        prompt=sentence.replace("LatePost", BLANK, 1),
        answer="LatePost",
        evidence=mcq.evidence,
        fact_type=mcq.fact_type,
    )
    options = regenerate_options(seed_article(), card, seed=1)
    assert card.answer in options and len(options) == 4


def test_a_fact_with_nothing_alike_gets_no_options() -> None:
    card = RecallCard(prompt="What colour is the logo?", answer="orange")
    assert regenerate_options(seed_article(), card, seed=1) == []


def test_kind_changes() -> None:
    evidence = Evidence(sentence="Shang worked in Jinshan Group for many years.")
    mcq = McqCard(
        prompt="Where did Shang work?",
        answer="Jinshan Group",
        options=["Jinshan Group", "Tencent", "Baidu"],
        evidence=evidence,
    )
    cloze = changed_kind(mcq, [])
    assert isinstance(cloze, ClozeCard)
    assert cloze.prompt == f"Shang worked in {BLANK} for many years."
    assert isinstance(changed_kind(cloze, []), RecallCard)
    back = changed_kind(cloze, ["Tencent", "Jinshan Group", "Baidu"])
    assert isinstance(back, McqCard) and back.options == ["Tencent", "Jinshan Group", "Baidu"]
    assert changed_kind(mcq.model_copy(update={"evidence": None}), []) is None
    assert blank_answer("No answer here.", "Jinshan") is None


def test_a_kind_that_cannot_change_says_why() -> None:
    """Issue #13 bug 5: a recall card without wrong options was said to have its answer
    outside its sentence."""
    from newsquiz.tui.screens.author_state import kind_unchanged_reason

    recall = RecallCard(prompt="What colour is the logo?", answer="orange")
    assert changed_kind(recall, []) is None
    assert "wrong options" in kind_unchanged_reason(recall)
    mcq = McqCard(
        prompt="Who?",
        answer="Ann Lee",
        options=["Ann Lee", "Bo Ma", "Cy Du", "Di Wu"],
        evidence=Evidence(sentence="The board met on Monday."),
    )
    assert changed_kind(mcq, []) is None
    assert "not in its sentence" in kind_unchanged_reason(mcq)
