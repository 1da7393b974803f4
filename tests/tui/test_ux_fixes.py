"""A new user's dashboard bugs (session 3): quitting with unsaved curation, small heights, a theme
file with a mistake, the export dialog's names and formats, the empty filter, the grid's width."""
from __future__ import annotations

import pytest
from dashboard_sample import ready, sample_brief, wait_for

from tui.app import BriefingApp
from tui.cli import main
from tui.config import user_themes_dir
from tui.screens.dialogs import QuitScreen
from tui.screens.export import ExportScreen
from tui.widgets.item_list import ItemList


def make_app() -> BriefingApp:
    return BriefingApp([], theme="dark", brief=sample_brief())


def toasts(app: BriefingApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


# ------------------------------------------------------------------ 1. quitting asks first


async def test_quit_without_changes_exits_at_once():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


async def test_quit_after_a_drop_and_a_note_asks_and_escape_stays():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("space", "a", *"call back", "enter", "q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        assert not app._exit
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.dashboard and not app._exit
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)
        await pilot.press("q")  # quit anyway
        await pilot.pause()
        assert app._exit


async def test_undoing_a_drop_leaves_nothing_to_ask_about():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("space", "k", "space", "q")
        await pilot.pause()
        assert app._exit


async def test_export_first_opens_the_dialog_then_quits_once_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("space", "q", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app._exit, "the app to quit after exporting")
    assert list(tmp_path.glob("*.md"))


async def test_after_an_export_quit_does_not_ask(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("space", "e", "enter")
        await pilot.pause()
        assert app.screen is app.dashboard
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


# ------------------------------------------------------------------ 2. small heights


@pytest.mark.parametrize("size", [(50, 15), (60, 15), (80, 17), (100, 20)])
async def test_the_list_keeps_a_few_rows_at_small_heights(size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.pause()
        people = app.screen.query_one("#list-people", ItemList)
        assert people.region.height >= 4  # a header and three items
        assert app.screen.query_one("#evidence").region.height >= 4


# ------------------------------------------------------------------ 3. a theme file with a mistake


def write_bad_theme() -> None:
    folder = user_themes_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.toml").write_text('name = "mine"\nprimary = "notacolour"\n', encoding="utf-8")


async def test_asking_for_a_broken_theme_starts_with_the_default_and_names_the_field():
    write_bad_theme()
    app = BriefingApp([], theme="mine", brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.theme == "dark"
        messages = toasts(app)
        assert any("mine.toml" in m and "primary" in m for m in messages)
        assert not any("No theme called" in m for m in messages)


def test_the_cli_does_not_refuse_a_theme_a_broken_file_defines(monkeypatch):
    write_bad_theme()
    started: dict = {}

    def fake_run(paths, *, theme, date):
        started["theme"] = theme
        return 0

    monkeypatch.setattr("tui.app.run_dashboard", fake_run)
    assert main(["--theme", "mine"]) == 0
    assert started["theme"] == "mine"


# ------------------------------------------------------------------ 4. the export dialog


async def open_export(pilot, name: str, fmt: str | None = None) -> ExportScreen:
    await pilot.press("e")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    if fmt is not None:
        screen.query_one(f"#format-{fmt}").value = True
        await pilot.pause()
    screen.query_one("#export-path").value = name
    await pilot.pause()
    return screen


def error_text(screen: ExportScreen) -> str:
    label = screen.query_one("#export-error")
    return str(label.render()) if label.has_class("-shown") else ""


async def test_chosen_toml_and_a_markdown_name_disagree_and_nothing_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = await open_export(pilot, "y.md", fmt="toml")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert ".md" in error_text(screen) and "TOML" in error_text(screen)
        assert not list(tmp_path.iterdir())


async def test_a_typed_known_suffix_chooses_the_format_when_none_was_picked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_export(pilot, "y.toml")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.dashboard
        assert (tmp_path / "y.toml").read_text(encoding="utf-8").startswith("briefdesk_schema")


async def test_an_unknown_suffix_gets_the_formats_suffix(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await open_export(pilot, "x.txt", fmt="json")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.dashboard
        assert [p.name for p in tmp_path.iterdir()] == ["x.txt.json"]


@pytest.mark.parametrize("name", [".md", "sub/.toml"])
async def test_a_bare_suffix_is_refused(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = await open_export(pilot, name)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "name" in error_text(screen)
        assert not (tmp_path / ".md").exists() and not (tmp_path / "sub" / ".toml").exists()


async def test_the_selected_format_is_marked_without_colour_and_remembered(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = await open_export(pilot, "kept.json", fmt="json")
        label = screen.query_one("#format-json")
        style = label.get_component_rich_style("toggle--label")
        assert style.bold and style.reverse
        other = screen.query_one("#format-md").get_component_rich_style("toggle--label")
        assert not other.reverse
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.fmt == "json"
        assert app.screen.query_one("#export-path").value.endswith(".json")


@pytest.mark.parametrize("argv, code", [
    (["-o", "y.md", "--format", "toml"], 2),
    (["-o", ".md"], 2),
    (["-o", "y.md"], 0),
])
def test_the_cli_follows_the_same_rules(tmp_path, monkeypatch, capsys, argv, code):
    from briefs.bundled import seeds_dir

    monkeypatch.chdir(tmp_path)
    assert main(["export", str(seeds_dir()), *argv]) == code
    if code:
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
        assert not list(tmp_path.iterdir())


# ------------------------------------------------------------------ 5. a filter with no matches


async def test_a_filter_with_no_matches_says_so_literally():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        app.dashboard.set_filter("[bold]zzz")
        await pilot.pause()
        people = app.screen.query_one("#list-people", ItemList)
        line = "".join(segment.text for segment in people.render_line(1))
        assert "Nothing matches '[bold]zzz'" in line
        app.dashboard.set_filter("[bold]zzzq")
        await pilot.pause()
        line = "".join(segment.text for segment in people.render_line(1))
        assert "Nothing matches '[bold]zzzq'" in line


# ------------------------------------------------------------------ 7. the grid's width


async def test_the_help_screen_gives_the_grids_width():
    from tui.screens.dashboard import GRID_WIDTH, MIN_HEIGHT
    from tui.screens.help import help_table

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        from rich.console import Console

        console = Console(width=100, record=True)
        console.print(help_table(app))
        assert f"{GRID_WIDTH}x34" in console.export_text()
    assert GRID_WIDTH == 160 and MIN_HEIGHT == 15


def test_the_readme_gives_the_grids_width():
    from pathlib import Path

    from tui.screens.dashboard import GRID_WIDTH

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"({GRID_WIDTH}x34 and up)" in readme


# ------------------------------------------------------------------ 6. a note is not a failure


async def test_a_note_about_a_file_that_was_read_is_not_titled_could_not_read():
    from types import SimpleNamespace

    note = "long.txt: only the first 199,000 of 250,000 characters were read (too long for one article)"

    def builder(paths, *, date, progress, cancelled):
        return SimpleNamespace(brief=sample_brief(), errors=[note])

    app = BriefingApp(["long.txt"], theme="dark", builder=builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        shown = [n for n in app._notifications if n.message == note]
        assert shown and all(n.title != "Could not read" for n in shown)
