"""The Markdown briefing note: its structure as CommonMark sees it, its content, and its escaping."""
from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefs.export import render
from briefs.export.markdown import inline, render_note, title_of
from briefs.model import (
    Article, Brief, Conflict, Curation, Evidence, Funding, Goal, Organisation, Person, Quote,
    item_id,
)
from briefs.safe_text import BIDI_CONTROLS, INVISIBLE

from export_sample import GOLDEN, sample_brief

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])


# ---------------------------------------------------------------- reading the note back

def tokens(note: str) -> list[Token]:
    return MD.parse(note)


def plain(token: Token) -> str:
    """The text a reader sees in an inline token: escapes resolved, breaks as spaces."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "text_special", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out)


def headings(note: str) -> list[tuple[str, str]]:
    toks = tokens(note)
    return [(t.tag, plain(toks[i + 1])) for i, t in enumerate(toks) if t.type == "heading_open"]


def table_rows(note: str) -> list[list[str]]:
    toks = tokens(note)
    rows, row = [], None
    for i, t in enumerate(toks):
        if t.type == "tr_open":
            row = []
        elif t.type in ("th_open", "td_open"):
            row.append(plain(toks[i + 1]))
        elif t.type == "tr_close":
            rows.append(row)
    return rows


def section(note: str, title: str) -> list[Token]:
    """The tokens between `## title` and the next level-2 heading."""
    toks = tokens(note)
    start = next(i for i, t in enumerate(toks)
                 if t.type == "heading_open" and t.tag == "h2" and plain(toks[i + 1]) == title)
    end = next((i for i in range(start + 3, len(toks))
                if toks[i].type == "heading_open" and toks[i].tag == "h2"), len(toks))
    return toks[start + 3:end]


def list_items(note: str, title: str) -> list[str]:
    """The plain text of each list item's paragraph in a section."""
    toks = section(note, title)
    return [plain(toks[i + 2]) for i, t in enumerate(toks) if t.type == "list_item_open"]


def blockquotes(note: str) -> list[list[str]]:
    out, depth, current = [], 0, []
    toks = tokens(note)
    for i, t in enumerate(toks):
        if t.type == "blockquote_open":
            depth, current = depth + 1, []
        elif t.type == "blockquote_close":
            depth -= 1
            out.append(current)
        elif depth and t.type == "inline":
            current.append(plain(t))
    return out


def literal(text: str) -> str:
    """What `inline` should leave of a text for the reader: one line, no control characters,
    no bidi controls or zero-width characters (they would reorder or hide words)."""
    visible = "".join(c for c in text if c.isspace() or not (ord(c) < 32 or 0x7f <= ord(c) <= 0x9f
                                                             or c in BIDI_CONTROLS | INVISIBLE))
    return " ".join(visible.split())


# ---------------------------------------------------------------- the sample brief

def test_note_matches_golden_file(brief, update_golden):
    golden = GOLDEN / "sample-brief.md"
    note = render(brief, "md")
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(note, encoding="utf-8")
    assert note == golden.read_text(encoding="utf-8")


def test_note_has_the_expected_headings(brief):
    assert headings(render_note(brief)) == [
        ("h1", "Helix and Northbridge battery institute"),
        ("h2", "People"), ("h2", "Organisations"), ("h2", "Funding"), ("h2", "Goals"),
        ("h2", "Quotes"), ("h2", "Disputed facts"), ("h2", "Notes"), ("h2", "Sources"),
    ]


def test_dateline_gives_the_date_range_and_number_of_sources(brief):
    toks = tokens(render_note(brief))
    assert plain(toks[4]) == "2025-03-03 to 2025-03-05 · 2 sources"


def test_people_table_has_name_role_organisation_and_sources(brief):
    assert table_rows(render_note(brief)) == [
        ["Name", "Role", "Organisation", "Sources"],
        ["Amara Okafor", "vice-chancellor", "Northbridge University", "[1]"],
        ["Tom Reyes", "chief executive", "Helix Energy", "[1], [2]"],
    ]


