"""Find the date of an issue in running text: "1 mei 2024", "May 1, 2024", "1. Mai 2024"."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni ": 6, "juli ": 7,
    "oktober ": 10, "dezember": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
MONTHS = {k.strip(): v for k, v in MONTHS.items()}
# Abbreviations: "jan", "feb", "mrt", "apr", "aug", "sep(t)", "okt", "oct", "nov", "dec", "dez".
ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12, "dez": 12,
}
_MONTH_WORDS = sorted(list(MONTHS) + list(ABBREVIATIONS), key=len, reverse=True)
_MONTH_RE = "(?P<month>" + "|".join(re.escape(m) for m in _MONTH_WORDS) + r")\.?"

# 1 mei 2024 / 1. Mai 2024 / 1er mai 2024 / 1st May 2024
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:\.|st|nd|rd|th|er|e)?\s+" + _MONTH_RE + r",?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# May 1, 2024 / May 1st 2024
_MONTH_DAY_YEAR = re.compile(
    r"\b" + _MONTH_RE + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# 01-05-2024 / 1.5.2024 / 01/05/2024 (day first, as in Dutch and German usage)
_NUMERIC_DMY = re.compile(r"\b(?P<day>[0-3]?\d)[-./](?P<month>[01]?\d)[-./](?P<year>(?:19|20)\d\d)\b")


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or ABBREVIATIONS.get(word)


def _make(year: str, month: int | str | None, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """All full dates in ``text`` as (offset, date), in order of appearance."""
    found: list[tuple[int, dt.date]] = []
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for m in pattern.finditer(text):
            date = _make(m["year"], _month_number(m["month"]), m["day"])
            if date:
                found.append((m.start(), date))
    for pattern in (_ISO, _NUMERIC_DMY):
        for m in pattern.finditer(text):
            date = _make(m["year"], m["month"], m["day"])
            if date:
                found.append((m.start(), date))
    found.sort(key=lambda item: item[0])
    return found


def first_date(text: str) -> dt.date | None:
    dates = find_dates(text)
    return dates[0][1] if dates else None


def is_date_line(line: str) -> bool:
    """True when a line is nothing but a date (optionally with a weekday or issue label)."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return False
    dates = find_dates(stripped)
    if not dates:
        return False
    rest = stripped
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO, _NUMERIC_DMY):
        rest = pattern.sub(" ", rest)
    # What is left may be a weekday or a short label such as "Nieuwsbrief |".
    return len(re.findall(r"\w+", rest)) <= 3
