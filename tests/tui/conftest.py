"""Dashboard tests run as in a plain terminal: no NO_COLOR, not inside tmux."""
from __future__ import annotations

import pytest



@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TMUX", raising=False)
