"""The brief's data: articles, the items extracted from them, and the user's curation.

Every item carries `evidence`, the article and character span it came from, so the dashboard can
show the sentence and exports can cite the source. An item's `id` is derived from its kind and a
normalised key, so curation saved against it applies again when the articles are re-read.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

SCHEMA_VERSION = 1

MoneyKind = Literal["funding", "other"]


@dataclass(slots=True)
class Article:
    id: str
    path: str
    text: str
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    source: str | None = None
    # Spans of text kept out of extraction (captions, promotions, front matter), never deleted.
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    story: str | None = None


@dataclass(slots=True, frozen=True)
class Evidence:
    article: str  # Article.id
    sentence: str
    start: int  # offsets of the item's own words in Article.text
    end: int


@dataclass(slots=True)
class Conflict:
    """One of several values that articles give for a fact that should be one."""

    field: str
    value: str
    articles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(slots=True)
class Organisation:
    name: str
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Equivalent:
    amount: float
    currency: str


@dataclass(slots=True)
class Funding:
    """Any money amount; `kind` says whether it is funding."""

    amount: float
    currency: str  # ISO 4217
    kind: MoneyKind = "other"
    text: str = ""
    qualifier: str | None = None
    period: str | None = None
    funder: str | None = None
    recipient: str | None = None
    equivalents: list[Equivalent] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(slots=True)
class Goal:
    text: str
    actor: str | None = None
    deadline: str | None = None  # YYYY[-MM[-DD]]
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    text: str
    speaker: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


Item = Person | Organisation | Funding | Goal | Quote

PANELS: tuple[str, ...] = ("people", "organisations", "funding", "goals", "quotes")


@dataclass(slots=True)
class Curation:
    kept: bool = True
    note: str = ""


@dataclass(slots=True)
class Brief:
    articles: list[Article] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    funding: list[Funding] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    title: str | None = None
    curation: dict[str, Curation] = field(default_factory=dict)  # item id -> curation
    # Article id -> article, for `article()`: the dashboard looks one up per evidence line shown,
    # and a scan of 10,000 articles each time is slow. Rebuilt when `articles` is replaced or
    # changes length; not part of the brief's value.
    _index: tuple[list[Article], int, dict[str, Article]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def panel(self, name: str) -> list:
        return getattr(self, name)

    def article(self, article_id: str) -> Article | None:
        """The first article with this id, or None."""
        index = self._index
        if index is None or index[0] is not self.articles or index[1] != len(self.articles):
            index = self._reindex()
        found = index[2].get(article_id)
        if found is None or found.id != article_id:  # a miss, or an id changed in place: look again
            found = self._reindex()[2].get(article_id)
        return found

    def _reindex(self) -> tuple[list[Article], int, dict[str, Article]]:
        by_id: dict[str, Article] = {}
        for a in self.articles:
            by_id.setdefault(a.id, a)
        self._index = (self.articles, len(self.articles), by_id)
        return self._index

    def curation_of(self, item: Item) -> Curation:
        if not self.curation:  # no id to look up: skip hashing the item
            return Curation()
        return self.curation.get(item_id(item), Curation())

    def is_kept(self, item: Item) -> bool:
        return self.curation_of(item).kept


# ---------------------------------------------------------------- stable ids

_POSSESSIVE = re.compile(r"'s\b")
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Case-, accent-, punctuation- and possessive-insensitive form of a name or phrase.
    Cached: merging calls it on the same names and phrases many times."""
    text = text or ""
    if not text.isascii():  # ASCII has no accents to strip: skip the per-character pass
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("\u2019", "'")
    return " ".join(_WORD.findall(_POSSESSIVE.sub("", text)))


def kind_of(item: Item) -> str:
    return {Person: "person", Organisation: "organisation", Funding: "funding",
            Goal: "goal", Quote: "quote"}[type(item)]


def item_key(item: Item) -> str:
    match item:
        case Person(name=name) | Organisation(name=name):
            return normalise(name)
        case Funding(amount=amount, currency=currency):
            return f"{amount:g} {currency}"
        case Goal(text=text) | Quote(text=text):
            return normalise(text)
    raise TypeError(f"not an item: {item!r}")


def item_id(item: Item) -> str:
    """Stable id: the same fact read again gets the same id."""
    digest = hashlib.blake2s(f"{kind_of(item)}\0{item_key(item)}".encode(), digest_size=6).hexdigest()
    return f"{kind_of(item)[:3]}-{digest}"
