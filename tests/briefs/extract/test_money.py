"""Money: every amount with its currency (ISO 4217), multiplier, qualifier and bracketed
conversions; `kind` funding vs other from the words around it; funder, recipient and period."""
from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.extract.money import extract_money
from briefs.extract.names import Mention, Names, analyse
from briefs.model import Article, Funding
from briefs.text import parse

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def run(text: str, names: Names | None = None, source: str | None = None) -> list[Funding]:
    parsed = parse(Article(id="a", path="a.txt", text=text, source=source))
    return extract_money(parsed, names if names is not None else Names())


def one(text: str, **kw) -> Funding:
    found = run(text, **kw)
    assert len(found) == 1, [(f.text, f.amount, f.currency) for f in found]
    return found[0]


def values(text: str, **kw) -> list[tuple[float, str]]:
    return [(f.amount, f.currency) for f in run(text, **kw)]


def orgs(text: str, *names: str) -> Names:
    """A name layer that knows `names` as organisations, wherever they occur."""
    found = Names()
    for name in names:
        for m in re.finditer(re.escape(name), text):
            found.mentions.append(Mention(m.start(), m.end(), name, "organisation"))
    found.mentions.sort(key=lambda m: m.start)
    return found


# ---------------------------------------------------------------- symbols and codes

@pytest.mark.parametrize("text, amount, currency", [
    ("The firm paid $45 for each share.", 45, "USD"),
    ("The group agreed a US$4.2 million settlement.", 4_200_000, "USD"),
    ("Tencent put HK$1.2bn into the venture, the Hong Kong exchange filing said.", 1_200_000_000, "HKD"),
    ("DBS set aside S$300 million for the scheme.", 300_000_000, "SGD"),
    ("The miner reported A$2.1bn in losses.", 2_100_000_000, "AUD"),
    ("Kauri Dairy said the plant would cost NZ$240m.", 240_000_000, "NZD"),
    ("Shopify paid C$1.5 billion for the start-up.", 1_500_000_000, "CAD"),
    ("Tickets cost £19 in London.", 19, "GBP"),
    ("The fine was €300,000.", 300_000, "EUR"),
    ("Sony cut the console price to ¥29,980 in Tokyo.", 29_980, "JPY"),
    ("Infosys will invest ₹500 crore in the campus.", 5_000_000_000, "INR"),
    ("Tata will spend Rs 5,000 crore on the plant.", 50_000_000_000, "INR"),
    ("Reliance paid Rs. 1,200 per share.", 1_200, "INR"),
    ("The fund will receive RMB 30 million from the city.", 30_000_000, "CNY"),
    ("It raised CNY500m in bonds.", 500_000_000, "CNY"),
    ("Daimler booked USD 2.5 billion in charges.", 2_500_000_000, "USD"),
    ("The loan of 40 million USD was repaid.", 40_000_000, "USD"),
    ("Nestle earned CHF 2.1bn.", 2_100_000_000, "CHF"),
])
def test_symbols_and_codes(text, amount, currency):
    assert values(text) == [(amount, currency)]


def test_yen_symbol_reads_as_yuan_in_a_chinese_story():
    text = ("Chinese retailer JD.com said in Beijing that shoppers in China spent ¥38bn during the "
            "festival, more than last year, the Shanghai exchange heard.")
    assert values(text) == [(38_000_000_000, "CNY")]


# ---------------------------------------------------------------- currency words

@pytest.mark.parametrize("text, amount, currency", [
    ("Oppo committed 30m yuan to the lab.", 30_000_000, "CNY"),
    ("The bank lent 2 billion renminbi to the developer.", 2_000_000_000, "CNY"),
    ("The insurer paid out 300 million dollars.", 300_000_000, "USD"),
    ("The council spent 2 million pounds on roads.", 2_000_000, "GBP"),
    ("The club was sold for 50m sterling.", 50_000_000, "GBP"),
    ("Its pre-tax earnings were 77m euros.", 77_000_000, "EUR"),
    ("The firm disclosed a 3bn euro hole in its accounts.", 3_000_000_000, "EUR"),
    ("Kawada Heavy forecast a net loss of 318bn yen.", 318_000_000_000, "JPY"),
    ("The state will spend 5 crore rupees on the bridge.", 50_000_000, "INR"),
    ("Novartis paid 1.2bn Swiss francs for the unit.", 1_200_000_000, "CHF"),
    ("The investor put in 3 million New Zealand dollars.", 3_000_000, "NZD"),
    ("Telstra paid 900m Australian dollars for the network.", 900_000_000, "AUD"),
    ("Ikea paid 2.5 billion Swedish kronor.", 2_500_000_000, "SEK"),
    ("The charity received 40,000 Kenyan shillings.", 40_000, "KES"),
    ("Volgatrans paid 3 billion roubles.", 3_000_000_000, "RUB"),
    ("The family was given two million euros.", 2_000_000, "EUR"),
])
def test_currency_words(text, amount, currency):
    assert values(text) == [(amount, currency)]


def test_kroner_follow_the_country_the_article_is_about():
    norway = ("A Norwegian court in Bergen told the landlord to pay 65,000 kroner (£5,000) to his "
              "former tenants in Norway.")
    denmark = "Danish dairy group Nordmejeri in Aarhus paid 2bn kroner for the Danish stake."
    assert values(norway) == [(65_000, "NOK")]
    assert values(denmark) == [(2_000_000_000, "DKK")]


# ---------------------------------------------------------------- multipliers

