"""The filter bar (`/`): one line; typing filters every panel after a short pause."""
from __future__ import annotations

from typing import Callable, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import Input

# The bar's actions that give the keyboard back to the list.
LEAVING = ("submit", "leave", "clear_and_leave")


class FilterBar(Input):
    """Words typed here must all appear in a row for it to stay (case-insensitive).

    `on_leave(cleared)` is called when the user leaves the bar (`cleared` with Escape, the filter
    removed); it must move the focus before it returns, so that keys typed after go to the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_and_leave", "Clear filter", id="filter.clear"),
        Binding("down", "leave", "Back to the list", show=False, id="filter.leave"),
    ]

    def __init__(self, *, on_leave: Callable[[bool], None], id: str | None = None) -> None:
        super().__init__(placeholder="Filter every panel: type words, Enter to browse, Esc to clear",
                         id=id, select_on_focus=False)
        self.on_leave = on_leave

    def leaves_on(self, key: str) -> bool:
        """Whether `key` is one of the bar's keys back to the list."""
        return any(b.action in LEAVING for b in self._bindings.key_to_bindings.get(key, ()))

    async def _on_key(self, event: events.Key) -> None:
        # A terminal delivers a burst of keys ("abc", Enter, "j", "j") at once, and the app
        # queues each for the widget focused when it arrives: all of them here. A binding runs
        # only once its key has bubbled up to the app, after the keys queued behind it; so the
        # keys back to the list act here, at once, and the keys after them go where the focus
        # went (the bar does not type them).
        focused = self.app.focused
        if focused is not self:
            event.prevent_default()
            event.stop()
            (focused or self.app.screen)._forward_event(events.Key(event.key, event.character))
        elif self.leaves_on(event.key):
            event.prevent_default()
            event.stop()
            action = next(b.action for b in self._bindings.key_to_bindings[event.key]
                          if b.action in LEAVING)
            await self.run_action(action)

    def action_clear_and_leave(self) -> None:
        self.value = ""
        self.on_leave(True)

    def action_leave(self) -> None:
        self.on_leave(False)

    async def action_submit(self) -> None:
        await super().action_submit()
        self.on_leave(False)
