"""Merging many articles' extractions into one brief: joins, kept sources, disagreements."""
from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import story_fixtures as fx
from briefs.export.json import contract
from briefs.extract import Extraction
from briefs.merge import acronym_fits, counts, merge, org_key, person_tokens, same_money, same_quote, quote_tokens
from briefs.model import Article, Funding, Equivalent

ALL = [(fx.WIRE, fx.wire), (fx.POST, fx.post), (fx.TECH, fx.tech), (fx.COUNCIL, fx.council),
       (fx.CRICKET, fx.cricket), (fx.LETTER, fx.letter)]


def brief_of(*pairs):
    return merge([a for a, _ in pairs], [make() for _, make in pairs])


def sources(item) -> list[str]:
    return sorted({e.article for e in item.evidence})


def named(items, name):
    hits = [i for i in items if i.name == name]
    assert len(hits) == 1, [i.name for i in items]
    return hits[0]


def with_text(items, words):
    hits = [i for i in items if words in i.text]
    assert len(hits) == 1, [i.text for i in items]
    return hits[0]


# ---------------------------------------------------------------- organisations

def test_case_and_possessive_variants_join_as_one_organisation():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post), (fx.TECH, fx.tech))
    vantor = named(brief.organisations, "Vantor")
    assert sources(vantor) == ["vantor-post", "vantor-tech", "vantor-wire"]
    assert vantor.aliases == ["VANTOR"]  # the possessive "Vantor's" is not a name form


def test_acronym_defined_in_one_article_joins_the_full_name_in_others():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post))
    assert [o.name for o in brief.organisations] == ["Vantor", "Northbridge University"]
    nbu = brief.organisations[1]
    assert nbu.aliases == ["NBU"] and sources(nbu) == ["vantor-post", "vantor-wire"]


def test_acronym_alone_in_another_article_joins_through_the_alias():
    short = Article(id="short", path="short.txt", text="NBU staff welcomed the Vantor deal.")
    ex = Extraction(organisations=[fx.org(short, "NBU"), fx.org(short, "Vantor")])
    brief = merge([fx.WIRE, short], [fx.wire(), ex])
    assert sources(named(brief.organisations, "Northbridge University")) == ["short", "vantor-wire"]


def test_an_acronym_defined_in_brackets_joins_even_when_not_listed_as_an_alias():
    # Each article's extraction lists the acronym as its own organisation; the text defines it.
    a = fx.WIRE
    b = Article(id="b", path="b.txt", text="NBU students built the first prototype.")
    ea = Extraction(organisations=[fx.org(a, "Northbridge University"), fx.org(a, "NBU", mention="(NBU)")])
    eb = Extraction(organisations=[fx.org(b, "NBU")])
    brief = merge([a, b], [ea, eb])
    assert [(o.name, o.aliases, sources(o)) for o in brief.organisations] == [
        ("Northbridge University", ["NBU"], ["b", "vantor-wire"])]


def test_a_bracketed_acronym_that_does_not_fit_the_name_is_not_joined():
    a = Article(id="a", path="a.txt", text="Shares in Vantor Robotics (NYSE) fell after the deal.")
    ex = Extraction(organisations=[fx.org(a, "Vantor Robotics"), fx.org(a, "NYSE")])
    assert len(merge([a], [ex]).organisations) == 2


def test_acronym_fits_initials_in_order():
    assert acronym_fits("PolyU", "Hong Kong Polytechnic University")
    assert acronym_fits("HKPU", "Hong Kong Polytechnic University")
    assert acronym_fits("NBU", "Northbridge University")
    assert acronym_fits("NM2", "New Media 2")
    assert acronym_fits("MCSRC", "Marine and Coastal Sciences Research Council")
    assert not acronym_fits("NYSE", "Vantor Robotics")
    assert not acronym_fits("UP", "Polytechnic University")
    assert not acronym_fits("", "Polytechnic University")


def test_an_acronym_two_organisations_claim_joins_neither_across_articles():
    a = Article(id="a", path="a.txt", text="The Press Association (PA) reported the fall.")
    b = Article(id="b", path="b.txt", text="The Parks Agency (PA) closed the reserve.")
    brief = merge([a, b], [Extraction(organisations=[fx.org(a, "Press Association", aliases=["PA"])]),
                           Extraction(organisations=[fx.org(b, "Parks Agency", aliases=["PA"])])])
    assert sorted(o.name for o in brief.organisations) == ["Parks Agency", "Press Association"]


