"""Exporting from the dashboard by keys alone (issue 7), and from the command palette."""
from __future__ import annotations

import json

from dashboard_sample import ready, sample_brief, wait_for
from textual.command import CommandList

from briefs.export import default_filename
from briefs.model import item_id
from tui.app import BriefingApp
from tui.screens.dialogs import ConfirmScreen
from tui.screens.export import ExportScreen


def make_app() -> BriefingApp:
    return BriefingApp([], theme="dark", brief=sample_brief())


async def test_export_markdown_by_keys_leaves_dropped_items_out(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("j", "space")  # drop Tom Reyes
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.dashboard
        name = default_filename(app.dashboard.brief, "md")
        written = tmp_path / name
        text = written.read_text(encoding="utf-8")
        assert "Amira Okafor" in text and "Tom Reyes" not in text
        assert any(str(written) in n.message for n in app._notifications)


async def test_export_toml_by_keys_keeps_curation(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("a", *"ring back", "enter")
        await pilot.press("e", "shift+tab", "down", "space")  # format list: Markdown -> TOML
        screen = app.screen
        assert screen.fmt == "toml"
        assert screen.query_one("#export-path").value.endswith(".toml")
        await pilot.press("tab", "enter")
        await pilot.pause()
        from briefs.export.load import load_brief
        files = list(tmp_path.glob("*.toml"))
        assert len(files) == 1
        loaded = load_brief(files[0])
        assert loaded.curation[item_id(loaded.people[0])].note == "ring back"


async def test_typed_path_and_suffix_choose_the_format(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        path_input = app.screen.query_one("#export-path")
        path_input.value = ""
        await pilot.press(*"out/brief.json")
        assert app.screen.fmt == "json"
        await pilot.press("enter")
        await pilot.pause()
        # no such folder: the dialog stays open and says why
        assert isinstance(app.screen, ExportScreen)
        assert "no such folder" in str(app.screen.query_one("#export-error").render())
        (tmp_path / "out").mkdir()
        await pilot.press("enter")
        await pilot.pause()
        data = json.loads((tmp_path / "out" / "brief.json").read_text(encoding="utf-8"))
        assert data["people"]


async def test_overwrite_asks_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        target = tmp_path / default_filename(app.dashboard.brief, "md")
        target.write_text("old notes", encoding="utf-8")
        await pilot.press("e", "enter")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, ExportScreen)
        assert target.read_text(encoding="utf-8") == "old notes"
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is app.dashboard
        assert "Amira Okafor" in target.read_text(encoding="utf-8")


async def test_escape_cancels_the_export(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("e", "escape")
        assert app.screen is app.dashboard
        assert list(tmp_path.iterdir()) == []


async def test_palette_export_command_opens_the_dialog_in_that_format(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"export as toml")

        def toml_command_highlighted() -> bool:
            found = app.screen.query(CommandList)
            if not found or found.first().highlighted is None:
                return False
            lst = found.first()
            return "toml" in str(lst.get_option_at_index(lst.highlighted).prompt).lower()

        await wait_for(pilot, toml_command_highlighted, "the palette to offer the TOML export")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.fmt == "toml"
        await pilot.press("enter")
        await pilot.pause()
        assert len(list(tmp_path.glob("*.toml"))) == 1


async def test_palette_lists_themes_and_panels():
    from tui.palette import commands

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        names = [c.name for c in commands(app)]
        for theme in ("dark", "light", "high-contrast", "terminal"):
            assert f"Theme: {theme}" in names
        for panel in ("People", "Organisations", "Funding", "Goals", "Quotes", "Sources"):
            assert f"Go to panel: {panel}" in names
        next(c for c in commands(app) if c.name == "Theme: light").run()
        assert app.theme == "light"
        next(c for c in commands(app) if c.name == "Go to panel: Quotes").run()
        assert app.dashboard.active == "quotes"


def test_the_summary_counts_items_in_good_english():
    from tui.screens.export import summary

    assert summary(13, 14) == "13 of 14 items; 1 dropped item is left out"
    assert summary(10, 14) == "10 of 14 items; 4 dropped items are left out"
    assert summary(1, 1) == "1 of 1 item"
    assert summary(1200, 1200) == "1,200 of 1,200 items"


def test_a_chosen_format_gives_the_file_its_suffix():
    from tui.screens.export import with_format_suffix

    assert with_format_suffix("brief.md", "toml") == "brief.toml"
    assert with_format_suffix("notes/brief", "json") == "notes/brief.json"
    assert with_format_suffix("brief.v2", "md") == "brief.v2.md"
    assert with_format_suffix("out/", "md") == "out/"
    assert with_format_suffix("", "md") == ""


async def test_dialog_says_one_dropped_item_in_the_singular():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("space", "e")
        assert "1 dropped item is left out" in str(app.screen.query_one("#export-summary").render())


async def test_format_and_file_name_stay_in_sync_both_ways(tmp_path, monkeypatch):
    from textual.widgets import RadioSet

    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        screen = app.screen
        path_input = screen.query_one("#export-path")
        radios = screen.query_one(RadioSet)
        # Typing a suffix selects its format, visibly.
        await pilot.press("end", "backspace", "backspace", *"toml")
        await pilot.pause()
        assert screen.fmt == "toml" and radios.pressed_button.id == "format-toml"
        # Choosing a format changes the suffix, even of a name typed without one.
        path_input.value = "weekly"
        await pilot.pause()
        assert radios.pressed_button.id == "format-toml"  # no suffix: the choice stands
        await pilot.press("shift+tab", "down", "enter")
        await pilot.pause()
        assert screen.fmt == "json" and path_input.value == "weekly.json"
        await pilot.press("tab", "enter")
        await pilot.pause()
        assert (tmp_path / "weekly.json").exists()


async def test_opening_the_dialog_clears_toasts_that_would_cover_its_buttons(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        for _ in range(4):
            await pilot.press("y")  # each copy says so in a toast
        await pilot.pause()
        assert len(app._notifications) >= 1 and len(app.screen.query("Toast")) >= 1
        await pilot.press("e")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert len(app._notifications) == 0
        # Not only forgotten: no toast is drawn by any screen, the dashboard under the dialog too.
        assert sum(len(screen.query("Toast")) for screen in app.screen_stack) == 0


async def test_toasts_from_keys_typed_just_before_the_dialog_do_not_cover_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("y", "y", "space", "e")  # one burst, as a quick typist sends it
        for _ in range(3):
            await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert sum(len(screen.query("Toast")) for screen in app.screen_stack) == 0