def test_overview_says_who_how_much_what_and_when_from_the_facts(brief):
    overview = plain(tokens(render_note(brief))[7])
    assert overview.startswith("This briefing covers Helix Energy and Northbridge University, "
                               "with Tom Reyes (chief executive, Helix Energy) and Amara Okafor "
                               "(vice-chancellor, Northbridge University).")
    # The Post gives £12.5m: it is cited for that figure, not for the £12m shown.
    assert ("The main funding is GBP 12,000,000 (≈ USD 15,200,000) (disputed: £12.5m [2]) from "
            "Helix Energy to Northbridge Battery Institute, over four years [1].") in overview
    assert ("Goals: Northbridge Battery Institute — expected to open by September 2025 "
            "(by 2025-09) [1];") in overview


def test_overview_of_an_empty_brief_says_nothing_was_found():
    note = render_note(Brief())
    assert headings(note) == [("h1", "Briefing")]
    assert "No people, organisations, funding or goals were found." in note
    assert "No sources" in note


def test_funding_shows_amount_equivalent_parties_period_and_kind(brief):
    assert list_items(render_note(brief), "Funding") == [
        "GBP 12,000,000 (≈ USD 15,200,000) (disputed: £12.5m [2]): Helix Energy → "
        "Northbridge Battery Institute; over four years; funding [1]",
        "GBP 4.12: other amount [2]",
    ]


def test_funding_with_one_party_and_a_qualifier():
    a = Article("a", "a.txt", "Acme pledged up to $2.5m to the fund.")
    f = Funding(2_500_000.5, "USD", kind="funding", qualifier="up to", recipient="the fund",
                evidence=[Evidence("a", a.text, 12, 23)])
    items = list_items(render_note(Brief(articles=[a], funding=[f])), "Funding")
    assert items == ["up to USD 2,500,000.5: to the fund; funding [1]"]


def test_goals_are_sorted_by_deadline_with_undated_last(brief):
    assert list_items(render_note(brief), "Goals") == [
        "2025-09: Northbridge Battery Institute — expected to open by September 2025 [1]",
        "No deadline: The institute — aims to train 40 doctoral researchers in solid-state "
        "chemistry [1]",
        "No deadline: The university — plans to expand the institute to a second campus [2]",
    ]


def test_a_bare_year_is_due_after_the_months_of_that_year():
    goals = [Goal("g-undated"), Goal("g-2026", deadline="2026"), Goal("g-odd", deadline="soon"),
             Goal("g-2026-03", deadline="2026-03"), Goal("g-2025-12-01", deadline="2025-12-01")]
    items = list_items(render_note(Brief(goals=goals)), "Goals")
    assert [i.split(": ", 1)[1] for i in items] == [
        "g-2025-12-01", "g-2026-03", "g-2026", "g-odd", "g-undated"]


def test_quotes_are_blockquotes_with_their_speaker(brief):
    assert blockquotes(render_note(brief)) == [
        ["This is the largest industry partnership in our history,", "— Amara Okafor [1]"],
        ["a pipeline of engineers, not just patents", "— Tom Reyes [1]"],
        ["move faster than any lab we could build alone", "— Tom Reyes [2]"],
    ]


def test_a_quote_keeps_its_paragraphs_and_an_unknown_speaker_says_so():
    q = Quote("First point.\n\nSecond point.")
    assert blockquotes(render_note(Brief(quotes=[q]))) == [
        ["First point.", "Second point.", "— Unattributed"]]


def test_disputed_facts_list_each_value_with_its_sources(brief):
    assert list_items(render_note(brief), "Disputed facts") == [
        "GBP 12,000,000 (funding), amount: £12m [1]; £12.5m [2]"]


def test_dropped_items_are_left_out_everywhere(brief):
    note = render_note(brief)
    assert "Jo Lane" not in note
    assert [i.split(" [")[0] for i in list_items(note, "Organisations")] == [
        "Helix Energy (also Helix)", "Northbridge University", "Northbridge Battery Institute"]


def test_a_dropped_item_with_a_conflict_or_note_stays_out():
    person = Person("Ann Bee", conflicts=[Conflict("role", "chair", [])])
    brief = Brief(people=[person], curation={item_id(person): Curation(False, "wrong person")})
    note = render_note(brief)
    assert "Ann Bee" not in note and "wrong person" not in note
    assert headings(note) == [("h1", "Briefing")]


