"""Reading a saved brief (TOML or JSON, as written by `briefs.export.render`) back into a Brief.

Loading is strict: a file that does not parse, that ends early, that a newer briefdesk wrote, or
that is not a brief at all is refused with one line naming the file, the place and the problem,
rather than half-loaded (a half-loaded brief would silently lose the user's curation).
"""
from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from briefs.export.json import SCHEMA_KEY
from briefs.export.toml import END_LINE
from briefs.model import (
    SCHEMA_VERSION, Article, Brief, Conflict, Curation, Equivalent, Evidence, Funding, Goal,
    Organisation, Person, Quote,
)

T = TypeVar("T")


class BriefFileError(Exception):
    """A saved brief that cannot be read; the message is one line for the user."""


class _Invalid(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}" if where else problem)


# ---------------------------------------------------------------- entry points

def load_brief(path: str | Path) -> Brief:
    """Read a TOML brief file (JSON when the name ends in .json)."""
    path = Path(path)
    fmt = "json" if path.suffix.lower() == ".json" else "toml"
    return parse_brief(_read_text(path), fmt, name=str(path))


def parse_brief(text: str, fmt: str = "toml", *, name: str = "brief") -> Brief:
    """A brief from the text of a brief file; `name` is what error messages call it."""
    try:
        data = _parse_json(name, text) if fmt == "json" else _parse_toml(name, text)
    except RecursionError:
        raise BriefFileError(f"{name}: nested too deeply to be a brief file") from None
    try:
        return brief_from_data(data)
    except _Invalid as exc:
        raise BriefFileError(f"{name}: {exc}") from None


_BRIEF_OPENING = re.compile(r'\s*\{\s*"' + re.escape(SCHEMA_KEY) + r'"\s*:')


