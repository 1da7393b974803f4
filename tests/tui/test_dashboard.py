"""Pilot tests: every dashboard binding, driven by keys, asserting on what changed."""
from __future__ import annotations

import io

import threading

import pytest
from dashboard_sample import ready, sample_brief

from briefs.model import Article, Brief, Evidence, Person, item_id
from tui.app import BriefingApp
from tui.screens import dashboard as dashboard_module
from tui.screens.article import ArticleScreen
from tui.screens.dialogs import NoteScreen, StoryScreen
from tui.screens.help import HelpScreen
from tui.widgets.evidence import EvidencePane
from tui.widgets.filter_bar import FilterBar
from tui.widgets.item_list import ItemList


def make_app(brief: Brief | None = None, **kwargs) -> BriefingApp:
    return BriefingApp([], theme="dark", brief=brief or sample_brief(), **kwargs)


def many_people(n: int) -> Brief:
    parts, people, offset = [], [], 0
    for i in range(n):
        words = f"Person{i} Surname{i}"
        sentence = f"{words} spoke."
        people.append(Person(words, evidence=[Evidence("a1", sentence, offset, offset + len(words))]))
        parts.append(sentence)
        offset += len(sentence) + 1
    article = Article("a1", "many.txt", " ".join(parts), title="Many people", date="2024-01-01")
    return Brief(articles=[article], people=people)


def lists(app: BriefingApp) -> dict[str, ItemList]:
    return {w.panel: w for w in app.screen.query(ItemList)}


@pytest.fixture(autouse=True)
def _instant_filter(monkeypatch):
    monkeypatch.setattr(dashboard_module, "FILTER_DELAY", 0.001)


async def test_loads_the_brief_and_says_what_is_loaded():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        header = str(app.screen.query_one("#header").render())
        assert "2 articles" in header and "1 story" in header
        assert "2024-03-04 – 2024-03-06" in header and "1 disputed" in header
        counts = {name: item_list.count for name, item_list in lists(app).items()}
        assert counts == {"people": 2, "organisations": 3, "funding": 1, "goals": 3,
                          "quotes": 2, "sources": 2}
        assert app.focused is lists(app)["people"]


async def test_goals_are_sorted_by_deadline_undated_last():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        goals = lists(app)["goals"]
        deadlines = [goals.rows[i].item.deadline for i in goals.shown]
        assert deadlines == ["2026-03", "2030", None]


async def test_disputed_item_is_marked():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("3")
        funding = lists(app)["funding"]
        assert funding.rows[0].disputed
        line = "".join(seg.text for seg in funding.render_line(1))
        assert "!" in line[:3]
        evidence = app.screen.query_one(EvidencePane).text.plain
        assert "Disputed amount" in evidence


async def test_cursor_keys_move_through_a_long_list():
    app = make_app(many_people(200))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        people = lists(app)["people"]
        await pilot.press("j", "j", "down")
        assert people.cursor == 3
        await pilot.press("k", "up")
        assert people.cursor == 1
        await pilot.press("G")
        assert people.cursor == 199
        assert people.scroll_y > 0  # the cursor row was scrolled into view
        await pilot.press("g")
        assert people.cursor == 0 and people.scroll_y == 0
        await pilot.press("pagedown")
        page = people.cursor
        assert page > 3
        await pilot.press("pagedown", "pageup")
        assert people.cursor == page
        await pilot.press("end")
        assert people.cursor == 199
        await pilot.press("home")
        assert people.cursor == 0


async def test_tab_and_numbers_switch_panels():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        dash = app.dashboard
        await pilot.press("tab")
        assert dash.active == "organisations" and app.focused.id == "list-organisations"
        await pilot.press("shift+tab", "shift+tab")
        assert dash.active == "sources"
        for key, name in zip("123456", ("people", "organisations", "funding", "goals",
                                        "quotes", "sources")):
            await pilot.press(key)
            assert dash.active == name
            assert app.focused is lists(app)[name]
            # at 80 columns only the active panel is shown
            assert app.screen.query_one(f"#panel-{name}").display
            others = [p for p in lists(app) if p != name]
            assert not any(app.screen.query_one(f"#panel-{o}").display for o in others)