@pytest.mark.parametrize("written, amount", [
    ("£6million", 6_000_000), ("£12.7million", 12_700_000), ("$30m", 30_000_000),
    ("$4.2bn", 4_200_000_000), ("$35 million", 35_000_000), ("$1.5 trillion", 1_500_000_000_000),
    ("£500,000", 500_000), ("$1.5-billion", 1_500_000_000), ("$50k", 50_000), ("$2B", 2_000_000_000),
    ("$4.1 billion", 4_100_000_000), ("$7 mn", 7_000_000), ("€2.5bn", 2_500_000_000),
])
def test_multipliers(written, amount):
    found = one(f"The institute will receive {written} of new money this year.")
    assert found.amount == amount
    assert found.text == written


def test_no_space_million():
    text = "Kelvin College will receive £6million of the £21.4million set aside for the new scheme."
    assert values(text) == [(6_000_000, "GBP"), (21_400_000, "GBP")]


def test_vague_sums_are_not_items():
    text = ("The state runs 300 agencies funded with billions of pounds of public money. Red tape "
            "is said to drain hundreds of millions of pounds from firms every year. The new law "
            "might unlock hundreds of billions of dollars worth of delayed schemes.")
    assert run(text) == []


# ---------------------------------------------------------------- ranges

def test_hyphenated_range_is_both_bounds():
    found = run("The project is expected to cost $2-3 million, officials said.")
    assert [(f.amount, f.currency) for f in found] == [(2_000_000, "USD"), (3_000_000, "USD")]
    assert {f.text for f in found} == {"$2-3 million"}


def test_range_with_two_amounts():
    assert values("Analysts put the bill at $2m to $3m.") == [(2_000_000, "USD"), (3_000_000, "USD")]


def test_first_bound_takes_the_multiplier_of_the_second():
    assert values("The deal is valued at between $2 and $3 million.") == [(2_000_000, "USD"), (3_000_000, "USD")]


def test_price_range_keeps_small_amounts():
    text = "The studio said 12 titles would ship at launch, with prices ranging from £17 to £34."
    assert values(text) == [(17, "GBP"), (34, "GBP")]


def test_years_joined_by_a_hyphen_are_no_range():
    assert values("The grant will drop to £3.6 billion by 2019-2020.") == [(3_600_000_000, "GBP")]


# ---------------------------------------------------------------- qualifiers

@pytest.mark.parametrize("written, meaning", [
    ("no less than", "at least"), ("not less than", "at least"), ("at least", "at least"),
    ("up to", "up to"), ("as much as", "up to"), ("about", "about"), ("around", "about"),
    ("approximately", "about"), ("some", "about"), ("roughly", "about"), ("nearly", "nearly"),
    ("almost", "nearly"), ("close to", "nearly"), ("more than", "more than"), ("over", "more than"),
    ("in excess of", "more than"), ("less than", "less than"), ("under", "less than"),
])
def test_qualifiers(written, meaning):
    found = one(f"The university will spend {written} $70 million on the campus.")
    assert found.qualifier == meaning
    assert found.text == f"{written} $70 million"


def test_capitalised_qualifier_opens_the_sentence():
    found = one("Nearly $6 million is to be spent across the coming three years.")
    assert (found.qualifier, found.text) == ("nearly", "Nearly $6 million")


def test_no_qualifier():
    assert one("The ministry will supply $42 million.").qualifier is None


# ---------------------------------------------------------------- bracketed conversions

def test_conversion_is_an_equivalent_of_one_item():
    found = one("Oppo is committing no less than 30m yuan ($4.2m) over the next five years.")
    assert (found.amount, found.currency) == (30_000_000, "CNY")
    assert [(e.amount, e.currency) for e in found.equivalents] == [(4_200_000, "USD")]
    assert found.text == "no less than 30m yuan ($4.2m)"


@pytest.mark.parametrize("text, main, equivalents", [
    ("Its operating profit was 64m euros (£44m; $83m), up on 2011.",
     (64_000_000, "EUR"), [(44_000_000, "GBP"), (83_000_000, "USD")]),
    ("The lender sought another 410bn yen ($3.9bn; £2.45bn) in new capital.",
     (410_000_000_000, "JPY"), [(3_900_000_000, "USD"), (2_450_000_000, "GBP")]),
    ("The headset will sell for £89 in the UK (129 euros).", (89, "GBP"), [(129, "EUR")]),
    ("Oppo pledged 30 million yuan (US$4.2 million) in funding.", (30_000_000, "CNY"), [(4_200_000, "USD")]),
    ("Yearly turnover would reach $27bn (£14.1bn; 20.3bn euros).",
     (27_000_000_000, "USD"), [(14_100_000_000, "GBP"), (20_300_000_000, "EUR")]),
    ("Brussels will pay for the 6.2m euro (about £4.3m) scheme.", (6_200_000, "EUR"), [(4_300_000, "GBP")]),
])
def test_bracketed_conversions(text, main, equivalents):
    found = one(text)
    assert (found.amount, found.currency) == main
    assert [(e.amount, e.currency) for e in found.equivalents] == equivalents


def test_bracket_of_a_percentage_is_no_conversion():
    found = run("The grant is to be reduced by £1.5 billion (25%) from £6 billion to £4.5 billion.")
    assert [(f.amount, f.equivalents) for f in found] == [
        (1_500_000_000, []), (6_000_000_000, []), (4_500_000_000, [])]


def test_bracket_that_is_not_only_money_holds_separate_items():
    text = ("The new School of Design ($96m and the $174m Marine Hub (SMRH) stage one) is "
            "due to be finished by 2021.")
    assert values(text) == [(96_000_000, "USD"), (174_000_000, "USD")]


def test_local_dollar_converted_into_plain_dollars_means_us_dollars():
    found = one("The dairy co-operative will invest NZ$14m ($8m) in the plant.")
    assert [(e.amount, e.currency) for e in found.equivalents] == [(8_000_000, "USD")]


# ---------------------------------------------------------------- a bare $

