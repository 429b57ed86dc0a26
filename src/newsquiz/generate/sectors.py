"""Which sector a company's name places it in, so that a bank is never offered as the rival
of an oil company (judged blind: "Chase Manhattan" and "Dreyer" for an oil supplier, "World
Bank" and commercial banks where only a central bank cuts rates)."""

import re

_SECTORS = {
    "finance": frozenset(
        """Bank Banco Banque Bancorp Bankers Capital Securities Financial Finance Savings
        Trust Credit Investment Investments Partners Lehman Merrill Goldman Citigroup
        Citicorp Morgan Barclays HSBC Amro Lloyds""".split()
    ),
    "energy": frozenset(
        """Oil Petroleum Petroleos Energy Gas Petrol Petrochemical Exploration Drilling Exxon
        Shell Mobil Chevron Texaco Amoco Petrofina BP Agip Elf Total Statoil Saga Hydro""".split()
    ),
    "air": frozenset("Airlines Airline Airways Air Aviation Aerospace Airbus Boeing".split()),
    "motors": frozenset("Motors Motor Automotive Auto Cars Ford Toyota Honda Nissan".split()),
    "media": frozenset("Media Broadcasting Television TV Publishing Newspapers Press".split()),
    "telecom": frozenset(
        """Telecom Telekom Telecommunications Telefonica Vodafone Mobile Communications
        Telecoms Orange Nokia Ericsson Motorola AT&T Verizon Sprint MCI Qwest""".split()
    ),
    "insurance": frozenset("Insurance Assurance Re Reinsurance Allianz Aviva Axa".split()),
}


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
