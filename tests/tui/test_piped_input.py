"""`brief -`: the articles come down the pipe, the dashboard's keys from the terminal."""
from __future__ import annotations

import os
import sys

import pytest

from tui.cli import main, take_piped_articles


@pytest.fixture
def restore_stdin():
    saved = sys.stdin
    yield
    sys.stdin = saved


def test_the_pipe_is_read_whole_and_the_terminal_takes_its_place(restore_stdin):
    read_end, write_end = os.pipe()
    os.write(write_end, "Headline\n\nThe council approved £2m for the library.".encode())
    os.close(write_end)
    leader, follower = os.openpty()
    try:
        assert take_piped_articles(read_end, os.ttyname(follower)) is None
        assert os.isatty(read_end)  # keys now come from the terminal on that descriptor
        assert sys.stdin.buffer.read().decode() == "Headline\n\nThe council approved £2m for the library."
    finally:
        for fd in (read_end, leader, follower):
            os.close(fd)


def test_nothing_piped_in_is_a_usage_error(restore_stdin):
    leader, follower = os.openpty()
    try:
        assert "none is piped in" in take_piped_articles(follower)
    finally:
        os.close(leader)
        os.close(follower)


def test_no_terminal_for_the_keys_is_a_usage_error(restore_stdin, tmp_path):
    read_end, write_end = os.pipe()
    os.close(write_end)
    try:
        assert "brief extract -" in take_piped_articles(read_end, str(tmp_path / "no-tty"))
    finally:
        os.close(read_end)


def test_dashboard_on_a_terminal_stdin_refuses_dash_with_one_line(monkeypatch, capsys):
    monkeypatch.setattr("tui.cli.take_piped_articles", lambda: "'-' reads articles from a pipe, and none is piped in")
    assert main(["-"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "none is piped in" in err