NZ_RELEASE = """Taranaki Institute of Technology has welcomed news it is to receive $3 million Government funding.

The grant will lift dairy science in New Zealand, Research Minister Aroha Tipene said in Wellington.

The institute's New Plymouth campus will house the new laboratory, the New Zealand institute said."""

AU_RELEASE = """Today I announce Australian Marine Research Board grants totalling over $31 million.

The Commonwealth will provide funding of $24.5 million for Australian researchers in Perth, Hobart and Brisbane."""


def test_bare_dollar_in_a_new_zealand_release_is_nzd_without_made_up_equivalents():
    found = run(NZ_RELEASE)
    assert [(f.amount, f.currency) for f in found] == [(3_000_000, "NZD")]
    assert found[0].equivalents == []


def test_bare_dollar_in_an_australian_release_is_aud():
    assert values(AU_RELEASE) == [(31_000_000, "AUD"), (24_500_000, "AUD")]


def test_bare_dollar_in_an_international_story_is_usd():
    text = ("The WHO has so far collected $9m from Japan and Canada. A team from New Zealand "
            "joined the Geneva talks.")
    assert values(text) == [(9_000_000, "USD")]


def test_new_zealand_web_address_in_the_source_counts_as_a_place():
    text = "Southland Polytechnic welcomed the $140 million investment from the Government."
    assert values(text, source="https://www.example.co.nz/news/2019/polytech.htm") == [(140_000_000, "USD")]
    text_with_place = text + " Invercargill will benefit, the New Zealand polytechnic said."
    assert values(text_with_place, source="https://www.example.co.nz/news/2019/polytech.htm") == [
        (140_000_000, "NZD")]


def test_explicit_prefixes_elsewhere_point_to_the_local_dollar():
    text = "KiwiRail will spend NZ$70 million on the track. The first $15 million goes to bridges."
    assert values(text) == [(70_000_000, "NZD"), (15_000_000, "NZD")]


# ---------------------------------------------------------------- what is not money

@pytest.mark.parametrize("text", [
    "Sales have slid 41% in the past year.",
    "Tata Steel (TISC.NS) closed down 2.3 percent; $MSFT traders were calm.",
    "In 2002 euros replaced the franc in France.",
    "Spanish unemployment rose 9,000 in March to 3.125 million people.",
    "The caller demanded 1,000 bitcoin from the family.",
    "The ship carried 5,000 pounds of beef.",
    "A merged group would have an output capacity of 45 million tonnes.",
    "He was born in 1964 and joined in 1990.",
])
def test_not_money(text):
    assert run(text) == []


def test_bitcoin_with_its_dollar_value_keeps_the_dollars():
    text = "The hackers asked for 600 bitcoin—worth more than $270,000 at the time—from the clinic."
    found = one(text)
    assert (found.amount, found.currency, found.qualifier) == (270_000, "USD", "more than")


def test_bare_figure_compared_with_an_amount_takes_its_currency():
    text = "Its operating profit in the third quarter was 64m euros (£44m; $83m), up from 29m in the same period of 2011."
    assert values(text) == [(64_000_000, "EUR"), (29_000_000, "EUR")]


# ---------------------------------------------------------------- text and evidence

def test_item_text_and_evidence_are_the_amounts_own_words():
    text = ("Chinese smartphone company Oppo is set to launch a centre in Hong Kong.\n\n"
            "This follows the renewal of their agreement, with Oppo committing no less than 30m yuan "
            "($4.2m) over the next five years to deepen the partnership.")
    found = one(text)
    ev = found.evidence[0]
    assert text[ev.start:ev.end] == "no less than 30m yuan ($4.2m)"
    assert ev.article == "a"
    assert ev.sentence.startswith("This follows the renewal")
    assert found.period == "over the next five years"


def test_boilerplate_is_not_read():
    text = "This site is free to read. Subscribe today with plans starting from less than $4 per week."
    parsed = parse(Article(id="a", path="a.txt", text=text, boilerplate=[(0, len(text))]))
    assert extract_money(parsed, Names()) == []


def test_each_is_part_of_the_text():
    text = "Cascade Gas is giving $4,000 each to Riverside Shelter and Open Doors Youth."
    assert one(text).text == "$4,000 each"


# ---------------------------------------------------------------- kind: funding or other

FUNDING = [
    "Oppo last Friday pledged no less than 30 million yuan (US$4.2 million) in funding to PolyU.",
    "The Harlow Family Foundation has awarded $412,300 in grants to 27 community groups.",
    "Cascade Gas's Community Giving Fund is contributing nearly $28,000 to local charities.",
    "Tasman Polytechnic plans to invest nearly $55 million over the next six years on its campus.",
    "Also, $3.1 million is already set aside for 2026 to build nursing classrooms.",
    "Up to $1.8 million is budgeted for the refit across the coming four years.",
    "State-run Petrovna bought the Severny refinery for $6.7bn at a state auction.",
    "The group expects to complete its $3.2bn purchase of Canadian miner Ridgeback next month.",
    "Union leaders said they were confident the £600m ($1.1bn) rescue deal would be agreed.",
    "Sales of holdings in firms including Poland's Orbis Telecom raised 1.42bn euros.",
    "Some £2.6bn will be spent on rolling out the scheme by 2012.",
    "She said the £45m spent each year on the Home Heating Trust would be better used elsewhere.",
    "So far the appeal has only received $8m from Japan and Canada.",
    "It is a bold new 6.2m euro (£4.3m) scheme funded by the European Union.",
    "Ministers have agreed to give Otara Institute $64 million to back its rebuild.",
    "The Government said it would boost the Discovery Fund by $48 million over the next three years.",
    "Westport University today unveiled a $17 million upgrade of its Harbour Science Building.",
    "To widen access, a £90 million Bursary Fund will support poorer students.",
    "Dr Lena Varga, from the University of Adelaide, has been awarded $312,000 to study bone repair.",
    "The European Investment Bank lent €300m to the utility to build wind farms.",
    "Microsoft agreed to buy LinkedIn for $26.2bn in cash.",
    "The deal, worth about US$1.2 billion, is expected to close next year.",
    "The start-up raised $40 million in a round led by Sequoia Capital.",
    "The charity received a donation of $1m from the Gates Foundation.",
    "It uses public funding of more than $90 million a year to link up researchers.",
]

