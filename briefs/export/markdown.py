"""The briefing note: a Markdown document a person could send as it is.

Every piece of article or user text goes through `inline`, which makes it one line of literal
CommonMark text: no heading, list, quote, table cell, link, emphasis or HTML can come out of
it. Every fact cites the articles it came from as `[n]`, n being the article's place in Sources.
Items the user dropped are left out; notes appear under Notes.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence

from briefs import stories
from briefs.model import (
    Article, Brief, Conflict, Funding, Goal, Item, Organisation, Person, Quote, kind_of, normalise,
)
from briefs.safe_text import BIDI_CONTROLS, INVISIBLE
from briefs.text import mask, split_paragraphs, split_sentences

STDIN_PATH = "-"  # how ingest names an article read from standard input
LABEL_LIMIT = 60  # characters of an untitled article's first sentence used as its label

# ---------------------------------------------------------------- escaping

# Characters with inline meaning anywhere in a line: escapes, code, emphasis, links and images,
# HTML and autolinks, table cells, strikethrough, and `#` (which also closes an ATX heading).
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Control characters that are not whitespace (whitespace ones are folded into spaces instead).
# Bidi overrides and zero-width characters go too: they would reorder or hide words in the note.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"
                      + "".join(sorted(BIDI_CONTROLS | INVISIBLE)) + "]")
# Markers that open a block when they start a line: quote, bullet, ordered list item.
_LEAD_MARK = re.compile(r"^([-+>=])")
_LEAD_NUMBER = re.compile(r"^(\d{1,9})([.)])")


# The same work as the patterns above, as translation tables: a note of 10,000 articles calls
# `inline` hundreds of thousands of times, and a regex substitution with a template costs a Python
# call each time. The patterns stay where a text needs them (a test compares both ways).
_DROP_CONTROL = str.maketrans(dict.fromkeys(
    [*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0x85), *range(0x86, 0xA0),
     *map(ord, BIDI_CONTROLS | INVISIBLE)]))
_ESCAPE_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|~"})


def inline(text: str | None) -> str:
    """Article or user text as one line of literal Markdown text, safe at the start of a block."""
    text = (text or "").translate(_DROP_CONTROL)  # terminal escapes and NULs are not for a reader's screen
    text = " ".join(text.split())  # newlines and tabs would start new blocks
    text = text.translate(_ESCAPE_SPECIAL)
    if "&" in text:
        text = _ENTITY.sub(r"\\&", text)
    if text[:1] in "-+>=" and text:
        text = _LEAD_MARK.sub(r"\\\1", text)
    return _LEAD_NUMBER.sub(r"\1\\\2", text) if text[:1].isdigit() else text


def bold(text: str | None) -> str:
    # An empty `****` would be a thematic break, so blank text gets a visible stand-in.
    return f"**{inline(text) or '(blank)'}**"


# ---------------------------------------------------------------- small formatters

def money(amount: float, currency: str) -> str:
    if float(amount).is_integer():
        number = f"{int(amount):,}"
    else:
        number = f"{amount:,.6f}".rstrip("0").rstrip(".")
    return " ".join(part for part in (inline(currency), number) if part)  # no "** 5**" for a blank code


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _join_and(parts: Sequence[str]) -> str:
    if len(parts) <= 2:
        return " and ".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------- citations

class _Sources:
    """Article ids -> their numbers in the Sources list."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.number: dict[str, int] = {}
        for i, article in enumerate(articles, 1):
            self.number.setdefault(article.id, i)

    def of_ids(self, ids: Iterable[str]) -> list[int]:
        return sorted({self.number[i] for i in ids if i in self.number})

    def of(self, item: Item) -> list[int]:
        return self.of_ids(e.article for e in item.evidence)

    def cite(self, item: Item) -> str:
        return cite(self.of(item))


def cite(numbers: Sequence[int]) -> str:
    return ", ".join(f"[{n}]" for n in numbers)


def _with_cite(text: str, citation: str) -> str:
    return f"{text} {citation}" if citation else text


# ---------------------------------------------------------------- disputed values shown

# A figure in a conflict's value, as merge writes it ("7,000,000 USD") or as an article did ("£12.5m").
_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(billion|bn|million|mn|m|thousand|k)?\b", re.IGNORECASE)
_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3}
_MERGED_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?) ([A-Z]{3})")


