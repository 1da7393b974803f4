"""Title, date and source read from an article's own text (briefs.metadata)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.metadata import (
    block_spans,
    find_dateline_source,
    find_title,
    find_top_date,
    host_of,
    line_spans,
    parse_date,
    parse_front_matter,
    read_metadata,
)

FRONT = """---
layout: post
title: >
  Harbour city wins grant
  for tidal energy trial
subtitle: "A pilot off the north quay"
date: "2021-06-08 14:05:10 +0100"
source-url: https://www.northquaynews.example/energy/tidal.html
tags:
  - energy
---
The council has won a grant to test tidal turbines.
"""


# ------------------------------------------------------------------ front matter

def test_front_matter_folded_title_date_with_time_and_url_host():
    meta = read_metadata(FRONT)
    assert meta.title == "Harbour city wins grant for tidal energy trial"
    assert meta.date == "2021-06-08"
    assert meta.source == "northquaynews.example"
    assert meta.front_matter == (0, FRONT.index("---\nThe") + 3)
    assert meta.body_start == meta.front_matter[1]


def test_front_matter_fields_are_unquoted_and_lists_skipped():
    front = parse_front_matter(FRONT)
    assert front is not None
    assert front.fields["subtitle"] == "A pilot off the north quay"
    assert front.fields["layout"] == "post"
    assert "energy" not in front.fields.get("tags", "")


def test_front_matter_source_field_beats_url_host():
    text = '---\ntitle: "Budget grants"\nsource: "Treasury Office"\nsource_url: http://gov.example/x\n---\nBody.\n'
    assert read_metadata(text).source == "Treasury Office"


def test_front_matter_quoted_date_only():
    text = '---\ntitle: "Grants."\ndate: "2009-01-13"\n---\n\n THE MINISTER\n\n Body text here.\n'
    meta = read_metadata(text)
    assert (meta.title, meta.date) == ("Grants.", "2009-01-13")


def test_front_matter_date_beats_a_date_line_below_it():
    text = "---\ndate: 2014-04-01\n---\nMarch 31, 2014\n\nThe university unveiled an upgrade.\n"
    assert read_metadata(text).date == "2014-04-01"


def test_unclosed_front_matter_is_not_front_matter():
    assert parse_front_matter("---\ntitle: x\nno closing line\n") is None
    assert parse_front_matter("Intro\n---\ntitle: x\n---\n") is None


def test_archived_source_url_gives_the_original_site():
    url = "https://web.archive.org/web/20171119163737/https://www.uni.example.ac.nz/en/news.html"
    assert host_of(url) == "uni.example.ac.nz"
    assert host_of("http://www.Example.COM:8080/a") == "example.com"
    assert host_of("not a url") is None


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize("value, expected", [
    ("2024-11-05", "2024-11-05"),
    ("2010-10-21 19:30:33 +0100", "2010-10-21"),
    ("2023-04-18T10:00:00Z", "2023-04-18"),
    ("2024/3/7", "2024-03-07"),
    ("5 November 2024", "2024-11-05"),
    ("5th Nov 2024", "2024-11-05"),
    ("Nov. 5, 2024", "2024-11-05"),
    ("November 5, 2024", "2024-11-05"),
    ("Sept. 21, 2007", "2007-09-21"),
    ("Thursday, 31 October 2013", "2013-10-31"),
    ("Tue, 05 Nov 2024 10:00:00 GMT", "2024-11-05"),
    (1688371200, "2023-07-03"),
    (1688371200000, "2023-07-03"),
    ("1688371200", "2023-07-03"),
])
def test_parse_date_forms(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", [
    "2024-02-30", "31 Smarch 2024", "next Tuesday", "", None, True, [], {"date": "x"}, "12345", -5,
    10**400, float("nan"), float("inf"),
])
def test_parse_date_refuses_non_dates(value):
    assert parse_date(value) is None


@pytest.mark.parametrize("text, expected", [
    (" date 2022-03-14 Workers at the plant during a shift change. Credit: Handout.\n\nBody.", "2022-03-14"),
    ("Thursday, 31 October 2013\n\nThe Government today announced funding.", "2013-10-31"),
    ("Ferry order confirmed\n\nNov. 5, 2024\n\nThe operator ordered three boats.", "2024-11-05"),
    ("Ferry order confirmed\n\nPublished: November 5, 2024\n\nBody.", "2024-11-05"),
    ("Ferry order confirmed\n\n**Tuesday, 8 June 2021, 2:05 pm**\n\nBody.", "2021-06-08"),
    ("Grants announced\n\n5 November 2024\n\nBody text.", "2024-11-05"),
    ("BRISBANE  13 January 2009\n\nThe minister announced grants.", "2009-01-13"),
    ("Updated 2024-11-05 09:30\n\nBody text.", "2024-11-05"),
])
def test_date_line_near_the_top(text, expected):
    assert read_metadata(text).date == expected


def test_date_inside_a_sentence_is_an_event_not_the_articles_date():
    text = ("Council votes on levee\n\nThe council voted on 5 November 2024 to rebuild the levee "
            "along the east bank, officials said.\n\nWork starts soon.")
    assert read_metadata(text).date is None


def test_date_opening_a_lede_sentence_is_an_event():
    text = "On 5 November 2024, the council voted to rebuild the levee.\n\nWork starts soon."
    assert read_metadata(text).date is None


def test_sentence_opening_with_a_date_is_not_a_date_line():
    text = "5 November 2024 will be remembered as the day the levee held, officials said.\n\nMore."
    assert read_metadata(text).date is None


def test_date_stamp_followed_by_a_dateline_dash():
    assert read_metadata("5 November 2024 -- The council voted to rebuild the levee on Monday.").date == "2024-11-05"


def test_date_deep_in_the_body_is_never_taken():
    lines = [f"Paragraph {n} says nothing about when it was written." for n in range(8)]
    text = "\n\n".join(lines + ["5 November 2024", "More text."])
    assert read_metadata(text).date is None


def test_date_beyond_the_first_characters_is_never_taken():
    text = "Short headline here\n\n" + "A long first paragraph that goes on. " * 15 + "\n\n5 November 2024\n"
    assert find_top_date(text) is None


def test_undated_article_has_no_date():
    text = ("Chip plant to open in the north\n\nA chipmaker will open a plant next year, "
            "creating 800 jobs by 2027.\n\nThe site was bought in 2019.")
    assert read_metadata(text).date is None


def test_find_top_date_returns_the_span_of_the_date():
    text = " date 2024-11-05 Caption here. Credit: X."
    date, (a, b) = find_top_date(text)
    assert date == "2024-11-05" and text[a:b] == "2024-11-05"


# ------------------------------------------------------------------ titles

def test_leading_headline_line_is_the_title():
    text = "Port strike ends after pay deal\n\nDock workers returned on Thursday."
    assert read_metadata(text).title == "Port strike ends after pay deal"
    assert find_title(text)[1] == (0, len("Port strike ends after pay deal"))


def test_headline_with_quotes_and_money():
    assert read_metadata("Steel firm 'to cut' 4,000 jobs\n\nBody.").title == "Steel firm 'to cut' 4,000 jobs"
    assert read_metadata("$2m boost for vet research\n\nBody.").title == "$2m boost for vet research"


def test_markdown_heading_is_the_title():
    text = "# Bridge repairs **finish** early\n\nRepairs finished two weeks ahead of schedule."
    meta = read_metadata(text)
    assert meta.title == "Bridge repairs finish early"
    assert meta.title_span == (0, text.index("\n"))


def test_setext_heading_is_the_title_with_its_underline():
    text = "Wind farm approved\n==================\n\nPlanners approved the farm."
    meta = read_metadata(text)
    assert meta.title == "Wind farm approved"
    assert meta.title_span == (0, text.index("\n\n"))


def test_setext_heading_after_front_matter():
    text = "---\nslug: x\n---\nLibrary opens new wing\n----------------------\n\nBody text."
    assert read_metadata(text).title == "Library opens new wing"


@pytest.mark.parametrize("text", [
    "The council approved the plan on Monday.\n\nMore text.",  # a sentence: ends with a full stop
    "A long opening paragraph that is really the lede\nand wraps onto a second line\n\nMore.",
    "GRANTS AND DONATIONS\n\nSALEM -- A foundation gave grants.",  # shouted label
    "By Jane Smith\n\nThe council approved the plan.",  # byline
    "Workers at the plant. Photo: Handout\n\nThe plant opened.",  # caption
    "5 November 2024\n\nThe plant opened.",  # a date line
    "Only one paragraph without a full stop",  # nothing follows it
    "Recipients include:\n\nThe food bank.",
])
def test_not_a_headline(text):
    assert read_metadata(text).title is None


def test_seed_without_headline_has_no_title():
    text = " date 2024-11-05 PolyU and Oppo representatives during the signing ceremony. Credit: PolyU.\n\nBody."
    assert read_metadata(text).title is None


# ------------------------------------------------------------------ sources

@pytest.mark.parametrize("text, expected", [
    ("FRANKFURT (Reuters) - A chipmaker raised its forecast.", "Reuters"),
    ("Chip forecast raised\n\nNEW YORK (AP) \u2014 Stocks rose on Monday.", "AP"),
    ("WASHINGTON, Nov 5 (Reuters) - The Senate voted.", "Reuters"),
    ("Beijing (Xinhua) -- The ministry said.", "Xinhua"),
    ("SALEM -- The foundation awarded grants.", None),  # a place, not a source
    ("The council approved the plan (in part).", None),
])
def test_dateline_source(text, expected):
    assert read_metadata(text).source == expected


def test_dateline_source_only_near_the_top():
    text = "\n\n".join(["Para one.", "Para two.", "Para three.", "LONDON (Reuters) - Late dateline."])
    assert find_dateline_source(text) is None


# ------------------------------------------------------------------ layout helpers and fuzzing

def test_line_and_block_spans():
    text = "a\nb\n\n  \nc\n"
    assert line_spans(text) == [(0, 1), (2, 3), (4, 4), (5, 7), (8, 9), (10, 10)]
    assert block_spans(text) == [(0, 3), (8, 9)]
    assert block_spans(text, limit=1) == [(0, 3)]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_read_metadata_never_raises_on_any_text(text):
    meta = read_metadata(text)
    assert meta.date is None or len(meta.date) == 10
    for span in (meta.front_matter, meta.title_span):
        if span:
            assert 0 <= span[0] <= span[1] <= len(text)


NEWSY = st.sampled_from([
    "---\n", "title: >\n", "  A title\n", "date: 2024-11-05\n", "# ", "====\n", "\n\n", "\n",
    "LONDON (Reuters) - ", "5 November 2024", "Nov. 5, 2024", " date 2024-13-40 ", "By Jane Smith",
    "Photo: Handout", "The council said.", "\u201cQuote\u201d", "BEAVERTON -- ", "2024-02-29",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(NEWSY | st.text(max_size=5), max_size=30).map("".join))
def test_read_metadata_never_raises_on_newsy_text(text):
    meta = read_metadata(text)
    assert meta.date is None or parse_date(meta.date) == meta.date
    assert 0 <= meta.body_start <= len(text)
    for function in (find_title, find_top_date):
        found = function(text, meta.body_start)
        if found:
            a, b = found[1]
            assert 0 <= a <= b <= len(text)