OTHER = [
    "The founders of Petrovna will demand that the purchaser repay a $700m (£372m) loan.",
    "The sale was ordered by Moscow to partly settle a $19.5bn tax bill against the group.",
    "The buyer already faces a similar $410m repayment claim from foreign lenders.",
    "Kawada Heavy has forecast a net loss of 318bn yen in its current financial year.",
    "The insurer had been fined 9m euros for breaking disclosure rules.",
    "Overall, the group's debt is close to 15bn euros.",
    "A merger would create annual sales of $27bn and a capacity of 45 million tonnes.",
    "Net profit came in at 2.3bn euros, a sharp turnaround from the loss of 512m euros in 2009.",
    "The handheld console will sell for £89 in the UK.",
    "The launch price compares well with the US price of $129.",
    "Brent crude fell to a four-year low below $61 a barrel.",
    "Lars Eide Holm was ordered to pay 80,000 kroner to the film studios.",
    "The agency estimates the full cost of the three-year project to renew its systems will be $28m.",
    "Regional enterprise boards cost £1.1bn a year.",
    "Many were prepared to work for £1 an hour.",
    "Chief executive Jane Doe earned a salary of £1.2m last year.",
    "The global market for electric scooters is expected to reach $40bn by 2030.",
    "Shares fell 3% to $45.20 in New York trading.",
    "The company reported revenue of $4.1 billion for the quarter.",
    "Each student will spend up to $22,000 a year in the region on fees and rent.",
    "The cheese maker's flagship brand is worth $420m in annual sales.",
    "Any colleges charging over £8500 a year will face scrutiny.",
    "He was ordered to pay $18,000 in damages to the former employee.",
    "With the state paying £95 million a day in debt interest alone, cuts are unavoidable.",
    "The ministry had already been told to find £600 million worth of savings in April.",
]


@pytest.mark.parametrize("text", FUNDING)
def test_funding(text):
    assert run(text)[0].kind == "funding"


@pytest.mark.parametrize("text", OTHER)
def test_other(text):
    assert run(text)[0].kind == "other"


def test_a_cut_is_other_but_the_levels_of_funding_are_funding():
    found = run("State funding for adult learning is to be reduced by £1.5 billion (25%) from "
                "£6 billion to £4.5 billion, by 2019-2020.")
    assert [f.kind for f in found] == ["other", "funding", "funding"]


def test_a_listed_amount_without_words_of_its_own_takes_its_neighbours_kind():
    text = ("The enlarged School of Design ($96m and the $174m Southern Marine Research "
            "Centre are due to be finished by 2021.")
    assert [f.kind for f in run(text)] == ["funding", "funding"]


def test_a_list_under_a_funding_lead_in_is_funding():
    text = ("Dr Priya Natarajan, from the University of Tasmania, who has been awarded\n\n"
            "$241,900 to improve ways of detecting glaucoma.")
    assert [f.kind for f in run(text)] == ["funding"]


def test_list_items_given_to_named_bodies_are_funding():
    text = "Grants: $6,200 to Hope Street Kitchen $4,800 to Valley Literacy Project"
    assert [f.kind for f in run(text)] == ["funding", "funding"]


def test_a_price_with_no_words_about_funding_is_other():
    assert one("Customers create their own six-pack of any bottles for $10.").kind == "other"


# ---------------------------------------------------------------- funder, recipient, period

def test_funder_and_recipient_of_a_pledge():
    text = "Oppo last Friday pledged no less than 30 million yuan (US$4.2 million) to PolyU."
    found = one(text, names=orgs(text, "Oppo", "PolyU"))
    assert (found.funder, found.recipient) == ("Oppo", "PolyU")


def test_funder_and_recipient_of_grants():
    text = "The Harlow Family Foundation has awarded $412,300 in grants to 27 community groups in Idaho."
    found = one(text, names=orgs(text, "The Harlow Family Foundation"))
    assert found.funder == "Harlow Family Foundation"
    assert found.recipient == "27 community groups in Idaho"


def test_recipient_is_the_subject_of_a_passive_award():
    text = ("Ms Ruth Kawana, from the University of Adelaide, who has been awarded $64,210 to "
            "study rural housing.")
    names = orgs(text, "University of Adelaide")
    names.mentions.insert(0, Mention(3, 14, "Ruth Kawana", "person"))
    assert one(text, names=names).recipient == "Ruth Kawana"


def test_funder_after_from():
    text = ("The Fire Brigade Youth Team is the recipient of a yearly grant from the National "
            "Burns Trust of Canada for $4,500.")
    found = one(text, names=orgs(text, "Fire Brigade Youth Team", "National Burns Trust of Canada"))
    assert (found.funder, found.recipient) == ("National Burns Trust of Canada", "Fire Brigade Youth Team")


def test_funder_after_funded_by():
    text = "It is a bold new 6.2m euro (£4.3m) scheme funded by the European Union."
    assert one(text, names=orgs(text, "European Union")).funder == "European Union"


def test_object_of_a_giving_verb_receives():
    text = "The Crown has agreed to provide Otara Institute with $64 million."
    found = one(text, names=orgs(text, "Crown", "Otara Institute"))
    assert (found.funder, found.recipient) == ("Crown", "Otara Institute")


