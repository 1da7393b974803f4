"""The merged-brief cache: reopening the same articles skips extraction and merging."""
from __future__ import annotations

import hashlib
import json

import pytest

from briefs import merge, pipeline
from briefs.cache import ExtractionCache, corpus_key
from briefs.model import PANELS, Article, Brief, Evidence, Funding, Person

ARTICLES = {
    "harbour.txt": (
        "Harbour council approves flood plan\n\n"
        "The Harbour Trust will spend \u00a312m on new flood walls by 2027, its chair Amira Okafor said.\n\n"
        '"We cannot wait for the next storm," Ms Okafor told reporters on Tuesday.\n'
    ),
    "lab.txt": (
        "University opens battery lab\n\n"
        "Northgate University has received $5 million from Delta Bank to open a battery lab.\n\n"
        "Professor Li Wei, who leads the project, said the lab aims to train 40 engineers by 2026.\n"
    ),
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build(folder, cache):
    return pipeline.build_brief([str(folder)], cache=cache, workers=1)


def test_reopening_serves_the_merged_brief_without_extracting_or_merging(corpus, tmp_path, monkeypatch):
    cache = ExtractionCache(tmp_path / "cache")
    first = build(corpus, cache)

    def fail(*args, **kwargs):
        raise AssertionError("a cached corpus must not be extracted or merged again")
    monkeypatch.setattr(pipeline, "extract_one", fail)
    monkeypatch.setattr(merge, "merge", fail)
    again = build(corpus, cache)
    assert again.brief == first.brief
    assert [a.story for a in again.brief.articles] == [a.story for a in first.brief.articles]


def test_reopening_reads_no_article_again(corpus, tmp_path, monkeypatch):
    cache = ExtractionCache(tmp_path / "cache")
    first = build(corpus, cache)

    def fail(*args, **kwargs):
        raise AssertionError("an unchanged corpus must not be parsed again")
    monkeypatch.setattr(pipeline.ingest, "load", fail)
    assert build(corpus, cache).brief == first.brief


def test_added_file_and_other_date_miss(corpus, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    build(corpus, cache)
    (corpus / "extra.md").write_text("Council delays vote\n\nThe vote will be held in May.\n", encoding="utf-8")
    assert len(build(corpus, cache).brief.articles) == 3
    dated = pipeline.build_brief([str(corpus)], cache=cache, workers=1, date="2024-03-01")
    assert dated.brief == pipeline.build_brief([str(corpus)], cache=ExtractionCache(tmp_path / "o"),
                                               workers=1, date="2024-03-01").brief


def test_reading_errors_are_reported_again_on_reopen(corpus, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    missing = str(tmp_path / "nowhere.txt")
    first = pipeline.build_brief([str(corpus), missing], cache=cache, workers=1)
    again = pipeline.build_brief([str(corpus), missing], cache=cache, workers=1)
    assert first.errors and again.errors == first.errors


def test_changed_article_misses_and_is_merged_afresh(corpus, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    build(corpus, cache)
    (corpus / "lab.txt").write_text(ARTICLES["lab.txt"].replace("40 engineers", "60 engineers"), encoding="utf-8")
    fresh = build(corpus, ExtractionCache(tmp_path / "other"))
    assert build(corpus, cache).brief == fresh.brief


def resealed(lines: list[list]) -> bytes:
    """An entry of these lines with a matching digest: a foreign shape the digest cannot catch."""
    raw = [json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for line in lines]
    digest = hashlib.blake2b(b"".join(raw), digest_size=16).hexdigest()
    return b"".join(raw) + json.dumps(["end", digest], separators=(",", ":")).encode() + b"\n"


def test_corrupt_or_foreign_brief_entry_is_a_miss(corpus, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    first = build(corpus, cache)
    (entry,) = (tmp_path / "cache" / "inputs").glob("*.jsonl")
    good = entry.read_bytes()
    lines = [json.loads(line) for line in good.splitlines()[:-1]]
    assert resealed(lines) == good  # the helper writes what the cache writes
    article = next(n for n, line in enumerate(lines) if line[0] == "article")
    quote = next(n for n, line in enumerate(lines) if line[0] == "quotes")
    foreign = [
        [*lines[:article], ["article", [1]], *lines[article + 1:]],  # an article of another shape
        [*lines[:quote], ["quotes", [["text", None, [99, 0, 1, 2], []]]], *lines[quote + 1:]],  # no string 99
        [*lines[:quote], ["quotes", 7], *lines[quote + 1:]],
        [line for line in lines if line[0] != "errors"],
    ]
    for bad in [b"{not json", good[: len(good) // 2], *map(resealed, foreign)]:
        entry.write_bytes(bad)
        assert build(corpus, cache).brief == first.brief
        (entry,) = (tmp_path / "cache" / "inputs").glob("*.jsonl")
        assert entry.read_bytes() == good  # rebuilt and written again


def test_the_result_entry_keeps_each_sentence_once(corpus, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    brief = build(corpus, cache).brief
    (entry,) = (tmp_path / "cache" / "inputs").glob("*.jsonl")
    text = entry.read_text(encoding="utf-8")
    sentences = {ev.sentence for panel in PANELS for item in brief.panel(panel) for ev in item.evidence}
    evidence = [ev for panel in PANELS for item in brief.panel(panel) for ev in item.evidence]
    assert len(sentences) < len(evidence)  # some sentence evidences several items
    for sentence in sentences:
        assert text.count(json.dumps(sentence, ensure_ascii=False)) == 1
    again = build(corpus, cache).brief
    shared = {}
    for panel in PANELS:
        for item in again.panel(panel):
            for ev in item.evidence:
                assert shared.setdefault(ev.sentence, ev.sentence) is ev.sentence
                assert again.article(ev.article).id is ev.article


def test_corpus_key_follows_order_text_and_title():
    a = Article("a", "a.txt", "Text one.", title="One")
    b = Article("b", "b.txt", "Text two.")
    assert corpus_key([a, b]) == corpus_key([a, b])
    assert corpus_key([a, b]) != corpus_key([b, a])
    assert corpus_key([a, b]) != corpus_key([a, Article("b", "b.txt", "Text 2.")])
    assert corpus_key([a, b]) != corpus_key([Article("a", "a.txt", "Text one.", title="Uno"), b])


def test_brief_items_round_trip(tmp_path):
    ev = Evidence("a", "Oppo pledged 30m yuan.", 0, 4)
    people = [Person("Zhang Lei", ["Zhang"], ["chair professor"], ["PolyU"], [ev])]
    funding = [Funding(30_000_000.0, "CNY", "funding", evidence=[ev], funder="Oppo")]
    cache = ExtractionCache(tmp_path)
    articles = [Article("a", "a.txt", "Oppo pledged 30m yuan.", story="Oppo")]
    brief = Brief(articles=articles, people=people, funding=funding)
    cache.put_brief(articles, brief)
    assert cache.get_brief([Article("a", "a.txt", "Oppo pledged 30m yuan.")]) == brief
