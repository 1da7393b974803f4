"""The brief file as TOML: the same layout as the JSON brief file, readable and diffable.

tomli_w lays the file out. Two things make it slow on a large brief, and both are worked around
without changing a byte: its string formatter walks each string a character at a time in Python
(ours, `format_string`, finds the few characters to escape with one regex), and `tomli_w.dumps` needs the
whole brief as one dict and gives one string (`chunks` gives the file a top-level entry at a time,
laid out by tomli_w's own table writer, the way its top level would).
"""
from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import tomli_w

from briefs.export.json import file_sections
from briefs.model import Brief
from briefs.safe_text import escape_invisible

# The last line of every TOML brief: a copy cut off at a line boundary still parses, so the loader
# checks for this line to tell a whole file from a truncated one. TOML readers ignore it.
END_LINE = "# end of brief"

# tomli_w's escapes: the short ones, else \\uXXXX for a control character; a tab stays as it is.
_ESCAPES = {code: f"\\u{code:04x}" for code in [*range(0x20), 0x7F] if code != 0x09}
_ESCAPES.update({0x08: "\\b", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
# A regex finds the few characters to escape (str.translate looks up every character).
_ONE_LINE = re.compile('[\x00-\x08\x0a-\x1f\x7f"\\\\]')
_MULTI_LINE = re.compile('[\x00-\x08\x0b-\x1f\x7f"\\\\]')  # a newline stays a newline


def _escape(match: re.Match[str]) -> str:
    return _ESCAPES[ord(match.group())]


def format_string(s: str, *, allow_multiline: bool) -> str:
    """Exactly tomli_w's string formatting (a property test compares them), without its loop."""
    if allow_multiline and "\n" in s:
        return '"""\n' + _MULTI_LINE.sub(_escape, s.replace("\r\n", "\n")) + '"""'
    return '"' + _ONE_LINE.sub(_escape, s) + '"'


def _writer() -> ModuleType | None:
    """A private copy of tomli_w's writer that formats strings with ours; tomli_w itself is left
    as it is for anyone else. None when tomli_w's insides are not what this expects."""
    try:
        spec = importlib.util.find_spec("tomli_w._writer")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except (ImportError, AttributeError):
        return None
    needed = ("Context", "gen_table_chunks", "format_literal", "format_key_part",
              "is_suitable_inline_table", "format_string")
    if not all(hasattr(module, name) for name in needed):
        return None
    module.format_string = format_string
    return module


_WRITER = _writer()


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


def _elements(value: Any) -> Iterator[Any]:
    return map(without_none, value()) if callable(value) else iter([without_none(value)])


def _body(brief: Brief) -> Iterator[str]:
    sections = [(key, value) for key, value in file_sections(brief) if value is not None]
    # Multi-line strings keep an article's lines as lines (good diffs), but tomli_w writes "\r\n"
    # in them as a bare newline, losing the "\r"; such briefs use one-line escaped strings instead.
    multiline = not any(_has_carriage_return(v) for _, value in sections for v in _elements(value))
    if _WRITER is None:
        data = {key: list(_elements(value)) if callable(value) else without_none(value)
                for key, value in sections}
        yield tomli_w.dumps(data, multiline_strings=multiline)
        return
    yield from _laid_out(sections, multiline, _WRITER)


def _laid_out(sections: list[tuple[str, Any]], multiline: bool, w: ModuleType) -> Iterator[str]:
    """tomli_w's top level (gen_table_chunks with no name): plain values first, then tables and
    arrays of tables, a blank line between. Each list is read twice, never held: once to see
    whether every element fits inline (then it is a plain value), once to write it. Every element
    gets its own tomli_w Context, whose inline-table cache is keyed by object id and would
    otherwise be fooled by a freed element's id given to the next."""
    literals, tables = [], []
    for key, value in sections:
        if isinstance(value, dict):
            tables.append((key, value))
        elif callable(value) and not all(w.is_suitable_inline_table(t, w.Context(multiline, 4))
                                         for t in _elements(value)):
            tables.append((key, value))
        else:
            literals.append((key, value))
    for key, value in literals:
        data = list(_elements(value)) if callable(value) else value
        yield f"{w.format_key_part(key)} = {w.format_literal(data, w.Context(multiline, 4))}\n"
    yielded = bool(literals)
    for key, value in tables:
        name = w.format_key_part(key)
        for element in _elements(value):
            if yielded:
                yield "\n"
            yielded = True
            yield "".join(w.gen_table_chunks(element, w.Context(multiline, 4), name=name,
                                             inside_aot=callable(value)))


def chunks(brief: Brief) -> Iterator[str]:
    """The TOML brief file, a piece at a time."""
    for piece in _body(brief):
        yield escape_invisible(piece)
    yield f"\n{END_LINE}\n"


def dumps_brief(brief: Brief) -> str:
    return "".join(chunks(brief))
