"""Escape after a filter on the real app (pty): first byte and repaint done, to split the
terminal's escape wait (Textual's ESCDELAY parse timeout) from the app's own work.

    python bench/esc_probe.py --items 50000 --repeat 5
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_dashboard import (  # noqa: E402
    articles_marker, filter_counts, people_brief, pty_env, save_brief,
)
from pty_app import PtyApp  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--word", default="3x7")
    parser.add_argument("--tree", type=Path, default=ROOT,
                        help="the briefdesk tree to run (another checkout: before/after)")
    args = parser.parse_args()
    brief = people_brief(args.items)
    total = len(brief.people)
    count = filter_counts(brief, args.word)[-1]
    firsts, dones, slashes, words = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        path = save_brief(brief, Path(tmp))
        env = {**pty_env(cache), "PYTHONPATH": str(args.tree)}
        with PtyApp([str(path)], env=env, cwd=args.tree) as app:
            app.wait_for(articles_marker(len(brief.articles)))
            for _ in range(args.repeat):
                _, done = app.press("slash", quiet=0.3, until="type to search every panel")
                slashes.append(done)
                _, done = app.press(args.word, quiet=0.3, until=f"{count:,}/{total:,}")
                words.append(done)
                first, done = app.press("escape", quiet=0.3, until=f" {total:,} ")
                firsts.append(first)
                dones.append(done)
    med = lambda v: f"{statistics.median(v) * 1000:6.1f} ms"  # noqa: E731
    print(f"'/' {med(slashes)}; word in one write {med(words)}; "
          f"Escape: first byte {med(firsts)}, count painted {med(dones)}")


if __name__ == "__main__":
    main()
