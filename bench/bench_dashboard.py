"""Dashboard figures: time to a ready dashboard, key and filter latency, responsiveness while loading.

    python bench/bench_dashboard.py                     # defaults below, 5 runs each, medians
    python bench/bench_dashboard.py --articles 1000 10000 --repeat 3 --parts cache pty-keys

What a user feels, from the real `brief` command on a pseudo-terminal (bench/pty_app.py) at
160x48 (--size), timed from writing a key's bytes to the last byte of the repaint answering it:
  cache     end to end: N real article files (seed paragraphs recombined), read once to warm
            the cache (a temporary BRIEFDESK_CACHE_DIR), then from starting `brief FOLDER` to the
            dashboard painted with the brief; for each N of --articles;
  pty-keys  j / k / PgDn / G / g / Tab / Shift+Tab on a saved brief of --items people: the first
            byte of output and the repaint done;
  pty-filter  "/" then typing a word over --items people, per keystroke to the panels repainted
            (includes the FILTER_DELAY debounce), and Escape clearing the filter.

In-process, headless (App.run_test), the UI's own cost without a terminal:
  ready     from starting the app to the dashboard showing a prebuilt synthetic brief of N
            articles (about 40 items per article);
  keys      j / k / G / g / Tab / PgDn on --items people, Pilot `press` then `pause`. Pilot's
            pause waits until the process has used no CPU for a 20 ms slice, so every figure
            carries ~20-90 ms of harness wait (a one-Static app measures ~86 ms); kept to
            compare with older runs, read the pty figures for latency;
  filter    a filter query over --items people per panel (set_filter to idle, same caveat), and a
            keystroke in the filter bar including the debounce (FILTER_DELAY);
  loading   the real pipeline on --load synthetic article files (from the seeds, recombined):
            key press latency while the worker reads them, and the time to finish.
Prints medians (and the worst key press while loading).
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="bench-config-"))
os.environ.setdefault("BRIEFDESK_CACHE_DIR", tempfile.mkdtemp(prefix="bench-cache-"))

from briefs.model import (  # noqa: E402
    Article, Brief, Evidence, Funding, Goal, Organisation, Person, Quote,
)
from tui.app import BriefingApp  # noqa: E402
from tui.screens import dashboard as dashboard_module  # noqa: E402

FIRST = ["Amira", "Tom", "Li", "Sofia", "Kwame", "Ines", "Raj", "Hana", "Pavel", "Grace"]
LAST = ["Okafor", "Reyes", "Wei", "Rossi", "Mensah", "Duarte", "Patel", "Sato", "Novak", "Kim"]
ORGS = ["Harbour Energy", "Northgate University", "Civic Trust", "Delta Bank", "Orbit Labs"]
SIZE = (160, 48)
PARTS = ("cache", "pty-keys", "pty-filter", "ready", "keys", "filter", "loading")
FILTER_WORD = "3x7"  # each letter changes how many people match, so each answer is seen
PTY_KEYS = ("j", "k", "pagedown", "G", "g", "tab", "shift+tab")


def synthetic_brief(articles: int, items_per_article: int = 8, seed: int = 1) -> Brief:
    """A brief with `articles` articles and about 5 x items_per_article items per article."""
    rng = random.Random(seed)
    brief = Brief()
    for a in range(articles):
        sentences, spans = [], []
        offset = 0
        for i in range(items_per_article):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}{a}x{i}"
            org = rng.choice(ORGS)
            sentence = (f"{name} of {org} said the group pledged £{rng.randint(1, 900)}m and "
                        f"aims to open a lab by 20{rng.randint(25, 40)}.")
            sentences.append(sentence)
            spans.append((offset, name, org, sentence))
            offset += len(sentence) + 2
        text = "\n\n".join(sentences)
        article_id = f"a{a}"
        brief.articles.append(Article(article_id, f"synthetic/{a}.txt", text,
                                      title=f"Synthetic article {a}", date="2024-05-01",
                                      source="Bench", story=f"story {a % 20}"))
        for start, name, org, sentence in spans:
            ev = Evidence(article_id, sentence, start, start + len(name))
            brief.people.append(Person(name, roles=["director"], organisations=[org],
                                       evidence=[ev]))
            brief.organisations.append(Organisation(f"{org} {a}", evidence=[ev]))
            brief.funding.append(Funding(1e6 * (len(brief.funding) % 900 + 1), "GBP", "funding",
                                         evidence=[ev], funder=org))
            brief.goals.append(Goal(f"aims to open a lab ({a})", org, "2030", [ev]))
            brief.quotes.append(Quote(f"quote number {len(brief.quotes)} from the lab", name, [ev]))
    return brief


def people_brief(n: int) -> Brief:
    brief = synthetic_brief(max(1, n // 8), 8)
    brief.organisations = brief.funding = brief.goals = brief.quotes = []
    return brief


async def _ready(pilot) -> None:
    app = pilot.app
    while app.dashboard is None or not app.dashboard.ready:
        await asyncio.sleep(0.001)
    await pilot.pause()


async def time_ready(brief: Brief) -> float:
    start = time.perf_counter()
    app = BriefingApp([], theme="dark", brief=brief)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        elapsed = time.perf_counter() - start
    return elapsed


async def key_latencies(brief: Brief, rounds: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    app = BriefingApp([], theme="dark", brief=brief)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        for _ in range(rounds):
            for key in ("j", "k", "pagedown", "G", "g", "tab", "shift+tab"):
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                out.setdefault(key, []).append(time.perf_counter() - start)
    return out


async def filter_latencies(brief: Brief, queries: list[str]) -> tuple[list[float], list[float]]:
    direct, typed = [], []
    app = BriefingApp([], theme="dark", brief=brief)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(pilot)
        dash = app.dashboard
        for query in queries:
            start = time.perf_counter()
            dash.set_filter(query)
            await pilot.pause()
            direct.append(time.perf_counter() - start)
        dash.set_filter("")
        await pilot.press("slash")
        for char in "okafor":
            before = dash.query_text
            start = time.perf_counter()
            await pilot.press(char)
            while dash.query_text == before:
                await asyncio.sleep(0.001)
            await pilot.pause()
            typed.append(time.perf_counter() - start)
    return direct, typed


def write_corpus(folder: Path, count: int) -> None:
    pool = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        pool += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p) > 60]
    rng = random.Random(count)
    for i in range(count):
        paragraphs = rng.sample(pool, k=min(len(pool), 8))
        (folder / f"{i:05d}.txt").write_text(f"Article {i}\n\n" + "\n\n".join(paragraphs),
                                             encoding="utf-8")


async def loading_responsiveness(folder: Path) -> tuple[list[float], list[float], float, int, int]:
    """Key-to-effect latency and event-loop lag while the real pipeline reads `folder`.

    Pilot.pause() waits for the whole process to go idle, which never happens while the worker
    computes, so keys are posted as events and their effect (the active panel) is polled."""
    from textual import events

    latencies: list[float] = []
    lags: list[float] = []
    progress_seen: set[int] = set()
    start = time.perf_counter()
    app = BriefingApp([str(folder)], theme="dark")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        dash = app.dashboard
        while not dash.ready:
            before = dash.active
            t0 = time.perf_counter()
            app.post_message(events.Key("tab", None))
            while dash.active == before and not dash.ready:
                await asyncio.sleep(0.001)
            latencies.append(time.perf_counter() - t0)
            for _ in range(5):
                t1 = time.perf_counter()
                await asyncio.sleep(0.01)
                lags.append(time.perf_counter() - t1 - 0.01)
            progress_seen.add(int(dash.query_one("#progress").progress or 0))
        total = time.perf_counter() - start
        articles = len(dash.brief.articles)
    return latencies, lags, total, articles, len(progress_seen)


# ---------------------------------------------------------------- the real app on a terminal

def pty_env(cache_dir: str) -> dict[str, str]:
    return {"BRIEFDESK_CACHE_DIR": cache_dir, "XDG_CONFIG_HOME": os.environ["XDG_CONFIG_HOME"],
            "PYTHONPATH": str(ROOT)}


def save_brief(brief: Brief, folder: Path) -> Path:
    from briefs.export import write

    return write(brief, folder / "bench-brief.json", "json")


def articles_marker(n: int) -> str:
    """What the header says once the brief is shown (the loading screen says no such thing)."""
    return f"{n:,} article" + ("" if n == 1 else "s") + " · "


def pty_keys(path: Path, marker: str, rounds: int, size: tuple[int, int],
             cache_dir: str) -> dict[str, list[tuple[float, float]]]:
    from pty_app import PtyApp

    out: dict[str, list[tuple[float, float]]] = {}
    with PtyApp([str(path)], size=size, env=pty_env(cache_dir)) as app:
        app.wait_for(marker)
        for _ in range(rounds):
            for key in PTY_KEYS:
                first, done = app.press(key)
                if first is not None and done is not None:
                    out.setdefault(key, []).append((first, done))
    return out


def filter_counts(brief: Brief, word: str) -> list[int]:
    """How many people each prefix of `word` keeps, by the app's own filter rules."""
    from tui.widgets.format import build_rows, matches, query_words

    rows = list(build_rows(brief, "people"))
    return [sum(1 for row in rows if matches(row, query_words(word[:n]), None))
            for n in range(1, len(word) + 1)]