async def test_wide_terminal_shows_every_panel():
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        for name in lists(app):
            assert app.screen.query_one(f"#panel-{name}").display
        assert not app.screen.query_one("#tabs").display


async def test_evidence_pane_follows_the_cursor_and_n_cycles_evidence():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        body = lambda: app.screen.query_one(EvidencePane).text.plain  # noqa: E731
        assert "Amira Okafor" in body() and "Evidence 1 of 2" in body()
        assert "Harbour Energy to fund tidal research" in body()
        await pilot.press("n")
        assert "Evidence 2 of 2" in body() and "Northgate Gazette" in body()
        await pilot.press("N")
        assert "Evidence 1 of 2" in body()
        await pilot.press("j")
        assert "Tom Reyes" in body()


async def test_evidence_highlights_the_items_own_words():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("3")
        pane = app.screen.query_one(EvidencePane)
        from tui.widgets.evidence import evidence_view
        styles = pane.styles_for_text()
        text = evidence_view(pane.item, app.dashboard.brief, 0, styles)
        highlighted = [text.plain[s.start:s.end] for s in text.spans if s.style == styles.match]
        assert highlighted == ["£12m"]


async def test_filter_narrows_every_panel_as_you_type_and_escape_clears():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, FilterBar)
        await pilot.press(*"okafor")
        await pilot.pause()
        counts = {name: item_list.count for name, item_list in lists(app).items()}
        assert counts["people"] == 1 and counts["quotes"] == 2 and counts["funding"] == 0
        assert "filter" not in str(app.screen.query_one("#header").render())  # the bar says it
        await pilot.press("enter")
        assert isinstance(app.focused, ItemList)
        assert app.screen.query_one(FilterBar).display and app.screen.query_one(FilterBar).value == "okafor"
        assert app.dashboard.query_text == "okafor"
        await pilot.press("escape")  # on the list: clears the filter
        assert lists(app)["funding"].count == 1
        await pilot.press("slash", *"harbour energy")
        await pilot.pause()
        assert lists(app)["organisations"].count == 1
        await pilot.press("escape")  # in the bar: clears and returns to the list
        assert isinstance(app.focused, ItemList)
        assert lists(app)["organisations"].count == 3


async def test_filter_keeps_the_selected_item_under_the_cursor():
    app = make_app(many_people(30))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        people = lists(app)["people"]
        await pilot.press("G")
        chosen = people.current_row.item.name
        app.dashboard.set_filter("person2")
        assert people.current_row.item.name == chosen  # Person29 still matches
        app.dashboard.set_filter("")
        assert people.current_row.item.name == chosen


async def test_space_drops_and_keeps_an_item():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        brief = app.dashboard.brief
        okafor = brief.people[0]
        await pilot.press("space")
        assert not brief.is_kept(okafor)
        assert lists(app)["people"].cursor == 1  # moved on to the next item
        assert "1 dropped" in str(app.screen.query_one("#header").render())
        line = "".join(seg.text for seg in lists(app)["people"].render_line(1))
        assert line.startswith("✗")
        await pilot.press("k", "space")
        assert brief.is_kept(okafor)


async def test_note_is_saved_on_the_item():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("a")
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"call her office", "enter")
        brief = app.dashboard.brief
        assert brief.curation[item_id(brief.people[0])].note == "call her office"
        assert "call her office" in app.screen.query_one(EvidencePane).text.plain
        await pilot.press("a", "escape")  # cancelling keeps the note
        assert brief.curation[item_id(brief.people[0])].note == "call her office"


async def test_y_copies_the_item_as_text():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("y")
        assert app.clipboard.startswith("Amira Okafor — vice-chancellor — Northgate University")
        assert "Harbour Energy to fund tidal research" in app.clipboard
        assert any("Copied" in n.message for n in app._notifications)


