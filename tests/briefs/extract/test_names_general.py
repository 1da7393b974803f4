"""General rules of news English for names: ampersand names, `of`-names holding `and`, places and
buildings, royal titles, plural common nouns, products, employers after `at`, titles with
prefixes, portfolios and ranks. Each rule is tested in several outlets' styles."""
from __future__ import annotations

import pytest

from briefs.extract.names import Names, analyse
from briefs.model import Article
from briefs.text import parse


def names_of(text: str) -> Names:
    return analyse(parse(Article(id="a", path="a.txt", text=text)))


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in names_of(text).entities}


def person(text: str, name: str):
    found = [e for e in names_of(text).entities if e.name == name and e.kind == "person"]
    assert found, f"{name!r} not a person among {kinds(text)}"
    return found[0]


# ---------------------------------------------------------------- ampersands

@pytest.mark.parametrize("text, orgs, not_orgs", [
    ("The agency group has bought firms such as Hallam & Voss and Brindle Communications.",
     ["Hallam & Voss", "Brindle Communications"], ["Hallam & Voss and Brindle Communications"]),
    ("Shares in Quill & Barrow rose 3% on Tuesday, while Fenwick & Drury said sales fell.",
     ["Quill & Barrow", "Fenwick & Drury"], ["Quill", "Barrow", "Drury"]),
    ("It also owns the agencies Tarrant & Pike and J Morrow Thompson, the statement said.",
     ["Tarrant & Pike"], ["Tarrant", "Pike"]),
    ("The newspaper group Northern Post & General Trust reported higher profits.",
     ["Northern Post & General Trust"], ["General Trust"]),
])
def test_an_ampersand_joins_one_name_and_a_following_and_starts_another(text, orgs, not_orgs):
    found = kinds(text)
    for org in orgs:
        assert found.get(org) == "organisation", found
    for name in not_orgs:
        assert name not in found, found


@pytest.mark.parametrize("text", [
    "Funding for Aboriginal & Islander health services rose by 4%.",
    "Flooding hit Ohio & Kentucky on Sunday, officials said.",
    "Universities & Science Minister Tomas Reyes spoke at the launch.",
])
def test_places_peoples_and_portfolios_joined_by_an_ampersand_are_no_organisation(text):
    assert not any(" & " in name and kind == "organisation" for name, kind in kinds(text).items())


# ---------------------------------------------------------------- `of`-names holding `and`

