"""Drive the real `brief` dashboard in a pseudo-terminal and time what a user sees.

Pilot (App.run_test) waits for the whole process to look idle after each key, which alone costs
~86 ms even on a one-widget app, so its figures say more about the harness than the app. Here the
app runs as the user runs it, in its own process on a terminal of a given size; a key's latency is
the time from writing its bytes to the terminal until the app's output answering it goes quiet
(the last byte of the repaint), and its first byte is reported too.
"""
from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

KEYS: dict[str, bytes] = {
    "j": b"j", "k": b"k", "g": b"g", "G": b"G", "tab": b"\t", "shift+tab": b"\x1b[Z",
    "pagedown": b"\x1b[6~", "pageup": b"\x1b[5~", "down": b"\x1b[B", "up": b"\x1b[A",
    "slash": b"/", "escape": b"\x1b", "enter": b"\r", "backspace": b"\x7f",
}

# Escape sequences (CSI, OSC, DCS and two-byte ones), removed to search the painted text.
_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
                      rb"|\x1b[P^_X][^\x1b]*\x1b\\|\x1b[@-Z\\-_]")


def visible(data: bytes) -> str:
    return _ESCAPES.sub(b"", data).decode("utf-8", "replace")


class PtyApp:
    """One run of `python -m tui.cli ARGS` on a pseudo-terminal of `size` (columns, rows)."""

    def __init__(self, args: list[str], *, size: tuple[int, int] = (160, 48),
                 env: dict[str, str] | None = None, cwd: Path = ROOT) -> None:
        master, slave = os.openpty()
        columns, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        full_env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor",
                    **(env or {})}
        full_env.pop("NO_COLOR", None)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui.cli", *args], stdin=slave, stdout=slave, stderr=slave,
            cwd=cwd, env=full_env, start_new_session=True, close_fds=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)
        self.fd = master
        self.output = bytearray()

    # ------------------------------------------------------------ reading

    def _read(self, timeout: float) -> float | None:
        """Read what is there within `timeout`; the time it arrived, or None."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return None
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:  # the app exited and the terminal closed
            raise EOFError from None
        if not chunk:
            raise EOFError
        now = time.perf_counter()
        self.output += chunk
        return now

    def settle(self, quiet: float) -> float | None:
        """Read until nothing arrives for `quiet` seconds; the time of the last byte (or None)."""
        last = None
        while (arrived := self._read(quiet)) is not None:
            last = arrived
        return last

    def wait_for(self, text: str, timeout: float = 120.0, quiet: float = 0.25) -> float:
        """Seconds from the start until the paint holding `text` is complete (output quiet)."""
        deadline = time.perf_counter() + timeout
        searched = 0
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"{text!r} not shown within {timeout} s:\n"
                                   f"{visible(bytes(self.output[-2000:]))}")
            arrived = self._read(min(remaining, 0.5))
            if arrived is None:
                continue
            # Search from a little before the new bytes: the text may straddle two reads.
            if text in visible(bytes(self.output[max(0, searched - 4096):])):
                last = self.settle(quiet) or arrived
                return last - self.started
            searched = len(self.output)

    def press(self, key: str, *, quiet: float = 0.15, timeout: float = 2.0,
              until: str | None = None) -> tuple[float | None, float | None]:
        """Seconds from writing `key` to the first byte of output and to the last byte of the
        repaint answering it: output then quiet for `quiet` s, or, with `until`, the burst that
        paints that text (for screens that never go quiet, such as a blinking cursor).
        (None, None) when nothing was drawn; (first, None) when `until` never showed."""
        self.settle(quiet)
        start = time.perf_counter()
        mark = len(self.output)
        os.write(self.fd, KEYS.get(key, key.encode()))
        first = self._read(timeout)
        if first is None:
            return None, None
        if until is None:
            last = self.settle(quiet) or first
            return first - start, last - start
        deadline = start + timeout
        arrived: float | None = first
        while until not in visible(bytes(self.output[mark:])):
            arrived = self._read(deadline - time.perf_counter())
            if arrived is None:
                return first - start, None
        last = self.settle(0.03) or arrived
        return first - start, last - start

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                os.write(self.fd, b"\x1b")
                time.sleep(0.2)  # a lone Escape, not the start of alt+q
                os.write(self.fd, b"q")
                self.process.wait(timeout=3)
            except (OSError, subprocess.TimeoutExpired):
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=5)
        os.close(self.fd)

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
