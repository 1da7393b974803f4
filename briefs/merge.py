"""Many articles' extractions -> one Brief: each fact once, every source kept, disagreements shown.

The order of work matters because each step uses the last:
1. organisations join across the corpus through their names, aliases and acronyms;
2. people join by full name (a name with middle initials joins the same first and last name);
3. articles are grouped into stories through the entities they share (briefs.stories);
4. a surname-only person joins the one known person with that surname: in its own article, else
   in its story, else in the corpus; never when two known people carry it;
5. money, goals and quotes join only within a story and only across articles (two equal amounts in
   one article are two facts), indexed by normalised keys so no step compares all pairs.
Where articles give different values for a fact that should be one (a role, a figure, a deadline,
a count), each value is kept with its articles as a Conflict on the joined item.

Merging never re-reads dates: each item's deadline was resolved against its own article's date.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from briefs import stories
from briefs.extract.lexicon import words as lexicon_words
from briefs.model import (
    Article, Brief, Conflict, Equivalent, Evidence, Funding, Goal, Organisation, Person, Quote,
    item_key, normalise,
)
from briefs.text import mask, split_paragraphs, split_sentences

LEAD_SENTENCES = 2
MONEY_TOLERANCE = 0.01  # amounts within 1% are the same figure (conversions are rounded)
GOAL_SIMILARITY = 0.6  # Dice overlap of the words that carry a goal
QUOTE_COVER = 0.85  # share of the shorter quote's words found in the longer
CONTEXT_SIMILARITY = 0.6  # Dice overlap of two funding sentences telling of one commitment
MAX_POSTING = 50  # a word shared by more items than this is too common to propose a join

_LEGAL_FORMS = frozenset("inc ltd plc llc corp co limited corporation".split())
# Single-word organisation names that name a kind of body, not one body: they link no stories.
_GENERIC_ORGS = frozenset("""
government parliament police treasury cabinet council court congress senate ministry department
university college commission army navy opposition administration state church bank company
""".split())
_STOP = frozenset("""
a an the of to in on at for by with from and or but as into onto over under than that this these
those its their his her our your it they he she we i be is are was were been being has have had
do does did not no nor so such also both either each any all more most less least very about
around approximately nearly almost roughly some several up down out off within across between
per via will would shall should can could may might must
""".split())
# Words that frame a goal rather than say what it is ("aims to", "is expected to").
_FRAMING = frozenset("""
aim aims aimed aiming plan plans planned planning intend intends intended expect expects expected
set seek seeks target targets targeted want wants hope hopes going scheduled due commit commits
committed pledge pledges pledged promise promises promised goal objective ambition try tries
""".split())
_DATE_WORDS = frozenset("""
january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
year years month months week weeks day days decade quarter next last end beginning start early
late mid spring summer autumn fall winter today tomorrow now soon time period
""".split())
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                      "eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12"})
_YEAR = re.compile(r"(?:19|20)\d\d")


# ---------------------------------------------------------------- words and keys

# The common forms of address, for when the shared lexicon file is not there.
_BASIC_HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor sir dame lord lady rev".split())


@cache
def _honorifics() -> frozenset[str]:
    try:
        return lexicon_words("honorifics.txt") | _BASIC_HONORIFICS
    except (FileNotFoundError, OSError):
        return _BASIC_HONORIFICS


def person_tokens(name: str) -> list[str]:
    """A person's name as normalised words, without leading honorifics ("Lord Fenmore")."""
    return list(_person_tokens(name))


@lru_cache(maxsize=1 << 16)
def _person_tokens(name: str) -> tuple[str, ...]:
    tokens = normalise(name).split()
    honorifics = _honorifics()
    while len(tokens) > 1 and tokens[0] in honorifics:
        tokens = tokens[1:]
    return tuple(tokens)


@lru_cache(maxsize=1 << 16)
def org_key(name: str) -> str:
    """An organisation's name as a key: case, possessive, a leading "the" and legal forms dropped."""
    tokens = normalise(name).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _LEGAL_FORMS:
        tokens = tokens[:-1]
    return " ".join(tokens)