def test_possessive_owner_gives():
    text = ("The rector welcomed the Government's pledge of a major $140 million "
            "investment in Southland Polytechnic.")
    found = one(text, names=orgs(text, "Southland Polytechnic"))
    assert (found.funder, found.recipient) == ("Government", "Southland Polytechnic")


def test_named_thing_the_amount_describes_receives():
    text = "Ministers confirmed the go-ahead of the $118 million Shared Campus for training."
    assert one(text).recipient == "Shared Campus"


def test_purpose_after_the_amount_receives():
    text = "Tasman Polytechnic plans to spend $4.6 million on refurbishing old workshops."
    found = one(text, names=orgs(text, "Tasman Polytechnic"))
    assert (found.funder, found.recipient) == ("Tasman Polytechnic", "refurbishing old workshops")


def test_no_parties_for_other_money():
    text = "Kawada Heavy has forecast a net loss of 318bn yen."
    found = one(text, names=orgs(text, "Kawada Heavy"))
    assert (found.funder, found.recipient) == (None, None)


@pytest.mark.parametrize("text, period", [
    ("Professor Hale will receive $742,110 over four years to research asthma.", "over four years"),
    ("The Government will lift the fund by $48 million over the next three years.", "over the next three years"),
    ("The ministry will fund the regulator to the tune of £2.3m a year.", "a year"),
    ("The £45m spent annually on the agency is wasted.", "annually"),
    ("The centre will receive $2m.", None),
    ("Revenue of $4.1 billion was up 12% from a year earlier.", None),
])
def test_period(text, period):
    assert one(text).period == period


# ---------------------------------------------------------------- repeats

def test_one_figure_told_twice_is_one_item_with_both_sentences():
    text = ("The headset will sell for £89 in the UK (129 euros).\n\n"
            "The launch price of £89 (129 euros) compares well with the US price of $129.")
    found = run(text)
    assert [(f.amount, f.currency) for f in found] == [(89, "GBP"), (129, "USD")]
    assert len(found[0].evidence) == 2


def test_equal_sums_for_different_recipients_stay_apart():
    text = ("Ms Marama Whitfield, who has been awarded $195,000 to improve care; and "
            "Dr Lena Varga, who has been awarded $195,000 to study bone repair.")
    names = Names(mentions=[Mention(3, 18, "Marama Whitfield", "person"),
                            Mention(text.index("Lena"), text.index("Lena") + 10, "Lena Varga", "person")])
    found = run(text, names=names)
    assert [f.recipient for f in found] == ["Marama Whitfield", "Lena Varga"]


# ---------------------------------------------------------------- the seeds

@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not present")
@pytest.mark.parametrize("name", ["000_d88d51fb85c6f3fc.txt", "001_3628807d12dfb9ff.txt"])
def test_seed_commitment(name):
    parsed = parse(Article(id="a", path=name, text=(SEEDS / name).read_text(encoding="utf-8")))
    found = extract_money(parsed, analyse(parsed))
    assert len(found) == 1
    item = found[0]
    assert (item.amount, item.currency, item.kind, item.qualifier) == (30_000_000, "CNY", "funding", "at least")
    assert [(e.amount, e.currency) for e in item.equivalents] == [(4_200_000, "USD")]
    assert item.period == "over the next five years"
    assert item.funder == "Oppo"


# ---------------------------------------------------------------- never raises

MONEYISH = st.text(alphabet=st.sampled_from(list("0123456789.,-–$£€¥() ;:\n abmnkKMBtoyuanUSHKRsNZ'\"")),
                   max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.one_of(MONEYISH, st.text(max_size=200)))
def test_never_raises_and_stays_inside_the_text(text):
    found = run(text)
    for f in found:
        assert math.isfinite(f.amount) and f.amount > 0
        assert all(math.isfinite(e.amount) and e.amount > 0 for e in f.equivalents)
        assert f.kind in ("funding", "other")
        assert re.fullmatch(r"[A-Z]{3}", f.currency)
        for ev in f.evidence:
            assert 0 <= ev.start < ev.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "The Government will invest", "$4.2m", "30m yuan", "(", ")", "($4.2m)", "up to", "from", "to",
    "£1bn", "each", "by", "Sales of", "NZ$5m", "2-3 million", "a year", ";", ".", "\n\n", "Oppo",
]), max_size=25))
def test_never_raises_on_shuffled_money_phrases(parts):
    text = " ".join(parts)
    for f in run(text):
        assert math.isfinite(f.amount) and f.amount > 0
        for ev in f.evidence:
            assert 0 <= ev.start < ev.end <= len(text)


# ---------------------------------------------------------------- generalisation: forms and kinds

@pytest.mark.parametrize("text, amount, currency", [
    ("The start-up has secured $3.8 Million from two venture funds.", 3_800_000, "USD"),
    ("The council approved a £2.25 Billion housing plan.", 2_250_000_000, "GBP"),
    ("Shares in the lender closed at 212.5 pence on Friday.", 2.125, "GBP"),
    ("A loaf now costs 99p at most supermarkets.", 0.99, "GBP"),
    ("The stock slipped 50 cents in early trading in New York.", 0.5, "USD"),
    ("Tolls rose by 20 euro cents a trip.", 0.2, "EUR"),
])
def test_capitalised_scales_and_subunits(text, amount, currency):
    found = one(text)
    assert (found.currency, found.kind) == (currency, found.kind)
    assert math.isclose(found.amount, amount)


def test_subunits_are_not_read_from_percentages_or_times():
    assert run("Inflation rose 50 per cent, and the meeting starts at 3pm.") == []


def test_a_capitalised_headline_scale_word_is_no_recipient():
    found = one("$3.8 Million Awarded To Coastal Libraries")
    assert found.amount == 3_800_000
    assert found.recipient != "Million Awarded"


