"""What the entity extractor produces: entities and their mentions in a sentence."""

from dataclasses import dataclass, field


@dataclass
class Entity:
    """A named person, organization or place and every surface form that refers to it."""

    name: str
    kind: str  # person | org | place
    aliases: set[str] = field(default_factory=set)
    family_first: bool = False
    titles: list[str] = field(default_factory=list)
    roles: list[tuple[str, int]] = field(default_factory=list)  # (title, sentence index)
    countries: set[str] = field(default_factory=set)  # "French Finance Minister X": France
    media: bool = False
    first_sentence: int = 0
    mentions: int = 0
    strong: bool = True


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    kind: str
    start: int
    end: int
    surface: str


def clean_name(surface: str) -> str:
    """A name without a trailing full stop or possessive ending."""
    surface = surface.rstrip(".")
    if surface.endswith("'s") or surface.endswith("s'"):
        surface = surface[:-2] if surface.endswith("'s") else surface[:-1]
    return surface.strip()
