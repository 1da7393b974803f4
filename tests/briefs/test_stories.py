"""Grouping articles into stories through the people, organisations and amounts they share."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import story_fixtures as fx
from briefs.merge import merge
from briefs.model import Article
from briefs.extract import Extraction
from briefs.stories import LARGE_CORPUS, Mention, Profile, group, labels

LEAD = Mention(in_lead=True, count=1)
OFTEN = Mention(in_lead=False, count=4)
ONCE = Mention(in_lead=False, count=1)
AMOUNT_IN_LEAD = Mention(in_lead=True, count=1, anchor=False)


def profile(date=None, **entities) -> Profile:
    return Profile(date=date, entities=dict(entities))


# ---------------------------------------------------------------- grouping rules

def test_articles_sharing_an_entity_in_both_leads_are_one_story():
    assert group([profile(oppo=LEAD), profile(oppo=LEAD), profile(nintendo=LEAD)]) == [0, 0, 1]


def test_two_entities_salient_in_both_link_without_the_lead():
    assert group([profile(oppo=OFTEN, polyu=OFTEN), profile(oppo=OFTEN, polyu=LEAD)]) == [0, 0]


def test_one_entity_mentioned_in_passing_does_not_link():
    assert group([profile(bbc=ONCE, x=LEAD), profile(bbc=ONCE, y=LEAD)]) == [0, 1]
    assert group([profile(labour=OFTEN), profile(labour=OFTEN)]) == [0, 1]


def test_an_amount_alone_does_not_link_but_counts_with_a_name():
    money = "money:NZD:2.5e+08"
    assert group([profile(**{money: AMOUNT_IN_LEAD}), profile(**{money: AMOUNT_IN_LEAD})]) == [0, 1]
    assert group([profile(massey=OFTEN, **{money: AMOUNT_IN_LEAD}),
                  profile(massey=OFTEN, **{money: AMOUNT_IN_LEAD})]) == [0, 0]


def test_links_are_transitive():
    assert group([profile(a=LEAD), profile(a=LEAD, b=LEAD), profile(b=LEAD), profile(c=LEAD)]) == [0, 0, 0, 1]


def test_articles_dated_far_apart_are_different_stories():
    early, late = profile("2007-09-21", massey=LEAD), profile("2014-04-01", massey=LEAD)
    assert group([early, late]) == [0, 1]
    assert group([profile("2024-11-05", oppo=LEAD), profile("2024-11-08", oppo=LEAD)]) == [0, 0]
    assert group([profile("2024-11-05", oppo=LEAD), profile(None, oppo=LEAD)]) == [0, 0]
    assert group([profile("not a date", oppo=LEAD), profile("2024-11-05", oppo=LEAD)]) == [0, 0]


def test_an_entity_in_most_of_a_large_corpus_links_nothing():
    n = LARGE_CORPUS + 2
    profiles = [profile(reuters=LEAD, **{f"own{i}": LEAD}) for i in range(n)]
    assert group(profiles) == list(range(n))
    # in a small folder the same sharing is a story
    assert group(profiles[:3]) == [0, 0, 0]


def test_stories_are_numbered_by_their_first_article():
    assert group([profile(x=LEAD), profile(y=LEAD), profile(x=LEAD)]) == [0, 1, 0]
    assert group([]) == []


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sets(st.sampled_from("abcdef"), max_size=3), max_size=12))
def test_grouping_does_not_depend_on_article_order(entity_sets):
    profiles = [profile(**{k: LEAD for k in keys}) for keys in entity_sets]
    forward = group(profiles)
    backward = group(profiles[::-1])[::-1]
    pairs = lambda stories: {(i, j) for i in range(len(stories)) for j in range(len(stories))
                             if stories[i] == stories[j]}
    assert pairs(forward) == pairs(backward)


# ---------------------------------------------------------------- labels

def test_labels_name_the_main_entities_and_are_unique():
    profiles = [profile(oppo=LEAD, polyu=OFTEN, teng=ONCE), profile(oppo=LEAD, polyu=LEAD),
                profile(oppo=ONCE, other=LEAD), profile(nothing=ONCE)]
    names = {"oppo": "Oppo", "polyu": "PolyU", "teng": "Jin-Guang Teng", "other": "Oppo / PolyU"}
    got = labels(profiles, [0, 0, 1, 2], names, ["a.txt", "b.txt", "c.txt", "d.txt"])
    assert got[0] == "Oppo / PolyU"
    assert got[1] != got[0] and got[1].startswith("Oppo")
    assert got[2] == "d.txt"  # no named main entity: the article's own label
    assert len(set(got)) == 3


def test_duplicate_labels_get_a_number_that_is_itself_unique():
    profiles = [profile(x=LEAD), profile(y=LEAD), profile(z=LEAD)]
    names = {"x": "Smith", "y": "Smith", "z": "Smith (2)"}
    got = labels(profiles, [0, 1, 2], names, ["a", "b", "c"])
    assert len(set(got)) == 3 and got[0] == "Smith"


# ---------------------------------------------------------------- through merge

def test_a_folder_of_unrelated_news_gives_several_stories():
    pairs = [(fx.WIRE, fx.wire), (fx.COUNCIL, fx.council), (fx.POST, fx.post),
             (fx.CRICKET, fx.cricket), (fx.TECH, fx.tech)]
    brief = merge([a for a, _ in pairs], [make() for _, make in pairs])
    story = {a.id: a.story for a in brief.articles}
    assert story["vantor-wire"] == story["vantor-post"] == story["vantor-tech"] == "Vantor / NBU"
    assert len({story["vantor-wire"], story["council-bbc"], story["cricket-club"]}) == 3
    assert "Harlow District Council" in story["council-bbc"]


def test_a_single_article_is_its_own_story():
    brief = merge([fx.CRICKET], [fx.cricket()])
    assert brief.articles[0].story == "Ashford Cricket Club / Kentish Ales"


def test_an_article_with_nothing_named_is_labelled_by_its_title_or_file():
    untitled = Article(id="x", path="news/notes-17.txt", text="Nothing named here.")
    titled = Article(id="y", path="news/y.txt", title="Rain expected across the region all week long", text="Rain.")
    brief = merge([untitled, titled], [Extraction(), Extraction()])
    assert [a.story for a in brief.articles] == ["notes-17.txt", "Rain expected across the region all wee\u2026"]


def test_generic_one_word_bodies_do_not_make_a_story():
    a = Article(id="a", path="a.txt", text="The Government announced new rules for landlords.")
    b = Article(id="b", path="b.txt", text="The Government announced a review of school meals.")
    brief = merge([a, b], [Extraction(organisations=[fx.org(a, "Government")]),
                           Extraction(organisations=[fx.org(b, "Government")])])
    assert brief.articles[0].story != brief.articles[1].story
    assert len(brief.organisations) == 1  # still one organisation, with both sources


def test_a_salient_entity_in_the_title_links():
    a = Article(id="a", path="a.txt", title="Corus to cut jobs", text="The steelmaker said.\n\nIt will cut jobs.\n\nCorus shares fell.")
    b = Article(id="b", path="b.txt", text="Corus confirmed the cuts.")
    brief = merge([a, b], [Extraction(organisations=[fx.org(a, "Corus")]),
                           Extraction(organisations=[fx.org(b, "Corus")])])
    assert brief.articles[0].story == brief.articles[1].story == "Corus"