@pytest.mark.parametrize("text, name", [
    ("A spokesman for the Association of Lending and Settlement Services said the risk was small.",
     "Association of Lending and Settlement Services"),
    ("The Institute of Soil and Crop Studies will open a new laboratory next year.",
     "Institute of Soil and Crop Studies"),
    ("Figures from the Department of Roads and Transport Services showed delays rising.",
     "Department of Roads and Transport Services"),
])
def test_an_of_name_may_hold_and(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_second_body_after_and_stays_apart():
    text = ("The study was run by the University of Fenmore and Lindale College. "
            "Lindale College said it was pleased.")
    found = kinds(text)
    assert found.get("University of Fenmore") == "organisation" and found.get("Lindale College") == "organisation"


# ---------------------------------------------------------------- places and buildings

@pytest.mark.parametrize("text, name", [
    ("The ceremony will be held at Ashcombe Castle in April.", "Ashcombe Castle"),
    ("Guests were led to an exhibition in the Marlow Rooms after the speeches.", "Marlow Rooms"),
    ("Protesters gathered in Kenning Square on Saturday night.", "Kenning Square"),
    ("Last week the new campus, Fenmore West, was launched by the mayor.", "Fenmore West"),
])
def test_building_street_and_compass_heads_are_no_surnames(text, name):
    assert kinds(text).get(name) != "person"


@pytest.mark.parametrize("text, name", [
    ("Harcourt House staff said she attended in a private capacity.", "Harcourt House"),
    ("Pellham Street said the minister would not comment on the leak.", "Pellham Street"),
    ("Officials were cautious. Marlow Palace confirmed the visit on Monday.", "Marlow Palace"),
])
def test_a_building_that_speaks_is_the_institution_inside(text, name):
    assert kinds(text).get(name) == "organisation"


@pytest.mark.parametrize("text, name", [
    ("Kanye West said he was pleased with the album's reception.", "Kanye West"),
    ("Stuart Hall, the broadcaster, said the corporation had erred.", "Stuart Hall"),
    ("Mr Tomas Park said the shop would close.", "Tomas Park"),
])
def test_a_given_name_or_honorific_keeps_a_place_like_surname(text, name):
    assert kinds(text).get(name) == "person"


# ---------------------------------------------------------------- royal titles

def test_a_plural_royal_title_is_shared_by_the_listed_names():
    text = ("Prince Edward will visit in May. Princes William and Harry said they were very happy. "
            "Prince William later left.")
    found = kinds(text)
    assert found.get("Harry") == "person" and found.get("Prince William") == "person"
    assert "Princes William" not in found


@pytest.mark.parametrize("text", [
    "Only 40% think she should become Princess Consort after the wedding.",
    "The guests were shown the Queen's Gallery. The Queen said nothing.",
    "Polls suggest the King Regent plan is unpopular with voters.",
])
def test_a_royal_title_without_a_given_name_is_no_person(text):
    found = kinds(text)
    assert not any(k in ("person", "organisation") and n.split()[0] in ("Princess", "Queen", "King")
                   for n, k in found.items()), found


# ---------------------------------------------------------------- common nouns and products

@pytest.mark.parametrize("text, word", [
    ("Revenues were £4.3bn while margins rose to 14%.", "Revenues"),
    ("Departments of physics and chemistry shared the grant.", "Departments"),
    ('"Windows cash machines have been around for years," he said.', "Windows"),
    ("Anti virus firm Sophos said the code had been posted online.", "Anti"),
])
def test_a_capitalised_common_plural_or_prefix_is_no_name(text, word):
    assert word not in kinds(text)


def test_a_name_used_twice_as_a_product_is_no_organisation_even_when_it_acts():
    text = ("The Zarbo virus spreads by radio. The original Zarbo worm came to light in June. "
            "Zarbo is harmless, experts said.")
    assert "Zarbo" not in kinds(text)


# ---------------------------------------------------------------- employers after `at`

@pytest.mark.parametrize("text, name", [
    ("Analysts at Morgan Grenfell warned on Wednesday that demand could fall.", "Morgan Grenfell"),
    ("Oil rose, said economists at Barclay Hutton in a note to clients.", "Barclay Hutton"),
    ("\"It is a risk,\" said Ann Lee, a strategist at Gordon Wakefield.", "Gordon Wakefield"),
])
def test_a_two_word_name_people_work_at_is_an_organisation(text, name):
    assert kinds(text).get(name) == "organisation"


def test_at_a_persons_house_is_no_employer():
    assert kinds("He met Ann Lee at Tom Reyes's house on Sunday.").get("Tom Reyes") == "person"


# ---------------------------------------------------------------- titles

@pytest.mark.parametrize("text, name, role, org", [
    ("Professor Donal Reyes, Pro-Rector for Research at Fenmore College London, said the award was welcome.",
     "Donal Reyes", "Pro-Rector for Research", "Fenmore College London"),
    ("The college's Vice-Provost, Dr Ana Reyes, welcomed the news.", "Ana Reyes", "Vice-Provost", None),
    ("Vice-Dean Ann Lee of the Leeds Business School said the plan was sound.",
     "Ann Lee", "Vice-Dean", "Leeds Business School"),
    ("President Tomas Reyes of Fenmore University told reporters the deal was done.",
     "Tomas Reyes", "President", "Fenmore University"),
])
def test_prefixed_titles_and_a_titled_name_before_its_employer(text, name, role, org):
    p = person(text, name)
    assert role in p.roles
    if org:
        assert org in p.organisations


@pytest.mark.parametrize("text, name, role, org", [
    ("Acting Deputy Vice-Chancellor (Research and Enterprise) Professor Helen Marsh says the result is fantastic.",
     "Helen Marsh", "Acting Deputy Vice-Chancellor (Research and Enterprise)", None),
    ("Professor Tomas Reyes, Deputy Vice-Chancellor (Research) at the University of Fenmore, said the grant was welcome.",
     "Tomas Reyes", "Deputy Vice-Chancellor (Research)", "University of Fenmore"),
    ("Associate Minister for Education (Tertiary) Nell Okafor said funding would rise.",
     "Nell Okafor", "Associate Minister for Education (Tertiary)", None),
])
def test_a_portfolio_in_brackets_is_part_of_the_title(text, name, role, org):
    p = person(text, name)
    assert role in p.roles
    if org:
        assert org in p.organisations


@pytest.mark.parametrize("text, name, role", [
    ("The service will be led by the Archbishop of Westbury, Dr Rowan Hale.", "Rowan Hale", "Archbishop of Westbury"),
    ("The Bishop of Leeds, Nick Barnes, said the cuts were wrong.", "Nick Barnes", "Bishop of Leeds"),
    ("Guests included the Duke of Ashcombe, Tomas Reyes, and his wife.", "Tomas Reyes", "Duke of Ashcombe"),
])
def test_a_rank_of_a_place_is_a_title(text, name, role):
    assert role in person(text, name).roles


# ---------------------------------------------------------------- plural organisation words with a country

@pytest.mark.parametrize("text, name", [
    ("Libraries Ireland (LIR) said funding was too low.", "Libraries Ireland"),
    ("A spokesman for Universities New Zealand said the cuts would hurt.", "Universities New Zealand"),
    ("Hospitals UK warned of winter pressures on Monday.", "Hospitals UK"),
])
def test_a_plural_organisation_word_with_a_country_names_a_body(text, name):
    assert kinds(text).get(name) == "organisation"


def test_a_plural_organisation_word_alone_names_a_kind_of_body():
    assert "Regional Research Institutes" not in kinds("Funding for Regional Research Institutes was cut by 5%.")


# ---------------------------------------------------------------- lone given names and listed affiliations

@pytest.mark.parametrize("text, name", [
    ("The book looks back at the divorce. It describes how Diana had been treated by the palace.", "Diana"),
    ("The race is open. Marcus has said he will stand again next year.", "Marcus"),
    ("Nobody expected the move, but Sophie announced her retirement on Friday.", "Sophie"),
])
def test_a_given_name_that_acts_is_a_person(text, name):
    assert kinds(text).get(name) == "person"


@pytest.mark.parametrize("text, people, org", [
    ("The council funded six projects this year. Grants went to Dr Ann Lee and Dr Bo Chan "
     "(Institute of Soil Science), the council said.", ["Ann Lee", "Bo Chan"], "Institute of Soil Science"),
    ("Five teams won awards this year. Among the winners were the chemists Dr Ann Lee and "
     "Dr Bo Chan (Institute of Marine Studies), who study the chemistry of deep water.",
     ["Ann Lee", "Bo Chan"], "Institute of Marine Studies"),
    ("Two scientists shared the prize on Monday. The winners are the physicists Sarah Hunt and "
     "David Moore (Fenmore University), who built the first working device in the spring.",
     ["Sarah Hunt", "David Moore"], "Fenmore University"),
])
def test_a_bracketed_organisation_after_a_list_of_people_is_each_ones(text, people, org):
    for name in people:
        assert org in person(text, name).organisations
