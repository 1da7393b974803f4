from __future__ import annotations

from concurrent import futures

from briefs import pipeline
from briefs.bundled import seeds_dir
from briefs.cache import ExtractionCache
from briefs.pipeline import Cancelled, build_brief

import pytest


def test_seeds_build_with_progress(tmp_path):
    seen = []
    result = build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path),
                         progress=lambda done, total: seen.append((done, total)))
    assert len(result.brief.articles) == 2 and not result.errors
    assert seen == [(1, 2), (2, 2)]


def test_cancel_stops_the_build(tmp_path):
    with pytest.raises(Cancelled):
        build_brief([str(seeds_dir())], cache=ExtractionCache(tmp_path), cancelled=lambda: True)


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
