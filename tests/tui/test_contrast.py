"""Every shipped colour theme keeps its text readable (WCAG 2 contrast) on every screen we draw.

The screens are rendered and each piece of text is checked against the colour behind it, so a sheet
rule that draws labels in a translucent colour which ends up white on white fails here."""
from __future__ import annotations

import pytest
from dashboard_sample import ready, sample_brief
from rich.color import Color as RichColor
from rich.style import Style
from textual.geometry import Region

from briefs.model import Curation, item_id
from tui.app import BriefingApp

# The ANSI themes use the terminal's own palette: their contrast is whatever the user configured.
COLOUR_THEMES = ["dark", "light", "high-contrast"]
BODY, LABEL = 4.5, 3.0


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert contrast((0x76, 0x76, 0x76), (255, 255, 255)) == pytest.approx(4.54, abs=0.01)


def _rgb(color: RichColor | None) -> tuple[int, int, int] | None:
    if color is None or color.triplet is None:
        return None
    return tuple(color.triplet)  # type: ignore[return-value]


def text_pairs(app: BriefingApp, region: Region | None = None
               ) -> list[tuple[str, tuple[int, int, int], tuple[int, int, int], Style]]:
    """(text, foreground, background, style) for every piece of text on the screen (or in
    `region`: behind a dialog the dashboard is deliberately faded and not for reading)."""
    update = app.screen._compositor.render_update(full=True)
    pairs = []
    for y, line in enumerate(update.strips):
        x = 0
        for segment in (segment for strip in line for segment in strip):
            at, x = x, x + segment.cell_length
            if region is not None and not region.contains(at, y):
                continue
            style = segment.style or Style()
            if not any(c.isalnum() for c in segment.text):
                continue
            fg, bg = _rgb(style.color), _rgb(style.bgcolor)
            if fg is None or bg is None:
                continue
            if style.reverse:
                fg, bg = bg, fg
            if style.dim:  # terminals draw dim text about halfway to the background
                fg = tuple((f + b) // 2 for f, b in zip(fg, bg))  # type: ignore[assignment]
            pairs.append((segment.text.strip(), fg, bg, style))
    return pairs


def body_colour(app: BriefingApp) -> tuple[int, int, int]:
    return _rgb(app.current_theme.to_color_system().foreground.rich_color)  # type: ignore[return-value]


def assert_readable(app: BriefingApp, where: str, region: Region | None = None) -> None:
    body = body_colour(app)
    low = []
    for text, fg, bg, style in text_pairs(app, region):
        ratio = contrast(fg, bg)
        needed = BODY if fg == body and not style.dim else LABEL
        if ratio < needed:
            low.append(f"{text[:30]!r} {ratio:.2f} < {needed} (#{bytes(fg).hex()} on #{bytes(bg).hex()})")
    assert not low, f"{app.theme}, {where}: " + "; ".join(low[:8])


SCREENS = {
    "people": ("1",),
    "funding, disputed": ("3",),
    "goals": ("4",),
    "sources": ("6",),
    "filter": ("slash", "o", "k", "enter"),
}


@pytest.mark.parametrize("theme", COLOUR_THEMES)
@pytest.mark.parametrize("screen", sorted(SCREENS))
async def test_every_text_on_the_dashboard_is_readable(theme, screen):
    brief = sample_brief()
    # A dropped item with a note, so those marks are checked too.
    brief.curation[item_id(brief.people[1])] = Curation(kept=False, note="check this")
    app = BriefingApp([], theme=theme, brief=brief)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press(*SCREENS[screen])
        await pilot.pause()
        assert_readable(app, screen)


@pytest.mark.parametrize("theme", COLOUR_THEMES)
async def test_evidence_labels_are_readable(theme):
    # The review's case: "Person", "Evidence 1 of 2 ·" and the source's label on the light theme.
    app = BriefingApp([], theme=theme, brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        pairs = {text: (fg, bg) for text, fg, bg, _ in text_pairs(app)}
        for label in ("Person", "Evidence 1 of 2 ·"):
            found = [key for key in pairs if key.startswith(label)]
            assert found, f"{label!r} not on screen"
            fg, bg = pairs[found[0]]
            assert contrast(fg, bg) >= LABEL, (theme, label, contrast(fg, bg))


@pytest.mark.parametrize("theme", COLOUR_THEMES)
async def test_dialogs_are_readable(theme):
    app = BriefingApp([], theme=theme, brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert_readable(app, "export dialog", app.screen.query_one(".dialog").region)
        await pilot.press("escape", "f1")
        await pilot.pause()
        assert_readable(app, "help", app.screen.query_one(".dialog").region)
