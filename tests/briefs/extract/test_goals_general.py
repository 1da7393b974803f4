"""Goals, general rules of news English: each class tested with sentences in several outlets'
styles (wire, BBC, press release, local paper, magazine), none taken from a scored article."""
from __future__ import annotations

import pytest

from briefs.extract import names as name_layer
from briefs.extract.dates import resolve_deadline
from briefs.extract.goals import extract_goals
from briefs.model import Article
from briefs.text import parse

DATE = "2025-03-10"


def goals_of(text: str, date: str | None = DATE):
    parsed = parse(Article(id="a", path="a.txt", text=text, date=date))
    return extract_goals(parsed, name_layer.analyse(parsed))


def one(text: str, date: str | None = DATE):
    found = goals_of(text, date)
    assert len(found) == 1, [g.text for g in found]
    return found[0]


# ---------------------------------------------------------------- words about a noun frame nothing

@pytest.mark.parametrize("text, actor", [
    # a relative clause between commas tells about its noun, not the main clause
    ("The bank, which believes demand for mortgages will stay weak, plans to close 40 branches by June.", "The bank"),
    ("The charity, which supports homeless people in the city, aims to raise £1m for a new hostel.", "The charity"),
    ("Harlow Foods, whose chairman thinks the market has peaked, intends to sell its bakery arm.", "Harlow Foods"),
    ("The trust, which warned last year of a funding gap, has pledged to reopen the ward in the autumn.", "The trust"),
])
def test_a_relative_clause_between_commas_neither_frames_nor_is_the_subject(text, actor):
    assert one(text).actor == actor


@pytest.mark.parametrize("text", [
    "Despite fears of a slowdown, the carmaker will invest €2bn in a new plant in Spain, it said on Tuesday.",
    "Amid forecasts of a wet summer, the festival's organisers plan to add covered stages.",
    "The utility, which beat estimates for the quarter, is to build two wind farms off the Welsh coast.",
])
def test_frame_words_used_as_nouns_frame_nothing(text):
    assert len(goals_of(text)) == 1


@pytest.mark.parametrize("text", [
    "Local residents fear the development will increase traffic.",
    "Union leaders feared the company would close the plant.",
    "Analysts think the firm will sell its stake before the summer.",
])
def test_frame_verbs_still_make_a_forecast_or_a_fear(text):
    assert goals_of(text) == []


# ---------------------------------------------------------------- whose forecast

@pytest.mark.parametrize("text", [
    "The company said it plans to return $1bn to investors through buybacks next year.",
    "The exchange operator intends to offer traders longer opening hours, a spokesman said.",
    "The pension fund wants to cut the fees it pays to fund managers and analysts, its chair says.",
])
def test_a_forecasters_noun_that_is_no_subject_frames_nothing(text):
    assert len(goals_of(text)) == 1


@pytest.mark.parametrize("text", [
    "Analysts expect the company to open 20 stores this year.",
    "Investors said they expect the firm to sell its stake by the end of the year.",
    "Economists at the central bank predict the government will cut taxes in 2026.",
    "According to most analysts, the group will sell its French arm next year.",
])
def test_a_forecaster_as_subject_still_makes_a_forecast(text):
    assert goals_of(text) == []


# ---------------------------------------------------------------- verbs and frames of intention

@pytest.mark.parametrize("text, goal", [
    ("The firm said it hoped to complete the deal in the first quarter of 2026.", "hoped to complete the deal"),
    ("The minister said the department sought to cut red tape for small builders.", "sought to cut red tape"),
    ("The council is determined to reopen the library by the spring of 2026.", "determined to reopen the library"),
    ("The carrier is on track to retire its oldest jets by 2027, it said.", "on track to retire its oldest jets"),
    ("Northgate Water is poised to announce a £2bn upgrade of its sewers.", "poised to announce"),
    ("The deal, expected to close in the third quarter, values the company at $4bn.", "expected to close in the third quarter"),
])
def test_more_ways_of_stating_an_intention(text, goal):
    assert goal in one(text).text


def test_a_participle_set_off_by_commas_ends_at_its_comma():
    assert one("The merger, expected to complete by June, creates the region's largest dairy.").text == \
        "expected to complete by June"


@pytest.mark.parametrize("text", [
    "The spokeswoman was keen to stress that no jobs would go.",
    "The family was determined to win.",  # a past state, no date, no plan
])
def test_no_goal_from_a_wish_to_speak_or_a_past_resolve(text):
    assert goals_of(text) == []


# ---------------------------------------------------------------- deadlines

