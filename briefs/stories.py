"""Group articles into stories: articles that share their main people, organisations and amounts.

A folder of news may hold several unrelated stories; the brief keeps them apart so that facts are
joined only within the story they belong to. Articles are linked (union-find) through salient
entities they share; an article that shares nothing is its own story. Linking works from an index
of entity -> articles, never by comparing every pair of articles.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from briefs.model import PANELS, Article, Brief, Conflict, Item, item_id

# An entity is salient in an article when it is in the title or opening sentences, or mentioned at
# least this often.
SALIENT_MENTIONS = 3
# In a large corpus, an entity present in more than this share of the articles (a news agency, the
# government) says nothing about which story an article belongs to.
LARGE_CORPUS = 10
COMMON_SHARE = 0.5
# A story is a bounded event: articles dated further apart than this are not linked directly.
MAX_DAYS_APART = 180
# Each article is compared with at most this many neighbours in an entity's list, so one entity
# shared by many articles costs linear time, not quadratic.
WINDOW = 25


@dataclass(slots=True)
class Mention:
    """How one entity appears in one article."""

    in_lead: bool = False  # in the title or the first sentences
    count: int = 0  # mentions in the article
    # A named entity can link two articles alone; an amount only alongside another shared entity,
    # since unrelated stories often share a round figure.
    anchor: bool = True

    @property
    def salient(self) -> bool:
        return self.in_lead or self.count >= SALIENT_MENTIONS


@dataclass(slots=True)
class Profile:
    """What the story grouping needs to know about one article."""

    date: str | None = None  # YYYY-MM-DD
    entities: dict[str, Mention] = field(default_factory=dict)  # entity key -> how it appears


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _day(text: str | None) -> int | None:
    try:
        return date.fromisoformat(text).toordinal() if text else None
    except ValueError:
        return None


def _close_in_time(a: int | None, b: int | None) -> bool:
    return a is None or b is None or abs(a - b) <= MAX_DAYS_APART


def _common(profiles: Sequence[Profile]) -> set[str]:
    """Entities present in most articles of a large corpus."""
    if len(profiles) < LARGE_CORPUS:
        return set()
    df = Counter(key for p in profiles for key in p.entities)
    return {key for key, n in df.items() if n > COMMON_SHARE * len(profiles)}


def _postings(profiles: Sequence[Profile], common: set[str], days: list[int | None]
              ) -> dict[str, list[int]]:
    """Salient entity -> the articles it is salient in, in date order so windows are near in time."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, profile in enumerate(profiles):
        for key, mention in profile.entities.items():
            if mention.salient and key not in common:
                index[key].append(i)
    for articles in index.values():
        articles.sort(key=lambda i: (days[i] is None, days[i] or 0, i))
    return index


def group(profiles: Sequence[Profile]) -> list[int]:
    """The story number of each article: 0, 1, ... numbered by each story's first article.

    Two articles are linked when they share a named entity in the lead of both, or at least two
    entities (names or amounts) salient in both, and are not dated more than MAX_DAYS_APART apart.
    """
    days = [_day(p.date) for p in profiles]
    index = _postings(profiles, _common(profiles), days)
    uf = _UnionFind(len(profiles))
    shared: Counter[tuple[int, int]] = Counter()
    for key in sorted(index):
        articles = index[key]
        for n, a in enumerate(articles):
            for b in articles[n + 1:n + 1 + WINDOW]:
                if not _close_in_time(days[a], days[b]):
                    continue
                pair = (min(a, b), max(a, b))
                shared[pair] += 1
                ma, mb = profiles[a].entities[key], profiles[b].entities[key]
                if ma.anchor and ma.in_lead and mb.in_lead:
                    uf.union(a, b)
    for (a, b), n in shared.items():
        if n >= 2:
            uf.union(a, b)
    roots: dict[int, int] = {}
    return [roots.setdefault(uf.find(i), len(roots)) for i in range(len(profiles))]


