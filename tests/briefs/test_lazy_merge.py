"""Reopening a corpus from the cache must not pay for importing the merging code."""
from __future__ import annotations

import sys

import pytest

from briefs.bundled import seeds_dir
from briefs.cache import ExtractionCache
from briefs.pipeline import build_brief


def test_merging_is_imported_only_when_articles_are_merged(tmp_path, monkeypatch):
    cache = ExtractionCache(tmp_path)
    first = build_brief([str(seeds_dir())], workers=1, cache=cache)  # a cold cache merges
    monkeypatch.setitem(sys.modules, "briefs.merge", None)  # importing it now fails
    again = build_brief([str(seeds_dir())], workers=1, cache=cache)  # a warm one reopens
    assert again.brief.people == first.brief.people
    (tmp_path / "inputs").rename(tmp_path / "gone")  # no reopened brief: articles are merged
    with pytest.raises(ImportError):
        build_brief([str(seeds_dir())], workers=1, cache=cache)