def stem(word: str) -> str:
    """Light stemming: plural endings off, then the first six letters ("operating"/"operational")."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:6]


def content_words(text: str, drop: Iterable[frozenset[str]] = ()) -> set[str]:
    """The stemmed words that carry a phrase: no stop words, numbers or words in `drop`."""
    out = set()
    for word in normalise(text).split():
        if word in _STOP or word in _NUMBER_WORDS or any(c.isdigit() for c in word):
            continue
        if any(word in d for d in drop):
            continue
        out.add(stem(word))
    return out


def counts(text: str) -> dict[str, str]:
    """The figures in a phrase by what they count: "25 doctoral researchers" -> {"doctor": "25"}.

    Number words count too ("five-year" -> {"year": "5"}); years are deadlines, not counts.
    """
    tokens = re.findall(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+", text)
    out: dict[str, str] = {}
    for n, token in enumerate(tokens):
        value = token.replace(",", "") if token[0].isdigit() else _NUMBER_WORDS.get(token.lower())
        if value is None or _YEAR.fullmatch(value):
            continue
        counted = next((t.lower() for t in tokens[n + 1:] if t.lower() not in _STOP), "")
        out.setdefault(stem(counted), value)
    return out


def dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


class _Words:
    """Each distinct word once, with a number: the quote clustering holds every quote's words,
    and a word in many quotes is otherwise a new string in each."""

    def __init__(self) -> None:
        self.number: dict[str, int] = {}
        self.word: dict[str, str] = {}

    def tokens(self, text: str) -> list[str]:
        word = self.word
        return [word.setdefault(w, w) for w in quote_tokens(text)]

    def share(self, words: set[str]) -> set[str]:
        word = self.word
        return {word.setdefault(w, w) for w in words}

    def shingles(self, tokens: Sequence[str]) -> list[int | tuple[int, ...]]:
        """The quote's 3-word fragments, each as one number (a shorter quote as a tuple): the
        same fragments are the same keys, as their texts were, at a fraction of the memory."""
        ids = [self.number.setdefault(w, len(self.number)) for w in tokens]
        if len(ids) < 3:
            return [tuple(ids)]
        size = _WORD_IDS
        return [(x * size + y) * size + z for x, y, z in zip(ids, ids[1:], ids[2:])]


# Word numbers are below this (a corpus has far fewer distinct words), so a 3-word number never
# stands for two different fragments. A bigger corpus only makes the numbers longer, never equal.
_WORD_IDS = 1 << 40


# ---------------------------------------------------------------- entries and clusters

@dataclass(slots=True)
class _Entry:
    """One extracted item and the article (its position in the input) it came from."""

    item: Any
    article: int
    key: tuple = ()  # where it comes from, independent of input order (see _Corpus.sort_key)


class _Clusters:
    """Union-find over entries that knows each cluster's articles, so joins can stay across articles."""

    def __init__(self, articles: Sequence[Iterable[int]]) -> None:
        self.parent = list(range(len(articles)))
        # One article per entry as a number; a set only where there are more (a set each was
        # the largest part of a cluster, and most entries never join another).
        self._one: list[int] = []
        self._many: dict[int, set[int]] = {}
        for i, found in enumerate(articles):
            found = set(found)
            self._one.append(min(found, default=-1))
            if len(found) != 1:
                self._many[i] = found

    @classmethod
    def of(cls, entries: Sequence[_Entry]) -> _Clusters:
        return cls([[e.article] for e in entries])

    def articles(self, i: int) -> set[int]:
        """The articles of the cluster whose root is `i` (of entry `i` alone, once it is not)."""
        many = self._many.get(i)
        return many if many is not None else {self._one[i]}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def disjoint(self, a: int, b: int) -> bool:
        return self.articles(self.find(a)).isdisjoint(self.articles(self.find(b)))

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self._many[keep] = self.articles(keep) | self.articles(gone)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


def _first_start(item: Any) -> int:
    return min((e.start for e in item.evidence), default=-1)


@dataclass(slots=True)
class _Corpus:
    articles: Sequence[Article]
    story: list[int]  # story number per article
    texts: list[str]  # each article's text with boilerplate masked

    def sort_key(self, entry: _Entry) -> tuple:
        """Where an entry comes from, independent of input order: article id, then position."""
        return entry.key or (self.articles[entry.article].id, _first_start(entry.item),
                             item_key(entry.item))


def _join_pairs(clusters: _Clusters, pairs: list[tuple[tuple, int, int]]) -> None:
    """Join candidate pairs best first (ties by source), each only across different articles."""
    for _, a, b in sorted(pairs, key=lambda p: p[0]):
        if clusters.find(a) != clusters.find(b) and clusters.disjoint(a, b):
            clusters.union(a, b)


