"""What the dashboard restyles (no timings): a Tab restyles the two panel boxes, not the lists in
them; "/" and Escape restyle the filter bar, not the screen; start-up styles the screen once."""
from __future__ import annotations

import pytest
from dashboard_sample import ready, sample_brief

from tui.app import BriefingApp
from tui.screens import dashboard as dashboard_module
from tui.widgets.evidence import EvidencePane
from tui.widgets.format import PANEL_NAMES
from tui.widgets.item_list import ItemList


@pytest.fixture(autouse=True)
def _instant_filter(monkeypatch):
    monkeypatch.setattr(dashboard_module, "FILTER_DELAY", 0.001)


def make_app() -> BriefingApp:
    return BriefingApp([], theme="dark", brief=sample_brief())


def restyled(monkeypatch, app: BriefingApp) -> list:
    """Every node restyled from now on (by a class change, focus or a stylesheet update)."""
    nodes: list = []
    update_nodes = app.stylesheet.update_nodes

    def counting(batch, animate=False):
        batch = list(batch)
        nodes.extend(batch)
        return update_nodes(batch, animate=animate)

    monkeypatch.setattr(app.stylesheet, "update_nodes", counting)
    return nodes


def focused_boxes(app: BriefingApp) -> list[str]:
    return [name for name in PANEL_NAMES
            if app.screen.query_one(f"#panel-{name}").has_class("-focused")]


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_tab_restyles_the_two_boxes_and_moves_the_accent_border(monkeypatch, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        assert focused_boxes(app) == ["people"]
        nodes = restyled(monkeypatch, app)
        await pilot.press("tab")
        await pilot.pause()
        assert focused_boxes(app) == ["organisations"]
        assert nodes and {node.id for node in nodes} <= {"panel-people", "panel-organisations"}
        assert not any(isinstance(node, ItemList) for node in nodes)


async def test_the_accent_border_leaves_the_panels_while_filtering():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        assert focused_boxes(app) == []
        await pilot.press("o", "k", "enter")
        await pilot.pause()
        assert focused_boxes(app) == ["people"] and app.focused.has_focus


async def test_filter_bar_shows_and_hides_without_restyling_the_screen(monkeypatch):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        nodes = restyled(monkeypatch, app)
        await pilot.press("slash", "o", "k")
        await pilot.pause()
        assert app.screen.query_one("#filter").display
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.query_one("#filter").display
        assert app.screen not in nodes and not any(isinstance(n, ItemList) for n in nodes)


async def test_the_screen_is_styled_once_at_start(monkeypatch):
    from textual.app import App

    screens = []
    update_styles = App.update_styles

    def counting(self, node, animate=True):
        if isinstance(node, dashboard_module.DashboardScreen):
            screens.append(node)
        return update_styles(self, node, animate=animate)

    monkeypatch.setattr(App, "update_styles", counting)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        assert app.screen.has_class("-wide") and app.screen.has_class("-tall")
    # Once when the screen is shown; the breakpoint classes were set before it was styled.
    assert len(screens) == 1


async def test_a_filter_redraws_the_evidence_once(monkeypatch):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        shown = []
        show = EvidencePane.show
        monkeypatch.setattr(EvidencePane, "show",
                            lambda self, *a, **k: (shown.append(a[1]), show(self, *a, **k)))
        app.dashboard.set_filter("reyes")  # the first person changes: shown once
        assert [getattr(item, "name", None) for item in shown] == ["Tom Reyes"]
        app.dashboard.set_filter("tom")  # the same person stays under the cursor: not again
        assert len(shown) == 1
