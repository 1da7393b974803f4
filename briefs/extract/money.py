"""Every money amount in an article; `kind` says which are funding.

An amount is a number with its currency written before it ($, US$, £, RMB) or after it (yuan, euros,
USD), its multiplier (30m, 4.2bn, 1.5 trillion, £7million) and the qualifier in front of it (no less
than, up to). A conversion in brackets right after it ("30m yuan ($4.2m)") is part of the same item,
as `equivalents`. Vague sums ("billions of pounds") have no number and are not items; neither are
units that are not ISO 4217 money (bitcoin).

Whether an amount is funding is read from the words around it (verbs, the noun it describes, the
noun whose value it gives), never from the amount; the word lists are data in `lexicon/`.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from decimal import Decimal
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from heapq import merge
from typing import Iterator

from briefs.extract.lexicon import lines, words
from briefs.extract.names import Names
from briefs.model import Equivalent, Funding
from briefs.text import ParsedArticle, Sentence

# ---------------------------------------------------------------- the currency table


@dataclass(slots=True, frozen=True)
class _Form:
    text: str
    currency: str  # ISO 4217 or a *group resolved per article
    prefix: bool
    suffix: bool


@cache
def _forms() -> tuple[_Form, ...]:
    out = []
    for line in lines("currencies.tsv"):
        parts = [part.strip() for part in line.split("\t")]
        if len(parts) > 3:
            continue  # a subunit ("pence"): read by _subunits
        form, currency, position = parts
        out.append(_Form(form, currency, position in ("prefix", "both"), position in ("suffix", "both")))
    return tuple(out)


@cache
def _subunits() -> tuple[tuple[re.Pattern[str], str, float, re.Pattern[str]], ...]:
    """Subunits written after a number ("87.5 pence", "99p", "50 cents"): each form's pattern,
    currency, the share of the main unit it is, and the pattern's guard: a digit just before
    the form, which an article must hold for the pattern to match (most hold no subunit). A
    single letter must be attached ("99p")."""
    out = []
    for line in lines("currencies.tsv"):
        parts = [part.strip() for part in line.split("\t")]
        if len(parts) <= 3:
            continue
        form, currency, _, share = parts[:4]
        gap = "" if len(form) == 1 else r"[ \t\u00a0]?" if len(form) <= 2 else r"[ \t\u00a0]+"
        body = r"\s+".join(re.escape(w) for w in form.split())
        flags = 0 if len(form) <= 2 else re.IGNORECASE
        pattern = re.compile(rf"(?<![\w.,$\u00a3\u20ac\u00a5])(?P<n>{_NUM}){gap}(?:{body})(?![A-Za-z0-9])", flags)
        out.append((pattern, currency, float(share), re.compile(rf"\d{gap}(?:{body})", flags)))
    return tuple(out)


def _is_word_form(form: str) -> bool:
    """Currency words ("yuan", "Swiss francs") match in any case; symbols and codes ("Rs", "RMB")
    only as written."""
    return form[:1].islower() or (" " in form and form.split()[-1].islower())


@cache
def _form_lookup() -> dict[str, _Form]:
    table: dict[str, _Form] = {}
    for f in _forms():
        for key in (f.text, f.text.lower()) if _is_word_form(f.text) else (f.text,):
            table.setdefault(_squash(key), f)
    return table


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _lookup_form(text: str) -> _Form | None:
    table = _form_lookup()
    key = _squash(text)
    return table.get(key) or table.get(key.lower())


@dataclass(slots=True, frozen=True)
class _Reading:
    currency: str
    cues: tuple[str, ...]


@cache
def _groups() -> dict[str, tuple[_Reading, ...]]:
    groups: dict[str, list[_Reading]] = {}
    for line in lines("currency_places.tsv"):
        group, currency, *rest = (part.strip() for part in line.split("\t"))
        cues = rest[0] if rest else ""  # a default with no cues of its own
        groups.setdefault(group, []).append(_Reading(currency, tuple(c for c in cues.split("|") if c)))
    return {k: tuple(v) for k, v in groups.items()}


def _count_cue(cue: str, text: str) -> int:
    if cue not in text:  # most cues are absent: a substring test skips the regex scan
        return 0
    return len(_cue_pattern(cue).findall(text))


@cache
def _cue_pattern(cue: str) -> re.Pattern:
    if cue.startswith("."):  # a web domain ending: ".nz" in "scoop.co.nz/..."
        return re.compile(re.escape(cue) + r"(?![A-Za-z0-9-])")
    # the look-behind comes after the cue (testing the character before it): a pattern opening
    # with the cue's letters is searched for as a string, one opening with a look-behind is tried
    # at every character
    left = rf"(?<![\w$]{re.escape(cue)})" if cue[0].isalnum() else ""
    right = r"(?![\w])" if cue[-1].isalnum() else ""
    return re.compile(re.escape(cue) + left + right)


class _Locale:
    """Which currency an ambiguous form ($, ¥, kroner, Rs) means in one article, read from the
    article's own words: its places and institutions, and explicit forms such as NZ$."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._chosen: dict[str, str] = {}

    def resolve(self, currency: str) -> str:
        if not currency.startswith("*"):
            return currency
        if currency not in self._chosen:
            self._chosen[currency] = self._choose(_groups().get(currency, ()))
        return self._chosen[currency]

    def _choose(self, readings: tuple[_Reading, ...]) -> str:
        if not readings:
            return "XXX"
        counts = [sum(_count_cue(c, self._text) for c in r.cues) for r in readings]
        default = counts[0]
        best = max(range(1, len(readings)), key=lambda i: counts[i], default=0)
        if best and counts[best] >= 2 and counts[best] > 2 * default:
            return readings[best].currency
        return readings[0].currency


# ---------------------------------------------------------------- the amount pattern

# Thousands grouped by commas ("49,000") or, in Australian, NZ and European style, by a single space,
# thin space or no-break space ("49 000"): each group after the first has exactly three digits.
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,.])|\d+)(?:\.\d+)?(?![\d])"
_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "half a": 0.5,
}
_MULTIPLIERS = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
    "billion": 1e9, "tn": 1e12, "trn": 1e12, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5,
    "crore": 1e7, "crores": 1e7, "lakh crore": 1e12, "lakh crores": 1e12, "thousand crore": 1e10,
    "thousand crores": 1e10,
}
# Written with or without a space ("30 million", "£7million", "4.2bn", "$1.5-billion").
# Indian English compounds them: "Rs 2.5 lakh crore" is 2.5 trillion rupees.
_MULT_WORD = (r"(?i:(?:lakh|thousand)[ \t\u00a0]+crores?|thousand|million|billion|trillion|crores?|lakhs?"
              r"|bn|mn|mln|tn|trn)(?![A-Za-z])")
# Single letters only when attached ("30m", "$5k", "$2B"), never "30 m" (metres).
_MULT_LETTER = r"(?:[mMbBkK])(?![A-Za-z0-9])"


def _mult(word_group: str, letter_group: str) -> str:
    return rf"(?:(?:[ \t\u00a0]{{1,3}}|-|)(?P<{word_group}>{_MULT_WORD})|(?P<{letter_group}>{_MULT_LETTER}))"

_RANGE = r"(?:[ \t]?(?:-|\u2013|to)[ \t]?)"


def _alternation(forms: list[str], words: bool) -> str:
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        pattern = r"\s+".join(re.escape(p) for p in form.split(" "))
        parts.append(pattern)
    body = "|".join(parts)
    return f"(?i:{body})" if words else f"(?:{body})"


@cache
def _pattern() -> re.Pattern[str]:
    prefixes = [f.text for f in _forms() if f.prefix]
    suffix_words = [f.text for f in _forms() if f.suffix and _is_word_form(f.text)]
    suffix_codes = [f.text for f in _forms() if f.suffix and not _is_word_form(f.text)]
    pre = _alternation(prefixes, False)
    suf = f"(?:{_alternation(suffix_words, True)}|{_alternation(suffix_codes, False)})(?![A-Za-z])"
    words = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))
    mult_words = r"(?i:thousand|million|billion|trillion)"
    m1 = _mult("mw1", "ml1")
    m2 = _mult("mw2", "ml2")
    before = (
        rf"(?<![A-Za-z0-9$\u00a3\u20ac\u00a5])(?P<pre>{pre})[ \t\u00a0]?"
        rf"(?P<n1>{_NUM})(?:{_RANGE}(?P<r1>{_NUM}))?{m1}?"
        rf"(?:[ \t\u00a0]+(?P<suf1>{suf}))?"
    )
    after = (
        rf"(?<![\w.,$\u00a3\u20ac\u00a5])(?:(?P<n2>{_NUM})(?:{_RANGE}(?P<r2>{_NUM}))?{m2}?"
        rf"|(?P<wn>(?i:{words}))[ \t]+(?P<ww>(?i:{mult_words}))(?![A-Za-z]))"
        # "a 2.25-billion-dollar deal": a hyphen joins the currency word only after a multiplier
        rf"(?:[ \t\u00a0]{{1,3}}|(?<=[A-Za-z])-)(?P<suf2>{suf})"
    )
    return re.compile(f"{before}|{after}")


@cache
def _qualifier_meanings() -> dict[str, str]:
    table = {}
    for line in lines("money_qualifiers.txt"):
        phrase, _, meaning = line.partition("\t")
        table[" ".join(phrase.lower().split())] = meaning.strip() or phrase.strip()
    return table


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    quals = sorted(_qualifier_meanings(), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in q.split()) for q in quals)
    return re.compile(rf"(?i)(?<![A-Za-z])({body})[ \t\u00a0]+$")


