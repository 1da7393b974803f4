"""cProfile of the name layer alone (names.analyse), sorted by own time: where its milliseconds go.

    python bench/profile_names.py [N] [--sort tottime|cumulative]
"""
from __future__ import annotations

import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefs import ingest  # noqa: E402
from briefs.extract import names  # noqa: E402
from briefs.text import parse  # noqa: E402

FOLDERS = [ROOT / "seeds", ROOT.parent / "shared" / "devset" / "articles"]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 40
    sort = sys.argv[sys.argv.index("--sort") + 1] if "--sort" in sys.argv else "tottime"
    parsed = [parse(a) for a in ingest.load([str(f) for f in FOLDERS if f.exists()]).articles]
    for p in parsed:
        names.analyse(p)
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        for p in parsed:
            names.analyse(p)
        runs.append((time.perf_counter() - t) * 1000 / len(parsed))
    print(f"names.analyse: {sorted(runs)[2]:.2f} ms/article (median of 5, {len(parsed)} articles)")
    profile = cProfile.Profile()
    profile.enable()
    for p in parsed:
        names.analyse(p)
    profile.disable()
    pstats.Stats(profile).sort_stats(sort).print_stats(n)


if __name__ == "__main__":
    main()
