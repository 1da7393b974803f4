"""Small multi-article stories written for the merge and story tests, with items built by hand.

Three outlets tell one story (a robotics company funding a university centre), with the usual
differences: case and possessives, an acronym defined in one article only, a conversion written two
ways, a truncated quote, a role and a figure that disagree. Two unrelated local stories share a
surname with each other.
"""
from __future__ import annotations

from briefs.extract import Extraction
from briefs.model import Article, Equivalent, Evidence, Funding, Goal, Organisation, Person, Quote
from briefs.text import parse

WIRE = Article(id="vantor-wire", path="news/vantor-wire.txt", date="2024-03-08", text="""\
Vantor and Northbridge University to open joint robotics centre

Chinese robotics company Vantor, in collaboration with Northbridge University (NBU), is set to open \
a joint research centre for surgical robotics in Shenzhen.

Vantor is committing no less than 50m yuan ($6.9m) over the coming five years to the partnership.

The new centre is expected to be operational by January 2025. It aims to recruit approximately 25 \
doctoral researchers over a five-year period.

NBU president Alice Moreno said: "We believe this cooperation with VANTOR will let us train a new \
generation of engineers and bring surgical robots to more hospitals."

Vantor's chief executive Liu Bo said the company had also spent $2m on laboratory equipment.
""")

POST = Article(id="vantor-post", path="news/vantor-post.txt", date=None, text="""\
Robot maker Vantor pledges millions for Northbridge University centre

Robot maker Vantor and Northbridge University have renewed their research agreement, which \
includes a new centre for surgical robotics.

Vantor last Friday pledged no less than 50 million yuan (US$6.9 million) over the coming five years, \
the university said.

The centre is expected to be operating by January next year and aims to recruit around 25 \
doctoral researchers over a five-year period.

"We believe this cooperation with Vantor will let us train a new generation of engineers," said \
Alice Moreno, the vice-chancellor of Northbridge University.

Professor Wei Chen, who will head the centre, said the lab would cost $3m to equip. Chen said: \
"Without talent, anything you pursue serves only a short-term purpose."
""")

TECH = Article(id="vantor-tech", path="news/vantor-tech.txt", date="2024-03-09", text="""\
Vantor bets on surgical robots with Northbridge deal

Vantor is investing 60 million yuan in a surgical robotics centre at Northbridge University, \
Northbridge president Alice Moreno told reporters on Friday.

The centre will recruit 30 doctoral researchers and is expected to open in March 2025.

Vantor's shares rose 2% in Shenzhen.
""")

COUNCIL = Article(id="council-bbc", path="news/council-bbc.txt", date=None, text="""\
Council approves flood defence plan

Harlow District Council has approved a \u00a34m scheme to protect homes from flooding.

Council leader Peter Hollins said work would begin in the spring. "This is the single biggest \
investment in flood defence the town has seen," Mr Hollins said.

The council aims to protect 1,200 homes by 2027.
""")

CRICKET = Article(id="cricket-club", path="news/cricket-club.txt", date="2023-05-02", text="""\
Ashford Cricket Club signs sponsorship deal

Ashford Cricket Club has signed a \u00a350,000 sponsorship deal with Kentish Ales.

Club chairman Steve Hollins said the money would pay for a new pavilion. "We are thrilled, it \
secures the club's future for a decade," said Mr Hollins.
""")

LETTER = Article(id="letters", path="news/letters.txt", date=None, text="""\
Letters: parking charges

Sir, I read with interest Mr Hollins's remarks about parking charges in the high street, but \
shopkeepers were never asked for their views.
""")


