"""build_brief(paths) -> Brief: ingest -> parse -> extract -> merge."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefs import ingest, merge
from briefs.extract import extract_article
from briefs.model import Brief
from briefs.text import parse


class Cancelled(Exception):
    """Raised when the caller's `cancelled` callback says to stop."""


@dataclass(slots=True)
class BuildResult:
    brief: Brief
    errors: list[str] = field(default_factory=list)  # one line each, naming the file


def _is_saved_brief(path: str) -> bool:
    return Path(path).suffix.lower() == ".toml"


def build_brief(
    paths: Sequence[str],
    *,
    date: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BuildResult:
    saved = [p for p in paths if _is_saved_brief(p)]
    if saved:
        return _load_saved(saved, [p for p in paths if not _is_saved_brief(p)])
    loaded = ingest.load(list(paths), date=date)
    extractions = []
    total = len(loaded.articles)
    for done, article in enumerate(loaded.articles, 1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        extractions.append(extract_article(parse(article)))
        if progress is not None:
            progress(done, total)
    return BuildResult(merge.merge(loaded.articles, extractions), list(loaded.errors))


def _load_saved(saved: list[str], others: list[str]) -> BuildResult:
    from briefs.export.load import BriefFileError, load_brief

    errors = [f"{p}: a saved brief opens on its own; ignored" for p in others]
    if len(saved) > 1:
        errors += [f"{p}: only one saved brief opens at a time; ignored" for p in saved[1:]]
    try:
        return BuildResult(load_brief(saved[0]), errors)
    except BriefFileError as exc:
        return BuildResult(Brief(), errors + [str(exc)])
