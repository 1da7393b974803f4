"""The filter bar (`/`): one line; typing filters every panel after a short pause."""
from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class FilterBar(Input):
    """Words typed here must all appear in a row for it to stay (case-insensitive)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_and_leave", "Clear filter", id="filter.clear"),
        Binding("down", "leave", "Back to the list", show=False, id="filter.leave"),
    ]

    class Done(Message):
        """The user left the filter bar; `cleared` when with Escape (filter removed)."""

        def __init__(self, cleared: bool) -> None:
            super().__init__()
            self.cleared = cleared

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Filter every panel: type words, Enter to browse, Esc to clear",
                         id=id, select_on_focus=False)

    def action_clear_and_leave(self) -> None:
        self.value = ""
        self.post_message(self.Done(cleared=True))

    def action_leave(self) -> None:
        self.post_message(self.Done(cleared=False))

    async def action_submit(self) -> None:
        await super().action_submit()
        self.post_message(self.Done(cleared=False))