@pytest.mark.parametrize("text, kind", [
    # the amount's own noun decides, whatever else the sentence says
    ("The retailer has since reduced the debt it took on to fund the takeover to 1.2bn euros.", "other"),
    ("The brewer cut its borrowings, raised to finance the merger, to £800m.", "other"),
    ("The ministry raised its research budget to $2bn.", "funding"),
    ("The club was ordered to pay £18m compensation to its former coach.", "other"),
    ("The carmaker will receive €40m in compensation from its supplier.", "other"),
    ("The bank agreed to pay $75m in damages to settle the case.", "other"),
    ("The utility was fined £6m for overcharging, money it had planned to invest in new pipes.", "other"),
    ("The striker joined the club in a £12m transfer from a Dutch side.", "other"),
    # spending on an activity is funding; spending on fees is a cost
    ("The agency will spend a record $32 million on flood defence programmes this year.", "funding"),
    ("The council spent £4m on new cycle lanes.", "funding"),
    ("The firm spent $3m on legal fees.", "other"),
    ("The £140m fund will back early-stage companies.", "funding"),
])
def test_kind_from_the_amounts_own_words(text, kind):
    assert one(text).kind == kind


def test_money_for_a_partnership_goes_to_the_partner_named_with_the_funder():
    text = ("Samsung will invest $50m over three years to deepen its research partnership "
            "with Seoul National University.")
    item = one(text, names=orgs(text, "Samsung", "Seoul National University"))
    assert (item.funder, item.recipient) == ("Samsung", "Seoul National University")


def test_partner_from_earlier_in_the_article_when_the_sentence_only_names_the_partnership():
    text = ("Siemens, in collaboration with the Technical University of Munich, will open a lab.\n\n"
            "The deal follows their joint agreement, with Siemens committing EUR 20m to deepen "
            "the partnership.")
    item = one(text, names=orgs(text, "Siemens", "Technical University of Munich"))
    assert (item.funder, item.recipient) == ("Siemens", "Technical University of Munich")


def test_no_partner_recipient_without_partnership_words():
    text = ("Siemens, in collaboration with the Technical University of Munich, will open a lab.\n\n"
            "Siemens reported revenue of EUR 20m in the quarter.")
    item = one(text, names=orgs(text, "Siemens", "Technical University of Munich"))
    assert item.recipient is None


# ---------------------------------------------------------------- funding vs other on wire and local news

@pytest.mark.parametrize("text, kind", [
    # contracts, deal prices and buying rounds are money paid to fund or buy
    ("Airbus won a contract worth $3.1 billion to supply helicopters to the navy.", "funding"),
    ("The Ministry of Defence awarded the shipyard a £1.2bn-a-year contract.", "funding"),
    ("The drugmaker agreed to pay $4.5 billion for the rival biotech firm.", "funding"),
    ("The startup closed a $45 million Series B round led by two venture firms.", "funding"),
    # legislation that spends, and buildings paid for
    ("The Senate approved a $1.9 trillion relief bill on Saturday.", "funding"),
    ("The council approved a $45 million police headquarters.", "funding"),
    ("The carmaker will build a $1.5 billion factory in Georgia.", "funding"),
    # bond and share sales raise money for the issuer
    ("The county will issue $200 million in bonds to pay for the new arena.", "funding"),
    ("The utility sold $750 million of bonds to refinance its debt.", "funding"),
    # costs, provisions, buybacks and prices stay other
    ("The bank set aside $1.2 billion to cover bad loans.", "other"),
    ("The insurer bought back $2 billion of its own shares.", "other"),
    ("The chief executive received a pay package worth $27 million.", "other"),
    ("A court ordered him to pay 100,000 kroner to the record labels.", "other"),
    ("The couple paid $2.7 million for the house.", "other"),
])
def test_funding_or_other_in_wire_and_local_news(text, kind):
    assert one(text).kind == kind


def test_a_level_after_to_just_is_the_changed_objects_value():
    # the debt reduced "to just" an amount: the amount is the debt's level, not the purchase it paid for
    found = one("The brewer has cut the debt it took on to fund its last purchase to just 1.2bn euros.")
    assert (found.amount, found.currency, found.kind) == (1.2e9, "EUR", "other")


@pytest.mark.parametrize("text, amount, currency", [
    ("The fund raised 1.2 billion U.S. dollars from pension funds.", 1.2e9, "USD"),
    ("The state committed Rs 2,000 crore to the metro line.", 2e10, "INR"),
    ("The province will spend CAD 2 billion on transit.", 2e9, "CAD"),
    ("Donors pledged half a billion dollars to the vaccine alliance.", 5e8, "USD"),
    ("The government will invest £1.5bn-a-year in rail maintenance.", 1.5e9, "GBP"),
])
def test_wire_money_forms(text, amount, currency):
    found = one(text)
    assert (found.amount, found.currency, found.kind) == (amount, currency, "funding")


# ---------------------------------------------------------------- round 3: spaced thousands, $US/$A, prices

@pytest.mark.parametrize("text, amount, currency", [
    ("The shire council will receive $38 500 to restore the old jetty, the minister said.", 38500, None),
    ("A Wellington trust gets $1 250 000 for its literacy programme.", 1250000, None),
    ("Le club a reçu 12\u00a0000 euros de la mairie.", 12000, "EUR"),
    ("The grant of $7\u2009400 covers the hall's new roof.", 7400, None),
    ("The ute sells for $US32,000 in Texas.", 32000, "USD"),
    ("It costs 99,800 RMB ($A20,900) in China.", 99800, "CNY"),
])
def test_space_grouped_thousands_and_trailing_country_dollars(text, amount, currency):
    got = run(text)
    assert len(got) == 1 and got[0].amount == amount
    assert currency is None or got[0].currency == currency  # None: a bare $ left to the article's place


