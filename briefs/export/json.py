"""The `brief extract --format json` contract (../shared/DESIGN.md), as plain dicts."""
from __future__ import annotations

import json
from typing import Any

from briefs.model import (
    Article, Brief, Conflict, Equivalent, Evidence, Funding, Goal, Organisation, Person, Quote,
)


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
    return json.dumps(contract(brief), ensure_ascii=False, indent=2) + "\n"
