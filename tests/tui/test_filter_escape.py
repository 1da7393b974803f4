"""Escape after a filter puts every panel's rows, counts and drawn lines back, on screen or not;
the filter bar is styled for the focus it has each time it is shown."""
from __future__ import annotations

import pytest
from dashboard_sample import ready, sample_brief, wait_for
from test_dashboard import many_people
from test_filter_lazy import expected_counts, lists, tab_counts

from tui.app import BriefingApp
from tui.screens import dashboard as dashboard_module
from tui.widgets.filter_bar import FilterBar
from tui.widgets.format import PANEL_NAMES
from tui.widgets.item_list import ItemList


@pytest.fixture(autouse=True)
def _instant_filter(monkeypatch):
    monkeypatch.setattr(dashboard_module, "FILTER_DELAY", 0.001)


def drawn_rows(item_list: ItemList) -> list[str]:
    """The text of the rows the list draws now (the header line left out)."""
    height = item_list.scrollable_content_region.height
    top = int(item_list.scroll_y)
    lines = min(height - 1, item_list.count - top)
    return [item_list.render_line(y).text for y in range(1, lines + 1)]


def fresh_rows(item_list: ItemList) -> list[str]:
    """The same rows drawn with nothing cached."""
    item_list._line_cache.clear()
    return drawn_rows(item_list)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])  # one panel shown; all six
@pytest.mark.parametrize(("brief", "query"), [
    (sample_brief, "harbour"),  # every panel holds rows
    (lambda: many_people(30), "person1"),  # rows drawn at other places while filtered
])
async def test_escape_restores_every_panels_rows_counts_and_lines(size, brief, query):
    app = BriefingApp([], theme="dark", brief=brief())
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        full = expected_counts(app, "")
        before = {name: drawn_rows(lst) for name, lst in lists(app).items()
                  if lst.parent.display}
        await pilot.press("slash", *query)
        want = expected_counts(app, query)
        await wait_for(pilot, lambda: tab_counts(app) == want, "the filtered counts")
        active = app.dashboard.active_list
        assert drawn_rows(active) == fresh_rows(active)
        await pilot.press("escape")
        await wait_for(pilot, lambda: tab_counts(app) == full, "the full counts")
        for number, name in enumerate(PANEL_NAMES, 1):
            await pilot.press(str(number))  # each panel shown in turn (all at once when wide)
            item_list = lists(app)[name]
            assert item_list.count == full[name] == len(item_list.rows)
            subtitle = str(app.screen.query_one(f"#panel-{name}").border_subtitle)
            assert subtitle == f"{full[name]:,}"
            drawn = drawn_rows(item_list)
            assert drawn == fresh_rows(item_list)  # no line drawn for the filter is reused wrong
            if name in before and item_list.cursor == 0:
                assert drawn == before[name]


async def test_filter_bar_is_styled_for_its_focus_each_time_it_shows():
    app = BriefingApp([], theme="dark", brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        bar = app.screen.query_one(FilterBar)
        await pilot.press("slash")
        focused = bar.styles.background
        await pilot.press(*"harbour", "enter")  # the bar stays, without the focus
        assert not bar.has_focus and bar.display
        unfocused = bar.styles.background
        assert unfocused != focused
        await pilot.press("slash", "escape", "slash")  # hidden while it lost the focus
        assert bar.has_focus and bar.styles.background == focused
        await pilot.press("enter")  # empty: the bar goes, unfocused
        await pilot.press("slash", *"x", "down")
        assert not bar.has_focus and bar.styles.background == unfocused
