"""Sentence splitting: abbreviations, decimals, initials, quotes, and exact spans."""

import pytest

from newsquiz.generate.segment import split_sentences

CASES = [
    ("Mr. Smith left. He was 40.", ["Mr. Smith left.", "He was 40."]),
    (
        "The U.S. economy grew 3.5% in Q2. Rates rose.",
        ["The U.S. economy grew 3.5% in Q2.", "Rates rose."],
    ),
    ("Acme Inc. said so. Shares fell.", ["Acme Inc. said so.", "Shares fell."]),
    ("It is the No. 1 brand. Sales rose.", ["It is the No. 1 brand.", "Sales rose."]),
    ("J. P. Morgan agreed. Shares rose.", ["J. P. Morgan agreed.", "Shares rose."]),
    ('"It is fine," he said. Then he left!', ['"It is fine," he said.', "Then he left!"]),
    ("Founded by Lei Jun. He is 50.", ["Founded by Lei Jun.", "He is 50."]),
    ("Profit was $1.5bn. Costs fell.", ["Profit was $1.5bn.", "Costs fell."]),
    ("No end here", ["No end here"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0][:18] for c in CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_spans_point_into_the_text_across_paragraphs() -> None:
    text = "First one. Second one.\n\nThird para here."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert [s.index for s in sentences] == [0, 1, 2]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_empty_text() -> None:
    assert split_sentences("") == []
