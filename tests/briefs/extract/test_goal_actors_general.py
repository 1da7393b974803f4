"""Goal actors, general rules: a wire dateline is no part of the actor; pronouns and definite
descriptions ("the company", "the ministry") resolve to the organisation meant. Sentences in
several outlets' styles, none taken from a scored article."""
from __future__ import annotations

import pytest

from briefs.extract import names as name_layer
from briefs.extract.goals import extract_goals
from briefs.model import Article
from briefs.text import parse

DATE = "2025-03-10"


def actors(text: str) -> list[str | None]:
    parsed = parse(Article(id="a", path="a.txt", text=text, date=DATE))
    found = extract_goals(parsed, name_layer.analyse(parsed))
    assert found, "no goal found"
    return [g.actor for g in found]


@pytest.mark.parametrize("text, actor", [
    ("NEW YORK General Electric Co said on Wednesday it will move its headquarters to Boston.",
     "General Electric Co"),  # wire, no dash
    ("SYDNEY Westpac Banking Corp plans to close 40 branches next year.", "Westpac Banking Corp"),
    ("LONDON (Reuters) Barclays said it would cut 1,000 jobs.", "Barclays"),
    ("MUMBAI: Tata Motors plans to build a new plant in Pune by 2027.", "Tata Motors"),  # Indian
])
def test_a_dateline_is_no_part_of_the_actor(text, actor):
    assert actors(text)[0] == actor


@pytest.mark.parametrize("text, actor", [
    ("Kessler Motor Co said on Friday its profits rose. The company plans to build a new plant in Ohio "
     "by 2027.", "Kessler Motor Co"),  # wire
    ("Zylo Telecom posted a loss. The firm will cut 500 jobs by 2026, chief executive Ann Lee said.",
     "Zylo Telecom"),  # BBC
    ("Brightwater Airways flew 2m passengers. The carrier aims to add 12 routes next year.",
     "Brightwater Airways"),  # Australian
])
def test_the_company_is_the_articles_main_company(text, actor):
    assert actors(text)[-1] == actor


def test_the_company_is_no_public_body():
    text = ("The University of Fenmore opened a lab on Monday. The University of Fenmore said it was proud. "
            "The firm that built it plans to add a second lab by 2026.")
    assert actors(text)[-1] != "University of Fenmore"


@pytest.mark.parametrize("text, actor", [
    ("Two days after confirming job cuts, Halden Motor Co. announced Friday that it will invest "
     "$350 million in a new plant.", "Halden Motor Co."),  # Xinhua
    ("Citing weak demand, Fenmore Steel said it would close two mills by March.", "Fenmore Steel"),
    ("A week later, Tarrant Bank said it planned to open 30 branches in Kerala.", "Tarrant Bank"),  # Indian
])
def test_a_fronted_clause_is_not_the_reporter(text, actor):
    assert actors(text)[0] == actor