def test_org_key_ignores_case_possessive_leading_the_and_legal_form():
    assert org_key("OPPO") == org_key("Oppo's") == org_key("Oppo\u2019s") == "oppo"
    assert org_key("The Times") == org_key("Times")
    assert org_key("Microsoft Corp.") == org_key("Microsoft")
    assert org_key("The") == "the"


# ---------------------------------------------------------------- people

def test_the_same_full_name_joins_across_articles_with_every_source():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post), (fx.TECH, fx.tech))
    moreno = named(brief.people, "Alice Moreno")
    assert sources(moreno) == ["vantor-post", "vantor-tech", "vantor-wire"]
    assert sorted(moreno.organisations) == ["NBU", "Northbridge", "Northbridge University"]


def test_a_surname_joins_the_one_person_in_its_own_article():
    brief = brief_of((fx.POST, fx.post))
    chen = named(brief.people, "Wei Chen")
    assert chen.aliases == ["Chen"] and len(chen.evidence) == 2
    assert [p.name for p in brief.people] == ["Alice Moreno", "Wei Chen"]


def test_people_sharing_a_surname_are_never_joined():
    brief = brief_of((fx.COUNCIL, fx.council), (fx.CRICKET, fx.cricket), (fx.LETTER, fx.letter))
    assert sorted(p.name for p in brief.people) == ["Hollins", "Peter Hollins", "Steve Hollins"]
    # "Mr Hollins" in the council story is the council's Hollins, whoever else is called Hollins
    assert named(brief.people, "Peter Hollins").aliases == ["Hollins"]
    assert sources(named(brief.people, "Steve Hollins")) == ["cricket-club"]
    # the letter's "Mr Hollins" could be either: it stays on its own
    assert sources(named(brief.people, "Hollins")) == ["letters"]


def test_a_surname_joins_across_articles_when_only_one_person_carries_it():
    note = Article(id="note", path="note.txt", text="Ms Moreno declined to comment further.")
    brief = merge([fx.WIRE, note], [fx.wire(), Extraction(people=[fx.person(note, "Moreno", mention="Ms Moreno")])])
    moreno = named(brief.people, "Alice Moreno")
    assert sources(moreno) == ["note", "vantor-wire"] and "Moreno" in moreno.aliases


def test_the_same_surname_alone_is_one_person_within_a_story_only():
    a = Article(id="a", path="a.txt", text="Lord Ambleside told the Today programme the rules were fair.")
    b = Article(id="b", path="b.txt", text="Lord Ambleside defended the rules on the Today programme.")
    c = Article(id="c", path="c.txt", date="1999-01-01", text="Mr Ambleside, a farmer, sold his flock.")
    def ex(x):
        return Extraction(people=[fx.person(x, "Ambleside", mention="Ambleside")],
                          organisations=[fx.org(x, "Today", mention="Today")] if x is not c else [])
    brief = merge([a, b, c], [ex(a), ex(b), ex(c)])
    assert sorted(sources(p) for p in brief.people) == [["a", "b"], ["c"]]


def test_a_middle_initial_joins_unless_two_middle_names_are_known():
    a = Article(id="a", path="a.txt", text="Mark T. Danvers, managing director, spoke.")
    b = Article(id="b", path="b.txt", text="Mark Danvers opened the new wing.")
    c = Article(id="c", path="c.txt", text="Mark K. Danvers, a farmer, objected.")
    people = {x.id: Extraction(people=[fx.person(x, n)]) for x, n in
              [(a, "Mark T. Danvers"), (b, "Mark Danvers"), (c, "Mark K. Danvers")]}
    joined = merge([a, b], [people["a"], people["b"]])
    assert [p.name for p in joined.people] == ["Mark T. Danvers"]
    assert joined.people[0].aliases == ["Mark Danvers"]
    apart = merge([a, b, c], [people["a"], people["b"], people["c"]])
    assert len(apart.people) == 3


def test_person_tokens_drop_honorifics_but_keep_a_bare_title_name():
    assert person_tokens("Lord Ambleside") == ["ambleside"]
    assert person_tokens("Dr Jin-Guang Teng") == ["jin", "guang", "teng"]
    assert person_tokens("Lord") == ["lord"]


