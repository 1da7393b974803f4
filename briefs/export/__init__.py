"""Turning a Brief into files: the JSON contract, TOML and Markdown briefing notes.

`render` gives a file's text, `write` puts it on disk atomically, `default_filename` names it, and
`briefs.export.load.load_brief` reads a TOML or JSON brief file back.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from briefs.export import json as json_file
from briefs.export import markdown, toml
from briefs.export.files import ExportError, atomic_write, file_name
from briefs.model import Brief

__all__ = ["FORMATS", "ExportError", "default_filename", "format_for", "render", "write"]

FORMATS = ("md", "toml", "json")

_BY_SUFFIX = {".md": "md", ".markdown": "md", ".toml": "toml", ".json": "json"}


def format_for(path: str | Path, given: str | None) -> str:
    """The format asked for, else the one the file's suffix names."""
    if given is not None:
        if given not in FORMATS:
            raise ExportError(f"unknown format {given!r}; use md, toml or json")
        return given
    fmt = _BY_SUFFIX.get(Path(path).suffix.lower())
    if fmt is None:
        raise ExportError(f"cannot tell the format of {path} from its name; "
                          "end it in .md, .toml or .json, or give --format")
    return fmt


def render(brief: Brief, fmt: str) -> str:
    """md: the briefing note; toml, json: the whole brief file, which `load_brief` reads back."""
    try:
        return "".join(_pieces(brief, fmt))
    except ValueError as exc:
        raise ExportError(f"cannot export this brief: {exc}") from None


def _pieces(brief: Brief, fmt: str) -> Iterator[str]:
    """The file's text a piece at a time (the brief files never whole: at 10,000 articles their
    text is hundreds of MB). Raises ValueError for a brief no file can hold."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use md, toml or json")
    if fmt == "md":
        return iter([markdown.render_note(brief)])
    return toml.chunks(brief) if fmt == "toml" else json_file.chunks(brief)


def write(brief: Brief, path: str | Path, fmt: str | None = None, *, force: bool = False) -> Path:
    """Render and write atomically, a piece at a time; an existing file is replaced only with
    `force`, and only by a whole file."""
    fmt = format_for(path, fmt)
    try:
        return atomic_write(path, (piece.encode("utf-8") for piece in _pieces(brief, fmt)),
                            force=force)
    except UnicodeEncodeError as exc:
        # Only lone surrogates (from undecodable file names or bytes) cannot be written as UTF-8.
        raise ExportError(f"cannot write {path}: the brief holds text that is not valid "
                          f"Unicode ({exc.reason})") from None
    except ValueError as exc:
        raise ExportError(f"cannot export this brief: {exc}") from None


def default_filename(brief: Brief, fmt: str) -> str:
    """A safe file name from the title and the latest article date: `title-words-2024-11-05.md`."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use md, toml or json")
    dates = sorted(a.date for a in brief.articles if a.date)
    return file_name(markdown.title_of(brief), dates[-1] if dates else None, fmt)
