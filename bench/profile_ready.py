"""Where the time to a ready dashboard goes: the real `brief FOLDER` on a pseudo-terminal, the
cache warm, stopped as soon as the brief is painted.

    python bench/profile_ready.py FOLDER [--repeat 5] [--profile out.pstats] [--cache DIR]

Prints, per run and as medians, the process's CPU seconds (all threads: user + system) and wall
seconds from its start to the brief painted (the app's after-refresh call that follows Loaded).
CPU seconds are the figure to compare on a shared machine: wall time counts other engineers'
processes too. With --profile FILE, the last run is under cProfile (read FILE with pstats), or, when FILE
ends in .txt, under a sampling profiler that writes where each thread spent its time.
The cache folder (default: a private one under the temporary folder) is warmed first.
"""
from __future__ import annotations

import argparse
import fcntl
import collections
import functools
import gc
import json
import os
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def child(folder: str, out: str, profile: str | None) -> None:
    """Run in the pty: the real command line, timed to the first paint of the loaded brief, with
    the process's CPU seconds at each phase."""
    phases: list[tuple[str, float, float]] = []

    def mark(name: str) -> None:
        cpu = os.times()
        phases.append((name, cpu.user + cpu.system, time.time()))

    mark("interpreter started")
    gc_seconds = [0.0, 0.0, 0.0]
    gc_started = [0.0]

    def gc_timer(phase: str, info: dict) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter()
        else:
            gc_seconds[info["generation"]] += time.perf_counter() - gc_started[0]

    gc.callbacks.append(gc_timer)
    import tui.cli
    mark("tui.cli imported")
    import tui.app
    from tui.screens import dashboard
    mark("tui.app imported")

    def around(owner, name: str, before: str | None, after: str | None) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)  # Textual passes the message only to handlers that take it
        def wrapped(*args, **kwargs):
            if before:
                mark(before)
            result = original(*args, **kwargs)
            if after:
                mark(after)
            return result

        setattr(owner, name, wrapped)

    around(tui.app.BriefingApp, "__init__", None, "app constructed")
    around(dashboard.DashboardScreen, "on_mount", "dashboard mounted", None)
    around(dashboard.DashboardScreen, "_show_rows", "brief loaded (worker done)", "rows shown")
    builder = dashboard._default_builder
    dashboard._default_builder = lambda: _timed(builder(), mark)
    original = tui.app.BriefingApp._freeze_heap  # called after the refresh that paints the brief

    def painted(app) -> None:
        mark("brief painted")
        phases.extend((f"  (in gc generation {g} so far, wall)", 0.0, s) for g, s in enumerate(gc_seconds))
        Path(out).write_text(json.dumps(phases))
        original()
        app.exit(0)

    tui.app.BriefingApp._freeze_heap = painted  # type: ignore[assignment]
    if profile and profile.endswith(".txt"):
        sampler = Sampler()
        threading.Thread(target=sampler.run, daemon=True).start()
        try:
            tui.cli.main([folder])
        finally:
            sampler.stop = True
            Path(profile).write_text(sampler.report())
    elif profile:
        import cProfile

        cProfile.runctx("main([folder])", globals(), {"main": tui.cli.main, "folder": folder},
                        filename=profile)
    else:
        tui.cli.main([folder])


class Sampler:
    """A statistical profiler (pyinstrument's idea, standard library only): every millisecond,
    each thread's stack; reported as the share of samples each function was on the stack."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.stop = False
        self.counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.samples: collections.Counter = collections.Counter()

    def run(self) -> None:
        me = threading.get_ident()
        while not self.stop:
            names = {t.ident: t.name for t in threading.enumerate()}
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                thread = "main" if ident == threading.main_thread().ident else names.get(ident, "?")
                seen = set()
                while frame is not None:
                    code = frame.f_code
                    where = f"{code.co_filename.split('site-packages/')[-1]}:{code.co_name}"
                    if where not in seen:
                        seen.add(where)
                        self.counts[thread][where] += 1
                    frame = frame.f_back
                self.samples[thread] += 1
            time.sleep(self.interval)

    def report(self, top: int = 45) -> str:
        lines = []
        for thread, total in self.samples.most_common():
            lines.append(f"thread {thread}: {total} samples")
            for where, n in self.counts[thread].most_common(top):
                lines.append(f"  {100 * n / total:5.1f}%  {where}")
        return "\n".join(lines)


def _timed(builder, mark):
    def build(*args, **kwargs):
        mark("build_brief started")
        result = builder(*args, **kwargs)
        mark("build_brief done")
        return result

    return build


def run_once(folder: str, env: dict[str, str], profile: str | None) -> list[tuple[str, float, float]]:
    """One child on a 160x48 pseudo-terminal (as bench/pty_app.py starts `brief`)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        out = tmp.name
    script = (f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import profile_ready; "
              f"profile_ready.child({folder!r}, {out!r}, {profile!r})")
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 48, 160, 0, 0))
    start = time.time()
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdin=slave, stdout=slave, stderr=slave, cwd=ROOT,
        env={**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor", **env},
        start_new_session=True, close_fds=True,
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
    os.close(slave)
    output = bytearray()
    while True:  # drain the terminal, or the app blocks writing to it
        ready, _, _ = select.select([master], [], [], 120)
        try:
            chunk = os.read(master, 1 << 16) if ready else b""
        except OSError:
            chunk = b""
        if not chunk:
            break
        output += chunk
    process.wait(timeout=30)
    os.close(master)
    try:
        phases = json.loads(Path(out).read_text())
    except ValueError:
        raise SystemExit(f"the child never painted a brief:\n{output[-3000:].decode(errors='replace')}")
    finally:
        os.unlink(out)
    return [(name, cpu, wall - start if cpu else wall) for name, cpu, wall in phases]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "profile-ready-cache"))
    args = parser.parse_args()
    os.environ["BRIEFDESK_CACHE_DIR"] = args.cache
    env = {"BRIEFDESK_CACHE_DIR": args.cache, "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="profile-ready-config-")}
    from briefs.pipeline import build_brief

    build_brief([args.folder])  # warm
    runs = []
    for n in range(args.repeat):
        profile = args.profile if args.profile and n == args.repeat - 1 else None
        runs.append(run_once(args.folder, env, profile))
        name, cpu, wall = next(phase for phase in reversed(runs[-1]) if phase[1])
        print(f"run {n + 1}: cpu {cpu:.3f} s, wall {wall:.3f} s" + (" (profiled)" if profile else ""))
    print("medians, seconds from the start:   cpu    wall")
    for i, (name, _, _) in enumerate(runs[0]):
        cpu = statistics.median(run[i][1] for run in runs)
        wall = statistics.median(run[i][2] for run in runs)
        print(f"  {name:30} {cpu:6.3f}  {wall:6.3f}")

if __name__ == "__main__":
    main()
