"""Quote extraction and attribution alone (quotes.extract_quotes): milliseconds per article and
where they go. Articles are parsed and their names found once, outside the timing, so only the
quote stage is measured; CPU time (process_time), not wall time, since the machine is shared.

    python bench/profile_quotes.py [FOLDER...] [--repeat 9] [--cprofile 30] [--sort tottime|ncalls]

Prints the median of the repeats and, with --cprofile, the total function calls of one pass (a
count that does not depend on the load of the machine) and the N costliest functions. On a busy
machine, count instructions instead: the difference between `valgrind --tool=cachegrind
--cache-sim=no python bench/profile_quotes.py --repeat 4` and the same with `--repeat 0`, over
4 x the articles, is the stage's instructions per article.
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
from briefs.extract import names, quotes  # noqa: E402
from briefs.text import parse  # noqa: E402

DEFAULT = [ROOT / "seeds", ROOT.parent / "shared" / "devset" / "articles"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--cprofile", type=int, default=0, metavar="N")
    parser.add_argument("--sort", default="tottime")
    args = parser.parse_args()
    folders = [str(f) for f in (args.folders or DEFAULT) if f.exists()]
    pairs = []
    for article in ingest.load(folders).articles:
        parsed = parse(article)
        pairs.append((parsed, names.analyse(parsed)))
    n = max(1, len(pairs))
    found = sum(len(quotes.extract_quotes(p, f)) for p, f in pairs)  # also the warm-up
    runs = []
    for _ in range(args.repeat):
        t = time.process_time()
        for p, f in pairs:
            quotes.extract_quotes(p, f)
        runs.append((time.process_time() - t) * 1000 / n)
    print(f"{n} articles, {found} quotes", end="")
    if runs:  # --repeat 0: set-up only, the baseline of an instruction count (see below)
        print(f"; quotes stage {statistics.median(runs):.3f} ms/article (CPU, median of {args.repeat}; "
              f"min {min(runs):.3f})", end="")
    print()
    if args.cprofile:
        profile = cProfile.Profile()
        profile.enable()
        for p, f in pairs:
            quotes.extract_quotes(p, f)
        profile.disable()
        stats = pstats.Stats(profile)
        print(f"function calls per article: {stats.total_calls / n:.0f}")
        stats.sort_stats(args.sort).print_stats(args.cprofile)


if __name__ == "__main__":
    main()
