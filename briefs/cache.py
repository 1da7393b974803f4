"""An on-disk cache of per-article extractions, keyed by content and extractor version.

Reopening the same corpus skips extraction (and, for an unchanged corpus, merging). Entries are
JSON Lines (never pickle: the cache folder is data, not code), read and written a line at a time;
a corrupt or foreign entry is a miss, and the folder is trimmed to a size bound.
"""
from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import importlib.metadata
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path

from briefs.extract import Extraction
from briefs.fingerprint import Known
from briefs.model import (
    PANELS, Article, Brief, Conflict, Equivalent, Evidence, Funding, Goal, Organisation, Person, Quote,
)

MAX_BYTES = 256 * 1024 * 1024
_PANELS = PANELS
_SUFFIX = ".jsonl"
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
    """Merging's version plus the code that reads files into articles, and the version of the
    library that takes articles out of web pages (an upgrade can change their text)."""
    digest = hashlib.blake2b(merge_version().encode(), digest_size=16)
    digest.update(_library_version("trafilatura").encode())
    for name in ("ingest.py", "metadata.py", "boilerplate.py", "fingerprint.py"):
        digest.update(name.encode())
        digest.update((_CODE / name).read_bytes())
    return digest.hexdigest()


_KNOWN_FILE = "files.json"
_KNOWN_FORMAT = 1
MAX_KNOWN = 200_000  # file records kept between runs (about 100 bytes each)
_HEX = frozenset("0123456789abcdef")


def _good_record(record: object) -> bool:
    return (isinstance(record, list) and len(record) == 5
            and all(type(n) is int for n in record[:4]) and isinstance(record[4], str)
            and len(record[4]) == 40 and _HEX.issuperset(record[4]))


def _library_version(name: str) -> str:
    try:
        return f"{name} {importlib.metadata.version(name)}"
    except importlib.metadata.PackageNotFoundError:
        return f"{name} absent"


def default_max_bytes() -> int:
    """The size bound: BRIEFDESK_CACHE_MAX_MB when it is a positive number, else MAX_BYTES."""
    try:
        megabytes = float(os.environ.get("BRIEFDESK_CACHE_MAX_MB", ""))
    except ValueError:
        return MAX_BYTES
    return int(megabytes * 1024 * 1024) if megabytes > 0 else MAX_BYTES


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


# ---------------------------------------------------------------- entries
#
# An entry is JSON Lines, read and written one line at a time, so a 10,000-article corpus is never
# held as one JSON string and one parsed tree besides its objects:
#   ["briefdesk-cache", FORMAT, kind]     header
#   ["strings", [str, ...]]               article ids and evidence sentences, each once, in chunks
#   ["article", row] | ["stories", [...]] | ["errors", [...]]
#   [panel, [row, ...]]                   items, positional rows, in chunks
#   ["end", digest]                       blake2b of every line before it
# Evidence names its article and sentence by index in the strings: a sentence that evidences
# several items (or recurs across articles) is stored, decoded and kept in memory once. The digest
# makes a truncated or altered entry a miss; FORMAT makes an entry of another layout a miss.

FORMAT = 2
_MAGIC = "briefdesk-cache"
_CHUNK = 1000  # rows per line


