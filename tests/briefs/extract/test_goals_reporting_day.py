"""Goals: which time expressions belong to the goal and which to the words that report it, and who
acts in a passive. Sentences invented in several outlets' styles (wire, BBC, press release, local
paper, Indian and African outlets); none taken from a scored article."""
from __future__ import annotations

import pytest

from briefs.extract.dates import find_dates
from tests.briefs.extract.test_goals_general import goals_of


DATE = "2025-03-12"  # a Wednesday


def one(text: str):
    found = goals_of(text, DATE)
    assert len(found) == 1, [g.text for g in found]
    return found[0]


# ---------------------------------------------------------------- the day something was said

@pytest.mark.parametrize("text", [
    # wire: "said on <day> it will"
    "Harlow Motors said on Wednesday it will move its head office to Leeds.",
    "Kestrel Mining said on Monday it would cut 400 jobs at its smelter.",
    # the day before the reporting verb
    "Tata Steelworks on Tuesday said it plans to open a plant in Pune.",
    # "told reporters on <day>"
    "The health board told reporters on Thursday that it aims to clear the waiting list.",
    # press release: "announced today"
    "The Minister for Housing announced today that the council will build 300 homes.",
    # local paper: "confirmed yesterday"
    "The parish council confirmed yesterday it intends to restore the village hall.",
])
def test_the_day_of_saying_is_never_the_deadline(text):
    assert one(text).deadline is None


@pytest.mark.parametrize("text, deadline", [
    # the goal's own date still counts beside the day of saying
    ("Harlow Motors said on Wednesday it will open the plant on Monday.", "2025-03-17"),
    ("Kestrel Mining said on Friday it would cut 400 jobs by June.", "2025-06"),
    ("The club will open its new stand on Saturday, the chairman said on Tuesday.", "2025-03-15"),
    ("The Nairobi county government said in January it would build 200 classrooms by 2027.", "2027"),
    # a future announcement is an event to come, not the day something was said
    ("The winners of the grant round will be announced on Friday, organisers said.", "2025-03-14"),
])
def test_the_goals_own_date_stays(text, deadline):
    assert one(text).deadline == deadline


def test_a_date_of_saying_reads_as_past():
    text = "Acme said on Wednesday it will hire staff; it will be announced on Friday."
    relations = [d.relation for d in find_dates(text, article_date=DATE)]
    assert relations == ["past", "in"]


# ---------------------------------------------------------------- the agent of a passive

@pytest.mark.parametrize("text, actor", [
    ("The new research hub will be funded by the College and is due to open in 2027.", "the College"),
    ("A bypass round the town is to be built by the county council by 2028.", "the county council"),
    ("Plans being considered by ministers would raise the state pension age to 68.", "ministers"),
    ("The festival will be organised by the Rotary Club of Ballarat next spring.", "the Rotary Club of Ballarat"),
    ("A review of bus fares will be carried out by the regulator within six months.", "the regulator"),
    ("Acme will be bought by Globex for $2bn, the companies said.", "Globex"),
])
def test_a_passive_agent_is_the_actor(text, actor):
    assert one(text).actor == actor


def test_a_passive_with_an_agent_is_a_plan_whatever_its_subject():
    # generic people or an event as the subject of a passive are acted on; the agent's plan stands
    assert one("Concerns residents have raised are to be debated by the district council.").actor == \
        "the district council"
    assert one("The harvest festival will be organised by the Lagos Chamber of Commerce in May.").deadline == "2025-05"


@pytest.mark.parametrize("text", [
    "The road will be repaired by June.",  # a date
    "Fares will be raised by 5% in January.",  # a measure
    "The parts will be shipped by road to the plant.",  # a means
])
def test_by_a_date_measure_or_means_is_no_agent(text):
    assert one(text).actor in (None, "Fares")


@pytest.mark.parametrize("text, actor", [
    ("The government on Friday announced plans to build three new hospitals.", "The government"),
    ("The firm in January said it would hire 300 engineers.", "The firm"),
    ("The parish council yesterday agreed to spend £40,000 on a new playground.", "The parish council"),
])
def test_a_date_between_subject_and_verb_is_not_the_actor(text, actor):
    assert one(text).actor == actor