def test_noted_items_show_their_notes(brief):
    assert list_items(render_note(brief), "Notes") == [
        "Tom Reyes (person): Ask for an interview.",
        "GBP 12,000,000 (funding): Check the figure with Helix's press office: the Post says "
        "£12.5m.",
    ]


def test_sources_are_numbered_with_title_outlet_date_and_path(brief):
    toks = section(render_note(brief), "Sources")
    assert toks[0].type == "ordered_list_open"
    assert list_items(render_note(brief), "Sources") == [
        "Helix Energy and Northbridge University to open battery institute — Campus Review, "
        "2025-03-03 (articles/helix-northbridge.txt)",
        "£12.5m battery deal puts Leeds on the map — Leeds Post, 2025-03-05 "
        "(articles/leeds-post-battery.html)",
    ]


def test_an_untitled_source_is_labelled_by_its_first_sentence():
    note = render_note(Brief(articles=[Article("x", "notes/x.txt", "Rates rose again. Then fell.")]))
    assert list_items(note, "Sources") == ["\u201cRates rose again.\u201d (untitled) (notes/x.txt)"]


def test_an_untitled_source_with_no_text_at_all():
    note = render_note(Brief(articles=[Article("x", "notes/x.txt", "")]))
    assert list_items(note, "Sources") == ["Untitled (notes/x.txt)"]


def test_citations_follow_the_articles_order():
    a, b = Article("a", "a.txt", "Zed Corp."), Article("b", "b.txt", "Zed Corp.")
    org = Organisation("Zed Corp", evidence=[Evidence("b", "Zed Corp.", 0, 8),
                                             Evidence("a", "Zed Corp.", 0, 8),
                                             Evidence("gone", "x", 0, 1)])
    note = render_note(Brief(articles=[a, b], organisations=[org]))
    assert list_items(note, "Organisations") == ["Zed Corp [1], [2]"]


# ---------------------------------------------------------------- titles

def test_title_is_the_users_title_else_the_story_else_the_main_organisations():
    a = Article("a", "a.txt", "x", story="Battery institute")
    orgs = [Organisation("Small Co", evidence=[Evidence("a", "x", 0, 1)]),
            Organisation("Big Co", evidence=[Evidence("a", "x", 0, 1), Evidence("b", "x", 0, 1)]),
            Organisation("Mid Co", evidence=[Evidence("a", "x", 0, 1)] * 2)]
    assert title_of(Brief(title="  My  briefing ", articles=[a])) == "My briefing"
    assert title_of(Brief(title=" ", articles=[a])) == "Battery institute"
    assert title_of(Brief(organisations=orgs)) == "Big Co and Mid Co"
    dropped = Brief(organisations=orgs, curation={item_id(orgs[1]): Curation(kept=False)})
    assert title_of(dropped) == "Mid Co and Small Co"
    assert title_of(Brief()) == "Briefing"


# ---------------------------------------------------------------- escaping

HOSTILE = "| pipe | # x\n> quoted\n- item\n1. one <script>alert(1)</script> [link](x) *em* `code` \\"


def hostile_brief(text: str) -> Brief:
    """Every place a note shows article or user text, holding `text`."""
    a = Article("a", text or "p", "body", title=text, source=text, date="2025-01-02")
    ev = [Evidence("a", "body", 0, 4)]
    person = Person(text, roles=[text], organisations=[text], evidence=ev)
    org = Organisation(text, aliases=[text], evidence=ev)
    money = Funding(5, text, kind="funding", qualifier=text, period=text, funder=text,
                    recipient=text, evidence=ev)
    goal = Goal(text, actor=text, deadline=text, evidence=ev)
    quote = Quote(text, speaker=text, evidence=ev,
                  conflicts=[Conflict(text, text, ["a"])])
    return Brief(articles=[a], people=[person], organisations=[org], funding=[money], goals=[goal],
                 quotes=[quote], title=text, curation={item_id(org): Curation(note=text)})