async def test_s_picks_a_story_and_filters_every_panel():
    brief = sample_brief()
    brief.articles[1].story = "Gazette follow-up"
    app = make_app(brief)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("s")
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("down", "enter")  # the first story (both have one article: by name)
        assert app.dashboard.story == "Gazette follow-up"
        counts = {name: item_list.count for name, item_list in lists(app).items()}
        assert counts["sources"] == 1 and counts["funding"] == 0 and counts["goals"] == 1
        await pilot.press("s", "up", "enter")  # "All stories" (the list opens on the current one)
        assert app.dashboard.story is None
        assert lists(app)["funding"].count == 1


def story_brief(n: int) -> Brief:
    """n articles, each its own story, as a folder of unrelated wire stories comes in."""
    topics = ["Rail strike", "Budget", "Flood defences", "Tidal lab", "Vaccine trial", "Port sale"]
    articles = [Article(f"a{i}", f"a{i}.txt", "Text.", story=f"{topics[i % len(topics)]} {i}")
                for i in range(n)]
    return Brief(articles=articles)


async def test_typing_in_the_story_picker_filters_the_stories():
    app = make_app(story_brief(29))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("s")
        picker = app.screen
        assert isinstance(picker, StoryScreen)
        options = picker.query_one("#stories")
        assert options.option_count == 30  # "All stories" and 29 stories
        await pilot.press(*"tidal")
        await pilot.pause()
        shown = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert shown and all(s.startswith("story:Tidal lab") for s in shown)
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace",
                          *"lab 21")
        await pilot.pause()
        assert options.option_count == 1
        await pilot.press("enter")
        assert app.dashboard.story == "Tidal lab 21"
        assert lists(app)["sources"].count == 1


async def test_a_story_search_that_matches_nothing_says_so_and_enter_keeps_the_picker():
    app = make_app(story_brief(8))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("s", *"zzz")
        await pilot.pause()
        options = app.screen.query_one("#stories")
        assert options.option_count == 1 and options.get_option_at_index(0).disabled
        await pilot.press("enter")
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("escape")
        assert app.dashboard.story is None


async def test_help_lists_every_binding():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        from tui.screens.help import help_table, sections
        console = Console(width=120, record=True, file=io.StringIO())
        console.print(help_table(app))
        text = console.export_text()
        for _, bindings in sections():
            for binding in bindings:
                assert binding.description in text
        await pilot.press("escape")
        assert app.screen is app.dashboard
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert app.screen is app.dashboard


async def test_enter_opens_the_article_with_every_highlight_and_n_moves_between_them():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.article.id == "a1" and screen.index == 0
        await pilot.press("n")
        assert screen.index == 1 and screen.article.id == "a2"
        header = str(screen.query_one("#article-header").render())
        assert "[2/2 in 2 articles]" in header
        body = str(screen.query_one("#article-body").render())
        assert "[bold]Northgate[/bold]" in body  # markup in an article is shown as text
        assert "\x1b" not in body and "␛" in body  # and an escape is made visible
        await pilot.press("N")
        assert screen.index == 0 and screen.article.id == "a1"
        await pilot.press("j", "k", "G", "g")
        await pilot.press("escape")
        assert app.screen is app.dashboard


async def test_enter_on_a_source_opens_that_article():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("6", "j", "enter")
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.article.id == "a2"
        await pilot.press("q")
        assert app.screen is app.dashboard


