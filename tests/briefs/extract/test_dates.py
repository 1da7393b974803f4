"""Deadline normalisation: every date form, against an article date and without one."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from briefs.extract.dates import (
    Deadline, find_dates, normalise_date, pick_deadline, resolve_deadline,
)

DATE = "2021-05-14"  # a Friday
_DATE_VALUE = re.compile(r"\d{4}(-\d{2}){0,2}")


def assert_date_value(value: str | None) -> None:
    """A resolved date is None or YYYY, YYYY-MM or YYYY-MM-DD, nothing else."""
    assert value is None or _DATE_VALUE.fullmatch(value), value


@pytest.mark.parametrize("phrase, article_date, value", [
    ("January next year", DATE, "2022-01"),
    ("by the end of 2025", DATE, "2025"),
    ("within two years", DATE, "2023"),
    ("next month", DATE, "2021-06"),
    ("early 2026", DATE, "2026"),
    ("Q1 2025", DATE, "2025-03"),
    ("the first quarter of 2025", DATE, "2025-03"),
    ("the second half of next year", DATE, "2022-12"),
    ("by 2024-2025", DATE, "2025"),
    ("before 2023/24", DATE, "2024"),
    ("by 1999/00", "1998-01-01", "2000"),
    ("Spring 2005", "2004-12-01", "2005"),
    ("in the fall of 2026", DATE, "2026"),
    ("over the next five years", DATE, "2026"),
    ("over five years", "2009-01-13", "2014"),
    ("over the next five-year period", DATE, "2026"),
    ("a five-year commitment", "2013-10-31", "2018"),
    ("over the next decade", "2013-10-31", "2023"),
    ("by the end of the decade", DATE, "2030"),
    ("by the end of the decade", "2004-02-01", "2010"),
    ("in the coming weeks", "2017-06-29", "2017-07"),
    ("in the coming months", "2017-06-29", "2017"),
    ("in the next three weeks", DATE, "2021-06-04"),
    ("within six months", DATE, "2021-11"),
    ("in two years' time", DATE, "2023"),
    ("by January 2025", DATE, "2025-01"),
    ("by the beginning of 2027", DATE, "2027"),
    ("in early August", "2017-06-29", "2017-08"),
    ("in March", "2017-06-29", "2018-03"),  # a month ahead of the article: next year's
    ("in June", "2017-06-29", "2017-06"),
    ("in May or early June", "2005-01-20", "2005-06"),
    ("on 11 March", "2005-01-20", "2005-03-11"),
    ("on March 11, 2026", DATE, "2026-03-11"),
    ("on 2026-03-11", DATE, "2026-03-11"),
    ("by the end of the year", DATE, "2021"),
    ("later this year", DATE, "2021"),
    ("next spring", DATE, "2022"),
    ("next Friday", DATE, "2021-05-21"),
    ("fiscal 2027", DATE, "2027"),
    ("FY26", DATE, "2026"),
    ("from $81 million in 2025/26 to $125 million in 2029/30", DATE, "2030"),
])
def test_deadline_forms(phrase, article_date, value):
    assert resolve_deadline(phrase, article_date).value == value


def test_range_after_from_starts_in_its_first_year():
    assert resolve_deadline("from the 2022-2023 academic year", DATE).value == "2022"
    assert resolve_deadline("from 2022 to 2025", DATE).value == "2025"


def test_last_friday_resolves_to_the_friday_before():
    assert normalise_date("Oppo last Friday pledged 30m yuan", DATE) == Deadline("2021-05-07", False, "last Friday")


def test_past_dates_are_not_deadlines():
    assert resolve_deadline("Oppo last Friday pledged 30m yuan", DATE).value is None
    assert resolve_deadline("The plant opened in 1998.", DATE).value is None
    assert resolve_deadline("three years ago", DATE).value is None


def test_relative_dates_without_article_date_stay_unresolved():
    for phrase in ("January next year", "next month", "within two years", "over the next five years",
                   "last Friday", "in the coming weeks", "the end of the decade", "in November", "11 March"):
        got = normalise_date(phrase, None)
        assert got.value is None and got.unresolved, phrase
        assert got.text


def test_absolute_dates_need_no_article_date():
    assert resolve_deadline("by January 2025", None) == Deadline("2025-01", False, "January 2025")
    assert resolve_deadline("Spring 2005", None).value == "2005"


def test_a_period_with_no_start_is_no_deadline():
    assert resolve_deadline("over a five-year period", DATE).value is None
    assert resolve_deadline("spread over an 18-month period", DATE).value is None
    assert resolve_deadline("a three-year grant", DATE).value == "2024"


def test_vague_periods_are_no_deadline():
    assert resolve_deadline("in the coming years", DATE) == Deadline(None, False, "")
    assert resolve_deadline("in the years ahead", DATE).value is None
    assert resolve_deadline("the following year", DATE).value is None


@pytest.mark.parametrize("text", [
    "It cut 2,000 jobs.", "The firm employs 2000 people.", "a 2010 target", "in the 1970s",
    "It rose 20.25%.", "It may rain.", "Costs hit $2019m.", "Shares will march higher",
])
def test_numbers_and_words_that_are_not_dates(text):
    assert find_dates(text, article_date=DATE) == []


def test_a_deadline_beats_an_announcement_date_and_the_latest_wins():
    text = "In the 2018 Budget, ministers said they would add $58 million over the next four years"
    assert resolve_deadline(text, "2018-05-17").value == "2022"
    picked = pick_deadline(find_dates("1.5 million by 2007 and 2.25 million by 2010", article_date="2004-11-05"))
    assert picked is not None and picked.value == "2010"


def test_mentions_carry_offsets_into_the_text():
    text = "The centre is expected to be operational by January 2025."
    (mention,) = find_dates(text, article_date=DATE)
    assert text[mention.start:mention.end] == "January 2025"
    assert mention.relation == "by"


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.text(max_size=12)))
def test_never_raises_and_spans_lie_inside(text, article_date):
    assert_date_value(resolve_deadline(text, article_date).value)
    assert_date_value(normalise_date(text, article_date).value)
    for m in find_dates(text, article_date=article_date):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert_date_value(m.value)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "by", "next", "last", "the end of", "2025", "2014/15", "Q4", "March", "11", "year", "month",
    "within", "two", "years", "over", "the", "coming", "weeks", "decade", "Friday", "early", "-",
    "fiscal", "FY", "spring", "of", "half", "first", "ago", "9999", "0000", "31", "February",
]), max_size=8).map(" ".join), st.sampled_from([None, "2024-02-29", "1999-12-31", "2021-01-01"]))
def test_date_words_in_any_order_never_raise(text, article_date):
    assert_date_value(resolve_deadline(text, article_date).value)


@pytest.mark.parametrize("text, article_date", [
    ("FY 0000", None), ("next year", "9999-12-31"), ("in 9 years", "9999-12-31"), ("next month", "0001-01-01"),
])
def test_values_outside_the_calendar_are_dropped_not_raised(text, article_date):
    got = resolve_deadline(text, article_date)
    assert got.value is None or (len(got.value.split("-")[0]) == 4 and got.value[0] != "0")
