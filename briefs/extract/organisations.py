"""Organisations named in an article, with aliases."""
from __future__ import annotations

from briefs.extract.names import Entity, Names
from briefs.model import Organisation
from briefs.text import ParsedArticle


def extract_organisations(parsed: ParsedArticle, names: Names) -> list[Organisation]:
    """One Organisation per organisation entity: the fullest name, its acronyms and short forms,
    and evidence for every mention."""
    return [_organisation(parsed, e) for e in names.of_kind("organisation")]


def _organisation(parsed: ParsedArticle, entity: Entity) -> Organisation:
    return Organisation(
        name=entity.name,
        aliases=list(entity.aliases),
        evidence=[parsed.evidence(m.start, m.end) for m in entity.mentions],
    )