# ---------------------------------------------------------------- raw amounts


@dataclass(slots=True)
class _Amount:
    start: int
    end: int
    values: list[float]  # one, or two for a range ("$2-3 million")
    currency: str  # resolved ISO 4217
    bare_dollar: bool  # written with a plain "$" or "dollars"
    multiplied: bool


_GROUPING = re.compile(r"[,\s\u00a0\u2009\u202f]")


def _number(text: str) -> float:
    return float(_GROUPING.sub("", text))


def _scaled(number: str, multiplier: float) -> float:
    """number x multiplier without binary rounding: "4.1" billion is 4100000000, not 4099999999.99."""
    return float(Decimal(_GROUPING.sub("", number)) * Decimal(repr(multiplier)))


def _multiplier(m: re.Match[str], word: str, letter: str) -> float:
    token = m.group(word) or m.group(letter)
    return _MULTIPLIERS.get(" ".join(token.lower().split()), 1.0) if token else 1.0


def _currency_of(m: re.Match[str], locale: _Locale) -> tuple[str, bool] | None:
    form = _lookup_form(m.group("pre") or m.group("suf2") or "")
    if form is None:
        return None
    currency = locale.resolve(form.currency)
    if currency == _NO_MONEY or (m.group("pre") and not _letter_prefix_ok(m)):
        return None
    if m.group("pre") and m.group("suf1"):
        extra = _lookup_form(m.group("suf1"))
        if extra is None or locale.resolve(extra.currency) != currency:
            return None  # "$5m yuan" is not one amount; the caller retries without the word
    return currency, form.currency == "*dollar"


_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|since|by|until|till|before|after|during|from|of)\s+$")


def _amount(m: re.Match[str], text: str, locale: _Locale) -> _Amount | None:
    resolved = _currency_of(m, locale)
    end = m.end()
    if resolved is None and m.group("suf1"):
        end = m.start("suf1")
        resolved = _currency_of_prefix(m.group("pre"), locale)
        while end > m.start() and text[end - 1].isspace():
            end -= 1
    if resolved is None:
        return None
    currency, bare = resolved
    if m.group("wn"):
        values = [_WORD_NUMBERS[_squash(m.group("wn")).lower()] * _MULTIPLIERS[m.group("ww").lower()]]
        return _Amount(m.start(), end, values, currency, bare, True)
    if m.group("pre"):
        n, r, mult = m.group("n1"), m.group("r1"), _multiplier(m, "mw1", "ml1")
    else:
        n, r, mult = m.group("n2"), m.group("r2"), _multiplier(m, "mw2", "ml2")
        if _looks_like_year(m, n, r, mult, text):
            return None
        if _weight_not_money(m, text):
            return None
    values = [_scaled(n, mult)] + ([_scaled(r, mult)] if r else [])
    if r and _number(r) <= _number(n):  # "2014-15", "5-1": not a range of money
        values = values[:1]
    return _Amount(m.start(), end, values, currency, bare, mult != 1.0)


def _currency_of_prefix(pre: str | None, locale: _Locale) -> tuple[str, bool] | None:
    form = _lookup_form(pre or "")
    if form is None or locale.resolve(form.currency) == _NO_MONEY:
        return None
    return locale.resolve(form.currency), form.currency == "*dollar"


_NO_MONEY = "-"  # a *letter group's default: the letter is no currency in this article


def _letter_prefix_ok(m: re.Match[str]) -> bool:
    """A lone capital before a number ("N1.6bn", "R450,000") is money only attached to a figure that
    is plainly a sum: with a multiplier, thousands grouping or three digits or more. "N95 masks",
    "R2 road" and "N 5" are not."""
    pre = m.group("pre")
    if len(pre) != 1 or not pre.isalpha():
        return True
    n = m.group("n1")
    if m.start("n1") != m.end("pre"):
        return False
    return bool(m.group("mw1") or m.group("ml1") or "," in n or len(n.split(".")[0]) >= 3)


def _looks_like_year(m: re.Match[str], n: str, r: str | None, mult: float, text: str) -> bool:
    """"in 2002 euros were..." is a year followed by a currency word, not 2,002 euros."""
    if mult != 1.0 or r or not re.fullmatch(r"(?:19|20)\d\d", n):
        return False
    return bool(_YEAR_BEFORE.search(text[max(0, m.start() - 12):m.start()]))


def _weight_not_money(m: re.Match[str], text: str) -> bool:
    """"5,000 pounds of beef" weighs; "£5,000" and "5,000 pounds (sterling)" pay."""
    if not re.fullmatch(r"(?i)pounds?", _squash(m.group("suf2") or "")):
        return False
    return bool(re.match(r"\s+of\b", text[m.end():m.end() + 6]))


def _scan(text: str, locale: _Locale) -> list[_Amount]:
    out = _scan_subunits(text, locale)  # first: "20 euro cents" is not 20 euros
    taken = [(a.start, a.end) for a in out]
    for m in _matches(text):
        amount = _amount(m, text, locale)
        if amount is None or any(a < amount.end and amount.start < b for a, b in taken):
            continue
        if all(v > 0 and math.isfinite(v) for v in amount.values):
            out.append(amount)
    out.sort(key=lambda a: a.start)
    return out


# Every amount holds a digit or, written in words, a multiplier ("half a million pounds"): its first
# digit run or multiplier word lies at most a currency form and white space after the amount's start.
# Both patterns open with a character class, which the regex engine searches for fast.
_DIGITS = re.compile(r"\d(?<!\d\d)")  # where a run of digits starts
# The same in ASCII text (most articles): a range test a character, where \d asks Unicode's tables.
_ASCII_DIGITS = re.compile(r"[0-9](?<![0-9][0-9])")
_MULTIPLIER_WORD = re.compile(r"[TtMmBb](?i:housand|rillion|illion)")  # no other letter folds to t, m or b
_NO_START_AFTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789$\u00a3\u20ac\u00a5")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """What `_pattern().finditer(text)` finds, the pattern tried only in the few places before each
    digit run or multiplier word where an amount can start: scanning every character of the
    article with it cost more than all the rest of the panel."""
    pattern = _pattern()
    pos = 0
    digits = _ASCII_DIGITS if text.isascii() else _DIGITS
    anchors = merge((m.start() for m in digits.finditer(text)), (m.start() for m in _MULTIPLIER_WORD.finditer(text)))
    for anchor in anchors:
        if anchor < pos:
            continue
        for start in range(max(pos, _reach(text, anchor)), anchor + 1):
            # both branches of the pattern open with a look-behind refusing these characters
            if start and text[start - 1] in _NO_START_AFTER:
                continue
            m = pattern.match(text, start)
            if m:
                yield m
                pos = m.end()
                break


@cache
def _longest_lead() -> int:
    """The longest run without white space that can come before an amount's first digit or
    multiplier: a part of a currency form written before the number, or of a number word."""
    pieces = [p for f in _forms() if f.prefix for p in f.text.split()] + [p for w in _WORD_NUMBERS for p in w.split()]
    return max(len(p) for p in pieces)


def _reach(text: str, anchor: int) -> int:
    """How far before an anchor an amount can start: white space, a piece of a currency form or
    number word, white space, another piece (a form or number word has two pieces at most)."""
    longest = _longest_lead()
    pos = anchor
    for _ in range(2):
        while pos and text[pos - 1].isspace():
            pos -= 1
        stop = max(0, pos - longest)
        while pos > stop and not text[pos - 1].isspace():
            pos -= 1
        if pos and not text[pos - 1].isspace():
            break  # a longer run: the amount starts within it
    return pos


def _scan_subunits(text: str, locale: _Locale) -> list[_Amount]:
    out: list[_Amount] = []
    taken: list[tuple[int, int]] = []
    for pattern, currency, share, guard in _subunits():
        if not guard.search(text):
            continue
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            value = _scaled(m.group("n"), share)
            if value > 0 and math.isfinite(value):
                out.append(_Amount(m.start(), m.end(), [value], locale.resolve(currency),
                                   currency == "*dollar", False))
                taken.append((m.start(), m.end()))
    return out


# ---------------------------------------------------------------- items: qualifiers, conversions

_GAP_BEFORE_BRACKET = re.compile(r"(?:[ \t]+[A-Za-z][A-Za-z'\u2019.]*){0,4}?[ \t]*\(")
_BRACKET_SEPARATOR = re.compile(r"\s*(?:;|,|/|\bor\b|\band\b)\s*")
_EACH = re.compile(r"[ \t]+(?:each|apiece)\b")


@dataclass(slots=True)
class _Item:
    start: int  # qualifier included
    end: int  # bracketed conversion included
    amount: _Amount
    qualifier: str | None
    equivalents: list[Equivalent] = field(default_factory=list)
    inherited: bool = False  # a bare "38m" reading its currency from the amount before it


def _qualifier(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier written just before an amount, and where it starts."""
    base = max(0, start - 30)
    m = _qualifier_pattern().search(text[base:start])
    if not m:
        return None, start
    phrase = " ".join(m.group(1).lower().split())
    return _qualifier_meanings().get(phrase, phrase), base + m.start(1)


