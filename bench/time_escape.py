"""In-process (headless, 160x48) time from a key reaching the app to the last frame it causes:
"/", the letters of a word (one key each, after the debounce) and Escape clearing the filter.
Frames are Textual's screen updates (layout and compositor refreshes), stamped as they end;
medians of --repeat rounds. A ratio tool next to the pty figures, not a user's latency.

    python bench/time_escape.py --items 50000 --repeat 7
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from textual.screen import Screen  # noqa: E402

from bench_dashboard import SIZE, _ready, people_brief  # noqa: E402
from tui.app import BriefingApp  # noqa: E402

FRAMES: list[float] = []


def _stamped(method):
    def wrapper(self, *args, **kwargs):
        result = method(self, *args, **kwargs)
        FRAMES.append(time.perf_counter())
        return result
    return wrapper


Screen._refresh_layout = _stamped(Screen._refresh_layout)
Screen._compositor_refresh = _stamped(Screen._compositor_refresh)


async def timed(app, key: str, settle: float) -> tuple[float, int]:
    FRAMES.clear()
    start = time.perf_counter()
    app.post_message(__import__("textual.events", fromlist=["Key"]).Key(
        key, key if len(key) == 1 else None))
    await asyncio.sleep(settle)
    frames = [t for t in FRAMES if t >= start]
    return (frames[-1] - start if frames else 0.0), len(frames)


async def run(items: int, word: str, repeat: int) -> dict[str, list[tuple[float, int]]]:
    app = BriefingApp([], theme="dark", brief=people_brief(items))
    out: dict[str, list[tuple[float, int]]] = {}
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        for _ in range(repeat):
            out.setdefault("/", []).append(await timed(app, "slash", 0.3))
            for char in word:
                out.setdefault("letter", []).append(await timed(app, char, 0.3))
            out.setdefault("escape", []).append(await timed(app, "escape", 0.3))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--word", default="3x7")
    args = parser.parse_args()
    out = asyncio.run(run(args.items, args.word, args.repeat))
    for name, values in out.items():
        ms = statistics.median(v for v, _ in values) * 1000
        frames = statistics.median(n for _, n in values)
        print(f"{name:7} to last frame {ms:6.1f} ms ({frames:.0f} frames)")


if __name__ == "__main__":
    main()
