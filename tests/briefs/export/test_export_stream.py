"""JSON and TOML brief files are written a piece at a time, byte for byte as before."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.export import ExportError, render, write
from briefs.export import files
from briefs.export.json import brief_dict, chunks, iter_json
from briefs.model import Brief, Funding, Goal
from briefs.safe_text import escape_invisible

_PLAIN = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=10)


def _lazy(values: list) -> object:
    return lambda: iter(values)


# Plain JSON values, lazy lists of them (callables, as `file_sections` gives its lists), and
# dicts holding any of these or more of themselves.
_VALUES = st.recursive(
    _PLAIN | st.lists(_PLAIN, max_size=4).map(_lazy),
    lambda inner: st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20)


def _plain(value: object) -> object:
    if callable(value):
        return [_plain(v) for v in value()]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@settings(max_examples=300)
@given(_VALUES)
def test_iter_json_is_json_dumps_a_piece_at_a_time(value):
    expected = json.dumps(_plain(value), ensure_ascii=False, indent=2, allow_nan=False)
    assert "".join(iter_json(value)) == expected


def test_iter_json_refuses_what_json_refuses():
    with pytest.raises(ValueError):
        "".join(iter_json({"a": _lazy([math.inf])}))


def test_the_json_file_is_what_json_dumps_gives(brief):
    whole = escape_invisible(json.dumps(brief_dict(brief), ensure_ascii=False, indent=2,
                                        allow_nan=False)) + "\n"
    assert render(brief, "json") == whole


def test_a_large_json_file_comes_in_several_chunks(brief, monkeypatch):
    from briefs.export import json as json_file
    monkeypatch.setattr(json_file, "_BATCH", 10)
    pieces = list(chunks(brief))
    assert len(pieces) > 2
    monkeypatch.undo()
    assert "".join(pieces) == render(brief, "json")


@pytest.mark.parametrize("fmt", ["json", "toml", "md"])
def test_write_writes_what_render_gives_in_pieces(tmp_path, brief, fmt, monkeypatch):
    written = []
    real = files._write_data
    monkeypatch.setattr(files, "_write_data", lambda handle, data: (written.append(data), real(handle, data)))
    path = write(brief, tmp_path / f"b.{fmt}")
    assert path.read_bytes() == render(brief, fmt).encode("utf-8") == b"".join(written)
    if fmt == "toml":
        assert len(written) > 1  # streamed, not rendered whole first


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_a_failure_late_in_the_stream_leaves_the_old_file(tmp_path, fmt):
    path = tmp_path / f"b.{fmt}"
    path.write_text("old brief", encoding="utf-8")
    # The bad amount is the last item: pieces have been written before it fails.
    brief = Brief(funding=[Funding(1.0, "USD"), Funding(float("nan"), "USD")])
    with pytest.raises(ExportError, match="cannot export this brief: .*not a finite number"):
        write(brief, path, force=True)
    assert path.read_text(encoding="utf-8") == "old brief"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_text_that_is_not_unicode_late_in_the_stream_is_refused_cleanly(tmp_path, fmt):
    path = tmp_path / f"b.{fmt}"
    brief = Brief(title="fine", goals=[Goal("bad \udcff")])
    with pytest.raises(ExportError, match=f"cannot write {path}: .*not valid Unicode"):
        write(brief, path)
    assert list(tmp_path.iterdir()) == []
