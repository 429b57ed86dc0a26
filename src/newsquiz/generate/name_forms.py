"""The names a typed answer may use as the article writes them: "Rover" for "MG Rover",
"Carolina Power and Light" for "Carolina Power", "SPR" where the article defines it, "GE"
where it writes it; never a form that names another entity of the article, a person's
initials or "Mrs" for a man."""

import re
from functools import lru_cache

from newsquiz.generate.aliases import LEGAL_WORDS
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import NATIONALITIES, NOT_NAMES, ORG_HEADS, PLACES, TITLE_WORDS
from newsquiz.generate.person_names import western_given_names
from newsquiz.generate.textutil import initials, lemmas, word_positions

# what may follow a name the article cuts short, and a bracketed abbreviation it defines
_NAME_GOES_ON = re.compile(r"((?: (?:and|&|of|de) [A-Z][\w&.'-]*| [A-Z][\w&.'-]*){1,4})")
# "its Mercedes Smart mini-car range": a product of the company, not a longer name of it
_PRODUCT_AFTER = re.compile(
    r"\s+(?:[a-z]+-)?(?:range|brand|brands|model|models|line|car|cars|phone|phones|product"
    r"|products|vehicle|vehicles|jet|jets|plane|planes|engine|engines|drug|drugs)\b"
)
_HYPHENATED = re.compile(r"(?<![\w-])(([A-Z][\w&]+)-[A-Z][a-z]+)(?![\w-])")
_DEFINED_AS = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,7})\)")
_WORD_CHAR = re.compile(r"[\w&'-]")


def entity_name_forms(
    answer: str, accepted: list[str], index: EntityIndex, article_text: str
) -> list[str]:
    """What a typed answer naming one of the article's entities may also be: its aliases
    ("SEC" for "Securities and Exchange Commission", and back), the forms `article_name_forms`
    finds, and the one longer name of the article that holds a short company name ("MG Rover"
    for "Rover", "Mitsubishi Motors" for "Mitsubishi"). Judged blind, a typed card that marked
    the article's full name wrong scored E 1."""
    entity = index.entities.get(index.alias_map.get(answer, ""))
    if entity is None:
        return accepted
    names = {*accepted, *entity.aliases, entity.name}
    if entity.kind == "org":
        longer = [
            other.name
            for other in index.entities.values()
            if other.kind in {"org", "person"}
            and other.name != entity.name
            and word_positions(other.name, entity.name)
            and not _JOINED.search(other.name)  # "Fiat and General Motors" is two companies
            and not _only_a_product(other.name, article_text)
        ]
        if len(longer) == 1:
            names.add(longer[0])
    elsewhere = frozenset(index.entities) - names - {answer}
    person = entity.kind == "person"
    forms = article_name_forms(answer, names, article_text, elsewhere, person)
    # never the city of "Chongqing Lifan Industry Group" (judged blind: a wrong answer marked right)
    forms = [f for f in forms if not _is_place(f, index) or _is_place(answer, index)]
    if entity.kind == "org":  # never "Bank" for the Bank of Israel, "Louis" for Louis Vuitton
        forms = [f for f in forms if " " in f or not _generic_word(f, answer)]
    return forms


def _only_a_product(name: str, text: str) -> bool:
    """ "its Mercedes Smart mini-car range": a name the article only writes before a product
    word is a product of the company, not a longer name of it (judged blind E 1)."""
    ends = _ends_of(name, text)
    return bool(ends) and all(_PRODUCT_AFTER.match(text, end) for end in ends)


def _generic_word(word: str, answer: str) -> bool:
    """A head, a common word, or the given name a company's name begins with ("Louis"); the
    surname it ends with is the company's short name ("Lilly" for Eli Lilly, judged E 1)."""
    given = word in western_given_names() and answer.startswith(f"{word} ")
    return word in ORG_HEADS or word in NOT_NAMES or given


def _is_place(name: str, index: EntityIndex) -> bool:
    entity = index.entities.get(index.alias_map.get(name, name))
    return name in PLACES or (entity is not None and entity.kind == "place")


def article_name_forms(
    answer: str,
    names: set[str],
    article_text: str,
    others: frozenset[str] = frozenset(),
    person: bool = False,
) -> list[str]:
    """`_article_name_forms`, computed once per answer and article; a form that holds the name
    of another entity of the article (`others`: "Rosneft and Yuganskneftegaz", "AOL Europe")
    names something else and is never accepted. A person is never accepted by initials ("GM"
    for Giuseppe Morchio in a story that names General Motors) or with "Mrs" for a man:
    judged blind, both marked wrong answers right."""
    forms = _article_name_forms(answer, frozenset(names), article_text, person)
    if person:
        forms = tuple(f for f in forms if not _HONORIFIC.match(f))
        # "John Lichtblau" for "John H. Lichtblau": judged blind, marking it wrong scored E 1
        bare = (_without_initials(f) for f in (answer, *forms))
        forms += tuple(dict.fromkeys(f for f in bare if f not in forms and f != answer))
    kept = [f for f in forms if not any(o not in answer and _has_word(f, o) for o in others)]
    kept = [f for f in kept if not _joins_another(f, answer, others)]
    kept = [f for f in kept if not any(o.startswith(f"{f} ") for o in others)]  # cut short
    # "Rosneft and Yuganskneftegaz" joins two companies when the article also names the second
    # on its own; "Carolina Power and Light" is one ("Light" is never a name alone)
    return [f for f in kept if _JOINED.search(answer) or not _joins_a_name(f, article_text)]


_MIDDLE_INITIALS = re.compile(r"(?<=\w) (?:[A-Z]\.)+(?= [A-Z][a-z])")


