"""One currency table for the generator and the grader (issue #13, design): `¥500bn` was yuan
to the grader and yen to the generator."""

import pytest

from newsquiz.currencies import CURRENCIES, article_symbols, article_words
from newsquiz.generate.quantities import find_quantities
from newsquiz.grading import canonical_tokens, grade_answer
from newsquiz.models import RecallCard


def recall(answer: str) -> RecallCard:
    return RecallCard(id="d:1", prompt="How much?", answer=answer)


@pytest.mark.parametrize(
    ("answer", "given", "right"),
    [
        ("¥500bn", "500 billion yen", True),
        ("¥500bn", "500bn JPY", True),
        ("¥500bn", "500 billion yuan", False),
        ("500 billion yen", "¥500bn", True),
        ("10 billion yuan", "¥10bn yuan", True),  # a ¥ written with the yuan named is the yuan's
        ("10 billion yuan", "¥10bn", False),
    ],
    ids=lambda value: str(value),
)
def test_the_yen_sign_is_graded_as_yen(answer: str, given: str, right: bool) -> None:
    assert grade_answer(recall(answer), "recall", given).correct is right


def test_the_generator_reads_the_yen_sign_as_yen_too() -> None:
    (money,) = [q for q in find_quantities("Toyota set aside ¥500bn.") if q.kind == "money"]
    assert money.currency == "yen"
    assert canonical_tokens("¥500bn")[-1] == "jpy"


def test_generator_and_grader_agree_on_every_currency() -> None:
    """Every symbol and word both sides read names the same currency on both sides."""
    names = {currency.code: currency.name for currency in CURRENCIES}
    for symbol, name in article_symbols().items():
        codes = [t for t in canonical_tokens(f"{symbol}5") if isinstance(t, str)]
        assert codes and names[codes[-1]] == name, symbol
    for word, name in article_words().items():
        graded = next(c for c in CURRENCIES if word in (*c.words, *c.newswire))
        if graded.graded and word in graded.words:
            assert canonical_tokens(f"5 {word}")[-1] == graded.code, word
            assert names[graded.code] == name, word
