"""Reopening a corpus from the cache must not pay for loading the extraction engines."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_BUILD = """
import sys
from briefs.pipeline import build_brief
result = build_brief([sys.argv[1]], workers=1)
assert result.brief.people, "nothing extracted"
print("loaded" if "briefs.extract.names" in sys.modules else "not loaded")
"""


def _build(folder: Path, cache: Path) -> str:
    env = {**os.environ, "BRIEFDESK_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _BUILD, str(folder)], env=env,
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_engines_load_only_when_an_article_is_extracted(tmp_path):
    seeds = ROOT / "seeds"
    assert _build(seeds, tmp_path) == "loaded"  # a cold cache extracts
    assert _build(seeds, tmp_path) == "not loaded"  # a warm one only reads
