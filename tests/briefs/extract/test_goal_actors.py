"""Goal actors: a person, an organisation or a phrase headed by a noun that can act; never an
amount, a dateline, a bare determiner, a gerund or a clause. When the subject cannot act, the
article's topic acts or no actor is shown. A press release's end marker is no part of a goal."""
from __future__ import annotations

import pytest

from briefs.extract import names as name_layer
from briefs.extract.goals import extract_goals
from briefs.model import Article
from briefs.text import parse

DATE = "2025-03-10"


def goals_of(text: str):
    parsed = parse(Article(id="a", path="a.txt", text=text, date=DATE))
    return extract_goals(parsed, name_layer.analyse(parsed))


def actors(text: str) -> list[str | None]:
    found = goals_of(text)
    assert found, "no goal found"
    return [g.actor for g in found]


# ---------------------------------------------------------------- subjects that cannot act


@pytest.mark.parametrize("text", [
    # an amount: local paper, Australian outlet, UK broadsheet
    "Up to $4.1 million will be used to build a new sports hall by 2027.",
    "Nearly A$9 million is set to upgrade rural clinics across the state.",
    "Some £2.6bn will go towards repairing school roofs by 2028.",
    # a bare determiner or adjective left by a broken subject
    "The primary will focus on training volunteers in first aid.",
    # a gerund or an infinitive clause
    "Fostering the growth of young engineers will be the main focus for the network.",
    "Software to check invoices automatically is expected to launch next year.",
    # a clause read as a subject
    "Karoo Mining claims its licence will be renewed to expand the pit by 2029.",
])
def test_a_subject_that_cannot_act_is_no_actor(text: str) -> None:
    for actor in actors(text):
        assert actor is None or not any(c.isdigit() for c in actor)
        assert actor not in ("The primary", "Up to", "Nearly", "Some")
        assert actor is None or not actor.startswith(("Fostering", "Software", "Karoo Mining claims"))


@pytest.mark.parametrize("text, actor", [
    # wire dateline, double hyphen and em dash, with and without agency and date
    ("HALIFAX -- Maritime Ferries Ltd. plans to add two vessels by 2027.", "Maritime Ferries Ltd."),
    ("LAGOS, March 3 (Reuters) \u2014 Ogun Foods Plc plans to open a second plant in 2026.", "Ogun Foods Plc"),
])
def test_a_dateline_is_no_part_of_the_actor(text: str, actor: str) -> None:
    assert actors(text)[0] == actor


@pytest.mark.parametrize("text, actor", [
    # a thing's owner acts for it: magazine, Indian outlet, Canadian paper
    ("Velora's new tablet will launch in Europe next spring.", "Velora"),
    ("The council's new recycling scheme is expected to cut landfill waste by 2026.", "council"),
    ("Kestrel Airways' new route will start flying in June.", "Kestrel Airways"),
])
def test_an_owner_acts_for_the_thing_it_owns(text: str, actor: str) -> None:
    assert actor in (actors(text)[0] or "")


@pytest.mark.parametrize("text", [
    "Amounts as actors fall back to the topic. Brightwater Trust said on Monday it had raised funds. "
    "About $3 million will be spent on new housing by 2027.",
    "Brightwater Trust is a charity in Leeds. The money is expected to fund 40 new homes by 2027.",
])
def test_a_subject_that_cannot_act_falls_back_to_the_topic(text: str) -> None:
    assert actors(text)[-1] in (None, "Brightwater Trust")


@pytest.mark.parametrize("text, actor", [
    ("The city council plans to build 300 homes by 2027.", "The city council"),
    ("Researchers at the institute aim to map the reef by 2026.", "Researchers at the institute"),
    ("Three of the centres will open next year.", "Three of the centres"),
    ("Zantera is to open a second campus in Nairobi in 2026.", "Zantera"),
    ("The maker of farm machinery plans to hire 200 staff in 2026.", "The maker of farm machinery"),
])
def test_a_subject_that_can_act_is_kept(text: str, actor: str) -> None:
    assert actors(text)[0] == actor


# ---------------------------------------------------------------- press-release end markers


@pytest.mark.parametrize("marker", ["ends", "-ends-", "- ENDS -", "###"])
def test_a_goal_never_ends_in_a_release_end_marker(marker: str) -> None:
    text = f"The foundation plans to open three clinics in Kenya by 2027. {marker}"
    found = goals_of(text)
    assert found
    for goal in found:
        assert not goal.text.lower().rstrip(" .").endswith(("ends", "ends-", "#"))