def main_entities(profiles: Sequence[Profile], members: Sequence[int], allowed: set[str],
                  limit: int = 2) -> list[str]:
    """The story's main entities: salient in most of its articles, then most mentioned."""
    score: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for i in members:
        for key, mention in profiles[i].entities.items():
            if key not in allowed:
                continue
            s = score[key]
            s[0] += mention.salient
            s[1] += mention.in_lead
            s[2] += mention.count
    ranked = sorted(score, key=lambda k: (-score[k][0], -score[k][1], -score[k][2], k))
    return [k for k in ranked if score[k][0]][:limit]


def labels(profiles: Sequence[Profile], stories: Sequence[int], names: Mapping[str, str],
           fallback: Sequence[str]) -> list[str]:
    """A short label per story from its main entities ("Oppo / PolyU"), unique across stories.

    `names` gives the display form of each entity key that may name a story; `fallback` gives a
    label per article (its title or file name) for stories without a named main entity.
    """
    members: dict[int, list[int]] = defaultdict(list)
    for i, story in enumerate(stories):
        members[story].append(i)
    allowed = set(names)
    out: list[str] = []
    taken: set[str] = set()
    for story in range(len(members)):
        keys = main_entities(profiles, members[story], allowed)
        label = _unique(" / ".join(names[k] for k in keys) or fallback[members[story][0]], taken)
        taken.add(label)
        out.append(label)
    return out


def _unique(label: str, taken: set[str]) -> str:
    out, n = label, 1
    while out in taken:
        n += 1
        out = f"{label} ({n})"
    return out


# ---------------------------------------------------------------- one story of a brief

def sizes(articles: Iterable[Article]) -> dict[str, int]:
    """Story label -> its number of articles, largest story first, then in the articles' order
    (so a note's story list cites its sources in ascending order). Articles without a story are
    not counted."""
    counts = Counter(a.story for a in articles if a.story)  # in order of first appearance
    return {label: counts[label] for label in sorted(counts, key=lambda s: -counts[s])}


def of_story(brief: Brief, story: str) -> Brief:
    """The brief of one story: its articles, the items with evidence in them (their evidence and
    disputed values cut to those articles), and the curation of those items, titled by the story.

    What the dashboard shows when one story is picked, as a brief that exports on its own: no
    citation or evidence points at an article that is not in it."""
    articles = [a for a in brief.articles if a.story == story]
    ids = {a.id for a in articles}
    panels = {name: [cut for item in brief.panel(name) if (cut := _within(item, ids)) is not None]
              for name in PANELS}
    kept = {item_id(item) for items in panels.values() for item in items} if brief.curation else set()
    curation = {key: c for key, c in brief.curation.items() if key in kept}
    return Brief(articles=articles, title=story, curation=curation, **panels)


def _within(item: Item, ids: set[str]) -> Item | None:
    """The item as the story's articles give it, or None when none of them does."""
    evidence = [e for e in item.evidence if e.article in ids]
    if not evidence:
        return None
    if len(evidence) == len(item.evidence):
        return item
    return replace(item, evidence=evidence, conflicts=_conflicts_within(item.conflicts, ids))


def _conflicts_within(conflicts: Sequence[Conflict], ids: set[str]) -> list[Conflict]:
    """The values the story's own articles give; a field they give one value for is no dispute."""
    cut = [replace(c, articles=[a for a in c.articles if a in ids]) for c in conflicts]
    cut = [c for c in cut if c.articles]
    per_field = Counter(c.field for c in cut)
    return [c for c in cut if per_field[c.field] > 1]


def find(story_sizes: Mapping[str, int], name: str) -> str | None:
    """The story called `name` (spacing and case aside), or None."""
    wanted = " ".join(name.split()).casefold()
    return next((label for label in story_sizes if " ".join(label.split()).casefold() == wanted), None)


def corpus_title(story_sizes: Mapping[str, int]) -> str | None:
    """An honest title for articles of several stories: "A and B", "A, B and C", or
    "29 stories: A, B and 27 more" (largest stories named first); None for fewer than two."""
    labels = [" ".join(label.split()) for label in story_sizes]
    if len(labels) < 2:
        return None
    if len(labels) <= 3:
        return ", ".join(labels[:-1]) + " and " + labels[-1]
    return f"{len(labels)} stories: {labels[0]}, {labels[1]} and {len(labels) - 2} more"
