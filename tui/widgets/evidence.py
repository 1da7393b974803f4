"""The evidence pane: the selected item's sentence in its paragraph, its own words highlighted.

Article text is data: everything here is built as Rich Text from sanitised strings (never markup),
and offsets stay valid because briefs.safe_text preserves length.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefs.model import Article, Brief, Evidence
from briefs.safe_text import safe_line, safe_text
from briefs.text import mask, split_paragraphs
from tui.widgets.format import article_label, describe, kind_label, ordered_evidence

WINDOW = 700  # characters either side of the evidence when a paragraph is very long


@dataclass(slots=True, frozen=True)
class Styles:
    match: Style = Style(reverse=True, bold=True)
    sentence: Style = Style(underline=True)
    label: Style = Style(bold=True)
    dim: Style = Style(dim=True)
    warning: Style = Style(bold=True)


def clamp_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Evidence offsets made safe to slice with, whatever the data says."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return start, end


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The blank-line-separated paragraph holding [start, end), cut to a window if very long."""
    left = text.rfind("\n\n", 0, start)
    left = 0 if left < 0 else left + 2
    right = text.find("\n\n", end)
    right = len(text) if right < 0 else right
    if start - left > WINDOW:
        left = text.rfind(" ", 0, start - WINDOW) + 1 or start - WINDOW
    if right - end > WINDOW:
        cut = text.find(" ", end + WINDOW)
        right = cut if cut >= 0 else right
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return left, right


def sentence_span(text: str, evidence: Evidence, left: int, right: int) -> tuple[int, int] | None:
    """Where the evidence sentence sits in the article, searched near the item's words."""
    sentence = evidence.sentence.strip()
    if not sentence:
        return None
    lo = max(left, evidence.start - len(sentence))
    found = text.find(sentence, lo, min(right, evidence.end + len(sentence)))
    if found < 0:
        found = text.find(sentence, left, right)
    if found < 0:
        return None
    return found, found + len(sentence)


def _kept_pieces(left: int, right: int, boilerplate: list[tuple[int, int]],
                 keep: tuple[int, int]) -> list[tuple[int, int]]:
    """[left, right) without the boilerplate spans (link syntax, front matter, captions), except
    any that touch the item's own words `keep`, which must stay visible."""
    pieces, pos = [], left
    for b_start, b_end in sorted(boilerplate):
        b_start, b_end = max(b_start, left), min(b_end, right)
        if b_end <= pos or b_start >= right or b_start >= b_end:
            continue
        if b_start < keep[1] and b_end > keep[0]:
            continue
        if b_start > pos:
            pieces.append((pos, b_start))
        pos = b_end
    if pos < right:
        pieces.append((pos, right))
    return pieces


class _Elided:
    """Article offsets -> offsets in the paragraph as shown, boilerplate left out."""

    def __init__(self, pieces: list[tuple[int, int]]) -> None:
        self.pieces = pieces

    def __call__(self, offset: int) -> int:
        shown = 0
        for start, end in self.pieces:
            if offset <= start:
                return shown
            if offset < end:
                return shown + offset - start
            shown += end - start
        return shown


def highlight_paragraph(article: Article, evidence: Evidence, styles: Styles) -> Text:
    """The paragraph around `evidence`, its sentence marked and the item's words highlighted.

    Boilerplate inside the paragraph (Markdown link targets, front matter) is left out so it reads
    cleanly; highlights are placed through the same offset map, so they still cover the right words."""
    text = article.text
    start, end = clamp_span(text, evidence.start, evidence.end)
    left, right = paragraph_around(text, start, end)
    pieces = _kept_pieces(left, right, article.boilerplate, (start, end))
    at = _Elided(pieces)
    shown = Text("".join(safe_text(text[a:b]) for a, b in pieces))
    sentence = sentence_span(text, evidence, left, right)
    if sentence is not None:
        shown.stylize(styles.sentence, at(sentence[0]), at(sentence[1]))
    if end > start:
        shown.stylize(styles.match, at(start), at(end))
    # An ellipsis where the window cut a paragraph, so the reader knows there is more.
    if left > 0 and text[:left].rstrip(" \t")[-1:] not in ("\n", ""):
        shown = Text("…") + shown
    if text[right:].lstrip(" \t")[:1] not in ("\n", ""):
        shown.append("…")
    return shown


def evidence_view(item: Any, brief: Brief, index: int, styles: Styles, note: str = "",
                  cited: dict[str, int] | None = None) -> Text:
    """Everything the pane shows for one item, as one Text."""
    out = Text()
    out.append(f"{kind_label(item).capitalize()}  ", styles.dim)
    out.append(safe_line(describe(item)), styles.label)
    if isinstance(item, Article):
        return _article_view(out, item, brief, styles, cited)
    for conflict in item.conflicts:
        out.append("\n! Disputed ", styles.warning)
        out.append(safe_line(f"{conflict.field}: {conflict.value}"))
        if conflict.articles:
            out.append(safe_line(f" ({', '.join(conflict.articles)})"), styles.dim)
    if note:
        out.append("\n✎ Note: ", styles.label)
        out.append(safe_line(note))
    if not item.evidence:
        out.append("\n\nNo evidence recorded for this item.", styles.dim)
        return out
    ordered = ordered_evidence(item)
    index %= len(ordered)
    evidence = ordered[index]
    article = brief.article(evidence.article)
    out.append("\n")
    out.append(f"Evidence {index + 1} of {len(item.evidence)} · ", styles.dim)
    out.append(safe_line(article_label(article, evidence.article)), styles.label)
    out.append("\n\n")
    if article is None:
        out.append(safe_text(evidence.sentence))
    else:
        out.append_text(highlight_paragraph(article, evidence, styles))
    return out


