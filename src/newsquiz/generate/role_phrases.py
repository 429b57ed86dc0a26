"""The words around a name that say who the person is: a title written before it ("Shell
U.K. Finance director Nigel Haslam") or a description set off after it ("Michael Lamberty, a
Lufthansa spokesman,"), read as the article writes them for `introductions`.
"""

import re
from functools import lru_cache

from newsquiz.generate.gazetteer import NAME_PARTICLES
from newsquiz.generate.sentence_text import without_tickers

# the word a role ends on ("finance director", "a Lufthansa spokesman")
HEADS = frozenset(
    """chairman chairwoman chair president director officer spokesman spokeswoman spokesperson
    minister secretary governor analyst economist executive chief head manager founder
    co-founder treasurer commissioner chancellor premier official aide adviser advisor
    representative ambassador administrator strategist partner boss leader mayor senator
    congressman editor professor lawyer trader dealer vice-chairman vice-president deputy
    controller counsel consultant negotiator envoy""".split()
)
# words a title is made of besides its head ("acting Finance Minister", "chief operating")
_MODIFIERS = frozenset(
    """senior executive deputy acting former interim joint vice assistant general managing
    chief finance financial operating trade foreign economy economic treasury prime
    principal group international research marketing sales corporate non-executive
    technology investment foreign-exchange monetary affairs farm agriculture agricultural energy
    oil industry labor labour transport health defence defense interior justice commerce
    environment budget planning communications legal""".split()
)
# capitalized words that open a clause rather than belong to a name or title
_OPENERS = frozenset(
    """The A An But And Or However Meanwhile In On At Of For To By With From As Also Then Last
    This That These Those When While After Before Since Under Over Its His Her Their Our It He
    She They We Earlier Later Now Today Yesterday Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday""".split()
)
_CONNECTORS = frozenset({"of", "and", "&", "for"})
# an appositive that leans on the article itself is no introduction ("the company's chairman")
_LEANING = re.compile(
    r"\b(?:its|his|her|their|the (?:company|firm|group|bank|agency|ministry)(?:'s)?|who|which"
    r"|said|says|told|there|here)\b",
    re.I,
)
# a dot only inside a dotted abbreviation ("U.S."): "Associates. Lichtblau" ends the role, as
# does the end of the sentence ("..., head of research at Union Bank of Switzerland. The")
_APPOSITIVE = re.compile(
    r"^,\s+((?:(?:a|an|the)\s+)?(?:[^,;:\"().]|(?<=[A-Z])\.){2,90}?)"
    r"(?=,|;|\s(?:said|told|says)\b|\.?$|(?<![A-Z])\.\s)"
)
SENTENCE_END = re.compile(r"[.!?][\"']?\s+(?=[A-Z\"])")
_LIST_GOES_ON = re.compile(r",\s+[a-z]+(?:,\s+[a-z]+)*\s+(?:and|or)\s")
MAX_ROLE_WORDS = 10
# "Henry Gluck, chairman and chief executive officer of the hotel, casino and resorts company,"
_OWNER_KINDS = r"(?:company|group|firm|concern|corporation|conglomerate|maker|chain|retailer)"
DESCRIBED_OWNER_ROLE = re.compile(
    rf"^,\s+((?:[\w-]+\s+){{1,8}}?of the (?:[a-z-]+,?\s+){{1,6}}?{_OWNER_KINDS}),"
)
OWNER_DESCRIBED = re.compile(rf"\s+of the (?:[a-z-]+,?\s+){{1,6}}?{_OWNER_KINDS}$")


@lru_cache(maxsize=8)
def flattened(text: str) -> str:
    return " ".join(without_tickers(text).split())


def token_core(token: str) -> str:
    return token.strip(",.;:\"'()").removesuffix("'s")


def is_title_word(token: str) -> bool:
    word = token.lower()
    return word in HEADS or word in _MODIFIERS


def is_name_word(token: str) -> bool:
    core = token_core(token)
    if not core or token != token.rstrip(",;:"):
        return False
    return core[0].isupper() and core not in _OPENERS


# "last September. Deputy ... spokeswoman": a full stop that is no abbreviation's ("U.K.",
# "Corp.") ends the sentence before the title
_STOP_TOKEN = re.compile(
    r"^(?![A-Z](?:\.[A-Z])*\.$)(?!(?:Corp|Inc|Co|Ltd|Jr|Sr|St|Dr|Mr|Mrs|Ms)\.$).*\.$"
)


def _titled_name_ends(tokens: list[str]) -> bool:
    """The words end on a name with its title before it ("Chancellor Gerhard Schroeder")."""
    if not tokens or is_title_word(token_core(tokens[-1])) or not is_name_word(tokens[-1]):
        return False
    return any(is_title_word(token_core(t)) for t in tokens[-4:-1])


def title_before(text: str, name_at: int) -> str | None:
    """The title written right before a name: "Shell U.K. Finance director" for "... last year,
    Shell U.K. Finance director Nigel Haslam said"."""
    tokens = text[max(0, name_at - 160) : name_at].split()
    if not tokens or not text[:name_at].endswith(" "):
        return None
    if not is_title_word(token_core(tokens[-1])) or tokens[-1] != token_core(tokens[-1]):
        return None
    taken: list[str] = []
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        if token != token.rstrip(',;:("') or _STOP_TOKEN.search(token):
            break  # "1986," ends the clause before the title, "September." the sentence
        if token == "and" and _titled_name_ends(tokens[:at]):
            # "German Chancellor Gerhard Schroeder and Italian Prime Minister Silvio Berlusconi":
            # Schroeder is not part of Berlusconi's title ("chairman and chief executive" is)
            break
        if is_title_word(token_core(token)) or is_name_word(token) or token in _CONNECTORS:
            taken.append(token)
            continue
        if token in NAME_PARTICLES and taken and is_name_word(taken[-1]) and at > 0:
            taken.append(token)  # "Barclays de Zoete Wedd economist", never "Zoete Wedd ..."
            continue
        break
    taken.reverse()
    while taken and (taken[0] in _CONNECTORS or token_core(taken[0]) in _OPENERS):
        taken = taken[1:]
    if taken and taken[0] in NAME_PARTICLES:
        return None  # "... de Zoete Wedd economist": the owner's name is cut
    if not any(token_core(t).lower() in HEADS for t in taken):
        return None
    return " ".join(taken) if len(taken) <= MAX_ROLE_WORDS else None


def appositive_after(text: str, name_end: int) -> str | None:
    """The role set off after a name: "a Lufthansa spokesman" in "Michael Lamberty, a Lufthansa
    spokesman, told the BBC"."""
    match = _APPOSITIVE.match(text[name_end : name_end + 140])
    if match is None:
        return None
    role = match.group(1).strip()
    words = role.split()
    if len(words) > MAX_ROLE_WORDS or _LEANING.search(role):
        return None
    if _LIST_GOES_ON.match(text, name_end + match.end()):
        # "chairman of the hotel, casino and resorts company": the list goes on to the kind of
        # company, which `introductions` may name; any other list is no role
        described = DESCRIBED_OWNER_ROLE.match(text[name_end : name_end + 200])
        return described.group(1) if described is not None else None
    if not any(token_core(w).lower() in HEADS for w in words):
        return None
    return role
