"""Which format a briefing file is written in, from its name and the format asked for.

One rule for `brief export` and the dashboard's export dialog (no Textual here: the headless command
imports it): a known suffix decides the format, and one that disagrees with the format asked for is
refused rather than guessed; a bare suffix is not a name.
"""
from __future__ import annotations

from pathlib import Path

FORMAT_NAMES = {"md": "Markdown", "toml": "TOML", "json": "JSON"}
SUFFIXES = {"md": ".md", "toml": ".toml", "json": ".json"}
BY_SUFFIX = {".md": "md", ".markdown": "md", ".toml": "toml", ".json": "json"}


class ExportNameError(ValueError):
    """The name cannot be written as asked; the message says why and what to do."""


def suffix_format(name: str) -> str | None:
    """The format a file name's suffix names, or None (no suffix, or one briefdesk does not write)."""
    return BY_SUFFIX.get(Path(name).suffix.lower())


def check_name(name: str, asked: str | None) -> str:
    """The format to write `name` in: its suffix's, else `asked`; raise ExportNameError when the name is
    only a suffix, when the suffix names another format than `asked`, or when neither tells."""
    base = Path(name).name
    if base.lower() in BY_SUFFIX:
        raise ExportNameError(f"{base} is only a suffix: put a name before it, e.g. brief{base}")
    named = suffix_format(name)
    if named is not None:
        if asked is not None and asked != named:
            raise ExportNameError(f"{base} is a {FORMAT_NAMES[named]} name but {FORMAT_NAMES[asked]} "
                             f"is chosen: change the name's suffix or the format")
        return named
    if asked is None:
        raise ExportNameError(f"cannot tell the format of {name} from its name; "
                         "end it in .md, .toml or .json, or give --format")
    return asked
