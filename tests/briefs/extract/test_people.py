"""The people panel: one Person per person named in the body, with roles, affiliations, evidence."""
from __future__ import annotations

from briefs.extract.names import analyse
from briefs.extract.people import extract_people
from briefs.model import Article
from briefs.text import parse


def people(text: str, boilerplate=()) -> dict[str, object]:
    parsed = parse(Article(id="art", path="art.txt", text=text, boilerplate=list(boilerplate)))
    return {p.name: p for p in extract_people(parsed, analyse(parsed))}


TECH_NEWS = """Chinese smartphone company Oppo, in collaboration with the Hong Kong Polytechnic University (PolyU), is set to launch a joint innovation research centre in Hong Kong.

PolyU president Jin-Guang Teng said: \u201cWe believe that this in-depth cooperation with OPPO will enable us to seize opportunities.\u201d

OPPO Research Institute president Jason Liao said: \u201cIn the three years of collaboration between OPPO and PolyU, we have witnessed breakthroughs.\u201d

This technology has been integrated into Oppo\u2019s flagship smartphones.
"""

HK_PAPER = """Chinese smartphone giant Oppo and the Hong Kong Polytechnic University have renewed a collaborative framework agreement.

"The research centre's primary goal is to [nurture] talent," Zhang Lei, chair professor of computer vision and image analysis at PolyU's department of computing, recently told the South China Morning Post.

Their focus will cover computer vision, an area Zhang has been involved in over the past two decades.
"""

BBC_POLITICS = """Fathers who miss payments could be tagged, Lord Ambleside said. The justice secretary set out the plans on Tuesday.

Owen Pryce, from the protest group Dads 4 Fairness, said: "It is deeply frustrating." Gail Denholm, from Mothers Need Support, said the proposals "lacked teeth". Mrs Denholm said she had been told by Children's Minister Keith Oldroyd there was not enough money.

Hazel May, shadow secretary for families, told BBC Radio 4's Today programme that the plans were "timid". The vote is expected to take place in May.
"""

NZ_RELEASE = """Corran University today opened a $17 million extension of its campus.

University Vice-Chancellor Helen Tarrant says the spending shows Corran's commitment to farm science. "The researchers who join Corran are part of a venture," Ms Tarrant says.

AgriHub general manager Tom Ferris says the complex is a central building. Guest speaker at the launch was Kereru Research chief executive Dr Anna Lowe. Dr Lowe congratulated Corran on its investment.
"""

WIRE = """MUMBAI (Reuters) - Indian shares ended flat on Tuesday.

Engineering stocks rose with Mehra and Kapur (MEKA.NS) adding 0.8 percent while Sitara Power (SITP.NS) rose 3.1 percent.

(Reporting by Kavya Rao; Editing by Arjun Pillai)"""


def test_seed_people_with_roles_and_organisations():
    found = people(TECH_NEWS)
    assert set(found) == {"Jin-Guang Teng", "Jason Liao"}
    assert found["Jin-Guang Teng"].roles == ["president"]
    assert found["Jin-Guang Teng"].organisations == ["PolyU", "Hong Kong Polytechnic University"]
    assert found["Jason Liao"].roles == ["president"]
    assert found["Jason Liao"].organisations == ["OPPO Research Institute"]


def test_chinese_name_with_appositive_role_and_surname_alias():
    found = people(HK_PAPER)
    assert set(found) == {"Zhang Lei"}
    zhang = found["Zhang Lei"]
    assert zhang.aliases == ["Zhang"]
    assert zhang.roles == ["chair professor of computer vision and image analysis"]
    assert zhang.organisations == ["PolyU"]
    assert len(zhang.evidence) == 2


def test_every_mention_has_evidence_with_its_sentence():
    found = people(HK_PAPER)
    for ev in found["Zhang Lei"].evidence:
        assert ev.article == "art"
        assert HK_PAPER[ev.start:ev.end] in ("Zhang Lei", "Zhang")
        assert HK_PAPER[ev.start:ev.end] in ev.sentence


def test_british_politics_names_titles_and_affiliations():
    found = people(BBC_POLITICS)
    assert set(found) == {"Ambleside", "Owen Pryce", "Gail Denholm", "Keith Oldroyd", "Hazel May"}
    assert found["Owen Pryce"].organisations == ["Dads 4 Fairness"]
    assert found["Gail Denholm"].organisations == ["Mothers Need Support"]
    assert found["Gail Denholm"].aliases == ["Denholm"]
    assert found["Keith Oldroyd"].roles == ["Children's Minister"]
    assert found["Hazel May"].roles == ["shadow secretary for families"]
    assert len(found["Hazel May"].evidence) == 1  # the month of May is not her