def test_roles_that_share_no_word_are_a_disputed_role():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post), (fx.TECH, fx.tech))
    moreno = named(brief.people, "Alice Moreno")
    assert moreno.roles == ["vice-chancellor", "Northbridge president", "president"] or \
        set(moreno.roles) == {"vice-chancellor", "Northbridge president", "president"}
    conflicts = {c.value: c.articles for c in moreno.conflicts if c.field == "role"}
    assert conflicts == {"vice-chancellor": ["vantor-post"],
                         "Northbridge president": ["vantor-tech", "vantor-wire"]}


def test_roles_that_overlap_are_not_disputed():
    brief = brief_of((fx.WIRE, fx.wire), (fx.TECH, fx.tech))
    assert named(brief.people, "Alice Moreno").conflicts == []


def test_different_roles_in_unrelated_stories_are_not_disputed():
    a = Article(id="a", path="a.txt", date="2010-10-21",
                text="Universities minister Helen Marsden said fees would rise.")
    b = Article(id="b", path="b.txt", date="2014-01-17",
                text="Science minister Helen Marsden opened the centre.")
    brief = merge([a, b], [Extraction(people=[fx.person(a, "Helen Marsden", roles=["Universities minister"])]),
                           Extraction(people=[fx.person(b, "Helen Marsden", roles=["Science minister"])])])
    assert brief.people[0].conflicts == [] and sources(brief.people[0]) == ["a", "b"]
    # "minister" is shared in any case; a truly different role in another story is not flagged either
    brief = merge([a, b], [Extraction(people=[fx.person(a, "Helen Marsden", roles=["Universities minister"])]),
                           Extraction(people=[fx.person(b, "Helen Marsden", roles=["chairman"])])])
    assert brief.people[0].conflicts == []


# ---------------------------------------------------------------- money

def test_the_same_amount_written_two_ways_joins_with_both_sources():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post))
    yuan = [f for f in brief.funding if f.currency == "CNY"]
    assert len(yuan) == 1
    item = yuan[0]
    assert sources(item) == ["vantor-post", "vantor-wire"] and item.conflicts == []
    assert item.amount == 50e6 and [(e.amount, e.currency) for e in item.equivalents] == [(6.9e6, "USD")]
    # fullest form of each field, filled from whichever article has it
    assert item.text == "no less than 50 million yuan (US$6.9 million)"
    assert item.recipient == "NBU" and item.period == "over the coming five years"


def test_an_amount_joins_its_conversion_stated_the_other_way_round():
    us = Article(id="us", path="us.txt", text="Vantor will spend $6.9m (50m yuan) on the Northbridge University centre.")
    ex = Extraction(organisations=[fx.org(us, "Vantor"), fx.org(us, "Northbridge University")],
                    funding=[fx.money(us, "$6.9m (50m yuan)", 6.9e6, "USD", equivalents=[(50e6, "CNY")])])
    brief = merge([fx.WIRE, us], [fx.wire(), ex])
    item = next(f for f in brief.funding if "us" in sources(f))
    assert sources(item) == ["us", "vantor-wire"]


def test_two_different_amounts_in_one_currency_are_not_joined():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post))
    dollars = sorted((f.amount, sources(f)) for f in brief.funding if f.currency == "USD")
    assert dollars == [(2e6, ["vantor-wire"]), (3e6, ["vantor-post"])]


def test_same_money_rules():
    yuan = Funding(30e6, "CNY", equivalents=[Equivalent(4.2e6, "USD")])
    assert same_money(yuan, Funding(30e6, "CNY"))
    assert same_money(yuan, Funding(4.2e6, "USD"))
    assert same_money(Funding(4.2e6, "USD"), yuan)
    assert same_money(yuan, Funding(30.2e6, "CNY"))  # within 1%
    assert not same_money(yuan, Funding(31e6, "CNY"))
    assert not same_money(yuan, Funding(31e6, "CNY", equivalents=[Equivalent(4.2e6, "USD")]))
    assert not same_money(yuan, Funding(30e6, "HKD"))


def test_equal_amounts_in_one_article_stay_two_facts():
    a = Article(id="a", path="a.txt", text="Tarnwick gets $1.5 million for labs. A further $1.5 million is set aside for next year.")
    ex = Extraction(funding=[fx.money(a, "$1.5 million", 1.5e6, "NZD"),
                             fx.money(a, "$1.5 million", 1.5e6, "NZD")])
    ex.funding[1].evidence = [fx.ev(a, "$1.5 million", 1)]
    assert len(merge([a], [ex]).funding) == 2


