"""Patterns skipped by their cheap word guards would not have matched: same results as a full scan."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.extract import dates, goals
from briefs.model import Article
from briefs.text import Triggers, parse, words

WORDS = ["the", "plan", "will", "to", "open", "in", "March", "2026", "next", "year", "by", "Friday",
         "aims", "is", "set", "expected", "launch", "date", "due", "Q3", "first", "half", "of",
         "fiscal", "FY25", "tonight", "three", "weeks", "ago", "summer", "\u0131", "Tonıght", "SEPT.",
         "5", "\u2019s", ",", ".", "\u201c", "\u00a312m", "target", "working", "towards", "decade",
         # phrases the narrower guards look for, and letters case folding treats apart
         "1 April 2020", "2014-15", "H1 2025", "H2 2026", "the spring of 2019", "2020-03-04", "FR\u0130DAY",
         "SPR\u0130NG 2021", "\u017fept", "is to", "set to", "aims to", "to be built", "as planned",
         ", with a target", "aimed at", "developing", "are cutting", "$5m to", "designed to", "being considered",
         "its goal is to", "a plan to", "\n", "would like to", "going to", "due to", "scheduled for",
         "ring-fenced", "\u00a35m", "yuan", "roll-out date is", "is on track to", "in talks", "working toward",
         "they're", "being drawn up", "to be rolled out", "the planned", "as originally agreed", "the aims of",
         "has earmarked", "for", "plans for", "would", "could", "will", "priority", "focus for"]


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
    assert goals._cues(parsed, 0, end) == _unguarded_cues(parsed, 0, end)


def _unguarded_cues(parsed, start, end):
    original = goals._triggers
    everything = Triggers([() for _ in goals._patterns()])
    try:
        goals._triggers = lambda: everything
        return goals._cues(parsed, start, end)
    finally:
        goals._triggers = original


def test_every_cue_kind_has_a_guard():
    assert all(guard for _, _, guard in goals._patterns())


def test_a_sentence_tells_its_words_once_and_lower_case():
    parsed = parse(Article("a", "a.txt", "They're raising \u00a312m. Next."))
    first = parsed.sentences[0]
    assert parsed.sentence_words(first) == {"they", "'", "re", "raising", "\u00a3", "12m", "."}
    assert parsed.sentence_words(first) is parsed.sentence_words(first)


def test_triggers_admit_what_every_group_allows_in_order():
    triggers = Triggers([(frozenset({"to"}), frozenset({"be"})), (), (frozenset({"will", "shall"}),)])
    assert triggers.admitted(words("We shall go to be")) == [0, 1, 2]
    assert triggers.admitted(words("We go to it")) == [1]


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
    assert [_unguarded_cues(p, a, b) for p, a, b in units] == guarded_cues
    date_guard = dates._scanned
    try:
        dates._scanned = lambda span, has_digit: [(p, r) for p, r, _ in dates._PATTERNS]
        assert [dates._find_dates.__wrapped__(p.text, a, b, "2024-05-01") for p, a, b in units] == guarded_dates
    finally:
        dates._scanned = date_guard


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


@pytest.mark.parametrize("entries", [goals._SCHEDULED, goals._RESOLVED, goals._PROGRESSIVE, goals._PLAN_VERBS,
                                     goals._NEEDED, goals._DIRECTED, goals._BEING, goals._TO_BE, goals._DESIGNED,
                                     goals._PLANNED, goals._ALLOCATED, goals._AS_PLANNED, goals._AIMS,
                                     goals._WITH_TARGET, goals._SCHEDULE])
def test_every_word_of_a_declared_list_finds_its_cue(entries):
    # each list is both a pattern's alternation and its guard: a word the guard lacked would be a
    # cue that can never match
    for entry in entries:
        phrase = entry.split("(?")[0]
        for frame in ("The firm is {} its head office by 2026.", "The firm has {} to open by 2026.",
                      "It is to be {} to build $5m for roads, with a {} of 3, as {} by 2026.",
                      "The {} of the group is {} for the {} date is due.", "Plans are being {} now."):
            text = frame.replace("{}", phrase)
            parsed = parse(Article("a", "a.txt", text))
            assert goals._cues(parsed, 0, len(text)) == _unguarded_cues(parsed, 0, len(text)), text


def test_declared_lists_find_their_cues():
    cases = {"The firm is relocating its head office by 2026.": "planverb",
             "The road is ring-fenced for repairs.": "scheduled",
             "The council is working toward a deal.": "progressive",
             "The museum hopes to be housed in the old mill.": "tobe",
             "The roll-out date is June.": "schedule"}
    for text, kind in cases.items():
        parsed = parse(Article("a", "a.txt", text))
        assert kind in {c.kind for c in goals._cues(parsed, 0, len(text))}, text


AMOUNT_WORDS = ["$5", "5", "US", "$", "US$", "U.S.$", "Mex$", "\u00a3", "1,000", "49\u00a0000", "half", "a", "an",
                "fifteen", "million", "MILLION", "Billion", "trillion", "thousand", "tillion", "dollars", "pounds",
                "euros", "yuan", "rand", "R", "N", "RMB", "2.5bn", "30m", "in", "2002", "\t", "\n", "(", ")", "-",
                "to", "of", "(US$5m)", "a1", "\u0131", "\u017f", "millions"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(AMOUNT_WORDS), min_size=1, max_size=20), st.sampled_from(["", " "]))
def test_amounts_found_near_digits_are_those_of_a_full_scan(words_, joiner):
    from briefs.extract import money
    text = joiner.join(words_)
    full = [(m.span(), m.groupdict()) for m in money._pattern().finditer(text)]
    assert [(m.span(), m.groupdict()) for m in money._matches(text)] == full


def test_locale_cues_count_whole_words_only():
    from briefs.extract import money
    assert money._count_cue("US", "US, USA, $US, _US, the US's, US") == 3
    assert money._count_cue(".nz", "see scoop.co.nz/x and x.nzz") == 1
