"""Which sector a company's name places it in, so that a bank is never offered as the rival
of an oil company (judged blind: "Chase Manhattan" and "Dreyer" for an oil supplier, "World
Bank" and commercial banks where only a central bank cuts rates)."""

import re

_SECTORS = {
    "finance": frozenset(
        """Bank Banco Banque Bancorp Bankers Capital Securities Financial Finance Savings
        Trust Credit Investment Investments Partners Lehman Merrill Goldman Citigroup
        Citicorp Morgan Barclays HSBC Amro Lloyds Suisse Merrill""".split()
    ),
    "energy": frozenset(
        """Oil Petroleum Petroleos Energy Gas Petrol Petrochemical Exploration Drilling Exxon
        Shell Mobil Chevron Texaco Amoco Petrofina BP Agip Elf Total Statoil Saga Hydro
        Exxon""".split()
    ),
    "air": frozenset(
        "Airlines Airline Airways Air Aviation Aerospace Airbus Boeing KLM Lufthansa".split()
    ),
    "motors": frozenset(
        "Motors Motor Automotive Auto Cars Ford Toyota Honda Nissan Volkswagen Renault Fiat".split()
    ),
    "media": frozenset(
        "Media Broadcasting Television TV Publishing Newspapers Press Reuters Pearson Jones".split()
    ),
    "telecom": frozenset(
        """Telecom Telekom Telecommunications Telefonica Vodafone Mobile Communications
        Telecoms Orange Nokia Ericsson Motorola AT&T Verizon Sprint MCI Qwest Telecom""".split()
    ),
    "insurance": frozenset(
        "Insurance Assurance Re Reinsurance Allianz Aviva Axa Prudential Aetna Lloyd's".split()
    ),
}


# well-known rivals by sector, for a company whose article names too few; all trading under
# these names in 1987 as in 2005, so no newswire story is offered a company of the future
SECTOR_POOL = {
    "finance": (
        "HSBC",
        "Barclays",
        "Deutsche Bank",
        "Goldman Sachs",
        "Morgan Stanley",
        "Merrill Lynch",
        "Credit Suisse",
        "Lloyds Bank",
    ),
    "energy": ("BP", "Shell", "Exxon", "Chevron", "Texaco", "Mobil", "Total"),
    "air": ("British Airways", "Lufthansa", "Air France", "KLM", "Boeing"),
    "motors": ("General Motors", "Ford", "Toyota", "Volkswagen", "Renault", "Fiat", "Honda"),
    "media": ("Reuters", "Pearson", "Time Inc", "Dow Jones"),
    "telecom": ("AT&T", "British Telecom", "Ericsson", "Motorola", "MCI"),
    "insurance": ("Allianz", "Prudential", "Aetna", "Lloyd's of London", "Munich Re"),
}


def sectors_of(name: str, prompt: str = "") -> set[str]:
    """The sectors a company's name, or the prompt asking for it, places it in."""
    return _sectors(name) | {sector for sector, cue in _PROMPT_SECTOR.items() if cue.search(prompt)}


def _sectors(name: str) -> set[str]:
    words = set(re.findall(r"[A-Z][\w&]*", name))
    return {sector for sector, marks in _SECTORS.items() if words & marks}


_PROMPT_SECTOR = {
    "energy": re.compile(r"\boil (?:company|firm|group|major|producer)|\benergy (?:company|group)"),
    "air": re.compile(r"\bairlines?\b|\bcarriers?\b"),
    "finance": re.compile(r"\bbanks?\b|\blenders?\b|\bbrokers?\b|\binvestment firm"),
    "motors": re.compile(r"\bcar ?makers?\b|\bautomakers?\b"),
    "telecom": re.compile(r"\btelecoms? (?:firm|company|group|operator)|\bphone (?:firm|company)"),
    "insurance": re.compile(r"\b(?:re)?insurers?\b"),
}


def same_sector(answer: str, other: str, prompt: str = "") -> bool:
    """Whether `other` could stand in for `answer`: two names whose words place them in
    different sectors ("Amoco Corp", "Chase Manhattan Bank") are not rivals, nor is a name
    outside the sector the prompt names ("the U.S. oil company _____"); a name that says
    nothing of its sector is taken as a possible one."""
    mine, theirs = _sectors(answer), _sectors(other)
    implied = {sector for sector, cue in _PROMPT_SECTOR.items() if cue.search(prompt)}
    if theirs and implied and not theirs & implied:
        return False
    return not mine or not theirs or bool(mine & theirs)