def test_equal_amounts_in_unrelated_stories_are_not_joined():
    a = Article(id="a", path="a.txt", date="2013-10-31",
                text="Harwood University welcomed the Government's decision.\n\nThe Government will spend up to $180m on the campus.")
    b = Article(id="b", path="b.txt", date="2014-04-01",
                text="Corran University opened its dairy science hall.\n\nA planned $180 million AgriHub investment is under way.")
    brief = merge([a, b], [Extraction(organisations=[fx.org(a, "Harwood University")],
                                      funding=[fx.money(a, "$180m", 180e6, "NZD")]),
                           Extraction(organisations=[fx.org(b, "Corran University")],
                                      funding=[fx.money(b, "$180 million", 180e6, "NZD")])])
    assert len(brief.funding) == 2


def test_one_commitment_with_different_figures_is_a_disputed_figure():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post), (fx.TECH, fx.tech))
    yuan = [f for f in brief.funding if f.currency == "CNY"]
    assert len(yuan) == 1
    item = yuan[0]
    assert item.amount == 50e6  # the figure most articles give leads
    assert sources(item) == ["vantor-post", "vantor-tech", "vantor-wire"]
    assert [(c.field, c.value, c.articles) for c in item.conflicts] == [
        ("amount", "50,000,000 CNY", ["vantor-post", "vantor-wire"]),
        ("amount", "60,000,000 CNY", ["vantor-tech"])]
    assert [(e.amount, e.currency) for e in item.equivalents] == [(6.9e6, "USD")]


def test_the_same_sentence_with_another_figure_is_a_disputed_figure():
    a = Article(id="a", path="a.txt", text="The health research council's budget will rise to $140 million in 2021/22, the minister said.")
    b = Article(id="b", path="b.txt", text="The health research council's budget will rise to $145 million in 2021/22, the minister said.")
    ea = Extraction(organisations=[fx.org(a, "health research council", mention="health research council")],
                    funding=[fx.money(a, "$140 million", 140e6, "NZD")])
    eb = Extraction(organisations=[fx.org(b, "health research council", mention="health research council")],
                    funding=[fx.money(b, "$145 million", 145e6, "NZD")])
    brief = merge([a, b], [ea, eb])
    assert len(brief.funding) == 1
    assert {c.value for c in brief.funding[0].conflicts} == {"140,000,000 NZD", "145,000,000 NZD"}


def test_two_commitments_from_one_funder_in_one_article_are_not_disputed():
    a = Article(id="a", path="a.txt", text="Vantor gave NBU 5m yuan for labs and 8m yuan for grants.")
    b = Article(id="b", path="b.txt", text="Vantor has pledged 6m yuan to NBU.")
    ea = Extraction(funding=[fx.money(a, "5m yuan", 5e6, "CNY", funder="Vantor", recipient="NBU"),
                             fx.money(a, "8m yuan", 8e6, "CNY", funder="Vantor", recipient="NBU")])
    eb = Extraction(funding=[fx.money(b, "6m yuan", 6e6, "CNY", funder="Vantor", recipient="NBU")])
    brief = merge([a, b], [ea, eb])
    assert len(brief.funding) == 3 and all(not f.conflicts for f in brief.funding)


# ---------------------------------------------------------------- goals

def test_the_same_goal_in_other_words_joins_once_with_both_sources():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post))
    recruit = with_text(brief.goals, "recruit")
    assert sources(recruit) == ["vantor-post", "vantor-wire"] and recruit.conflicts == []
    opening = with_text(brief.goals, "expected to be")
    assert sources(opening) == ["vantor-post", "vantor-wire"]
    assert len(brief.goals) == 2


def test_a_different_count_in_the_same_goal_is_disputed():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post), (fx.TECH, fx.tech))
    recruit = with_text(brief.goals, "recruit")
    assert sources(recruit) == ["vantor-post", "vantor-tech", "vantor-wire"]
    assert [(c.field, c.value, c.articles) for c in recruit.conflicts] == [
        ("count", "25", ["vantor-post", "vantor-wire"]), ("count", "30", ["vantor-tech"])]


def firm(article: Article, *goals) -> Extraction:
    """A steelmaker named in the lead, so articles about it are one story."""
    return Extraction(organisations=[fx.org(article, "Corus")], goals=list(goals))