def _conversions(text: str, amount: _Amount, following: list[_Amount]) -> tuple[list[_Amount], int]:
    """Amounts in a bracket just after `amount` ("($4.2m)", "(£53m; $100m)", "in the UK (149
    euros)"), when the bracket holds nothing but amounts, and where the bracket closes."""
    gap = _GAP_BEFORE_BRACKET.match(text, amount.end)
    if not gap or not following:
        return [], amount.end
    pos = gap.end()
    found = []
    for candidate in following:
        head = text[pos:candidate.start]
        qual = _qualifier_pattern().search(head) if head.strip() else None
        lead = head[:qual.start(1)] if qual else head
        if lead.strip() and not (found and _BRACKET_SEPARATOR.fullmatch(lead)):
            break
        found.append(candidate)
        pos = candidate.end
    close = re.match(r"[ \t]*\)", text[pos:])
    if not found or not close:
        return [], amount.end
    return found, pos + close.end()


def _items(text: str, amounts: list[_Amount]) -> list[_Item]:
    items = []
    i = 0
    while i < len(amounts):
        amount = amounts[i]
        inner, end = _conversions(text, amount, amounts[i + 1:i + 5])
        qualifier, start = _qualifier(text, amount.start)
        item = _Item(start, end, amount, qualifier)
        for conv in inner:
            currency = conv.currency
            if conv.bare_dollar and currency == amount.currency:
                currency = "USD"  # "NZ$14m ($8m)": a conversion into the same money is US dollars
            if currency != amount.currency:
                item.equivalents.extend(Equivalent(v, currency) for v in conv.values[:1])
        each = _EACH.match(text, item.end)
        if each:
            item.end = each.end()
        items.append(item)
        i += 1 + len(inner)
    _share_multipliers(text, items)
    return items


def _share_multipliers(text: str, items: list[_Item]) -> None:
    """"between $2 and $3 million", "$2 to $3m": the first bound takes the second's multiplier."""
    for a, b in zip(items, items[1:]):
        if a.amount.multiplied or not b.amount.multiplied or a.amount.currency != b.amount.currency:
            continue
        if not re.fullmatch(r"\s*(?:-|\u2013|to|and|or)\s*", text[a.end:b.start]):
            continue
        scale = round(b.amount.values[0] / _bare_number(text, b.amount))
        if scale > 1 and a.amount.values[0] < _bare_number(text, b.amount):
            a.amount.values = [float(Decimal(repr(v)) * scale) for v in a.amount.values]
            a.amount.multiplied = True


def _bare_number(text: str, amount: _Amount) -> float:
    m = re.search(_NUM, text[amount.start:amount.end])
    return _number(m.group()) if m else 1.0


_BARE = re.compile(
    rf"(?<![\w.,$\u00a3\u20ac\u00a5])(?P<n>{_NUM})(?:(?:[ \t]|-|)(?P<w>{_MULT_WORD})|(?P<l>{_MULT_LETTER}))")
_BARE_LEAD = re.compile(
    r"(?i)(?:\bfrom|\bto|\bthan|\band|\bor|\bversus|\bvs\.?|\bagainst|\bcompared with|-|\u2013)[ \t]*$")
_BARE_NEXT_OK = frozenset(
    "in on at a an per for last this the from to and or by over during earlier previously before "
    "higher lower more less a year".split())


def _inherited(parsed: ParsedArticle, items: list[_Item]) -> list[_Item]:
    """"77m euros ..., up from 38m in the same period": a bare sum compared with an amount in the
    same sentence is in that amount's currency. Not when a unit follows ("4.4 million people")."""
    text = parsed.text
    out: list[_Item] = []
    if not items:
        return out  # nothing to inherit from
    starts = [it.start for it in items]
    for m in _BARE.finditer(text):
        before = bisect_right(starts, m.start()) - 1
        if before < 0 or items[before].end > m.start():
            continue  # no amount before it, or inside one
        if not _BARE_LEAD.search(text[max(0, m.start() - 16):m.start()]):
            continue
        sentence = parsed.sentence_at(m.start())
        if sentence is None or items[before].start < sentence.start:
            continue
        prior = [items[before]]
        nxt = re.match(r"[ \t]*([A-Za-z]+)", text[m.end():m.end() + 20])
        if nxt and nxt.group(1).lower() not in _BARE_NEXT_OK:
            continue
        scale = _MULTIPLIERS.get((m.group("w") or m.group("l")).lower(), 1.0)
        model = prior[-1].amount
        value = _scaled(m.group("n"), scale)
        if not value > 0:
            continue
        amount = _Amount(m.start(), m.end(), [value], model.currency,
                         model.bare_dollar, True)
        qualifier, start = _qualifier(text, m.start())
        out.append(_Item(start, m.end(), amount, qualifier, inherited=True))
    return out


# ---------------------------------------------------------------- tokens and cues

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*|\d[\d,.]*%?|[^\s\w]")
_LINKERS = frozenset("""
of at to from by for totalling totaling total was were is are be been being will would could should
may might can came come comes in stood stands stand rose rise rises fell falls hit reached reach
reaches amounted amounting amount exceed exceeded exceeds a an the further additional extra another
its their his her our up down only just already also again some cent per , ( ) ; : - nearly almost
""".split())
_HEAD_STOP = frozenset("""
of at to from by for in on into with and or but as than that which who whose is are was were be been
will would could should may might can has have had a an the this these those its their his her our
per each over under about around after before during while when where if not also so then ,
yesterday today tomorrow tonight
""".split())
_LEVEL_WORDS = frozenset({"from", "to"})


@dataclass(slots=True)  # not frozen: a frozen dataclass is slower to build, and sentences make many
class _Token:
    start: int
    end: int
    text: str
    lower: str
    is_word: bool  # set once: the scorers ask each token many times
    capitalised: bool


@dataclass(slots=True, frozen=True)
class _Cue:
    words: tuple[str, ...]
    kind: str
    weight: float
    scope: str

    def matches(self, tokens: list[_Token], i: int) -> bool:
        """Whether the cue's words follow its first one, which `_cues_for` has matched at token i."""
        if i + len(self.words) > len(tokens):
            return False
        return all(_fits(word, token.lower) for word, token in zip(self.words[1:], tokens[i + 1:i + len(self.words)]))


def _fits(word: str, lower: str) -> bool:
    """A cue word ("fund", or "fund*" for any word it starts) against a token's lower-case form."""
    return lower.startswith(word[:-1]) if word.endswith("*") else lower == word


@cache
def _cues() -> dict[str, tuple[_Cue, ...]]:
    """Cues indexed by their first word's first three letters, for speed."""
    index: dict[str, list[_Cue]] = {}
    for line in lines("money_cues.tsv"):
        phrase, kind, weight, scope = (part.strip() for part in line.split("\t"))
        cue = _Cue(tuple(phrase.lower().split()), kind, float(weight), scope)
        index.setdefault(cue.words[0][:3], []).append(cue)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=8192)
def _cues_for(lower: str) -> tuple[_Cue, ...]:
    """The cues, in their order, whose first word fits a token's lower-case form: the same few
    hundred words recur sentence after sentence, each tested against a dozen cues."""
    return tuple(c for c in _cues().get(lower[:3], ()) if _fits(c.words[0], lower))


def _cues_at(tokens: list[_Token], i: int) -> list[_Cue]:
    found = [c for c in _cues_for(tokens[i].lower) if c.matches(tokens, i)]
    if not found:
        return []
    longest = max(len(c.words) for c in found)
    return [c for c in found if len(c.words) == longest]


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        out.append(_Token(m.start(), m.end(), word, word.lower().replace("\u2019", "'"), word[:1].isalpha(),
                          word[:1].isupper()))
    return out


def _proximity(distance: int) -> float:
    return 1.0 / (1.0 + max(0, distance - 1) / 4.0)


# ---------------------------------------------------------------- kind: funding or other


@dataclass(slots=True)
class _Context:
    """One sentence's tokens, with each token's owner among the sentence's items."""

    tokens: list[_Token]
    owner: list[int | None]
    spans: list[tuple[int, int]]  # token index ranges of the items
    heads: list[set[int]] = field(default_factory=list)
    head_owner: dict[int, int] = field(default_factory=dict)  # token -> the item whose head it is
    openers: set[int] = field(default_factory=set)  # words capitalised because they open a clause
    found: dict[int, list[_Cue]] = field(default_factory=dict)

    def cues_at(self, i: int) -> list[_Cue]:
        """_cues_at for token i, once per sentence: every item's window and rules ask again."""
        cues = self.found.get(i)
        if cues is None:
            cues = self.found[i] = _cues_at(self.tokens, i)
        return cues


_CLAUSE_MARKS = frozenset(":;(\"\u201c\u2018\u2022\u00a2")


def _context(text: str, sentence: tuple[int, int], items: list[_Item]) -> _Context:
    tokens = _tokens(text, *sentence)
    ends = [t.end for t in tokens]
    owner: list[int | None] = [None] * len(tokens)
    spans = []
    for k, item in enumerate(items):
        first = bisect_right(ends, item.start)  # the first token ending after the item starts
        last = first
        while last < len(tokens) and tokens[last].start < item.end:
            owner[last] = k
            last += 1
        spans.append((first, last) if last > first else (0, 0))
    ctx = _Context(tokens, owner, spans)
    ctx.heads = [_head(ctx, k) for k in range(len(items))]
    ctx.head_owner = {i: k for k, head in enumerate(ctx.heads) for i in head}
    ctx.openers = {i for i, t in enumerate(tokens)
                   if t.is_word and (i == 0 or tokens[i - 1].text in _CLAUSE_MARKS)}
    return ctx


