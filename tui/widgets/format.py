"""What each panel shows: its columns, one row per item, and an item written out as plain text.

A panel's rows are formatted only when shown (PanelRows); filtering searches one lower-case string
per row, built once, so typing in the filter never re-formats 50,000 items.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Callable

from rich.cells import cell_len

from briefs.export.markdown import display_title, file_label
from briefs.model import (
    Article, Brief, Evidence, Funding, Goal, Organisation, Person, Quote, item_id, kind_of,
)
from briefs.safe_text import safe_line, safe_text

PANEL_NAMES: tuple[str, ...] = ("people", "organisations", "funding", "goals", "quotes", "sources")
PANEL_TITLES = {"people": "People", "organisations": "Organisations", "funding": "Funding",
                "goals": "Goals", "quotes": "Quotes", "sources": "Sources"}
SHORT_TITLES = {"people": "People", "organisations": "Orgs", "funding": "Funding",
                "goals": "Goals", "quotes": "Quotes", "sources": "Sources"}


@dataclass(slots=True, frozen=True)
class Column:
    label: str
    minimum: int  # cells the column starts from (it may shrink when the panel is too narrow)
    flex: int = 0  # share of the spare width; 0 keeps the minimum
    right: bool = False
    # Narrow panels shrink the columns of lowest priority first: the one that says what the
    # item is (a name, an amount, a goal) keeps its width longest.
    priority: int = 1
    fit: bool = False  # widen to the longest cell (amounts, dates), up to `limit`
    limit: int = 28


@dataclass(slots=True)
class Row:
    item: Any  # an Item, or an Article in the Sources panel
    key: str  # item_id, or the article id
    cells: tuple[str, ...]
    haystack: str  # lower-case text the filter searches
    stories: frozenset[str]
    disputed: bool = False


COLUMNS: dict[str, tuple[Column, ...]] = {
    "people": (Column("Name", 14, 3, priority=3), Column("Role", 10, 3), Column("Organisation", 10, 3),
               Column("Src", 3, 0, right=True, priority=2)),
    "organisations": (Column("Name", 16, 3, priority=3), Column("Also called", 10, 2),
                      Column("Src", 3, 0, right=True, priority=2)),
    # Equivalents are a convenience: they give way first, and never crowd out the kind.
    "funding": (Column("Amount", 13, 0, right=True, priority=3, fit=True),
                Column("Equiv.", 9, 0, right=True, priority=0, fit=True, limit=12),
                Column("Kind", 7),
                Column("Funder → recipient", 14, 4, priority=2), Column("Period", 8, 1)),
    "goals": (Column("Deadline", 10, priority=2, fit=True), Column("Goal", 20, 5, priority=3),
              Column("Actor", 10, 2)),
    "quotes": (Column("Speaker", 12, 1, priority=2), Column("Words", 20, 4, priority=3)),
    "sources": (Column("Date", 10, priority=2, fit=True), Column("Title", 18, 5, priority=3),
                Column("Source", 8, 2), Column("Story", 8, 2), Column("File", 8, 1, priority=0)),
}


def human_amount(amount: float) -> str:
    """30000000 -> '30m', 1500000000 -> '1.5bn', 300000 -> '300,000', 4.5 -> '4.50'."""
    value = abs(amount)
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if value >= size:
            return f"{amount / size:,.2f}".rstrip("0").rstrip(".") + suffix
    if float(amount).is_integer():
        return f"{int(amount):,}"
    return f"{amount:,.2f}"


def money(amount: float, currency: str) -> str:
    return f"{currency} {human_amount(amount)}"


def _sources(item: Any) -> int:
    evidence = item.evidence
    if len(evidence) < 2:  # most items: no set to build
        return len(evidence)
    return len({e.article for e in evidence})


def _stories(item: Any, stories_by_article: dict[str, str]) -> frozenset[str]:
    return frozenset(s for e in item.evidence if (s := stories_by_article.get(e.article)))


def _more(values: list[str]) -> str:
    if not values:
        return ""
    return values[0] + (f" (+{len(values) - 1})" if len(values) > 1 else "")


def person_cells(p: Person) -> tuple[str, ...]:
    return (p.name, _more(p.roles), _more(p.organisations), str(_sources(p)))


def organisation_cells(o: Organisation) -> tuple[str, ...]:
    return (o.name, ", ".join(o.aliases), str(_sources(o)))


def funding_amount(f: Funding) -> str:
    """The amount as every view says it: its qualifier ("at least", "about") first."""
    amount = money(f.amount, f.currency)
    qualifier = " ".join((f.qualifier or "").split())
    return f"{qualifier} {amount}" if qualifier else amount


def funding_cells(f: Funding) -> tuple[str, ...]:
    equivalent = ", ".join(money(e.amount, e.currency) for e in f.equivalents)
    parties = ""
    if f.funder or f.recipient:
        parties = f"{f.funder or '?'} → {f.recipient or '?'}"
    return (funding_amount(f), equivalent, f.kind, parties, f.period or "")


def goal_cells(g: Goal) -> tuple[str, ...]:
    return (g.deadline or "—", g.text, g.actor or "")


def quote_cells(q: Quote) -> tuple[str, ...]:
    return (q.speaker or "(unattributed)", f"“{q.text}”")


def article_cells(a: Article) -> tuple[str, ...]:
    return (a.date or "—", display_title(a), a.source or "", a.story or "", file_label(a))


_CELLS: dict[str, Callable[[Any], tuple[str, ...]]] = {
    "people": person_cells, "organisations": organisation_cells, "funding": funding_cells,
    "goals": goal_cells, "quotes": quote_cells, "sources": article_cells,
}


def _extra_search_text(item: Any) -> str:
    """Words the filter should find that the columns do not show (aliases, full lists)."""
    match item:
        case Person():
            return " ".join([*item.aliases, *item.roles, *item.organisations])
        case Organisation():
            return " ".join(item.aliases)
        case Funding():
            return f"{item.text} {item.amount:g}"
        case Article():
            return f"{item.path} {item.id}"
    return ""


def _sort_key(panel: str) -> Callable[[Any], Any] | None:
    if panel == "goals":
        # Dated goals first, soonest first; undated ones after, in reading order.
        return lambda goal: (goal.deadline is None, goal.deadline or "")
    if panel in ("people", "organisations"):
        return lambda item: -_sources(item)
    if panel == "sources":
        return lambda article: (article.date is None, article.date or "")
    return None


# Items with the same key have the same fitted cells (the columns sized to their longest cell),
# so a panel's natural widths are measured once per distinct key, not once per item.
_FIT_KEYS: dict[str, Callable[[Any], Any]] = {
    "funding": lambda f: (f.qualifier, f.currency, f.amount, tuple(f.equivalents)),
    "goals": lambda g: g.deadline,
    "sources": lambda a: a.date,
}


def make_row(item: Any, panel: str, stories_by_article: dict[str, str]) -> Row:
    """The row of one item, every cell made safe to print."""
    cells = tuple(safe_line(c) for c in _CELLS[panel](item))
    if panel == "sources":
        key = item.id
        stories = frozenset([item.story]) if item.story else frozenset()
        disputed = False
    else:
        key = item_id(item)
        stories = _stories(item, stories_by_article)
        disputed = bool(item.conflicts)
    return Row(item, key, cells, haystack_of(item, panel), stories, disputed)


def haystack_of(item: Any, panel: str) -> str:
    """The lower-case text the filter searches: the cells and what they leave out (aliases...).

    Built from the raw fields, not the printable cells: a query is words without whitespace or
    control characters, so it matches the same rows either way, and skipping the cleaning makes
    indexing 400,000 items several times faster."""
    return " ".join([*_CELLS[panel](item), _extra_search_text(item)]).casefold()


class PanelRows(Sequence[Row]):
    """A panel's rows in display order, each one formatted when it is first asked for.

    Opening 400,000 items then costs a sort, not 400,000 formatted rows: only the rows on screen
    are ever formatted. The filter searches one lower-case string per row, built for every row at
    once by `index()` (which the dashboard runs in its loading thread, after the panels show)."""

    def __init__(self, panel: str, items: list[Any], stories_by_article: dict[str, str]) -> None:
        self.panel = panel
        self.items = items
        self._stories_by_article = stories_by_article
        self._made: dict[int, Row] = {}
        self._haystacks: list[str] | None = None
        self._indexing = threading.Lock()
        self._stories: list[frozenset[str]] | None = None
        self.natural = self._natural_widths()

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> Row:  # type: ignore[override]
        if index < 0:
            index += len(self.items)
        row = self._made.get(index)
        if row is None:
            row = make_row(self.items[index], self.panel, self._stories_by_article)
            self._made[index] = row
        return row

    def _natural_widths(self) -> list[int]:
        """Per column, the longest cell (fitted columns only: the others flex)."""
        columns = COLUMNS[self.panel]
        natural = [0] * len(columns)
        fit_key = _FIT_KEYS.get(self.panel)
        if fit_key is None or not any(c.fit for c in columns):
            return natural
        distinct = {fit_key(item): item for item in self.items}
        cells_of = _CELLS[self.panel]
        for item in distinct.values():
            cells = cells_of(item)
            for i, column in enumerate(columns):
                if column.fit:
                    natural[i] = max(natural[i], cell_len(safe_line(cells[i])))
        return natural

    def index(self) -> list[str]:
        """Every row's filter text, built once: the loading thread builds it after the panels
        show, and a filter applied meanwhile waits for that build rather than doing it again."""
        with self._indexing:
            if self._haystacks is None:
                panel = self.panel
                self._haystacks = [haystack_of(item, panel) for item in self.items]
        return self._haystacks

    def stories(self) -> list[frozenset[str]]:
        if self._stories is None:
            if self.panel == "sources":
                self._stories = [frozenset([a.story]) if a.story else frozenset()
                                 for a in self.items]
            else:
                by_article = self._stories_by_article
                self._stories = [_stories(item, by_article) for item in self.items]
        return self._stories

    def matching(self, words: list[str], story: str | None,
                 within: Sequence[int] | None = None) -> list[int]:
        """Indices (ascending) of the rows holding every word and, when given, from `story`;
        only among `within` (ascending) when given, e.g. the rows a shorter query kept."""
        found: Sequence[int] = range(len(self.items)) if within is None else within
        if story is not None:
            stories = self.stories()
            found = [i for i in found if story in stories[i]]
        haystacks = self.index() if words else []
        for word in words:
            # One comprehension per word: a tight loop over strings, no call per row.
            if isinstance(found, range):
                found = [i for i, text in enumerate(haystacks) if word in text]
            else:
                found = [i for i in found if word in haystacks[i]]
        return list(found)


def build_rows(brief: Brief, panel: str) -> PanelRows:
    """The rows of `panel`, sorted as the panel shows them (formatted lazily)."""
    stories_by_article = {a.id: a.story for a in brief.articles if a.story}
    items = list(brief.articles if panel == "sources" else brief.panel(panel))
    key_fn = _sort_key(panel)
    if key_fn is not None:
        items.sort(key=key_fn)  # stable: ties keep the pipeline's order
    return PanelRows(panel, items, stories_by_article)


def matches(row: Row, words: list[str], story: str | None) -> bool:
    if story is not None and story not in row.stories:
        return False
    return all(w in row.haystack for w in words)


def query_words(query: str) -> list[str]:
    return query.casefold().split()


def narrows(new: list[str], old: list[str]) -> bool:
    """True when every row matching `new` also matches `old` (each old word is inside a new
    one), so the new query need only search what the old one kept: typing on narrows."""
    return all(any(o in n for n in new) for o in old)


# ---------------------------------------------------------------- plain text (copy, evidence)

def describe(item: Any) -> str:
    """One line saying what the item is."""
    match item:
        case Person():
            parts = [item.name]
            if item.roles:
                parts.append(", ".join(item.roles))
            if item.organisations:
                parts.append(", ".join(item.organisations))
            return " — ".join(parts)
        case Organisation():
            aka = f" (also {', '.join(item.aliases)})" if item.aliases else ""
            return item.name + aka
        case Funding():
            # The kind is said by kind_label (the pane's "Funding" / "Other amount"), not here.
            bits = [funding_amount(item)]
            if item.equivalents:
                bits.append("(" + ", ".join(money(e.amount, e.currency) for e in item.equivalents) + ")")
            if item.funder or item.recipient:
                bits.append(f"{item.funder or '?'} → {item.recipient or '?'}")
            if item.period:
                bits.append(item.period)
            return " ".join(bits)
        case Goal():
            who = f"{item.actor}: " if item.actor else ""
            due = f" (by {item.deadline})" if item.deadline else ""
            return f"{who}{item.text}{due}"
        case Quote():
            return f"{item.speaker or 'Unattributed'}: “{item.text}”"
        case Article():
            return " · ".join(x for x in (display_title(item), item.date, item.source) if x)
    return str(item)


def article_label(article: Article | None, article_id: str) -> str:
    if article is None:
        return article_id
    bits = [display_title(article)]
    bits += [x for x in (article.date, article.source) if x]
    return " · ".join(bits)


def _item_words(item: Any) -> str:
    match item:
        case Person() | Organisation():
            return item.name
        case Funding():
            return item.text
        case Goal() | Quote():
            return item.text
    return ""


def _squash(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def ordered_evidence(item: Any) -> list[Evidence]:
    """The item's evidence, the sentences holding the words the item shows first.

    Merging keeps one article's wording for a goal or quote; the reader should see that article's
    sentence first, not another's that says it differently."""
    evidence = list(getattr(item, "evidence", []) or [])
    words = _squash(_item_words(item))
    if not words or len(evidence) < 2:
        return evidence
    return sorted(evidence, key=lambda e: words not in _squash(e.sentence))


def item_as_text(item: Any, brief: Brief) -> str:
    """The item as a person would paste it into a note: what it is, then where it came from."""
    lines = [describe(item)]
    if isinstance(item, Funding):
        lines[0] = f"{kind_label(item).capitalize()}: {lines[0]}"
    if isinstance(item, Article):
        lines.append(item.path)
        return safe_text("\n".join(lines))
    if item.conflicts:
        for c in item.conflicts:
            lines.append(f"Disputed {c.field}: {c.value}")
    note = brief.curation_of(item).note
    if note:
        lines.append(f"Note: {note}")
    for e in ordered_evidence(item):
        lines.append(f"  “{e.sentence.strip()}” — {article_label(brief.article(e.article), e.article)}")
    return safe_text("\n".join(lines))


def kind_label(item: Any) -> str:
    if isinstance(item, Article):
        return "article"
    if isinstance(item, Funding) and item.kind != "funding":
        return "other amount"  # as the Markdown note says it
    return kind_of(item)
