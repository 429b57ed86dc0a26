"""The runs of capitalized words in a sentence that may be names: "Shell U.K. Oil", "Donald K.
McIvor", "Marks & Spencer", "Lula da Silva", "Chi-Chi's Inc", joined across the particles and
connectors names use and split where a possessive or a title ends one name.
"""

import re

from newsquiz.generate.descriptors import described
from newsquiz.generate.gazetteer import NAME_PARTICLES, OF_HEADS, ORG_HEADS, TITLE_WORDS

_RUN = re.compile(r"(?<![\w'])(?:[ae]l-)?[A-Z][\w&'.-]*[\w&]|(?<![\w'])[A-Z]\b")  # "al-Gosaibi"
_DOTTED = re.compile(r"[A-Z](?:\.[A-Z])+")
_RUN_JOIN = re.compile(r"^(?:\s|\s(?:of|de|du|von|van|der|la|&|and)\s)$")
LEGAL_SUFFIX = re.compile(r"\s(?:Inc|Corp|Co|Ltd|Plc|PLC|plc|AG|SA|NV|Corporation|Company)\.?$")


def split_runs(text: str) -> list[tuple[int, int]]:
    """Spans of capitalized-word runs, joined across "of"/"&" inside organization names."""
    tokens: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        if described(m.group()):
            continue  # "Paris-based LVMH", "China-published Economic Observer": no name
        end = m.end()
        inside = bool(tokens) and text[tokens[-1][1] : m.start()] == " "  # "Shell U.K."
        if (
            inside
            and _DOTTED.fullmatch(m.group())
            and text[end : end + 2] == ". "
            and (text[end + 2 : end + 3].isupper())
        ):
            end += 1  # "Shell U.K. Oil": the dot of "U.K." stays inside the name
        elif (
            inside
            and len(m.group()) == 1
            and text[end : end + 2] == ". "
            and text[end + 2 : end + 3].isupper()
        ):
            end += 1  # "Donald K. McIvor": a middle initial stays inside the name
        tokens.append((m.start(), end))
    runs: list[tuple[int, int]] = []
    prev_last = ""  # the run's last word is its last token: not split out of the whole run
    for start, end in tokens:
        token, previous = text[start:end], prev_last
        prev_last = token
        if runs:
            gap = text[runs[-1][1] : start]
            if previous.endswith("'s") and not (gap == " " and LEGAL_SUFFIX.match(f" {token}")):
                runs.append((start, end))  # "Chi-Chi's Inc" is one name, "BA's Rod" two
                continue
            if (
                gap == " "
                # "Marks & Spencer", "Procter & Gamble": one name ("Standard & Poor's" and
                # "Transport & General Worker's Union" keep an 's no blank may cut off)
                or (gap == " & " and not token.endswith("'s"))
                or (gap == " on " and token == "Sunday")  # "The Mail on Sunday", a paper
                or (_RUN_JOIN.match(gap) and gap.strip() == "of" and previous in OF_HEADS)
                # "Lula da Silva", "Banca di Roma", "Pieter van der Vorm"
                or (gap.strip() != "" and set(gap.split()) <= NAME_PARTICLES)
            ):
                runs[-1] = (runs[-1][0], end)
                continue
        runs.append((start, end))
    merged: list[tuple[int, int]] = []
    for run in runs:
        if merged and text[merged[-1][1] : run[0]] == " and ":
            first = text[merged[-1][0] : merged[-1][1]]
            last_word = text[run[0] : run[1]].split()[-1]
            if " " not in first and first not in TITLE_WORDS and last_word in ORG_HEADS:
                merged[-1] = (merged[-1][0], run[1])
                continue
        merged.append(run)
    return merged
