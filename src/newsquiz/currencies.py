"""The one currency table: how articles and typed answers name each currency.

The generator reads amounts in articles ("10 billion yuan", "¥500bn", "15 mln dlrs") and the
grader compares typed answers ("$1.5bn" = "1.5 billion USD"); both read currencies from here,
so an amount cannot be one currency to the generator and another to the grader. `¥` is the
yen, as in business news, unless the text names the yuan (yuan, CNY, RMB, renminbi).
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Currency:
    """One currency: `code` (what the grader compares), `name` (what the generator writes),
    the words naming it after an amount, the codes a learner may type, newswire abbreviations
    read in articles only, and its symbols. `graded`: the grader knows it (words that are also
    plain English, "won" or "real", are read only after an amount in an article)."""

    code: str
    name: str
    words: tuple[str, ...] = ()
    typed: tuple[str, ...] = ()
    newswire: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    graded: bool = True


CURRENCIES = (
    Currency(
        "usd",
        "dollar",
        ("dollar", "dollars"),
        ("usd",),
        ("dlrs", "dlr"),
        ("US$", "A$", "C$", "NZ$", "S$", "$"),
    ),
    Currency("hkd", "dollar", (), ("hkd",), (), ("HK$",)),
    Currency("cny", "yuan", ("yuan", "renminbi"), ("cny", "rmb")),
    Currency("eur", "euro", ("euro", "euros"), ("eur",), (), ("€",)),
    Currency("gbp", "pound", ("pound", "pounds", "sterling"), ("gbp",), ("stg",), ("£",)),
    Currency("jpy", "yen", ("yen",), ("jpy",), (), ("¥",)),
    Currency("inr", "rupee", ("rupees",), ("inr", "rupee"), (), ("₹",)),
    Currency("rub", "rouble", ("roubles", "rubles"), graded=False),
    Currency("chf", "franc", ("francs",), graded=False),
    Currency("mxn", "peso", ("pesos",), graded=False),
    Currency("krw", "won", ("won",), graded=False),
    Currency("zar", "rand", ("rand",), graded=False),
    Currency("brl", "real", ("reais",), graded=False),
    Currency("czk", "crown", ("crowns",), graded=False),
    Currency("sek", "krona", ("kronor",), graded=False),
    Currency("try", "lira", ("lira",), graded=False),
    Currency("dem", "mark", ("marks",), graded=False),
    Currency("nlg", "guilder", ("guilders",), graded=False),
    Currency("kes", "shilling", ("shillings", "shilling"), graded=False),
    Currency("ats", "schilling", ("schillings",), graded=False),
    Currency("esp", "peseta", ("pesetas",), graded=False),
    Currency("itl", "lira", ("lire",), graded=False),
    Currency("dkk", "krone", ("kroner",), graded=False),
    Currency("myr", "ringgit", ("ringgit",), graded=False),
    Currency("idr", "rupiah", ("rupiah",), graded=False),
    Currency("thb", "baht", ("baht",), graded=False),
    Currency("sar", "riyal", ("riyals",), graded=False),
    Currency("cent", "cent", ("cents",), (), ("cts",), graded=False),
)

YUAN_WORDS = frozenset({"yuan", "renminbi", "cny", "rmb"})
"""Words that make a `¥` in the same text the yuan's."""


def article_words() -> dict[str, str]:
    """Each word naming a currency after an amount in an article -> the currency's name."""
    return {
        word: currency.name
        for currency in CURRENCIES
        for word in (*currency.words, *currency.newswire)
    }


def article_symbols() -> dict[str, str]:
    """Each currency symbol -> the currency's name, longest symbols first."""
    pairs = [(symbol, c.name) for c in CURRENCIES for symbol in c.symbols]
    return dict(sorted(pairs, key=lambda pair: -len(pair[0])))


def typed_words() -> dict[str, str]:
    """Each word (lower case) a typed answer may name a currency with -> its code."""
    return {
        word: currency.code
        for currency in CURRENCIES
        if currency.graded
        for word in (*currency.typed, *currency.words)
    }


def typed_symbols(text: str) -> list[tuple[str, str]]:
    """The symbols (lower case) to read in `text` (folded) -> codes, longest first; `¥` is the
    yuan's when the text names the yuan, the yen's otherwise."""
    yuan = re.search(rf"\b(?:{'|'.join(sorted(YUAN_WORDS))})\b", text) is not None
    pairs = [
        (symbol.lower(), "cny" if symbol == "¥" and yuan else currency.code)
        for currency in CURRENCIES
        if currency.graded
        for symbol in currency.symbols
    ]
    return sorted(pairs, key=lambda pair: -len(pair[0]))
