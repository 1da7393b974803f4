"""Small modal dialogs: a note on an item, the story picker, a yes/no confirmation."""
from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList
from textual.widgets.option_list import Option

from briefs.safe_text import safe_line


def clear_toasts(app: App) -> None:
    """Dismiss every notification, including those drawn by the screens under a dialog (Textual
    refreshes only the top screen's toasts, so the dashboard's would sit over the buttons)."""
    app.clear_notifications()
    for screen in app.screen_stack:
        for rack in screen.query("ToastRack"):
            rack.remove_children()


def clear_toasts_on_open(dialog: ModalScreen) -> None:
    """Clear now, and again once the dialog is drawn: a toast raised by a key typed just before
    the dialog's (y y e in one burst) is only put on screen after the dialog has mounted."""
    clear_toasts(dialog.app)
    dialog.call_after_refresh(clear_toasts, dialog.app)


class NoteScreen(ModalScreen[str | None]):
    """Returns the new note ("" removes it) or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(self, note: str) -> None:
        super().__init__(classes="dialog-screen")
        self.note = note

    def on_mount(self) -> None:
        clear_toasts_on_open(self)  # toasts would cover the input

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="note-dialog") as box:
            box.border_title = "Note on this item"
            yield Label("Kept with the item and written into exports. Enter saves, Esc cancels.")
            yield Input(self.note, placeholder="Your note", id="note-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def story_matches(story: str, query: str) -> bool:
    """Every typed word appears in the story's name, in any order and case."""
    name = story.casefold()
    return all(word in name for word in query.casefold().split())


class StoryScreen(ModalScreen[str | None]):
    """Returns a story, "" for all stories, or None when cancelled. Typing filters the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("down", "move(1)", "Next story", show=False, id="story.down"),
        Binding("up", "move(-1)", "Previous story", show=False, id="story.up"),
    ]

    def __init__(self, counts: dict[str, int], current: str | None) -> None:
        super().__init__(classes="dialog-screen")
        self.counts = counts
        self.current = current
        self.stories = sorted(counts, key=lambda story: (-counts[story], story))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="story-dialog") as box:
            box.border_title = "Show one story"
            yield Input(placeholder="Type to search the stories", id="story-search")
            yield OptionList(*self._options(""), id="stories")

    def _options(self, query: str) -> list[Option]:
        options = []
        if not query.strip():
            options.append(Option(Text(f"All stories ({sum(self.counts.values())} articles)"), id=""))
        for story in self.stories:
            if story_matches(story, query):
                count = self.counts[story]
                label = Text(safe_line(story))
                label.append(f"  {count} article{'s' if count != 1 else ''}", "dim")
                options.append(Option(label, id=f"story:{story}"))
        return options

    def on_mount(self) -> None:
        clear_toasts_on_open(self)  # toasts would cover the list
        stories = self.query_one(OptionList)
        stories.highlighted = 0
        if self.current is not None:
            try:
                stories.highlighted = stories.get_option_index(f"story:{self.current}")
            except Exception:
                stories.highlighted = 0
        self.query_one("#story-search", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        stories = self.query_one(OptionList)
        options = self._options(event.value)
        stories.set_options(options)
        if options:
            stories.highlighted = 0
        else:
            stories.add_option(Option(Text("No story matches", style="italic"), disabled=True))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        stories = self.query_one(OptionList)
        index = stories.highlighted
        if index is None:
            return
        option = stories.get_option_at_index(index)
        if not option.disabled:
            self.dismiss((option.id or "").removeprefix("story:"))

    def action_move(self, step: int) -> None:
        stories = self.query_one(OptionList)
        if step > 0:
            stories.action_cursor_down()
        else:
            stories.action_cursor_up()

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


class QuitScreen(ModalScreen[str | None]):
    """Asked by `q` when drops or notes were made since the last export: returns "export",
    "quit", or None to stay."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "answer('export')", "Export first", id="quit.export"),
        Binding("q", "answer('quit')", "Quit anyway", id="quit.quit"),
        Binding("escape", "answer(None)", "Stay", id="quit.stay"),
    ]

    def __init__(self, changes: str) -> None:
        super().__init__(classes="dialog-screen")
        self.changes = changes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="quit-dialog") as box:
            box.border_title = "Quit?"
            yield Label(Text(f"Not exported yet: {self.changes}. Quitting now loses these changes."))
            with Horizontal(classes="buttons"):
                yield Button("Export first (e)", variant="primary", id="export")
                yield Button("Quit anyway (q)", variant="warning", id="quit")
                yield Button("Stay (Esc)", id="stay")

    def on_mount(self) -> None:
        clear_toasts_on_open(self)  # toasts would cover the buttons
        self.query_one("#export", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "stay" else event.button.id)

    def action_answer(self, answer: str | None) -> None:
        self.dismiss(answer)
