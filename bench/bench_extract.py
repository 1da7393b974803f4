"""Extraction, cache and export figures for corpora of 1,000 / 10,000 / 50,000 articles.

    python bench/bench_extract.py                      # 1000 and 10000 articles, 3 runs each
    python bench/bench_extract.py --sizes 1000 10000 50000 --repeat 3
    python bench/bench_extract.py --sizes 50000 --runs parallel cache --repeat 1

Corpora are built from the shipped seeds (and ../shared/devset articles when present) by
recombining paragraphs with a fixed seed, so every article is new text and nothing is cached by
accident. With BRIEFDESK_CACHE_DIR set, the warm cache that "articles" and "cache" reopen is
kept there (per size) and reused by the next run: the corpus is the same every time, so only
code that extraction depends on makes it cold again. Each measurement runs in a fresh process so peak memory is its own. Prints medians,
with the build split into ingest, extraction (with cache reads and writes) and merge: the
extraction targets are about the "extracted/s" column. "peak MB" is building in the first rows,
reopening in "from cache" (the issue's memory target is both, at 10,000 articles).
Run it on a tree nobody is editing, beside /work/shared so it finds the devset
(`git worktree add /work/bench-NAME HEAD`): cache keys include the extraction code, so a live
edit between runs turns "from cache" into a cold run.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "devset" / "articles"]
RUNS = ("single", "parallel", "articles", "cache")


def paragraphs() -> list[str]:
    found = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.startswith("---"):
                continue  # front matter articles: their paragraphs would carry YAML
            found += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]
    return found


def build_corpus(folder: Path, size: int, pool: list[str]) -> int:
    rng = random.Random(size)
    total = 0
    for i in range(size):
        body = "\n\n".join(rng.sample(pool, k=min(len(pool), rng.randint(6, 14))))
        text = f"Article {i} of the benchmark corpus\n\n{body}\n"
        (folder / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


MEASURE = r"""
import json, resource, sys, time
from briefs.cache import ExtractionCache
from briefs.pipeline import build_brief
from briefs.export import write
from briefs import pipeline
import tempfile
folder, cache_dir, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
spent = {"load": 0.0, "merge": 0.0}

def timed(name, fn):
    def run(*args, **kwargs):
        t = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - t
    return run

pipeline.ingest.load = timed("load", pipeline.ingest.load)
import briefs.merge  # the pipeline imports merge() from it when it merges
briefs.merge.merge = timed("merge", briefs.merge.merge)
if __name__ == "__main__":
    t = time.perf_counter()
    result = build_brief([folder], cache=ExtractionCache(__import__("pathlib").Path(cache_dir)), workers=workers)
    build = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before any export
    exports = {}
    with tempfile.TemporaryDirectory() as out:  # written as `brief export` does: to a file
        for fmt in ("md", "toml", "json"):
            t = time.perf_counter()
            write(result.brief, f"{out}/brief.{fmt}", fmt)
            exports[fmt] = time.perf_counter() - t
    print(json.dumps({"seconds": build, "articles": len(result.brief.articles),
                      "ingest": spent["load"], "merge": spent["merge"],
                      "extract": build - spent["load"] - spent["merge"], "peak_mb": peak,
                      **{f"export_{fmt}": s for fmt, s in exports.items()},
                      "export_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(folder: Path, cache_dir: Path, workers: int) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, str(folder), str(cache_dir), str(workers)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def bench(size: int, repeat: int, pool: list[str], runs: list[str]) -> None:
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        mb = build_corpus(corpus, size, pool) / 1e6
        rows = {}
        warm = None
        for run, label, workers in (("single", "1 process", 1), ("parallel", f"{cores} processes", cores)):
            if run not in runs:
                continue
            rows[label] = []
            for r in range(repeat):
                cache = Path(tmp) / f"cache-{run}-{r}"
                rows[label].append(measure(corpus, cache, workers))
                warm = warm or cache
        if "cache" in runs or "articles" in runs:
            if warm is None:  # a cold build to reopen, not measured (kept in BRIEFDESK_CACHE_DIR if set)
                warm = Path(os.environ.get("BRIEFDESK_CACHE_DIR") or Path(tmp) / "cache-warm") / f"bench-{size}"
                measure(corpus, warm, cores)
            entry_mb = folder_mb(warm / "inputs")
            cache_mb = folder_mb(warm)
        if "articles" in runs:
            # Every article's extraction cached, the merged brief not: reading entries + merge.
            label, rows[label] = "articles cached", []
            for r in range(repeat):
                partial = Path(tmp) / f"cache-articles-{r}"
                shutil.copytree(warm, partial)
                shutil.rmtree(partial / "inputs")
                rows[label].append(measure(corpus, partial, cores))
                shutil.rmtree(partial)
        if "cache" in runs:
            rows["from cache"] = [measure(corpus, warm, cores) for _ in range(repeat)]
    print(f"\n{size} articles, {mb:.1f} MB, {cores} cores, median of {repeat}")
    print(f"  {'':<16}{'seconds':>9}{'articles/s':>12}{'MB/s':>8}{'peak MB':>9}"
          f"{'ingest s':>10}{'extract s':>11}{'extracted/s':>13}{'merge s':>9}"
          f"{'md s':>7}{'toml s':>8}{'json s':>8}{'+export MB':>11}")
    for label, runs_ in rows.items():
        s, extract = median(runs_, "seconds"), median(runs_, "extract")
        print(f"  {label:<16}{s:>9.2f}{size / s:>12.0f}{mb / s:>8.2f}{median(runs_, 'peak_mb'):>9.0f}"
              f"{median(runs_, 'ingest'):>10.2f}{extract:>11.2f}{size / max(extract, 1e-9):>13.0f}"
              f"{median(runs_, 'merge'):>9.2f}{median(runs_, 'export_md'):>7.2f}"
              f"{median(runs_, 'export_toml'):>8.2f}{median(runs_, 'export_json'):>8.2f}"
              f"{median(runs_, 'export_peak_mb'):>11.0f}")
    if "cache" in runs or "articles" in runs:
        print(f"  cache folder {cache_mb:.1f} MB, of which the merged-brief entry {entry_mb:.1f} MB")
    print("  peak MB: the main process's peak resident memory up to the brief being built (worker"
          " processes not included); 'from cache' is reopening, the other rows are building;"
          " +export MB: the peak once the brief has also been written as Markdown, TOML and JSON files")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", nargs="+", choices=RUNS, default=list(RUNS),
                        help="what to measure (default all): single = build in one process, "
                             "parallel = build on every core, articles = rebuild with every article's "
                             "extraction cached (cache reads + merge), cache = reopen from cache. "
                             "For 50000 articles, '--runs parallel cache' saves the slow single run")
    args = parser.parse_args()
    pool = paragraphs()
    print(f"paragraph pool: {len(pool)} from {', '.join(str(s) for s in SOURCES if s.is_dir())}")
    for size in args.sizes:
        bench(size, args.repeat, pool, args.runs)


if __name__ == "__main__":
    main()