def _head(ctx: _Context, k: int) -> set[int]:
    """Token positions of the noun phrase the amount describes: "a $18m upgrade", "the $95m Harbour
    Centre", "£2bn ($2.5bn) investment deal"."""
    out: set[int] = set()
    i = ctx.spans[k][1]
    while i < len(ctx.tokens) and len(out) < 6:
        t = ctx.tokens[i]
        if ctx.owner[i] is not None or not t.is_word:
            break
        if t.lower in _HEAD_STOP:
            joins_names = t.lower in ("and", "of", "for") and i + 1 < len(ctx.tokens) \
                and ctx.tokens[i + 1].capitalised and i > ctx.spans[k][1]
            if not joins_names:
                break
        out.add(i)
        i += 1
    return out


def _mode(ctx: _Context, k: int) -> str:
    """"by $X" is a change, "from $X" / "to $X" a level of whatever changes, else plain."""
    i = ctx.spans[k][0] - 1
    if i < 0:
        return "plain"
    word = ctx.tokens[i].lower
    if word == "by":
        return "by"
    return "level" if word in _LEVEL_WORDS else "plain"


def _linked(ctx: _Context, k: int) -> int | None:
    """The noun an amount is the value of, across linking words: "net loss of 318bn yen", "profit
    came in at", "debt is close to", "grants totalling over". None when nothing links them."""
    i = ctx.spans[k][0] - 1
    crossed = False
    while i >= 0 and ctx.owner[i] is None and (ctx.tokens[i].lower in _LINKERS or not ctx.tokens[i].is_word):
        crossed = crossed or ctx.tokens[i].is_word
        i -= 1
    return i if crossed and i >= 0 and ctx.owner[i] is None else None


@dataclass(slots=True)
class _Score:
    funding: float = 0.0
    other: float = 0.0
    seen: bool = False

    def add(self, kind: str, weight: float) -> None:
        if kind == "funding":
            self.funding += weight
        else:
            self.other += weight
        self.seen = True


def _window(ctx: _Context, k: int) -> list[int]:
    """Up to 30 tokens before the amount and 12 after it, the right side ending at the next amount."""
    start, end = ctx.spans[k]
    right = []
    for i in range(end, min(len(ctx.tokens), end + 12)):
        if ctx.owner[i] is not None and ctx.owner[i] != k:
            break
        right.append(i)
    return list(range(max(0, start - 30), start)) + right


def _score(ctx: _Context, k: int) -> _Score:
    """Funding and other weights of the cues around item k: nearer cues weigh more; the noun the
    amount describes or is the value of weighs double. The amount's own noun, when the grammar
    names it (the object of "cut X to $Y", what "spend $Y on" pays for), decides alone."""
    if _unit_price(ctx, k):
        score = _Score()
        score.add("other", 3.0)
        return score
    own = _changed_object(ctx, k)
    if own is None:
        own = _measured_in(ctx, k)
    if own is None:
        own = _worth_of(ctx, k)
    if own is None:
        own = _head_noun(ctx, k)
    if own is not None:
        score = _Score()
        for cue in ctx.cues_at(own):
            score.add(cue.kind, cue.weight)
        return score
    spent = _ordered_to_pay(ctx, k) or _spent_by_people(ctx, k) or _spent_on(ctx, k) or _paid_for_business(ctx, k) \
        or _traded(ctx, k)
    if spent is not None:
        score = _Score()
        score.add(spent, 3.0)
        return score
    mode = _mode(ctx, k)
    linked = _linked(ctx, k)
    start, end = ctx.spans[k]
    score = _Score()
    covered = -1  # the last token of a phrase cue already counted ("purchase price" is not a price)
    for i in _window(ctx, k):
        token = ctx.tokens[i]
        if i <= covered or ctx.head_owner.get(i, k) != k or ctx.owner[i] is not None or not token.is_word:
            continue
        in_head = i in ctx.heads[k]
        if token.capitalised and i not in ctx.openers and not in_head:
            continue  # a name ("the Northbridge Housing Trust"), not a word about the money
        for cue in ctx.cues_at(i):
            covered = max(covered, i + len(cue.words) - 1)
            if cue.scope == "head" and not in_head:
                continue
            if mode == "level" and token.lower in _CHANGE_VERBS:
                continue  # "raised from £2.50 to £4": the levels of what changed, not money raised
            weight = cue.weight * _proximity(_word_distance(ctx, i, start, end))
            if cue.scope == "change":
                if mode == "level":
                    continue  # "cut from £7.1bn to £4.2bn": the amounts are levels, not cuts
                if mode == "by" and i < start:
                    weight *= 2
            verb_form = token.lower.endswith(("ing", "ed"))
            if _participle(ctx, i, end):
                weight *= 0.5  # "... will exceed $3bn, providing a ...": tells of the clause
            elif (in_head and not verb_form) or i == linked:
                weight *= 2
            score.add(cue.kind, weight)
    gift = _gift_target(ctx, end)
    if gift:
        score.add("funding", gift)
    return score


@cache
def _price_units() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(line.lower().split()) for line in lines("price_units.txt")), key=len, reverse=True))


def _unit_price(ctx: _Context, k: int) -> bool:
    """"bought at Rs 2,000 per quintal", "$80 a barrel": an amount for each unit of a good is a
    price, whatever buying or spending the sentence tells of."""
    i = ctx.spans[k][1]
    if i >= len(ctx.tokens) or ctx.tokens[i].lower not in ("per", "a", "an", "each"):
        return False
    words = [t.lower for t in ctx.tokens[i + 1:i + 4]]
    return any(tuple(words[:len(unit)]) == unit for unit in _price_units())


_CHANGE_VERBS = frozenset("""
reduce reduced reduces reducing cut cuts cutting increase increased increases increasing raise raised
raises raising lower lowered lowers lowering lift lifted lifts trim trimmed trims slash slashed slashes
boost boosted boosts bring brought brings push pushed pushes revise revised revises double doubled
""".split())
_OBJECT_STOP = frozenset("it they we he she which that who this these those".split())


def _noun_run(ctx: _Context, i: int, stop: int) -> list[int]:
    """The words of the noun phrase starting at token i, without its determiners."""
    run: list[int] = []
    while i < stop and len(run) < 4:
        t = ctx.tokens[i]
        if not t.is_word or ctx.owner[i] is not None or t.lower in _OBJECT_STOP:
            break
        if t.lower in _DETERMINER_WORDS and not run:
            i += 1
            continue
        if t.lower in _HEAD_STOP:
            break
        run.append(i)
        i += 1
    return run


_TO_QUALIFIERS = frozenset("just only about around roughly some nearly almost barely".split())


def _changed_object(ctx: _Context, k: int) -> int | None:
    """"cut the grant it gave to run the depot to just $25m": an amount after "to" is
    the new level of the object of the verb of change, whatever other nouns come between."""
    start = ctx.spans[k][0]
    while start >= 2 and ctx.tokens[start - 1].lower in _TO_QUALIFIERS:
        start -= 1  # "to just 2.6bn euros", "to about $25m"
    if start < 2 or ctx.tokens[start - 1].lower != "to":
        return None
    for i in range(start - 2, max(-1, start - 25), -1):
        t = ctx.tokens[i]
        if t.text in ".;:" or ctx.owner[i] is not None:
            return None
        if t.lower in _CHANGE_VERBS:
            run = _noun_run(ctx, i + 1, start - 1)
            if not run:
                continue  # "raised to finance ...": a participle without an object of its own
            cued = [j for j in run if ctx.cues_at(j)]
            return cued[-1] if cued else None
    return None


def _head_noun(ctx: _Context, k: int) -> int | None:
    """"£31.5m compensation", "the £90m fund", "a $18m upgrade": a cue noun the amount stands
    before, when it ends the noun phrase (not "$5m funding round", whose head is "round")."""
    head = sorted(ctx.heads[k])
    if not head or ctx.tokens[head[0]].capitalised:
        return None
    if any(ctx.tokens[i].lower.endswith(("ing", "ed", "ly")) or ctx.tokens[i].lower in _SPEND for i in head):
        return None  # "£65m spent annually on ...": a verb follows, not a noun
    last = head[-1]
    if ctx.tokens[last].capitalised:
        return None
    for i in head[:-1]:  # "a $1.9 trillion relief bill": a phrase ending the head speaks for it
        if any(i + len(c.words) == last + 1 for c in ctx.cues_at(i)):
            return i
    # a weak cue ("loan": lent, or owed) does not decide alone
    return last if any(c.weight >= 2 for c in ctx.cues_at(last)) else None


def _measured_in(ctx: _Context, k: int) -> int | None:
    """"£3m in compensation", "$14m in damages", "$5m in new funding": the noun after "in" is
    what the amount is an amount of."""
    end = ctx.spans[k][1]
    if end >= len(ctx.tokens) or ctx.tokens[end].lower not in ("in", "of"):
        return None  # "$750m of bonds", "£40m of funding" name what the money is too
    if ctx.tokens[end].lower == "in" and end + 1 < len(ctx.tokens) and ctx.tokens[end + 1].lower in _DETERMINER_WORDS:
        return None  # "$40m in the town's biggest factory": where, not what the money is
    run = _noun_run(ctx, end + 1, len(ctx.tokens))
    while run and run[-1] + 2 < len(ctx.tokens) and ctx.tokens[run[-1] + 1].lower in ("and", "or"):
        more = _noun_run(ctx, run[-1] + 2, len(ctx.tokens))  # "of operational and capital funding":
        if not more:  # the noun after the last modifier is the head
            break
        run = more
    cued = [j for j in run if ctx.cues_at(j)]
    return cued[-1] if cued else None


