"""Date expressions and deadlines, normalised to YYYY, YYYY-MM or YYYY-MM-DD.

A deadline is written in many ways: "by January 2025", "January next year", "within two years",
"over the next six years", "Q1 2025", "2014/15", "the end of the decade". Absolute forms resolve
on their own; relative ones ("next month", "last Friday") resolve against the article's date, and
without one they stay unresolved (value None, `unresolved` True) rather than being guessed.

Conventions (each a judgement, each tested):
- A period running from the article's date is due at its end: "over the next six years" in 2021
  gives 2027; "over a five-year period" names a length with no start and gives no deadline.
  Years and decades give a year; months give a month; days and weeks give a day.
- A range of years ("2014-15", "by 2014/2015") is due in its later year, except after "from",
  which names when something starts ("from the 2026-2027 school year" gives 2026).
- Seasons give the year only (spring is not the same months in both hemispheres); quarters and
  halves give their last month ("Q1 2025" is due by 2025-03).
- A month named without a year ("in November") is its next occurrence from the article's date,
  this month included, because deadlines lie ahead.
- "The end of the decade" is the next year ending in 0 (2004 -> 2010, 2021 -> 2030).
- "The coming days/weeks" give the month about three weeks on, "the coming months" the year six
  months on; "the coming years" and "the years ahead" are too vague to be a deadline.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Callable, Literal

from briefs.text import CASE_TRAPS, Triggers, trim

Relation = Literal["by", "in", "from", "period", "past"]


@dataclass(slots=True, frozen=True)
class Deadline:
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    unresolved: bool  # a relative date seen, but no article date to resolve it against
    text: str  # the date expression as written ("" when none)


@dataclass(slots=True, frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None
    unresolved: bool
    relation: Relation  # how the words before it tie it to an event


MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "several": None, "few": None,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_FULL_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?<![$£€¥\d,.])(?P<year>(?:1[89]|20)\d\d)\b(?!,\d|\.\d|\s*(?:%|per\s*cent|percent))"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_NUM = r"(?P<num>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|several|few)"
_UNIT = r"(?P<unit>day|week|month|quarter|year|decade)s?"
_PART = r"(?P<part>early|earlier|mid|middle|late|later|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|end|start|beginning)"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_REL = r"(?P<rel>next|this|last|the\s+coming|the\s+following|the\s+previous|the\s+past|coming)"

_BY = re.compile(r"(?:\bby|\bbefore|\buntil|\btill|\bno\s+later\s+than|\bdue(?:\s+(?:in|on|for))?|\bin\s+time\s+for|\bahead\s+of|\bcompletion|\bdeadline(?:\s+of)?|\btarget(?:\s+of)?)\s*(?:the\s+)?$", re.I)
_FROM = re.compile(r"(?:\bfrom|\bstarting(?:\s+(?:in|from|on))?|\bbeginning(?:\s+(?:in|on))?|\bas\s+of|\bsince|\beffective)\s*(?:the\s+)?$", re.I)
_PAST = re.compile(r"(?:\bsince|\bin\s+the\s+(?:past|last)|\bearlier)\s*(?:the\s+)?$", re.I)


# ---------------------------------------------------------------- calendar helpers

def parse_iso(text: str | None) -> date | None:
    """The article's date, or None when absent or not a real YYYY-MM-DD date."""
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def ym(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def ymd(day: date) -> str:
    return day.isoformat()


def _valid_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_of(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _next_month_occurrence(month: int, today: date) -> int:
    """The year of the next `month` on or after today's month."""
    return today.year if month >= today.month else today.year + 1


def _later_year(first: str, second: str) -> int:
    """The second year of a range written "2014-15", "2014/2015" or "1999/00"."""
    if len(second) == 4:
        return int(second)
    century = int(first[:-2]) * 100
    value = century + int(second)
    return value if value > int(first) else value + 100


# ---------------------------------------------------------------- patterns

Resolver = Callable[[re.Match, "date | None"], "tuple[str | None, bool]"]
# Each pattern with its guard: groups of words (case-folded), any match holding a word of every
# group, "0" standing for any digit. A span missing a group skips the pattern's scan: most spans
# hold no date, and most figures are no year.
_Guard = tuple[tuple[str, ...], ...]
_PATTERNS: list[tuple[re.Pattern, Resolver, _Guard]] = []
_DIGIT = ("0",)
_YEARS = ("18", "19", "20")  # every year a pattern reads is 18xx, 19xx or 20xx
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_ANY_DIGIT = re.compile(r"\d")


def _pattern(regex: str, flags: int = re.I, *, needs: tuple[str, ...] | _Guard) -> Callable[[Resolver], Resolver]:
    guard = needs if isinstance(needs[0], tuple) else (needs,)
    def register(fn: Resolver) -> Resolver:
        _PATTERNS.append((re.compile(regex, flags), fn, guard))
        return fn
    return register


@cache
def _triggers() -> tuple[Triggers, frozenset[str]]:
    """The patterns' guards, and every word they hold but "0" (which `_scanned` reads apart)."""
    guards = [tuple(frozenset(group) for group in guard) for _, _, guard in _PATTERNS]
    return Triggers(guards), frozenset(w for guard in guards for group in guard for w in group if w != "0")


def _scanned(span: str, has_digit: bool) -> list[tuple[re.Pattern, Resolver]]:
    """The patterns whose guards the span passes, in order. The guard words are parts of words
    ("jan" of "January", "day" of "Monday"): looked for in the case-folded span."""
    if not span.isascii() and any(c in span for c in CASE_TRAPS):
        # Case-insensitive matching pairs four non-ASCII letters with ASCII ones that case folding
        # keeps apart or turns into more letters (dotless i, dotted I, long s, Kelvin sign): text
        # with them is scanned in full.
        return [(pattern, resolver) for pattern, resolver, _ in _PATTERNS]
    triggers, guard_words = _triggers()
    folded = span.casefold()
    present = {w for w in guard_words if w in folded}
    if has_digit:
        present.add("0")
    if not present:
        return []
    return [_PATTERNS[i][:2] for i in triggers.admitted(frozenset(present))]


def _g(m: re.Match, name: str) -> str | None:
    """A named group that only some of a resolver's patterns have."""
    return m.groupdict().get(name)


def _needs(today: date | None) -> tuple[None, bool]:
    return None, today is None


@_pattern(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", needs=(_DIGIT, ("-",)))
def _iso(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    return _valid_day(int(m["year"]), int(m["m"]), int(m["d"])), False


@_pattern(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}", needs=(_YEARS, _MONTHS))
@_pattern(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", needs=(_YEARS, _MONTHS))
def _full(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    return _valid_day(int(m["year"]), _month_of(m["month"]), int(m["day"])), False


@_pattern(rf"\b{_REL}\s+{_MONTH}\b(?!\s+\d)", needs=_MONTHS)
def _rel_month(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if today is None:
        return _needs(today)
    month, rel = _month_of(m["month"]), m["rel"].lower().split()[-1]
    if rel in ("last", "previous", "past"):
        year = today.year if month < today.month else today.year - 1
    elif rel == "this":
        year = today.year
    else:
        year = today.year if month > today.month else today.year + 1
    return f"{year:04d}-{month:02d}", False


@_pattern(rf"\b{_MONTH}\s+(?P<which>next|this|last)\s+year\b", needs=_MONTHS)
def _month_rel_year(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if today is None:
        return _needs(today)
    shift = {"next": 1, "this": 0, "last": -1}[m["which"].lower()]
    return f"{today.year + shift:04d}-{_month_of(m['month']):02d}", False


@_pattern(rf"\b(?:{_PART}[\s-]+)?{_MONTH}(?:\s+of)?,?\s+{_YEAR}", needs=(_YEARS, _MONTHS))
def _month_year(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    return f"{int(m['year']):04d}-{_month_of(m['month']):02d}", False


@_pattern(rf"\b{_DAY}(?:\s+of)?\s+{_MONTH}(?!\w|,?\s+\d)", needs=(_DIGIT, _MONTHS))
@_pattern(rf"\b{_MONTH}\s+{_DAY}\b(?![,\d]|\s+\d)", needs=(_DIGIT, _MONTHS))
def _day_month(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if today is None:
        return _needs(today)
    month = _month_of(m["month"])
    day = int(m["day"])
    year = today.year if (month, day) >= (today.month, today.day) else today.year + 1
    return _valid_day(year, month, day), False


@_pattern(rf"\b(?:{_PART}[\s-]+)?{_FULL_MONTH}(?:\s+or\s+(?:early\s+|late\s+|mid-?)?(?P<month2>January|February|March|April|May|June|July|August|September|October|November|December))?\b", needs=_MONTHS)
def _month_alone(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if not m["month"][0].isupper():
        return None, False
    if today is None:
        return _needs(today)
    month = _month_of(m["month2"] or m["month"])
    return f"{_next_month_occurrence(month, today):04d}-{month:02d}", False


@_pattern(rf"\b(?:the\s+)?{_SEASON}(?:\s+(?:of\s+)?(?:the\s+year\s+)?){_YEAR}", needs=(_YEARS, _SEASONS))
def _season_year(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    return m["year"], False


@_pattern(rf"\b(?P<which>next|this|last)\s+{_SEASON}\b", needs=_SEASONS)
@_pattern(rf"\b{_SEASON}\s+(?P<which2>next|this|last)\s+year\b", needs=_SEASONS)
def _rel_season(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if today is None:
        return _needs(today)
    which = (_g(m, "which") or _g(m, "which2")).lower()
    start = SEASONS[m["season"].lower()]
    if which == "this":
        return str(today.year), False
    if which == "last":
        return str(today.year if today.month > start + 2 else today.year - 1), False
    if _g(m, "which2"):
        return str(today.year + 1), False
    return str(today.year if today.month < start else today.year + 1), False


@_pattern(rf"(?:(?<=\bby )|(?<=\bin )|(?<=\bbefore )|(?<=\buntil )|(?<=\bover )|(?<=\bduring ))(?:the\s+)?{_SEASON}\b(?!\s+(?:of\s+)?(?:the\s+year\s+)?(?:1[89]|20)\d\d|\s+(?:next|this|last)\b|\s+(?:term|semester|session|months?|recess|break|holidays?|season|schedule|collection|range|transfer|window|statement|budget|election|games|olympics)\b)", needs=_SEASONS)
def _bare_season(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    """"by the summer", "in the autumn": the season's next occurrence from the article's date."""
    if today is None:
        return _needs(today)
    start = SEASONS[m["season"].lower()]
    return str(today.year if today.month <= start + 2 else today.year + 1), False


@_pattern(rf"\b[Qq](?P<q>[1-4])\s*(?:of\s+)?(?:'?(?P<yy>\d{{2}})\b|{_YEAR})?|\b(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of)?(?:\s+(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?{_YEAR.replace('year>', 'year2>')}|\s+(?P<rel>next|this)\s+year)?", needs=("q",))
def _quarter(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    quarter = int(m["q"]) if m["q"] else ORDINALS[m["ord"].lower()]
    year = m["year"] or m["year2"] or (f"20{m['yy']}" if m["yy"] else None)
    if year is None:
        if today is None:
            return _needs(today)
        year = str(today.year + (1 if (m["rel"] or "").lower() == "next" else 0))
    return f"{int(year):04d}-{quarter * 3:02d}", False


@_pattern(rf"\b(?:the\s+)?(?P<ord>first|second)\s+half\s+of\s+(?:{_YEAR}|(?P<rel>next|this)\s+year|the\s+year)|\bH(?P<h>[12])\s+{_YEAR.replace('year>', 'year2>')}", needs=("half", "h1", "h2"))
def _half(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    half = int(m["h"]) if m["h"] else (1 if m["ord"].lower() == "first" else 2)
    year = m["year"] or m["year2"]
    if year is None:
        if today is None:
            return _needs(today)
        year = str(today.year + (1 if (m["rel"] or "").lower() == "next" else 0))
    return f"{int(year):04d}-{half * 6:02d}", False


@_pattern(rf"\b(?:fiscal|financial)\s+(?:year\s+)?{_YEAR}|\bFY\s?(?P<fy>(?:19|20)\d\d|\d\d)\b", needs=("fiscal", "financial", "fy"))
def _fiscal(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if m["year"]:
        return m["year"], False
    fy = m["fy"]
    return (fy if len(fy) == 4 else f"20{fy}"), False


@_pattern(r"\b(?P<first>(?:1[89]|20)\d\d)\s*(?:-|/|\u2013|\u2014|to)\s*(?P<second>(?:1[89]|20)\d\d|\d\d)\b(?![\d/-])", needs=_YEARS)
def _year_range(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    later = _later_year(m["first"], m["second"])
    if later <= int(m["first"]) or later - int(m["first"]) > 20:
        return None, False
    return str(later), False


@_pattern(rf"\b(?:(?:{_PART})[\s-]+(?:of\s+)?)?{_YEAR}", needs=_YEARS)
def _year(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if not m["part"] and not _introduced(m):
        return None, False  # "2000 jobs", "a 2010 target": a number or a label, not a date
    return m["year"], False


_DATE_PREPOSITION = re.compile(
    r"(?:\b(?:in|by|until|till|before|after|from|since|of|to|during|through|throughout|for|on|"
    r"around|about|circa|than|and|or|between|the|year|early|mid|late|summer|winter|spring|autumn|"
    r"fall)|[(,\u2013\u2014-])\s*$", re.I)


def _introduced(m: re.Match) -> bool:
    """A bare year is a date when a preposition or article leads to it, or nothing follows it
    but punctuation or a capitalised word ("the 2016 Budget")."""
    text = m.string
    if _DATE_PREPOSITION.search(text[max(0, m.start() - 20):m.start()]):
        return True
    after = text[m.end():m.end() + 2].lstrip()
    return not after or not after[0].isalpha() or after[0].isupper()


@_pattern(r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+decade\b|\bthe\s+decade'?s\s+end\b", needs=("decade",))
def _decade_end(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if today is None:
        return _needs(today)
    return str((today.year // 10 + 1) * 10), False


@_pattern(rf"\b(?:(?P<part>early|late|later|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|end)[\s-]+)?(?P<which>next|this|last)\s+(?P<unit>year|month|week)\b", needs=("year", "month", "week"))
@_pattern(r"\b(?:the\s+)?end\s+of\s+the\s+(?P<unit2>year|month)\b|\b(?:the\s+)?(?:year[\s-]end|end[\s-]year)\b", needs=("year", "month", "week"))
def _rel_unit(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if today is None:
        return _needs(today)
    which = (_g(m, "which") or "this").lower()
    unit = (_g(m, "unit") or _g(m, "unit2") or "year").lower()
    shift = {"next": 1, "this": 0, "last": -1}[which]
    if unit == "year":
        return str(today.year + shift), False
    if unit == "month":
        return ym(add_months(today, shift)), False
    return ymd(today + timedelta(weeks=shift)), False


@_pattern(r"\b(?:the\s+)?(?:coming|next\s+few|next\s+couple\s+of)\s+(?P<unit>days|weeks|months|years)\b|\b(?:the\s+)?(?P<unit2>days|weeks|months|years)\s+ahead\b", needs=("day", "week", "month", "year"))
def _coming(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    unit = (m["unit"] or m["unit2"]).lower()
    if unit == "years":
        return None, False
    if today is None:
        return _needs(today)
    if unit == "months":
        return str(add_months(today, 6).year), False
    return ym(today + timedelta(weeks=3)), False


@_pattern(rf"\b(?:(?:over|during|within|in|for)\s+)?(?:the\s+)?(?P<rel>next|following|coming)\s+(?:{_NUM}\s+)?{_UNIT}|\b(?P<prep>within|in|over|after)\s+(?:(?:the|a)\s+)?{_NUM.replace('num>', 'num2>')}[\s-]+{_UNIT.replace('unit>', 'unit2>')}(?:'?\s*time)?(?!\s*(?:ago|earlier|before))|\b{_NUM.replace('num>', 'num3>')}[\s-]+{_UNIT.replace('unit>', 'unit3>')}\s+(?:from\s+now|hence|period)|\b(?:a|an|the|its|their)\s+{_NUM.replace('num>', 'num4>')}-(?P<unit4>day|week|month|year)\b", needs=("day", "week", "month", "quarter", "year", "decade"))
def _period(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    count = _number(m["num"] or m["num2"] or m["num3"] or m["num4"]) if (m["num"] or m["num2"] or m["num3"] or m["num4"]) else 1
    unit = (m["unit"] or m["unit2"] or m["unit3"] or m["unit4"]).lower().rstrip("s")
    if count is None or count > 100:
        return None, False
    if m["rel"] and m["rel"].lower() == "following":
        return None, False  # "the following year" counts from an event, not from the article
    if m["rel"] and m["rel"].lower() == "coming" and not m["num"]:
        return None, False  # "the coming years": no length; the "coming" pattern reads it
    if re.match(r"\s+period\b", m.string[m.end():m.end() + 8]) and re.search(r"\b(?:a|an)\s", m.group(0), re.I):
        return None, False  # "over a five-year period": a length with no start, so no end either
    if today is None:
        return _needs(today)
    return _shift(today, count, unit), False


def _shift(today: date, count: int, unit: str) -> str:
    if unit == "decade":
        return str(today.year + 10 * count)
    if unit == "year":
        return str(today.year + count)
    if unit == "quarter":
        return ym(add_months(today, 3 * count))
    if unit == "month":
        return ym(add_months(today, count))
    days = count * (7 if unit == "week" else 1)
    return ymd(today + timedelta(days=days))


@_pattern(rf"\b{_NUM}\s+(?P<unit>day|week|month|year)s?\s+ago\b", needs=("ago",))
def _ago(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    count = _number(m["num"])
    if today is None or count is None:
        return _needs(today) if count is not None else (None, False)
    return _shift(today, -count, m["unit"].lower()), False


@_pattern(r"\b(?P<which>last|next|this|on|by|from|until|before)?\s*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+\d)", needs=("day",))
def _weekday(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if today is None:
        return _needs(today)
    target = WEEKDAYS[m["wd"].lower()]
    which = (m["which"] or "").lower()
    if which == "last":
        back = (today.weekday() - target) % 7 or 7
        return ymd(today - timedelta(days=back)), False
    ahead = (target - today.weekday()) % 7
    if which == "next" and ahead == 0:
        ahead = 7
    return ymd(today + timedelta(days=ahead)), False


@_pattern(r"\b(?P<word>today|tonight|tomorrow|yesterday)\b", needs=("today", "tonight", "tomorrow", "yesterday"))
def _deictic(m: re.Match, today: date | None) -> tuple[str | None, bool]:
    if today is None:
        return _needs(today)
    shift = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[m["word"].lower()]
    return ymd(today + timedelta(days=shift)), False


# ---------------------------------------------------------------- finding and choosing

_PAST_WORDS = re.compile(r"\b(?:last|ago|yesterday|previous|past|earlier)\b", re.I)


def find_dates(text: str, start: int = 0, end: int | None = None,
               article_date: str | None = None) -> list[DateMention]:
    """Every date expression in text[start:end], longest first where they overlap, in order."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    return list(_find_dates(text, start, end, article_date))


@lru_cache(maxsize=64)
def _find_dates(text: str, start: int, end: int, article_date: str | None) -> tuple[DateMention, ...]:
    """Memoised: a goal's clause and its parts are read for dates several times over. The memo
    holds about one article's spans (an article asks for 40 at most), so it saves repeats within
    an article and keeps no corpus alive."""
    scans = _scanned(text[start:end], _ANY_DIGIT.search(text, start, end) is not None)
    if not scans:
        return ()
    today = parse_iso(article_date)
    found: list[tuple[int, int, re.Match, Resolver]] = []
    for pattern, resolver in scans:
        for m in pattern.finditer(text, start, end):
            if m.end() > m.start() and m.group().strip():
                found.append((m.start(), m.end(), m, resolver))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[DateMention] = []
    taken_end = -1
    for s, e, m, resolver in found:
        s, e = trim(text, s, e)
        if s < taken_end or s >= e:
            continue
        try:
            value, unresolved = resolver(m, today)
        except (ValueError, OverflowError, KeyError):  # beyond the calendar (year 10000), or a
            # look-alike letter the pattern matched but the lookup lacks ("tonıght"): not a date
            continue
        if value is None and not unresolved or value is not None and not _VALUE.fullmatch(value):
            continue  # nothing resolved, or a year outside 1000-9999
        out.append(DateMention(s, e, text[s:e], value, unresolved, _relation(text, s, e, m, value, today)))
        taken_end = e
    return tuple(out)


# Compiled once: `_relation` runs for every date found, and re's own cache costs a look-up a call.
_AHEAD_WORDS = re.compile(r"\b(?:next|coming)\b")
_END_OR_BY = re.compile(r"(?:the\s+)?end|by\b")
_NUMBER_TO_NUMBER = re.compile(r"\d\s+to\s+\d")
_PERIOD_WORDS = re.compile(r"\b(?:next|coming|within|over|period|decade)\b|\d+\s*-\s*(?:year|month)")
_PERIOD_BEFORE = re.compile(r"\b(?:over|within|for)\s*$", re.I)


# The day a thing was said: "said on Wednesday (it will ...)", "announced today", "told reporters
# on Monday", "Acme on Tuesday said": the date tells when the words were spoken, which is past for
# what they report, never its deadline. "To be announced on Friday" is a future event, left alone.
_SAYING = (r"said|says|told|tells|announced|announces|confirmed|confirms|stated|revealed|disclosed|"
           r"unveiled|reported|added|promised|pledged|vowed|warned|insisted|indicated")
_SAID_BEFORE = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:" + _SAYING + r")"
                          r"(?:\s+(?:reporters|journalists|investors|analysts|parliament|[A-Z][\w.&'-]*)){0,3}"
                          r"(?:\s+(?:late|early|earlier))?\s*$")
_SAID_AFTER = re.compile(r",?\s+(?:" + _SAYING + r")\b")


def _said_on(text: str, s: int, e: int, before: str) -> bool:
    return _SAID_BEFORE.search(before) is not None or _SAID_AFTER.match(text, e, e + 16) is not None


def _relation(text: str, s: int, e: int, m: re.Match, value: str | None, today: date | None) -> Relation:
    before = text[max(0, s - 40):s]
    words = m.group().lower()
    if _PAST_WORDS.search(words) and not _AHEAD_WORDS.search(words) or _PAST.search(before):
        return "past"
    if _said_on(text, s, e, before):
        return "past"
    if value and today and _end_of(value) < today:
        return "past"
    if _BY.search(before) or _END_OR_BY.match(words) or _NUMBER_TO_NUMBER.search(words):
        return "by"
    if _FROM.search(before):
        return "from"
    if _PERIOD_WORDS.search(words) or _PERIOD_BEFORE.search(before):
        return "period"
    return "in"


def _end_of(value: str) -> date:
    """The last day a YYYY[-MM[-DD]] value covers (the calendar's end if out of its range)."""
    try:
        return _end_of_unchecked(value)
    except (ValueError, OverflowError):
        return date.max


def _end_of_unchecked(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return add_months(date(parts[0], parts[1], 1), 1) - timedelta(days=1)
    return date(parts[0], 12, 31)


def _start_of(value: str) -> date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return date(parts[0], parts[1], parts[2])
    except (ValueError, OverflowError):
        return date.max


_VALUE = re.compile(r"[1-9]\d{3}(?:-\d\d(?:-\d\d)?)?")

_RANK = {"by": 3, "period": 3, "in": 2, "from": 1, "past": 0}


def pick_deadline(mentions: list[DateMention]) -> DateMention | None:
    """The mention a goal is due by: a "by"/period date over a plain one over a "from" date, and
    among equals the latest (a goal is due when all of it is). Past dates are never deadlines."""
    live = [m for m in mentions if m.relation != "past"]
    if not live:
        return None
    best = max(_RANK[m.relation] for m in live)
    ranked = [m for m in live if _RANK[m.relation] == best]
    resolved = [m for m in ranked if m.value]
    if not resolved:
        return ranked[0]
    if best == 1:  # "from X": when it starts
        return min(resolved, key=lambda m: _start_of(_from_value(m)))
    return max(resolved, key=lambda m: _end_of(m.value or "0001"))


def _from_value(mention: DateMention) -> str:
    return mention.value or "0001"


def from_year(mention: DateMention) -> str | None:
    """A "from" range ("from the 2026-2027 school year") starts in its first year."""
    m = re.search(r"\b((?:1[89]|20)\d\d)\s*(?:-|/|\u2013)\s*(?:\d{2}|\d{4})\b", mention.text)
    return m.group(1) if m else mention.value


def deadline_of(mention: DateMention | None) -> Deadline:
    if mention is None:
        return Deadline(None, False, "")
    value = from_year(mention) if mention.relation == "from" else mention.value
    return Deadline(value, mention.unresolved, mention.text)


def normalise_date(phrase: str, article_date: str | None) -> Deadline:
    """The first date expression of a phrase, resolved, whether past or future ("last Friday")."""
    mentions = find_dates(phrase or "", article_date=article_date)
    if not mentions:
        return Deadline(None, False, "")
    first = mentions[0]
    value = from_year(first) if first.relation == "from" else first.value
    return Deadline(value, first.unresolved, first.text)


def resolve_deadline(phrase_or_text: str, article_date: str | None) -> Deadline:
    """The deadline a phrase or a clause states, resolved against the article's date."""
    text = phrase_or_text or ""
    return deadline_of(pick_deadline(find_dates(text, article_date=article_date)))