def test_press_release_titles_and_bare_university():
    found = people(NZ_RELEASE)
    assert set(found) == {"Helen Tarrant", "Tom Ferris", "Anna Lowe"}
    tarrant = found["Helen Tarrant"]
    assert tarrant.roles == ["Vice-Chancellor"]
    assert tarrant.organisations == ["Corran University"]
    assert found["Tom Ferris"].roles == ["general manager"] and found["Tom Ferris"].organisations == ["AgriHub"]
    lowe = found["Anna Lowe"]
    assert lowe.roles == ["chief executive"] and lowe.organisations == ["Kereru Research"]
    assert "Dr" not in lowe.name and len(lowe.evidence) == 2


def test_wire_credits_masked_by_ingest_give_no_people():
    credits = WIRE.index("(Reporting")
    found = people(WIRE, boilerplate=[(credits, len(WIRE))])
    assert found == {}


def test_people_only_inside_organisation_names_are_not_people():
    text = ("The Bill & Melinda Gates Foundation and the John Lewis Partnership gave money. "
            "Sethna Steel will shed jobs, its chief executive Ravi Sethna said.")
    found = people(text)
    assert set(found) == {"Ravi Sethna"}
    assert found["Ravi Sethna"].roles == ["chief executive"]
    assert found["Ravi Sethna"].organisations == ["Sethna Steel"]


def test_no_people_from_places_nationalities_or_sentence_openers():
    text = ("German unemployment rose in November. Strikes in a number of industries have shown "
            "displeasure. Analysts in Frankfurt and Hong Kong were surprised, Reuters reported.")
    assert people(text) == {}


def test_german_name_with_chancellor_title():
    text = ("With joblessness above 3 million, the government of Chancellor Klaus Ebner has "
            "made new jobs its priority.")
    found = people(text)
    assert found["Klaus Ebner"].roles == ["Chancellor"]


def test_role_written_after_the_name_in_an_indian_business_story():
    text = ('"We will build two more refineries," said Arvind Mehta, chairman of Vardhan Industries, '
            "on Friday. Mr Mehta did not give a figure.")
    found = people(text)
    mehta = found["Arvind Mehta"]
    assert mehta.roles == ["chairman"] and mehta.organisations == ["Vardhan Industries"]
    assert mehta.aliases == ["Mehta"]


# ---------------------------------------------------------------- names with no title or speech cue

def test_unknown_two_and_three_word_names_are_people_not_organisations():
    text = ("Nigerian long jumper Chukwuemeka Adebayo, 27, cleared eight metres. Adebayo said he "
            "was pleased.\n\nThe regent, Wahyu Setiawan Pratama, visited the flooded villages.\n\n"
            "As Ilse Vandersteen noted in her column, the rules are vague.")
    found = people(text)
    assert set(found) == {"Chukwuemeka Adebayo", "Wahyu Setiawan Pratama", "Ilse Vandersteen"}
    assert found["Chukwuemeka Adebayo"].aliases == ["Adebayo"]


def test_a_bare_single_unknown_word_is_no_person_but_an_apposition_with_a_role_makes_one():
    text = ("Rochford is quiet this week. Markovic, the 2012 European 400m champion, withdrew "
            "from the meeting.")
    found = people(text)
    assert set(found) == {"Markovic"}
    assert found["Markovic"].roles == ["2012 European 400m champion"]


def test_hyphen_between_two_full_names_gives_two_people():
    found = people("Fans queued for the Emma Stone-Ryan Gosling musical on its opening night.")
    assert set(found) == {"Emma Stone", "Ryan Gosling"}


def test_a_character_with_the_actor_in_brackets_is_not_a_person():
    text = "The sequel follows Jack Marlowe (Idris Elba), a retired detective, back to Glasgow."
    assert set(people(text)) == {"Idris Elba"}


def test_possessive_party_before_a_name_is_the_affiliation():
    text = "The Conservatives' Priti Ashworth and Labour's Dennis Oyelaran both voted against."
    found = people(text)
    assert found["Dennis Oyelaran"].organisations == ["Labour"]


def test_title_run_then_honorific_keeps_the_full_name_and_title():
    text = "\u201cIt is a landmark,\u201d said Head of Research Professor Amara Nwosu."
    found = people(text)
    assert set(found) == {"Amara Nwosu"}
    assert found["Amara Nwosu"].roles == ["Head of Research"]


def test_apposition_after_a_committee_is_a_person_with_the_whole_title():
    text = "The chair of the inquiry, Rukhsana Qureshi, said evidence sessions would start in May."
    found = people(text)
    assert found["Rukhsana Qureshi"].roles == ["chair of the inquiry"]