def test_a_different_deadline_for_the_same_goal_is_disputed():
    a = Article(id="a", path="a.txt", date="2004-11-05", text="Corus plans to cut 1,000 jobs by 2006.")
    b = Article(id="b", path="b.txt", date="2004-11-06", text="Steelmaker Corus intends to cut 1,000 jobs by 2007.")
    brief = merge([a, b], [firm(a, fx.goal(a, "plans to cut 1,000 jobs by 2006", deadline="2006")),
                           firm(b, fx.goal(b, "intends to cut 1,000 jobs by 2007", deadline="2007"))])
    assert len(brief.goals) == 1
    assert [(c.field, c.value, c.articles) for c in brief.goals[0].conflicts] == [
        ("deadline", "2006", ["a"]), ("deadline", "2007", ["b"])]


def test_a_more_precise_deadline_is_not_a_disagreement():
    a = Article(id="a", path="a.txt", date="2024-11-05", text="The Corus plant is due to open in 2025.")
    b = Article(id="b", path="b.txt", date="2024-11-05", text="The Corus plant is due to open in January 2025.")
    brief = merge([a, b], [firm(a, fx.goal(a, "due to open in 2025", deadline="2025")),
                           firm(b, fx.goal(b, "due to open in January 2025", deadline="2025-01"))])
    assert brief.goals[0].conflicts == [] and brief.goals[0].deadline == "2025-01"


def test_merging_never_resolves_dates_again():
    # The undated article's "January next year" stays unresolved on its own ...
    alone = brief_of((fx.POST, fx.post))
    assert with_text(alone.goals, "operating").deadline is None
    # ... and joined, the deadline is the dated article's own, not one worked out for the other.
    both = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post))
    opening = with_text(both.goals, "expected to be")
    assert opening.deadline == "2025-01" and opening.conflicts == []


def test_goals_of_different_actors_do_not_join():
    a = Article(id="a", path="a.txt", text="Oppo aims to expand research on imaging.")
    b = Article(id="b", path="b.txt", text="Huawei aims to expand research on imaging.")
    ea = Extraction(organisations=[fx.org(a, "Oppo")], goals=[fx.goal(a, "aims to expand research on imaging", actor="Oppo")])
    eb = Extraction(organisations=[fx.org(b, "Oppo", mention="imaging")],
                    goals=[fx.goal(b, "aims to expand research on imaging", actor="Huawei")])
    assert len(merge([a, b], [ea, eb]).goals) == 2


def test_counts_pair_figures_with_what_they_count():
    assert counts("recruit approximately 25 doctoral researchers over a five-year period") == {
        "doctor": "25", "year": "5"}
    assert counts("protect 1,200 homes by 2027") == {"home": "1200"}
    assert counts("") == {}


# ---------------------------------------------------------------- quotes

def test_the_same_quote_truncated_and_differently_punctuated_joins():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post))
    we = with_text(brief.quotes, "We believe")
    assert sources(we) == ["vantor-post", "vantor-wire"]
    assert we.text.endswith("to more hospitals.")  # the fullest form
    assert len(brief.quotes) == 2


def test_same_quote_rules():
    def same(a, b):
        return same_quote(quote_tokens(a), quote_tokens(b))
    assert same("The research centre's primary goal is to [nurture] talent,",
                "The research centre\u2019s primary goal is to nurture talent")
    assert same("we have witnessed significant breakthroughs", "In three years we have witnessed significant breakthroughs.")
    assert same("We are thrilled, it secures the club's future for a decade",
                "We are so thrilled: it secures the club's future for the next decade")
    assert not same("a bold move", "It was a bold move by the board")  # too short to tell
    assert not same("We are thrilled", "We are not thrilled at all by this")


def test_the_same_words_from_different_speakers_do_not_join():
    a = Article(id="a", path="a.txt", text='"This is a great day for the city," said Anna Berg.')
    b = Article(id="b", path="b.txt", text='"This is a great day for the city," said Tom Reyes.')
    ea = Extraction(people=[fx.person(a, "Anna Berg")], organisations=[fx.org(a, "city")],
                    quotes=[fx.quote(a, "This is a great day for the city,", "Anna Berg")])
    eb = Extraction(people=[fx.person(b, "Tom Reyes")], organisations=[fx.org(b, "city")],
                    quotes=[fx.quote(b, "This is a great day for the city,", "Tom Reyes")])
    assert len(merge([a, b], [ea, eb]).quotes) == 2


# ---------------------------------------------------------------- the brief as a whole

def canonical(brief) -> list[str]:
    data = contract(brief)
    out = []
    for panel, items in data.items():
        for item in items:
            if "evidence" in item:
                item["evidence"] = sorted(item["evidence"], key=json.dumps)
            out.append(panel + json.dumps(item, sort_keys=True))
    return sorted(out)


