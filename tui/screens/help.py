"""The help screen (? or F1): every binding, grouped by where it works, read from the bindings
themselves (and the user's keymap) so it can never drift from what the keys do."""
from __future__ import annotations

from typing import Any, ClassVar, Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def _bindings(source: Iterable[BindingType]) -> list[Binding]:
    out: list[Binding] = []
    for entry in source:
        if isinstance(entry, Binding):
            out.append(entry)
        else:
            out.extend(Binding.make_bindings([entry]))
    return out


def sections() -> list[tuple[str, list[Binding]]]:
    from tui.app import BriefingApp
    from tui.screens.article import ArticleScreen
    from tui.screens.dashboard import DashboardScreen
    from tui.screens.export import ExportScreen
    from tui.widgets.filter_bar import FilterBar
    from tui.widgets.item_list import ItemList

    return [
        ("Moving in a panel", _bindings(ItemList.BINDINGS)),
        ("Dashboard", _bindings(DashboardScreen.BINDINGS)),
        ("Filter bar", _bindings(FilterBar.BINDINGS)
         + [Binding("enter", "", "Back to the list, filter kept")]),
        ("Article view", _bindings(ArticleScreen.BINDINGS)
         + [Binding("up,down,pageup,pagedown", "", "Scroll")]),
        ("Export dialog", _bindings(ExportScreen.BINDINGS)
         + [Binding("tab", "", "Between format, file name and buttons")]),
        ("Anywhere", _bindings(BriefingApp.BINDINGS)
         + [Binding("ctrl+p", "", "Command palette: export, themes, panels, story")]),
    ]


def keys_for(app: Any, binding: Binding) -> str:
    """The keys that trigger `binding` now, with the user's keymap applied."""
    keymap = getattr(app, "_keymap", {}) or {}
    keys = keymap.get(binding.id, binding.key) if binding.id else binding.key
    shown = []
    for key in keys.split(","):
        key = key.strip()
        if key == "slash":
            shown.append("/")
        elif key == "question_mark":
            shown.append("?")
        else:
            shown.append(app.get_key_display(Binding(key, "")))
    return " ".join(dict.fromkeys(shown))


def help_table(app: Any) -> Table:
    from tui.screens.dashboard import GRID_HEIGHT, GRID_WIDTH, MIN_HEIGHT, MIN_WIDTH

    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, bindings in sections():
        table.add_row(Text(title, style="bold underline"), "")
        for binding in bindings:
            table.add_row(Text(keys_for(app, binding)), Text(binding.description))
        table.add_row("", "")
    table.add_row(Text("Marks", style="bold underline"), "")
    table.add_row("✗", "dropped: dimmed, left out of exports")
    table.add_row("✎", "has a note")
    table.add_row("!", "disputed: the articles disagree")
    table.add_row("", "")
    table.add_row(Text("Layout", style="bold underline"), "")
    table.add_row(f"{GRID_WIDTH}x{GRID_HEIGHT} and up", "all six panels in a grid")
    table.add_row("smaller", f"one panel at a time, with tabs (at least {MIN_WIDTH}x{MIN_HEIGHT})")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close help", id="help.close"),
    ]

    def __init__(self) -> None:
        super().__init__(classes="dialog-screen")

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog", classes="dialog") as box:
            box.border_title = "Keys  (Esc closes; ↑↓ scroll)"
            yield Static(help_table(self.app), id="help-body")

    def on_mount(self) -> None:
        self.query_one("#help-dialog").focus()

    def action_close(self) -> None:
        self.dismiss(None)