def test_trade_nouns_and_sport_titles_are_roles():
    text = ("Dolores Whitcombe, a marine biologist at the University of Plymouth, led the survey. "
            "Former champion and Sky Sports pundit Gary Lennox called it a classic.")
    found = people(text)
    assert found["Dolores Whitcombe"].roles == ["marine biologist"]
    assert found["Dolores Whitcombe"].organisations == ["University of Plymouth"]
    assert found["Gary Lennox"].roles == ["pundit"]
    assert found["Gary Lennox"].organisations == ["Sky Sports"]


def test_implied_and_pronoun_affiliations():
    text = ("Harwood Foods posted a loss on Thursday. Managing director Fiona Baird said the firm "
            "would cut costs. Harwood Foods has 12 plants.\n\nVantix, which sold its stake in Orrel Labs last year, said its chief "
            "operating officer Tom Reyes would retire.")
    found = people(text)
    assert found["Fiona Baird"].organisations == ["Harwood Foods"]
    assert found["Tom Reyes"].organisations == ["Vantix"]


def test_organisation_after_a_title_is_split_from_the_role_when_named_again():
    text = ("\u201cWe are growing,\u201d said Lena Morgenstern, Chief Executive of Quellwerk Digital. "
            "Quellwerk Digital employs 400 people.")
    found = people(text)
    assert found["Lena Morgenstern"].roles == ["Chief Executive"]
    assert found["Lena Morgenstern"].organisations == ["Quellwerk Digital"]


# ---------------------------------------------------------------- US wire style roles

def test_us_abbreviated_titles_are_roles():
    text = ("State Sen. Mara Dolan (R-Essex) criticised the plan. U.S. Rep. Tom Brick said he "
            "would vote against it, and Gov. Ellen Voss said nothing.")
    found = people(text)
    assert found["Mara Dolan"].roles == ["State Sen."]
    assert found["Tom Brick"].roles == ["U.S. Rep."]
    assert found["Ellen Voss"].roles == ["Gov."]


def test_role_after_age_with_coordinated_titles_and_of_organisation():
    text = ("\u201cOrders are back,\u201d said Ray Tolland, 47, co-founder and managing director of "
            "Tolland Plumbing LLC. \u201cWe are hiring again.\u201d")
    p = people(text)["Ray Tolland"]
    assert p.roles == ["co-founder and managing director"]
    assert p.organisations == ["Tolland Plumbing LLC"]


def test_role_keeps_an_of_phrase_about_a_field_and_takes_the_org_after_at():
    text = ("Bond buyers are cautious, said Dana Whitby, head of Asia equity strategy at "
            "Harlow Brothers Securities Inc., in a note to clients.")
    p = people(text)["Dana Whitby"]
    assert p.roles == ["head of Asia equity strategy"]
    assert p.organisations == ["Harlow Brothers Securities Inc."]


def test_organisation_inside_an_appositive_with_an_article():
    text = ("Hiring has stalled, said Noel Barrow, a Kingsgate University economist in Leeds. "
            "Snow is likely, said Pia Lund, a KXTV meteorologist. "
            "Fog will lift, WRNB meteorologist Sam Oduya said.")
    found = people(text)
    assert found["Noel Barrow"].roles == ["economist"]
    assert found["Noel Barrow"].organisations == ["Kingsgate University"]
    assert found["Pia Lund"].roles == ["meteorologist"] and found["Pia Lund"].organisations == ["KXTV"]
    assert found["Sam Oduya"].roles == ["meteorologist"] and found["Sam Oduya"].organisations == ["WRNB"]


def test_place_modifier_inside_a_title_and_trades_by_their_ending():
    text = ("Rents will keep rising, said Lee Harker, Corvane Partners senior U.S. housing "
            "economist. Maps matter, said Ines Palo, a marine cartographer at the University of "
            "Northland.")
    found = people(text)
    assert found["Lee Harker"].roles == ["senior U.S. housing economist"]
    assert found["Lee Harker"].organisations == ["Corvane Partners"]
    assert found["Ines Palo"].roles == ["marine cartographer"]
    assert found["Ines Palo"].organisations == ["University of Northland"]


def test_its_title_means_the_organisation_named_in_the_sentence():
    text = "Pellham Reserve Bank expects slower growth, according to its president, Carl Dunmore."
    p = people(text)["Carl Dunmore"]
    assert p.roles == ["president"] and p.organisations == ["Pellham Reserve Bank"]


def test_lower_case_body_after_of_is_the_affiliation():
    text = "Rafi Utomo, head of the regional flood control agency, said the levees would hold."
    p = people(text)["Rafi Utomo"]
    assert p.roles == ["head"] and p.organisations == ["regional flood control agency"]


