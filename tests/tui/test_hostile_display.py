"""Article text and file names as an attack on the dashboard: shown as text, never obeyed.

An article read through the real pipeline carries Rich markup, CSI colours, OSC 0/2 title changes,
an OSC 52 clipboard write, a C1 CSI, bidi overrides and zero-width characters; a file name carries
markup and an escape too. Every panel, the evidence pane, the article view and the notifications
are rendered to strips and their segments inspected: no ESC, BEL, C1 or bidi character reaches the
terminal, no markup becomes a style or a link, and the markup shows as the literal text it is.
(tests/tui/test_safe_text.py and test_formatting.py cover the helpers; this is the whole screen.)
"""
from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from dashboard_sample import ready, wait_for

from briefs.pipeline import build_brief
from tui.app import BriefingApp
from tui.screens.article import ArticleScreen

ARTICLE = (
    "[bold red]Flood[/bold red] plan \x1b]0;PWNED-TITLE\x07 agreed \u202eevil\u202c\n\n"
    "Dr [bold red]Jane Smith[/bold red] of the Harbour Trust said on Monday: \u201cWe will raise "
    "\u00a35m by 2026 \x1b]52;c;cHduZWQ=\x07 for the [link=http://evil.example]new lab[/link].\u201d\n\n"
    "The \x1b[31mcouncil\x1b[0m plans to open the \u202eBAL\u202c centre by March 2027, said Mr John "
    "Doe, chief executive of Acme\u200b Corp.\x1b]2;TITLE2\x1b\\ \x9b31m done.\n"
)
# A name the notification of an empty file shows; '/' cannot be in a file name, so no closing tags.
BAD_NAME = "[link=https:evil]click[bold red]x\x1b]0;T\x07.txt"
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\u200b")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "hostile.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / BAD_NAME).write_bytes(b"")
    return tmp_path


def make_app(folder: Path) -> BriefingApp:
    return BriefingApp([str(folder)], theme="dark", builder=partial(build_brief, workers=1))


def screen_segments(app: BriefingApp) -> list:
    return [segment for strip in app.screen._compositor.render_strips() for segment in strip]


def screen_text(app: BriefingApp) -> str:
    lines = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in lines)


def assert_harmless(app: BriefingApp) -> str:
    segments = screen_segments(app)
    text = "".join(segment.text for segment in segments)
    for char in RAW:
        assert char not in text, repr(char)
    links = [s.text for s in segments if s.style is not None and s.style.link]
    assert links == []
    return screen_text(app)


async def test_every_panel_and_the_evidence_show_hostile_text_literally(folder):
    app = make_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(pilot)
        assert {p.name for p in app.dashboard.brief.people} >= {"Jane Smith", "John Doe"}
        for key in "123456":
            await pilot.press(key)
            await pilot.pause()
            shown = assert_harmless(app)
            assert "Evidence" in shown or "Source" in shown or "Nothing" in shown
        await pilot.press("1")
        await pilot.pause()
        shown = assert_harmless(app)
        # The markup is text in the evidence pane; the escapes are visible stand-ins.
        assert "Dr [bold red]Jane Smith[/bold red] of the Harbour Trust" in shown
        assert "\u241b]52;c;cHduZWQ=\u2407" in shown and "[link=http://evil.example]" in shown


async def test_the_article_view_shows_hostile_text_literally(folder):
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        shown = assert_harmless(app)
        assert "[bold red]Flood[/bold red] plan \u241b]0;PWNED-TITLE\u2407 agreed \u2194evil\u2194" in shown
        assert "The \u241b[31mcouncil\u241b[0m plans to open the \u2194BAL\u2194 centre" in shown
        assert "Acme\u2423" in shown and "Corp.\u241b]2;TITLE2\u241b\\ \u2426" in shown
        await pilot.press("escape", "6", "enter")  # the source itself, from the Sources panel
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert_harmless(app)


async def test_a_file_name_with_markup_and_escapes_is_a_literal_notification(folder):
    # Before the fix this name crashed the app (MarkupError while drawing the toast).
    app = make_app(folder)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await ready(pilot)
        expected = f"{folder}/[link=https:evil]click[bold red]x\u241b]0;T\u2407.txt: empty file"
        await wait_for(pilot, lambda: any(n.message == expected for n in app._notifications),
                       "the empty-file notification")
        messages = [n.message for n in app._notifications]
        assert expected in messages
        assert all(not n.markup for n in app._notifications if "empty file" in n.message)
        shown = assert_harmless(app)
        assert "[link=https:evil]click[bold" in shown.replace("\n", " ").replace("▌", " ")
        assert app.is_running


async def test_copying_a_hostile_item_notifies_literally(folder, monkeypatch):
    app = make_app(folder)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("5", "y")  # a quote holding markup and an OSC 52 sequence

        def copied_notes() -> list:
            return [n for n in app._notifications if n.message.startswith(("Copied", "No terminal"))]

        await wait_for(pilot, copied_notes, "the copy notification")
        copied = copied_notes()
        assert copied and not copied[-1].markup
        assert all(char not in copied[-1].message for char in RAW)
        assert_harmless(app)


async def test_the_export_dialog_offers_a_safe_name_for_a_hostile_title(folder):
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.dashboard.brief.title = "../../[bold]\x1b]0;x\x07\u202eevil"
        await pilot.press("e")
        await pilot.pause()
        value = app.screen.query_one("#export-path").value
        assert value == "bold-0-x-evil.md"
        assert_harmless(app)
