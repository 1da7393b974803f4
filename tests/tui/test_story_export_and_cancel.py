"""The export dialog exports the story on screen (ctrl+t: the whole corpus), and cancelling a big
load stops it promptly, says how much was read, and leaves a usable dashboard."""
from __future__ import annotations

from functools import partial

from dashboard_sample import ready, sample_brief, wait_for
from seed_corpus import write_corpus
from textual.content import Content

from briefs.cache import ExtractionCache
from briefs.model import Article, Brief, Evidence, Person
from briefs.pipeline import build_brief
from tui.app import BriefingApp
from tui.screens.export import ExportScreen

PORT = "Ardlow port to expand\n\nHarbour master Ian Boyd said the quay would open in 2026.\n"


def mixed_brief() -> Brief:
    """The sample's story ("Tidal lab", two articles) and an unrelated one."""
    brief = sample_brief()
    port = Article("a9", "coast/port.txt", PORT, title="Ardlow port to expand", date="2024-02-01",
                   story="Port of Ardlow [bold]")  # markup in a name is shown literally
    start = PORT.index("Ian Boyd")
    brief.articles.append(port)
    brief.people.append(Person("Ian Boyd", roles=["harbour master"],
                               evidence=[Evidence("a9", PORT.split("\n")[2], start, start + 8)]))
    return brief


def dialog_title(app) -> str:
    """The title as shown (the getter gives it as markup, with article text escaped)."""
    return Content.from_markup(app.screen.query_one("#export-dialog").border_title or "").plain


async def export_shown_story(story: str, *keys: str) -> tuple[list[str], str]:
    """Show `story`, press e, then `keys`, then Enter: the dialog's title at each step, and the
    name of the file written (in the current folder)."""
    app = BriefingApp([], theme="dark", brief=mixed_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        app.dashboard.set_story(story)
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        titles = [dialog_title(app)]
        for key in keys:
            await pilot.press(key)
            titles.append(dialog_title(app))
        name = app.screen.query_one("#export-path").value
        await pilot.press("enter")
        await pilot.pause()
    return titles, name


async def test_export_while_a_story_is_shown_exports_that_story(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    titles, name = await export_shown_story("Port of Ardlow [bold]")
    assert titles == ["Export story: Port of Ardlow [bold] (1 article)"]
    assert name == "port-of-ardlow-bold-2024-02-01.md"
    note = (tmp_path / name).read_text(encoding="utf-8")
    assert note.startswith("# Port of Ardlow \\[bold\\]\n\n2024-02-01 · 1 source\n")
    assert "Ian Boyd" in note and "Amira Okafor" not in note
    assert "1. Ardlow port to expand" in note and "2. " not in note


async def test_ctrl_t_switches_the_export_to_the_whole_corpus_and_back(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    titles, name = await export_shown_story("Tidal lab", "ctrl+t", "ctrl+t", "ctrl+t")
    story, corpus = "Export story: Tidal lab (2 articles)", "Export the whole corpus: 3 articles in 2 stories"
    assert titles == [story, corpus, story, corpus]
    assert name.startswith("tidal-lab-and-port-of-ardlow-bold")  # the offered name follows
    note = (tmp_path / name).read_text(encoding="utf-8")
    assert note.startswith("# Tidal lab and Port of Ardlow \\[bold\\]\n")
    assert "## Stories\n\n- **Tidal lab**: 2 articles [1], [2]\n" in note


async def test_without_a_story_the_dialog_says_the_whole_corpus_is_exported():
    app = BriefingApp([], theme="dark", brief=mixed_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        assert dialog_title(app) == "Export the whole corpus: 3 articles in 2 stories"
        assert not app.screen.query("#export-scope")
        await pilot.press("ctrl+t")  # nothing to switch to: says so
        await pilot.pause()
        assert any("No story is shown" in n.message for n in app._notifications)


async def test_cancelling_a_big_load_keeps_what_was_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = write_corpus(tmp_path / "corpus", 1000)
    builder = partial(build_brief, cache=ExtractionCache(tmp_path / "cache"), workers=1)
    app = BriefingApp([str(corpus)], theme="dark", builder=builder)
    async with app.run_test(size=(80, 24)) as pilot:
        dash = app.dashboard
        await wait_for(pilot, lambda: (dash.query_one("#progress").progress or 0) > 0,
                       "the first articles read", tries=2000)
        await pilot.press("escape")
        await ready(pilot)
        assert app.is_running and not dash.is_loading
        read = len(dash.brief.articles)
        assert 0 < read < 1000
        said = [n.message for n in app._notifications if n.title == "Cancelled"]
        assert said == [f"Load cancelled: {read:,} of 1,000 articles read; showing those."]
        header = str(dash.query_one("#header").render())
        assert header.startswith(f"{read:,} of 1,000 articles (load cancelled)")
        # What was read is usable: its sources are listed, the filter and export work.
        await pilot.press("6")
        assert dash.active_list.count == read
        dash.set_filter("Article 0")
        await pilot.pause()
        assert dash.active_list.count >= 1
        await pilot.press("escape", "e")
        assert isinstance(app.screen, ExportScreen)
        assert dialog_title(app).startswith(f"Export the whole corpus: {read:,} articles")


async def test_a_typed_file_name_stays_when_the_scope_changes():
    app = BriefingApp([], theme="dark", brief=mixed_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        app.dashboard.set_story("Tidal lab")
        await pilot.press("e")
        path = app.screen.query_one("#export-path")
        path.value = "mine.md"
        await pilot.press("ctrl+t")
        assert path.value == "mine.md"
        summary = app.screen.query_one("#export-summary").render()
        assert str(summary) == "12 of 12 items"  # the corpus's, no longer the story's 11


async def test_exporting_one_story_leaves_drops_in_other_stories_unsaved(tmp_path, monkeypatch):
    from tui.screens.dialogs import QuitScreen

    monkeypatch.chdir(tmp_path)
    app = BriefingApp([], theme="dark", brief=mixed_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("space")  # drop the first person, of the sample's story
        app.dashboard.set_story("Port of Ardlow [bold]")
        await pilot.press("e", "enter")
        await wait_for(pilot, lambda: app.screen is app.dashboard, "the export to be written")
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, QuitScreen)  # the drop was in a story not exported
        await pilot.press("escape")
        app.dashboard.set_story(None)
        await pilot.press("e", "enter")
        await wait_for(pilot, lambda: app.screen is app.dashboard, "the export to be written")
        await pilot.press("q")
        await pilot.pause()
        assert app._exit  # the whole corpus, drop included, is now in a file
