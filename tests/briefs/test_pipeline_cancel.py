"""Cancelling a build: it stops at once (a worker pool's queue is dropped, not waited for) and
returns a brief of the articles read, which is never cached as the corpus's brief."""
from __future__ import annotations

from briefs import ingest, pipeline
from briefs.cache import ExtractionCache
from briefs.pipeline import build_brief
from seed_corpus import write_corpus


class CancelAfter:
    """A `progress` and `cancelled` pair: the user cancels once `n` articles are done."""

    def __init__(self, n: int) -> None:
        self.n, self.done = n, 0

    def progress(self, done: int, total: int) -> None:
        self.done = done

    def cancelled(self) -> bool:
        return self.done >= self.n


def test_cancel_keeps_the_articles_read(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 6)
    stop = CancelAfter(2)
    result = build_brief([str(corpus)], cache=ExtractionCache(tmp_path / "cache"), workers=1,
                         progress=stop.progress, cancelled=stop.cancelled)
    assert result.stopped == (2, 6)
    assert [a.path for a in result.brief.articles] == [str(corpus / "00000.txt"), str(corpus / "00001.txt")]
    assert result.brief.people  # the articles read are extracted and merged, ready to show
    cited = {e.article for name in ("people", "organisations", "funding", "goals", "quotes")
             for item in result.brief.panel(name) for e in item.evidence}
    assert cited <= {a.id for a in result.brief.articles}


def test_a_cancelled_brief_is_not_served_from_the_cache_next_time(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 4)
    cache = ExtractionCache(tmp_path / "cache")
    stop = CancelAfter(1)
    build_brief([str(corpus)], cache=cache, workers=1, progress=stop.progress, cancelled=stop.cancelled)
    again = build_brief([str(corpus)], cache=cache, workers=1)
    fresh = build_brief([str(corpus)], cache=ExtractionCache(tmp_path / "other"), workers=1)
    assert again.stopped is None and len(again.brief.articles) == 4
    assert again.brief == fresh.brief


def test_cancel_with_a_worker_pool_does_not_wait_for_its_queue(tmp_path, monkeypatch):
    shutdowns = []

    class Pool:  # a ProcessPoolExecutor that runs in this process and records its shutdown
        def __init__(self, *args, **kwargs) -> None:
            pass

        def map(self, fn, items, chunksize=1):
            return map(fn, items)

        def shutdown(self, wait=True, *, cancel_futures=False):
            shutdowns.append((wait, cancel_futures))

    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 1)
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", Pool)
    corpus = write_corpus(tmp_path / "corpus", 5)
    stop = CancelAfter(2)
    result = build_brief([str(corpus)], cache=ExtractionCache(tmp_path / "a"), workers=2,
                         progress=stop.progress, cancelled=stop.cancelled)
    assert result.stopped == (2, 5)
    assert shutdowns == [(False, True)]  # closed at the cancel: pending chunks dropped, no wait
    shutdowns.clear()
    build_brief([str(corpus)], cache=ExtractionCache(tmp_path / "b"), workers=2)
    assert shutdowns == [(True, True)]  # a whole build ends as before


def test_cancel_with_real_worker_processes(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 1)
    corpus = write_corpus(tmp_path / "corpus", 80)
    stop = CancelAfter(3)
    result = build_brief([str(corpus)], cache=ExtractionCache(tmp_path / "cache"), workers=2,
                         progress=stop.progress, cancelled=stop.cancelled)
    assert result.stopped == (3, 80) and len(result.brief.articles) == 3


def test_ingest_stops_reading_a_folder_when_cancelled(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 5)
    answers = iter([False, False, False, True])  # the folder, its first two files, then stop
    loaded = ingest.load([str(corpus)], cancelled=lambda: next(answers, True))
    assert len(loaded.articles) == 2 and not loaded.errors
