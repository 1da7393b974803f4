"""A small realistic brief for the export tests: two articles from two outlets about one story."""
from __future__ import annotations

from pathlib import Path

from briefs.model import (
    Article, Brief, Conflict, Curation, Equivalent, Evidence, Funding, Goal, Organisation, Person,
    Quote, item_id,
)


GOLDEN = Path(__file__).resolve().parents[2] / "golden"

CAMPUS = """\
Helix Energy and Northbridge University to open battery institute

Helix Energy and Northbridge University will open a joint battery research institute in Leeds, the two said on Monday.

Helix has committed £12m ($15.2m) over four years to the Northbridge Battery Institute, which is expected to open by September 2025.

The institute aims to train 40 doctoral researchers in solid-state chemistry.

"This is the largest industry partnership in our history," said Prof Amara Okafor, vice-chancellor of Northbridge University.

Helix chief executive Tom Reyes said the company wanted "a pipeline of engineers, not just patents".
"""

POST = """\
£12.5m battery deal puts Leeds on the map

By Jo Lane

Northbridge University's new battery institute will receive £12.5m from Helix Energy, according to documents seen by the Leeds Post.

Tom Reyes, Helix's chief executive, said the partnership would "move faster than any lab we could build alone".

The university plans to expand the institute to a second campus.

Shares in Helix rose 3% to 412p on the news.

Photo: Leeds Post
"""


def evidence(article: Article, words: str) -> Evidence:
    """Evidence for `words` in `article`: their offsets, and the paragraph holding them."""
    start = article.text.index(words)
    para_start = article.text.rfind("\n", 0, start) + 1
    para_end = article.text.find("\n", start)
    return Evidence(article.id, article.text[para_start:para_end], start, start + len(words))


def sample_brief() -> Brief:
    campus = Article(id="a1", path="articles/helix-northbridge.txt", text=CAMPUS,
                     title="Helix Energy and Northbridge University to open battery institute",
                     date="2025-03-03", source="Campus Review")
    start = POST.index("Photo: Leeds Post")
    post = Article(id="a2", path="articles/leeds-post-battery.html", text=POST,
                   title="£12.5m battery deal puts Leeds on the map", date="2025-03-05",
                   source="Leeds Post",
                   boilerplate=[(POST.index("By Jo Lane"), POST.index("By Jo Lane") + 10),
                                (start, start + len("Photo: Leeds Post"))])
    okafor = Person("Amara Okafor", aliases=["Okafor"], roles=["vice-chancellor"],
                    organisations=["Northbridge University"],
                    evidence=[evidence(campus, "Prof Amara Okafor")])
    reyes = Person("Tom Reyes", aliases=["Reyes"], roles=["chief executive"],
                   organisations=["Helix Energy"],
                   evidence=[evidence(campus, "Tom Reyes"), evidence(post, "Tom Reyes")])
    byline = Person("Jo Lane", evidence=[evidence(post, "Jo Lane")])
    helix = Organisation("Helix Energy", aliases=["Helix"],
                         evidence=[evidence(campus, "Helix Energy"), evidence(post, "Helix Energy")])
    northbridge = Organisation("Northbridge University",
                               evidence=[evidence(campus, "Northbridge University"),
                                         evidence(post, "Northbridge University")])
    institute = Organisation("Northbridge Battery Institute",
                             evidence=[evidence(campus, "Northbridge Battery Institute")])
    newspaper = Organisation("Leeds Post", evidence=[evidence(post, "Leeds Post")])
    grant = Funding(12_000_000, "GBP", kind="funding", text="£12m ($15.2m)", period="over four years",
                    funder="Helix Energy", recipient="Northbridge Battery Institute",
                    equivalents=[Equivalent(15_200_000, "USD")],
                    evidence=[evidence(campus, "£12m ($15.2m)"), evidence(post, "£12.5m from")],
                    conflicts=[Conflict("amount", "£12m", ["a1"]),
                               Conflict("amount", "£12.5m", ["a2"])])
    share = Funding(4.12, "GBP", kind="other", text="412p", evidence=[evidence(post, "412p")])
    opening = Goal("expected to open by September 2025", actor="Northbridge Battery Institute",
                   deadline="2025-09", evidence=[evidence(campus, "expected to open by September 2025")])
    training = Goal("aims to train 40 doctoral researchers in solid-state chemistry",
                    actor="The institute",
                    evidence=[evidence(campus, "aims to train 40 doctoral researchers")])
    campus2 = Goal("plans to expand the institute to a second campus", actor="The university",
                   evidence=[evidence(post, "plans to expand the institute to a second campus")])
    history = Quote("This is the largest industry partnership in our history,",
                    speaker="Amara Okafor",
                    evidence=[evidence(campus, "This is the largest industry partnership")])
    pipeline = Quote("a pipeline of engineers, not just patents", speaker="Tom Reyes",
                     evidence=[evidence(campus, "a pipeline of engineers, not just patents")])
    faster = Quote("move faster than any lab we could build alone", speaker="Tom Reyes",
                   evidence=[evidence(post, "move faster than any lab we could build alone")])
    return Brief(
        articles=[campus, post],
        people=[okafor, reyes, byline],
        organisations=[helix, northbridge, institute, newspaper],
        funding=[share, grant],
        goals=[training, campus2, opening],
        quotes=[history, pipeline, faster],
        title="Helix and Northbridge battery institute",
        curation={
            item_id(byline): Curation(kept=False),  # a byline, not a person in the story
            item_id(newspaper): Curation(kept=False),
            item_id(grant): Curation(note="Check the figure with Helix's press office:\n"
                                          "the Post says £12.5m."),
            item_id(reyes): Curation(kept=True, note="Ask for an interview."),
        },
    )
