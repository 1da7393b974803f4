"""What a new user's review found: cut amounts, lost qualifiers, evidence from the wrong article,
Markdown link syntax in the evidence, and untitled articles shown as paths."""
from __future__ import annotations

from briefs.export.markdown import display_title, render_note, untitled_label
from briefs.model import Article, Brief, Evidence, Funding, Goal
from tui.widgets.evidence import Styles, evidence_view, highlight_paragraph, opening_paragraph
from tui.widgets.format import (
    COLUMNS, build_rows, describe, funding_amount, item_as_text, kind_label, ordered_evidence,
)
from tui.widgets.item_list import MARK_WIDTH, column_widths

# ---------------------------------------------------------------- columns


def test_funding_amount_with_its_qualifier_is_never_cut_first():
    columns = COLUMNS["funding"]
    amount = "at least CNY 3.2bn"
    natural = [len(amount), len("USD 440m"), len("funding"), 30, 12]
    for width in range(40, 80):
        widths = column_widths(columns, width, natural)
        assert widths[0] >= len(amount), (width, widths)


def test_wide_panels_fit_the_amount_column_to_its_longest_cell():
    columns = COLUMNS["funding"]
    natural = [len("at least CNY 3.2bn"), 0, 7, 40, 10]
    widths = column_widths(columns, 200, natural)
    assert widths[0] == len("at least CNY 3.2bn")
    assert sum(widths) + MARK_WIDTH + len(columns) == 200


def test_narrow_people_panel_keeps_the_name_longest():
    columns = COLUMNS["people"]
    widths = column_widths(columns, 34)
    name, role, organisation, _ = widths
    assert name >= 14 and name > role and name > organisation


def test_goal_text_keeps_its_width_before_the_actor():
    columns = COLUMNS["goals"]
    widths = column_widths(columns, 36, [10, 0, 0])
    assert widths[1] >= 20 > widths[2]


# ---------------------------------------------------------------- funding says the same everywhere

def _pledge(kind: str = "funding") -> Funding:
    return Funding(3_200_000_000, "CNY", kind, "at least 3.2 billion yuan", qualifier="at least",
                   funder="State Grid", recipient="Tianjin University")


def test_list_detail_copy_and_markdown_keep_the_qualifier():
    pledge = _pledge()
    brief = Brief(funding=[pledge])
    row = build_rows(brief, "funding")[0]
    assert row.cells[0] == "at least CNY 3.2bn"
    assert describe(pledge).startswith("at least CNY 3.2bn")
    assert item_as_text(pledge, brief).splitlines()[0].startswith("Funding: at least CNY 3.2bn")
    assert "**at least CNY 3,200,000,000**" in render_note(brief)


def test_the_word_funding_is_said_once_in_the_detail():
    pledge = _pledge()
    header = f"{kind_label(pledge).capitalize()}  {describe(pledge)}"
    assert header.lower().count("funding") == 1
    other = _pledge("other")
    assert kind_label(other) == "other amount" and "funding" not in describe(other).lower()


def test_notes_on_funding_name_the_amount_with_its_qualifier():
    from briefs.model import Curation, item_id

    pledge = _pledge()
    brief = Brief(funding=[pledge], curation={item_id(pledge): Curation(note="check the yuan")})
    assert "**at least CNY 3,200,000,000** (funding): check the yuan" in render_note(brief)


# ---------------------------------------------------------------- evidence order

WIRE = "The ministry aims to finish the rail link by January 2025, officials said."
LOCAL = "The ministry aims to finish the rail link by January next year, the paper reported."


def test_the_evidence_that_gave_the_goals_wording_comes_first():
    wire, local = Article("w", "w.txt", WIRE), Article("l", "l.txt", LOCAL)
    words = "aims to finish the rail link by January next year"
    goal = Goal(words, "The ministry", "2025-01", [
        Evidence("w", WIRE, 12, 48), Evidence("l", LOCAL, 12, 12 + len(words))])
    assert [e.article for e in ordered_evidence(goal)] == ["l", "w"]
    shown = evidence_view(goal, Brief(articles=[wire, local], goals=[goal]), 0, Styles())
    assert "January next year, the paper reported" in shown.plain
    assert "Evidence 1 of 2 · l.txt" not in shown.plain  # untitled: a label, not the path


