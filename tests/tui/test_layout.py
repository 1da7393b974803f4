"""What fits on screen at the sizes people use: the footer's keys, the tab counts, the grid."""
from __future__ import annotations

import pytest
from dashboard_sample import ready, sample_brief

from briefs.model import Article, Brief, Evidence, Funding
from tui.app import BriefingApp
from tui.widgets.item_list import ItemList


def screen_lines(app: BriefingApp) -> list[str]:
    update = app.screen._compositor.render_update(full=True)
    return ["".join(segment.text for strip in line for segment in strip) for line in update.strips]


def thirty_articles() -> Brief:
    brief = sample_brief()
    extra = [Article(f"x{i}", f"wire/{i:03}.txt", "More news today.", title=f"Story {i}",
                     date="2024-03-07") for i in range(28)]
    brief.articles += extra
    # Big counts in every panel, as thirty articles give.
    brief.people *= 60
    brief.organisations *= 60
    brief.funding *= 110
    brief.goals *= 45
    brief.quotes *= 70
    return brief


async def test_help_and_copy_stay_in_the_footer_at_80_columns():
    app = BriefingApp([], theme="dark", brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        footer = screen_lines(app)[-1]
        assert footer.lstrip().startswith("? Help")
        for key in ("q Quit", "e Export", "a Note", "y Copy"):
            assert key in footer


async def test_the_help_key_shown_first_still_opens_help():
    from tui.screens.help import HelpScreen

    app = BriefingApp([], theme="dark", brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("width", [80, 100])
async def test_every_tab_count_fits_with_thirty_articles(width):
    app = BriefingApp([], theme="dark", brief=thirty_articles())
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        tabs = screen_lines(app)[1]
        assert tabs.rstrip().endswith("30"), tabs
        for count in ("120", "180", "110", "135", "140"):
            assert count in tabs, tabs


@pytest.mark.parametrize(("size", "grid"), [((120, 34), False), ((159, 40), False),
                                            ((160, 40), True), ((200, 50), True)])
async def test_the_grid_starts_when_each_panel_gets_about_fifty_columns(size, grid):
    app = BriefingApp([], theme="dark", brief=sample_brief())
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        shown = [w for w in app.screen.query(ItemList) if w.display and w.parent.display]
        visible = [w for w in shown if w.region.width > 0]
        assert (len(visible) == 6) is grid
        if grid:
            assert min(w.region.width for w in visible) >= 45


def big_pledge_brief() -> Brief:
    text = "The state fund will invest at least 3.2 billion yuan in the new chip plant, it said."
    start = text.index("at least")
    article = Article("a", "a.txt", text, title="Chip plant", date="2024-05-01")
    pledge = Funding(3_200_000_000, "CNY", "funding", "at least 3.2 billion yuan",
                     qualifier="at least", funder="the state fund", recipient="the new chip plant",
                     evidence=[Evidence("a", text, start, start + 26)])
    small = Funding(5_000_000, "USD", "other", "$5m", evidence=[Evidence("a", text, 0, 3)])
    return Brief(articles=[article], funding=[pledge, small])


@pytest.mark.parametrize("size", [(80, 24), (160, 48), (200, 50)])
async def test_the_amount_with_its_qualifier_is_shown_whole(size):
    app = BriefingApp([], theme="dark", brief=big_pledge_brief())
    async with app.run_test(size=size) as pilot:
        await ready(pilot)
        await pilot.press("3")
        await pilot.pause()
        funding = app.screen.query_one("#list-funding", ItemList)
        line = "".join(segment.text for segment in funding.render_line(1))
        assert "at least CNY 3.2bn" in line