def looks_like_brief(path: str | Path) -> bool:
    """Whether the pipeline should open `path` as a saved brief rather than as an article."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return True
    if suffix != ".json":
        return False
    # A JSON news dump can be large: peek at its opening rather than parse it twice. briefdesk
    # writes the schema key first, so a brief file opens with it.
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8-sig", errors="replace")
    except OSError:
        return False
    if _BRIEF_OPENING.match(head):
        return True
    if not head.lstrip().startswith("{"):
        return False
    # A brief re-saved by another tool (`jq -S`, an editor sorting keys) has the key further in:
    # a byte search over the file still spares parsing it.
    try:
        return f'"{SCHEMA_KEY}"'.encode() in path.read_bytes()
    except OSError:
        return False


# ---------------------------------------------------------------- reading and parsing

def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BriefFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BriefFileError(f"{path}: is a folder, not a brief file") from None
    except PermissionError:
        raise BriefFileError(f"{path}: permission denied") from None
    except OSError as exc:
        raise BriefFileError(f"{path}: {exc.strerror or exc}") from None
    try:
        # utf-8-sig: editors on Windows may put a byte-order mark in front.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BriefFileError(f"{path}: not UTF-8 text (byte {exc.start}); "
                             "not a brief file") from None


_TOML_WHERE = re.compile(
    r"^(?P<msg>.*?) \(at (?:line (?P<line>\d+), column (?P<col>\d+)|end of document)\)$")


def _parse_toml(path: str, text: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BriefFileError(f"{path}: {_toml_problem(str(exc), text)}") from None
    newer = _is_int(data.get(SCHEMA_KEY)) and data[SCHEMA_KEY] > SCHEMA_VERSION
    # A newer briefdesk may end its files differently: say "newer", not "truncated" (checked later).
    if SCHEMA_KEY in data and not newer and not text.rstrip("\n").endswith(END_LINE):
        # A copy cut off at a line boundary still parses; the closing comment shows it is whole.
        raise BriefFileError(f"{path}: the file ends early (no closing '{END_LINE}' line); "
                             "is it a truncated copy?")
    return data


def _toml_problem(message: str, text: str) -> str:
    match = _TOML_WHERE.match(message)
    if match is None:
        return f"not valid TOML: {message}"
    problem = match["msg"][:1].lower() + match["msg"][1:]
    if match["line"] is None:
        return f"line {text.count(chr(10)) + 1}: {problem} at the end of the file (truncated?)"
    return f"line {match['line']}, column {match['col']}: {problem}"


def _parse_json(path: str, text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        problem = exc.msg[:1].lower() + exc.msg[1:]
        if exc.pos >= len(text.rstrip()):
            problem += " at the end of the file (truncated?)"
        raise BriefFileError(f"{path}: line {exc.lineno}, column {exc.colno}: {problem}") from None
    except ValueError as exc:
        raise BriefFileError(f"{path}: {exc}") from None


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a brief can hold")


# ---------------------------------------------------------------- the layout

def brief_from_data(data: Any) -> Brief:
    """Build a Brief from parsed file data; raises _Invalid naming the place and the problem."""
    if not isinstance(data, dict) or SCHEMA_KEY not in data:
        raise _Invalid("", f"not a brief file (no '{SCHEMA_KEY}' key)")
    _check_version(data[SCHEMA_KEY])
    top = _Table(data, "")
    articles = top.items("articles", _article)
    texts = _article_texts(articles)
    brief = Brief(
        articles=articles,
        people=top.items("people", lambda t: _person(t, texts)),
        organisations=top.items("organisations", lambda t: _organisation(t, texts)),
        funding=top.items("funding", lambda t: _funding(t, texts)),
        goals=top.items("goals", lambda t: _goal(t, texts)),
        quotes=top.items("quotes", lambda t: _quote(t, texts)),
        title=top.optional_text("title"),
        curation=top.mapping("curation", _curation),
    )
    top.done(SCHEMA_KEY)
    return brief


def _check_version(version: Any) -> None:
    if not _is_int(version):
        raise _Invalid(SCHEMA_KEY, f"expected a whole number, got {_kind(version)}")
    if version > SCHEMA_VERSION:
        raise _Invalid(SCHEMA_KEY, f"version {version} was written by a newer briefdesk "
                                   f"(this one reads up to {SCHEMA_VERSION}); please upgrade")
    if version < 1:
        raise _Invalid(SCHEMA_KEY, f"unknown version {version}")


def _article_texts(articles: list[Article]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for i, article in enumerate(articles):
        if article.id in texts:
            raise _Invalid(f"articles[{i}].id", f"duplicate article id {article.id!r}")
        texts[article.id] = article.text
    return texts


def _article(t: _Table) -> Article:
    text = t.text("text")
    article = Article(id=t.text("id"), path=t.text("path"), text=text,
                      title=t.optional_text("title"), date=t.optional_text("date"),
                      source=t.optional_text("source"), story=t.optional_text("story"),
                      boilerplate=t.items("boilerplate", lambda v: _span(v, len(text)),
                                          tables=False))
    t.done()
    return article


def _span(v: _Value, length: int) -> tuple[int, int]:
    pair = v.value
    if not isinstance(pair, list) or len(pair) != 2 or not all(_is_int(x) for x in pair):
        raise _Invalid(v.where, f"expected a pair of whole numbers, got {_kind(pair)}")
    start, end = pair
    if not 0 <= start <= end <= length:
        raise _Invalid(v.where, f"span {start}..{end} is outside the article's text")
    return start, end


def _evidence(t: _Table, texts: dict[str, str]) -> Evidence:
    article, start, end = t.text("article"), t.whole("start"), t.whole("end")
    if article not in texts:
        raise _Invalid(t.where + ".article", f"no article with id {article!r} in this brief")
    if not 0 <= start <= end <= len(texts[article]):
        raise _Invalid(t.where, f"span {start}..{end} is outside article {article!r}'s text")
    evidence = Evidence(article=article, sentence=t.text("sentence"), start=start, end=end)
    t.done()
    return evidence


def _conflict(t: _Table) -> Conflict:
    conflict = Conflict(field=t.text("field"), value=t.text("value"),
                        articles=t.text_list("articles"))
    t.done()
    return conflict


def _provenance(t: _Table, texts: dict[str, str]) -> dict[str, Any]:
    return {"evidence": t.items("evidence", lambda e: _evidence(e, texts)),
            "conflicts": t.items("conflicts", _conflict, required=False)}


def _person(t: _Table, texts: dict[str, str]) -> Person:
    person = Person(name=t.text("name"), aliases=t.text_list("aliases"),
                    roles=t.text_list("roles"), organisations=t.text_list("organisations"),
                    **_provenance(t, texts))
    t.done()
    return person


def _organisation(t: _Table, texts: dict[str, str]) -> Organisation:
    organisation = Organisation(name=t.text("name"), aliases=t.text_list("aliases"),
                                **_provenance(t, texts))
    t.done()
    return organisation


def _equivalent(t: _Table) -> Equivalent:
    equivalent = Equivalent(amount=t.number("amount"), currency=t.text("currency"))
    t.done()
    return equivalent


def _funding(t: _Table, texts: dict[str, str]) -> Funding:
    kind = t.text("kind")
    if kind not in ("funding", "other"):
        raise _Invalid(t.where + ".kind", f"expected \"funding\" or \"other\", got {kind!r}")
    funding = Funding(amount=t.number("amount"), currency=t.text("currency"), kind=kind,
                      text=t.text("text"), qualifier=t.optional_text("qualifier"),
                      period=t.optional_text("period"), funder=t.optional_text("funder"),
                      recipient=t.optional_text("recipient"),
                      equivalents=t.items("equivalents", _equivalent), **_provenance(t, texts))
    t.done()
    return funding


def _goal(t: _Table, texts: dict[str, str]) -> Goal:
    goal = Goal(text=t.text("text"), actor=t.optional_text("actor"),
                deadline=t.optional_text("deadline"), **_provenance(t, texts))
    t.done()
    return goal


def _quote(t: _Table, texts: dict[str, str]) -> Quote:
    quote = Quote(text=t.text("text"), speaker=t.optional_text("speaker"), **_provenance(t, texts))
    t.done()
    return quote


def _curation(t: _Table) -> Curation:
    curation = Curation(kept=t.flag("kept"), note=t.text("note"))
    t.done()
    return curation


# ---------------------------------------------------------------- checked access

def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    names = {bool: "true/false", int: "a whole number", float: "a number", str: "text",
             list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)


class _Value:
    """A value that is not a table, with where it sits in the file."""

    __slots__ = ("value", "where")

    def __init__(self, value: Any, where: str) -> None:
        self.value, self.where = value, where


class _Table:
    """A table (dict) of the file that records which keys were read, to refuse unknown ones."""

    __slots__ = ("data", "where", "seen")

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise _Invalid(where, f"expected a table, got {_kind(data)}")
        self.data, self.where, self.seen = data, where, set()

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _get(self, key: str, required: bool = True) -> Any:
        self.seen.add(key)
        if key not in self.data:
            if required:
                raise _Invalid(self.where, f"missing key '{key}'")
            return None
        return self.data[key]

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            raise _Invalid(self._at(key), f"expected text, got {_kind(value)}")
        return value

    def optional_text(self, key: str) -> str | None:
        # TOML has no null: an absent key is None; JSON may also write null.
        value = self._get(key, required=False)
        if value is not None and not isinstance(value, str):
            raise _Invalid(self._at(key), f"expected text, got {_kind(value)}")
        return value

    def whole(self, key: str) -> int:
        value = self._get(key)
        if not _is_int(value):
            raise _Invalid(self._at(key), f"expected a whole number, got {_kind(value)}")
        return value

    def number(self, key: str) -> float:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Invalid(self._at(key), f"expected a number, got {_kind(value)}")
        if not math.isfinite(value):
            raise _Invalid(self._at(key), f"{value} is not a number a brief can hold")
        return float(value)

    def flag(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise _Invalid(self._at(key), f"expected true or false, got {_kind(value)}")
        return value

    def text_list(self, key: str) -> list[str]:
        return self.items(key, _text_of, tables=False)

    def items(self, key: str, read: Callable[[Any], T], *, tables: bool = True,
             required: bool = True) -> list[T]:
        value = self._get(key, required)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise _Invalid(self._at(key), f"expected a list, got {_kind(value)}")
        wrap = _Table if tables else _Value
        return [read(wrap(v, f"{self._at(key)}[{i}]")) for i, v in enumerate(value)]

    def mapping(self, key: str, read: Callable[[_Table], T]) -> dict[str, T]:
        table = _Table(self._get(key), self._at(key))
        table.seen.update(table.data)
        return {k: read(_Table(v, f"{table.where}.{k}")) for k, v in table.data.items()}

    def done(self, *also: str) -> None:
        unknown = [k for k in self.data if k not in self.seen and k not in also]
        if unknown:
            raise _Invalid(self.where, f"unknown key '{unknown[0]}'")


def _text_of(v: _Value) -> str:
    if not isinstance(v.value, str):
        raise _Invalid(v.where, f"expected text, got {_kind(v.value)}")
    return v.value
