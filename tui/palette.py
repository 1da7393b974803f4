"""The command palette's briefdesk commands (ctrl+p): export, themes, panels, story, filter, help."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.widgets.format import PANEL_NAMES, PANEL_TITLES

if TYPE_CHECKING:
    from tui.app import BriefingApp


@dataclass(slots=True, frozen=True)
class Command:
    name: str
    help: str
    run: Callable[[], object]


def commands(app: BriefingApp) -> list[Command]:
    out = [
        Command("Export as Markdown…", "A briefing note to send (dropped items left out)",
                partial(app.action_export, "md")),
        Command("Export as TOML…", "The whole brief with your curation; reopens in briefdesk",
                partial(app.action_export, "toml")),
        Command("Export as JSON…", "The whole brief as JSON, for other tools",
                partial(app.action_export, "json")),
        Command("Pick a story…", "Show only the items from one story", app.action_pick_story),
        Command("Clear filter and story", "Show every item again", app.action_clear_filter),
        Command("Help: keys", "Every key binding", app.action_help),
    ]
    for number, name in enumerate(PANEL_NAMES, 1):
        out.append(Command(f"Go to panel: {PANEL_TITLES[name]}", f"Key {number}",
                           partial(app.action_go_panel, name)))
    for theme in app.briefdesk_themes():
        out.append(Command(f"Theme: {theme}", "Switch colours (saved for next time)",
                           partial(app.set_theme, theme)))
    return out


class BriefCommands(Provider):
    async def discover(self) -> Hits:
        for command in commands(self.app):  # type: ignore[arg-type]
            yield DiscoveryHit(command.name, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in commands(self.app):  # type: ignore[arg-type]
            score = matcher.match(command.name)
            if score > 0:
                yield Hit(score, matcher.highlight(command.name), command.run, help=command.help)
