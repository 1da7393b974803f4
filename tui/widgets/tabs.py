"""The strip of panel names shown when only one panel fits: number, name, count; click to switch."""
from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Static

from tui.widgets.format import PANEL_NAMES, SHORT_TITLES

# For the narrowest terminals, so every count still shows.
TINY_TITLES = {"people": "Ppl", "organisations": "Org", "funding": "Fund", "goals": "Goal",
               "quotes": "Qts", "sources": "Src"}


class PanelTabs(Static):
    COMPONENT_CLASSES = {"panel-tabs--active", "panel-tabs--key"}

    class Picked(Message):
        def __init__(self, panel: str) -> None:
            super().__init__()
            self.panel = panel

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.active = PANEL_NAMES[0]
        self.counts: dict[str, int] = {}
        self._spans: list[tuple[int, int, str]] = []

    def show(self, active: str, counts: dict[str, int]) -> None:
        self.active, self.counts = active, dict(counts)
        self._draw()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._draw()

    def on_resize(self, event: events.Resize) -> None:
        self._draw()

    def _draw(self) -> None:
        if not self.is_mounted:
            return
        width = self.content_region.width or self.size.width
        # Roomiest layout that fits: full names two apart, then one apart, then tiny names.
        for titles, gap in ((SHORT_TITLES, "  "), (SHORT_TITLES, " "), (TINY_TITLES, " ")):
            text = self._strip(titles, gap)
            if width <= 0 or text.cell_len <= width:
                break
        self.update(text, layout=False)  # one line, always: no need to lay the screen out

    def _strip(self, titles: dict[str, str], gap: str) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        self._spans = []
        active_style = self.get_component_rich_style("panel-tabs--active", partial=True)
        key_style = self.get_component_rich_style("panel-tabs--key", partial=True)
        for number, name in enumerate(PANEL_NAMES, 1):
            if number > 1:
                text.append(gap)
            begin = len(text)
            style = active_style if name == self.active else None
            text.append(f"{number}", key_style if name != self.active else style)
            text.append(f" {titles[name]} {self.counts.get(name, 0):,}", style)
            self._spans.append((begin, len(text), name))
        return text

    def on_click(self, event: events.Click) -> None:
        for begin, end, name in self._spans:
            if begin <= event.x < end:
                self.post_message(self.Picked(name))