def test_a_space_between_unrelated_numbers_is_not_a_thousands_group():
    # "$5 10" is no group: only exactly three digits after the space join
    assert [f.amount for f in run("Tickets were $5 10 years ago.")] == [5]
    assert [f.amount for f in run("He paid $20 1000 times over.")] == [20]


@pytest.mark.parametrize("text, kind", [
    ("Analysts say the rival's new offering is the $28,000 car buyers have waited for.", "other"),
    ("The developer is selling the $1.2m house on the waterfront.", "other"),
    ("The lender raised $800m in a bond offering on Tuesday.", "funding"),
    ("The $3bn offering drew strong demand from investors.", "funding"),
    ("The centre's running budget should sit near $3m a year, with an additional $260,000 for fit-out costs.", "funding"),
])
def test_products_priced_offerings_and_more_of_the_same(text, kind):
    assert {f.kind for f in run(text)} == {kind}, [(f.text, f.kind) for f in run(text)]


def test_money_received_for_a_purpose_by_a_community_group_is_funding():
    found = run("In Tasmania, the Launceston youth choir will receive $12 000 to tour regional towns.")
    assert [(f.amount, f.kind) for f in found] == [(12000, "funding")]


# ---------------------------------------------------------------- round 4: local prefixes, aid, unit prices

_NIGERIA = ("The Federal Government has approved {amount} for flood victims in Kogi and Benue, the "
            "Nigerian information minister told reporters in Abuja. Nigeria's rains began in July.")
_SOUTH_AFRICA = ("Eskom will receive {amount} from the Treasury to keep the lights on, South Africa's "
                 "finance minister said in Cape Town. South Africa has had power cuts since 2008.")


@pytest.mark.parametrize("template, amount, value, currency", [
    (_NIGERIA, "N2.4 billion", 2_400_000_000, "NGN"),
    (_NIGERIA, "N450,000", 450_000, "NGN"),
    (_NIGERIA, "N3bn", 3_000_000_000, "NGN"),
    (_SOUTH_AFRICA, "R23 billion", 23_000_000_000, "ZAR"),
    (_SOUTH_AFRICA, "R1.5bn", 1_500_000_000, "ZAR"),
])
def test_a_local_letter_prefix_is_money_in_its_own_countrys_articles(template, amount, value, currency):
    found = one(template.format(amount=amount))
    assert (found.amount, found.currency, found.kind) == (value, currency, "funding")


@pytest.mark.parametrize("text", [
    "Nurses in Lagos and Abuja still lack N95 masks, a Nigerian union said. Nigeria has few.",
    "The N1 motorway north of Dublin was closed for hours after the crash.",
    "Traffic on the R21 to Pretoria and Johannesburg was diverted, South Africa's police said. "
    "South Africa's roads are busy.",
    "The R2 billion figure was never confirmed, the Boston paper said.",  # no South African article
    "Under Plan N 500 units were built.",
])
def test_a_lone_letter_before_a_number_is_no_money_elsewhere(text):
    assert run(text) == []


def test_prefixes_that_name_their_currency_need_no_country():
    assert values("Safaricom paid KSh12 billion for the licence.") == [(12e9, "KES")]
    assert values("The cocoa board secured GH¢1.3 billion from the syndicate.") == [(1.3e9, "GHS")]


@pytest.mark.parametrize("text, value, currency", [
    ("The steelmaker has unveiled more than 1.75-billion-dollar fresh investments in Kentucky.", 1.75e9, "USD"),
    ("Beijing unveiled a 500-million-yuan fund for rural schools.", 5e8, "CNY"),
    ("Brussels approved a 3-billion-euro rescue for the airline.", 3e9, "EUR"),
])
def test_a_hyphenated_amount_used_as_an_adjective(text, value, currency):
    found = one(text)
    assert (found.amount, found.currency, found.kind) == (value, currency, "funding")


def test_a_hyphen_joins_a_currency_word_only_after_a_multiplier():
    assert run("He carried a 10-pound bag of rice home.") == []
    assert run("She found a 5-dollar bill in the coat.") == []


@pytest.mark.parametrize("text", [
    "Kabul hopes a donors' conference in Tokyo will secure $16 billion in aid over four years.",
    "The government has asked Western partners for $4 billion in aid for the rebuilding, he said.",
    "Britain will send £30m in aid to the flood-hit region, the Foreign Office said.",
    "Officials in Manila said the country had received 2.1 billion pesos in aid since the storm.",
])
def test_an_amount_in_aid_is_funding(text):
    assert [f.kind for f in run(text)] == ["funding"]


@pytest.mark.parametrize("text", [
    "The state will buy paddy from farmers at Rs 2,183 per quintal, the agriculture minister said.",
    "Brent crude rose to $84 a barrel as traders bought futures.",
    "The co-operative will purchase milk at 42 cents per litre from its members.",
    "The mill agreed to buy the cane at ₹3,150 a tonne.",
])
def test_a_price_for_each_unit_of_a_good_is_not_funding(text):
    assert [f.kind for f in run(text)] == ["other"]


def test_money_per_pupil_or_per_year_keeps_its_own_kind():
    assert [f.kind for f in run("The council will spend £2,000 per pupil on catch-up tutoring.")] == ["funding"]
    assert [f.kind for f in run("The foundation gives $1m a year to the laboratory.")] == ["funding"]


@pytest.mark.parametrize("text, kinds", [
    ("The chipmaker completed its acquisition of the start-up; the $40 million purchase price was paid "
     "in cash.", ["funding"]),
    ("The final consideration was $18.5 million, reflecting approximately $1.5 million in deductions "
     "for working capital adjustments.", ["funding", "other"]),
    ("Shareholders of the insurer backed the $2.1 billion takeover price on Friday.", ["funding"]),
])
def test_the_price_of_a_business_is_a_deal_and_deductions_are_not(text, kinds):
    assert [f.kind for f in run(text)] == kinds