def test_evidence_order_is_stable_when_every_sentence_or_none_holds_the_words():
    goal = Goal("something else entirely", evidence=[Evidence("a", "x", 0, 1), Evidence("b", "y", 0, 1)])
    assert [e.article for e in ordered_evidence(goal)] == ["a", "b"]


# ---------------------------------------------------------------- boilerplate in the evidence

LINKED = ("Student leaders welcomed the budget. The [success has been attributed to lobbying]"
          "(http://example.org/story?id=198) by the union, the paper said.")


def _linked_article() -> Article:
    open_at = LINKED.index("[")
    close_at = LINKED.index("](")
    link_end = LINKED.index(")", close_at) + 1
    return Article("a", "a.md", LINKED, boilerplate=[(open_at, open_at + 1), (close_at, link_end)])


def test_link_syntax_is_left_out_and_the_highlight_stays_on_the_words():
    article = _linked_article()
    start = LINKED.index("lobbying")
    sentence = LINKED[LINKED.index("The ["):]
    styles = Styles()
    shown = highlight_paragraph(article, Evidence("a", sentence, start, start + len("lobbying")), styles)
    assert shown.plain == ("Student leaders welcomed the budget. The success has been attributed "
                           "to lobbying by the union, the paper said.")
    matched = [shown.plain[s.start:s.end] for s in shown.spans if s.style == styles.match]
    assert matched == ["lobbying"]
    underlined = [shown.plain[s.start:s.end] for s in shown.spans if s.style == styles.sentence]
    assert underlined == ["The success has been attributed to lobbying by the union, the paper said."]


def test_boilerplate_holding_the_items_own_words_stays_visible():
    text = "Photo: Jane Roe/Reuters\n\nThe mayor spoke."
    article = Article("a", "a.txt", text, boilerplate=[(0, 23)])
    start = text.index("Jane Roe")
    shown = highlight_paragraph(article, Evidence("a", "Photo: Jane Roe/Reuters", start, start + 8),
                                Styles())
    assert "Jane Roe" in shown.plain


def test_the_source_detail_skips_front_matter():
    text = "---\nlayout: post\ntitle: x\n---\n\nThe council met on Monday. It agreed the plan."
    article = Article("a", "a.md", text, boilerplate=[(0, text.index("\n\nThe"))])
    assert opening_paragraph(article) == "The council met on Monday. It agreed the plan."


# ---------------------------------------------------------------- untitled articles

OPENING = ("date 2024-11-05 Officials during the signing ceremony. Credit: the university.\n\n"
           "Chinese smartphone company Oppo, in collaboration with the Hong Kong Polytechnic "
           "University, is set to launch a joint research centre. It opens next year.")


def _untitled() -> Article:
    return Article("u", "/data/inbox/articles/000_d88d51fb85c6f3fc.txt", OPENING,
                   date="2024-11-05", boilerplate=[(0, OPENING.index("\n\n"))])


def test_an_untitled_article_is_labelled_by_its_first_sentence():
    article = _untitled()
    label = untitled_label(article)
    assert label.startswith("Chinese smartphone company Oppo") and label.endswith("…")
    assert len(label) <= 61
    assert article.title is None  # the label is for display only


def test_untitled_sources_show_the_label_and_the_file_name_apart():
    article = _untitled()
    row = build_rows(Brief(articles=[article]), "sources")[0]
    assert row.cells[1] == display_title(article)
    assert row.cells[4] == "000_d88d51fb85c6f3fc.txt"
    assert "/data/" not in row.cells[1]


def test_markdown_names_untitled_and_stdin_articles_readably():
    note = render_note(Brief(articles=[_untitled(), Article("s", "-", "Rates rose again. Banks")]))
    sources = note.split("## Sources", 1)[1]
    assert "“Chinese smartphone company Oppo, in collaboration with the…” (untitled)" in sources
    assert "“Rates rose again.” (untitled) (standard input)" in sources
    assert "\\-" not in sources


def test_an_article_with_no_prose_is_untitled():
    assert display_title(Article("e", "e.txt", "   \n\n 2024 ")) == "Untitled"