def shape(note: str) -> list[tuple[str, str]]:
    """The note's block structure, without its text (nor a quote's paragraphs, which it keeps)."""
    out, depth = [], 0
    for t in tokens(note):
        depth += {"blockquote_open": 1, "blockquote_close": -1}.get(t.type, 0)
        if t.type != "inline" and not (depth and t.type.startswith("paragraph")):
            out.append((t.type, t.tag))
    return out


BENIGN_SHAPE = shape(render_note(hostile_brief("plain words")))


def assert_literal(note: str, text: str) -> None:
    assert shape(note) == BENIGN_SHAPE
    toks = tokens(note)
    children = [c for t in toks if t.type == "inline" for c in t.children or []]
    assert not [c for c in children if c.type in (
        "html_inline", "link_open", "image", "code_inline", "em_open", "s_open", "hardbreak",
        "softbreak")]
    assert not [t for t in toks if t.type in ("html_block", "code_block", "fence", "hr")]
    assert headings(note)[0] == ("h1", literal(text) or "Briefing")
    assert table_rows(note)[1][:3] == [literal(text)] * 3
    assert " ".join(blockquotes(note)[0][:-1]) == literal(text)


def test_hostile_text_stays_literal_text():
    note = render_note(hostile_brief(HOSTILE))
    assert_literal(note, HOSTILE)
    assert "<script>" not in MD.render(note)


def test_hostile_text_keeps_markup_characters_visible():
    note = render_note(hostile_brief("[bold]x[/bold] &amp; &#65; ~~gone~~ a_b_c **b**"))
    assert table_rows(note)[1][0] == "[bold]x[/bold] &amp; &#65; ~~gone~~ a_b_c **b**"


def test_control_characters_and_terminal_escapes_are_dropped():
    assert inline("red\x1b[31m\x00 text\x07") == "red\\[31m text"


def test_inline_escapes_block_markers_only_at_the_start():
    assert inline("- a - b") == "\\- a - b"
    assert inline("+ a") == "\\+ a"
    assert inline("> a > b") == "\\> a \\> b"
    assert inline("2024. A year") == "2024\\. A year"
    assert inline("3) three") == "3\\) three"
    assert inline("=== ") == "\\==="
    assert inline("A.B. 1. x") == "A.B. 1. x"


MARKDOWN_CHARS = st.sampled_from(list("\\`*_[]<>#|~&!-+=.()0123456789:;/\"' \n\t\r") +
                                 ["&amp;", "&#65;", "<b>", "](x)", "\x1b[1m", "\u2028", "\x00"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(MARKDOWN_CHARS, st.text(min_size=1, max_size=3)), max_size=12)
       .map("".join).filter(literal))
def test_any_text_stays_literal_and_keeps_the_layout(text):
    assert_literal(render_note(hostile_brief(text)), text)


def test_blank_text_gets_stand_ins_not_broken_markup():
    note = render_note(hostile_brief(" \n\x1b "))
    assert headings(note)[0] == ("h1", "Briefing")
    assert "covers ," not in note and "****" not in note
    assert blockquotes(note) == [["(blank)", "— Unattributed [1]"]]


def test_rendering_does_not_change_the_brief(brief):
    before = dataclasses.replace(sample_brief())
    render_note(brief)
    assert brief == before


def test_a_person_s_organisation_is_listed_once_in_the_note_whatever_form_the_articles_used():
    ev = Evidence("a1", "Dr Ana Ruiz of the Northgate Institute of Technology (NIT) spoke.", 3, 11)
    brief = Brief(
        articles=[Article("a1", "a1.txt", ev.sentence)],
        people=[Person("Ana Ruiz", roles=["director"],
                       organisations=["NIT", "Northgate Institute of Technology", "Harbour Bank"],
                       evidence=[ev]),
                Person("Tom Reyes", organisations=["Civic Trust"], evidence=[ev])],
        organisations=[Organisation("Northgate Institute of Technology", aliases=["NIT"], evidence=[ev]),
                       Organisation("Harbour Bank", evidence=[ev])],
    )
    note = render_note(brief)
    assert "| Ana Ruiz | director | NIT; Harbour Bank |" in note
    assert "| Tom Reyes |  | Civic Trust |" in note  # a form no organisation has is kept as written
