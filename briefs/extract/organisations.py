"""Organisations named in an article, with aliases."""
from __future__ import annotations

from briefs.extract.names import Names
from briefs.model import Organisation
from briefs.text import ParsedArticle


def extract_organisations(parsed: ParsedArticle, names: Names) -> list[Organisation]:
    return []
