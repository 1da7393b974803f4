"""An on-disk cache of per-article extractions, keyed by content and extractor version.

Reopening the same corpus skips extraction. Entries are JSON (never pickle: the cache folder is
data, not code), a corrupt or foreign entry is a miss, and the folder is trimmed to a size bound.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
import types
import typing
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from briefs.extract import Extraction
from briefs.model import Article, Brief, Funding, Goal, Organisation, Person, Quote

MAX_BYTES = 256 * 1024 * 1024
_PANELS = {"people": list[Person], "organisations": list[Organisation], "funding": list[Funding],
           "goals": list[Goal], "quotes": list[Quote]}
_CODE = Path(__file__).resolve().parent


@cache
def extractor_version() -> str:
    """A digest of the code and lexicons that extraction depends on: any change invalidates."""
    digest = hashlib.blake2b(digest_size=16)
    files = [_CODE / "text.py", _CODE / "model.py", *sorted((_CODE / "extract").rglob("*"))]
    for path in files:
        if path.is_file() and path.suffix != ".pyc":
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def merge_version() -> str:
    """Extraction's version plus the code that merges articles into a brief."""
    digest = hashlib.blake2b(extractor_version().encode(), digest_size=16)
    for name in ("merge.py", "stories.py"):
        digest.update(name.encode())
        digest.update((_CODE / name).read_bytes())
    return digest.hexdigest()


@cache
def reading_version() -> str:
    """Merging's version plus the code that reads files into articles."""
    digest = hashlib.blake2b(merge_version().encode(), digest_size=16)
    for name in ("ingest.py", "metadata.py", "boilerplate.py", "fingerprint.py"):
        digest.update(name.encode())
        digest.update((_CODE / name).read_bytes())
    return digest.hexdigest()