def pty_filter(path: Path, brief: Brief, marker: str, word: str, size: tuple[int, int],
               cache_dir: str, rounds: int) -> dict[str, list[float]]:
    """'/', each letter of `word`, then Escape; each timed to the People panel's count painted
    (the filter bar's cursor blinks, so the screen never goes quiet)."""
    from pty_app import PtyApp

    total = len(brief.people)
    counts = filter_counts(brief, word)
    out: dict[str, list[float]] = {}
    with PtyApp([str(path)], size=size, env=pty_env(cache_dir)) as app:
        app.wait_for(marker)
        for _ in range(rounds):
            steps = [("/", "slash", "type to search every panel")]
            steps += [("type", char, f"{count:,}/{total:,}") for char, count in zip(word, counts)]
            steps.append(("escape", "escape", f" {total:,} "))
            for name, key, until in steps:
                _, done = app.press(key, quiet=0.3, until=until)
                if done is None:
                    raise RuntimeError(f"{key!r}: {until!r} never painted")
                out.setdefault(name, []).append(done)
    return out


def cache_ready(n: int, repeat: int, size: tuple[int, int]) -> list[float]:
    """Seconds from starting `brief FOLDER` to the dashboard painted, the cache warm."""
    from briefs.pipeline import build_brief
    from pty_app import PtyApp

    runs = []
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache_dir:
        folder = Path(tmp)
        write_corpus(folder, n)
        env = pty_env(cache_dir)
        old = os.environ.get("BRIEFDESK_CACHE_DIR")
        os.environ["BRIEFDESK_CACHE_DIR"] = cache_dir
        try:
            start = time.perf_counter()
            articles = len(build_brief([str(folder)]).brief.articles)
            print(f"cache     {n:6,} article files: first read (cache cold, in-process) "
                  f"{time.perf_counter() - start:.1f} s")
        finally:  # the later in-process parts must not point at this soon-deleted folder
            if old is None:
                os.environ.pop("BRIEFDESK_CACHE_DIR", None)
            else:
                os.environ["BRIEFDESK_CACHE_DIR"] = old
        for _ in range(repeat):
            with PtyApp([str(folder)], size=size, env=env) as app:
                runs.append(app.wait_for(articles_marker(articles)))
    return runs


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--items", type=int, default=50_000, help="people in the latency brief")
    parser.add_argument("--load", type=int, default=1000, help="article files for the loading run")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--size", default="160x48", help="pty terminal COLUMNSxROWS")
    parser.add_argument("--parts", nargs="+", default=list(PARTS), choices=PARTS)
    args = parser.parse_args()
    size = tuple(int(v) for v in args.size.split("x"))

    print(f"{os.cpu_count()} cores; in-process {SIZE[0]}x{SIZE[1]}, pty {size[0]}x{size[1]}; "
          f"medians of {args.repeat} runs")
    for n in args.articles if "cache" in args.parts else []:
        runs = cache_ready(n, args.repeat, size)
        print(f"cache     {n:6,} article files: start to dashboard painted, cache warm: "
              f"{ms(runs)}")
    if "pty-keys" in args.parts or "pty-filter" in args.parts:
        brief = people_brief(args.items)
        marker = articles_marker(len(brief.articles))
        with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache_dir:
            path = save_brief(brief, Path(tmp))
            if "pty-keys" in args.parts:
                for key, values in pty_keys(path, marker, args.repeat, size, cache_dir).items():
                    print(f"pty key   {key:10} ({len(brief.people):,} people): first byte "
                          f"{ms([f for f, _ in values])}, repaint done {ms([d for _, d in values])}")
            if "pty-filter" in args.parts:
                figures = pty_filter(path, brief, marker, FILTER_WORD, size, cache_dir,
                                     args.repeat)
                print(f"pty filter ({len(brief.people):,} people): '/' {ms(figures['/'])}; "
                      f"each letter of {FILTER_WORD!r} to the count painted "
                      f"{ms(figures['type'])} (incl. {dashboard_module.FILTER_DELAY * 1000:.0f} "
                      f"ms debounce); Escape clearing {ms(figures['escape'])}")
    for n in args.articles if "ready" in args.parts else []:
        brief = synthetic_brief(n)
        items = sum(len(brief.panel(p)) for p in ("people", "organisations", "funding",
                                                   "goals", "quotes"))
        runs = [asyncio.run(time_ready(brief)) for _ in range(args.repeat)]
        print(f"ready     {n:6,} articles ({items:7,} items): {ms(runs)}")

    big = people_brief(args.items)
    if "keys" in args.parts:
        keys = asyncio.run(key_latencies(big, args.repeat))
        for key, values in keys.items():
            print(f"key       {key:10} ({len(big.people):,} people): {ms(values)}")
    if "filter" in args.parts:
        direct, typed = asyncio.run(filter_latencies(big, ["okafor", "reyes12", "zzz", "", "kim"]))
        print(f"filter    query over {len(big.people):,} people, to idle:      {ms(direct)}")
        print(f"filter    keystroke in the bar incl. {dashboard_module.FILTER_DELAY * 1000:.0f} ms "
              f"debounce: {ms(typed)}")
    if "loading" not in args.parts:
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder, args.load)
        latencies, lags, total, articles, bars = asyncio.run(loading_responsiveness(folder))
    print(f"loading   {args.load:,} article files: done in {total:.1f} s, {articles:,} articles, "
          f"{bars} distinct progress values seen")
    if latencies:
        print(f"loading   {len(latencies)} key presses (Tab, to the panel switching) while loading: median "
              f"{ms(latencies).strip()}, worst {max(latencies) * 1000:.1f} ms")
        lags.sort()
        print(f"loading   event-loop lag while loading: median {ms(lags).strip()}, "
              f"95th percentile {lags[int(len(lags) * 0.95)] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