def _figure(value: str) -> float | None:
    match = _FIGURE.search(value)
    if match is None or not match[1].replace(",", ""):
        return None
    return float(match[1].replace(",", "")) * _SCALE.get((match[2] or "").lower(), 1.0)


def _states_amount(f: Funding, value: str) -> bool:
    if normalise(value) and normalise(value) == normalise(f.text):
        return True
    figure = _figure(value)
    return figure is not None and math.isclose(figure, f.amount, rel_tol=1e-9)


def _states_deadline(g: Goal, value: str) -> bool:
    given, shown = value.strip(), (g.deadline or "").strip()
    return bool(given and shown) and (given.startswith(shown) or shown.startswith(given))


def _amount_value(value: str) -> str:
    """A disputed amount as the note writes amounts ("USD 7,000,000"), else as the article did."""
    match = _MERGED_AMOUNT.fullmatch(value.strip())
    if match:
        return money(float(match[1].replace(",", "")), match[2])
    return inline(value) or "(blank)"


def _dispute(item: Item, field: str, states: Callable[[str], bool], show: Callable[[str], str],
             sources: _Sources) -> tuple[str, str]:
    """The citation for the value the note shows and the other values given for it, as
    ("[1]", "disputed: USD 7,000,000 [2]"): a source that gives another value does not back the
    one shown. No conflict on the field: the item's citation and no dispute."""
    values = [c for c in item.conflicts if c.field == field]
    cited = sources.of(item)
    shown = [c for c in values if states(c.value)]
    others = [c for c in values if not states(c.value)]
    if shown:  # with no conflict naming the shown value's sources, keep them all
        stating = set(sources.of_ids(a for c in shown for a in c.articles))
        against = set(sources.of_ids(a for c in others for a in c.articles)) - stating
        cited = [n for n in cited if n not in against]
    given = "; ".join(_with_cite(show(c.value), cite(sources.of_ids(c.articles))) for c in others)
    return cite(cited), f"disputed: {given}" if given else ""


def _amount_dispute(f: Funding, sources: _Sources) -> tuple[str, str]:
    return _dispute(f, "amount", lambda v: _states_amount(f, v), _amount_value, sources)


def _deadline_dispute(g: Goal, sources: _Sources) -> tuple[str, str]:
    return _dispute(g, "deadline", lambda v: _states_deadline(g, v),
                    lambda v: inline(v) or "(blank)", sources)


def _paren(text: str) -> str:
    return f" ({text})" if text else ""


# ---------------------------------------------------------------- the kept items

class _Kept:
    """The brief's items the user kept, panel by panel, in the brief's order."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.people = [p for p in brief.people if brief.is_kept(p)]
        self.organisations = [o for o in brief.organisations if brief.is_kept(o)]
        self.funding = [f for f in brief.funding if brief.is_kept(f)]
        self.goals = [g for g in brief.goals if brief.is_kept(g)]
        self.quotes = [q for q in brief.quotes if brief.is_kept(q)]
        self._owner: dict[str, int] = {}  # a name or alias -> its organisation's position
        for i, o in enumerate(brief.organisations):
            for form in (o.name, *o.aliases):
                self._owner.setdefault(normalise(form), i)

    def affiliations(self, person: Person) -> list[str]:
        """The person's organisations, each organisation once: a form that names the same
        organisation as an earlier one (its acronym, its full name) is left out of the note."""
        shown, seen = [], set()
        for form in person.organisations:
            who = self._owner.get(normalise(form), normalise(form))
            if who not in seen:
                seen.add(who)
                shown.append(form)
        return shown

    def all(self) -> list[Item]:
        return [*self.people, *self.organisations, *self.funding, *self.goals, *self.quotes]


def _top(items: Sequence[Item], n: int) -> list:
    """The n items found in most articles, then most often; ties keep the brief's order."""
    def weight(pair: tuple[int, Item]) -> tuple[int, int, int]:
        index, item = pair
        return (-len({e.article for e in item.evidence}), -len(item.evidence), index)
    return [item for _, item in sorted(enumerate(items), key=weight)[:n]]


