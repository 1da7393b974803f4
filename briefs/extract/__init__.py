"""Per-article extraction: one module per panel, each a pure function of the parsed article."""
from __future__ import annotations

from dataclasses import dataclass, field

from briefs.model import Funding, Goal, Organisation, Person, Quote
from briefs.text import ParsedArticle


@dataclass(slots=True)
class Extraction:
    """One article's items, before articles are merged into a brief."""

    people: list[Person] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    funding: list[Funding] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


def extract_article(parsed: ParsedArticle) -> Extraction:
    # The engines compile hundreds of patterns on import (~0.3 s): a brief reopened from the cache
    # never needs them, so they load with the first article that is really extracted.
    from briefs.extract import goals, money, names, organisations, people, quotes

    found = names.analyse(parsed)
    return Extraction(
        people=people.extract_people(parsed, found),
        organisations=organisations.extract_organisations(parsed, found),
        funding=money.extract_money(parsed, found),
        goals=goals.extract_goals(parsed, found),
        quotes=quotes.extract_quotes(parsed, found),
    )
