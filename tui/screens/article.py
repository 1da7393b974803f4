"""The article itself, with every highlight of the selected item; n/N jump between them."""
from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefs.export.markdown import display_title
from briefs.model import Article, Brief, Evidence
from briefs.safe_text import safe_line, safe_text
from tui.widgets.evidence import clamp_span
from tui.widgets.format import describe, kind_label, ordered_evidence


def article_text(article: Article, spans: list[tuple[int, int]], current: int | None,
                 match_style: Any, current_style: Any) -> Text:
    """The whole article, each span highlighted and the current one stronger."""
    text = Text(safe_text(article.text))
    for number, (start, end) in enumerate(spans):
        start, end = clamp_span(article.text, start, end)
        text.stylize(current_style if number == current else match_style, start, end)
    return text


class ArticleView(VerticalScroll):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-view--match", "article-view--current"}


class ArticleScreen(Screen):
    """Opened with Enter on an item (its evidence highlighted) or on a source (plain)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", id="article.back"),
        Binding("n", "jump(1)", "Next highlight", id="article.next"),
        Binding("N", "jump(-1)", "Previous highlight", id="article.previous"),
        Binding("j", "scroll(1)", "Scroll down", show=False, id="article.down"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="article.up"),
        Binding("g", "top", "Top", show=False, id="article.top"),
        Binding("G", "bottom", "Bottom", show=False, id="article.bottom"),
        Binding("y", "copy", "Copy article", show=False, id="article.copy"),
    ]

    def __init__(self, brief: Brief, *, item: Any = None, index: int = 0,
                 article: Article | None = None) -> None:
        super().__init__(id="article-screen")
        self.brief = brief
        self.item = item
        # The same order as the evidence pane, so Enter opens the evidence the pane showed.
        self.evidence: list[Evidence] = ordered_evidence(item) if item is not None else []
        self.index = index % len(self.evidence) if self.evidence else 0
        self.article = article or (self._article_of(self.evidence[self.index]) if self.evidence else None)

    def _article_of(self, evidence: Evidence) -> Article | None:
        return self.brief.article(evidence.article)

    def compose(self) -> ComposeResult:
        yield Static(id="article-header")
        with ArticleView(id="article-scroll"):
            yield Static(id="article-body")
        yield Footer()

    def on_mount(self) -> None:
        self._show_article()
        self.query_one(ArticleView).focus()

    # ------------------------------------------------------------ rendering

    def _spans_here(self) -> tuple[list[tuple[int, int]], int | None]:
        """Highlights in the shown article, and which of them is the current evidence."""
        if self.article is None:
            return [], None
        spans, current = [], None
        for number, e in enumerate(self.evidence):
            if e.article == self.article.id:
                if number == self.index:
                    current = len(spans)
                spans.append((e.start, e.end))
        return spans, current

    def _header(self) -> Text:
        header = Text(no_wrap=True, overflow="ellipsis")
        if self.article is None:
            header.append("Article not found in this brief", "bold")
            return header
        header.append(safe_line(display_title(self.article)), "bold")
        details = [x for x in (self.article.date, self.article.source, self.article.story) if x]
        if details:
            header.append("  " + safe_line(" · ".join(details)), "dim")
        if self.item is not None:
            articles = len({e.article for e in self.evidence})
            header.append("\n")
            header.append(f"[{self.index + 1}/{len(self.evidence)}", "bold")
            header.append(f" in {articles} articles] " if articles > 1 else "] ", "bold")
            header.append(f"{kind_label(self.item).capitalize()}: ", "dim")
            header.append(safe_line(describe(self.item)))
        return header

    def _show_article(self) -> None:
        self.query_one("#article-header", Static).update(self._header())
        body = self.query_one("#article-body", Static)
        if self.article is None:
            body.update(Text("The article this evidence cites is not part of the brief."))
            return
        view = self.query_one(ArticleView)
        spans, current = self._spans_here()
        body.update(article_text(self.article, spans, current,
                                 view.get_component_rich_style("article-view--match", partial=True),
                                 view.get_component_rich_style("article-view--current", partial=True)))
        # Twice: the first refresh lays out the new text, the second can scroll within it.
        self.call_after_refresh(self.call_after_refresh, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        if not self.evidence or self.article is None:
            return
        start, _ = clamp_span(self.article.text, self.evidence[self.index].start,
                              self.evidence[self.index].end)
        body = self.query_one("#article-body", Static)
        width = max(1, body.content_region.width)
        # The line the highlight starts on: wrap the text before it at the same width.
        before = Text(safe_text(self.article.text[:start]) + "x")
        line = len(before.wrap(self.app.console, width)) - 1
        view = self.query_one(ArticleView)
        view.scroll_to(y=max(0, line - 2), animate=False)

    # ------------------------------------------------------------ actions

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_jump(self, step: int) -> None:
        if not self.evidence:
            self.notify("No highlights: this article was opened from the Sources panel.", timeout=3)
            return
        self.index = (self.index + step) % len(self.evidence)
        self.article = self._article_of(self.evidence[self.index])
        self._show_article()

    def action_scroll(self, lines: int) -> None:
        self.query_one(ArticleView).scroll_relative(y=lines, animate=False)

    def action_top(self) -> None:
        self.query_one(ArticleView).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one(ArticleView).scroll_end(animate=False)

    def action_copy(self) -> None:
        from tui.clipboard import copy_text

        if self.article is None:
            return
        message, ok = copy_text(self.app, safe_text(self.article.text))
        self.notify(message, severity="information" if ok else "warning", timeout=4, markup=False)
