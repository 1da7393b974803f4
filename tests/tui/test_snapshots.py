"""How the screens look (pytest-textual-snapshot). Update with: pytest tests/tui --snapshot-update

A hand-built brief, a fixed theme and no notifications keep them deterministic."""
from __future__ import annotations

import pytest
from dashboard_sample import ready, sample_brief

from tui.app import BriefingApp

SIZES = [(80, 24), (160, 48)]


def app_with(theme: str = "dark") -> BriefingApp:
    return BriefingApp([], theme=theme, brief=sample_brief())


def keys_after_ready(*keys: str):
    async def run_before(pilot) -> None:
        await ready(pilot)
        if keys:
            await pilot.press(*keys)
        await pilot.pause()
    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_dashboard(snap_compare, size):
    assert snap_compare(app_with(), terminal_size=size, run_before=keys_after_ready("3"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_article_view(snap_compare, size):
    assert snap_compare(app_with(), terminal_size=size,
                        run_before=keys_after_ready("3", "enter"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, size):
    assert snap_compare(app_with(), terminal_size=size, run_before=keys_after_ready("f1"))


@pytest.mark.parametrize("theme", ["light", "high-contrast", "terminal", "terminal-light"])
def test_theme(snap_compare, theme):
    # "dark" is the dashboard snapshot above; a dropped item and the filter show in each theme.
    assert snap_compare(app_with(theme), terminal_size=(80, 24),
                        run_before=keys_after_ready("space", "slash", "o", "k", "enter"))
