"""Many articles' extractions -> one Brief: the same fact joined once, with every source kept."""
from __future__ import annotations

from collections.abc import Sequence

from briefs.model import Article, Brief, item_key


def _join(items: list) -> list:
    """Join items with the same normalised key, keeping the evidence of every article."""
    joined: dict[str, object] = {}
    for item in items:
        key = item_key(item)
        first = joined.get(key)
        if first is None:
            joined[key] = item
            continue
        seen = set(first.evidence)
        first.evidence.extend(e for e in item.evidence if e not in seen)
    return list(joined.values())


def merge(articles: Sequence[Article], extractions: Sequence) -> Brief:
    brief = Brief(articles=list(articles))
    for panel in ("people", "organisations", "funding", "goals", "quotes"):
        items = [item for extraction in extractions for item in getattr(extraction, panel)]
        setattr(brief, panel, _join(items))
    return brief
