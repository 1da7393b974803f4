"""What an organisation or person aims, plans or is scheduled to do."""
from __future__ import annotations

from briefs.extract.names import Names
from briefs.model import Goal
from briefs.text import ParsedArticle


def extract_goals(parsed: ParsedArticle, names: Names) -> list[Goal]:
    return []
