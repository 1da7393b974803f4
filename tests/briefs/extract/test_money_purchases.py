"""Money, general rules: a price paid for a thing is no funding, the price of a business is a deal
value; a year after an amount ("$5m in 2025") is when, never who receives or what for. Sentences
in several outlets' styles, none taken from a scored article."""
from __future__ import annotations

import pytest

from briefs.extract import names as name_layer
from briefs.extract.money import extract_money
from briefs.model import Article
from briefs.text import parse


def money_of(text: str):
    parsed = parse(Article(id="a", path="a.txt", text=text, date="2025-03-10"))
    return extract_money(parsed, name_layer.analyse(parsed))


def only(text: str):
    found = money_of(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text", [
    "The council said it had bought the old mill for £2.4m last year.",  # local paper
    "In 2019 the family bought the house for A$1.2 million, records show.",  # Australian
    "A collector purchased the painting for $3.5m at an auction in New York.",  # wire
    "The couple bought a two-bedroom flat in Bandra for Rs 1.8 crore.",  # Indian
    "He paid £40,000 for the vintage car, he told the paper.",  # magazine
    "Fans asked why the club would pay £27m for Darren Tolley, a teenage striker.",  # sports desk
])
def test_a_price_paid_for_a_thing_is_other(text):
    assert only(text).kind == "other"


@pytest.mark.parametrize("text", [
    "Kestrel Foods bought a rival bakery chain for $5m.",
    "Halden Group acquired Zylo Labs for $300 million in cash.",
    "The lender bought a 20% stake in the insurer for €450m.",
    "Brightwater agreed to pay C$2.1bn for the pipeline operator.",
])
def test_the_price_of_a_business_is_a_deal_value(text):
    assert only(text).kind == "funding"


@pytest.mark.parametrize("text", [
    "Kestrel Foods bought a rival bakery chain for $5m in 2023.",
    "The government will spend $5m in 2025 on new clinics.",
    "The foundation gave €12m in 2024 to rural schools in Kenya, it said.",  # charity release
    "Ottawa committed C$40 million in 2026 for the new bridge.",  # Canadian
])
def test_a_year_is_never_a_recipient(text):
    found = only(text)
    assert found.kind == "funding"
    assert not (found.recipient or "")[:1].isdigit(), found.recipient


def test_a_year_is_skipped_for_what_the_money_is_for():
    assert only("The government will spend $5m in 2025 on new clinics.").recipient == "new clinics"