def citations(brief: Brief) -> dict[str, int]:
    """How many items cite each article (counted once per brief, not per keypress)."""
    counts: dict[str, int] = {}
    for name in ("people", "organisations", "funding", "goals", "quotes"):
        for item in brief.panel(name):
            for article_id in {e.article for e in item.evidence}:
                counts[article_id] = counts.get(article_id, 0) + 1
    return counts


def _article_view(out: Text, article: Article, brief: Brief, styles: Styles,
                  cited: dict[str, int] | None = None) -> Text:
    cited = cited if cited is not None else citations(brief)
    out.append("\n")
    out.append(safe_line(article.path), styles.dim)
    if article.story:
        out.append("\nStory: ", styles.dim)
        out.append(safe_line(article.story))
    out.append(f"\n{cited.get(article.id, 0):,} items cite this article · "
               f"{len(article.text):,} characters\n\n", styles.dim)
    out.append(safe_text(opening_paragraph(article)))
    return out


def opening_paragraph(article: Article) -> str:
    """The first paragraph of prose: front matter and other boilerplate are not the article."""
    text = mask(article.text, article.boilerplate)
    for start, end in split_paragraphs(text):
        paragraph = " ".join(text[start:end].split())
        if any(c.isalpha() for c in paragraph):
            return paragraph[:WINDOW * 2]
    return ""


class EvidencePane(ScrollView, can_focus=False):
    """Shows what the selected item rests on. Not focusable: the lists keep the keyboard.

    A Line-API widget that wraps its text itself: a Static inside a scrolling container changes
    height with every item, and each change made Textual lay the whole screen out again (and
    repaint every list's scrollbar), which was most of the cost of moving the cursor. Here a new
    item only repaints the pane; the screen is laid out again only when the scrollbar appears or
    goes (its column is always reserved, so the text's width never depends on it)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "evidence--match", "evidence--sentence", "evidence--label", "evidence--dim",
        "evidence--warning",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.brief: Brief | None = None
        self.item: Any = None
        self.index = 0
        self.note = ""
        self.text = Text("Select an item to see the sentence it came from.")
        self._lines: list[Strip] = []
        self._cited: tuple[int, dict[str, int]] | None = None

    def _style(self, name: str) -> Style:
        """The component's own style, without a background (the pane's shows through).

        Not `partial=True` alone: that leaves a translucent colour such as $text-muted unblended,
        which Rich then draws as pure white (unreadable on a light theme)."""
        partial = self.get_component_rich_style(name, partial=True)
        if partial.color is None:
            return partial
        return partial + Style(color=self.get_component_rich_style(name).color)

    def styles_for_text(self) -> Styles:
        return Styles(match=self._style("evidence--match"),
                      sentence=self._style("evidence--sentence"),
                      label=self._style("evidence--label"),
                      dim=self._style("evidence--dim"),
                      warning=self._style("evidence--warning"))

    def show(self, brief: Brief | None, item: Any, index: int = 0, note: str = "") -> None:
        self.brief, self.item, self.index, self.note = brief, item, index, note
        self._render_body()
        self.scroll_to(y=0, animate=False, immediate=True)

    def cited_counts(self, brief: Brief, cited: dict[str, int]) -> None:
        """How many items cite each article, counted off the event loop (see `citations`)."""
        self._cited = (id(brief), cited)

    def _render_body(self) -> None:
        if not self.is_mounted:
            return
        if self.brief is None or self.item is None:
            self._set_text(Text("Nothing selected."))
            return
        if isinstance(self.item, Article) and (self._cited is None
                                               or self._cited[0] != id(self.brief)):
            self._cited = (id(self.brief), citations(self.brief))
        cited = self._cited[1] if self._cited is not None else None
        self._set_text(evidence_view(self.item, self.brief, self.index, self.styles_for_text(),
                                     self.note, cited))

    def _set_text(self, text: Text) -> None:
        self.text = text
        self._wrap()

    def _wrap(self) -> None:
        """Wrap the text to the pane's width; repaint, relayout only if the scrollbar flips."""
        width = self.scrollable_content_region.width
        if width <= 0:
            self._lines = []
            return
        console, base = self.app.console, self.rich_style
        lines = self.text.wrap(console, width, overflow="fold")
        for line in lines:
            line.rstrip()  # no underlined blank at the end of a wrapped sentence
        self._lines = [Strip(Segment.apply_style(line.render(console, end=""), base))
                       for line in lines]
        size = Size(width, len(self._lines))
        if size != self.virtual_size:
            # Not through the reactive, which would lay the screen out: only the scrollbars need
            # telling, and they relayout by themselves when one appears or goes.
            self.set_reactive(EvidencePane.virtual_size, size)
            self._scroll_update(size)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = int(self.scroll_y) + y
        if 0 <= index < len(self._lines):
            return self._lines[index].adjust_cell_length(width, self.rich_style)
        return Strip.blank(width, self.rich_style)

    def on_mount(self) -> None:
        super().on_mount()
        self._wrap()

    def on_resize(self, event: events.Resize) -> None:
        self._wrap()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_mounted:
            self._render_body() if self.item is not None else self._wrap()
