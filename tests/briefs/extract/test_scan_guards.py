"""Patterns skipped by their cheap word guards would not have matched: same results as a full scan."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.extract import dates, goals
from briefs.model import Article
from briefs.text import parse

WORDS = ["the", "plan", "will", "to", "open", "in", "March", "2026", "next", "year", "by", "Friday",
         "aims", "is", "set", "expected", "launch", "date", "due", "Q3", "first", "half", "of",
         "fiscal", "FY25", "tonight", "three", "weeks", "ago", "summer", "\u0131", "Tonıght", "SEPT.",
         "5", "\u2019s", ",", ".", "\u201c", "\u00a312m", "target", "working", "towards", "decade",
         # phrases the narrower guards look for, and letters case folding treats apart
         "1 April 2020", "2014-15", "H1 2025", "H2 2026", "the spring of 2019", "2020-03-04", "FR\u0130DAY",
         "SPR\u0130NG 2021", "\u017fept", "is to", "set to", "aims to", "to be built", "as planned",
         ", with a target", "aimed at", "developing", "are cutting", "$5m to", "designed to", "being considered",
         "its goal is to", "a plan to", "\n", "would like to", "going to", "due to", "scheduled for"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_date_guards_change_nothing(words):
    text = " ".join(words)
    guarded = dates._find_dates.__wrapped__(text, 0, len(text), "2024-05-01")  # not memoised
    original = dates._scanned
    try:
        dates._scanned = lambda span, has_digit: [(p, r) for p, r, _ in dates._PATTERNS]
        full = dates._find_dates.__wrapped__(text, 0, len(text), "2024-05-01")
    finally:
        dates._scanned = original
    assert guarded == full


def test_memoised_dates_come_as_a_new_list_each_time():
    text = "The plant will open by March 2027."
    first = dates.find_dates(text, article_date="2024-05-01")
    first.clear()
    assert [d.value for d in dates.find_dates(text, article_date="2024-05-01")] == ["2027-03"]


def test_look_alike_letters_are_no_date_and_no_crash():
    # the dotless i matches 'i' case-insensitively, but the words' lookups do not know it
    assert dates.find_dates("They leave tonıght, not on Frıday.", article_date="2024-05-01") == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
def test_goal_cue_guards_change_nothing(words):
    parsed = parse(Article("a", "a.txt", " ".join(words) + "."))
    end = len(parsed.text)
    guarded = goals._cues(parsed, 0, end)
    original = goals._guarded_out
    try:
        goals._guarded_out = lambda needs, unit: False
        full = goals._cues(parsed, 0, end)
    finally:
        goals._guarded_out = original
    assert guarded == full


def test_every_cue_kind_has_a_guard_but_those_meant_to_run_always():
    assert {kind for kind, _ in goals._patterns()} - set(goals._guards()) == set()


def _seed_units():
    from pathlib import Path

    from briefs import ingest
    seeds = Path(__file__).resolve().parents[3] / "seeds"
    for article in ingest.load([str(seeds)]).articles:
        parsed = parse(article)
        for sentence in parsed.sentences:
            for start, end in goals._units(parsed.text, sentence.start, sentence.end):
                yield parsed, start, end


def test_guards_change_nothing_on_the_seed_articles():
    units = list(_seed_units())
    assert units
    guarded_cues = [goals._cues(p, a, b) for p, a, b in units]
    guarded_dates = [dates._find_dates.__wrapped__(p.text, a, b, "2024-05-01") for p, a, b in units]
    cue_guard, date_guard = goals._guarded_out, dates._scanned
    try:
        goals._guarded_out = lambda needs, unit: False
        dates._scanned = lambda span, has_digit: [(p, r) for p, r, _ in dates._PATTERNS]
        assert [goals._cues(p, a, b) for p, a, b in units] == guarded_cues
        assert [dates._find_dates.__wrapped__(p.text, a, b, "2024-05-01") for p, a, b in units] == guarded_dates
    finally:
        goals._guarded_out, dates._scanned = cue_guard, date_guard


MONEY_WORDS = ["99p", "5", "pence", "PENCE", "20", "euro", "cents", "eurocents", "Cent", "3.5", "p", "1,000",
               "\u00a0", "$", "costs", "a", "bus", "fare", "of", "\u017fents", "7p.", "\n"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(MONEY_WORDS), min_size=1, max_size=20))
def test_subunit_guards_change_nothing(words):
    import re

    from briefs.extract import money
    text = " ".join(words)
    locale = money._Locale(text)
    guarded = money._scan_subunits(text, locale)
    original = money._subunits
    unguarded = tuple((p, c, s, re.compile("")) for p, c, s, _ in original())
    try:
        money._subunits = lambda: unguarded
        full = money._scan_subunits(text, locale)
    finally:
        money._subunits = original
    assert guarded == full


def test_every_plan_verb_of_the_pattern_passes_its_guard():
    # The guard's word list is a second copy of the pattern's verbs: a verb missing there is a cue
    # that can never match.
    verbs = re.search(r"\(\?:(axing\|[^)]*)\)", _planverb_source()).group(1).split("|")
    for verb in (v.replace(r"\s+", " ") for v in verbs):
        parsed = parse(Article("a", "a.txt", f"The firm is {verb} its head office by 2026."))
        assert not goals._guarded_out(goals._NEEDS["planverb"], parsed.text), verb


def _planverb_source() -> str:
    import inspect

    source = inspect.getsource(goals)
    start = source.index('("planverb"')
    return "".join(re.findall(r'r"([^"]*)"', source[start:source.index("),\n", start)]))
