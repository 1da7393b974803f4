"""Names, general rules: an organisation in apposition with a role noun stays an organisation;
a paragraph-opening dateline is no part of the name after it; an office written as an honorific
(Pastor, Chief, Mufti, Deacon) is the person's role when no other is given. Sentences in several
outlets' styles, none taken from a scored article."""
from __future__ import annotations

import pytest

from briefs.extract.names import analyse
from briefs.model import Article
from briefs.text import parse


def entities(text: str):
    return analyse(parse(Article(id="a", path="a.txt", text=text))).entities


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in entities(text)}


# ---------------------------------------------------------------- organisations in apposition

@pytest.mark.parametrize("text, name", [
    ("The administrator sued Morrow Grant, its former banker, to recover 90m euros.", "Morrow Grant"),  # BBC
    ("Shareholders blamed Grant Tobin, its auditor, for missing the losses.", "Grant Tobin"),  # wire: a given name first
    ("The airline has asked Carter Hale, its main lender, for more time to pay.", "Carter Hale"),  # Australian
    ("The miner dropped Ellis Ford, their longtime insurer, after the claim.", "Ellis Ford"),  # Canadian
])
def test_a_firm_named_as_another_firms_banker_or_lender_is_an_organisation(text, name):
    assert kinds(text).get(name) == "organisation", kinds(text)


@pytest.mark.parametrize("text, name", [
    ("Investors sued Kestrel Holdings, its former adviser, over the listing.", "Kestrel Holdings"),
    ("Fenmore Capital Partners, the former manager of the fund, declined to comment.",
     "Fenmore Capital Partners"),
    ("The board appointed Halden Group, an old rival, to run the mine.", "Halden Group"),
])
def test_a_role_noun_in_apposition_does_not_make_a_company_a_person(text, name):
    assert kinds(text).get(name) == "organisation", kinds(text)


@pytest.mark.parametrize("text, name", [
    ("The bank hired Tamsin Okafor, its former chief executive, as an adviser.", "Tamsin Okafor"),
    ("Ravi Menon, their banker for 20 years, said he was shocked.", "Ravi Menon"),
])
def test_a_person_in_apposition_stays_a_person(text, name):
    assert kinds(text).get(name) == "person", kinds(text)


# ---------------------------------------------------------------- offices written as honorifics

@pytest.mark.parametrize("text, name, role", [
    ("Pastor Ade Bello said the church would rebuild after the flood.", "Ade Bello", "Pastor"),  # Nigerian
    ("Chief Obafemi Adeyemi said the community was happy with the plan.", "Obafemi Adeyemi", "Chief"),
    ("Monsignor Ruth Mwangi led the service at the cathedral on Sunday.", "Ruth Mwangi", "Monsignor"),  # Kenyan
    ("Mufti Ismail Khan said the mosque would open next month.", "Ismail Khan", "Mufti"),  # Indian
    ("Deacon Tomas Reyes, 71, said he was retiring from the parish.", "Tomas Reyes", "Deacon"),  # local US
])
def test_an_office_written_as_an_honorific_is_the_role(text, name, role):
    people = {e.name: e for e in entities(text) if e.kind == "person"}
    assert name in people, people
    assert people[name].roles == [role], people[name].roles


@pytest.mark.parametrize("text, name, role", [
    ("Chief Executive Ann Lee said the bank would cut jobs.", "Ann Lee", "Chief Executive"),
    ("Chief Inspector Omar Said told reporters the road was closed.", "Omar Said", "Chief Inspector"),
    ("The head of the unit, Acting Detective Chief Superintendent, Mick Dorran, said the gang was caught.",
     "Mick Dorran", "Acting Detective Chief Superintendent"),
])
def test_chief_before_a_title_word_is_part_of_the_title(text, name, role):
    people = {e.name: e for e in entities(text) if e.kind == "person"}
    assert name in people and people[name].roles == [role], people
