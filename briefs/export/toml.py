"""The brief file as TOML: the same layout as the JSON brief file, readable and diffable."""
from __future__ import annotations

from typing import Any

import tomli_w

from briefs.export.json import brief_dict
from briefs.model import Brief
from briefs.safe_text import escape_invisible

# The last line of every TOML brief: a copy cut off at a line boundary still parses, so the loader
# checks for this line to tell a whole file from a truncated one. TOML readers ignore it.
END_LINE = "# end of brief"


def without_none(value: Any) -> Any:
    """TOML has no null: an absent value is written as an absent key, and read back as None."""
    if isinstance(value, dict):
        return {k: without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_none(v) for v in value]
    return value


def _has_carriage_return(value: Any) -> bool:
    if isinstance(value, str):
        return "\r" in value
    if isinstance(value, dict):
        return any(_has_carriage_return(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_carriage_return(v) for v in value)
    return False


def dumps_brief(brief: Brief) -> str:
    data = without_none(brief_dict(brief))
    # Multi-line strings keep an article's lines as lines (good diffs), but tomli_w writes "\r\n"
    # in them as a bare newline, losing the "\r"; such briefs use one-line escaped strings instead.
    body = tomli_w.dumps(data, multiline_strings=not _has_carriage_return(data))
    return f"{escape_invisible(body)}\n{END_LINE}\n"
