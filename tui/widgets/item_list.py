"""A panel's list: a Line-API widget that renders only the rows on screen.

It keeps every row of its panel, and a list of the indices the filter lets through. Filtering swaps
that index list; rendering formats only the visible lines (cached), so 50,000 items scroll and filter
as quickly as 50.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Callable, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefs.safe_text import safe_line
from tui.widgets.format import COLUMNS, Column, PanelRows, Row, narrows, query_words

MARK_WIDTH = 3  # dropped ✗, note ✎, disputed !
GAP = 1
NOT_ANNOUNCED = -1  # never a row index


def _wanted(column: Column, natural: int | None) -> int:
    if column.fit and natural is not None:
        return min(column.limit, max(len(column.label), natural))
    return column.minimum


def column_widths(columns: tuple[Column, ...], width: int,
                  natural: list[int] | None = None) -> list[int]:
    """Share `width` (after the mark column and gaps) among the columns.

    Fitted columns take their longest cell (`natural`), the others their minimum; spare cells go
    to the flexible columns. When the line is too short, the least important columns give up
    cells first (priority 0 ones may vanish), so what names the item is cut last."""
    available = width - MARK_WIDTH - GAP * len(columns)
    widths = [_wanted(c, natural[i] if natural else None) for i, c in enumerate(columns)]
    spare = available - sum(widths)
    flex_total = sum(c.flex for c in columns)
    if spare > 0 and flex_total:
        for i, c in enumerate(columns):
            widths[i] += spare * c.flex // flex_total
        # Rounding leftovers go to the first flexible column.
        leftover = available - sum(widths)
        first = next(i for i, c in enumerate(columns) if c.flex)
        widths[first] += leftover
    elif spare < 0:
        order = sorted(range(len(columns)), key=lambda i: (columns[i].priority, -widths[i]))
        for i in order:
            if columns[i].priority == 0:
                cut = widths[i]  # half an equivalent says nothing: the column goes whole
            else:
                cut = min(-spare, max(0, widths[i] - min(widths[i], 4)))
            widths[i] -= cut
            spare += cut
            if spare >= 0:
                break
        if spare > 0 and flex_total:  # what a vanished column freed goes to the flexible ones
            widths[next(i for i, c in enumerate(columns) if c.flex and widths[i])] += spare
    return [max(0, w) for w in widths]


class ItemList(ScrollView, can_focus=True):
    """The rows of one panel, a cursor, and the keys to move it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g,home", "first", "First item", show=False, id="list.first"),
        Binding("G,end", "last", "Last item", show=False, id="list.last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "item-list--header", "item-list--cursor", "item-list--dropped", "item-list--disputed",
        "item-list--mark", "item-list--empty",
    }

    # repaint=False: watch_cursor repaints just the two rows that changed, not the whole list.
    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    def __init__(self, panel: str, *, on_highlight: Callable[[ItemList, Row | None], None],
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.panel = panel
        # Called at once, not a posted message: a message reaches the screen only after the
        # cursor's frame is drawn, so the evidence pane would take a second frame per key.
        self.on_highlight = on_highlight
        self.columns = COLUMNS[panel]
        self.rows = PanelRows(panel, [], {})
        # Indices into `rows` the filter lets through, ascending; a range when nothing is filtered.
        self.shown: Sequence[int] = range(0)
        self.dropped: set[str] = set()
        self.noted: set[str] = set()
        self.empty_message = "Nothing here yet."
        self._line_cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self.natural: list[int] | None = None  # longest cell of each fitted column
        self._filtered_by: tuple[list[str], str | None] = ([], None)
        self._query = ""  # as typed, for "Nothing matches '...'"
        # A filter applied while hidden (apply_filter(defer=True)) and not yet drawn; the row
        # that was under the cursor then, and the one under it before any filter.
        self._stale = False
        self._anchor: int | None = None
        self._home: int | None = None
        self._highlighted: int | None = NOT_ANNOUNCED  # the row index last announced
        self._styles: dict[str, Style] | None = None
        self._drawn_with: dict[str, Style] = {}  # the styles the cached rows were drawn with
        self._widths_for: tuple[int, list[int] | None] | None = None
        self._column_widths: list[int] = []

    # ------------------------------------------------------------ data

    def set_rows(self, rows: PanelRows, dropped: set[str], noted: set[str]) -> None:
        self.rows = rows
        self.dropped = dropped
        self.noted = noted
        self.natural = rows.natural
        self.shown = range(len(rows))
        self._filtered_by = ([], None)
        self._stale = False
        self._anchor = self._home = None
        self._highlighted = NOT_ANNOUNCED  # new rows: announced even when both are empty
        self._line_cache.clear()  # drawn rows are keyed by their index in the old rows
        self._after_change(0)

    def apply_filter(self, query: str, story: str | None, *, defer: bool = False) -> None:
        """Show only rows holding every word of `query` (and from `story`), keeping the cursor's
        item under the cursor when it is still shown; clearing the filter puts the cursor back on
        that item, or where it was before the filter when the filter showed nothing.

        With `defer`, only `shown` (so `count`) changes now: the list's size, cursor and repaint
        wait for the next call without it (the screen's when the panel is shown), so a hidden
        panel costs one search per keystroke, not a relayout and a repaint."""
        words = query_words(query)
        old_words, old_story = self._filtered_by
        if query.strip() != self._query and len(self.rows) and not self.shown:
            self.refresh()  # the message names the query; the rows stay empty otherwise
        self._query = query.strip()
        if (words, story) != self._filtered_by:
            if not self._stale:  # the row the user sees under the cursor
                self._anchor = self.shown[self.cursor] if self.shown else None
                if not old_words and old_story is None:
                    self._home = self._anchor
            before = len(self.shown)
            if not words and story is None:
                self.shown = range(len(self.rows))  # the unfiltered index: nothing to compute
            else:
                # Typing on only narrows a query: search just the rows the last one kept.
                narrower = story == old_story and narrows(words, old_words)
                within = self.shown if narrower and not isinstance(self.shown, range) else None
                self.shown = self.rows.matching(words, story, within)
            self._filtered_by = (words, story)
            # An empty panel that stays empty (most panels of a small brief) draws nothing new.
            self._stale = self._stale or bool(before or self.shown)
        if self._stale and not defer:
            self._settle()

    def _settle(self) -> None:
        self._stale = False
        anchor = self._anchor
        words, story = self._filtered_by
        if anchor is None and not words and story is None:
            anchor = self._home
        position = 0
        if anchor is not None:
            # `shown` is in ascending order, so the old row is found by bisection.
            found = bisect_left(self.shown, anchor)
            if found < len(self.shown) and self.shown[found] == anchor:
                position = found
        self._after_change(position)

    def _after_change(self, cursor: int) -> None:
        # The line cache is kept: a row is drawn the same wherever the filter puts it, so
        # clearing the filter (Escape) finds the rows it showed before still drawn.
        self._set_virtual_height()
        self.cursor = min(cursor, max(0, len(self.shown) - 1))
        self.refresh()

    def refresh_marks(self, dropped: set[str], noted: set[str]) -> None:
        self.dropped = dropped
        self.noted = noted
        self._line_cache.clear()
        self.refresh()

    @property
    def current_row(self) -> Row | None:
        if not self.shown:
            return None
        return self.rows[self.shown[min(self.cursor, len(self.shown) - 1)]]

    @property
    def count(self) -> int:
        return len(self.shown)

    # ------------------------------------------------------------ cursor

    def watch_cursor(self, old: int, new: int) -> None:
        # Lines are cached by row and cursor state, so only the two rows that changed are
        # drawn again (all of them when the list scrolled).
        top = int(self.scroll_y)
        self._scroll_cursor_into_view()
        if int(self.scroll_y) != top:
            self.refresh()
        else:
            width = self.size.width
            self.refresh(Region(0, old - top + 1, width, 1), Region(0, new - top + 1, width, 1))
        self._announce()

    def _announce(self) -> None:
        """Tell `on_highlight` when the row under the cursor is another one."""
        index = self.shown[self.cursor] if self.shown else None
        if index != self._highlighted:
            self._highlighted = index
            self.on_highlight(self, self.current_row)

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.shown) - 1)) if self.shown else 0

    def _scroll_cursor_into_view(self) -> None:
        body = max(1, self.scrollable_content_region.height - 1)
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + body:
            self.scroll_to(y=self.cursor - body + 1, animate=False, immediate=True)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.shown) - 1

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_page_up(self) -> None:
        self.cursor -= self._page()

    async def _on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self.cursor = int(self.scroll_y) + event.y - 1
        self.focus()

    def on_resize(self, event: events.Resize) -> None:
        if self._stale:  # filtered while hidden, now shown by a resize (into the grid)
            self._settle()
        self._line_cache.clear()
        self._set_virtual_height()
        self._scroll_cursor_into_view()

    def _set_virtual_height(self) -> None:
        # A header line and the rows. The width is left 0 (rows are cut to the panel, nothing
        # scrolls sideways), so a panel shown by a key keeps its virtual size when it gets its
        # width: setting the width laid the screen out and drew the panel again, a second frame.
        size = Size(0, len(self.shown) + 1)
        if size == self.virtual_size:
            return
        # Not by the reactive, which lays the whole screen out on every filter keystroke: the
        # list keeps its place, only its scrollbar may come or go (_scroll_update lays that out).
        # A hidden list's scrollbar is set by the layout that shows it.
        self.set_reactive(ScrollView.virtual_size, size)
        if self.parent is not None and self.parent.display and self.display:
            self._scroll_update(size)

    # Textual's own focus handlers repaint the whole widget, and setting `has_focus` restyles it
    # and its scrollbars (no rule styles a focused list); only the cursor row is drawn differently
    # with focus, so these do what they do (prevent_default skips them) minus that.
    def on_focus(self, event: events.Focus) -> None:
        event.prevent_default()
        self.show_focus(True)
        if self.parent is not None:
            self.parent.post_message(events.DescendantFocus(self))
        self._announce()  # only if the row changed while away: the screen shows it on a switch

    def on_blur(self, event: events.Blur) -> None:
        event.prevent_default()
        self.show_focus(False)
        if self.parent is not None:
            self.parent.post_message(events.DescendantBlur(self))

    def show_focus(self, focused: bool) -> None:
        """Draw the cursor row as focused or not (the screen calls this as focus moves, so it is
        drawn in the same frame as the rest of a Tab, not when the Focus event arrives)."""
        if self.has_focus != focused:
            self.set_reactive(ItemList.has_focus, focused)
            self._refresh_cursor_row()

    def _refresh_cursor_row(self) -> None:
        self.refresh(Region(0, self.cursor - int(self.scroll_y) + 1, self.size.width, 1))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        # Looked up again when next drawn; the drawn rows are kept unless a style they use
        # changed: focus moving between panels restyles both lists without changing a row.
        self._styles = None

    # ------------------------------------------------------------ rendering

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if width <= 0:
            return Strip.blank(0)
        self._palette()  # first, as it may clear the cache
        if y == 0:
            return self._render_header(width)
        position = int(self.scroll_y) + y - 1
        if position >= len(self.shown):
            if not self.shown and y == 1:
                return self._render_message(width)
            return Strip.blank(width, self.rich_style)
        is_cursor = position == self.cursor
        key = (self.shown[position], width, is_cursor, is_cursor and self.has_focus)
        strip = self._line_cache.get(key)
        if strip is None:
            strip = self._render_row(self.rows[self.shown[position]], width, is_cursor)
            self._line_cache[key] = strip
        return strip

    def _widths(self, width: int) -> list[int]:
        if self._widths_for != (width, self.natural):
            self._widths_for = (width, self.natural)
            self._column_widths = column_widths(self.columns, width, self.natural)
        return self._column_widths

    def _palette(self) -> dict[str, Style]:
        """The styles rows are drawn with, looked up once per style change, not once per row."""
        if self._styles is None:
            styles = {name: self.get_component_rich_style(name) for name in self.COMPONENT_CLASSES}
            styles["base"] = self.rich_style
            if styles != self._drawn_with:
                self._line_cache.clear()
                self._drawn_with = styles
            self._styles = styles
        return self._styles

    def _cell_segments(self, cells: tuple[str, ...], widths: list[int],
                       style: Style) -> list[Segment]:
        """Each cell cut (with …) or padded to its column's width, then the gap."""
        segments = []
        for column, cell, w in zip(self.columns, cells, widths):
            if w <= 0:
                continue  # a column the panel is too narrow for
            segments.append(Segment(fit_cell(cell, w, column.right) + " " * GAP, style))
        return segments

    @staticmethod
    def _strip(segments: list[Segment], width: int, style: Style) -> Strip:
        return Strip(segments).adjust_cell_length(width, style).simplify()

    def _render_header(self, width: int) -> Strip:
        key = ("header", width)
        strip = self._line_cache.get(key)
        if strip is None:
            palette = self._palette()
            style = palette["base"] + palette["item-list--header"]
            widths = self._widths(width)
            segments = [Segment(" " * MARK_WIDTH, style)]
            segments += self._cell_segments(tuple(c.label for c in self.columns), widths, style)
            strip = self._line_cache[key] = self._strip(segments, width, style)
        return strip

    def _render_message(self, width: int) -> Strip:
        palette = self._palette()
        style = palette["base"] + palette["item-list--empty"]
        return self._strip([Segment(" " * MARK_WIDTH + self._message(), style)], width, style)

    def _message(self) -> str:
        """Why no row is shown: nothing extracted, or nothing matching the filter."""
        words, story = self._filtered_by
        if not len(self.rows) or (not words and story is None):
            return self.empty_message
        if not words:
            return "Nothing in this story"
        # The query is data: drawn as plain segments (never markup), controls made visible.
        found = f"Nothing matches '{safe_line(self._query)}'"
        return found + " in this story" if story is not None else found

    def _render_row(self, row: Row, width: int, is_cursor: bool) -> Strip:
        palette = self._palette()
        base = palette["base"]
        dropped = row.key in self.dropped
        if dropped:
            base += palette["item-list--dropped"]
        if is_cursor and self.has_focus:
            base += palette["item-list--cursor"]
        elif is_cursor:
            base += Style(underline=True, bold=True)
        mark = base if is_cursor else base + palette["item-list--mark"]
        disputed = base if is_cursor else base + palette["item-list--disputed"]
        segments = [Segment("✗" if dropped else " ", mark),
                    Segment("✎" if row.key in self.noted else " ", mark),
                    Segment("!" if row.disputed else " ", disputed)]
        widths = self._widths(width)
        segments += self._cell_segments(row.cells, widths, base)
        return self._strip(segments, width, base)


def fit_cell(cell: str, width: int, right: bool = False) -> str:
    """`cell` in exactly `width` cells: cut with an ellipsis when longer, else padded (on the
    left when `right`). Cells are single-line and already safe to print (format.make_row)."""
    length = cell_len(cell)
    if length > width:
        return set_cell_size(cell, width - 1) + "…"
    padding = " " * (width - length)
    return padding + cell if right else cell + padding
