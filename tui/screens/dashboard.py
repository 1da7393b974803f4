"""The dashboard: six panels, the evidence pane, the filter; loading runs in a thread worker.

The screen paints at once with a progress bar; the worker builds the brief and the panels' rows off
the event loop and posts typed messages (Progress, Loaded, LoadFailed, LoadCancelled) that replace one
another, as Harlequin and Toolong do.
"""
from __future__ import annotations

import gc
import sys
import threading
from typing import Any, Callable, ClassVar, Sequence

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import Reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Label, ProgressBar, Static

from briefs.cache import paused_gc
from briefs.model import PANELS, Article, Brief, Curation, item_id
from briefs.safe_text import safe_line
from tui.widgets.evidence import EvidencePane, citations
from tui.widgets.filter_bar import FilterBar
from tui.widgets.footer import QuietFooter
from tui.widgets.format import (
    PANEL_NAMES, PANEL_TITLES, PanelRows, Row, build_rows, item_as_text,
)
from tui.widgets.item_list import ItemList
from tui.widgets.tabs import PanelTabs

# Seconds of quiet typing before the panels are filtered: a burst (a paste, key repeat) filters
# once; 400,000 rows filter and repaint in ~50 ms, so results still show ~0.1 s after a key.
FILTER_DELAY = 0.05
MIN_WIDTH, MIN_HEIGHT = 50, 15
GRID_WIDTH = 160  # all six panels side by side only from here: ~50 cells each keep names whole
GRID_HEIGHT = 34  # ...and from this height: two rows of panels with a few items each
LOADING_SWITCH_INTERVAL = 0.0005  # seconds; Python's default is 0.005

Builder = Callable[..., Any]  # build_brief's signature: (paths, *, date, progress, cancelled)


class Loaded(Message):
    def __init__(self, brief: Brief, rows: dict[str, PanelRows], errors: list[str],
                 summary: str, stopped: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.brief, self.rows, self.errors, self.summary = brief, rows, errors, summary
        self.stopped = stopped  # (articles read, articles found) when the load was cancelled


class Indexed(Message):
    """The loading thread has built what filtering and the Sources panel's counts need."""

    def __init__(self, brief: Brief, cited: dict[str, int]) -> None:
        super().__init__()
        self.brief, self.cited = brief, cited


class Progress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done, self.total = done, total


class LoadFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class LoadCancelled(Message):
    pass


def curation_sets(brief: Brief) -> tuple[set[str], set[str]]:
    dropped = {key for key, c in brief.curation.items() if not c.kept}
    noted = {key for key, c in brief.curation.items() if c.note}
    return dropped, noted


def exported_curation(brief: Brief) -> dict[str, Curation]:
    """The curation that differs from the default (kept, no note): what an export would hold."""
    return {key: c for key, c in brief.curation.items() if c != Curation()}


def exported_after(previous: dict[str, Curation], brief: Brief, written: Brief) -> dict[str, Curation]:
    """What `q` compares with once `written` (the whole brief, or one story of it) is exported:
    the curation of the items it holds as it is now; every other item's as it was last exported,
    so drops and notes in a story not exported still count as unsaved."""
    now = exported_curation(brief)
    if written is brief:
        return now
    keys = {item_id(item) for name in PANELS for item in written.panel(name)}
    kept = {key: c for key, c in previous.items() if key not in keys}
    return kept | {key: c for key, c in now.items() if key in keys}


def unexported_changes(brief: Brief, exported: dict[str, Curation]) -> str:
    """"2 drops and 1 note" made since `exported`; "" when there are none."""
    now = exported_curation(brief)
    keys = now.keys() | exported.keys()
    default = Curation()
    drops = sum(now.get(k, default).kept != exported.get(k, default).kept for k in keys)
    notes = sum(now.get(k, default).note != exported.get(k, default).note for k in keys)
    parts = [plural(drops, "drop", "drops")] if drops else []
    parts += [plural(notes, "note", "notes")] if notes else []
    return " and ".join(parts)


def date_range(brief: Brief) -> str:
    dates = sorted(a.date for a in brief.articles if a.date)
    if not dates:
        return "no dates"
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}"


def plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def summary_line(brief: Brief) -> str:
    stories = {a.story for a in brief.articles if a.story}
    parts = [plural(len(brief.articles), "article", "articles")]
    if stories:
        parts.append(plural(len(stories), "story", "stories"))
    parts.append(date_range(brief))
    disputed = sum(1 for name in ("people", "organisations", "funding", "goals", "quotes")
                   for item in brief.panel(name) if item.conflicts)
    if disputed:
        parts.append(f"{disputed} disputed")
    return " · ".join(parts)


def cancelled_message(read: int, total: int) -> str:
    """What a cancelled load kept: "Load cancelled: 312 of 10,000 articles read; showing those"."""
    if read == 0:  # perhaps while the files were read: `total` may not be the folder's count
        return "Load cancelled before any article was read; the dashboard is empty."
    return f"Load cancelled: {read:,} of {plural(total, 'article', 'articles')} read; showing those."


def cancelled_summary(summary: str, read: int, total: int) -> str:
    """The header after a cancelled load: "312 of 10,000 articles (load cancelled) · ..."."""
    if read == 0:
        return "No article read (load cancelled)"
    rest = summary.split(" · ", 1)[1:]  # summary_line starts with the article count
    return " · ".join([f"{read:,} of {plural(total, 'article', 'articles')} (load cancelled)", *rest])


def _default_builder() -> Builder:
    import os
    from functools import partial

    from briefs.pipeline import build_brief

    # Leave a core to the interface: on a 2-core machine two workers starve the event loop.
    return partial(build_brief, workers=max(1, (os.cpu_count() or 1) - 1))


def _cancelled_type() -> type[BaseException]:
    try:
        from briefs.pipeline import Cancelled
    except ImportError:  # pragma: no cover - the pipeline always ships with the app
        return _NeverRaised
    return Cancelled


class _NeverRaised(Exception):
    pass


def breakpoint_class(dimension: int, breakpoints: list[tuple[int, str]]) -> str:
    """The class Textual gives a screen for `dimension` (that of the largest breakpoint under it)."""
    return max(b for b in breakpoints if b[0] <= dimension)[1]


def panel_title(name: str, *, active: bool) -> Content:
    """A panel's border title, in the accent colour on the active panel.

    Set here rather than by CSS (`.panel:focus-within { border-title-color }`): Textual repaints
    every child of a widget whose title colour changes, i.e. both lists, on every Tab."""
    title = f"{PANEL_NAMES.index(name) + 1} {PANEL_TITLES[name]}"
    return Content.styled(title, "$accent" if active else "")


