"""The filter bar (`/`): one line; typing filters every panel after a short pause."""
from __future__ import annotations

from typing import Callable, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.widgets import Input

# The bar's actions that give the keyboard back to the list.
LEAVING = ("submit", "leave", "clear_and_leave")


class FilterBar(Input):
    """Words typed here must all appear in a row for it to stay (case-insensitive).

    `on_leave()` is called when the user leaves the bar (with Escape, the filter emptied first);
    it must move the focus before it returns, so that keys typed after go to the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_and_leave", "Clear filter", id="filter.clear"),
        Binding("down", "leave", "Back to the list", show=False, id="filter.leave"),
    ]

    def __init__(self, *, on_leave: Callable[[], None], id: str | None = None) -> None:
        super().__init__(placeholder="type to search every panel (Enter, Esc)",
                         id=id, select_on_focus=False)
        self.on_leave = on_leave

    def _watch_value(self, value: str) -> None:
        # Input sets its virtual width by the reactive, which lays the whole screen out on every
        # keystroke; the bar is one line of fixed size, and scrolling it sideways needs only the
        # value. Set quietly first, Input's own assignment then changes nothing.
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)

    def watch_has_focus(self, has_focus: bool) -> None:
        # Leaving the bar hides it (a class, restyled then): restyling it again for the lost
        # focus, with a dozen rules and component styles, was a fifth of Escape's work. Shown
        # again, it is restyled with the focus it has then.
        if self.has_class("-shown"):
            super().watch_has_focus(has_focus)

    def leaving_action(self, key: str) -> str | None:
        """The bar's action for `key` when that key gives the keyboard back to the list."""
        return next((b.action for b in self._bindings.key_to_bindings.get(key, ())
                     if b.action in LEAVING), None)

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
        elif (action := self.leaving_action(event.key)) is not None:
            event.prevent_default()
            event.stop()
            await self.run_action(action)

    def action_clear_and_leave(self) -> None:
        self.value = ""
        self.on_leave()

    def action_leave(self) -> None:
        self.on_leave()

    async def action_submit(self) -> None:
        await super().action_submit()
        self.on_leave()