@pytest.mark.parametrize("phrase, value", [
    ("over the coming five years", "2030"),
    ("in the coming 18 months", "2026-09"),
    ("within the coming two weeks", "2025-03-24"),
    ("the coming years", None),
    ("in the coming months", "2025"),
])
def test_the_coming_n_units_run_from_the_article_date(phrase, value):
    assert resolve_deadline(phrase, DATE).value == value


@pytest.mark.parametrize("text, deadline", [
    ("The club wants to build a 40,000-seat stadium over the coming five years.", "2030"),
    ("The hospital trust intends to cut waiting lists over the coming two years.", "2027"),
    ("Over the coming three years the region's councils will plant 10,000 trees.", "2028"),
])
def test_goal_deadlines_over_the_coming_years(text, deadline):
    assert one(text).deadline == deadline


# ---------------------------------------------------------------- an actor's own forecast

@pytest.mark.parametrize("text, actor", [
    ("The company predicted that it would return to profit in 2026.", "The company"),
    ("The firm forecast that it would hire 500 people next year.", "The firm"),
    ("Westbrook Homes predicts it will complete 4,000 houses in the 2026 financial year.", "Westbrook Homes"),
])
def test_what_an_actor_forecasts_of_its_own_acts_is_its_goal(text, actor):
    assert one(text).actor == actor


@pytest.mark.parametrize("text", [
    "Analysts predicted that the company would return to profit in 2026.",
    "Economists forecast that the bank will raise rates next year.",
])
def test_a_forecast_of_someone_else_is_no_goal(text):
    assert goals_of(text) == []


# ---------------------------------------------------------------- plans and money set apart

@pytest.mark.parametrize("text, goal, actor", [
    ("The union announced plans for a series of strikes in April.", "announced plans for a series of strikes", "The union"),
    ("The health board has unveiled proposals for two new clinics in the valley.", "unveiled proposals for two new clinics", "The health board"),
    ("The firm has earmarked £30m for the expansion of its Leeds depot.", "earmarked £30m for the expansion", "The firm"),
    ("The county has set aside $4.5 million towards a new animal shelter, officials said.", "set aside $4.5 million towards", "The county"),
])
def test_plans_made_public_and_money_set_apart_for_a_purpose(text, goal, actor):
    found = one(text)
    assert goal in found.text and found.actor == actor


@pytest.mark.parametrize("text", [
    "The money will go towards a new roof for the church.",
    "The funds will go into upgrading the station's lifts.",
])
def test_money_that_will_go_towards_something_is_a_goal(text):
    assert len(goals_of(text)) == 1


@pytest.mark.parametrize("text", [
    "The firm will announce its results on Thursday.",
    "The bank will report its first-quarter figures next week.",
    "The retailer will publish its annual accounts in May.",
])
def test_the_calendar_of_results_is_no_goal(text):
    assert goals_of(text) == []


@pytest.mark.parametrize("text", [
    "Each of the ten projects will run for three years.",
    "The scheme will also include 120 homes for key workers, the developer said.",
])
def test_the_scope_of_a_plan_is_a_goal(text):
    assert len(goals_of(text)) == 1


@pytest.mark.parametrize("text", [
    "Each of them will have to pay more.",
    "Many of the shoppers will spend less this year.",
])
def test_people_taken_one_by_one_hold_no_plan(text):
    assert goals_of(text) == []


@pytest.mark.parametrize("text, actor", [
    ("The group has launched a bid to buy its smaller rival.", "The group"),
    ("The agency has submitted a proposal to run the new tram line.", "The agency"),
    ("Officials are drawing up plans to widen the motorway.", "Officials"),
    ("The charity raised £2m last month to build a hospice by 2027.", "The charity"),
])
def test_the_actor_ends_at_its_verb(text, actor):
    assert one(text).actor == actor


@pytest.mark.parametrize("phrase, today, value", [
    ("by the summer", "2025-03-10", "2025"),
    ("by the summer", "2025-10-10", "2026"),
    ("in the autumn", "2025-03-10", "2025"),
    ("before the winter", "2025-03-10", "2025"),
    ("in the summer of 2027", "2025-03-10", "2027"),
    ("in the summer term", "2025-03-10", None),
    ("in the autumn statement", "2025-03-10", None),
])
def test_a_bare_season_after_a_preposition_is_its_next_occurrence(phrase, today, value):
    assert resolve_deadline(phrase, today).value == value


def test_a_goal_due_by_a_bare_season():
    assert one("The ferry operator intends to resume sailings to the island by the summer.").deadline == "2025"
