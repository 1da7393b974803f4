"""Rows, evidence paragraphs and column widths: the pure parts of the panels."""
from __future__ import annotations

from dashboard_sample import sample_brief
from hypothesis import given
from hypothesis import strategies as st

from briefs.model import Article, Evidence
from tui.widgets.evidence import Styles, highlight_paragraph, paragraph_around
from tui.widgets.format import (
    COLUMNS, build_rows, describe, human_amount, item_as_text, matches, query_words,
)
from tui.widgets.item_list import MARK_WIDTH, column_widths


def test_human_amounts():
    assert human_amount(30_000_000) == "30m"
    assert human_amount(4_200_000) == "4.2m"
    assert human_amount(1_500_000_000) == "1.5bn"
    assert human_amount(300_000) == "300,000"
    assert human_amount(4.5) == "4.50"


def test_rows_show_each_panels_fields():
    brief = sample_brief()
    people = build_rows(brief, "people")
    assert people[0].cells == ("Amira Okafor", "vice-chancellor", "Northgate University", "2")
    funding = build_rows(brief, "funding")[0]
    assert funding.cells == ("GBP 12m", "USD 15.2m", "funding",
                             "Harbour Energy → Northgate University", "over the next four years")
    assert funding.disputed
    sources = build_rows(brief, "sources")
    assert sources[0].cells == ("2024-03-04", "Harbour Energy to fund tidal research",
                                "Wire Service", "Tidal lab", "harbour.txt")


def test_filter_matches_every_word_and_aliases():
    rows = build_rows(sample_brief(), "organisations")
    gazette = next(r for r in rows if r.item.name == "Northgate Gazette")
    assert matches(gazette, query_words("GAZETTE north"), None)
    assert not matches(gazette, query_words("gazette harbour"), None)
    assert matches(gazette, [], "Tidal lab") and not matches(gazette, [], "Other")


def test_cells_never_carry_control_characters():
    brief = sample_brief()
    brief.people[0].name = "Evil\x1b[2JName\nSecond"
    row = build_rows(brief, "people")[0]
    assert row.cells[0] == "Evil␛[2JName Second"


def test_item_as_text_cites_its_sources():
    brief = sample_brief()
    text = item_as_text(brief.funding[0], brief)
    assert text.splitlines()[0] == "Funding: " + describe(brief.funding[0])
    assert "Disputed amount: 15000000 GBP" in text
    assert "Harbour Energy to fund tidal research · 2024-03-04 · Wire Service" in text


def test_paragraph_and_highlight_use_the_evidence_offsets():
    brief = sample_brief()
    article = brief.articles[1]
    evidence = brief.organisations[2].evidence[0]  # "Northgate[/bold] Gazette"
    styles = Styles()
    shown = highlight_paragraph(article, evidence, styles)
    assert shown.plain.startswith("The [bold]Northgate[/bold] Gazette understands")
    marked = [shown.plain[s.start:s.end] for s in shown.spans if s.style == styles.match]
    assert marked == ["Northgate[/bold] Gazette"]


def test_escape_in_the_paragraph_is_made_visible():
    brief = sample_brief()
    article = brief.articles[1]
    evidence = brief.people[1].evidence[1]  # "Mr Reyes declined to comment.\x1b[31m"
    shown = highlight_paragraph(article, evidence, Styles())
    assert "\x1b" not in shown.plain and "␛[31m" in shown.plain


def test_long_paragraph_is_windowed_around_the_evidence():
    text = "word " * 2000 + "TARGET" + " word" * 2000
    start = text.index("TARGET")
    left, right = paragraph_around(text, start, start + 6)
    assert left > 0 and right < len(text) and right - left < 2000
    article = Article("a", "a.txt", text)
    shown = highlight_paragraph(article, Evidence("a", "TARGET", start, start + 6), Styles())
    assert shown.plain.startswith("…") and shown.plain.endswith("…")


def test_out_of_range_evidence_does_not_crash():
    article = Article("a", "a.txt", "Short text.")
    shown = highlight_paragraph(article, Evidence("a", "nope", 50, 80), Styles())
    assert "Short text." in shown.plain


@given(st.integers(min_value=20, max_value=300), st.sampled_from(sorted(COLUMNS)))
def test_column_widths_fill_the_line(width, panel):
    columns = COLUMNS[panel]
    widths = column_widths(columns, width)
    # Only the least important columns (priority 0) may vanish to make room.
    assert all(w >= 1 for c, w in zip(columns, widths) if c.priority > 0)
    used = MARK_WIDTH + sum(widths) + len(columns)
    minimum = MARK_WIDTH + sum(c.minimum for c in columns) + len(columns)
    if width >= minimum:
        assert used == width
    else:
        assert used <= max(width, MARK_WIDTH + len(columns) + sum(
            min(4, c.minimum) for c in columns if c.priority > 0))
