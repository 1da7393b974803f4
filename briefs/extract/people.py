"""People named in an article, with roles and organisations."""
from __future__ import annotations

from briefs.extract.names import Entity, Names
from briefs.model import Person
from briefs.text import ParsedArticle


def extract_people(parsed: ParsedArticle, names: Names) -> list[Person]:
    """One Person per person entity that the article names (a name, not only a title), with
    evidence for every mention."""
    return [_person(parsed, e) for e in names.of_kind("person") if _named(e)]


def _named(entity: Entity) -> bool:
    """A lone word is a person only when something says so: an honorific (`Lord Falconer`), or
    a title or role read around it (`her son Jason` counts through the name layer's cues)."""
    if len(entity.name.split()) > 1:
        return True
    return any(m.title for m in entity.mentions) or bool(entity.roles) or len(entity.mentions) > 1


def _person(parsed: ParsedArticle, entity: Entity) -> Person:
    return Person(
        name=entity.name,
        aliases=list(entity.aliases),
        roles=list(entity.roles),
        organisations=list(entity.organisations),
        evidence=[parsed.evidence(m.start, m.end) for m in entity.mentions],
    )
