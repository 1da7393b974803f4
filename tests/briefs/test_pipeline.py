from __future__ import annotations

from concurrent import futures
from dataclasses import replace

from briefs import pipeline
from briefs.bundled import seeds_dir
from briefs.cache import ExtractionCache
from briefs.extract import Extraction
from briefs.model import PANELS, Evidence, Goal, Quote
from briefs.pipeline import build_brief

import pytest


def test_seeds_build_with_progress(tmp_path):
    seen = []
    result = build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path),
                         progress=lambda done, total: seen.append((done, total)))
    assert len(result.brief.articles) == 2 and not result.errors
    assert seen == [(1, 2), (2, 2)]


def test_cancel_stops_the_build(tmp_path):
    result = build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path), cancelled=lambda: True)
    assert result.stopped == (0, 0) and not result.brief.articles


def test_second_build_comes_from_the_cache(tmp_path, monkeypatch):
    cache = ExtractionCache(tmp_path)
    first = build_brief([str(seeds_dir())], cache=cache)
    monkeypatch.setattr(pipeline, "extract_article", lambda parsed: 1 / 0)
    second = build_brief([str(seeds_dir())], cache=cache)
    assert not second.errors and second.brief == first.brief


def test_a_failing_extractor_costs_one_article_not_the_brief(tmp_path, monkeypatch):
    real = pipeline.extract_article

    def flaky(parsed):
        if parsed.article.id.startswith("000"):
            raise RuntimeError("rule bug")
        return real(parsed)

    monkeypatch.setattr(pipeline, "extract_article", flaky)
    result = build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path))
    assert len(result.brief.articles) == 2
    assert len(result.errors) == 1 and "000_d88d51fb85c6f3fc" in result.errors[0]
    assert result.brief.quotes  # the other article's items are there


def test_parallel_extraction_matches_in_process(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 1)
    one = build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path / "a"), workers=1)
    two = build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path / "b"), workers=2)
    assert one.brief == two.brief


def test_no_worker_processes_falls_back_to_in_process(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise ValueError("bad value(s) in fds_to_keep")

    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 1)
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", refuse)
    result = build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path), workers=2)
    assert len(result.brief.articles) == 2 and not result.errors


def _sentence_copies(brief) -> tuple[int, int]:
    """(distinct sentence texts, distinct sentence objects) across the brief's evidence."""
    sentences = [ev.sentence for panel in PANELS for item in brief.panel(panel) for ev in item.evidence]
    return len(set(sentences)), len({id(s) for s in sentences})


SYNDICATED = ("The Harbour Trust will spend \u00a312m on new flood walls by 2027, its chair Amira Okafor said.\n\n"
              '"We cannot wait for the next storm," Ms Okafor told reporters on Tuesday.\n')


def test_a_sentence_in_several_articles_is_kept_once_in_memory(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, title in enumerate(["Flood walls approved", "Harbour plan", "Storm defences"]):
        (corpus / f"{n}.txt").write_text(f"{title}\n\n{SYNDICATED}", encoding="utf-8")
    cache = ExtractionCache(tmp_path / "cache")
    fresh = build_brief([str(corpus)], cache=cache, workers=1).brief
    assert len({ev.article for ev in fresh.quotes[0].evidence}) == 3
    texts, objects = _sentence_copies(fresh)
    assert texts == objects
    # Read back from the articles' entries (the merged-brief entry gone): shared the same way.
    for entry in (tmp_path / "cache" / "inputs").glob("*"):
        entry.unlink()
    monkeypatch.setattr(pipeline, "extract_article", lambda parsed: 1 / 0)
    again = build_brief([str(corpus)], cache=cache, workers=1)
    assert not again.errors and again.brief == fresh
    assert _sentence_copies(again.brief) == (texts, objects)
    # And from the merged-brief entry.
    assert _sentence_copies(build_brief([str(corpus)], cache=cache, workers=1).brief) == (texts, objects)


def test_share_sentences_keeps_the_evidence_equal():
    shared = {}
    one = Extraction(quotes=[Quote("x", evidence=[Evidence("a", "".join(["Sen", "tence."]), 0, 3)])])
    two = Extraction(goals=[Goal("y", evidence=[Evidence("b", "".join(["Sente", "nce."]), 4, 9)])])
    before = [replace(one.quotes[0]), replace(two.goals[0])]
    pipeline.share_sentences(one, shared)
    pipeline.share_sentences(two, shared)
    assert [one.quotes[0], two.goals[0]] == before
    assert one.quotes[0].evidence[0].sentence is two.goals[0].evidence[0].sentence


def test_a_cache_smaller_than_the_brief_still_reopens_it(tmp_path, monkeypatch):
    # The bound is below one brief's size: the per-article entries go, the brief just built stays.
    cache = ExtractionCache(tmp_path / "cache", max_bytes=1)
    first = build_brief([str(seeds_dir())], cache=cache, workers=1)
    entries = list((tmp_path / "cache").glob("*/*.jsonl"))
    assert [p.parent.name for p in entries] == ["inputs"]
    monkeypatch.setattr(pipeline, "extract_one", lambda article: pytest.fail("extracted again"))
    again = build_brief([str(seeds_dir())], cache=cache, workers=1)
    assert again.brief == first.brief


def test_a_worker_dying_mid_build_costs_speed_not_the_brief(tmp_path, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    class DyingPool:
        """Answers the first article, then reports its worker killed (as the OOM killer would)."""

        def __init__(self, *args, **kwargs):
            pass

        def map(self, fn, items, chunksize=1):
            items = list(items)
            yield fn(items[0])
            raise BrokenProcessPool("A process in the process pool was terminated abruptly")

        def shutdown(self, **kwargs):
            pass

    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 1)
    expected = build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path / "a"), workers=1)
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", DyingPool)
    result = build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path / "b"), workers=2)
    assert not result.errors and result.brief == expected.brief
