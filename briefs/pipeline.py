"""build_brief(paths) -> Brief: ingest -> parse -> extract (cached, parallel when large) -> merge."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace

from briefs import ingest
from briefs.cache import ExtractionCache, paused_gc
from briefs.export.load import BriefFileError, load_brief, looks_like_brief
from briefs.extract import Extraction, extract_article
from briefs.fingerprint import fingerprint
from briefs.model import PANELS, Article, Brief
from briefs.text import parse

# Below this many uncached articles, starting worker processes costs more than it saves.
PARALLEL_MIN = 200
CHUNK = 32


class Cancelled(Exception):
    """A load stopped with nothing to show. build_brief itself returns what it read (see
    BuildResult.stopped); builders that cannot may raise this."""


@dataclass(slots=True)
class BuildResult:
    brief: Brief
    errors: list[str] = field(default_factory=list)  # one line each, naming the file
    # (articles read, articles found) when `cancelled` stopped the build: the brief holds the
    # articles read; None when every article was read.
    stopped: tuple[int, int] | None = None


def extract_one(article: Article) -> tuple[Extraction, str | None]:
    """One article's items; a bug in a rule costs that article's items, never the whole brief."""
    try:
        return extract_article(parse(article)), None
    except Exception as exc:  # noqa: BLE001
        return Extraction(), f"{article.path}: extraction failed ({type(exc).__name__}: {exc}); its items are missing"


def _is_saved_brief(path: str) -> bool:
    return not path.startswith(("http://", "https://")) and path != "-" and looks_like_brief(path)


def build_brief(
    paths: Sequence[str],
    *,
    date: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    cache: ExtractionCache | None = None,
    workers: int | None = None,
) -> BuildResult:
    """Read `paths` into one brief. `cache` defaults to the user's cache folder; pass
    `workers=1` to stay in this process."""
    saved = [p for p in paths if _is_saved_brief(p)]
    if saved:
        return _load_saved(saved, [p for p in paths if not _is_saved_brief(p)])
    cache = cache or ExtractionCache()
    known = cache.known_files()
    before = dict(known)
    inputs = fingerprint(paths, known)  # None for stdin and URLs: then known by the articles read
    if known != before:
        cache.keep_known_files(known)
    if inputs is not None and (result := cache.get_result(inputs, date)) is not None:
        return _served(BuildResult(*result), progress)
    loaded = ingest.load(list(paths), date=date, cancelled=cancelled)
    errors = list(loaded.errors)
    known = cache.get_brief(loaded.articles) if inputs is None else None
    if known is not None:
        return _served(BuildResult(known, errors), progress)
    # Here, not at the top: a brief reopened from the cache never merges, and merging's
    # patterns and lexicons cost ~40 ms of the dashboard's start-up to import.
    from briefs.merge import merge

    extractions = list(_extract_all(loaded.articles, cache, workers, progress, cancelled, errors))
    if cancelled is not None and cancelled():
        # A brief of the articles read (ingest too may have stopped early), never cached as
        # the corpus's: the articles' own cache entries make the next load quick.
        read = loaded.articles[:len(extractions)]
        return BuildResult(merge(read, extractions), errors, (len(read), len(loaded.articles)))
    brief = merge(loaded.articles, extractions)
    del extractions  # the brief keeps what it needs: the rest need not outlive the merge
    if len(errors) == len(loaded.errors):  # a brief missing an article's items is not kept
        if inputs is not None:
            cache.put_result(inputs, date, brief, errors)
        else:
            cache.put_brief(loaded.articles, brief)
    cache.trim()  # after the brief's own entry is written, so trimming can never skip it
    return BuildResult(brief, errors)


def _served(result: BuildResult, progress: Callable[[int, int], None] | None) -> BuildResult:
    if progress is not None:
        progress(len(result.brief.articles), len(result.brief.articles))
    return result


def _extract_all(articles: list[Article], cache: ExtractionCache, workers: int | None,
                 progress, cancelled, errors: list[str]) -> Iterator[Extraction]:
    """Each article's extraction in order; stops early (after the articles done) when
    `cancelled` says so."""
    total = len(articles)
    # One copy of each evidence sentence for the whole corpus: items of one sentence, and the
    # same sentence in several articles (syndicated news), otherwise each hold their own.
    shared: dict[str, str] = {}
    with paused_gc():
        found = [cache.get(a, shared) for a in articles]
    missing = [a for a, hit in zip(articles, found) if hit is None]
    fresh = _run(missing, workers, cancelled)
    for done, (article, hit) in enumerate(zip(articles, found), 1):
        if cancelled is not None and cancelled():
            fresh.close()  # now: the worker pool drops its queue rather than finish it
            return
        if hit is None:
            hit, error = next(fresh)
            if error:
                errors.append(error)
            else:
                cache.put(article, hit)
                hit = share_sentences(hit, shared)
        if progress is not None:
            progress(done, total)
        yield hit


def share_sentences(extraction: Extraction, shared: dict[str, str]) -> Extraction:
    """The extraction with each evidence sentence replaced by its copy in `shared`."""
    for panel in PANELS:
        for item in getattr(extraction, panel):
            item.evidence = [ev if shared.setdefault(ev.sentence, ev.sentence) is ev.sentence
                             else replace(ev, sentence=shared[ev.sentence]) for ev in item.evidence]
    return extraction


def _run(articles: list[Article], workers: int | None, cancelled) -> Iterator[tuple[Extraction, str | None]]:
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(articles) < PARALLEL_MIN:
        yield from map(extract_one, articles)
        return
    # forkserver/spawn, never fork: the dashboard calls this from a thread.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method))
        results = pool.map(extract_one, articles, chunksize=CHUNK)
    except (OSError, ValueError):
        # No worker processes here (captured stderr, no /dev/shm...): slower, never fatal.
        yield from map(extract_one, articles)
        return
    done = 0
    try:
        for result in results:
            done += 1
            yield result
    except BrokenProcessPool:
        # A worker died (killed for memory, a crash in a C library): the rest runs here, slower.
        yield from map(extract_one, articles[done:])
    finally:
        # Closed early (cancelled): chunks not started are cancelled and those in the workers'
        # hands are not waited for, so the caller goes on at once; the workers exit after them.
        pool.shutdown(wait=done >= len(articles), cancel_futures=True)


def _load_saved(saved: list[str], others: list[str]) -> BuildResult:
    errors = [f"{p}: a saved brief opens on its own; ignored" for p in others]
    if len(saved) > 1:
        errors += [f"{p}: only one saved brief opens at a time; ignored" for p in saved[1:]]
    try:
        return BuildResult(load_brief(saved[0]), errors)
    except BriefFileError as exc:
        return BuildResult(Brief(), errors + [str(exc)])