_WORTH_GAP = frozenset("collectively together combined jointly altogether each all , a total of".split())


def _worth_of(ctx: _Context, k: int) -> int | None:
    """"contracts worth $2bn", "14 projects worth R120 million", "programmes, collectively worth
    $40m", "a house worth $1m": the amount is the value of the noun before "worth" or "valued at",
    whose own cues decide."""
    i = _before_gap(ctx, ctx.spans[k][0])
    if i >= 1 and ctx.tokens[i].lower == "at" and ctx.tokens[i - 1].lower == "valued":
        i -= 1
    elif i < 0 or ctx.tokens[i].lower != "worth":
        return None
    i -= 1
    while i >= 0 and (ctx.tokens[i].lower in _WORTH_GAP or ctx.tokens[i].lower.endswith("ly")):
        i -= 1
    if i < 0 or ctx.owner[i] is not None or not ctx.tokens[i].is_word:
        return None
    for j in range(max(0, i - 2), i):  # "a pay package worth": a phrase ending there speaks for it
        if any(j + len(c.words) == i + 1 for c in ctx.cues_at(j)):
            return j
    return i if ctx.cues_at(i) else None


_SPEND = frozenset("spend spends spent spending".split())
_SPEND_GAP = frozenset("a an the record further additional extra another total some up to nearly almost "
                       "over around about more than".split())


def _before_gap(ctx: _Context, start: int) -> int:
    """The token before `start` once the words that may stand between a verb and its amount
    ("the", "a further", "up to") are skipped; -1 at the sentence's start."""
    i = start - 1
    while i >= 0 and ctx.tokens[i].lower in _SPEND_GAP:
        i -= 1
    return i


# Money set apart ("set aside $5m for", "earmarked Rs 40 lakh for") is spent on what it is for.
_SET_APART = frozenset("aside earmarked earmarks earmark allocated allocates allocate budgeted reserved "
                       "sanctioned allotted".split())


def _spent_on(ctx: _Context, k: int) -> str | None:
    """"will spend a record $30m on settlement programmes", "set aside $5m for the clinic": money
    spent or set apart for an activity is funding; for what an other-word names ("on legal fees",
    "for compensation", "for legal reserves") it is not."""
    start, end = ctx.spans[k]
    i = _before_gap(ctx, start)
    if i < 0 or ctx.tokens[i].lower not in _SPEND and ctx.tokens[i].lower not in _SET_APART:
        return None
    if end >= len(ctx.tokens) or ctx.tokens[end].lower not in ("on", "for"):
        return None
    run = _noun_run(ctx, end + 1, len(ctx.tokens))
    if not run:
        return None
    cued = [j for j in run if ctx.cues_at(j)]  # "for legal reserves last year": "reserves" decides
    kinds = {c.kind for c in ctx.cues_at(cued[-1] if cued else run[-1])}
    return "other" if kinds == {"other"} else "funding"


# People spending their own money ("visitors spent £45m in the town", "each will spend up to $25,000
# a year"): what they buy, not money given to fund anything.
_SPENDERS = frozenset("""
each visitors visitor tourists tourist students student shoppers shopper consumers consumer customers
households families fans travellers travelers holidaymakers guests residents people buyers spectators
""".split())
_SPEND_AUX = frozenset("will would could can may might have has had also typically usually each already "
                       "collectively together".split())


def _spent_by_people(ctx: _Context, k: int) -> str | None:
    i = _before_gap(ctx, ctx.spans[k][0])
    if i < 1 or ctx.tokens[i].lower not in _SPEND:
        return None
    i -= 1
    while i > 0 and (ctx.tokens[i].lower in _SPEND_AUX and ctx.tokens[i].lower != "each"
                     or ctx.tokens[i].lower.endswith("ly")):
        i -= 1
    return "other" if ctx.tokens[i].lower in _SPENDERS else None


_PAY = frozenset("pay pays paid paying".split())
_BUY = frozenset("buy buys bought buying purchase purchases purchased purchasing acquire acquires acquired "
                 "acquiring".split())
_SELL = frozenset("sell sells sold selling".split())
_BUSINESS_NOUNS = frozenset("""
company companies firm firms business businesses unit division group chain maker rival brand operator
club team stake assets startup start-up lender bank carrier retailer insurer producer developer
subsidiary operations portfolio shares stakes holding holdings
""".split())
_OBJECT_PREPS = frozenset("in at on of from near with".split())


def _paid_for_business(ctx: _Context, k: int) -> str | None:
    """"agreed to pay $3.2bn for the rival toolmaker", "paid $450m for a 20% stake": the price of a
    business is a deal value. (A price paid for a house or a ticket is left to the cues.)"""
    start, end = ctx.spans[k]
    i = _before_gap(ctx, start)
    if i < 0 or ctx.tokens[i].lower not in _PAY:
        return None
    if end >= len(ctx.tokens) or ctx.tokens[end].lower != "for":
        return None
    stop = end + 1
    while stop < min(len(ctx.tokens), end + 12) and ctx.owner[stop] is None and ctx.tokens[stop].text not in ".,;:":
        stop += 1
    return _bought(ctx, end + 1, stop)


def _traded(ctx: _Context, k: int) -> str | None:
    """"bought a rival chain for $5m", "sold its insurance unit for $1.2bn": the price a business
    fetches is a deal value. A thing bought ("bought the old mill for \u00a32.4m", "purchased the
    painting for $3m") has a price, no funding; a thing sold is left to the cues."""
    start = ctx.spans[k][0]
    i = _before_gap(ctx, start)
    if i < 1 or ctx.tokens[i].lower != "for":
        return None
    for j in range(i - 1, max(-1, i - 12), -1):
        if ctx.owner[j] is not None or ctx.tokens[j].text in ".;:":
            return None
        if ctx.tokens[j].lower in _SELL:
            nouns = range(_clause_start_token(ctx, j), i)
            return "funding" if any(ctx.tokens[n].lower in _BUSINESS_NOUNS for n in nouns if n != j) else None
        if ctx.tokens[j].lower in _BUY and j + 1 < i:
            return _bought(ctx, j + 1, i) or "other"
    return None


def _business_kind(word: str) -> bool:
    """A noun naming a kind of business ("the regional papers", "a rival airline"); a house is
    a home before it is a publisher."""
    return word != "house" and (word in words("org_descriptors.txt")
                                or word.endswith("s") and word[:-1] in words("org_descriptors.txt"))


def _bought(ctx: _Context, first: int, stop: int) -> str | None:
    """What a thing bought (tokens first..stop-1) says of its price: a business, a stake or a
    named body is a deal ("Zylo Labs", "a 20% stake in the insurer"); a site the cues call a
    project ("the refinery") is too; a thing the cues call other is other; else None."""
    run = [j for j in range(first, stop) if ctx.tokens[j].is_word]
    head = None
    for n, j in enumerate(run):
        if n and ctx.tokens[j].lower in _OBJECT_PREPS:
            break  # "a flat in Bandra", "a stake in the insurer": the head comes before
        head = j
    if head is None:
        return None
    token = ctx.tokens[head]
    if any(ctx.tokens[j].lower in _BUSINESS_NOUNS for j in run if j <= head) or _business_kind(token.lower):
        return "funding"
    if token.capitalised and head not in ctx.openers:
        first = next(j for j in run if ctx.tokens[j].capitalised)
        # "acquired Zylo Labs": a name bought is a business; "pay \u00a327m for Wayne Rooney" is a player's fee
        return None if ctx.tokens[first].lower in words("given_names.txt") else "funding"
    kinds = {c.kind for c in ctx.cues_at(head) if c.kind == "other" or c.scope == "head" and c.weight >= 2}
    return "funding" if kinds == {"funding"} else "other" if kinds else None


def _clause_start_token(ctx: _Context, i: int) -> int:
    """The first token of the clause holding token i (after a comma, semicolon or amount)."""
    while i > 0 and ctx.tokens[i - 1].text not in ",;:" and ctx.owner[i - 1] is None:
        i -= 1
    return i


_ORDER = frozenset("order orders ordered ordering told forced required".split())


def _ordered_to_pay(ctx: _Context, k: int) -> str | None:
    """"was ordered to pay $15,000", "a court ordered the bank to pay £2m": money someone is made
    to pay is a fine or compensation. "Ordered" alone ("a sale ordered by the state") says nothing."""
    i = _before_gap(ctx, ctx.spans[k][0])
    if i < 1 or ctx.tokens[i].lower not in _PAY or ctx.tokens[i - 1].lower != "to":
        return None
    for j in range(i - 2, max(-1, i - 8), -1):  # past the one ordered ("the bank", "him")
        if ctx.owner[j] is not None or ctx.tokens[j].text in ",;:":
            return None
        if ctx.tokens[j].lower in _ORDER:
            return "other"
    return None


def _participle(ctx: _Context, i: int, end: int) -> bool:
    nxt = ctx.tokens[i + 1].lower if i + 1 < len(ctx.tokens) else ""
    return i >= end and ctx.tokens[i].lower.endswith("ing") and nxt in _DETERMINER_WORDS


def _word_distance(ctx: _Context, i: int, start: int, end: int) -> int:
    lo, hi = (i, start) if i < start else (end - 1, i)
    return sum(1 for j in range(lo, hi) if ctx.tokens[j].is_word or ctx.owner[j] is not None) or 1


