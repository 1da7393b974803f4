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