class DashboardScreen(Screen):
    """Panels of the brief; the keys below are the whole interface."""

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [
        (0, "-w-tiny"), (MIN_WIDTH, "-narrow"), (GRID_WIDTH, "-wide")]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [
        (0, "-h-tiny"), (MIN_HEIGHT, "-short"), (GRID_HEIGHT, "-tall")]

    BINDINGS: ClassVar[list[BindingType]] = [
        # Help first, so the footer never cuts it off at 80 columns (the app binds the same id).
        Binding("question_mark,f1", "app.help", "Help", key_display="?", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("slash", "filter", "Filter", key_display="/", id="filter.focus"),
        Binding("enter", "open", "Open", id="item.open"),
        Binding("space", "toggle_keep", "Keep/drop", id="item.keep"),
        Binding("e", "export", "Export", id="export.dialog"),
        Binding("s", "pick_story", "Story", id="story.pick"),
        Binding("a", "note", "Note", id="item.note"),
        Binding("y", "copy", "Copy", id="item.copy"),
        Binding("n", "evidence(1)", "Next evidence", show=False, id="evidence.next"),
        Binding("N", "evidence(-1)", "Previous evidence", show=False, id="evidence.previous"),
        Binding("tab", "cycle_panel(1)", "Next panel", show=False, id="panel.next"),
        Binding("shift+tab", "cycle_panel(-1)", "Previous panel", show=False, id="panel.previous"),
        *[Binding(str(i), f"show_panel('{name}')", f"{PANEL_TITLES[name]} panel", show=False,
                  id=f"panel.{name}") for i, name in enumerate(PANEL_NAMES, 1)],
        Binding("escape", "escape", "Cancel loading / clear filter", show=False,
                id="dashboard.escape"),
    ]

    # Textual repaints the whole screen when focus moves; the restyled panels repaint
    # themselves, and a full repaint was half the cost of Tab.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self, paths: Sequence[str], *, date: str | None = None,
                 brief: Brief | None = None, builder: Builder | None = None) -> None:
        super().__init__(id="dashboard")
        self.paths = list(paths)
        self.date = date
        self.brief: Brief = brief or Brief()
        self._given_brief = brief
        self._builder = builder
        self.rows: dict[str, PanelRows] = {name: build_rows(Brief(), name)
                                           for name in PANEL_NAMES}
        self._summary: str | None = None
        self._exported = exported_curation(self.brief)  # what q compares with: unsaved work?
        self.export_format: str | None = None  # the last format exported in this session
        self.active = PANEL_NAMES[0]
        self.query_text = ""
        self.story: str | None = None
        self.evidence_index = 0
        self.is_loading = False
        self.ready = False
        self._cancel = threading.Event()
        self._painted = threading.Event()  # the loaded brief is on the screen
        self._filter_timer: Timer | None = None
        self._hidden_pending = False  # _filter_hidden is to run after the next frame
        self._last_progress = -1
        self._switch_interval = sys.getswitchinterval()
        # The breakpoint classes Textual sets at the first resize, set before the screen is first
        # styled: set then, they styled and laid out the whole screen a second time at start-up.
        width, height = self.app.size
        self.add_class(breakpoint_class(width, self.HORIZONTAL_BREAKPOINTS),
                       breakpoint_class(height, self.VERTICAL_BREAKPOINTS), update=False)

    # ------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        # The filter bar shares the header's line: shown or hidden, it moves nothing below it,
        # so "/" and Escape repaint one line, not every panel shifted by one.
        with Horizontal(id="top"):
            yield Static(Text("Loading…"), id="header")
            yield Label("filter", id="filter-label")
            yield FilterBar(id="filter", on_leave=self._filter_left)
        with Horizontal(id="loading", classes="-shown"):
            yield Label("Reading articles…", id="loading-label")
            yield ProgressBar(total=None, show_eta=False, id="progress")
        yield PanelTabs(id="tabs")
        with Container(id="main"):
            with Container(id="panels"):
                for name in PANEL_NAMES:
                    # The first panel's list takes the focus at mount: its classes are set now,
                    # so that styles nothing again.
                    first = name == self.active
                    classes = "panel -active -focused" if first else "panel"
                    with Container(id=f"panel-{name}", classes=classes) as box:
                        box.border_title = panel_title(name, active=first)
                        yield ItemList(name, id=f"list-{name}", on_highlight=self._row_highlighted)
            yield EvidencePane(id="evidence")
        yield Static(id="too-small")
        yield QuietFooter(compact=True)  # compact: every key fits at 80 columns

    def on_mount(self) -> None:
        self._set_active(self.active, focus=True)
        self.start_loading()

    def on_resize(self, event: events.Resize) -> None:
        width, height = event.size
        # layout=False: the message fills a fixed box, and a relayout per resize costs ~50 ms.
        self.query_one("#too-small", Static).update(layout=False, content=Text(
            f"The terminal is {width}×{height}; briefdesk needs at least {MIN_WIDTH}×{MIN_HEIGHT}.\n"
            "Make the window larger (or the font smaller), or press q to quit.",
            justify="center"))

    # ------------------------------------------------------------ loading

    def start_loading(self) -> None:
        # The worker thread and the event loop share the GIL; a short switch interval lets the
        # loop take it back within a millisecond, so keys answer while articles are read.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(LOADING_SWITCH_INTERVAL)
        self.is_loading = True
        self.ready = False
        self._cancel.clear()
        self._painted.clear()
        self.query_one("#loading").set_class(True, "-shown")
        self._load()

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self) -> None:
        cancelled_type = _cancelled_type()
        try:
            # The brief and its rows (a million objects at 10,000 articles) live as long as the
            # screen: made with the collector paused, then frozen, no collection walks them
            # (three passes over them cost ~0.4 s at start-up). Loading makes next to no
            # cyclic garbage, so little is frozen with them.
            with paused_gc():
                brief, errors, rows, summary, stopped = self._build()
                gc.freeze()
        except cancelled_type:
            self.post_message(LoadCancelled())
            return
        except Exception as error:  # a bug in a reader must not take the dashboard down
            self.post_message(LoadFailed(f"{type(error).__name__}: {error}"))
            return
        self.post_message(Loaded(brief, rows, errors, summary, stopped))
        # Once the panels are painted (before, this thread's work slowed the paint: the GIL
        # is shared), and still off the event loop, what a first filter keystroke and the
        # Sources panel would otherwise build on it.
        while not self._painted.wait(0.05):
            if self._cancel.is_set():
                sys.setswitchinterval(self._switch_interval)
                return
        cited: dict[str, int] | None = None
        try:
            for panel_rows in rows.values():
                if self._cancel.is_set():
                    return
                panel_rows.index()
            cited = citations(brief)
        except Exception:  # noqa: BLE001 - the filter and the pane build what they need
            pass
        finally:
            # Keys answered while indexing needed the short switch interval; now the default.
            sys.setswitchinterval(self._switch_interval)
        if cited is not None:
            self.post_message(Indexed(brief, cited))

    def _build(self) -> tuple[Brief, list[str], dict[str, PanelRows], str, tuple[int, int] | None]:
        stopped: tuple[int, int] | None = None
        if self._given_brief is not None:
            brief, errors = self._given_brief, []
        else:
            builder = self._builder or _default_builder()
            result = builder(self.paths, date=self.date, progress=self._report_progress,
                             cancelled=self._cancel.is_set)
            brief, errors = result.brief, list(result.errors)
            stopped = getattr(result, "stopped", None)
        if self._cancel.is_set() and self.is_attached:
            # The cancel has done its work: the build stopped (what was read is shown) or
            # had just finished. Indexing after must not take it for the screen closing.
            self._cancel.clear()
        # Sorting and sizing only: rows are formatted when shown (PanelRows).
        rows = {name: build_rows(brief, name) for name in PANEL_NAMES}
        summary = summary_line(brief)
        if stopped is not None:
            summary = cancelled_summary(summary, *stopped)
        return brief, errors, rows, summary, stopped

    def _report_progress(self, done: int, total: int) -> None:
        """Called from the worker thread: post at most ~100 updates, each replacing the last."""
        step = max(1, total // 100)
        if done == total or done - self._last_progress >= step:
            self._last_progress = done
            self.post_message(Progress(done, total))

    def on_progress(self, message: Progress) -> None:
        if not self.is_loading:
            return
        self.query_one("#progress", ProgressBar).update(total=message.total, progress=message.done)
        self.query_one("#loading-label", Label).update(
            f"Reading articles {message.done:,}/{message.total:,}  (Esc or q to stop)")

    def on_loaded(self, message: Loaded) -> None:
        self._finish_loading(indexing=True)
        self.call_after_refresh(self._painted.set)
        self.brief = message.brief
        self._exported = exported_curation(self.brief)
        self.rows = message.rows
        self._summary = message.summary
        self._show_rows()
        for error in message.errors:
            # File names and exception text are data: shown literally, never as markup or escapes.
            # Not "Could not read": some only say what was left out of a file that was read.
            self.notify(safe_line(error), title="Reading the articles", severity="warning",
                        timeout=8, markup=False)
        if message.stopped is not None:
            self.notify(cancelled_message(*message.stopped), title="Cancelled", timeout=10)
        elif not self.brief.articles:
            self.notify("No articles could be read. Open files or folders of articles: brief PATH…",
                        severity="error", timeout=10)

    def on_load_failed(self, message: LoadFailed) -> None:
        self._finish_loading()
        self._show_rows()
        self.notify(safe_line(message.error), title="Loading failed", severity="error", timeout=10,
                    markup=False)

    def on_load_cancelled(self, message: LoadCancelled) -> None:
        self._finish_loading()
        self._show_rows()
        self.notify("Load cancelled before any article was read; the dashboard is empty.",
                    title="Cancelled", timeout=10)

    def on_indexed(self, message: Indexed) -> None:
        if message.brief is self.brief:
            self.query_one(EvidencePane).cited_counts(self.brief, message.cited)

    def _finish_loading(self, *, indexing: bool = False) -> None:
        if not indexing:  # else the loading thread restores it when done
            sys.setswitchinterval(self._switch_interval)
        self.is_loading = False
        self.ready = True
        self.query_one("#loading").set_class(False, "-shown")

    def cancel_loading(self) -> None:
        self._cancel.set()
        self.query_one("#loading-label", Label).update("Stopping: keeping the articles read so far…")

    def on_unmount(self) -> None:
        self._cancel.set()  # let a running worker stop at its next article

    # ------------------------------------------------------------ panels

    def _lists(self) -> dict[str, ItemList]:
        return {name: self.query_one(f"#list-{name}", ItemList) for name in PANEL_NAMES}

    def _show_rows(self) -> None:
        dropped, noted = curation_sets(self.brief)
        # The active list shows its first row in the evidence pane (set_rows announces it).
        for name, item_list in self._lists().items():
            item_list.empty_message = "Nothing found in these articles."
            item_list.set_rows(self.rows[name], dropped, noted)
        if self.query_text or self.story:
            self._apply_filter()
        self._refresh_header()
        self._refresh_titles()

    def _refresh_header(self) -> None:
        if self._summary is None:
            self._summary = summary_line(self.brief)
        header = Text(self._summary, no_wrap=True, overflow="ellipsis")
        if self.story:
            header.append("  story: ", "dim")
            header.append(safe_line(self.story))
        # No "filter:" here: the filter bar beside the header shows the query while it applies.
        dropped = sum(1 for c in self.brief.curation.values() if not c.kept)
        if dropped:
            header.append(f"  {dropped} dropped", "dim")
        self.query_one("#header", Static).update(header, layout=False)  # one line, always

    def _refresh_titles(self) -> None:
        counts = {}
        for name, item_list in self._lists().items():
            box = self.query_one(f"#panel-{name}")
            total, shown = len(item_list.rows), item_list.count
            counts[name] = shown
            subtitle = f"{shown:,}/{total:,}" if shown != total else f"{total:,}"
            if box.border_subtitle != subtitle:  # each change repaints the panel
                box.border_subtitle = subtitle
        self.query_one(PanelTabs).show(self.active, counts)

    def _set_active(self, name: str, *, focus: bool) -> None:
        previous, self.active = self.active, name
        if previous != name:
            # Now, not when the list's Focus event arrives: then it is drawn in the same frame.
            self.evidence_index = 0
            self._update_evidence()
        # A panel hidden while filtering shows the filter's rows (and cursor) in its first frame.
        self.query_one(f"#list-{name}", ItemList).apply_filter(self.query_text, self.story)
        for panel, active in ((previous, previous == name), (name, True)):
            box = self.query_one(f"#panel-{panel}")
            self._set_box_class(box, "-active", active)
            box.border_title = panel_title(panel, active=active)
        self._refresh_titles()
        if focus:
            # Not widget.focus(), which also repaints the whole list: only its cursor row changes.
            self.set_focus(self.query_one(f"#list-{name}", ItemList))

    def _set_box_class(self, box: Widget, name: str, add: bool) -> None:
        """Set a class on a panel's box and restyle the box alone.

        set_class restyles everything inside too (the list and its scrollbars), and no rule
        styles those by the box's classes: that was most of the cost of a Tab."""
        if box.has_class(name) != add:
            box.set_class(add, name, update=False)
            self.app.stylesheet.update_nodes([box], animate=False)

    def watch_focused(self, old: Widget | None, new: Widget | None) -> None:
        # Called as focus moves, so a Tab is drawn in one frame: the lists' cursor rows, and the
        # accent border of the panel holding the focused list (.panel.-focused: a class on its
        # box, not `:focus-within`, which restyled both panels and all inside them).
        for widget, focused in ((old, False), (new, True)):
            if isinstance(widget, ItemList):
                widget.show_focus(focused)
                if widget.parent is not None:
                    self._set_box_class(widget.parent, "-focused", focused)

    @property
    def active_list(self) -> ItemList:
        return self.query_one(f"#list-{self.active}", ItemList)

    @property
    def current_row(self) -> Row | None:
        return self.active_list.current_row

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        widget = event.widget
        if isinstance(widget, ItemList) and widget.panel != self.active:
            self._set_active(widget.panel, focus=False)  # clicked: shows its evidence too

    def _row_highlighted(self, item_list: ItemList, row: Row | None) -> None:
        if item_list.panel == self.active:
            self.evidence_index = 0
            self._update_evidence()

    @on(PanelTabs.Picked)
    def _tab_picked(self, message: PanelTabs.Picked) -> None:
        self._set_active(message.panel, focus=True)

    def _update_evidence(self) -> None:
        row = self.current_row
        pane = self.query_one(EvidencePane)
        if row is None:
            pane.show(self.brief, None)
            return
        note = "" if isinstance(row.item, Article) else self.brief.curation_of(row.item).note
        pane.show(self.brief, row.item, self.evidence_index, note)

    # ------------------------------------------------------------ filter

    def action_filter(self) -> None:
        bar = self.query_one(FilterBar)
        self._show_filter_bar(True)
        # Focus now, not on the next loop turn: keys typed right after "/" belong to the bar.
        self.set_focus(bar)

    async def on_key(self, event: events.Key) -> None:
        # A burst of keys ("2/abc": tmux send-keys, a fast typist) is queued for the list before
        # any is handled, and each key's binding would run only once it bubbled on to the app,
        # after this screen had seen the keys behind it. So the keys are acted on here, in the
        # order typed: "/" moves the focus to the bar at once, so the keys typed straight after
        # it, already queued for the list, then go on to the bar (which stops these keys
        # itself: they reach here only from the list); and a key before "/" runs its binding
        # here too, before the bar takes the focus (at the app, the bar would swallow "2").
        bar = self.query_one(FilterBar)
        if self.focused is bar:
            if event.is_printable or bar.leaving_action(event.key) is not None:
                event.stop()
                event.prevent_default()
                bar._forward_event(events.Key(event.key, event.character))
            return
        if event.key == "slash":
            handled = True
            self.action_filter()
        else:  # the app's own check, done now; not when a dialog opened above this screen
            handled = self.app.screen is self and await self.app._check_bindings(event.key)
        if handled:
            event.stop()
            event.prevent_default()

    @on(FilterBar.Changed)
    def _filter_changed(self, event: FilterBar.Changed) -> None:
        # Debounce: typing "funding" filters once, not seven times.
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(FILTER_DELAY, self._apply_pending_filter)

    def _apply_pending_filter(self) -> None:
        self._filter_timer = None
        query = self.query_one(FilterBar).value.strip()
        if query != self.query_text:  # else applied already (Enter, Escape, set_filter)
            self.query_text = query
            self._apply_filter()

    def _filter_left(self) -> None:
        """The user left the filter bar: filter now, and give the list the keyboard at once."""
        if self._filter_timer is not None:
            self._filter_timer.stop()
            self._filter_timer = None
        self.query_text = self.query_one(FilterBar).value.strip()
        self._apply_filter()
        if not self.query_text:
            self._show_filter_bar(False)
        self.set_focus(self.active_list)

    def set_filter(self, query: str) -> None:
        """Filter every panel now (used by the palette and tests)."""
        self.query_one(FilterBar).value = query
        self.query_text = query.strip()
        self._show_filter_bar(bool(self.query_text))
        self._apply_filter()

    def _show_filter_bar(self, shown: bool) -> None:
        # A class on the bar, not the screen: that restyled every widget on "/" and Escape.
        self.query_one(FilterBar).set_class(shown, "-shown")
        self.query_one("#filter-label").set_class(shown, "-shown")

    def _apply_filter(self) -> None:
        """Filter the panels on screen now; the hidden ones once this frame is drawn."""
        # The active list tells the evidence pane when the row under its cursor changes.
        hidden = False
        for item_list in self._lists().values():
            if item_list.parent is not None and item_list.parent.display:
                item_list.apply_filter(self.query_text, self.story)
            else:
                hidden = True
        self._refresh_titles()
        self._refresh_header()
        if hidden and not self._hidden_pending:
            self._hidden_pending = True
            self.call_after_refresh(self._filter_hidden)

    def _filter_hidden(self) -> None:
        """Search the hidden panels for their counts (the tab strip); each list is drawn when its
        panel is shown (_set_active), so a keystroke never lays out or paints a hidden panel."""
        self._hidden_pending = False
        for item_list in self._lists().values():
            item_list.apply_filter(self.query_text, self.story, defer=True)
        self._refresh_titles()

    def set_story(self, story: str | None) -> None:
        self.story = story
        self._apply_filter()

    # ------------------------------------------------------------ actions

    def action_quit(self) -> None:
        from tui.screens.dialogs import QuitScreen

        if self.is_loading:
            self.cancel_loading()
            return
        changes = unexported_changes(self.brief, self._exported)
        if not changes:
            self.app.exit(0)
            return

        def answer(choice: str | None) -> None:
            if choice == "quit":
                self.app.exit(0)
            elif choice == "export":
                self.action_export(then_quit=True)

        self.app.push_screen(QuitScreen(changes), answer)

    def action_escape(self) -> None:
        if self.is_loading:
            self.cancel_loading()
        elif self.query_text or self.story:
            self.story = None
            self.set_filter("")
            self.notify("Filter cleared.", timeout=2)

    def action_cycle_panel(self, step: int) -> None:
        index = (PANEL_NAMES.index(self.active) + step) % len(PANEL_NAMES)
        self._set_active(PANEL_NAMES[index], focus=True)

    def action_show_panel(self, name: str) -> None:
        self._set_active(name, focus=True)

    def action_evidence(self, step: int) -> None:
        row = self.current_row
        if row is None or isinstance(row.item, Article) or not row.item.evidence:
            return
        self.evidence_index = (self.evidence_index + step) % len(row.item.evidence)
        self._update_evidence()

    def action_open(self) -> None:
        from tui.screens.article import ArticleScreen

        row = self.current_row
        if row is None:
            return
        if isinstance(row.item, Article):
            self.app.push_screen(ArticleScreen(self.brief, article=row.item))
        elif row.item.evidence:
            self.app.push_screen(ArticleScreen(self.brief, item=row.item,
                                               index=self.evidence_index))
        else:
            self.notify("This item has no evidence to open.", severity="warning")

    def action_toggle_keep(self) -> None:
        row = self.current_row
        if row is None:
            return
        if isinstance(row.item, Article):
            self.notify("Sources are always listed; keep or drop the items instead.", timeout=3)
            return
        current = self.brief.curation.get(row.key, Curation())
        self.brief.curation[row.key] = Curation(kept=not current.kept, note=current.note)
        self._curation_changed()
        self.active_list.action_cursor_down()

    def _curation_changed(self) -> None:
        dropped, noted = curation_sets(self.brief)
        for item_list in self._lists().values():
            item_list.refresh_marks(dropped, noted)
        self._refresh_header()
        self._update_evidence()

    def action_note(self) -> None:
        from tui.screens.dialogs import NoteScreen

        row = self.current_row
        if row is None or isinstance(row.item, Article):
            return
        key = row.key
        current = self.brief.curation.get(key, Curation())

        def save(note: str | None) -> None:
            if note is None:
                return
            latest = self.brief.curation.get(key, Curation())
            self.brief.curation[key] = Curation(kept=latest.kept, note=note.strip())
            self._curation_changed()
            self.notify("Note saved." if note.strip() else "Note removed.", timeout=2)

        self.app.push_screen(NoteScreen(current.note), save)

    def action_copy(self) -> None:
        from tui.clipboard import copy_text

        row = self.current_row
        if row is None:
            return
        message, ok = copy_text(self.app, item_as_text(row.item, self.brief))
        self.notify(message, severity="information" if ok else "warning", timeout=4, markup=False)

    def action_pick_story(self) -> None:
        from tui.screens.dialogs import StoryScreen

        counts: dict[str, int] = {}
        for article in self.brief.articles:
            if article.story:
                counts[article.story] = counts.get(article.story, 0) + 1
        if not counts:
            self.notify("These articles are not grouped into stories.", timeout=3)
            return

        def picked(story: str | None) -> None:
            if story is None:
                return
            self.set_story(story or None)

        self.app.push_screen(StoryScreen(counts, self.story), picked)

    def action_export(self, fmt: str | None = None, *, then_quit: bool = False) -> None:
        from tui.screens.export import ExportScreen

        if self.is_loading:
            self.notify("Still loading; export when the brief is ready.", severity="warning")
            return
        dialog = ExportScreen(self.brief, fmt, remembered=self.export_format, story=self.story)

        def done(path: str | None) -> None:
            if not path:
                return
            self._exported = exported_after(self._exported, self.brief, dialog.brief)
            self.export_format = dialog.fmt
            wrote = safe_line(f"Wrote {path}")
            if then_quit:
                self.app.exit(0, message=Text(f"briefdesk: {wrote}"))
            else:
                self.notify(wrote, title="Exported", timeout=8, markup=False)

        self.app.push_screen(dialog, done)
