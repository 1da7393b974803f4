"""A small hand-built brief (two outlets, one story, a disputed fact) for the dashboard tests."""
from __future__ import annotations

from typing import Callable

from briefs.model import (
    Article, Brief, Conflict, Equivalent, Evidence, Funding, Goal, Organisation, Person, Quote,
)

WIRE = (
    "Harbour Energy to fund tidal research at Northgate University\n\n"
    "Harbour Energy has pledged £12m to Northgate University over the next four years, the "
    "university said on Monday. The money will pay for a tidal power laboratory.\n\n"
    "Northgate vice-chancellor Amira Okafor said: \u201cThis is the largest gift in our history "
    "and it will change what we can do.\u201d\n\n"
    "The laboratory is expected to open by March 2026. Harbour Energy chief executive Tom Reyes "
    "said the company aims to cut its own emissions by half by 2030."
)

LOCAL = (
    "Tidal lab deal: what it means for the city\n\n"
    "The [bold]Northgate[/bold] Gazette understands the pledge is worth £15m, not the £12m "
    "first reported.\n\n"
    "\u201cWe want students to build the machines, not just study them,\u201d Okafor told the "
    "Gazette. Mr Reyes declined to comment.\x1b[31m\n\n"
    "The council plans to publish a planning notice next month."
)

def _ev(article: Article, words: str, sentence_start: str) -> Evidence:
    start = article.text.index(words)
    s0 = article.text.index(sentence_start)
    end_of_sentence = article.text.find(".", start + len(words))
    s1 = len(article.text) if end_of_sentence < 0 else end_of_sentence + 1
    return Evidence(article.id, article.text[s0:s1], start, start + len(words))


def sample_brief() -> Brief:
    wire = Article("a1", "wire/harbour.txt", WIRE, title="Harbour Energy to fund tidal research",
                   date="2024-03-04", source="Wire Service", story="Tidal lab")
    local = Article("a2", "gazette/tidal.txt", LOCAL, title="Tidal lab deal: what it means",
                    date="2024-03-06", source="Northgate Gazette", story="Tidal lab")
    okafor = Person("Amira Okafor", ["Okafor"], ["vice-chancellor"], ["Northgate University"],
                    [_ev(wire, "Amira Okafor", "Northgate vice-chancellor"),
                     _ev(local, "Okafor", "\u201cWe want")])
    reyes = Person("Tom Reyes", ["Reyes"], ["chief executive"], ["Harbour Energy"],
                   [_ev(wire, "Tom Reyes", "The laboratory"), _ev(local, "Mr Reyes", "Mr Reyes")])
    harbour = Organisation("Harbour Energy", [], [_ev(wire, "Harbour Energy has", "Harbour Energy has")])
    northgate = Organisation("Northgate University", ["Northgate"],
                             [_ev(wire, "Northgate University over", "Harbour Energy has")])
    gazette = Organisation("Northgate Gazette", ["Gazette"],
                           [_ev(local, "Northgate[/bold] Gazette", "The [bold]")])
    pledge = Funding(12_000_000, "GBP", "funding", "£12m", period="over the next four years",
                     funder="Harbour Energy", recipient="Northgate University",
                     equivalents=[Equivalent(15_200_000, "USD")],
                     evidence=[_ev(wire, "£12m", "Harbour Energy has")],
                     conflicts=[Conflict("amount", "15000000 GBP", ["a2"])])
    lab_goal = Goal("expected to open by March 2026", "tidal power laboratory", "2026-03",
                    [_ev(wire, "expected to open by March 2026", "The laboratory")])
    emissions = Goal("aims to cut its own emissions by half by 2030", "Harbour Energy", "2030",
                     [_ev(wire, "aims to cut its own emissions by half by 2030", "The laboratory")])
    notice = Goal("plans to publish a planning notice next month", "The council", None,
                  [_ev(local, "plans to publish a planning notice next month", "The council")])
    q1 = Quote("This is the largest gift in our history and it will change what we can do.",
               "Amira Okafor", [_ev(wire, "This is the largest gift", "Northgate vice-chancellor")])
    q2 = Quote("We want students to build the machines, not just study them,", "Amira Okafor",
               [_ev(local, "We want students", "\u201cWe want")])
    return Brief(articles=[wire, local], people=[okafor, reyes],
                 organisations=[harbour, northgate, gazette], funding=[pledge],
                 goals=[notice, emissions, lab_goal], quotes=[q1, q2])


async def wait_for(pilot, condition: Callable[[], object], what: str, tries: int = 200) -> None:
    """Let the app run until `condition()` holds, a bounded number of short turns; fail naming `what`.

    Polling a condition instead of sleeping a fixed time keeps the test right on a slow machine and
    quick on a fast one."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.01)
    assert condition(), f"gave up waiting for {what}"


async def ready(pilot) -> None:
    """Wait until the dashboard has loaded its brief and painted."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    await wait_for(pilot, lambda: app.dashboard is not None and app.dashboard.ready, "the dashboard")
    await pilot.pause()