async def test_t_cycles_theme_and_the_choice_is_saved(tmp_path):
    config = tmp_path / "config.toml"
    app = make_app(config_path=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        before = app.theme
        await pilot.press("t")
        await pilot.pause()
        assert app.theme != before
        assert f'theme = "{app.theme}"' in config.read_text()
    again = BriefingApp([], brief=sample_brief(), config_path=config)
    assert again.theme == app.theme


async def test_q_quits():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_too_small_terminal_says_so():
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await ready(pilot)
        message = app.screen.query_one("#too-small")
        assert message.display
        assert "40×12" in str(message.render()) and "at least" in str(message.render())
        assert not app.screen.query_one("#main").display


# ------------------------------------------------------------------ loading


class SlowBuilder:
    """A build_brief stand-in that waits for the test before each article."""

    def __init__(self, total: int = 5) -> None:
        self.total = total
        self.step = threading.Semaphore(0)
        self.finished = threading.Event()

    def __call__(self, paths, *, date=None, progress=None, cancelled=None):
        from briefs.pipeline import BuildResult, Cancelled

        try:
            for done in range(1, self.total + 1):
                while not self.step.acquire(timeout=0.01):
                    if cancelled():
                        raise Cancelled()
                progress(done, self.total)
            return BuildResult(sample_brief(), [])
        finally:
            self.finished.set()


async def test_loading_shows_progress_then_the_brief():
    builder = SlowBuilder(total=4)
    app = BriefingApp(["somewhere"], theme="dark", builder=builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.dashboard.is_loading
        assert app.dashboard.query_one("#loading").display
        builder.step.release(2)
        for _ in range(100):
            await pilot.pause(0.01)
            if app.dashboard.query_one("#progress").progress == 2:
                break
        assert app.dashboard.query_one("#progress").progress == 2
        await pilot.press("j")  # the interface answers keys while loading
        builder.step.release(2)
        await ready(pilot)
        assert not app.dashboard.is_loading
        assert not app.dashboard.query_one("#loading").display
        assert lists(app)["people"].count == 2


@pytest.mark.parametrize("key", ["escape", "q"])
async def test_escape_or_q_cancels_loading(key):
    builder = SlowBuilder(total=3)
    app = BriefingApp(["somewhere"], theme="dark", builder=builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await ready(pilot)
        assert builder.finished.is_set()
        assert not app.dashboard.is_loading
        assert app.is_running  # q while loading stops the loading, not the app
        assert any("Load cancelled before any article was read" in n.message for n in app._notifications)
        assert lists(app)["people"].count == 0


async def test_every_path_failing_shows_errors_and_an_empty_dashboard():
    from briefs.pipeline import BuildResult

    def builder(paths, **_):
        return BuildResult(Brief(), [f"{p}: no such file" for p in paths])

    app = BriefingApp(["nope.txt", "gone/"], theme="dark", builder=builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        messages = [n.message for n in app._notifications]
        assert "nope.txt: no such file" in messages and "gone/: no such file" in messages
        assert any("No articles could be read" in m for m in messages)
        assert "0 articles" in str(app.screen.query_one("#header").render())


async def test_a_crashing_reader_does_not_take_the_dashboard_down():
    def builder(paths, **_):
        raise RuntimeError("decoder exploded")

    app = BriefingApp(["x"], theme="dark", builder=builder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert any("decoder exploded" in n.message for n in app._notifications)
        await pilot.press("j", "tab")
        assert app.dashboard.active == "organisations"


async def test_real_pipeline_on_the_seeds():
    from briefs.bundled import seeds_dir

    app = BriefingApp([str(seeds_dir())], theme="dark")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert lists(app)["sources"].count == 2


# ------------------------------------------------------------------ large briefs


async def test_fifty_thousand_items_filter_and_render():
    app = make_app(many_people(50_000))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        people = lists(app)["people"]
        assert people.count == 50_000
        await pilot.press("G")
        assert people.current_row.item.name == "Person49999 Surname49999"
        app.dashboard.set_filter("surname4999")
        assert people.count == 11  # Surname4999 and Surname49990..49999
        assert people.current_row.item.name == "Person49999 Surname49999"


async def test_article_view_scrolls_to_the_highlight():
    brief = sample_brief()
    article = brief.articles[0]
    article.text = "Filler paragraph.\n\n" * 60 + article.text
    from dataclasses import replace as _replace
    shift = len("Filler paragraph.\n\n") * 60
    for item in (*brief.people, *brief.organisations, *brief.funding, *brief.goals, *brief.quotes):
        item.evidence = [_replace(e, start=e.start + shift, end=e.end + shift)
                         if e.article == "a1" else e for e in item.evidence]
    app = make_app(brief)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await pilot.pause()
        view = app.screen.query_one("#article-scroll")
        assert view.scroll_y > 50


async def test_keys_typed_straight_after_slash_reach_the_filter():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        from textual import events
        for key, char in [("slash", "/"), *[(c, c) for c in "reyes"]]:
            app.post_message(events.Key(key, char))  # all queued before any is handled
        await pilot.pause()
        assert app.screen.query_one(FilterBar).value == "reyes"
