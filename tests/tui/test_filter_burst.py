"""Keys typed in one burst around "/" (tmux send-keys, a fast typist): each is handled in the
order typed, the keys before "/" by the dashboard, the keys after it by the filter bar."""
from __future__ import annotations

import pytest
from dashboard_sample import ready
from test_dashboard import many_people as people  # n people, all named Person<i>
from test_filter_keys import burst

from tui.app import BriefingApp
from tui.screens import dashboard as dashboard_module
from tui.widgets.filter_bar import FilterBar
from tui.widgets.item_list import ItemList


@pytest.fixture(autouse=True)
def _instant_filter(monkeypatch):
    monkeypatch.setattr(dashboard_module, "FILTER_DELAY", 0.001)


async def test_a_panel_key_just_before_slash_switches_the_panel_then_opens_the_filter():
    app = BriefingApp([], theme="dark", brief=people(12))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        burst(app, ["6", "slash", *"a1"])
        await pilot.pause()
        bar = app.screen.query_one(FilterBar)
        assert app.dashboard.active == "sources"
        assert app.focused is bar and bar.value == "a1"


async def test_list_keys_before_slash_move_the_cursor_and_keys_after_it_type():
    app = BriefingApp([], theme="dark", brief=people(12))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        burst(app, ["j", "j", "slash", *"2jk"])
        await pilot.pause()
        assert app.screen.query_one(FilterBar).value == "2jk"
        assert app.dashboard.active == "people" and app.dashboard.active_list.count == 0
        burst(app, ["escape"])  # back to the row the cursor was on before the filter
        await pilot.pause()
        assert app.dashboard.active_list.cursor == 2


async def test_slash_text_enter_then_list_keys_in_one_burst():
    app = BriefingApp([], theme="dark", brief=people(12))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        burst(app, ["2", "1", "slash", *"person1", "enter", "j"])
        await pilot.pause()
        assert app.dashboard.active == "people" and app.dashboard.query_text == "person1"
        assert isinstance(app.focused, ItemList) and app.focused.panel == "people"
        assert app.focused.cursor == 1


async def test_a_key_after_one_that_opens_a_dialog_goes_to_the_dialog():
    app = BriefingApp([], theme="dark", brief=people(12))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        burst(app, ["question_mark", "j"])  # help, then a key the dashboard also binds
        await pilot.pause()
        assert app.screen is not app.dashboard
        assert app.dashboard.active_list.cursor == 0
