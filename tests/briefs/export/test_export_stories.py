"""A corpus of several unrelated stories: the note's honest title and its list of stories, and one
story exported on its own (its title, its items, its sources). Golden files hold both shapes."""
from __future__ import annotations

from dataclasses import replace

from briefs import stories
from briefs.export import default_filename, render
from briefs.export.load import load_brief
from briefs.export.markdown import title_of
from briefs.model import Article, Brief, Conflict, Curation, Funding, Organisation, Person, item_id

from export_sample import GOLDEN, evidence, sample_brief

TIDAL = """\
Tidal lab gets new funding

The Orkney Tidal Lab will receive £3m from Helix Energy, its director Ruth Mair said.
"""

PORT = """\
Ardlow port to expand

The Port of Ardlow plans a new container quay, harbour master Ian Boyd said on Friday.
"""


def mixed_brief() -> Brief:
    """The sample's two articles (one story) and two unrelated ones; Helix Energy is in two stories."""
    brief = sample_brief()
    brief.title = None  # no user title: the note must find an honest one
    brief.articles = [replace(a, story="Helix / Northbridge") for a in brief.articles]
    tidal = Article(id="a3", path="articles/tidal.txt", text=TIDAL, title="Tidal lab gets new funding",
                    date="2025-02-10", source="Orkney Herald", story="Orkney Tidal Lab")
    port = Article(id="a4", path="articles/port.txt", text=PORT, title="Ardlow port to expand",
                   date="2025-01-20", source="Coast News", story="Port of Ardlow")
    brief.articles += [tidal, port]
    helix = brief.organisations[0]
    helix.evidence.append(evidence(tidal, "Helix Energy"))
    brief.organisations.append(Organisation("Orkney Tidal Lab", evidence=[evidence(tidal, "Orkney Tidal Lab")]))
    brief.organisations.append(Organisation("Port of Ardlow", evidence=[evidence(port, "Port of Ardlow")]))
    brief.people += [Person("Ruth Mair", roles=["director"], organisations=["Orkney Tidal Lab"],
                            evidence=[evidence(tidal, "Ruth Mair")]),
                     Person("Ian Boyd", roles=["harbour master"], organisations=["Port of Ardlow"],
                            evidence=[evidence(port, "Ian Boyd")])]
    brief.funding.append(Funding(3_000_000, "GBP", kind="funding", text="£3m", funder="Helix Energy",
                                 recipient="Orkney Tidal Lab", evidence=[evidence(tidal, "£3m")]))
    brief.curation[item_id(brief.people[-1])] = Curation(note="Call the harbour office.")
    return brief


def check_golden(text: str, name: str, update: bool) -> None:
    golden = GOLDEN / name
    if update:
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the whole mixed corpus

def test_mixed_corpus_note_matches_golden_file(update_golden):
    check_golden(render(mixed_brief(), "md"), "stories-corpus.md", update_golden)


def test_mixed_corpus_title_is_not_one_storys():
    brief = mixed_brief()
    assert title_of(brief) == "Helix / Northbridge, Orkney Tidal Lab and Port of Ardlow"
    note = render(brief, "md")
    assert note.startswith("# Helix / Northbridge, Orkney Tidal Lab and Port of Ardlow\n")
    assert "· 4 sources · 3 stories" in note
    assert ("## Stories\n\n- **Helix / Northbridge**: 2 articles [1], [2]\n"
            "- **Orkney Tidal Lab**: 1 article [3]\n- **Port of Ardlow**: 1 article [4]\n") in note


def test_many_stories_are_counted_in_the_title():
    sizes = {"A": 3, "B": 2, "C": 1, "D": 1, "E": 1}
    assert stories.corpus_title(sizes) == "5 stories: A, B and 3 more"
    assert stories.corpus_title({"A": 1}) is None


def test_one_story_corpus_keeps_its_story_title_and_no_story_list():
    brief = sample_brief()
    brief.title = None
    brief.articles = [replace(a, story="Helix / Northbridge") for a in brief.articles]
    note = render(brief, "md")
    assert note.startswith("# Helix / Northbridge\n") and "## Stories" not in note


def test_user_title_still_wins():
    brief = mixed_brief()
    brief.title = "Weekly energy round-up"
    assert title_of(brief) == "Weekly energy round-up"


# ---------------------------------------------------------------- one story

def test_story_note_matches_golden_file(update_golden):
    one = stories.of_story(mixed_brief(), "Orkney Tidal Lab")
    check_golden(render(one, "md"), "stories-one.md", update_golden)


def test_story_brief_file_matches_golden_file_and_reads_back(tmp_path, update_golden):
    one = stories.of_story(mixed_brief(), "Orkney Tidal Lab")
    text = render(one, "toml")
    check_golden(text, "stories-one.toml", update_golden)
    path = tmp_path / "one.toml"
    path.write_text(text, encoding="utf-8")
    assert load_brief(path) == one


def test_story_holds_its_articles_items_and_evidence_only():
    one = stories.of_story(mixed_brief(), "Orkney Tidal Lab")
    assert [a.id for a in one.articles] == ["a3"]
    assert one.title == "Orkney Tidal Lab"
    assert [p.name for p in one.people] == ["Ruth Mair"]
    assert [o.name for o in one.organisations] == ["Helix Energy", "Orkney Tidal Lab"]
    helix = one.organisations[0]
    assert [e.article for e in helix.evidence] == ["a3"]  # not the other story's sentences
    assert [f.text for f in one.funding] == ["£3m"]
    assert not one.goals and not one.quotes
    assert default_filename(one, "md") == "orkney-tidal-lab-2025-02-10.md"


def test_story_keeps_the_curation_of_its_items_only():
    brief = mixed_brief()
    port = stories.of_story(brief, "Port of Ardlow")
    assert list(port.curation.values()) == [Curation(note="Call the harbour office.")]
    helix = stories.of_story(brief, "Helix / Northbridge")
    assert len(helix.curation) == 4
    assert "[1], [2]" in render(helix, "md") and "[3]" not in render(helix, "md")


def test_a_dispute_between_stories_is_no_dispute_within_one():
    item = Person("Ann Lee", roles=["chair"],
                  evidence=[evidence(Article("x", "x", "Ann Lee chairs."), "Ann Lee"),
                            evidence(Article("y", "y", "Ann Lee, chief."), "Ann Lee"),
                            evidence(Article("z", "z", "Ann Lee chairs it."), "Ann Lee")],
                  conflicts=[Conflict("role", "chair", ["x", "z"]), Conflict("role", "chief", ["y"])])
    articles = [Article("x", "x", "Ann Lee chairs.", story="S"), Article("y", "y", "Ann Lee, chief.", story="T"),
                Article("z", "z", "Ann Lee chairs it.", story="S")]
    one = stories.of_story(Brief(articles=articles, people=[item]), "S")
    assert one.people[0].conflicts == []
    assert [e.article for e in one.people[0].evidence] == ["x", "z"]
    both = stories.of_story(Brief(articles=[replace(a, story="S") for a in articles], people=[item]), "S")
    assert both.people[0] is item


def test_find_a_story_by_name_whatever_its_case_and_spacing():
    sizes = stories.sizes(mixed_brief().articles)
    assert list(sizes) == ["Helix / Northbridge", "Orkney Tidal Lab", "Port of Ardlow"]
    assert stories.find(sizes, "  orkney   tidal LAB ") == "Orkney Tidal Lab"
    assert stories.find(sizes, "Orkney") is None