def title_of(brief: Brief) -> str:
    """The user's title, else the articles' story (their stories, when several), else the main
    organisations, else "Briefing"."""
    if brief.title and brief.title.strip():
        return " ".join(brief.title.split())
    sizes = stories.sizes(a for a in brief.articles if a.story and a.story.strip())
    if len(sizes) == 1:
        return " ".join(next(iter(sizes)).split())
    if sizes:  # several stories: no one story's name stands for them all
        return stories.corpus_title(sizes) or "Briefing"
    organisations = _top(_named(_Kept(brief).organisations), 2)
    if organisations:
        return _join_and([" ".join(o.name.split()) for o in organisations])
    return "Briefing"


# ---------------------------------------------------------------- header and overview

def _dateline(articles: Sequence[Article]) -> str:
    dates = sorted({a.date for a in articles if a.date})
    count = _plural(len(articles), "source") if articles else "No sources"
    story_count = len(stories.sizes(articles))
    if story_count > 1:
        count += f" · {story_count} stories"
    if not dates:
        return count
    span = inline(dates[0]) if len(dates) == 1 else f"{inline(dates[0])} to {inline(dates[-1])}"
    return f"{span} · {count}"


def _named(items: Sequence[Person | Organisation]) -> list:
    return [item for item in items if inline(item.name)]


def _person_brief(p: Person) -> str:
    details = [*p.roles[:1], *p.organisations[:1]]
    details = [d for d in map(inline, details) if d]
    return f"{inline(p.name)} ({', '.join(details)})" if details else inline(p.name)


def _who(kept: _Kept) -> str:
    organisations = [inline(o.name) for o in _top(_named(kept.organisations), 2)]
    people = [_person_brief(p) for p in _top(_named(kept.people), 2)]
    # Several stories: the names most cited are not what the whole briefing is about.
    count = len(stories.sizes(kept.brief.articles))
    covers = (f"This briefing covers {count} stories (listed below); the most cited are"
              if count > 1 else "This briefing covers")
    if organisations and people:
        return f"{covers} {_join_and(organisations)}, with {_join_and(people)}."
    if organisations or people:
        return f"{covers} {_join_and(organisations or people)}."
    return f"This briefing covers {count} stories (listed below)." if count > 1 else ""


def _how_much(kept: _Kept, sources: _Sources) -> str:
    funding = [f for f in kept.funding if f.kind == "funding"]
    if not funding:
        return ""
    main = _top(funding, 1)[0]
    citation, disputed = _amount_dispute(main, sources)
    sentence = f"The main funding is {_amount_phrase(main)}{_paren(disputed)}"
    parties = _parties(main, arrow=False)
    if parties:
        sentence += f" {parties}"
    if inline(main.period):
        sentence += f", {inline(main.period)}"
    return _with_cite(sentence, citation) + "."


def _to_do(kept: _Kept, sources: _Sources) -> str:
    goals = _by_deadline(kept.goals)[:2]
    phrases = [_goal_phrase(g, sources) for g in goals]
    return f"Goals: {'; '.join(phrases)}." if phrases else ""


def _overview(kept: _Kept, sources: _Sources) -> str:
    sentences = [s for s in (_who(kept), _how_much(kept, sources), _to_do(kept, sources)) if s]
    return " ".join(sentences) or "No people, organisations, funding or goals were found."


# ---------------------------------------------------------------- sections

def _stories(articles: Sequence[Article], sources: _Sources) -> list[str]:
    """Articles of several stories: each story, its size and its sources, largest first."""
    sizes = stories.sizes(articles)
    if len(sizes) < 2:
        return []
    members: dict[str, list[str]] = {}
    for a in articles:
        if a.story:
            members.setdefault(a.story, []).append(a.id)
    lines = [f"- {bold(label)}: " + _with_cite(_plural(n, "article"), cite(sources.of_ids(members[label])))
             for label, n in sizes.items()]
    return ["## Stories", "\n".join(lines)]


def _people(kept: _Kept, sources: _Sources) -> list[str]:
    if not kept.people:
        return []
    rows = ["| Name | Role | Organisation | Sources |", "| --- | --- | --- | --- |"]
    for p in kept.people:
        cells = [inline(p.name), inline("; ".join(p.roles)),
                 inline("; ".join(kept.affiliations(p))), sources.cite(p)]
        rows.append("| " + " | ".join(cells) + " |")
    return ["## People", "\n".join(rows)]


def _organisations(kept: _Kept, sources: _Sources) -> list[str]:
    lines = []
    for o in kept.organisations:
        line = bold(o.name)
        aliases = [a for a in map(inline, o.aliases) if a]
        if aliases:
            line += f" (also {', '.join(aliases)})"
        lines.append("- " + _with_cite(line, sources.cite(o)))
    return ["## Organisations", "\n".join(lines)] if lines else []


