"""The start-up load path: the collector paused while the brief is built, and the brief frozen."""
from __future__ import annotations

import gc
import threading

from dashboard_sample import ready, sample_brief

from tui.app import BriefingApp


async def test_the_brief_is_built_with_the_collector_paused_then_frozen(monkeypatch):
    from briefs.pipeline import BuildResult

    during: list[bool] = []
    frozen_by: list[str] = []
    freeze = gc.freeze

    def spy() -> None:
        frozen_by.append("loader" if threading.current_thread() is not threading.main_thread()
                         else "app")
        freeze()

    def builder(paths, **_):
        during.append(gc.isenabled())
        return BuildResult(sample_brief(), [])

    monkeypatch.setattr(gc, "freeze", spy)
    app = BriefingApp(["x"], theme="dark", builder=builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert during == [False]
        assert "loader" in frozen_by
        assert gc.isenabled()
        assert app.dashboard.brief.people


async def test_a_failed_load_turns_the_collector_back_on_and_freezes_nothing(monkeypatch):
    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))

    def builder(paths, **_):
        raise RuntimeError("decoder exploded")

    app = BriefingApp(["x"], theme="dark", builder=builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert gc.isenabled()
        assert any("decoder exploded" in n.message for n in app._notifications)
    assert frozen == []


async def test_rows_are_indexed_for_filtering_only_after_the_brief_is_painted(monkeypatch):
    from dashboard_sample import wait_for

    from tui.screens import dashboard as dashboard_module

    painted_first: list[bool] = []
    citations = dashboard_module.citations

    def spy(brief):
        painted_first.append(app.dashboard._painted.is_set())
        return citations(brief)

    monkeypatch.setattr(dashboard_module, "citations", spy)
    app = BriefingApp([], theme="dark", brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await wait_for(pilot, lambda: painted_first, "the index")
        assert painted_first == [True]