def ev(article: Article, phrase: str, nth: int = 0) -> Evidence:
    """Evidence for the nth occurrence of `phrase` in the article, with its whole sentence."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return parse(article).evidence(start, start + len(phrase))


def person(article: Article, name: str, *, mention: str | None = None, roles=(), orgs=(),
           aliases=()) -> Person:
    return Person(name=name, aliases=list(aliases), roles=list(roles), organisations=list(orgs),
                  evidence=[ev(article, mention or name)])


def org(article: Article, name: str, *, mention: str | None = None, aliases=()) -> Organisation:
    return Organisation(name=name, aliases=list(aliases), evidence=[ev(article, mention or name)])


def money(article: Article, text: str, amount: float, currency: str, *, equivalents=(),
          kind: str = "funding", funder=None, recipient=None, period=None) -> Funding:
    return Funding(amount=amount, currency=currency, kind=kind, text=text, funder=funder,
                   recipient=recipient, period=period,
                   equivalents=[Equivalent(a, c) for a, c in equivalents], evidence=[ev(article, text)])


def goal(article: Article, text: str, *, actor=None, deadline=None) -> Goal:
    return Goal(text=text, actor=actor, deadline=deadline, evidence=[ev(article, text)])


def quote(article: Article, text: str, speaker=None) -> Quote:
    return Quote(text=text, speaker=speaker, evidence=[ev(article, text)])


def wire() -> Extraction:
    a = WIRE
    return Extraction(
        people=[person(a, "Alice Moreno", roles=["president"], orgs=["NBU"]),
                person(a, "Liu Bo", roles=["chief executive"], orgs=["Vantor"])],
        organisations=[org(a, "Vantor", aliases=["VANTOR", "Vantor's"]),
                       org(a, "Northbridge University", aliases=["NBU"])],
        funding=[money(a, "no less than 50m yuan ($6.9m)", 50e6, "CNY", equivalents=[(6.9e6, "USD")],
                       funder="Vantor", recipient="NBU", period="over the coming five years"),
                 money(a, "$2m", 2e6, "USD", funder="Vantor")],
        goals=[goal(a, "expected to be operational by January 2025", actor="The new centre",
                    deadline="2025-01"),
               goal(a, "recruit approximately 25 doctoral researchers over a five-year period",
                    actor="The new centre")],
        quotes=[quote(a, "We believe this cooperation with VANTOR will let us train a new generation "
                         "of engineers and bring surgical robots to more hospitals.", "Alice Moreno")],
    )


def post() -> Extraction:
    a = POST
    return Extraction(
        people=[person(a, "Alice Moreno", roles=["vice-chancellor"], orgs=["Northbridge University"]),
                person(a, "Wei Chen", mention="Professor Wei Chen", roles=["head of the centre"]),
                person(a, "Chen", mention="Chen said")],
        organisations=[org(a, "Vantor"), org(a, "Northbridge University")],
        funding=[money(a, "no less than 50 million yuan (US$6.9 million)", 50e6, "CNY",
                       equivalents=[(6.9e6, "USD")], funder="Vantor"),
                 money(a, "$3m", 3e6, "USD", kind="other")],
        goals=[goal(a, "expected to be operating by January next year", actor="The centre"),
               goal(a, "aims to recruit around 25 doctoral researchers over a five-year period",
                    actor="The centre")],
        quotes=[quote(a, "We believe this cooperation with Vantor will let us train a new generation "
                         "of engineers,", "Alice Moreno"),
                quote(a, "Without talent, anything you pursue serves only a short-term purpose.",
                      "Wei Chen")],
    )


def tech() -> Extraction:
    a = TECH
    return Extraction(
        people=[person(a, "Alice Moreno", roles=["Northbridge president"], orgs=["Northbridge"])],
        organisations=[org(a, "Vantor"), org(a, "Northbridge University")],
        funding=[money(a, "60 million yuan", 60e6, "CNY", funder="Vantor",
                       recipient="Northbridge University")],
        goals=[goal(a, "recruit 30 doctoral researchers", actor="The centre"),
               goal(a, "expected to open in March 2025", actor="The centre", deadline="2025-03")],
    )


def council() -> Extraction:
    a = COUNCIL
    return Extraction(
        people=[person(a, "Peter Hollins", roles=["Council leader"]),
                person(a, "Hollins", mention="Mr Hollins")],
        organisations=[org(a, "Harlow District Council", aliases=["council"])],
        funding=[money(a, "\u00a34m", 4e6, "GBP", recipient="Harlow District Council")],
        goals=[goal(a, "aims to protect 1,200 homes by 2027", actor="Harlow District Council",
                    deadline="2027")],
        quotes=[quote(a, "This is the single biggest investment in flood defence the town has seen,",
                      "Peter Hollins")],
    )


def cricket() -> Extraction:
    a = CRICKET
    return Extraction(
        people=[person(a, "Steve Hollins", roles=["Club chairman"], orgs=["Ashford Cricket Club"])],
        organisations=[org(a, "Ashford Cricket Club"), org(a, "Kentish Ales")],
        funding=[money(a, "\u00a350,000", 50000, "GBP", funder="Kentish Ales",
                       recipient="Ashford Cricket Club")],
        quotes=[quote(a, "We are thrilled, it secures the club's future for a decade,", "Steve Hollins")],
    )


def letter() -> Extraction:
    return Extraction(people=[person(LETTER, "Hollins", mention="Mr Hollins")])
