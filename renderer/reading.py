"""How written forms are read aloud: numbers, years, decades, ordinals, times, money, units,
abbreviations and misspelt words.

spoken_forms(text) lists what to say instead of parts of a sentence, as (start, end, words):
"1999" -> "nineteen ninety-nine", "4am" -> "four A M", "3:30" -> "three thirty", "5 ft." ->
"five feet", "Dr. Vale" -> "Doctor Vale", "w/" -> "with", "nxed" -> "next", "ppl" -> "people"
(renderer.spelling).
Numbers are spelt out by num2words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from renderer.spelling import corrections

MAX_DIGITS = 12  # longer numbers are read digit by digit

# Units after a number: (singular, plural).
_UNITS = {
    "ft": ("foot", "feet"), "feet": ("foot", "feet"), "foot": ("foot", "feet"),
    "mi": ("mile", "miles"), "km": ("kilometre", "kilometres"), "m": ("metre", "metres"),
    "cm": ("centimetre", "centimetres"), "mm": ("millimetre", "millimetres"),
    "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"), "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"), "mph": ("mile an hour", "miles an hour"),
    "km/h": ("kilometre an hour", "kilometres an hour"), "kph": ("kilometre an hour",
    "kilometres an hour"), "min": ("minute", "minutes"), "mins": ("minute", "minutes"),
    "hr": ("hour", "hours"), "hrs": ("hour", "hours"), "sec": ("second", "seconds"),
    "°c": ("degree Celsius", "degrees Celsius"), "°f": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"), "%": ("percent", "percent"),
}
_CURRENCY = {"$": ("dollar", "dollars"), "£": ("pound", "pounds"), "€": ("euro", "euros")}
# Abbreviations read the same wherever they stand (the full stop is part of them).
_ABBREVIATIONS = {
    "Mr.": "Mister", "Mrs.": "Missus", "Ms.": "Miz", "Prof.": "Professor", "Mt.": "Mount",
    "Jr.": "Junior", "Sr.": "Senior", "Capt.": "Captain", "Lt.": "Lieutenant",
    "Sgt.": "Sergeant", "Rev.": "Reverend", "Gen.": "General", "Col.": "Colonel",
    "ft.": "feet", "vs.": "versus", "vs": "versus", "etc.": "et cetera", "e.g.": "for example",
    "i.e.": "that is", "approx.": "approximately", "w/o": "without", "w/": "with",
    "b/c": "because", "bc": "because", "&": "and",
}
# Abbreviations whose reading depends on a name following them: (before a name, otherwise).
_BEFORE_NAMES = {"Dr.": ("Doctor", "Drive"), "St.": ("Saint", "Street"), "Ft.": ("Fort", "feet")}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+"
_PATTERN = re.compile(
    "|".join(
        (
            r"(?P<minus>(?<!\S)[-−](?=\d))",
            r"(?P<time>\b(?P<h>\d{1,2}):(?P<min>[0-5]\d)(?!\d)(?:\s?(?P<tm>[ap])\.?m\b\.?)?)",
            r"(?P<clock>\b(?P<ch>\d{1,2})\s?(?P<cm>[ap])\.?m\b\.?)",
            r"(?P<decade>\b(?P<dec>1[1-9]\d0|20\d0)'?s\b|'(?P<short>\d0)s\b)",
            r"(?P<ordinal>\b(?P<ord>\d+)(?:st|nd|rd|th)\b)",
            rf"(?P<money>(?P<cur>[$£€])(?P<amount>{_NUMBER})(?:\.(?P<cents>\d\d))?(?!\d))",
            rf"(?P<measure>(?<![\d.,])(?P<qty>(?:{_NUMBER})(?:\.\d+)?)\s?"
            r"(?P<unit>km/h|°[CcFf]|°|%|(?:ft|feet|foot|mi|km|cm|mm|kg|lbs|lb|oz|mph|kph|mins|min"
            r"|hrs|hr|sec|m|g)\b\.?))",
            r"(?P<decimal>(?<![\d.,])\d+\.\d+(?![\d.]))",
            rf"(?P<number>(?<![\d.,])(?:{_NUMBER})(?![\d]|[.,]\d))",
            r"(?P<titled>\b(?:Dr|St|Ft)\.)",
            r"(?P<abbrev>\b(?:Mrs?|Ms|Prof|Mt|Jr|Sr|Capt|Lt|Sgt|Rev|Gen|Col|ft|etc|approx)\."
            r"|\be\.g\.|\bi\.e\.|\bvs\b\.?|\bw/o\b|\bw/(?=\s|\w)|\bb/c\b|(?<!\d\s)\bbc\b"
            r"|(?<=\s)&(?=\s))",
        )
    )
)


def spoken_forms(text: str) -> list[tuple[int, int, str]]:
    """What to say instead of parts of `text`: sorted, non-overlapping (start, end, words)."""
    found = []
    for match in _PATTERN.finditer(text):
        kind = match.lastgroup
        assert kind is not None
        spoken = _READERS[kind](match)
        if match.end() == len(text.rstrip()) and match.group().endswith("."):
            spoken += "."  # the abbreviation's full stop also ended the sentence
        found.append((match.start(), match.end(), spoken))
    taken = [(a, b) for a, b, _ in found]
    for fix in corrections(text):
        if not any(a < fix.end and fix.start < b for a, b in taken):
            found.append((fix.start, fix.end, fix.read_as))
    return sorted(found)


def number_words(digits: str) -> str:
    """A whole number in words ("10,000" -> "ten thousand"); very long ones digit by digit,
    and so are ones with leading zeros ("007")."""
    digits = digits.replace(",", "")
    if len(digits) > MAX_DIGITS or (len(digits) > 1 and digits.startswith("0")):
        return " ".join(num2words(int(d)) for d in digits)
    return str(num2words(int(digits)))


def _quantity(text: str) -> tuple[str, bool]:
    """A number (maybe with decimals) in words, and whether it is exactly one."""
    whole, _, fraction = text.partition(".")
    words = number_words(whole)
    if fraction:
        words += " point " + " ".join(num2words(int(d)) for d in fraction)
    return words, whole.replace(",", "") == "1" and not fraction


def _time(match: re.Match[str]) -> str:
    hour, minutes = int(match["h"]), int(match["min"])
    if minutes == 0:
        said = f"{num2words(hour)} o'clock" if not match["tm"] else str(num2words(hour))
    elif minutes < 10:
        said = f"{num2words(hour)} oh {num2words(minutes)}"
    else:
        said = f"{num2words(hour)} {num2words(minutes)}"
    return f"{said} {match['tm'].upper()} M" if match["tm"] else said


def _clock(match: re.Match[str]) -> str:
    return f"{num2words(int(match['ch']))} {match['cm'].upper()} M"


def _decade(match: re.Match[str]) -> str:
    if match["short"]:
        return _plural(str(num2words(int(match["short"]))))
    return _plural(str(num2words(int(match["dec"]), to="year")))


def _plural(words: str) -> str:
    """"nineteen ninety" -> "nineteen nineties"."""
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _ordinal(match: re.Match[str]) -> str:
    digits = match["ord"]
    if len(digits) > MAX_DIGITS:
        return number_words(digits)
    return str(num2words(int(digits), to="ordinal"))


def _money(match: re.Match[str]) -> str:
    amount, one = _quantity(match["amount"])
    singular, plural = _CURRENCY[match["cur"]]
    said = f"{amount} {singular if one else plural}"
    if match["cents"] and int(match["cents"]):
        said += f" and {num2words(int(match['cents']))} cents"
    return said


def _measure(match: re.Match[str]) -> str:
    amount, one = _quantity(match["qty"])
    singular, plural = _UNITS[match["unit"].rstrip(".").lower()]
    return f"{amount} {singular if one else plural}"


def _decimal(match: re.Match[str]) -> str:
    return _quantity(match.group())[0]


def _number(match: re.Match[str]) -> str:
    digits = match.group().replace(",", "")
    if len(digits) == 4 and 1100 <= int(digits) <= 2099 and "," not in match.group():
        return str(num2words(int(digits), to="year"))  # a year: "nineteen ninety-nine"
    return number_words(digits)


def _titled(match: re.Match[str]) -> str:
    before_name, otherwise = _BEFORE_NAMES[match.group()]
    return before_name if _NAME_AFTER.match(match.string, match.end()) else otherwise


_NAME_AFTER = re.compile(r"\s+[A-Z]")


def _abbreviation(match: re.Match[str]) -> str:
    return _ABBREVIATIONS[match.group()]


_READERS: dict[str, Callable[[re.Match[str]], str]] = {
    "minus": lambda match: "minus ",
    "time": _time,
    "clock": _clock,
    "decade": _decade,
    "ordinal": _ordinal,
    "money": _money,
    "measure": _measure,
    "decimal": _decimal,
    "number": _number,
    "titled": _titled,
    "abbrev": _abbreviation,
}