@pytest.mark.parametrize("text", [
    "The Treasury has released $300 million to the provinces for school repairs.",
    "Ministers approved the release of £12m to councils hit by the storms.",
])
def test_money_released_to_a_body_is_funding(text):
    assert [f.kind for f in run(text)] == ["funding"]


# ---------------------------------------------------------------- "ordered" only as "ordered to pay"

@pytest.mark.parametrize("text", [
    "Petrolux bought the Kestrel refinery for $6.7bn in a sale ordered by the government.",
    "The state oil firm acquired the port terminal for €2.1bn, a disposal ordered by regulators.",
    "Under a break-up ordered by the competition authority, Halden Media bought the regional papers "
    "for £310m.",
])
def test_a_sale_ordered_by_someone_is_still_a_purchase(text):
    assert [f.kind for f in run(text)] == ["funding"]


@pytest.mark.parametrize("text", [
    "A tribunal ordered the carrier to pay $4.5m to passengers left stranded.",
    "The regulator ordered Northgate Water to pay £11m to its customers.",
    "The builder was ordered to pay €90,000 to the family.",
    "Judges ordered the two former directors to pay back A$2m.",
])
def test_being_ordered_to_pay_is_not_funding(text):
    assert [f.kind for f in run(text)] == ["other"]


@pytest.mark.parametrize("text", [
    "Vantor paid $6.7bn for the refinery in a forced sale.",
    "Petrolux bought the Kestrel refinery for $6.7bn in a sale forced by the government.",
    "The trust acquired the hospital for £45m in an all-cash transaction.",
])
def test_a_sale_or_transaction_or_its_participle_is_no_recipient(text):
    found = one(text)
    assert found.kind == "funding"
    assert found.recipient is None or not re.search(r"(?i)\b(?:sale|forced|transaction)\b", found.recipient)


def test_the_bought_facility_is_the_recipient_not_the_manner_of_the_sale():
    assert one("Vantor paid $6.7bn for the refinery in a forced sale.").recipient == "refinery"


def test_a_price_paid_for_a_day_out_is_no_deal():
    assert [f.kind for f in run("She paid $30 for a day at the park.")] == ["other"]


# ---------------------------------------------------------------- buildings and sites funded

@pytest.mark.parametrize("text, recipient", [
    ("The university opened the $174m Research Hub on Tuesday.", "Research Hub"),
    ("Ministers launched the £60m Northern Innovation Precinct in March.", "Northern Innovation Precinct"),
    ("The hospital unveiled a $12m Cancer Care Wing yesterday.", "Cancer Care Wing"),
    ("Plans for the A$85m Coastal Science Laboratory were approved.", "Coastal Science Laboratory"),
])
def test_a_named_facility_an_amount_describes_is_funded(text, recipient):
    found = one(text)
    assert found.kind == "funding"
    assert found.recipient == recipient


@pytest.mark.parametrize("text", [
    "Work on the $45m bus depot starts next month.",
    "The city approved a €25m business park on the edge of town.",
    "The £18m arts campus will open in 2027.",
    "Builders broke ground on the $300m innovation district.",
    "The airline will share the £50m cargo terminal with a rival.",
])
def test_facility_words_as_the_amounts_noun_are_funding(text):
    assert [f.kind for f in run(text)] == ["funding"]


def test_a_facility_word_elsewhere_does_not_make_a_price_funding():
    assert [f.kind for f in run("Parking at the park costs £6 a day.")] == ["other"]


# ---------------------------------------------------------------- more ways of putting money in

@pytest.mark.parametrize("text", [
    "The appeal collected $8m for the children's ward in six weeks.",
    "Volunteers have collected £120,000 for the lifeboat station.",
    "Ministers will lift the fund by £200m next year.",
    "£2.6bn will go on rolling out broadband to rural areas.",
    "Half of the money, some $45m, will go towards new classrooms.",
    "The council has earmarked £3m for the library.",
    "The province has set aside C$75m for the scheme.",
    "The government has ring-fenced £40m for mental health services.",
    "Brussels channelled €500m into the programme last year.",
    "Investors poured $300m into the start-up.",
    "The ministry allocated $12m to the scheme.",
    "The state injected $1bn into the lender.",
    "The government topped up the fund with £50m.",
])
def test_funding_verbs_and_phrases(text):
    assert [f.kind for f in run(text)] == ["funding"]


@pytest.mark.parametrize("text", [
    "The tax office collected $8bn in unpaid taxes.",
    "The council collected £3m in parking fines last year.",
    "The firm poured scorn on claims that it owed $2m in back taxes.",
])
def test_collecting_taxes_or_fines_is_not_funding(text):
    assert [f.kind for f in run(text)] == ["other"]


@pytest.mark.parametrize("text, recipient", [
    ("£2.6bn will go on rolling out broadband to rural areas.", "rolling out broadband"),
    ("Some $45m will go towards new classrooms.", "new classrooms"),
    ("Brussels channelled €500m into the programme last year.", "programme"),
    ("The government has ring-fenced £40m for mental health services.", "mental health services"),
])
def test_what_the_money_goes_on_is_its_recipient(text, recipient):
    assert one(text).recipient == recipient


def test_the_body_that_collects_money_receives_it():
    text = "The Harbour Hospice Trust collected $8m from local donors."
    found = extract_money(*(lambda p: (p, orgs(text, "Harbour Hospice Trust")))(
        parse(Article(id="a", path="a.txt", text=text))))
    assert found[0].kind == "funding"
    assert found[0].recipient == "Harbour Hospice Trust"