def _candidates(keys: Iterable[Iterable[Hashable]]) -> Iterator[tuple[int, int]]:
    """Pairs (a, b), a < b, of entries sharing a key, from an index; keys shared by too many entries
    propose none. Made one entry at a time, in order: a corpus's candidate pairs all at once
    were the largest thing merging held (hundreds of megabytes at 10,000 articles)."""
    index: dict[Hashable, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in set(ks):
            index[k].append(i)
    postings: dict[int, list[list[int]]] = defaultdict(list)  # entry -> the key lists it is in
    for members in index.values():
        if 1 < len(members) <= MAX_POSTING:
            for a in members:
                postings[a].append(members)
    del index
    for a in sorted(postings):
        near = {b for members in postings.pop(a) for b in members if b > a}
        yield from ((a, b) for b in sorted(near))


def _by_story(corpus: _Corpus, entries: Sequence[_Entry]) -> list[list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        out[corpus.story[e.article]].append(i)
    return list(out.values())


# ---------------------------------------------------------------- organisations

def _is_acronym(name: str) -> bool:
    return " " not in name and 2 <= sum(c.isupper() for c in name) and len(name) <= 12


def acronym_fits(acronym: str, name: str) -> bool:
    """Whether an acronym can stand for a name: its letters, in order, in the name's letters from
    the start of one of its words ("PolyU" and "HKPU" for "Hong Kong Polytechnic University", "NBU"
    for "Northbridge University"; not "NYSE" for "Vantor Robotics")."""
    letters = [c for c in acronym.lower() if c.isalnum()]
    words = re.findall(r"\w+", name.lower())
    for start in range(len(words)):
        rest = iter("".join(words[start:]))
        if letters and letters[0] == words[start][0] and all(c in rest for c in letters):
            return True
    return False


def _defined_acronyms(text: str, members: Sequence[int], entries: Sequence[_Entry]
                      ) -> list[tuple[int, int]]:
    """Pairs (full name, acronym) an article defines as "Full Name (ACR)", among its own items."""
    forms = [(f, i) for i in members for f in [entries[i].item.name, *entries[i].item.aliases]
             if len(f.split()) > 1]
    pairs = []
    for i in members:
        acronym = entries[i].item.name.strip()
        if not _is_acronym(acronym):
            continue
        for m in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", text):
            before = text[max(0, m.start() - 120):m.start()].rstrip()
            pairs += [(j, i) for f, j in forms if j != i and before.endswith(f) and acronym_fits(acronym, f)]
    return pairs


def _org_clusters(entries: Sequence[_Entry], texts: Sequence[str]) -> _Clusters:
    """Same name, alias or acronym -> one organisation; an acronym two organisations claim joins
    only within an article. An acronym the article defines in brackets joins its full name."""
    clusters = _Clusters.of(entries)
    in_article: dict[int, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        in_article[e.article].append(i)
    for article, members in in_article.items():
        for a, b in _defined_acronyms(texts[article], members, entries):
            clusters.union(a, b)
    primary = [org_key(e.item.name) for e in entries]
    index: dict[str, list[int]] = defaultdict(list)
    owners: dict[str, set[str]] = defaultdict(set)
    for i, e in enumerate(entries):
        index[primary[i]].append(i)
        for alias in e.item.aliases:
            key = org_key(alias)
            if key and key != primary[i]:
                index[key].append(i)
                owners[key].add(primary[i])
    for key, members in index.items():
        if not key:
            continue
        if len(owners[key]) > 1:
            by_article: dict[int, list[int]] = defaultdict(list)
            for i in members:
                by_article[entries[i].article].append(i)
            groups = list(by_article.values())
        else:
            groups = [members]
        for group in groups:
            for i in group[1:]:
                clusters.union(group[0], i)
    return clusters


# ---------------------------------------------------------------- people

def _compatible_middles(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b or a == b:
        return True
    return len(a) == len(b) and all(x == y or (len(x) == 1 and y.startswith(x)) or
                                    (len(y) == 1 and x.startswith(y)) for x, y in zip(a, b))


def _full_name_clusters(entries: Sequence[_Entry]) -> _Clusters:
    """The same full name joins; "Tomas J. Reyes" joins "Tomas Reyes" unless two different middle
    names are known for that first and last name."""
    clusters = _Clusters.of(entries)
    by_ends: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        tokens = person_tokens(e.item.name)
        if len(tokens) >= 2:
            by_ends[(tokens[0], tokens[-1])].append(i)
    for members in by_ends.values():
        middles = {i: tuple(person_tokens(entries[i].item.name)[1:-1]) for i in members}
        variants = sorted({m for m in middles.values() if m})
        ambiguous = any(not _compatible_middles(x, y) for x in variants for y in variants)
        first_of: dict[tuple[str, ...], int] = {}
        for i in members:
            key = middles[i] if ambiguous else ()
            if key in first_of:
                clusters.union(first_of[key], i)
            else:
                first_of[key] = i
    return clusters


def _surname_of(entry: _Entry) -> str | None:
    tokens = person_tokens(entry.item.name)
    return tokens[0] if len(tokens) == 1 else None


def _join_surnames(entries: Sequence[_Entry], clusters: _Clusters, corpus: _Corpus) -> None:
    """A surname-only person joins the one full-name person carrying that surname, looking in its
    own article, then its story, then the corpus; two candidates at any level stop the search.
    With no one carrying it, the same surname within one story is one person."""
    carriers: dict[tuple, list[int]] = defaultdict(list)  # (scope, surname) -> full-name entries
    for i, e in enumerate(entries):
        tokens = person_tokens(e.item.name)
        if len(tokens) < 2:
            continue
        surnames = {tokens[-1]} | {a[0] for a in map(person_tokens, e.item.aliases) if len(a) == 1}
        for surname in surnames:
            for scope in _scopes(e, corpus):
                carriers[(scope, surname)].append(i)
    alone: dict[tuple, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        surname = _surname_of(e)
        if surname is None:
            continue
        for scope in _scopes(e, corpus):
            found: set[int] = set()
            for j in carriers.get((scope, surname), ()):
                found.add(clusters.find(j))
                if len(found) > 1:
                    break
            if len(found) == 1:
                clusters.union(found.pop(), i)
            if found:
                break
        else:
            alone[(corpus.story[e.article], surname)].append(i)
    for members in alone.values():
        for i in members[1:]:
            clusters.union(members[0], i)


def _scopes(entry: _Entry, corpus: _Corpus) -> tuple[tuple, ...]:
    """Where to look for a surname's carrier, nearest first: the article, the story, the corpus."""
    return (("article", entry.article), ("story", corpus.story[entry.article]), ("corpus",))


def _overlap(a: str, b: str) -> bool:
    return bool(content_words(a) & content_words(b)) or normalise(a) == normalise(b)


def _role_conflicts(members: Sequence[_Entry], corpus: _Corpus) -> list[Conflict]:
    """Articles of one story that give a person roles with no word in common disagree."""
    roles_of: dict[int, list[str]] = defaultdict(list)
    for e in members:
        roles_of[e.article].extend(r for r in e.item.roles if r.strip())
    conflicts = []
    by_story: dict[int, list[int]] = defaultdict(list)
    for article in sorted(roles_of, key=lambda a: corpus.articles[a].id):
        if roles_of[article]:
            by_story[corpus.story[article]].append(article)
    for articles in by_story.values():
        groups = _components(articles, lambda a, b: any(
            _overlap(x, y) for x in roles_of[a] for y in roles_of[b]))
        if len(groups) < 2:
            continue
        found = [Conflict("role", _fullest(r for a in g for r in roles_of[a]), _ids(corpus, g))
                 for g in groups]
        conflicts += sorted(found, key=lambda c: (-len(c.articles), c.articles))
    return conflicts


def _components(nodes: Sequence[int], linked: Callable[[int, int], bool]) -> list[list[int]]:
    """Connected groups of a few nodes (the articles of one item: small, so pairs are cheap)."""
    groups: list[list[int]] = []
    for node in nodes:
        hits = [g for g in groups if any(linked(node, other) for other in g)]
        merged = [node] + [n for g in hits for n in g]
        groups = [g for g in groups if g not in hits] + [merged]
    return groups


# ---------------------------------------------------------------- money

def _usable(pairs: Iterable[tuple[float, str]]) -> list[tuple[float, str]]:
    return [(a, c) for a, c in pairs if isinstance(a, (int, float)) and math.isfinite(a) and a > 0]


def _values(f: Funding) -> list[tuple[float, str]]:
    """The amount and its stated equivalents, as (amount, currency)."""
    return _usable([(f.amount, f.currency.upper())] + _equivalent_values(f))


def _equivalent_values(f: Funding) -> list[tuple[float, str]]:
    return _usable((e.amount, e.currency.upper()) for e in f.equivalents)


def _agree(x: float, y: float) -> bool:
    return abs(x - y) <= MONEY_TOLERANCE * max(abs(x), abs(y))


def same_money(a: Funding, b: Funding) -> bool:
    """Same amount in the same currency; or, in different currencies, one's amount equal to the
    other's stated equivalent. Two different amounts in one currency never match."""
    if a.currency.upper() == b.currency.upper():
        return _agree(a.amount, b.amount)
    return (any(c == a.currency.upper() and _agree(v, a.amount) for v, c in _equivalent_values(b)) or
            any(c == b.currency.upper() and _agree(v, b.amount) for v, c in _equivalent_values(a)))


def _money_buckets(f: Funding) -> list[str]:
    """Index keys: currency and a 1%-wide log bucket, with the neighbours for values on an edge."""
    out = []
    for amount, currency in _values(f):
        bucket = math.floor(math.log(amount) / math.log1p(MONEY_TOLERANCE))
        out += [f"{currency}:{bucket + d}" for d in (-1, 0, 1)]
    return out


def _money_clusters(entries: Sequence[_Entry], corpus: _Corpus) -> _Clusters:
    clusters = _Clusters.of(entries)
    pairs = []
    for story in _by_story(corpus, entries):
        keys = [_money_buckets(entries[i].item) for i in story]
        for a, b in _candidates(keys):
            x, y = entries[story[a]], entries[story[b]]
            if x.article == y.article or not same_money(x.item, y.item):
                continue
            exact = x.item.currency.upper() == y.item.currency.upper()
            gap = abs(x.item.amount - y.item.amount) / max(x.item.amount, y.item.amount) if exact else 1
            pairs.append(((not exact, gap, *sorted((corpus.sort_key(x), corpus.sort_key(y)))),
                          story[a], story[b]))
    _join_pairs(clusters, pairs)
    return clusters


def _party(name: str | None, orgs: dict[str, int]) -> str | None:
    if not name or not name.strip():
        return None
    key = org_key(name)
    return f"org:{orgs[key]}" if key in orgs else f"name:{key}"


def _disputed_figures(groups: list[list[int]], entries: Sequence[_Entry], corpus: _Corpus,
                      orgs: dict[str, int]) -> list[list[list[int]]]:
    """Amount groups that tell of one commitment with different figures, joined as one item.

    One commitment: the same funder and recipient, or the same sentence around the amount, in
    articles of one story, each article giving one figure for it, in the same currency.
    """
    uf = _Clusters([[entries[i].article for i in g] for g in groups])
    funding = [n for n, g in enumerate(groups) if any(entries[i].item.kind == "funding" for i in g)]

    def story(n: int) -> int:
        return corpus.story[entries[groups[n][0]].article]

    def currency(n: int) -> str:
        return entries[groups[n][0]].item.currency.upper()

    def commitment(n: int) -> tuple[str | None, str | None]:
        items = [entries[i].item for i in groups[n]]
        return (_first(_party(f.funder, orgs) for f in items),
                _first(_party(f.recipient, orgs) for f in items))

    by_parties: dict[tuple, list[int]] = defaultdict(list)
    for n in funding:
        funder, recipient = commitment(n)
        if funder and recipient:
            by_parties[(story(n), currency(n), funder, recipient)].append(n)
    for members in by_parties.values():
        articles = [a for n in members for a in uf.articles(n)]
        if len(members) > 1 and len(articles) == len(set(articles)):
            for n in members[1:]:
                uf.union(members[0], n)

    shared = _Words()
    words = {n: shared.share(content_words(" ".join(e.sentence for i in groups[n]
                                                     for e in entries[i].item.evidence), [_DATE_WORDS]))
             for n in funding}
    pairs = []
    for a, b in _candidates([f"{story(n)}:{currency(n)}:{w}" for w in words[n]] for n in funding):
        x, y = funding[a], funding[b]
        cx, cy = commitment(x), commitment(y)
        if any(p and q and p != q for p, q in zip(cx, cy)):
            continue
        score = dice(words[x], words[y])
        if score >= CONTEXT_SIMILARITY and len(words[x] & words[y]) >= 4:
            key = sorted(min(corpus.sort_key(entries[i]) for i in groups[n]) for n in (x, y))
            pairs.append(((-score, *key), x, y))
    _join_pairs(uf, pairs)
    out: dict[int, list[list[int]]] = defaultdict(list)
    for n, g in enumerate(groups):
        out[uf.find(n)].append(g)
    return list(out.values())


# ---------------------------------------------------------------- goals and quotes

def goal_words(text: str) -> set[str]:
    """The words that carry a goal: no framing ("aims to"), dates, hedges or numbers."""
    return content_words(text, [_FRAMING, _DATE_WORDS])


def same_goal(a: set[str], b: set[str]) -> bool:
    common = a & b
    return dice(a, b) >= GOAL_SIMILARITY and (len(common) >= 2 or (bool(common) and a == b))


_NEW = frozenset({"new"})


def _same_actor(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    wa, wb = _actor_words(a), _actor_words(b)
    return not wa or not wb or bool(wa & wb) or org_key(a) == org_key(b)


@lru_cache(maxsize=1 << 14)
def _actor_words(actor: str) -> frozenset[str]:
    return frozenset(content_words(actor, [_NEW]))


def _goal_clusters(entries: Sequence[_Entry], corpus: _Corpus) -> _Clusters:
    clusters = _Clusters.of(entries)
    shared = _Words()
    words = [shared.share(goal_words(e.item.text)) for e in entries]
    pairs = []
    for story in _by_story(corpus, entries):
        for a, b in _candidates([words[i] for i in story]):
            i, j = story[a], story[b]
            x, y = entries[i], entries[j]
            if x.article == y.article or not same_goal(words[i], words[j]):
                continue
            if not _same_actor(x.item.actor, y.item.actor):
                continue
            key = sorted((corpus.sort_key(x), corpus.sort_key(y)))
            pairs.append(((-dice(words[i], words[j]), *key), i, j))
    _join_pairs(clusters, pairs)
    return clusters


def quote_tokens(text: str) -> list[str]:
    return normalise(text).split()


def same_quote(a: Sequence[str], b: Sequence[str]) -> bool:
    """The same words allowing for punctuation, case and truncation: one inside the other, or
    nearly all the shorter one's words in the longer."""
    short, long = sorted((a, b), key=len)
    if list(short) == list(long):
        return bool(short)
    if len(short) >= 4 and f" {' '.join(short)} " in f" {' '.join(long)} ":
        return True
    words = set(short)
    return len(words) >= 5 and len(words & set(long)) / len(words) >= QUOTE_COVER




def _quote_clusters(entries: Sequence[_Entry], corpus: _Corpus,
                    same_speaker: Callable[[str | None, str | None], bool]) -> _Clusters:
    clusters = _Clusters.of(entries)
    words = _Words()
    tokens = [words.tokens(e.item.text) for e in entries]
    pairs = []
    for story in _by_story(corpus, entries):
        for a, b in _candidates(words.shingles(tokens[i]) for i in story):
            i, j = story[a], story[b]
            x, y = entries[i], entries[j]
            if x.article == y.article or not same_quote(tokens[i], tokens[j]):
                continue
            if not same_speaker(x.item.speaker, y.item.speaker):
                continue
            pairs.append((tuple(sorted((corpus.sort_key(x), corpus.sort_key(y)))), i, j))
    _join_pairs(clusters, pairs)
    return clusters


def _speaker_matcher(people: Sequence[_Entry], clusters: _Clusters
                     ) -> Callable[[str | None, str | None], bool]:
    """Two speakers are compatible when either is unknown, they are one joined person, or one
    name's words hold the other's ("Zhang" and "Zhang Lei")."""
    person_of: dict[str, int] = {}
    for i, e in enumerate(people):
        for name in [e.item.name, *e.item.aliases]:
            person_of.setdefault(" ".join(person_tokens(name)), clusters.find(i))

    def same(a: str | None, b: str | None) -> bool:
        if not a or not b:
            return True
        ka, kb = " ".join(person_tokens(a)), " ".join(person_tokens(b))
        if ka == kb or set(ka.split()) <= set(kb.split()) or set(kb.split()) <= set(ka.split()):
            return True
        return ka in person_of and person_of.get(ka) == person_of.get(kb)
    return same


# ---------------------------------------------------------------- building joined items

def _ids(corpus: _Corpus, articles: Iterable[int]) -> list[str]:
    return sorted({corpus.articles[a].id for a in articles})


def _first(values: Iterable[str | None]) -> str | None:
    return next((v for v in values if v), None)


def _fullest(values: Iterable[str]) -> str:
    """The longest form; among equals the most frequent, then one not in capitals ("Oppo", not
    "OPPO"), then the first in sort order."""
    seen = Counter(v for v in values if v)
    return min(seen, key=lambda v: (-len(v), -seen[v], v.isupper(), v)) if seen else ""


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v.strip() for v in values if v and v.strip())
    return min(counts, key=lambda v: (-counts[v], -len(v), v)) if counts else None


def _distinct(values: Iterable[str], key: Callable[[str], Any]) -> list[str]:
    """Values in order, dropping any whose key an earlier one has; the fullest of equals first."""
    values = [v for v in values if v and v.strip()]
    best: dict[Any, str] = {}
    for v in values:
        k = key(v)
        if k not in best or len(v) > len(best[k]):
            best[k] = v
    seen, out = set(), []
    for v in values:
        k = key(v)
        if k not in seen:
            seen.add(k)
            out.append(best[k])
    return out


def _evidence(members: Sequence[_Entry], corpus: _Corpus, order: dict[str, int]) -> list[Evidence]:
    found = {ev for e in members for ev in e.item.evidence}
    return sorted(found, key=lambda ev: (order.get(ev.article, len(order)), ev.start, ev.end,
                                         ev.sentence))


def _name_forms(members: Sequence[_Entry]) -> list[str]:
    return [f for e in members for f in [e.item.name, *e.item.aliases] if f and f.strip()]


def _possessive(form: str, forms: set[str]) -> bool:
    bare = re.sub(r"['\u2019]s?$", "", form)
    return bare != form and bare in forms


def _aliases(name: str, forms: Iterable[str]) -> list[str]:
    """Every other form, once, without possessives ("Oppo's") of a form already there."""
    forms = [f.strip() for f in forms]
    present = set(forms)
    out = []
    for f in forms:
        if f != name and f not in out and not _possessive(f, present):
            out.append(f)
    return out


def _merge_person(members: Sequence[_Entry], corpus: _Corpus, order: dict[str, int]) -> Person:
    members = sorted(members, key=corpus.sort_key)
    full = [e.item.name.strip() for e in members if len(person_tokens(e.item.name)) >= 2]
    name = _fullest(full or [e.item.name.strip() for e in members])
    roles = _distinct((r.strip() for e in members for r in e.item.roles),
                      lambda r: frozenset(content_words(r)) or normalise(r))
    organisations = _distinct((o.strip() for e in members for o in e.item.organisations), org_key)
    conflicts = [c for e in members for c in e.item.conflicts] + _role_conflicts(members, corpus)
    return Person(name=name, aliases=_aliases(name, _name_forms(members)), roles=roles,
                  organisations=organisations, evidence=_evidence(members, corpus, order),
                  conflicts=conflicts)


def _merge_organisation(members: Sequence[_Entry], corpus: _Corpus, order: dict[str, int]
                        ) -> Organisation:
    members = sorted(members, key=corpus.sort_key)
    name = _fullest(e.item.name.strip() for e in members)
    return Organisation(name=name, aliases=_aliases(name, _name_forms(members)),
                        evidence=_evidence(members, corpus, order),
                        conflicts=[c for e in members for c in e.item.conflicts])


def _amount_text(f: Funding) -> str:
    amount = f"{f.amount:,.0f}" if float(f.amount).is_integer() else f"{f.amount:,.2f}"
    return f"{amount} {f.currency.upper()}"


def _merge_funding(groups: list[list[_Entry]], corpus: _Corpus, order: dict[str, int]) -> Funding:
    """One commitment: the figure most articles give leads; the others stay as conflicts."""
    groups = [sorted(g, key=corpus.sort_key) for g in groups]
    groups.sort(key=lambda g: (-len({e.article for e in g}), corpus.sort_key(g[0])))
    lead = groups[0]
    main = min(lead, key=lambda e: (-len(e.item.text or ""), corpus.sort_key(e))).item
    members = [e for g in groups for e in g]
    items = [e.item for e in members]
    conflicts = [c for f in items for c in f.conflicts]
    if len(groups) > 1:
        conflicts += [Conflict("amount", _amount_text(g[0].item), _ids(corpus, (e.article for e in g)))
                      for g in groups]
    return Funding(
        amount=main.amount, currency=main.currency,
        kind="funding" if any(f.kind == "funding" for f in items) else "other",
        text=main.text, qualifier=_most_common(f.qualifier for f in items),
        period=_most_common(f.period for f in items), funder=_most_common(f.funder for f in items),
        recipient=_most_common(f.recipient for f in items),
        equivalents=_equivalents(main, [e.item for e in lead]),
        evidence=_evidence(members, corpus, order), conflicts=conflicts)


def _equivalents(main: Funding, items: Sequence[Funding]) -> list[Equivalent]:
    """Every other currency the articles state the figure in, once per currency and value."""
    out: list[Equivalent] = []
    for f in items:
        for amount, currency in _values(f):
            if currency == main.currency.upper():
                continue
            if not any(e.currency == currency and _agree(e.amount, amount) for e in out):
                out.append(Equivalent(amount, currency))
    return out


def _value_conflicts(field: str, values: dict[int, str | None], corpus: _Corpus,
                     same: Callable[[str, str], bool]) -> list[Conflict]:
    """Articles giving values for one fact that are not the same: each value with its articles."""
    given = sorted((a for a, v in values.items() if v), key=lambda a: corpus.articles[a].id)
    groups = _components(given, lambda a, b: same(values[a], values[b]))
    if len(groups) < 2:
        return []
    conflicts = [Conflict(field, _fullest(values[a] for a in g), _ids(corpus, g)) for g in groups]
    return sorted(conflicts, key=lambda c: (-len(c.articles), c.articles))


def _compatible_dates(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _merge_goal(members: Sequence[_Entry], corpus: _Corpus, order: dict[str, int]) -> Goal:
    members = sorted(members, key=corpus.sort_key)
    items = [e.item for e in members]
    deadlines = {e.article: e.item.deadline for e in members if e.item.deadline}
    conflicts = [c for g in items for c in g.conflicts]
    conflicts += _value_conflicts("deadline", deadlines, corpus, _compatible_dates)
    conflicts += _count_conflicts(members, corpus)
    return Goal(text=_fullest(g.text.strip() for g in items), actor=_most_common(g.actor for g in items),
                deadline=_deadline(deadlines, corpus), evidence=_evidence(members, corpus, order),
                conflicts=conflicts)


def _deadline(deadlines: dict[int, str], corpus: _Corpus) -> str | None:
    """The deadline most articles give, the most precise among those that agree."""
    if not deadlines:
        return None
    support = {d: sum(_compatible_dates(d, o) for o in deadlines.values()) for d in deadlines.values()}
    return min(support, key=lambda d: (-support[d], -len(d), d))


def _count_conflicts(members: Sequence[_Entry], corpus: _Corpus) -> list[Conflict]:
    """A goal's counts ("25" vs "30 doctoral researchers"): articles giving different figures for
    the same counted thing disagree."""
    per_thing: dict[str, dict[int, str]] = defaultdict(dict)
    for e in members:
        for thing, value in counts(e.item.text).items():
            per_thing[thing].setdefault(e.article, value)
    conflicts = []
    for thing in sorted(per_thing):
        conflicts += _value_conflicts("count", per_thing[thing], corpus, lambda x, y: x == y)
    return conflicts


def _merge_quote(members: Sequence[_Entry], corpus: _Corpus, order: dict[str, int]) -> Quote:
    members = sorted(members, key=corpus.sort_key)
    items = [e.item for e in members]
    return Quote(text=_fullest(q.text for q in items), speaker=_speaker(q.speaker for q in items),
                 evidence=_evidence(members, corpus, order),
                 conflicts=[c for q in items for c in q.conflicts])


def _speaker(names: Iterable[str | None]) -> str | None:
    counts = Counter(n for n in names if n)
    return min(counts, key=lambda n: (-counts[n], -len(n), n)) if counts else None


# ---------------------------------------------------------------- stories

def _lead_end(text: str) -> int:
    """Offset where the opening sentences end in an article's masked text (captions skipped)."""
    seen = 0
    for start, end in split_paragraphs(text):
        for _, stop in split_sentences(text, start, end):
            seen += 1
            if seen >= LEAD_SENTENCES:
                return stop
    return len(text)


def _spans(text: str, forms: Sequence[str]) -> list[tuple[int, int]]:
    """Where the forms occur in the text as whole words, a form inside a longer match not counted
    again ("Lee" inside "Ann Lee"). str.find, not a regex per entity: compiling is slow."""
    found = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                found.append((at, end))
            at = text.find(form, at + 1)
    out: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda s: (s[0], -s[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def _mention(article: Article, text: str, lead_end: int, forms: Sequence[str],
             members: Sequence[_Entry]) -> stories.Mention:
    starts = [start for start, _ in _spans(text, forms)]
    evidence = [ev.start for e in members for ev in e.item.evidence]
    in_title = bool(article.title and _spans(article.title, forms))
    return stories.Mention(in_lead=in_title or any(s < lead_end for s in starts + evidence),
                           count=max(len(starts), len(evidence)))


def _person_forms(members: Sequence[_Entry]) -> list[str]:
    forms = _name_forms(members)
    return forms + [f.split()[-1] for f in forms if len(f.split()) > 1]


def _money_keys(f: Funding) -> list[str]:
    return [f"money:{c}:{float(f'{a:.3g}'):g}" for a, c in _values(f)]


def _profiles(corpus: _Corpus, orgs: Sequence[_Entry], org_groups: list[list[int]],
              people: Sequence[_Entry], people_groups: list[list[int]],
              money: Sequence[_Entry]) -> tuple[list[stories.Profile], dict[str, str]]:
    """Each article's entities and how salient they are in it; the display name of each entity."""
    texts = corpus.texts
    leads = [_lead_end(t) for t in texts]
    profiles = [stories.Profile(date=a.date) for a in corpus.articles]
    names: dict[str, str] = {}

    def add(key: str, members: list[_Entry], forms: list[str]) -> None:
        by_article: dict[int, list[_Entry]] = defaultdict(list)
        for e in members:
            by_article[e.article].append(e)
        distinct = sorted({f.strip() for f in forms if len(f.strip()) > 1})
        for a, found in by_article.items():
            profiles[a].entities[key] = _mention(corpus.articles[a], texts[a], leads[a], distinct, found)

    for n, group in enumerate(org_groups):
        members = [orgs[i] for i in group]
        forms = _name_forms(members)
        if {org_key(f) for f in forms} <= _GENERIC_ORGS:
            continue
        names[f"org:{n}"] = _short_form(forms)
        add(f"org:{n}", members, forms)
    for n, group in enumerate(people_groups):
        members = [people[i] for i in group]
        names[f"person:{n}"] = _fullest(e.item.name for e in members)
        add(f"person:{n}", members, _person_forms(members))
    for e in money:
        for key in _money_keys(e.item):
            profile = profiles[e.article].entities
            mention = profile.setdefault(key, stories.Mention(anchor=False))
            mention.count += 1
            mention.in_lead |= any(ev.start < leads[e.article] for ev in e.item.evidence)
    return profiles, names


def _short_form(forms: Sequence[str]) -> str:
    """An organisation's shortest usual form for a story label ("PolyU", not its full name)."""
    seen = Counter(f.strip() for f in forms)
    usable = [f for f in seen if len(f) > 1 and f.lower() != f and not _possessive(f, set(seen))]
    usable = usable or list(seen)
    return min(usable, key=lambda f: (len(f), -seen[f], f))


def _fallback_label(article: Article) -> str:
    title = " ".join((article.title or "").split())
    if title:
        return title if len(title) <= 40 else title[:39].rstrip() + "\u2026"
    return article.path.rsplit("/", 1)[-1] or article.id


# ---------------------------------------------------------------- merge

def _entries(articles: Sequence[Article], extractions: Sequence[Any], panel: str) -> list[_Entry]:
    return [_Entry(item, n, (articles[n].id, _first_start(item), item_key(item)))
            for n, ex in enumerate(extractions) for item in getattr(ex, panel)]


def _place(item: Any, order: dict[str, int]) -> tuple:
    ev = item.evidence[0] if item.evidence else None
    return (order.get(ev.article, len(order)), ev.start) if ev else (len(order), 0)


def merge(articles: Sequence[Article], extractions: Sequence[Any]) -> Brief:
    """One brief from each article's extraction (`extractions[n]` belongs to `articles[n]`)."""
    if len(articles) != len(extractions):
        raise ValueError(f"{len(articles)} articles but {len(extractions)} extractions")
    corpus = _Corpus(list(articles), [0] * len(articles),
                     [mask(a.text, a.boilerplate) for a in articles])
    order = {a.id: n for n, a in enumerate(articles)}

    orgs = _entries(articles, extractions, "organisations")
    org_clusters = _org_clusters(orgs, corpus.texts)
    people = _entries(articles, extractions, "people")
    people_clusters = _full_name_clusters(people)

    money = _entries(articles, extractions, "funding")
    profiles, names = _profiles(corpus, orgs, org_clusters.groups(), people,
                                people_clusters.groups(), money)
    corpus.story = stories.group(profiles)
    labels = stories.labels(profiles, corpus.story, names,
                            [_fallback_label(a) for a in articles])
    _join_surnames(people, people_clusters, corpus)

    org_index = {org_key(f): org_clusters.find(i) for i, e in enumerate(orgs)
                 for f in [e.item.name, *e.item.aliases]}
    amount_groups = _money_clusters(money, corpus).groups()
    funding = [_merge_funding([[money[i] for i in g] for g in joined], corpus, order)
               for joined in _disputed_figures(amount_groups, money, corpus, org_index)]
    del money
    speakers = _speaker_matcher(people, people_clusters)

    brief = Brief(articles=[replace(a, story=labels[corpus.story[n]]) for n, a in enumerate(articles)])
    brief.people = [_merge_person([people[i] for i in g], corpus, order)
                    for g in people_clusters.groups()]
    brief.organisations = [_merge_organisation([orgs[i] for i in g], corpus, order)
                           for g in org_clusters.groups()]
    del orgs, org_clusters, org_index
    brief.funding = funding
    # Goals, then quotes: each panel's entries are made when it is joined and let go after, so
    # merging never holds every panel's entries at once.
    goals = _entries(articles, extractions, "goals")
    brief.goals = [_merge_goal([goals[i] for i in g], corpus, order)
                   for g in _goal_clusters(goals, corpus).groups()]
    del goals
    quotes = _entries(articles, extractions, "quotes")
    brief.quotes = [_merge_quote([quotes[i] for i in g], corpus, order)
                    for g in _quote_clusters(quotes, corpus, speakers).groups()]
    for panel in ("people", "organisations", "funding", "goals", "quotes"):
        getattr(brief, panel).sort(key=lambda item: _place(item, order))
    _forget_names()
    return brief


def _forget_names() -> None:
    """Empty the caches that served this merge: kept, they would hold up to 65,536 names and
    phrases each (and their normalised copies) for as long as the program runs."""
    for memo in (normalise, _person_tokens, org_key, _actor_words):
        memo.cache_clear()
