"""Small modal dialogs: a note on an item, the story picker, a yes/no confirmation."""
from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList
from textual.widgets.option_list import Option

from briefs.safe_text import safe_line


class NoteScreen(ModalScreen[str | None]):
    """Returns the new note ("" removes it) or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(self, note: str) -> None:
        super().__init__(classes="dialog-screen")
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="note-dialog") as box:
            box.border_title = "Note on this item"
            yield Label("Kept with the item and written into exports. Enter saves, Esc cancels.")
            yield Input(self.note, placeholder="Your note", id="note-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class StoryScreen(ModalScreen[str | None]):
    """Returns a story, "" for all stories, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(self, counts: dict[str, int], current: str | None) -> None:
        super().__init__(classes="dialog-screen")
        self.counts = counts
        self.current = current

    def compose(self) -> ComposeResult:
        options = [Option(Text(f"All stories ({sum(self.counts.values())} articles)"), id="")]
        for story, count in sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0])):
            label = Text(safe_line(story))
            label.append(f"  {count} article{'s' if count != 1 else ''}", "dim")
            options.append(Option(label, id=f"story:{story}"))
        with Vertical(classes="dialog", id="story-dialog") as box:
            box.border_title = "Show one story"
            yield OptionList(*options, id="stories")

    def on_mount(self) -> None:
        stories = self.query_one(OptionList)
        if self.current is not None:
            try:
                stories.highlighted = stories.get_option_index(f"story:{self.current}")
            except Exception:
                stories.highlighted = 0
        else:
            stories.highlighted = 0
        stories.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        option_id = event.option.id or ""
        self.dismiss(option_id.removeprefix("story:"))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, yes: str = "Yes") -> None:
        super().__init__(classes="dialog-screen")
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm-dialog") as box:
            box.border_title = "Confirm"
            yield Label(Text(self.question))
            with Horizontal(classes="buttons"):
                yield Button(f"{self.yes} (y)", variant="warning", id="yes")
                yield Button("No (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
