"""Proper-name mentions and the entities they refer to: people, organisations, places.

The layer every panel builds on: quotes need speakers, funding needs funders, goals need actors.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Literal

from briefs.text import ParsedArticle

Kind = Literal["person", "organisation", "place", "other"]


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: Kind
    entity: int | None = None  # index into Names.entities


@dataclass(slots=True)
class Entity:
    kind: Kind
    name: str  # the fullest form
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Names:
    mentions: list[Mention] = field(default_factory=list)  # sorted by start
    entities: list[Entity] = field(default_factory=list)

    def in_span(self, start: int, end: int) -> list[Mention]:
        i = bisect_left([m.start for m in self.mentions], start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def of_kind(self, kind: Kind) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    def entity_of(self, mention: Mention) -> Entity | None:
        return self.entities[mention.entity] if mention.entity is not None else None

    def resolve(self, text: str) -> Entity | None:
        """The entity a name, alias or surname refers to in this article, if exactly one."""
        key = text.strip().lower()
        hits = [e for e in self.entities if key == e.name.lower() or key in (a.lower() for a in e.aliases)]
        return hits[0] if len(hits) == 1 else None


_CAPITALISED = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:of|the|and|for|de|von|van|der|la|le)?\s*[A-Z][\w'\u2019.-]*)*")


def analyse(parsed: ParsedArticle) -> Names:
    """First cut: capitalised word runs not at a sentence start, all of kind 'other'."""
    names = Names()
    for sentence in parsed.sentences:
        for m in _CAPITALISED.finditer(parsed.text, sentence.start, sentence.end):
            if m.start() == sentence.start:
                continue
            names.mentions.append(Mention(m.start(), m.end(), m.group(), "other"))
    return names
