"""People named in an article, with roles and organisations."""
from __future__ import annotations

from briefs.extract.names import Entity, Names
from briefs.model import Person
from briefs.text import ParsedArticle


def extract_people(parsed: ParsedArticle, names: Names) -> list[Person]:
    """One Person per person entity of the name layer (which keeps a lone word only when the
    text marks it as a person: `Lord Fenmore`, `her son Tobias`), with evidence for every mention."""
    return [_person(parsed, e) for e in names.of_kind("person")]


def _person(parsed: ParsedArticle, entity: Entity) -> Person:
    return Person(
        name=entity.name,
        aliases=list(entity.aliases),
        roles=list(entity.roles),
        organisations=list(entity.organisations),
        evidence=[parsed.evidence(m.start, m.end) for m in entity.mentions],
    )
