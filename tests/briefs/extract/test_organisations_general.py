"""General rules of news English for the organisations panel, on invented sentences in several
outlets' styles (wire, BBC, press release, local paper, Indian and Australian outlets)."""
from __future__ import annotations

from briefs.extract.names import analyse
from briefs.extract.organisations import extract_organisations
from briefs.model import Article
from briefs.text import parse


def orgs(text: str) -> dict[str, list[str]]:
    parsed = parse(Article(id="art", path="art.txt", text=text))
    return {o.name: o.aliases for o in extract_organisations(parsed, analyse(parsed))}


def kinds(text: str) -> dict[str, str]:
    parsed = parse(Article(id="art", path="art.txt", text=text))
    return {e.name: e.kind for e in analyse(parsed).entities}


# ---- a plural possessive before an organisation word is part of one name

def test_plural_possessive_body_is_one_name():
    assert "Farmers\u2019 Union of Westmark" in orgs(
        "Members of the Farmers\u2019 Union of Westmark voted to strike on Monday.")
    assert "Northland Vice-Chancellors\u2019 Committee" in orgs(
        "Professor Ann Lee chairs the Northland Vice-Chancellors\u2019 Committee, a statement said.")
    assert "Tenants' Association" in orgs(
        "The Tenants' Association said the rent rise was unfair, the Kestrel Gazette reported.")


# ---- a hyphened word of common nouns inside a name is one word, not two names paired

def test_hyphened_common_words_stay_inside_the_name():
    assert "National Centre for Advanced Agri-Food Research" in orgs(
        "A spokesman for the National Centre for Advanced Agri-Food Research said trials would resume.")
    assert "Institute of Bio-Medical Engineering" in orgs(
        "Researchers at the Institute of Bio-Medical Engineering in Pune have built a sensor.")
    assert "Eco-Energy Solutions Ltd" in orgs("Eco-Energy Solutions Ltd said it had raised new capital.")


def test_hyphen_between_two_people_still_pairs_them():
    found = kinds("The Ann Lee-Tomas Reyes film opens on Friday.")
    assert found.get("Ann Lee") == "person" and found.get("Tomas Reyes") == "person"


# ---- a wire dateline in capitals is not part of the first name

def test_multiword_dateline_is_cut_from_the_company():
    assert "Kessler Motors Inc" in orgs("NEW YORK Kessler Motors Inc said on Wednesday it would move.")
    assert "Harbour Line Ferries Ltd" in orgs("HONG KONG Harbour Line Ferries Ltd said on Monday it would cut routes.")
    assert not any("YORK" in name or "KONG" in name for name in orgs(
        "NEW YORK Kessler Motors Inc said on Wednesday it would move. HONG KONG Harbour Line Ferries Ltd said so."))


# ---- places after "the island(s) of", "the coast of", "the south of"

def test_place_nouns_before_of_mark_places():
    assert kinds("Ships searched the waters off the coast of Valmora on Tuesday.").get("Valmora") == "place"
    assert kinds("Debris was found between the islands of Tarsk and Belm.").get("Tarsk") == "place"
    assert kinds("Rain is expected in the south of Corravale this week.").get("Corravale") == "place"


# ---- model and flight numbers name things, not bodies

def test_model_and_flight_numbers_are_not_organisations():
    found = orgs("The search for flight KX4471 was called off, Tarsk Airways said in a statement. "
                 "The carrier flies a fleet of Airbus A320s and Boeing 737s.")
    assert "KX4471" not in found and "Airbus A320s" not in found
    assert "Tarsk Airways" in found
    assert "G4S" in orgs("Security firm G4S said on Tuesday its profits rose.")


# ---- a capital `The` inside a sentence belongs to the name

def test_mid_sentence_capital_the_is_an_alias():
    assert orgs("The shop owner told The Associated Press that sales fell.")["Associated Press"] == \
        ["The Associated Press"]
    assert orgs("The charity, according to The Kestrel Trust, raised money.").get("Kestrel Trust") == ["The Kestrel Trust"]
    assert orgs("The Kestrel Trust said it raised money.").get("Kestrel Trust") == []


# ---- an acronym spells a company's name with or without its abbreviated suffix

def test_acronym_joins_name_with_or_without_corporate_suffix():
    assert orgs("Kessler Motors Inc said on Wednesday it would move. KM said 200 jobs would go.") == \
        {"Kessler Motors Inc": ["KM"]}
    assert orgs("Tarsk Auto Industry Corp said TAIC would cut jobs.") == {"Tarsk Auto Industry Corp": ["TAIC"]}
    assert orgs("The Westmark Broadcasting Corporation said the WBC would cut staff.") == \
        {"Westmark Broadcasting Corporation": ["WBC"]}


# ---- a business named with its premises or platform: `a Kestrel grocery store`, `search engine Zylo`

def test_premises_and_platform_nouns_mark_the_business():
    assert "Kestrel" in orgs("The winning ticket was sold at a Kestrel grocery store in Tampa.")
    assert "Zylo" in orgs("The media group owns 8% of search engine Zylo, filings show.")
    assert "Harbour Spice" in orgs("Diners queued outside the Harbour Spice restaurant in Kochi on Sunday.")
    assert orgs("He bought coffee at the Oxford Street shop.") == {}
    assert orgs("The prize went to a London shop.") == {}


# ---- `the head of the search and rescue agency, Ann Lee,`: a title's phrase, then the holder

def test_long_title_phrase_before_apposed_name_makes_a_person():
    found = kinds("Other outlets quoted the head of the search and rescue agency, Tomas Reyeski Banowo, "
                  "as saying three bodies had been found.")
    assert found.get("Tomas Reyeski Banowo") == "person"
    assert kinds("The spokesperson for the regional health authority, Ann Lee, said wards were full.").get("Ann Lee") == "person"
    assert kinds("Shares rose at the state-owned mining company, Tarsk Minerals Ltd, on Monday.").get("Tarsk Minerals Ltd") == "organisation"
