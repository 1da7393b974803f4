"""What keeps the dashboard fast at 50,000 items, tested as behaviour (no timings here):
rows formatted only when shown, filtering over prebuilt text, no screen layout on a cursor move,
no Footer rebuild on Tab, the brief frozen out of the garbage collector's passes."""
from __future__ import annotations

import gc

import pytest
from dashboard_sample import ready, sample_brief, wait_for
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import Footer

from briefs.model import Article, Brief, Evidence, Person
from tui.app import BriefingApp
from tui.screens import dashboard as dashboard_module
from tui.widgets.evidence import EvidencePane, citations
from tui.widgets.footer import QuietFooter
from tui.widgets.format import (
    PANEL_NAMES, build_rows, make_row, matches, narrows, query_words,
)
from tui.widgets.item_list import ItemList, fit_cell


@pytest.fixture(autouse=True)
def _instant_filter(monkeypatch):
    monkeypatch.setattr(dashboard_module, "FILTER_DELAY", 0.001)


def make_app(brief: Brief | None = None) -> BriefingApp:
    return BriefingApp([], theme="dark", brief=brief or sample_brief())


def lists(app: BriefingApp) -> dict[str, ItemList]:
    return {w.panel: w for w in app.screen.query(ItemList)}


# ------------------------------------------------------------------ rows and filtering


def test_rows_are_formatted_only_when_asked_for():
    brief = sample_brief()
    rows = build_rows(brief, "people")
    assert len(rows) == 2 and not rows._made
    first = rows[0]
    assert list(rows._made) == [0] and rows[0] is first and rows[-2] is first
    assert first == make_row(first.item, "people", {"a1": "Tidal lab", "a2": "Tidal lab"})


def test_natural_widths_are_the_longest_fitted_cells():
    rows = build_rows(sample_brief(), "funding")
    assert rows.natural[0] == len("GBP 12m") and rows.natural[1] == len("USD 15.2m")
    assert rows.natural[2] == 0  # not a fitted column


@settings(max_examples=60, deadline=None)
@given(query=st.text(alphabet="aeiouNRGTH12 .£", max_size=8),
       story=st.sampled_from([None, "Tidal lab", "Other"]))
def test_matching_agrees_with_the_row_rule(query, story):
    brief = sample_brief()
    for panel in PANEL_NAMES:
        rows = build_rows(brief, panel)
        words = query_words(query)
        expected = [i for i, row in enumerate(rows) if matches(row, words, story)]
        assert rows.matching(words, story) == expected
        # Narrowing a query searches only what the shorter one kept, and finds the same.
        if words and narrows(words, words[:1]):
            within = rows.matching(words[:1], story)
            assert rows.matching(words, story, within) == expected


def test_narrows_only_when_every_old_word_is_inside_a_new_one():
    assert narrows(["okafor"], ["oka"]) and narrows(["oka", "x"], [])
    assert not narrows(["okafor"], ["okafor", "reyes"]) and not narrows(["ok"], ["oka"])


def test_fit_cell_cuts_with_an_ellipsis_and_pads():
    assert fit_cell("Harbour Energy", 8) == "Harbour…"
    assert fit_cell("GBP 12m", 9, right=True) == "  GBP 12m"
    assert fit_cell("名前です", 5) == "名前…"  # wide characters count two cells
    assert fit_cell("ok", 4) == "ok  "


# ------------------------------------------------------------------ what a key press does


async def test_cursor_moves_and_evidence_changes_do_not_lay_the_screen_out(monkeypatch):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        layouts = []
        original = type(app.screen)._refresh_layout

        def counting(screen, *args, **kwargs):
            layouts.append(1)
            return original(screen, *args, **kwargs)

        monkeypatch.setattr(type(app.screen), "_refresh_layout", counting)
        pane = app.screen.query_one(EvidencePane)
        before = pane.text.plain
        await pilot.press("j")
        await pilot.pause()
        assert pane.text.plain != before and "Tom Reyes" in pane.text.plain
        await pilot.press("k", "j", "k")
        await pilot.pause()
        assert layouts == []


async def test_tab_does_not_rebuild_the_footer(monkeypatch):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        footer = app.screen.query_one(QuietFooter)
        rebuilt = []
        original = Footer.recompose  # what QuietFooter.recompose calls when the keys changed

        async def counting(self):
            rebuilt.append(1)
            await original(self)

        assert isinstance(footer, Footer)
        monkeypatch.setattr(Footer, "recompose", counting)
        await pilot.press("tab", "tab", "shift+tab")
        await pilot.pause()
        assert app.dashboard.active == "organisations" and rebuilt == []
        await pilot.press("slash")  # the filter bar's keys are other keys: rebuilt
        await wait_for(pilot, lambda: rebuilt, "the footer rebuilt for the filter bar")


async def test_active_panel_survives_a_resize_from_the_grid():
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        await pilot.press("tab", "tab")
        assert app.dashboard.active == "funding"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        shown = [name for name in PANEL_NAMES
                 if app.screen.query_one(f"#panel-{name}").display]
        assert shown == ["funding"]
        assert "3 Funding" in str(app.screen.query_one("#panel-funding").border_title)


async def test_evidence_pane_scrolls_long_text_and_shrinks_for_short(monkeypatch):
    words = " ".join(f"word{i}" for i in range(400))
    text = f"Ada Long said {words}.\n\nBo Short spoke."
    long_ev = Evidence("a", f"Ada Long said {words}.", 0, 8)
    short_start = text.index("Bo Short")
    short_ev = Evidence("a", "Bo Short spoke.", short_start, short_start + 8)
    brief = Brief(articles=[Article("a", "a.txt", text, title="T")],
                  people=[Person("Ada Long", evidence=[long_ev]),
                          Person("Bo Short", evidence=[short_ev])])
    app = make_app(brief)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        pane = app.screen.query_one(EvidencePane)
        assert pane.virtual_size.height > pane.scrollable_content_region.height
        assert pane.show_vertical_scrollbar
        pane.scroll_to(y=5, animate=False, immediate=True)
        await pilot.press("j")
        await pilot.pause()
        assert "Bo Short" in pane.text.plain and pane.scroll_y == 0
        assert pane.virtual_size.height < pane.scrollable_content_region.height
        assert not pane.show_vertical_scrollbar


async def test_the_loaded_brief_is_frozen_out_of_garbage_collection():
    gc.unfreeze()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert gc.get_freeze_count() > 0
    gc.unfreeze()


async def test_the_filter_index_and_citations_are_built_in_the_loading_thread():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await wait_for(pilot, lambda: all(rows._haystacks is not None
                                          for rows in app.dashboard.rows.values()),
                       "every panel indexed")
        pane = app.screen.query_one(EvidencePane)
        await wait_for(pilot, lambda: pane._cited is not None, "citations counted")
        assert pane._cited[1] == citations(app.dashboard.brief) == {"a1": 8, "a2": 5}


def test_a_filter_during_the_background_index_waits_for_it_instead_of_building_it_again(monkeypatch):
    import threading
    import time

    from briefs.model import Person
    from tui.widgets import format as format_module

    calls = []
    real = format_module.haystack_of

    def slow(item, panel):
        calls.append(item)
        time.sleep(0.001)
        return real(item, panel)

    monkeypatch.setattr(format_module, "haystack_of", slow)
    rows = format_module.PanelRows("people", [Person(f"Ana Ruiz{i}") for i in range(50)], {})
    worker = threading.Thread(target=rows.index)
    worker.start()
    found = rows.matching(["ruiz7"], None)
    worker.join()
    assert len(calls) == 50 and found == [7]
