"""Patterns skipped by their cheap word guards would not have matched: same results as a full scan."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.extract import dates, goals
from briefs.model import Article
from briefs.text import parse

WORDS = ["the", "plan", "will", "to", "open", "in", "March", "2026", "next", "year", "by", "Friday",
         "aims", "is", "set", "expected", "launch", "date", "due", "Q3", "first", "half", "of",
         "fiscal", "FY25", "tonight", "three", "weeks", "ago", "summer", "\u0131", "Tonıght", "SEPT.",
         "5", "\u2019s", ",", ".", "\u201c", "\u00a312m", "target", "working", "towards", "decade"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_date_guards_change_nothing(words):
    text = " ".join(words)
    guarded = dates.find_dates(text, article_date="2024-05-01")
    original = dates._may_match
    try:
        dates._may_match = lambda needs, folded, has_digit: True
        full = dates.find_dates(text, article_date="2024-05-01")
    finally:
        dates._may_match = original
    assert guarded == full


def test_look_alike_letters_are_no_date_and_no_crash():
    # the dotless i matches 'i' case-insensitively, but the words' lookups do not know it
    assert dates.find_dates("They leave tonıght, not on Frıday.", article_date="2024-05-01") == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_goal_cue_guards_change_nothing(words):
    parsed = parse(Article("a", "a.txt", " ".join(words) + "."))
    end = len(parsed.text)
    guarded = goals._cues(parsed, 0, end)
    original = goals._NEEDS
    try:
        goals._NEEDS = {}
        full = goals._cues(parsed, 0, end)
    finally:
        goals._NEEDS = original
    assert guarded == full