def _gift_target(ctx: _Context, end: int) -> float:
    """"$6,200 to Friends of the Library": money given to a named body; "$4m to undertake 12
    projects", "£300,000 each to run ...": money given for a purpose. "rose $1.64 to $47.10" and
    "to about $50" name a level, "to the economy" a place."""
    i = end
    if i < len(ctx.tokens) and ctx.tokens[i].lower in ("each", "apiece"):
        i += 1
    if i + 1 >= len(ctx.tokens) or ctx.tokens[i].lower != "to":
        return 0.0
    j = i + 2 if ctx.tokens[i + 1].lower == "the" and i + 2 < len(ctx.tokens) else i + 1
    t = ctx.tokens[j]
    if ctx.owner[j] is not None or not t.is_word:
        return 0.0
    if t.capitalised:
        return 1.5
    purpose = j == i + 1 and t.lower not in _DETERMINER_WORDS and t.lower not in _TO_QUALIFIERS \
        and t.lower not in _INFINITIVE_NOT_GIFT and not t.lower.endswith(("ing", "ed", "ly"))
    return 1.0 if purpose else 0.0


# Infinitives after an amount that tell of a change, a price or a loss met, not of a purpose the
# money serves ("to close at", "to settle charges", "to cover bad loans").
_INFINITIVE_NOT_GIFT = frozenset("""
close end finish settle pay buy date be record stand cover offset meet repay refinance compensate
avoid a an
""".split())


def _coordinated(text: str, ctx: _Context, items: list[_Item], k: int) -> list[int]:
    """Items listed with item k ("$120m and the $310m ..."), nearest first."""
    out = []
    for j in (k - 1, k + 1):
        if 0 <= j < len(items):
            a, b = sorted((items[k], items[j]), key=lambda it: it.start)
            if re.fullmatch(r"\s*(?:,|and|or|, and)\s*(?:the\s+|a\s+)?", text[a.end:b.start]):
                out.append(j)
    return out


def _sentence_cues(text: str, sentence: Sentence) -> _Score:
    """The weight of a whole sentence's cues, for an amount whose own sentence says nothing."""
    tokens = _tokens(text, sentence.start, sentence.end)
    score = _Score()
    for i, token in enumerate(tokens):
        if not token.is_word or (token.capitalised and i > 0):
            continue
        for cue in _cues_at(tokens, i):
            if cue.scope in ("any", "change"):
                score.add(cue.kind, cue.weight * 0.3)
    return score


# ---------------------------------------------------------------- funder and recipient

_GIVE = re.compile(
    r"invest\w*|commit\w*|pledg\w*|grant(?:s|ed|ing)?|award(?:s|ed|ing)?|donat\w*|gave|give[sn]?|giving"
    r"|contribut\w*|fund(?:s|ed|ing)?|provid\w*|spen[dt]\w*|lend\w*|lent|allocat\w*|earmark\w*"
    r"|boost\w*|inject\w*|pump(?:s|ed|ing)?|buy(?:s|ing)?|bought|acqui\w*|purchas\w*|use[sd]?|using"
    r"|dedicat\w*|sponsor\w*|endow\w*|financ\w*|backing|paid|pay(?:s|ing)?|pour(?:s|ed|ing)?"
    r"|channell?(?:ed|ing)|ring-?fenc\w*|releas(?:e|es|ed|ing)|sanction(?:ed|ing)|allot\w*|disburs\w*"
    r"|approv(?:e|es|ed|ing)|aside|announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?")
_RECEIVE = re.compile(
    r"receiv\w*|recipients?|rais(?:e|ed|es|ing)|secur(?:e|ed|es|ing)|won|wins?|winning|got|gets?"
    r"|getting|obtain\w*|collect(?:s|ed|ing)?")
_PASSIVE = frozenset({"been", "was", "were", "is", "are", "be", "being"})
_DETERMINERS = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NAME_RUN = re.compile(
    r"[A-Z][\w'\u2019.&-]*(?:\s+(?:(?:of|the|and|for|de|du|von|van|der|la|le|&)\s+)*[A-Z][\w'\u2019.&-]*)*")
_OPENERS = frozenset("""
A An The This That These Those There Here It Its He She We They I His Her Their Our In On At For By
From With But And So Yet Also Last Next Today Yesterday Meanwhile However Some Up Nearly Almost Over
About Around More Less Of As If When While After Before Since Under Its Each Every All Both Total
Capital Spend Use
""".split())
_QUALIFIER_WORDS = frozenset("up to nearly almost over some about around more less than".split())


@dataclass(slots=True, frozen=True)
class _Name:
    start: int
    end: int
    name: str
    place: bool = False  # a country can give ("from the US"), but "the Spanish utility" is no body


def _names_in(parsed: ParsedArticle, names: Names, sentence: Sentence, items: list[_Item]) -> list[_Name]:
    """Proper names in the sentence, as written: the name layer's mentions, and the sentence's
    opening name, which a name layer may leave out. Datelines ("NORTHTOWN --") are no party."""
    text = parsed.text
    busy = [(it.start, it.end) for it in items]
    out = []
    for m in names.in_span(sentence.start, sentence.end):
        if any(s < m.end and m.start < e for s, e in busy) or _is_dateline(text, m.start, m.end):
            continue
        label = re.sub(r"['\u2019]s$", "", _DETERMINERS.sub("", m.text.strip()))
        if label and m.kind != "other":
            begin = m.start + m.text.find(label.split()[0])
            out.append(_Name(begin, begin + len(label), label, m.kind == "place"))
    m = _NAME_RUN.match(text, sentence.start, sentence.end)
    if m and not any(n.start < m.end() and m.start() < n.end for n in out):
        words = m.group().split()
        while words and (words[0] in _OPENERS or words[0].lower() in _QUALIFIER_WORDS):
            words = words[1:]
        if words and not (len(words) == 1 and words[0].isupper() and len(words[0]) <= 2) \
                and not _is_dateline(text, m.start(), m.end()):
            begin = m.start() + m.group().find(words[0])
            out.append(_Name(begin, m.end(), text[begin:m.end()]))
    return sorted(out, key=lambda n: n.start)


def _is_dateline(text: str, start: int, end: int) -> bool:
    """"NORTHTOWN --", "FENMORE COUNTY —": a place in capitals opening a news item."""
    words = text[start:end].split()
    return len(words) > 1 and text[start:end].isupper() or bool(
        text[start:end].isupper() and re.match(r"\s*(?:--|\u2014|\u2013|-)\s", text[end:end + 4]))


def _funding_verb(ctx: _Context, k: int) -> tuple[int, str] | None:
    """The nearest giving or receiving verb before the amount, and which it is. Nouns ("a
    bi-annual grant from ...") are passed over, except "the recipient of"."""
    start = ctx.spans[k][0]
    for i in range(start - 1, max(-1, start - 30), -1):
        token = ctx.tokens[i]
        if ctx.owner[i] is not None or not token.is_word or (token.capitalised and i not in ctx.openers):
            continue
        if token.lower.startswith("recipient"):
            return i, "receive"
        if not token.lower.endswith("ed") and any(t.lower in _DETERMINER_WORDS for t in ctx.tokens[max(0, i - 2):i]):
            continue  # "a bi-annual grant": a noun, not the verb
        if _RECEIVE.fullmatch(token.lower):
            return i, "receive"
        if _GIVE.fullmatch(token.lower):
            passive = i > 0 and ctx.tokens[i - 1].lower in _PASSIVE \
                and (token.lower.endswith("ed") or token.lower in ("given", "lent", "paid"))
            return i, "receive" if passive else "give"
    return None


_NP_STOP = frozenset("""
to that which who whom whose by from over with as while during within when where if than because
so but or is are was were will would has have had be been being said says including such per
""".split())
_TIME_WORDS = frozenset("next this last the year years month months week coming following".split())
_DETERMINER_WORDS = frozenset("the a an its their his her our this these those each every all".split())


# "in a forced sale", "in an all-cash transaction": how the money changed hands, not who got it
_MANNER = frozenset("""
sale sales auction transaction transactions move swap exchange process arrangement agreement effort
attempt push drive bid bids round rounds tranche tranches instalment instalments installment installments
""".split())


def _purpose(ctx: _Context, k: int) -> str | None:
    """What the money is for, as written after it: "on refitting old classrooms", "(is
    committed) for new science laboratories"; an infinitive ("to deepen") is no recipient."""
    tokens = ctx.tokens
    i = max(ctx.heads[k], default=ctx.spans[k][1] - 1) + 1
    i = _skip_period(tokens, _skip_verb_group(tokens, i))
    while i + 1 < len(tokens) and tokens[i].lower in ("for", "to", "on", "into", "in", "towards", "toward"):
        word, i = tokens[i].lower, i + 1
        if _year(tokens[i]):
            i = _skip_period(tokens, i + 1)  # "$5m in 2025 on new clinics": when, never who or what for
            continue
        if word == "in" and not tokens[i].capitalised:
            phrase = _noun_phrase(ctx, i)
            if not phrase or any(ctx.cues_at(tokens.index(t)) for t in phrase) \
                    or phrase[-1].lower in _TIME_WORDS or phrase[-1].lower in _MANNER:
                i = _skip_period(tokens, i + len(phrase))  # "in grants to ...", "in cash"
                continue
        if word == "to" and not (tokens[i].capitalised or tokens[i].lower in _DETERMINER_WORDS
                                 or tokens[i].text[:1].isdigit()):
            return None  # "to deepen the partnership": an infinitive
        if word == "for" and tokens[i].lower in _TIME_WORDS and i + 1 < len(tokens) \
                and tokens[i + 1].lower in _TIME_WORDS:
            i += 2  # "for next year"
            continue
        phrase = _noun_phrase(ctx, i)
        return _DETERMINERS.sub("", _joined(phrase)) if phrase else None
    return None