def default_dir() -> Path:
    if env := os.environ.get("BRIEFDESK_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "briefdesk"


def key(article: Article) -> str:
    digest = hashlib.blake2b(digest_size=20)
    for part in (extractor_version(), article.id, article.date or "", repr(article.boilerplate), article.text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def corpus_key(articles: list[Article]) -> str:
    """The merged brief's key: every article's extraction key in order, with what merging reads
    besides (path and title name fallback stories; source is shown)."""
    digest = hashlib.blake2b(merge_version().encode(), digest_size=20)
    for article in articles:
        for part in (key(article), article.path, article.title or "", article.source or ""):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
    return digest.hexdigest()


# ---------------------------------------------------------------- dataclass <-> JSON

def to_plain(value):
    if dataclasses.is_dataclass(value):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value


def from_plain(kind, data):
    """Rebuild a value of type `kind` from to_plain output; raises on anything foreign."""
    return _decoder(kind)(data)


@cache
def _decoder(kind) -> Callable[[Any], Any]:
    """A function that checks and rebuilds values of `kind`, made once per type: resolving type
    hints on every value made reopening a cached corpus slower than extracting it."""
    origin = typing.get_origin(kind)
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(kind)]

        def record(data):
            if not isinstance(data, dict):
                raise ValueError(f"expected an object for {kind.__name__}")
            return kind(**{name: decode(data[name]) for name, decode in fields})
        return record
    if origin is list:
        (inner,) = typing.get_args(kind)
        item = _decoder(inner)
        return lambda data: [item(v) for v in _list(data)]
    if origin is tuple:
        items = [_decoder(t) for t in typing.get_args(kind)]
        return lambda data: tuple(f(v) for f, v in zip(items, _list(data), strict=True))
    if origin in (typing.Union, types.UnionType):
        optional = type(None) in typing.get_args(kind)
        inner = _decoder(next(t for t in typing.get_args(kind) if t is not type(None)))
        return lambda data: None if data is None and optional else inner(data)
    if origin is typing.Literal:
        allowed = typing.get_args(kind)

        def literal(data):
            if data not in allowed:
                raise ValueError(f"unexpected value {data!r}")
            return data
        return literal
    if kind is float:
        def number(data):
            if not isinstance(data, (int, float)):
                raise ValueError("expected a number")
            return float(data)
        return number
    if kind in (str, int, bool):
        def scalar(data):
            if not isinstance(data, kind):
                raise ValueError(f"expected {kind.__name__}")
            return data
        return scalar
    return lambda data: data


def _list(data) -> list:
    if not isinstance(data, list):
        raise ValueError("expected a list")
    return data


# ---------------------------------------------------------------- the store

class ExtractionCache:
    def __init__(self, folder: Path | None = None, max_bytes: int = MAX_BYTES):
        self.folder = folder or default_dir()
        self.max_bytes = max_bytes

    def _path(self, article: Article) -> Path:
        k = key(article)
        return self.folder / k[:2] / f"{k}.json"

    def get(self, article: Article) -> Extraction | None:
        try:
            data = json.loads(self._path(article).read_text(encoding="utf-8"))
            return from_plain(Extraction, data)
        except Exception:  # noqa: BLE001 - a missing, corrupt or foreign entry is a miss, never fatal
            return None

    def put(self, article: Article, extraction: Extraction) -> None:
        self._write(self._path(article), to_plain(extraction))

    def _write(self, path: Path, data) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            return  # a read-only or full disk only costs speed

    def get_brief(self, articles: list[Article]) -> Brief | None:
        """The brief merged from exactly these articles before, if cached: reopening a corpus
        then skips reading each article's entry and merging them again."""
        try:
            data = json.loads(self._brief_path(articles).read_text(encoding="utf-8"))
            stories = from_plain(list[str | None], data["stories"])
            if len(stories) != len(articles):
                return None
            brief = Brief(articles=[dataclasses.replace(a, story=s) for a, s in zip(articles, stories)])
            for panel, kind in _PANELS.items():
                setattr(brief, panel, from_plain(kind, data[panel]))
            return brief
        except Exception:  # noqa: BLE001 - a missing, corrupt or foreign entry is a miss, never fatal
            return None

    def put_brief(self, articles: list[Article], brief: Brief) -> None:
        data = {"stories": [a.story for a in brief.articles]}
        data.update({panel: to_plain(getattr(brief, panel)) for panel in _PANELS})
        self._write(self._brief_path(articles), data)

    def get_result(self, inputs: str, date: str | None) -> tuple[Brief, list[str]] | None:
        """The brief and reading errors built before from inputs with this fingerprint (see
        briefs.fingerprint): reopening then reads no article's metadata or boilerplate again."""
        try:
            data = json.loads(self._result_path(inputs, date).read_text(encoding="utf-8"))
            brief = Brief(articles=from_plain(list[Article], data["articles"]))
            for panel, kind in _PANELS.items():
                setattr(brief, panel, from_plain(kind, data[panel]))
            return brief, from_plain(list[str], data["errors"])
        except Exception:  # noqa: BLE001 - a missing, corrupt or foreign entry is a miss, never fatal
            return None

    def put_result(self, inputs: str, date: str | None, brief: Brief, errors: list[str]) -> None:
        data = {"articles": to_plain(brief.articles), "errors": list(errors)}
        data.update({panel: to_plain(getattr(brief, panel)) for panel in _PANELS})
        self._write(self._result_path(inputs, date), data)

    def _result_path(self, inputs: str, date: str | None) -> Path:
        digest = hashlib.blake2b(f"{reading_version()}\0{inputs}\0{date or ''}".encode(), digest_size=20)
        return self.folder / "inputs" / f"{digest.hexdigest()}.json"

    def _brief_path(self, articles: list[Article]) -> Path:
        return self.folder / "briefs" / f"{corpus_key(articles)}.json"

    def trim(self) -> None:
        """Remove the oldest entries until the folder is within its size bound."""
        try:
            entries = [(p.stat().st_mtime, p.stat().st_size, p) for p in self.folder.glob("*/*.json")]
        except OSError:
            return
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):
            if total <= self.max_bytes:
                break
            try:
                path.unlink()
                total -= size
            except OSError:
                pass
