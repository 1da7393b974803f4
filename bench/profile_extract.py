"""Where extraction spends its time: milliseconds per article for each stage, medians of runs.

    python bench/profile_extract.py                     # seeds (+ ../shared/devset when present)
    python bench/profile_extract.py FOLDER... --repeat 7
    python bench/profile_extract.py --cprofile 40       # also print the 40 costliest functions

Runs in this process on one core, parsed articles only (no ingest, cache or merge), so the figures
are the extractors' own cost: the `bench_extract.py` corpora measure the whole build.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefs import ingest  # noqa: E402
from briefs.extract import goals, money, names, organisations, people, quotes  # noqa: E402
from briefs.text import parse  # noqa: E402

DEFAULT = [ROOT / "seeds", ROOT.parent / "shared" / "devset" / "articles"]


def stages(article):
    """Run every stage on one article, yielding (stage name, seconds)."""
    t = time.perf_counter()
    parsed = parse(article)
    yield "parse", time.perf_counter() - t
    t = time.perf_counter()
    found = names.analyse(parsed)
    yield "names", time.perf_counter() - t
    for name, run in (("people", people.extract_people), ("organisations", organisations.extract_organisations),
                      ("money", money.extract_money), ("goals", goals.extract_goals),
                      ("quotes", quotes.extract_quotes)):
        t = time.perf_counter()
        run(parsed, found)
        yield name, time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cprofile", type=int, default=0, metavar="N")
    args = parser.parse_args()
    folders = [str(f) for f in (args.folders or DEFAULT) if f.exists()]
    articles = ingest.load(folders).articles
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars / max(1, len(articles)):.0f} characters each on average")
    for article in articles:  # warm-up: lexicons, compiled patterns
        list(stages(article))
    runs: list[dict[str, float]] = []
    for _ in range(args.repeat):
        totals: dict[str, float] = {}
        for article in articles:
            for name, seconds in stages(article):
                totals[name] = totals.get(name, 0.0) + seconds
        runs.append(totals)
    n = max(1, len(articles))
    whole = statistics.median(sum(r.values()) for r in runs)
    for name in runs[0]:
        ms = statistics.median(r[name] for r in runs) * 1000 / n
        print(f"  {name:<14}{ms:8.2f} ms/article")
    print(f"  {'total':<14}{whole * 1000 / n:8.2f} ms/article  = {n / whole:6.0f} articles/s, "
          f"{chars / whole / 1e6:.2f} MB/s on one core (median of {args.repeat})")
    if args.cprofile:
        profile = cProfile.Profile()
        profile.enable()
        for article in articles:
            list(stages(article))
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
