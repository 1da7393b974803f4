"""Keys typed in one burst through the filter bar (a fast typist, a paste, tmux send-keys): the
keys after the one that leaves the bar move the list instead of landing in the filter."""
from __future__ import annotations

import pytest
from dashboard_sample import ready
from test_dashboard import many_people as people  # n people, all named Person<i>
from textual import events

from tui.app import BriefingApp
from tui.screens import dashboard as dashboard_module
from tui.widgets.filter_bar import FilterBar
from tui.widgets.item_list import ItemList


@pytest.fixture(autouse=True)
def _instant_filter(monkeypatch):
    monkeypatch.setattr(dashboard_module, "FILTER_DELAY", 0.001)


def burst(app: BriefingApp, keys: list[str]) -> None:
    """Queue every key before any is handled, as a terminal delivers a burst of bytes."""
    for key in keys:
        character = key if len(key) == 1 else {"enter": "\r", "escape": "\x1b"}.get(key)
        app.post_message(events.Key(key, character))


async def test_keys_after_enter_in_one_burst_move_the_list():
    app = BriefingApp([], theme="dark", brief=people(12))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        burst(app, ["slash", *"person1", "enter", "j", "j"])
        await pilot.pause()
        bar = app.screen.query_one(FilterBar)
        assert bar.value == "person1" and app.dashboard.query_text == "person1"
        assert isinstance(app.focused, ItemList) and app.focused.count == 3  # 1, 10, 11
        assert app.focused.cursor == 2


async def test_keys_after_escape_in_one_burst_move_the_unfiltered_list():
    app = BriefingApp([], theme="dark", brief=people(12))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        burst(app, ["slash", *"person1", "escape", "j", "j", "j"])
        await pilot.pause()
        assert app.screen.query_one(FilterBar).value == ""
        assert app.dashboard.query_text == ""
        assert isinstance(app.focused, ItemList) and app.focused.cursor == 3
        assert not app.screen.query_one(FilterBar).display


async def test_down_leaves_the_bar_and_later_keys_still_type_in_it_when_it_has_focus():
    app = BriefingApp([], theme="dark", brief=people(12))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        burst(app, ["slash", *"person1", "down", "j"])
        await pilot.pause()
        assert app.screen.query_one(FilterBar).value == "person1"
        assert app.dashboard.query_text == "person1" and app.focused.cursor == 1
        burst(app, ["slash", "1"])  # back in the bar: keys type again
        await pilot.pause()
        assert app.screen.query_one(FilterBar).value == "person11"
        assert app.focused is app.screen.query_one(FilterBar)
