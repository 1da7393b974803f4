"""A disputed value in the note cites only the sources that give it, and says what the others give."""
from __future__ import annotations

from briefs.cache import ExtractionCache
from briefs.export.markdown import render_note
from briefs.model import Article, Brief, Conflict, Evidence, Funding, Goal
from briefs.pipeline import build_brief

HARBOUR = """Blue Harbour Fund backs coastal shelter

The Blue Harbour Fund has pledged £3m to Coastline Housing, the charity said on Tuesday. \
Coastline Housing plans to open a new shelter by 2028.
"""
GAZETTE = """Coastline Housing wins £4m pledge

The Blue Harbour Fund has pledged £4m to Coastline Housing, the Gazette has learned. \
Coastline Housing plans to open a new shelter by 2029.
"""


def _line(note: str, start: str) -> str:
    return next(line for line in note.splitlines() if line.startswith(start))


def test_two_articles_that_disagree_are_each_cited_for_their_own_figure(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a-harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "b-gazette.txt").write_text(GAZETTE, encoding="utf-8")
    result = build_brief([str(folder)], cache=ExtractionCache(tmp_path / "cache"), workers=1)
    note = render_note(result.brief)
    harbour = 1 if "a-harbour.txt" in _line(note.split("## Sources")[1], "1. ") else 2
    gazette = 3 - harbour
    shown = "GBP 3,000,000" if f"GBP 3,000,000** (disputed" in note else "GBP 4,000,000"
    other = "GBP 4,000,000" if shown == "GBP 3,000,000" else "GBP 3,000,000"
    backs, disputes = (harbour, gazette) if shown == "GBP 3,000,000" else (gazette, harbour)
    assert _line(note, f"- **{shown}**") == (
        f"- **{shown}** (disputed: {other} [{disputes}]): Blue Harbour Fund → Coastline Housing; "
        f"funding [{backs}]")
    assert (f"The main funding is {shown} (disputed: {other} [{disputes}]) from Blue Harbour Fund "
            f"to Coastline Housing [{backs}].") in note
    year = _line(note, "- **20").split("**")[1]
    other_year = {"2028": "2029", "2029": "2028"}[year]
    backs, disputes = (harbour, gazette) if year == "2028" else (gazette, harbour)
    assert _line(note, "- **20").endswith(
        f"(disputed: {other_year} [{disputes}]): Coastline Housing — plans to open a new shelter "
        f"by {year} [{backs}]")
    # The goal's words already say the year: no "(by 2028)" after them.
    assert (f"Goals: Coastline Housing — plans to open a new shelter by {year} "
            f"(disputed: {other_year} [{disputes}]) [{backs}].") in note


def _articles(n: int) -> list[Article]:
    return [Article(f"a{i}", f"a{i}.txt", f"Article {i}.") for i in range(1, n + 1)]


def _evidence(*ids: str) -> list[Evidence]:
    return [Evidence(i, "Article.", 0, 7) for i in ids]


def test_a_source_that_gives_no_other_value_is_still_cited():
    f = Funding(5_000_000, "USD", kind="funding", text="$5m", funder="Acme",
                evidence=_evidence("a1", "a2", "a3"),
                conflicts=[Conflict("amount", "5,000,000 USD", ["a1", "a3"]),
                           Conflict("amount", "$7 million", ["a2"])])
    g = Goal("open a clinic", deadline="2026-06", evidence=_evidence("a1", "a2", "a3"),
             conflicts=[Conflict("deadline", "2026", ["a1"]), Conflict("deadline", "2027", ["a2"])])
    note = render_note(Brief(articles=_articles(3), funding=[f], goals=[g]))
    assert "- **USD 5,000,000** (disputed: $7 million [2]): from Acme; funding [1], [3]" in note
    # a3 gives no year: it still backs the goal. The deadline is not in the goal's words: kept.
    assert "- **2026-06** (disputed: 2027 [2]): open a clinic [1], [3]" in note
    assert "Goals: open a clinic (by 2026-06; disputed: 2027 [2]) [1], [3]." in note


def test_conflicts_that_do_not_name_the_value_shown_keep_every_citation():
    f = Funding(5_000_000, "USD", kind="funding", text="$5m", evidence=_evidence("a1", "a2"),
                conflicts=[Conflict("amount", "about six", ["a1"]), Conflict("amount", "£9bn", ["a2"])])
    note = render_note(Brief(articles=_articles(2), funding=[f]))
    assert "- **USD 5,000,000** (disputed: about six [1]; £9bn [2]): funding [1], [2]" in note


def test_undisputed_items_are_cited_as_before():
    f = Funding(5_000_000, "USD", kind="funding", text="$5m", evidence=_evidence("a1", "a2"))
    g = Goal("open a clinic by 2026", deadline="2026", evidence=_evidence("a1", "a2"))
    note = render_note(Brief(articles=_articles(2), funding=[f], goals=[g]))
    assert "- **USD 5,000,000**: funding [1], [2]" in note
    assert "- **2026**: open a clinic by 2026 [1], [2]" in note
    assert "Goals: open a clinic by 2026 [1], [2]." in note
    assert "disputed" not in note
