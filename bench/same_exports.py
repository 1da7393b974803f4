"""Check that exports stay byte-identical across a change: save them before, compare after.

    python bench/same_exports.py --save /tmp/ref CORPUS     # on the code before the change
    python bench/same_exports.py --check /tmp/ref CORPUS    # on the code after: prints same/DIFF

Builds the brief the way `brief export` does (merging every time: the merged-brief cache entries
are removed from a private cache, the per-article ones kept so reruns are quick), gives it some
curation (dropped items, notes with markup and control characters), and writes the Markdown, TOML
and JSON files and the extract contract; then again for a copy whose first article has "\r\n" line
ends and odd characters (TOML then uses one-line strings). Both `render` and `write` are compared.
Exit status 1 when anything differs.
"""
from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
from pathlib import Path

from briefs.cache import ExtractionCache
from briefs.export import render, write
from briefs.export.json import dumps_contract
from briefs.model import PANELS, Brief, Curation, item_id
from briefs.pipeline import build_brief

CACHE = Path(tempfile.gettempdir()) / "briefdesk-same-exports-cache"


def curated(brief: Brief) -> Brief:
    for panel in PANELS:
        for n, item in enumerate(brief.panel(panel)):
            if n % 7 == 3:
                brief.curation[item_id(item)] = Curation(kept=False)
            elif n % 11 == 5:
                brief.curation[item_id(item)] = Curation(note=f"check [bold]{n}[/] \x1b[31m *this* \n\"\\ end")
    return brief


def odd(brief: Brief) -> Brief:
    first = brief.articles[0]
    text = first.text.replace("\n", "\r\n") + '\x00 \x7f "q" \\ \u202e \t\x1b'
    return dataclasses.replace(brief, articles=[dataclasses.replace(first, text=text), *brief.articles[1:]])


def outputs(brief: Brief, tmp: Path) -> dict[str, bytes]:
    out = {"contract.json": dumps_contract(brief).encode()}
    for fmt in ("md", "toml", "json"):
        out[f"render.{fmt}"] = render(brief, fmt).encode("utf-8")
        path = write(brief, tmp / f"written.{fmt}", fmt, force=True)
        out[f"write.{fmt}"] = path.read_bytes()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path)
    mode.add_argument("--check", type=Path)
    parser.add_argument("corpus", nargs="+")
    args = parser.parse_args()
    for stale in ("inputs", "briefs"):
        shutil.rmtree(CACHE / stale, ignore_errors=True)
    result = build_brief(args.corpus, date="2026-01-01", cache=ExtractionCache(CACHE, max_bytes=1 << 40))
    brief = curated(result.brief)
    rc = 0
    with tempfile.TemporaryDirectory() as tmp:
        for variant, b in (("plain", brief), ("odd", odd(brief))):
            for name, data in outputs(b, Path(tmp)).items():
                name = f"{variant}.{name}"
                if args.save:
                    args.save.mkdir(parents=True, exist_ok=True)
                    (args.save / name).write_bytes(data)
                    print(f"saved {name} ({len(data)} bytes)")
                elif (args.check / name).read_bytes() == data:
                    print(f"same  {name}")
                else:
                    print(f"DIFF  {name}")
                    rc = 1
    return rc


if __name__ == "__main__":
    sys.exit(main())
