"""The terminal driver: a lone Escape is told from an escape sequence after a short wait, and the
input thread wakes for that wait (no timings: what arrives, and in what order)."""
from __future__ import annotations

import os
import threading
import time

import pytest
from textual import constants, events
from textual._xterm_parser import XTermParser
from textual.drivers.headless_driver import HeadlessDriver
from textual.drivers.linux_driver import LinuxDriver

from tui import driver as driver_module
from tui.app import BriefingApp
from tui.driver import IDLE_WAIT, QuickEscapeDriver, _wait, quick_escape


def test_only_textuals_terminal_driver_is_replaced():
    assert quick_escape(LinuxDriver) is QuickEscapeDriver
    assert quick_escape(HeadlessDriver) is HeadlessDriver
    if os.name == "posix":
        assert BriefingApp([]).driver_class is QuickEscapeDriver


def test_the_thread_waits_only_until_a_lone_escape_is_decided():
    parser = XTermParser(False)
    assert _wait(parser) == IDLE_WAIT
    assert list(parser.feed("\x1b")) == []  # Escape, or the start of a sequence?
    assert _wait(parser) <= constants.ESCAPE_DELAY
    assert [e.key for e in parser.feed("[B")] == ["down"]
    assert _wait(parser) == IDLE_WAIT


@pytest.fixture
def input_thread(monkeypatch):
    """A QuickEscapeDriver's input thread reading a pipe; yields (write, received events)."""
    monkeypatch.delenv("ESCDELAY", raising=False)
    monkeypatch.setattr(constants, "ESCAPE_DELAY", constants.ESCAPE_DELAY)  # restored after
    read_end, write_end = os.pipe()
    received: list[events.Event] = []
    driver = QuickEscapeDriver.__new__(QuickEscapeDriver)  # the thread alone, no app
    driver.fileno, driver._debug, driver.exit_event = read_end, False, threading.Event()
    driver.process_message = received.append
    thread = threading.Thread(target=driver.run_input_thread, daemon=True)
    thread.start()
    yield (lambda data: os.write(write_end, data)), received
    driver.exit_event.set()
    thread.join(5)
    os.close(write_end)
    os.close(read_end)


def keys_when(received: list[events.Event], count: int) -> list[str]:
    for _ in range(500):  # bounded: fails rather than hangs
        if len(received) >= count:
            break
        time.sleep(0.01)
    return [e.key for e in received if isinstance(e, events.Key)]


def test_a_lone_escape_arrives_and_sequences_stay_keys(input_thread):
    write, received = input_thread
    write(b"\x1b")
    assert keys_when(received, 1) == ["escape"]
    assert constants.ESCAPE_DELAY == driver_module.ESCAPE_DELAY  # unless $ESCDELAY is set
    write(b"\x1b[Bj\x1b")  # down arrow, j, Escape: in the order sent
    assert keys_when(received, 4) == ["escape", "down", "j", "escape"]
