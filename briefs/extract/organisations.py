"""Organisations named in an article, with aliases."""
from __future__ import annotations

import re

from briefs.extract.names import Entity, Names
from briefs.model import Organisation
from briefs.text import ParsedArticle

# `Airbus A320s`, `MH370`, `Flight QZ8501`: a model or flight number names a thing, not a body.
# Three digits or more, so `G4S`, `O2` and `3M` stay companies.
_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{3,}[a-z]{0,2}")
_SENTENCE_EDGE = ".!?\n\"'\u201c\u201d\u2018\u2019:(-\u2013\u2014"


def extract_organisations(parsed: ParsedArticle, names: Names) -> list[Organisation]:
    """One Organisation per organisation entity: the fullest name, its acronyms and short forms,
    and evidence for every mention."""
    return [_organisation(parsed, e) for e in names.of_kind("organisation") if not _product(e.name)]


def _product(name: str) -> bool:
    words = name.split()
    return bool(words) and (bool(_MODEL_CODE.fullmatch(words[-1])) or words[0] == "Flight")


def _organisation(parsed: ParsedArticle, entity: Entity) -> Organisation:
    aliases = list(entity.aliases)
    titled = _titled_form(parsed.text, entity)
    if titled and titled not in aliases:
        aliases.append(titled)
    return Organisation(
        name=entity.name,
        aliases=aliases,
        evidence=[parsed.evidence(m.start, m.end) for m in entity.mentions],
    )


def _titled_form(text: str, entity: Entity) -> str:
    """`told The Associated Press`: a capital `The` inside a sentence is part of the name, so the
    form with it is an alias ("" when the article never writes it so)."""
    for m in entity.mentions:
        if m.text != entity.name or m.start < 5 or text[m.start - 4:m.start] != "The ":
            continue
        before = text[:m.start - 4].rstrip()
        if before and before[-1] not in _SENTENCE_EDGE:
            return "The " + entity.name
    return ""