def _year(token: _Token) -> bool:
    """A calendar year ("2025", "2019.", "1990s")."""
    digits = token.text.rstrip(".s")
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2199


def _skip_period(tokens: list[_Token], i: int) -> int:
    """Past "over the next three years" to what follows."""
    if i < len(tokens) and tokens[i].lower in ("over", "during", "within", "across"):
        for j in range(i + 1, min(len(tokens), i + 6)):
            if tokens[j].lower.rstrip("s") in ("year", "month", "decade", "week", "period"):
                return j + 1
    return i


_VERB_GROUP = frozenset("each apiece a per annually year is are was were will be been has have had go goes went "
                        "already also now being would".split())


def _skip_verb_group(tokens: list[_Token], i: int) -> int:
    """Past "each", "a year" and a passive ("is already committed") to what follows."""
    while i < len(tokens) and tokens[i].lower in _VERB_GROUP:
        i += 1
    if i < len(tokens) and i > 0 and tokens[i - 1].lower in ("be", "been", "is", "are", "was", "were", "already") \
            and tokens[i].lower.endswith("ed"):
        i += 1
    return i


def _noun_phrase(ctx: _Context, i: int) -> list[_Token]:
    phrase: list[_Token] = []
    tokens = ctx.tokens
    while i < len(tokens) and len(phrase) < 8 and ctx.owner[i] is None:
        t = tokens[i]
        if not (t.is_word or t.text[:1].isdigit() or t.text in "&'\u2019-") or t.lower in _NP_STOP:
            break
        if _postnominal_participle(phrase, t):
            break  # "a sale forced by the state": the noun phrase ends before its participle
        if phrase and _time_phrase(tokens, i):
            break  # "into the programme last year": when, not what
        if phrase and t.lower in ("in", "at", "on") and i + 1 < len(tokens) \
                and tokens[i + 1].lower in _DETERMINER_WORDS:
            break  # "the refinery in a forced sale": where or how, not part of the name
        phrase.append(t)
        i += 1
    while phrase and phrase[-1].lower in ("and", "of", "the", "a", "its"):
        phrase.pop()
    return phrase


_WHEN_NOUNS = frozenset("""
year years week weeks month months day days quarter decade season summer winter spring autumn fall
weekend monday tuesday wednesday thursday friday saturday sunday
""".split())


def _time_phrase(tokens: list[_Token], i: int) -> bool:
    """"yesterday", "last year", "this autumn", "next Tuesday" open an adverb of time."""
    if tokens[i].lower in ("yesterday", "today", "tomorrow", "tonight"):
        return True
    return tokens[i].lower in ("last", "next", "this", "every") and i + 1 < len(tokens) \
        and tokens[i + 1].lower in _WHEN_NOUNS


def _postnominal_participle(phrase: list[_Token], t: _Token) -> bool:
    """A lower-case "-ed" word after the phrase's noun ("funds earmarked for", "a plant owned by")
    opens a participle clause; "hundred", "seed" and "shed" are no participles."""
    if t.capitalised or not t.lower.endswith("ed") or t.lower.endswith("eed") or len(t.lower) <= 4 \
            or t.lower == "hundred":
        return False
    return any(p.is_word and p.lower not in _DETERMINER_WORDS for p in phrase)


def _joined(tokens: list[_Token]) -> str:
    """Tokens joined as written (one space where the text had any)."""
    out = tokens[0].text
    for a, b in zip(tokens, tokens[1:]):
        out += (" " if b.start > a.end else "") + b.text
    return out


_CLAUSE_BREAK = re.compile(
    r"[;?\u2022\u00a2]|,\s+(?:why|but|and|while|whereas|which|so|yet|when|if|although|though)\b")


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause holding offset `end` begins: after a semicolon, a question, a list bullet,
    or a comma that opens a new clause ("... for a star striker, why should the ratepayer ...")."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    return max([start] + breaks)


def _after(names: list[_Name], text: str, pos: int, words: tuple[str, ...], limit: int = 60) -> _Name | None:
    """The first name introduced by one of `words` ("to", "from") after `pos`."""
    for n in names:
        if n.start < pos or n.start - pos > limit:
            continue
        lead = text[max(pos, n.start - 12):n.start].lower().split()
        lead = [w for w in lead if w not in ("the", "a", "an")]
        if lead and lead[-1] in words:
            return n
    return None


def _parties(parsed: ParsedArticle, names: Names, sentence: Sentence, ctx: _Context, k: int,
             item: _Item, all_items: list[_Item]) -> tuple[str | None, str | None]:
    """Who gives and who receives, from the sentence's grammar: the subject of a giving verb gives
    ("Oppo committing ..."), its object or the body after "to/in/for" receives ("... to PolyU");
    the subject of a receiving verb receives ("X has been awarded"), "from/by X" gives."""
    text = parsed.text
    everyone = _names_in(parsed, names, sentence, all_items)
    found = [n for n in everyone if not n.place]
    funder = recipient = None
    verb = _funding_verb(ctx, k)
    source = _after(everyone, text, sentence.start, ("by", "from"), limit=10**6)
    if verb is not None:
        v = ctx.tokens[verb[0]]
        clause = _clause_start(text, sentence.start, v.start)
        subject = [n for n in found if clause <= n.start and n.end <= v.start]
        first_item = min([it.start for it in all_items if it.start > v.end] + [item.start])
        between = [n for n in found if v.end <= n.start and n.end <= first_item <= item.start]
        if verb[1] == "give":
            funder = subject[-1].name if subject else _subject_phrase(ctx, verb[0])
            recipient = between[0].name if between else None
        else:
            recipient = subject[0].name if subject else _subject_phrase(ctx, verb[0]) or "?"
            funder = source.name if source and source.start > v.end else _source_phrase(ctx, k)
    else:
        owner = _possessive(text, sentence, item)
        funder = owner or _acting_subject(text, found, sentence, ctx, k, item)
    if funder is None and source is not None and source.start >= item.end:
        funder = source.name
    if recipient == "?":
        return funder, None  # the receiver is the unnamed subject ("The start-up raised ...")
    if recipient is None:
        recipient = _named_head(ctx, k)
    if recipient is None:
        stop = min([it.start for it in all_items if it.start > item.start] + [item.end + 40])
        target = _after(found, text, item.end, ("to", "in", "into", "for", "on", "of", "with"),
                        limit=stop - item.end)
        recipient = target.name if target else _purpose(ctx, k)
    if recipient is None and funder is not None:
        recipient = _partner(parsed, names, sentence, funder)
    if funder == recipient:
        funder = None
    return funder, recipient


_SUBJECT_AUX = frozenset("""
has have had will would shall should could can may might is are was were be been also already just
recently now today yesterday jointly together each
""".split())


def _subject_phrase(ctx: _Context, verb: int) -> str | None:
    """"The Egyptian government allocated ...", "the county council has approved ...": a subject
    that names no one but ends in an organisation's head noun is the party, as written."""
    i = verb - 1
    while i >= 0 and ctx.tokens[i].lower in _SUBJECT_AUX:
        i -= 1
    if i < 0 or ctx.owner[i] is not None or ctx.tokens[i].lower not in words("org_words.txt"):
        return None
    j = i
    while j > 0 and i - j < 3:
        t = ctx.tokens[j - 1]
        if not t.is_word or ctx.owner[j - 1] is not None or t.lower in _HEAD_STOP or t.lower in _DETERMINER_WORDS:
            break
        j -= 1
    return _joined(ctx.tokens[j:i + 1])


def _source_phrase(ctx: _Context, k: int) -> str | None:
    """"received $2m from the county government": an unnamed giver after "from" or "by", when the
    phrase ends in an organisation's head noun."""
    end = ctx.spans[k][1]
    for i in range(end, min(len(ctx.tokens) - 1, end + 8)):
        if ctx.owner[i] is not None or ctx.tokens[i].text in ",;:":
            return None
        if ctx.tokens[i].lower in ("from", "by"):
            phrase = _noun_phrase(ctx, i + 1)
            if phrase and phrase[-1].lower in words("org_words.txt"):
                return _DETERMINERS.sub("", _joined(phrase))
            return None
    return None


_PARTNERSHIP = re.compile(r"(?i)\b(?:partner\w*|collaborat\w*|cooperat\w*|co-operat\w*|alliance|joint)\b")
_PARTNER_LINK = re.compile(r"(?i)(?:in (?:collaboration|partnership|cooperation|co-operation) with|"
                           r"together with|jointly with|(?:efforts|work\w*|partnership|ties) with)\s+(?:the\s+)?$")


def _partner(parsed: ParsedArticle, names: Names, sentence: Sentence, funder: str) -> str | None:
    """Money a funder puts into a partnership goes to its partner: the organisation named "with"
    the funder ("to deepen collaborative efforts with X"), in this sentence or, when the sentence
    speaks of the partnership ("to deepen the partnership"), earlier in the article."""
    text = parsed.text
    if not _PARTNERSHIP.search(text, sentence.start, sentence.end):
        return None
    own = _partner_in(text, names, sentence.start, sentence.end, funder)
    if own:
        return own
    return _partner_in(text, names, 0, sentence.start, funder)


