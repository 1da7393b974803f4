"""Money kinds and parties, general rules: sentences of several outlets' styles, none taken from a
scored article."""
from __future__ import annotations

import pytest

from briefs.extract import names as name_layer
from briefs.extract.money import extract_money
from briefs.model import Article
from briefs.text import parse


def money_of(text: str):
    parsed = parse(Article(id="a", path="a.txt", text=text, date="2025-03-10"))
    return extract_money(parsed, name_layer.analyse(parsed))


def kind(text: str) -> str:
    found = money_of(text)
    assert len(found) == 1, found
    return found[0].kind


@pytest.mark.parametrize("text", [
    "The scheme is backed by £4m of taxpayers' money.",
    "Taxpayers' money worth £12m has been put into the redevelopment in the town centre.",
    "The government announced $20m in public money for flood defences in the region.",
    "Ministers found €30m of public funds for the new tram line in the city.",
    "The station upgrade will get £6m of lottery money.",
])
def test_money_from_the_public_purse_is_funding(text):
    assert kind(text) == "funding"


@pytest.mark.parametrize("text, want", [
    ("The council will spend £2m on a new leisure centre in the town.", "funding"),
    ("The trust was awarded £400,000 to restore the mill in the village.", "funding"),
    ("The company made a profit of $40m in the town's biggest factory.", "other"),
    ("House prices in the city rose to an average of £320,000.", "other"),
])
def test_a_place_never_decides_the_kind(text, want):
    assert kind(text) == want


@pytest.mark.parametrize("text", [
    "Visitors spent £45m in the town last year.",
    "Each will spend up to $25,000 a year in the region on fees and rent.",
    "Fans typically spend £80 on a matchday, the survey found.",
])
def test_people_spending_their_own_money_is_not_funding(text):
    assert kind(text) == "other"


@pytest.mark.parametrize("text, funder, recipient", [
    ("Northbridge Council has been given £3m from the Towns Fund to revamp its high street.", "Towns Fund", "Northbridge Council"),
    ("Leeds Museum will receive $1.5m from the Arts Council, it was announced.", "Arts Council", "Leeds Museum"),
    ("A grant of £800,000 was awarded to the University of Leeds by the Wellcome Trust.", "Wellcome Trust", "University of Leeds"),
])
def test_funder_and_recipient_of_money_received(text, funder, recipient):
    found = money_of(text)[0]
    assert (found.kind, found.funder, found.recipient) == ("funding", funder, recipient)
