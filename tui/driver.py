"""Textual's terminal driver, answering a lone Escape sooner.

A terminal sends the Escape key as the byte that also starts every escape sequence (arrows, mouse,
function keys), so Textual waits ESCAPE_DELAY for more bytes before it calls the byte Escape: 100 ms
unless $ESCDELAY says otherwise. Its input thread then looks again only every 0.1 s, so Escape
(clear the filter, close a dialog) reached the app 100-200 ms after the key, before any work.

The bytes of one key press leave the terminal in one write and arrive together (tmux's own
escape-time is 10 ms by default), so a short wait tells them apart: 25 ms here unless $ESCDELAY is
set, and the input thread wakes when that wait ends rather than at its next 0.1 s tick.
"""
from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder
from typing import Callable

from textual import constants
from textual._loop import loop_last
from textual._parser import ParseError
from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.driver import Driver
from textual.drivers.linux_driver import LinuxDriver

ESCAPE_DELAY = 0.025  # seconds
IDLE_WAIT = 0.1  # Textual's: how often the thread checks it should stop


def quick_escape(driver_class: type[Driver]) -> type[Driver]:
    """This module's driver in place of Textual's terminal driver; any other (headless, web,
    Windows) as it is."""
    return QuickEscapeDriver if driver_class is LinuxDriver else driver_class


class QuickEscapeDriver(LinuxDriver):
    """LinuxDriver whose input thread wakes for the parser's Escape timeout."""

    def run_input_thread(self) -> None:
        if "ESCDELAY" not in os.environ:
            constants.ESCAPE_DELAY = ESCAPE_DELAY  # read by the parser as it waits
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        parser = XTermParser(self._debug)
        decode = getincrementaldecoder("utf-8")().decode
        try:
            while not self.exit_event.is_set():
                self._process(parser, decode, selector.select(_wait(parser)))
            selector.unregister(self.fileno)
            self._process(parser, decode, selector.select(IDLE_WAIT), final=True)
        finally:
            selector.close()
            try:
                for _event in parser.feed(""):
                    pass
            except (EOFError, ParseError):
                pass

    def _process(self, parser: XTermParser, decode: Callable[..., str],
                 ready: list[tuple[selectors.SelectorKey, int]], final: bool = False) -> None:
        """Textual's process_selector_events: feed what was read, then let timeouts fire."""
        for last, (_key, mask) in loop_last(ready):
            if mask & selectors.EVENT_READ:
                data = decode(os.read(self.fileno, 1024 * 4), final=final and last)
                if not data:  # stdin piped and closed
                    break
                for event in parser.feed(data):
                    self.process_message(event)
        for event in parser.tick():
            self.process_message(event)


def _wait(parser: XTermParser) -> float:
    """Seconds to wait for input: until the parser's pending timeout (a lone Escape), if any."""
    pending = parser._timeout_time  # noqa: SLF001 - Textual keeps it private; None when idle
    if pending is None:
        return IDLE_WAIT
    return min(IDLE_WAIT, max(0.0, pending - get_time()))