class _Strings:
    """The strings table being written: each distinct string once, by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def add(self, text: str) -> int:
        return self.index.setdefault(text, len(self.index))


def _evidence_row(evidence: list[Evidence], strings: _Strings) -> list:
    row: list = []
    for ev in evidence:
        row += (strings.add(ev.article), strings.add(ev.sentence), ev.start, ev.end)
    return row


def _conflict_rows(conflicts: list[Conflict]) -> list:
    return [[c.field, c.value, c.articles] for c in conflicts]


def _item_row(item, strings: _Strings) -> list:
    ev, conflicts = _evidence_row(item.evidence, strings), _conflict_rows(item.conflicts)
    match item:
        case Person():
            return [item.name, item.aliases, item.roles, item.organisations, ev, conflicts]
        case Organisation():
            return [item.name, item.aliases, ev, conflicts]
        case Funding():
            equivalents = [v for e in item.equivalents for v in (e.amount, e.currency)]
            return [item.amount, item.currency, item.kind, item.text, item.qualifier, item.period,
                    item.funder, item.recipient, equivalents, ev, conflicts]
        case Goal():
            return [item.text, item.actor, item.deadline, ev, conflicts]
        case Quote():
            return [item.text, item.speaker, ev, conflicts]
    raise TypeError(f"not an item: {item!r}")


class _Reader:
    """Rebuilds objects from rows; `shared` maps each string to one copy, across entries too."""

    def __init__(self, shared: dict[str, str] | None = None) -> None:
        self.shared = {} if shared is None else shared
        self.strings: list[str] = []

    def add_strings(self, texts: list[str]) -> None:
        shared = self.shared
        self.strings += [shared.setdefault(t, t) for t in _check(texts, str)]

    def evidence(self, row: list) -> list[Evidence]:
        strings, new = self.strings, object.__new__
        set_article, set_sentence, set_start, set_end = _EV_SETTERS
        out = []
        fields = iter(row)
        for article, sentence, start, end in zip(fields, fields, fields, fields, strict=True):
            ev = new(Evidence)
            set_article(ev, strings[article])
            set_sentence(ev, strings[sentence])
            set_start(ev, start)
            set_end(ev, end)
            out.append(ev)
        return out

    def item(self, panel: str, row: list):
        # Names, currencies, kinds, quotes and the like recur across articles (syndicated news
        # repeats whole paragraphs): each is kept once, as the sentences are.
        one, ones = self.text, self.texts
        match panel:
            case "people":
                name, aliases, roles, organisations, ev, conflicts = row
                return Person(one(name), ones(aliases), ones(roles), ones(organisations),
                              self.evidence(ev), _conflicts(conflicts))
            case "organisations":
                name, aliases, ev, conflicts = row
                return Organisation(one(name), ones(aliases), self.evidence(ev), _conflicts(conflicts))
            case "funding":
                amount, currency, kind, text, qualifier, period, funder, recipient, eq, ev, conflicts = row
                equivalents = [Equivalent(float(eq[n]), one(eq[n + 1])) for n in range(0, len(eq), 2)]
                return Funding(float(amount), one(currency), one(kind), one(text), one(qualifier),
                               one(period), one(funder), one(recipient), equivalents,
                               self.evidence(ev), _conflicts(conflicts))
            case "goals":
                text, actor, deadline, ev, conflicts = row
                return Goal(one(text), one(actor), one(deadline), self.evidence(ev), _conflicts(conflicts))
            case "quotes":
                text, speaker, ev, conflicts = row
                return Quote(one(text), one(speaker), self.evidence(ev), _conflicts(conflicts))
        raise ValueError(f"unknown panel {panel!r}")

    def text(self, value: str | None) -> str | None:
        """The shared copy of a string (None stays None)."""
        return value if value is None else self.shared.setdefault(value, value)

    def texts(self, values: list[str]) -> list[str]:
        """The list, its strings replaced by their shared copies in place (it is the row's own)."""
        shared = self.shared
        values[:] = [shared.setdefault(v, v) for v in values]
        return values

    def article(self, row: list) -> Article:
        id_, path, text, title, date, source, spans, story = row
        boilerplate = [(spans[n], spans[n + 1]) for n in range(0, len(spans), 2)]
        return Article(self.strings[id_], path, text, title, date, source, boilerplate, story)


# Evidence is frozen, so its __init__ sets each field through object.__setattr__: three times
# slower than the slots' own setters, and a 10,000-article brief holds ~400,000 evidence records.
# Reader.evidence builds them with these (a test checks the result equals Evidence(...)).
_EV_SETTERS = tuple(getattr(Evidence, f.name).__set__ for f in dataclasses.fields(Evidence))


def _conflicts(rows: list) -> list[Conflict]:
    # An extraction has no conflicts: its empty row is the list (not a second empty list per item).
    return rows if rows == [] else [Conflict(field, value, articles) for field, value, articles in rows]


def _check(values: list, kind: type) -> list:
    if not isinstance(values, list) or not all(isinstance(v, kind) for v in values):
        raise ValueError(f"expected a list of {kind.__name__}")
    return values


def _article_row(article: Article, strings: _Strings) -> list:
    spans = [n for span in article.boilerplate for n in span]
    return [strings.add(article.id), article.path, article.text, article.title, article.date,
            article.source, spans, article.story]


def _table(panels: dict[str, list], articles: Sequence[Article]) -> _Strings:
    strings = _Strings()
    for article in articles:
        strings.add(article.id)
    for items in panels.values():
        for item in items:
            for ev in item.evidence:
                strings.add(ev.article)
                strings.add(ev.sentence)
    return strings


def _entry_lines(kind: str, panels: dict[str, list], articles: Sequence[Article] = (),
                 extra: Iterable[list] = ()) -> Iterator[list]:
    """Every line of an entry but the digest, made as they are written: the strings table is
    collected first (items point into it), then each line is encoded from the objects."""
    strings = _table(panels, articles)
    table = list(strings.index)
    yield [_MAGIC, FORMAT, kind]
    for n in range(0, len(table), _CHUNK * 5):
        yield ["strings", table[n:n + _CHUNK * 5]]
    del table
    yield from extra
    for article in articles:
        yield ["article", _article_row(article, strings)]
    for panel, items in panels.items():
        for n in range(0, len(items), _CHUNK):
            yield [panel, [_item_row(item, strings) for item in items[n:n + _CHUNK]]]


def _encode(line: list) -> bytes:
    # ensure_ascii=False keeps non-English text short; surrogatepass keeps odd text writable.
    return json.dumps(line, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass") + b"\n"


def _read_lines(path: Path, kind: str) -> Iterator[list]:
    """An entry's lines after its header; raises on any mismatch, after the last line if the
    digest does not match (so a caller building objects as it reads discards them)."""
    digest = hashlib.blake2b(digest_size=16)
    with path.open("rb") as handle:
        header = handle.readline()
        if json.loads(header) != [_MAGIC, FORMAT, kind]:
            raise ValueError("an entry of another kind or format")
        digest.update(header)
        for raw in handle:
            line = json.loads(raw.decode("utf-8", "surrogatepass"))
            if not isinstance(line, list) or not line:
                raise ValueError("not an entry line")
            if line[0] == "end":
                if line != ["end", digest.hexdigest()] or handle.read(1):
                    raise ValueError("altered entry")
                return
            digest.update(raw)
            yield line
    raise ValueError("truncated entry")


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: decoding creates a million objects and none of them
    garbage, yet each collection of the oldest generation walks every object alive, which made
    reopening 10,000 articles twice as slow. Restores the collector only if it was on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_entry(path: Path, kind: str, shared: dict[str, str] | None = None
                ) -> tuple[list[Article], dict[str, list], dict[str, list]]:
    """(articles, panels, other lines by tag) of an entry."""
    with paused_gc():
        return _decode_entry(path, kind, shared)


def _decode_entry(path: Path, kind: str, shared: dict[str, str] | None
                  ) -> tuple[list[Article], dict[str, list], dict[str, list]]:
    reader = _Reader(shared)
    articles: list[Article] = []
    panels: dict[str, list] = {panel: [] for panel in _PANELS}
    other: dict[str, list] = {}
    for tag, body in _read_lines(path, kind):
        if tag == "strings":
            reader.add_strings(body)
        elif tag == "article":
            articles.append(reader.article(body))
        elif tag in panels:
            panels[tag] += [reader.item(tag, row) for row in body]
        else:
            other[tag] = body
    return articles, panels, other


# ---------------------------------------------------------------- the store

class ExtractionCache:
    def __init__(self, folder: Path | None = None, max_bytes: int | None = None):
        self.folder = folder or default_dir()
        self.max_bytes = max_bytes if max_bytes is not None else default_max_bytes()

    def _path(self, article: Article) -> Path:
        k = key(article)
        return self.folder / k[:2] / f"{k}{_SUFFIX}"

    def get(self, article: Article, shared: dict[str, str] | None = None) -> Extraction | None:
        """The article's cached items, or None. Pass one `shared` dict for a whole corpus so a
        sentence or article id read from many entries is kept in memory once."""
        try:
            _, panels, _ = _read_entry(self._path(article), "extraction", shared)
            return Extraction(**panels)
        except Exception:  # noqa: BLE001 - a missing, corrupt or foreign entry is a miss, never fatal
            return None

    def put(self, article: Article, extraction: Extraction) -> None:
        panels = {panel: getattr(extraction, panel) for panel in _PANELS}
        self._write(self._path(article), _entry_lines("extraction", panels))

    def _write(self, path: Path, lines: Iterable[list]) -> None:
        """Write an entry line by line under a temporary name, then rename: a reader never sees
        half an entry, and the whole entry is never one string in memory."""
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            digest = hashlib.blake2b(digest_size=16)
            with os.fdopen(fd, "wb") as out:
                for line in lines:
                    raw = _encode(line)
                    digest.update(raw)
                    out.write(raw)
                out.write(_encode(["end", digest.hexdigest()]))
            os.replace(tmp, path)
        except (OSError, ValueError):  # ValueError: a value JSON cannot hold
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            return  # a read-only or full disk only costs speed

    def get_brief(self, articles: list[Article]) -> Brief | None:
        """The brief merged from exactly these articles before, if cached: reopening a corpus
        then skips reading each article's entry and merging them again."""
        try:
            _, panels, other = _read_entry(self._brief_path(articles), "brief")
            stories = _check(other["stories"], (str, type(None)))
            if len(stories) != len(articles):
                return None
            return Brief(articles=[dataclasses.replace(a, story=s) for a, s in zip(articles, stories)],
                         **panels)
        except Exception:  # noqa: BLE001 - a missing, corrupt or foreign entry is a miss, never fatal
            return None

    def put_brief(self, articles: list[Article], brief: Brief) -> None:
        stories = [["stories", [a.story for a in brief.articles]]]
        self._write(self._brief_path(articles), _entry_lines("brief", _panels(brief), extra=stories))

    def get_result(self, inputs: str, date: str | None) -> tuple[Brief, list[str]] | None:
        """The brief and reading errors built before from inputs with this fingerprint (see
        briefs.fingerprint): reopening then reads no article's metadata or boilerplate again."""
        try:
            articles, panels, other = _read_entry(self._result_path(inputs, date), "result")
            return Brief(articles=articles, **panels), _check(other["errors"], str)
        except Exception:  # noqa: BLE001 - a missing, corrupt or foreign entry is a miss, never fatal
            return None

    def put_result(self, inputs: str, date: str | None, brief: Brief, errors: list[str]) -> None:
        lines = _entry_lines("result", _panels(brief), brief.articles, [["errors", list(errors)]])
        self._write(self._result_path(inputs, date), lines)

    def _result_path(self, inputs: str, date: str | None) -> Path:
        digest = hashlib.blake2b(f"{reading_version()}\0{inputs}\0{date or ''}".encode(), digest_size=20)
        return self.folder / "inputs" / f"{digest.hexdigest()}{_SUFFIX}"

    def _brief_path(self, articles: list[Article]) -> Path:
        return self.folder / "briefs" / f"{corpus_key(articles)}{_SUFFIX}"

    def known_files(self) -> Known:
        """File digests by identity from earlier runs (see briefs.fingerprint); a missing or
        corrupt record file, or a bad record, is simply not known."""
        try:
            data = json.loads((self.folder / _KNOWN_FILE).read_text(encoding="utf-8"))
            files = data["files"] if data.get("format") == _KNOWN_FORMAT else {}
        except (OSError, ValueError, TypeError, AttributeError, KeyError):
            return {}
        if not isinstance(files, dict):
            return {}
        return {path: record for path, record in files.items() if _good_record(record)}

    def keep_known_files(self, known: Known) -> None:
        """Save `known` (bounded: the newest MAX_KNOWN records a run touched come first)."""
        files = dict(list(known.items())[-MAX_KNOWN:])
        tmp = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump({"format": _KNOWN_FORMAT, "files": files}, out, separators=(",", ":"))
            os.replace(tmp, self.folder / _KNOWN_FILE)
        except (OSError, ValueError):
            if tmp is not None:  # an unwritable cache only costs speed; never leave litter
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def trim(self) -> None:
        """Remove the oldest entries until the folder is within its size bound. The newest entry
        (the brief just written) stays even when it alone is over the bound: it is what the next
        reopening reads."""
        try:
            # *.json* also finds the entries of earlier formats (".json"), so they age out.
            entries = [(st.st_mtime, st.st_size, p) for p in self.folder.glob("*/*.json*")
                       for st in [p.stat()]]
        except OSError:
            return
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries, key=lambda e: e[:2])[:-1]:
            if total <= self.max_bytes:
                break
            try:
                path.unlink()
                total -= size
            except OSError:
                pass


def _panels(brief: Brief) -> dict[str, list]:
    return {panel: getattr(brief, panel) for panel in _PANELS}
