"""Peak memory (VmHWM) of building a brief from a warm cache and writing one export format.

    python bench/bench_memory.py CORPUS CACHE_DIR [md|toml|json|none]

Run it once per format (each in its own process, so each peak is its own) after a first run has
warmed CACHE_DIR. Prints JSON: MB held at each stage and the peak.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path


def hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    corpus, cache_dir, fmt = sys.argv[1], Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "none"
    from briefs.cache import ExtractionCache
    from briefs.export import write
    from briefs.pipeline import build_brief
    t = time.perf_counter()
    brief = build_brief([corpus], cache=ExtractionCache(cache_dir)).brief
    out = {"build_s": round(time.perf_counter() - t, 2), "build_peak_mb": round(hwm_mb()),
           "after_build_rss_mb": round(rss_mb())}
    if fmt != "none":
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            write(brief, Path(tmp) / f"b.{fmt}", fmt)
            out[f"{fmt}_s"] = round(time.perf_counter() - t, 2)
            out[f"{fmt}_mb_file"] = round((Path(tmp) / f"b.{fmt}").stat().st_size / 1e6)
    out["peak_mb"] = round(hwm_mb())
    print(json.dumps(out))


if __name__ == "__main__":
    main()
