"""The `brief extract --format json` contract (../shared/DESIGN.md), and the JSON brief file."""
from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any

from briefs.model import (
    PANELS, SCHEMA_VERSION, Article, Brief, Conflict, Equivalent, Evidence, Funding, Goal, Item,
    Organisation, Person, Quote,
)
from briefs.safe_text import escape_invisible


def number(value: float) -> int | float:
    """Whole amounts as integers, so 30000000 is not written 30000000.0."""
    return int(value) if float(value).is_integer() else value


def article_dict(a: Article) -> dict[str, Any]:
    return {"id": a.id, "path": a.path, "title": a.title, "date": a.date, "source": a.source,
            "story": a.story}


def evidence_dict(e: Evidence) -> dict[str, Any]:
    return {"article": e.article, "sentence": e.sentence, "start": e.start, "end": e.end}


def conflict_dict(c: Conflict) -> dict[str, Any]:
    return {"field": c.field, "value": c.value, "articles": list(c.articles)}


def _common(item) -> dict[str, Any]:
    out: dict[str, Any] = {"evidence": [evidence_dict(e) for e in item.evidence]}
    if item.conflicts:
        out["conflicts"] = [conflict_dict(c) for c in item.conflicts]
    return out


def person_dict(p: Person) -> dict[str, Any]:
    return {"name": p.name, "aliases": list(p.aliases), "roles": list(p.roles),
            "organisations": list(p.organisations), **_common(p)}


def organisation_dict(o: Organisation) -> dict[str, Any]:
    return {"name": o.name, "aliases": list(o.aliases), **_common(o)}


def equivalent_dict(e: Equivalent) -> dict[str, Any]:
    return {"amount": number(e.amount), "currency": e.currency}


def funding_dict(f: Funding) -> dict[str, Any]:
    return {"amount": number(f.amount), "currency": f.currency, "kind": f.kind, "text": f.text,
            "qualifier": f.qualifier, "period": f.period, "funder": f.funder,
            "recipient": f.recipient, "equivalents": [equivalent_dict(e) for e in f.equivalents],
            **_common(f)}


def goal_dict(g: Goal) -> dict[str, Any]:
    return {"text": g.text, "actor": g.actor, "deadline": g.deadline, **_common(g)}


def quote_dict(q: Quote) -> dict[str, Any]:
    return {"text": q.text, "speaker": q.speaker, **_common(q)}


def contract(brief: Brief) -> dict[str, Any]:
    """The JSON contract other tools rely on: exactly its fields, plus `story` and `conflicts`."""
    return {
        "articles": [article_dict(a) for a in brief.articles],
        "people": [person_dict(p) for p in brief.people],
        "organisations": [organisation_dict(o) for o in brief.organisations],
        "funding": [funding_dict(f) for f in brief.funding],
        "goals": [goal_dict(g) for g in brief.goals],
        "quotes": [quote_dict(q) for q in brief.quotes],
    }


def dumps_contract(brief: Brief) -> str:
    return escape_invisible(json.dumps(contract(brief), ensure_ascii=False, indent=2)) + "\n"


# ---------------------------------------------------------------- the brief file

# The key that marks a file as a saved brief and says which layout it uses.
SCHEMA_KEY = "briefdesk_schema"

# Integers and floats are exact only within this range in a float; beyond it amounts stay floats so
# TOML (64-bit integers) can hold them and they read back as the same number.
_EXACT = 2 ** 53


def _amount(value: float) -> int | float:
    if not math.isfinite(value):
        raise ValueError(f"amount {value!r} is not a finite number")
    return int(value) if float(value).is_integer() and abs(value) < _EXACT else float(value)


def _file_article(a: Article) -> dict[str, Any]:
    # The text and boilerplate spans travel too, so a reopened brief can show evidence in place.
    return {**article_dict(a), "text": a.text, "boilerplate": [[s, e] for s, e in a.boilerplate]}


def _file_item(item: Item) -> dict[str, Any]:
    out = {Person: person_dict, Organisation: organisation_dict, Funding: funding_dict,
           Goal: goal_dict, Quote: quote_dict}[type(item)](item)
    if isinstance(item, Funding):
        out["amount"] = _amount(item.amount)
        out["equivalents"] = [{"amount": _amount(e.amount), "currency": e.currency}
                              for e in item.equivalents]
    return out


def file_sections(brief: Brief) -> list[tuple[str, Any]]:
    """`brief_dict`'s entries in order, each list as a function giving its elements one at a time,
    so a writer can stream a large brief instead of holding all of it as plain data at once."""
    def elements(make: Callable[[Any], dict[str, Any]], objects: list) -> Callable[[], Iterator[dict[str, Any]]]:
        return lambda: map(make, objects)
    return [(SCHEMA_KEY, SCHEMA_VERSION), ("title", brief.title),
            ("articles", elements(_file_article, brief.articles)),
            *((panel, elements(_file_item, brief.panel(panel))) for panel in PANELS),
            ("curation", {key: {"kept": c.kept, "note": c.note}
                          for key, c in sorted(brief.curation.items())})]


def brief_dict(brief: Brief) -> dict[str, Any]:
    """The whole brief as plain data: the contract's fields, article texts, title and curation.

    Absent values are None here; the TOML writer leaves their keys out. Raises ValueError for a
    brief no file can hold (a non-finite amount).
    """
    return {key: list(value()) if callable(value) else value for key, value in file_sections(brief)}


def iter_json(value: Any, level: int = 0) -> Iterator[str]:
    """`json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)` a piece at a time (a
    property test compares them), where a callable, as a dict's value, stands for a list given an
    element at a time: only one element is laid out as text at once. Dicts are walked here; each
    element and any other value is laid out by json itself (fast) and indented to its depth: JSON
    escapes newlines in strings, so every newline in its text is a line break."""
    pad = "\n" + "  " * (level + 1)
    if isinstance(value, dict) and value:
        for n, (key, member) in enumerate(value.items()):
            yield ("{" if n == 0 else ",") + pad + json.dumps(key, ensure_ascii=False) + ": "
            yield from iter_json(member, level + 1)
        yield "\n" + "  " * level + "}"
    elif callable(value):
        opening = "["
        for element in value():
            yield opening + pad
            opening = ","
            yield _dumps(element, level + 1)
        yield "[]" if opening == "[" else "\n" + "  " * level + "]"
    else:
        yield _dumps(value, level)


def _dumps(value: Any, level: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
    return text.replace("\n", "\n" + "  " * level) if level else text


def chunks(brief: Brief) -> Iterator[str]:
    """The JSON brief file (a superset of the contract; absent values are null) a piece at a time,
    never the whole text at once."""
    batch: list[str] = []
    size = 0
    for piece in iter_json(dict(file_sections(brief))):
        batch.append(piece)
        size += len(piece)
        if size >= _BATCH:  # a write per piece would be thousands of tiny writes and regex calls
            yield escape_invisible("".join(batch))
            batch, size = [], 0
    batch.append("\n")
    yield escape_invisible("".join(batch))


# Characters gathered before a chunk is handed on: big enough for few writes, small beside a brief.
_BATCH = 1 << 16
