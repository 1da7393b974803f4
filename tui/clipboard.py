"""Copy text to the user's clipboard with OSC 52, which travels through SSH to the local terminal.

The escape is written to the terminal driver (App.copy_to_clipboard). Inside tmux it is also sent
wrapped in tmux's passthrough, so it arrives whether tmux has `set-clipboard on` or
`allow-passthrough on`. Terminals cap OSC 52 payloads, so very long text is refused with a message
instead of being silently truncated.
"""
from __future__ import annotations

import base64
import os
from typing import Protocol

from briefs.safe_text import safe_line

MAX_BYTES = 74_000  # encoded size most terminals accept (xterm's default limit is ~100 kB)


class _App(Protocol):
    _driver: object | None

    def copy_to_clipboard(self, text: str) -> None: ...


def osc52(text: str) -> str:
    """The OSC 52 'set clipboard' sequence for `text`."""
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return f"\x1b]52;c;{payload}\x07"


def tmux_passthrough(sequence: str) -> str:
    """`sequence` wrapped so tmux hands it to the outer terminal (escapes doubled)."""
    return "\x1bPtmux;" + sequence.replace("\x1b", "\x1b\x1b") + "\x1b\\"


def copy_text(app: _App, text: str) -> tuple[str, bool]:
    """Send `text` to the clipboard; return the message to show and whether it was sent."""
    size = len(base64.b64encode(text.encode("utf-8")))
    if size > MAX_BYTES:
        return (f"Too long for the terminal clipboard ({len(text):,} characters); "
                "export the brief instead (e).", False)
    driver = getattr(app, "_driver", None)
    app.copy_to_clipboard(text)  # remembered by the app (paste in inputs) and written as OSC 52
    if driver is None:
        return "No terminal to copy to; the text is kept for pasting inside briefdesk.", False
    if os.environ.get("TMUX"):
        write = getattr(driver, "write", None)
        if write is not None:
            write(tmux_passthrough(osc52(text)))
    preview = safe_line(text.splitlines()[0]) if text else ""  # article text: shown literally
    if len(preview) > 40:
        preview = preview[:39] + "…"
    return (f"Copied “{preview}” ({len(text):,} characters). Nothing pasted? Your terminal may "
            "block OSC 52 clipboard writes.", True)
