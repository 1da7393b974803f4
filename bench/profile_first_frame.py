"""cProfile from a key reaching the app to the end of the first frame drawn after it (headless,
160x48, --items people), over --rounds presses: what the user waits for before seeing a change.

    python bench/profile_first_frame.py --key escape --items 50000 [--top 40]
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from textual import events  # noqa: E402
from textual.screen import Screen  # noqa: E402

from bench_dashboard import SIZE, _ready, people_brief  # noqa: E402
from tui.app import BriefingApp  # noqa: E402

PROFILE = cProfile.Profile()
ARMED = [False]
TIMES: list[float] = []
_refresh = Screen._compositor_refresh


def _first_frame(self: Screen) -> None:
    _refresh(self)
    if ARMED[0]:
        PROFILE.disable()
        ARMED[0] = False
        TIMES.append(time.perf_counter())


Screen._compositor_refresh = _first_frame


async def press(app: BriefingApp, key: str, profiled: bool) -> float:
    start = time.perf_counter()
    if profiled:
        TIMES.clear()
        ARMED[0] = True
        PROFILE.enable()
    app.post_message(events.Key(key, key if len(key) == 1 else None))
    await asyncio.sleep(0.3)
    return TIMES[-1] - start if profiled and TIMES else 0.0


async def run(items: int, key: str, rounds: int) -> list[float]:
    app = BriefingApp([], theme="dark", brief=people_brief(items))
    firsts = []
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        for _ in range(rounds):
            for k in ("slash", "3", "x", "7", "escape"):
                took = await press(app, k, k == key)
                if k == key:
                    firsts.append(took)
    return firsts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--key", default="escape")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="cumulative")
    args = parser.parse_args()
    firsts = asyncio.run(run(args.items, args.key, args.rounds))
    pstats.Stats(PROFILE).sort_stats(args.sort).print_stats(args.top)
    print("first frame (profiled):", sorted(round(f * 1000, 1) for f in firsts), "ms")


if __name__ == "__main__":
    main()