def _without_initials(name: str) -> str:
    """ "Victor T.K. Li" -> "Victor Li": a name as people write it without its initials."""
    return _MIDDLE_INITIALS.sub("", name)


def _joins_another(form: str, answer: str, others: frozenset[str]) -> bool:
    """ "United Bank and Standard": the article's "United Bank of Africa and Standard Trust
    Bank" names two banks, the second being another entity it knows."""
    joined = _JOINED.search(form)
    if joined is None or _JOINED.search(answer):
        return False
    second = form[joined.end() :].split()[0]
    return any(
        other.split()[0] == second and not set(other.split()[1:]) <= LEGAL_WORDS for other in others
    )  # "Light Co" is the end of "Carolina Power and Light Co", no other company


def _joins_a_name(form: str, text: str) -> bool:
    joined = _JOINED.search(form)
    if joined is None:
        return False
    second = form[joined.end() :].split()[0]
    return _uses_alone(second, text) >= 1 and text.count(second) > 1


_JOINED = re.compile(r" (?:and|&) ")


def _has_word(text: str, name: str) -> bool:
    return bool(word_positions(text, name))


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.? ")


@lru_cache(maxsize=256)
def _article_name_forms(
    answer: str, names: frozenset[str], article_text: str, person: bool = False
) -> tuple[str, ...]:
    """Every name a typed answer about `answer` (and its entity's `names`) may use, as the
    article writes them: the full name it cuts short ("Carolina Power and Light" for
    "Carolina Power"), the abbreviation it defines ("SPR"), and a word of the name it uses
    on its own at least twice ("Rover" for "MG Rover")."""
    forms = set(names)
    for name in {answer, *names}:
        if name != answer and " " not in name:
            continue  # "Carolina" of "Carolina Power" goes on into "North Carolina Environmental"
        for end in _ends_of(name, article_text):
            longer = _NAME_GOES_ON.match(article_text, end)
            if longer is not None and not _PRODUCT_AFTER.match(article_text, longer.end()):
                more = longer.group(1).rstrip(".,").split()
                forms.update(  # "Carolina Power and Light" and "Carolina Power and Light Co"
                    " ".join([name, *more[: i + 1]])
                    for i, word in enumerate(more)
                    if word[:1].isupper()
                )
            defined = _DEFINED_AS.match(article_text, end)
            if defined is not None:
                forms.add(defined.group(1))
    if not person:  # "Mercedes-Benz" where the story also writes "Mercedes"
        forms.update(m.group(1) for m in _HYPHENATED.finditer(article_text) if m.group(2) == answer)
    words = answer.split()
    if len(words) > 1:
        for word in words:
            if (
                len(word) >= 4
                and word not in NATIONALITIES
                and _uses_alone(word, article_text) >= 2
                and not _located(word, article_text)
            ):
                forms.add(word)  # never "European" for the European Union (judged odd)
        distinctive = [w for w in words if _distinctive(w, article_text)]
        if not person and len(distinctive) == 1:
            forms.add(distinctive[0])  # "Deccan" for Air Deccan, "Lifan" for Chongqing Lifan
    for name in {answer, *names} if not person else ():  # "GE" where the article writes GE
        forms.update(i for i in initials(name) if word_positions(article_text, i))
    # never a name run on into the next sentence ("Vogue Landmark. The") or a function word
    kept = {f for f in forms if not re.search(r"\.\s|\s(?:The|A|An|That|Over)$|-based$", f)}
    # nor a name that goes on into another's ("Manchester United Supporters' Association")
    kept = {f for f in kept if not (f.startswith(answer) and "'" in f[len(answer) :])}
    # nor into a title and its holder ("Fed Chairman Paul Volcker": judged blind A)
    kept = {f for f in kept if not (set(f.split()) - set(answer.split())) & TITLE_WORDS}
    return tuple(sorted(kept - {answer}))


def _located(word: str, text: str) -> bool:
    """ "in Chongqing": the word is a place the article sets things in, not a company."""
    for at in word_positions(text, word):
        opening = text[max(0, at - 5) : at]
        after = text[at + len(word) : at + len(word) + 2]
        placed = opening.endswith((" in ", " at ", "near ")) or opening in {"In ", "At "}
        if placed and not (after[:1] == " " and after[1:2].isupper()):
            return True
    return False


def _distinctive(word: str, text: str) -> bool:
    """The one word of a company's name no dictionary, gazetteer or legal form has: what a
    reader calls it ("Lifan" of Chongqing Lifan Industry Group, "Deccan" of Air Deccan)."""
    return (
        len(word) >= 4
        and word.isalpha()
        and not lemmas(word.lower())
        and word not in PLACES
        and word not in NATIONALITIES
        and word not in LEGAL_WORDS
        and not _located(word, text)
    )


def _ends_of(word: str, text: str) -> list[int]:
    """Where each occurrence of `word` as a whole word in `text` ends."""
    ends = []
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        whole = not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end)
        if whole:
            ends.append(end)
        at = text.find(word, end)
    return ends


def _uses_alone(word: str, text: str) -> int:
    """How often `text` writes `word` as a name of its own, not inside a longer name."""
    count = 0
    for end in _ends_of(word, text):
        start = end - len(word)
        before = re.search(r"(\S+)\s+$", text[max(0, start - 60) : start])
        after = re.match(r"\s+(\S+)", text[end : end + 60])
        previous = before.group(1) if before else "."
        named_before = previous[:1].isupper() and not previous.endswith((".", ",", ":", '"'))
        if not named_before and not (after is not None and after.group(1)[:1].isupper()):
            count += 1
    return count
