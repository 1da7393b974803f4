"""Many articles made from the seeds, for tests of big loads (cancelling one, say)."""
from __future__ import annotations

import random
from pathlib import Path

from briefs.bundled import seeds_dir


def write_corpus(folder: Path, count: int) -> Path:
    """`count` articles of the seeds' paragraphs, shuffled so each one is new to the cache."""
    pool = []
    for path in sorted(seeds_dir().glob("*.txt")):
        pool += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 60]
    rng = random.Random(count)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        paragraphs = rng.sample(pool, k=min(len(pool), 6))
        (folder / f"{i:05d}.txt").write_text(f"Article {i}\n\n" + "\n\n".join(paragraphs),
                                             encoding="utf-8")
    return folder