def _amount_head(f: Funding) -> str:
    head = money(f.amount, f.currency)
    return f"{inline(f.qualifier)} {head}" if inline(f.qualifier) else head


def _equivalents(f: Funding) -> str:
    if not f.equivalents:
        return ""
    return " (" + ", ".join(f"≈ {money(e.amount, e.currency)}" for e in f.equivalents) + ")"


def _amount_phrase(f: Funding) -> str:
    return _amount_head(f) + _equivalents(f)


def _parties(f: Funding, *, arrow: bool) -> str:
    funder, recipient = inline(f.funder), inline(f.recipient)
    if funder and recipient:
        return f"{funder} → {recipient}" if arrow else f"from {funder} to {recipient}"
    if funder:
        return f"from {funder}"
    return f"to {recipient}" if recipient else ""


def _funding_line(f: Funding, sources: _Sources) -> str:
    details = [_parties(f, arrow=True), inline(f.period),
               "funding" if f.kind == "funding" else "other amount"]
    citation, disputed = _amount_dispute(f, sources)
    line = f"**{_amount_head(f)}**{_equivalents(f)}{_paren(disputed)}: " + "; ".join(d for d in details if d)
    return "- " + _with_cite(line, citation)


def _funding(kept: _Kept, sources: _Sources) -> list[str]:
    # Funding proper first, then other amounts (prices, revenue...), each in the brief's order.
    ordered = sorted(kept.funding, key=lambda f: f.kind != "funding")
    lines = [_funding_line(f, sources) for f in ordered]
    return ["## Funding", "\n".join(lines)] if lines else []


def _deadline_key(deadline: str | None) -> tuple[int, int, int, int]:
    """Dated goals by when they are due (a bare year is due at its end), then deadlines that are
    not dates, then undated goals."""
    if not deadline or not deadline.strip():
        return (2, 0, 0, 0)
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", deadline.strip())
    if match is None:
        return (1, 0, 0, 0)
    year, month, day = match.groups()
    return (0, int(year), int(month or 12), int(day or 31))


def _by_deadline(goals: Sequence[Goal]) -> list[Goal]:
    return sorted(goals, key=lambda g: _deadline_key(g.deadline))


def _says_deadline(g: Goal) -> bool:
    """The goal's words already give its deadline ("open a clinic by 2026"): no "(by 2026)" after."""
    deadline = (g.deadline or "").strip()
    return bool(deadline) and re.search(rf"(?<![\w-]){re.escape(deadline)}(?![\w-])", g.text) is not None


def _goal_phrase(g: Goal, sources: _Sources) -> str:
    # Inside the overview's sentence, so the clause's own full stop would double up.
    phrase = inline(g.text.rstrip(" .;")) or "(blank)"
    if inline(g.actor):
        phrase = f"{inline(g.actor)} — {phrase}"
    citation, disputed = _deadline_dispute(g, sources)
    when = f"by {inline(g.deadline)}" if inline(g.deadline) and not _says_deadline(g) else ""
    phrase += _paren("; ".join(p for p in (when, disputed) if p))
    return _with_cite(phrase, citation)


def _goals(kept: _Kept, sources: _Sources) -> list[str]:
    lines = []
    for g in _by_deadline(kept.goals):
        citation, disputed = _deadline_dispute(g, sources)
        when = bold(g.deadline) if inline(g.deadline) else "**No deadline**"
        what = inline(g.text) or "(blank)"
        if inline(g.actor):
            what = f"{inline(g.actor)} — {what}"
        lines.append(f"- {when}{_paren(disputed)}: " + _with_cite(what, citation))
    return ["## Goals", "\n".join(lines)] if lines else []


def _quote_block(q: Quote, sources: _Sources) -> str:
    paragraphs = [p for p in map(inline, re.split(r"\n\s*\n", q.text)) if p] or ["(blank)"]
    speaker = inline(q.speaker) or "Unattributed"
    paragraphs.append(_with_cite(f"— {speaker}", sources.cite(q)))
    return "\n>\n".join(f"> {p}" for p in paragraphs)


def _quotes(kept: _Kept, sources: _Sources) -> list[str]:
    blocks = [_quote_block(q, sources) for q in kept.quotes]
    return ["## Quotes", *blocks] if blocks else []