def test_adjectives_split_by_commas_and_job_nouns_before_a_name():
    text = ("Among them is Tom Akers, a retired, part-time, school bus driver in Leeds. "
            "On Monday board member Rosa Lind backed the rule.")
    found = people(text)
    assert found["Tom Akers"].roles == ["retired part-time school bus driver"]
    assert found["Rosa Lind"].roles == ["board member"]


# ---------------------------------------------------------------- round 4: general rules, own text


def test_contact_block_gives_each_line_the_firm_heading_it():
    text = ("Brackwater Holdings plc today completed the sale of its marine division.\n\n"
            "For further information, please contact:\n\n"
            "Brackwater Holdings plc:\n\n"
            "Oliver Pennant ~ Finance Director  01632 960123\n\n"
            "Halberd Partners:\n\n"
            "Ruth Okafor ~ Managing Director 020 7946 0555\n\n"
            "Tamsin Greaves 020 7946 0556\n")
    found = people(text)
    assert found["Oliver Pennant"].roles == ["Finance Director"]
    assert found["Oliver Pennant"].organisations == ["Brackwater Holdings plc"]
    assert found["Ruth Okafor"].organisations == ["Halberd Partners"]
    assert found["Tamsin Greaves"].organisations == ["Halberd Partners"]


def test_media_contacts_with_e_mail_lines_are_people_not_headlines():
    text = ("Corvan Energy said output rose 4% in the quarter.\n\n"
            "Media enquiries:\n\n"
            "Linnea Sorvik | Head of Communications | press@corvan.example\n")
    found = people(text)
    assert "Linnea Sorvik" in found
    assert found["Linnea Sorvik"].roles == ["Head of Communications"]


def test_capitalised_words_before_a_lower_case_job_are_the_employer():
    for text, name, role, org in [
        ("Gazette executive Harriet Vole said the paper would add pages.", "Harriet Vole", "executive", "Gazette"),
        ("Quillon Brokers analyst Simon Frayne expects a rebound.", "Simon Frayne", "analyst", "Quillon Brokers"),
        ("\"It is a fair price,\" said Ostrava Mining spokesman Pavel Dvorak.", "Pavel Dvorak", "spokesman", "Ostrava Mining"),
    ]:
        p = people(text)[name]
        assert p.roles == [role], text
        assert p.organisations == [org], text


def test_acronym_title_run_after_a_name_splits_into_employer_and_title():
    text = ('"We will fight this," said Ellen Marsh, RCN General Secretary. '
            "Ms Marsh said members would be balloted.")
    p = people(text)["Ellen Marsh"]
    assert p.roles == ["General Secretary"]
    assert p.organisations == ["RCN"]


def test_org_after_a_title_with_its_own_of_phrase_is_the_employer():
    text = ("Bernard Lowe, head of equity research at Quarry Stockbrokers, said shares were cheap. "
            "Lowe added that banks looked strong.")
    p = people(text)["Bernard Lowe"]
    assert p.roles == ["head of equity research"]
    assert p.organisations == ["Quarry Stockbrokers"]


def test_titled_owner_before_a_possessive_company_is_a_person():
    text = ("The chain was sold last year, having been owned by Lord Arthur Pemberton's "
            "Pemberton Leisure Group. The family declined to comment.")
    assert "Arthur Pemberton" in people(text)


def test_plural_title_before_a_list_gives_each_name_the_title():
    text = ("The district review meeting was held on Friday. Ministers Kavita Ramaswamy and R. Prakash "
            "attended. Senators Joan Whitlow and Mark Ebbers voted against the bill.")
    found = people(text)
    assert found["Kavita Ramaswamy"].roles == ["Minister"]
    assert found["R. Prakash"].roles == ["Minister"]
    assert found["Joan Whitlow"].roles == ["Senator"]
    assert found["Mark Ebbers"].roles == ["Senator"]


def test_plural_appositive_before_a_list_is_shared_with_its_broadcaster():
    text = ("CHICAGO - Both basketball commentators on KBTV, Greg Holder and Ray Munson, disagree often. "
            "KBTV said the segment drew record ratings.")
    found = people(text)
    for name in ("Greg Holder", "Ray Munson"):
        assert found[name].roles == ["basketball commentators"], name
        assert found[name].organisations == ["KBTV"], name


def test_a_participle_phrase_is_no_title_and_lends_none_to_a_later_name():
    text = ("On the show, co-host Dana Whitby, dressed like a referee, rules in favour of Priya Sen "
            "or Tom Aldous. Sen said she enjoyed it.")
    found = people(text)
    assert found["Dana Whitby"].roles == ["co-host"]
    assert found["Priya Sen"].roles == []