def test_merging_is_order_independent():
    forward = brief_of(*ALL)
    backward = brief_of(*reversed(ALL))
    assert canonical(forward) == canonical(backward)


BUILT = [(a, make()) for a, make in ALL]  # merging never changes its inputs, so build them once
EXPECTED = canonical(merge([a for a, _ in BUILT], [e for _, e in BUILT]))


@settings(max_examples=20, deadline=None)
@given(st.permutations(range(len(ALL))))
def test_merging_any_order_gives_the_same_facts(order):
    picked = [BUILT[i] for i in order]
    assert canonical(merge([a for a, _ in picked], [e for _, e in picked])) == EXPECTED


def test_items_follow_the_order_of_the_articles():
    brief = brief_of(*ALL)
    firsts = [brief.people[0].evidence[0].article, brief.organisations[0].evidence[0].article]
    assert firsts == ["vantor-wire", "vantor-wire"]


def test_merging_leaves_its_inputs_untouched():
    articles = [a for a, _ in ALL]
    extractions = [make() for _, make in ALL]
    before = copy.deepcopy((articles, extractions))
    merge(articles, extractions)
    assert (articles, extractions) == before


def test_the_json_contract_shows_conflicts_and_stories():
    data = contract(brief_of(*ALL))
    stories = {a["id"]: a["story"] for a in data["articles"]}
    assert stories["vantor-wire"] == stories["vantor-post"] == stories["vantor-tech"]
    assert len(set(stories.values())) == 4
    disputed = [f for f in data["funding"] if "conflicts" in f]
    assert disputed and disputed[0]["conflicts"][0] == {
        "field": "amount", "value": "50,000,000 CNY", "articles": ["vantor-post", "vantor-wire"]}
    assert all("conflicts" not in o for o in data["organisations"])


def test_nothing_is_duplicated_in_the_story():
    brief = brief_of((fx.WIRE, fx.wire), (fx.POST, fx.post))
    for panel in ("people", "organisations", "funding", "goals", "quotes"):
        items = brief.panel(panel)
        keys = [json.dumps(contract_key(i)) for i in items]
        assert len(keys) == len(set(keys)), panel


def contract_key(item):
    return getattr(item, "name", None) or getattr(item, "text", None)


def test_articles_and_extractions_must_pair_up():
    with pytest.raises(ValueError):
        merge([fx.WIRE], [])


def test_an_empty_corpus_gives_an_empty_brief():
    brief = merge([], [])
    assert brief.articles == [] and brief.people == [] and brief.funding == []


def test_items_without_evidence_still_merge():
    a = Article(id="a", path="a.txt", text="Oppo.")
    b = Article(id="b", path="b.txt", text="OPPO.")
    from briefs.model import Organisation
    brief = merge([a, b], [Extraction(organisations=[Organisation("Oppo")]),
                           Extraction(organisations=[Organisation("OPPO")])])
    assert len(brief.organisations) == 1 and brief.organisations[0].aliases == ["OPPO"]


# ---------------------------------------------------------------- end to end on the seeds

def test_the_seeds_give_each_fact_once_with_both_sources():
    from briefs import ingest
    from briefs.bundled import seeds_dir
    from briefs.extract import extract_article
    from briefs.text import parse

    loaded = ingest.load([str(seeds_dir())])
    assert len(loaded.articles) == 2
    ids = sorted(a.id for a in loaded.articles)
    brief = merge(loaded.articles, [extract_article(parse(a)) for a in loaded.articles])

    def keys(o):
        return {org_key(f) for f in [o.name, *o.aliases]}
    assert len([o for o in brief.organisations if "oppo" in keys(o)]) == 1
    polyu = [o for o in brief.organisations if "polyu" in keys(o)]
    assert len(polyu) == 1 and "hong kong polytechnic university" in keys(polyu[0])
    assert sources(polyu[0]) == ids
    yuan = [f for f in brief.funding if f.currency == "CNY" and f.amount == 30e6]
    assert len(yuan) == 1 and sources(yuan[0]) == ids and not yuan[0].conflicts
    recruit = [g for g in brief.goals if "recruit" in g.text]
    assert len(recruit) == 1 and sources(recruit[0]) == ids
    for panel in ("people", "organisations", "goals", "quotes"):
        names = [getattr(i, "name", None) or i.text for i in brief.panel(panel)]
        assert len(names) == len(set(names)), panel
    assert len({a.story for a in brief.articles}) == 1
