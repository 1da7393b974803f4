"""The filter draws the panels on screen at once and the hidden ones when shown; Escape puts every
panel's full list and cursor back; the filter bar shares the header's line (no timings)."""
from __future__ import annotations

import pytest
from dashboard_sample import ready, sample_brief, wait_for
from test_dashboard import many_people

from tui.app import BriefingApp
from tui.screens import dashboard as dashboard_module
from tui.widgets.format import PANEL_NAMES, query_words
from tui.widgets.item_list import ItemList
from tui.widgets.tabs import PanelTabs


@pytest.fixture(autouse=True)
def _instant_filter(monkeypatch):
    monkeypatch.setattr(dashboard_module, "FILTER_DELAY", 0.001)


def lists(app: BriefingApp) -> dict[str, ItemList]:
    return {name: app.screen.query_one(f"#list-{name}", ItemList) for name in PANEL_NAMES}


def expected_counts(app: BriefingApp, query: str) -> dict[str, int]:
    return {name: len(lst.rows.matching(query_words(query), None)) if query else len(lst.rows)
            for name, lst in lists(app).items()}


def tab_counts(app: BriefingApp) -> dict[str, int]:
    return dict(app.screen.query_one(PanelTabs).counts)


def count_layouts(monkeypatch, app: BriefingApp) -> list[int]:
    layouts: list[int] = []
    original = type(app.screen)._refresh_layout

    def counting(screen, *args, **kwargs):
        layouts.append(1)
        return original(screen, *args, **kwargs)

    monkeypatch.setattr(type(app.screen), "_refresh_layout", counting)
    return layouts


async def test_tab_counts_are_right_after_a_filter_and_after_escape():
    app = BriefingApp([], theme="dark", brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"harbour")
        want = expected_counts(app, "harbour")
        assert want["people"] != len(lists(app)["people"].rows)  # the filter changes counts
        await wait_for(pilot, lambda: tab_counts(app) == want, "the filtered counts")
        await pilot.press("escape")
        full = expected_counts(app, "")
        await wait_for(pilot, lambda: tab_counts(app) == full, "the full counts")
        assert all(lst.count == full[name] for name, lst in lists(app).items())


async def test_a_hidden_panel_shows_the_filtered_rows_when_switched_to():
    app = BriefingApp([], theme="dark", brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash", *"harbour", "enter")
        await pilot.pause()
        orgs = lists(app)["organisations"]
        await pilot.press("2")
        await pilot.pause()
        assert app.dashboard.active == "organisations"
        assert orgs.count == expected_counts(app, "harbour")["organisations"]
        assert orgs.virtual_size.height == orgs.count + 1
        assert all("harbour" in orgs.rows[i].haystack for i in orgs.shown)


async def test_escape_puts_the_cursor_back_where_it_was_when_the_filter_showed_nothing():
    app = BriefingApp([], theme="dark", brief=many_people(40))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        people = lists(app)["people"]
        people.cursor = 25
        item = people.current_row.item
        await pilot.press("slash", *"zzz")
        await wait_for(pilot, lambda: people.count == 0, "nothing shown")
        await pilot.press("escape")
        await pilot.pause()
        assert people.count == 40 and people.current_row.item is item


async def test_escape_keeps_the_item_chosen_in_the_filtered_list():
    app = BriefingApp([], theme="dark", brief=many_people(40))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        people = lists(app)["people"]
        await pilot.press("slash", *"person3", "enter", "j", "j")  # 3, 30, 31: on Person31
        await pilot.pause()
        assert people.current_row.item.name == "Person31 Surname31"
        await pilot.press("slash", "escape")
        await pilot.pause()
        assert people.count == 40 and people.current_row.item.name == "Person31 Surname31"


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_filter_bar_comes_and_goes_without_moving_the_panels(size):
    app = BriefingApp([], theme="dark", brief=sample_brief())
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        box = app.screen.query_one("#panel-people")
        before = box.region
        await pilot.press("slash", "o")
        await pilot.pause()
        assert app.screen.query_one("#filter").display and box.region == before
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.query_one("#filter").display and box.region == before


async def test_typing_in_the_filter_does_not_lay_the_screen_out(monkeypatch):
    app = BriefingApp([], theme="dark", brief=many_people(60))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        await pilot.pause()
        layouts = count_layouts(monkeypatch, app)
        await pilot.press(*"person")  # every person still shown: the scrollbar stays
        await wait_for(pilot, lambda: app.dashboard.query_text == "person", "the filter")
        await pilot.pause()
        assert layouts == []
