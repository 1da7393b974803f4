"""The export dialog: pick a format, accept or edit the file name, confirm before replacing a file.

Names follow `brief export`'s rule (tui/export_names.py): a known suffix picks the format, unless a
format was picked by hand, when a suffix naming another one is refused; an unknown suffix gets the
format's; a bare suffix is not a name.

What is exported follows the dashboard: with one story shown, that story (its articles, its items,
titled by it), and ctrl+t switches to the whole corpus and back; the dialog's title says which.

Returns the written path (as a string) or None. Dropped items are left out by the exporters, which
read brief.curation; the dialog says how many items the file will hold.
"""
from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.content import Content
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from briefs import stories
from briefs.model import PANELS, Brief
from briefs.safe_text import safe_line
from tui.export_names import BY_SUFFIX, SUFFIXES, ExportNameError, check_name, suffix_format
from tui.screens.dialogs import ConfirmScreen, clear_toasts_on_open

FORMAT_LABELS = {"md": "Markdown briefing note", "toml": "TOML brief (reopens in briefdesk)",
                 "json": "JSON brief"}


def kept_counts(brief: Brief) -> tuple[int, int]:
    total = kept = 0
    for name in PANELS:
        for item in brief.panel(name):
            total += 1
            kept += brief.is_kept(item)
    return kept, total


def default_name(brief: Brief, fmt: str) -> str:
    try:
        from briefs.export import default_filename
        return default_filename(brief, fmt)
    except Exception:  # the exporter names files; fall back to a plain name if it cannot
        return f"brief{SUFFIXES[fmt]}"


def summary(kept: int, total: int) -> str:
    """What the file will hold: "12 of 13 items; 1 dropped item is left out"."""
    note = f"{kept:,} of {total:,} item{'' if total == 1 else 's'}"
    dropped = total - kept
    if dropped == 1:
        note += "; 1 dropped item is left out"
    elif dropped:
        note += f"; {dropped:,} dropped items are left out"
    return note


def articles_phrase(count: int) -> str:
    return f"{count:,} article{'' if count == 1 else 's'}"


def scope_title(brief: Brief, story: str | None) -> str:
    """The dialog's title: what the file will hold."""
    if story is not None:
        return f"Export story: {story} ({articles_phrase(len(brief.articles))})"
    count = len(stories.sizes(brief.articles))
    of_stories = f" in {count:,} stories" if count > 1 else ""
    return f"Export the whole corpus: {articles_phrase(len(brief.articles))}{of_stories}"


def with_format_suffix(name: str, fmt: str) -> str:
    """The file name with the format's suffix: a known one replaced, else one added."""
    if not name.strip() or name.endswith(("/", "\\")):
        return name  # a folder: the user has not typed the file's name yet
    path = Path(name)
    if path.suffix.lower() in BY_SUFFIX or not path.suffix:
        return str(path.with_suffix(SUFFIXES[fmt])) if path.name else name
    return name + SUFFIXES[fmt]


class ExportScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
        Binding("ctrl+s", "export", "Export", id="export.write"),
        Binding("ctrl+t", "scope", "Switch: export the story shown / the whole corpus",
                id="export.scope"),
    ]

    def __init__(self, brief: Brief, fmt: str | None = None, *,
                 remembered: str | None = None, story: str | None = None) -> None:
        """`fmt`: a format asked for (the palette's "Export as TOML"); `remembered`: the one last
        exported in this session, offered first; `story`: the story the dashboard shows, which
        is what gets exported unless the user picks the whole corpus."""
        super().__init__(classes="dialog-screen")
        self.corpus = brief
        self.story = story if story and any(a.story == story for a in brief.articles) else None
        self.whole = self.story is None  # export the whole corpus, not the story shown
        self._story_brief: Brief | None = None
        # A format picked on purpose: a name whose suffix says otherwise is then refused.
        self.picked = fmt if fmt in SUFFIXES else None
        self.fmt = self.picked or (remembered if remembered in SUFFIXES else "md")

    @property
    def brief(self) -> Brief:
        """What the file will hold: the story shown, or the whole corpus."""
        if self.whole or self.story is None:
            return self.corpus
        if self._story_brief is None:
            self._story_brief = stories.of_story(self.corpus, self.story)
        return self._story_brief

    def _title(self) -> Content:
        # Story names come from article text: literal, never markup.
        return Content(safe_line(scope_title(self.brief, None if self.whole else self.story)))

    def _scope_hint(self) -> Text:
        if self.whole:
            return Text(f"ctrl+t: export only the story shown ({safe_line(self.story or '')})")
        count = len(stories.sizes(self.corpus.articles))
        return Text(f"ctrl+t: export the whole corpus instead ({articles_phrase(len(self.corpus.articles))}"
                    f"{f', {count:,} stories' if count > 1 else ''})")

    def compose(self) -> ComposeResult:
        kept, total = kept_counts(self.brief)
        with Vertical(classes="dialog", id="export-dialog") as box:
            box.border_title = self._title()
            if self.story is not None:
                yield Label(self._scope_hint(), id="export-scope")
            with RadioSet(id="formats"):
                for fmt, label in FORMAT_LABELS.items():
                    yield RadioButton(label, value=fmt == self.fmt, id=f"format-{fmt}")
            yield Label("File (relative to the folder briefdesk was started in):")
            yield Input(default_name(self.brief, self.fmt), id="export-path")
            yield Label(summary(kept, total), id="export-summary")
            yield Label("", id="export-error")
            with Horizontal(classes="buttons"):
                yield Button("Export (Enter)", variant="primary", id="export")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        # Earlier toasts would sit on top of the dialog's buttons; what they said is done with.
        clear_toasts_on_open(self)
        path_input = self.query_one("#export-path", Input)
        path_input.focus()
        path_input.cursor_position = len(path_input.value)

    # ------------------------------------------------------------ format <-> file name

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        fmt = (event.pressed.id or "format-md").removeprefix("format-")
        if fmt == self.fmt:
            return  # set by on_input_changed, following the typed suffix
        self.fmt = self.picked = fmt
        path_input = self.query_one("#export-path", Input)
        renamed = with_format_suffix(path_input.value, fmt)
        if renamed != path_input.value:
            path_input.value = renamed

    def on_input_changed(self, event: Input.Changed) -> None:
        fmt = suffix_format(event.value)
        if fmt is not None and fmt != self.fmt and self.picked is None:
            self.fmt = fmt
            self.query_one(f"#format-{fmt}", RadioButton).value = True
        self._check(quiet=True)

    # ------------------------------------------------------------ writing

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self.action_export()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_scope(self) -> None:
        """Switch between the story shown and the whole corpus (no story shown: nothing to do)."""
        if self.story is None:
            self.notify("No story is shown: the whole corpus is exported. Pick a story with s.",
                        timeout=4)
            return
        path_input = self.query_one("#export-path", Input)
        was_default = path_input.value == default_name(self.brief, self.fmt)
        self.whole = not self.whole
        self.query_one("#export-dialog").border_title = self._title()
        self.query_one("#export-scope", Label).update(self._scope_hint())
        self.query_one("#export-summary", Label).update(summary(*kept_counts(self.brief)))
        if was_default:  # a name the user typed is theirs; the offered one follows the scope
            path_input.value = default_name(self.brief, self.fmt)
            path_input.cursor_position = len(path_input.value)

    def target(self) -> Path | None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            return None
        return Path(raw).expanduser()

    def _check(self, *, quiet: bool = False) -> Path | None:
        """The path to write, with the format's suffix added to an unknown one; None (and the
        reason shown) when the name cannot be written as it stands. `quiet`: while typing, clear
        a stale message and show a disagreement, but no complaint about a half-typed name."""
        path = self.target()
        if path is None:
            if not quiet:
                self._error("Type a file name.")
            return None
        try:
            fmt = check_name(str(path), self.fmt)
        except ExportNameError as error:
            if not quiet or suffix_format(str(path)) is not None:
                self._error(str(error))
            return None
        self._error("")
        if suffix_format(str(path)) is None:
            path = path.with_name(path.name + SUFFIXES[fmt])
        return path

    def action_export(self) -> None:
        path = self._check()
        if path is None:
            return
        if path.exists() and not path.is_dir():
            def answer(yes: bool | None) -> None:
                if yes:
                    self._write(path, force=True)
                else:
                    self._error("Not replaced: choose another name, or Esc to cancel.")
            self.app.push_screen(ConfirmScreen(f"{path} already exists. Replace it?", "Replace"),
                                 answer)
            return
        self._write(path, force=False)

    def _write(self, path: Path, *, force: bool) -> None:
        from briefs.export import ExportError, write

        try:
            written = write(self.brief, path, self.fmt, force=force)
        except ExportError as error:
            self._error(str(error))
            return
        self.dismiss(str(Path(written).resolve()))

    def _error(self, message: str) -> None:
        label = self.query_one("#export-error", Label)
        label.update(Text(message))
        label.set_class(bool(message), "-shown")