def _partner_in(text: str, names: Names, start: int, end: int, funder: str) -> str | None:
    funder_key = funder.lower()
    for m in names.in_span(start, end):
        if m.kind != "organisation" or m.text.lower().startswith(funder_key):
            continue
        entity = names.entity_of(m)
        if entity is not None and funder_key in (f.lower() for f in [entity.name, *entity.aliases]):
            continue
        if _PARTNER_LINK.search(text[max(start, m.start - 40):m.start]):
            return m.text
    return None


_POSSESSIVE = re.compile(r"([A-Z][\w&.\-]*(?:\s+(?:of\s+|the\s+|and\s+|for\s+)*[A-Z][\w&.\-]*)*)['\u2019]s\s")


def _possessive(text: str, sentence: Sentence, item: _Item) -> str | None:
    """"the council's news of a large $140m investment": the owner of the noun
    phrase holding the amount (no clause break between them)."""
    last = None
    for m in _POSSESSIVE.finditer(text, sentence.start, item.start):
        last = m
    if last is None:
        return None
    between = text[last.end():item.start]
    words = between.lower().split()
    if len(words) > 6 or re.search(r"[,;:.()]", between) or any(w in _NP_STOP and w != "of" for w in words):
        return None
    return _DETERMINERS.sub("", last.group(1)).strip() or None


def _acting_subject(text: str, found: list[_Name], sentence: Sentence, ctx: _Context, k: int,
                    item: _Item) -> str | None:
    """"SoftBank led a $100m investment", "Northbridge University unveiled a $18m upgrade": the clause's
    subject gives when the amount describes a funding noun and a verb stands between them."""
    if not _has_funding_head(ctx, k):
        return None
    clause = _clause_start(text, sentence.start, item.start)
    subject = [n for n in found if clause <= n.start and n.end <= item.start]
    if not subject:
        return None
    between = text[subject[0].end:item.start]
    if re.search(r"[,;:()]", between) or not re.search(r"\b[a-z]{3,}\b", between):
        return None
    return subject[0].name


def _has_funding_head(ctx: _Context, k: int) -> bool:
    """The amount describes a funding noun: "a $100m investment", "its $3.2bn acquisition"."""
    return any(c.kind == "funding" for i in ctx.heads[k] for c in ctx.cues_at(i))


def _named_head(ctx: _Context, k: int) -> str | None:
    """"the $95m Harbour Centre", "a £90m Rural Bursary fund": the named thing funded."""
    head = sorted(ctx.heads[k])
    if not head or not ctx.tokens[head[0]].capitalised:
        return None
    words = [ctx.tokens[i] for i in head]
    while words and words[-1].lower in ("and", "of", "for"):
        words.pop()
    return _joined(words) if len(words) > 1 or words[0].text.isupper() else None


# ---------------------------------------------------------------- period

_PERIOD = re.compile(
    r"(?i)\b(?:(?:over|during|within|across|in|for)\s+(?:the\s+|a\s+)?(?:next\s+|coming\s+|following\s+|first\s+)?"
    r"(?:[\w]+[\s-])?(?:years?|months?|weeks?|decades?|days?|quarter)(?:\s+period)?"
    r"|(?:a|per|each|every|an)\s+(?:year|annum|month|week|day|hour)|annually|yearly)\b"
    r"(?!\s+(?:earlier|ago|later|before|after)\b)")


def _period(text: str, item: _Item, limit: int) -> str | None:
    window = text[item.end:min(limit, item.end + 60)]
    m = _PERIOD.search(window)
    if not m or re.search(r"[.;!?]", window[:m.start()]):
        return None
    return " ".join(m.group().split())


# ---------------------------------------------------------------- the panel


def extract_money(parsed: ParsedArticle, names: Names) -> list[Funding]:
    """Every money amount of the article, in text order, with its kind, terms and evidence; one
    figure repeated for one fact is one item citing every mention."""
    text = parsed.text
    article = parsed.article
    locale = _Locale(f"{article.text}\n{article.source or ''}")
    items = _items(text, _scan(text, locale))
    items = sorted(items + _inherited(parsed, items), key=lambda it: it.start)
    found: list[tuple[Funding, _Item]] = []
    for sentence, members in _by_sentence(parsed, items):
        span = (sentence.start, sentence.end) if sentence else (members[0].start, members[-1].end)
        ctx = _context(text, span, members)
        scores = [_score(ctx, j) for j in range(len(members))]
        for j, item in enumerate(members):
            kind = _kind(parsed, sentence, ctx, members, scores, j)
            found.append((_funding(parsed, names, sentence, ctx, j, members, kind), item))
    return _join_repeats([f for funding, item in found for f in _bounds(funding, item)])


def _by_sentence(parsed: ParsedArticle, items: list[_Item]) -> list[tuple[Sentence | None, list[_Item]]]:
    groups: dict[int, tuple[Sentence | None, list[_Item]]] = {}
    for k, item in enumerate(items):
        sentence = parsed.sentence_at(item.start)
        key = sentence.start if sentence else -1 - k
        groups.setdefault(key, (sentence, []))[1].append(item)
    return list(groups.values())


_MORE_OF_THE_SAME = re.compile(r"(?i)\b(?:an\s+additional|a\s+further|an\s+extra|another)\s+$")


def _kind(parsed: ParsedArticle, sentence: Sentence | None, ctx: _Context, members: list[_Item],
          scores: list[_Score], j: int) -> str:
    """Funding or other, from the amount's own words; an amount with none takes the kind of the
    amount it is listed with, else that of the sentence before (a list's lead-in, a sentence broken
    by a stray line break)."""
    score = scores[j]
    if j > 0 and _MORE_OF_THE_SAME.search(parsed.text, max(0, members[j].start - 16), members[j].start) \
            and scores[j - 1].seen:
        score = scores[j - 1]  # "$2m a year with an additional $180,000 for start-up costs": more of the same money
    if not score.seen:
        for other in _coordinated(parsed.text, ctx, members, j):
            if scores[other].seen:
                score = scores[other]
                break
    if not score.seen and sentence is not None:
        previous = _previous_sentence(parsed, sentence)
        if previous is not None:
            score = _sentence_cues(parsed.text, previous)
    return "funding" if score.funding > score.other else "other"


def _funding(parsed: ParsedArticle, names: Names, sentence: Sentence | None, ctx: _Context, j: int,
             group: list[_Item], kind: str) -> Funding:
    item = group[j]
    text = parsed.text
    funder = recipient = None
    if kind == "funding" and sentence is not None:
        funder, recipient = _parties(parsed, names, sentence, ctx, j, item, group)
    limit = group[j + 1].start if j + 1 < len(group) else (sentence.end if sentence else len(text))
    return Funding(
        amount=item.amount.values[0], currency=item.amount.currency, kind=kind,
        text=" ".join(text[item.start:item.end].split()), qualifier=item.qualifier,
        period=_period(text, item, limit), funder=funder, recipient=recipient,
        equivalents=list(item.equivalents), evidence=[parsed.evidence(item.start, item.end)],
    )


def _bounds(funding: Funding, item: _Item) -> list[Funding]:
    """A range ("$2-3 million") is two amounts, its bounds, each citing the whole range."""
    if len(item.amount.values) < 2:
        return [funding]
    upper = replace(funding, amount=item.amount.values[1], equivalents=list(funding.equivalents),
                    evidence=list(funding.evidence))
    return [funding, upper]


def _previous_sentence(parsed: ParsedArticle, sentence: Sentence) -> Sentence | None:
    """The sentence before, in the same paragraph or in one that stops without a full stop."""
    i = bisect_right(parsed.sentences, sentence.start, key=lambda s: s.start) - 1
    if i <= 0 or parsed.sentences[i] != sentence:
        return None
    previous = parsed.sentences[i - 1]
    if previous.paragraph == sentence.paragraph:
        return previous
    ending = parsed.text[previous.start:previous.end].rstrip()[-1:]
    return previous if ending and ending not in ".!?\"\u201d'\u2019)" else None


def _join_repeats(found: list[Funding]) -> list[Funding]:
    """The same figure, currency and kind told twice in one article is one fact ("will retail for
    £79 ..." / "The launch price of £79 ..."), unless the two name different recipients."""
    out: list[Funding] = []
    by_value: dict[tuple[float, str, str], list[Funding]] = {}
    cited: dict[int, set] = {}
    for f in found:
        peers = by_value.setdefault((f.amount, f.currency, f.kind), [])
        same = next((g for g in peers if _same_party(g.recipient, f.recipient)), None)
        if same is None:
            out.append(f)
            peers.append(f)
            cited[id(f)] = set(f.evidence)
            continue
        for e in f.evidence:
            if e not in cited[id(same)]:
                cited[id(same)].add(e)
                same.evidence.append(e)
        for name in ("qualifier", "period", "funder", "recipient"):
            if getattr(same, name) is None:
                setattr(same, name, getattr(f, name))
        if not same.equivalents:
            same.equivalents = list(f.equivalents)
    return out


def _same_party(a: str | None, b: str | None) -> bool:
    """Unknown matches anything; "Northbridge" and "Northbridge University" are one party."""
    if not a or not b:
        return True
    x, y = set(a.lower().split()), set(b.lower().split())
    return x <= y or y <= x