def label(item: Item) -> str:
    """A short name for an item, as escaped Markdown."""
    match item:
        case Person(name=name) | Organisation(name=name):
            return inline(name)
        case Funding():
            return _amount_head(item)  # with its qualifier, as the dashboard shows it
        case Goal(text=text):
            return inline(_shorten(text))
        case Quote(text=text, speaker=speaker):
            said = inline(_shorten(text, 40))
            return f"{inline(speaker)}: “{said}”" if inline(speaker) else f"“{said}”"
    raise TypeError(f"not an item: {item!r}")


def _by_field(conflicts: Sequence[Conflict]) -> dict[str, list[Conflict]]:
    fields: dict[str, list[Conflict]] = {}
    for c in conflicts:
        fields.setdefault(c.field, []).append(c)
    return fields


def _disputed(kept: _Kept, sources: _Sources) -> list[str]:
    lines = []
    for item in kept.all():
        for field, values in _by_field(item.conflicts).items():
            given = "; ".join(_with_cite(inline(c.value) or "(blank)",
                                         cite(sources.of_ids(c.articles))) for c in values)
            lines.append(f"- **{label(item) or '(blank)'}** ({kind_of(item)}), "
                         f"{inline(field) or 'value'}: {given}")
    return ["## Disputed facts", "\n".join(lines)] if lines else []


def _notes(kept: _Kept) -> list[str]:
    lines = []
    for item in kept.all():
        note = inline(kept.brief.curation_of(item).note)
        if note:
            lines.append(f"- **{label(item) or '(blank)'}** ({kind_of(item)}): {note}")
    return ["## Notes", "\n".join(lines)] if lines else []


def first_sentence(article: Article) -> str:
    """The article's first sentence of prose: boilerplate (front matter, captions) left out."""
    text = mask(article.text, article.boilerplate)
    for start, end in split_paragraphs(text):
        for s_start, s_end in split_sentences(text, start, end):
            sentence = " ".join(text[s_start:s_end].split())
            if any(c.isalpha() for c in sentence):
                return sentence
    return ""


def untitled_label(article: Article, limit: int = LABEL_LIMIT) -> str:
    """A label for an article without a title: its first sentence, cut at a word with "…".
    Only for display: Article.title stays None, so exports still say the article had no title."""
    sentence = first_sentence(article)
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0] if " " in sentence[:limit] else sentence[:limit]
    return cut.rstrip(" ,;:—-") + "…"


def display_title(article: Article) -> str:
    """The title, else the first sentence's label, else "Untitled"."""
    title = " ".join((article.title or "").split())
    return title or untitled_label(article) or "Untitled"


def file_label(article: Article) -> str:
    """Where the article came from, short: its file name, or "standard input"."""
    path = (article.path or "").strip()
    if path == STDIN_PATH:
        return "standard input"
    if "://" in path:
        return path
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def _source_title(a: Article) -> str:
    if inline(a.title):
        return inline(a.title)
    label = inline(untitled_label(a))
    return f"“{label}” (untitled)" if label else "Untitled"


def _source_where(a: Article) -> str:
    """The path as given (the reader can find the file), or "standard input"."""
    if (a.path or "").strip() == STDIN_PATH:
        return "standard input"
    return inline(a.path)


def _source_line(n: int, a: Article) -> str:
    where = [x for x in (inline(a.source), inline(a.date)) if x]
    line = f"{n}. {_source_title(a)}"
    if where:
        line += " — " + ", ".join(where)
    path = _source_where(a)
    return f"{line} ({path})" if path else line


def _sources(articles: Sequence[Article]) -> list[str]:
    lines = [_source_line(n, a) for n, a in enumerate(articles, 1)]
    return ["## Sources", "\n".join(lines)] if lines else []


# ---------------------------------------------------------------- the note

def render_note(brief: Brief) -> str:
    kept, sources = _Kept(brief), _Sources(brief.articles)
    blocks = [f"# {inline(title_of(brief)) or 'Briefing'}", _dateline(brief.articles), _overview(kept, sources),
              *_stories(brief.articles, sources), *_people(kept, sources), *_organisations(kept, sources), *_funding(kept, sources),
              *_goals(kept, sources), *_quotes(kept, sources), *_disputed(kept, sources),
              *_notes(kept), *_sources(brief.articles)]
    return "\n\n".join(blocks) + "\n"
