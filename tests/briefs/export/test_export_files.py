"""Writing briefing files: formats, atomic replacement, refusals and failures, default names."""
from __future__ import annotations

import errno
import os
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.export import ExportError, FORMATS, default_filename, format_for, render, write
from briefs.export import files
from briefs.export.load import load_brief
from briefs.model import Article, Brief


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# ---------------------------------------------------------------- formats

@pytest.mark.parametrize("name, fmt", [("a.md", "md"), ("a.MARKDOWN", "md"), ("b.toml", "toml"),
                                       ("dir.x/c.JSON", "json")])
def test_format_follows_the_suffix(name, fmt):
    assert format_for(name, None) == fmt


def test_a_given_format_wins_over_the_suffix():
    assert format_for("notes.txt", "md") == "md"
    assert format_for("brief.md", "toml") == "toml"


@pytest.mark.parametrize("name", ["notes.txt", "brief", "-", ".md.bak"])
def test_an_unknown_suffix_asks_for_a_format(name):
    with pytest.raises(ExportError, match=r"cannot tell the format of .* --format"):
        format_for(name, None)


def test_an_unknown_format_is_refused():
    with pytest.raises(ExportError, match="unknown format 'pdf'"):
        format_for("a.md", "pdf")
    with pytest.raises(ExportError, match="unknown format"):
        render(Brief(), "pdf")


# ---------------------------------------------------------------- writing

@pytest.mark.parametrize("fmt", FORMATS)
def test_write_puts_the_rendered_text_in_place(tmp_path, brief, fmt):
    path = write(brief, tmp_path / f"out.{fmt}")
    assert path == tmp_path / f"out.{fmt}"
    assert path.read_text(encoding="utf-8") == render(brief, fmt)
    assert leftovers(tmp_path) == []


def test_written_toml_and_json_reopen_as_the_same_brief(tmp_path, brief):
    assert load_brief(write(brief, tmp_path / "b.toml")) == brief
    assert load_brief(write(brief, tmp_path / "b.json")) == brief


def test_write_accepts_a_string_path_and_an_explicit_format(tmp_path, brief):
    path = write(brief, str(tmp_path / "note.txt"), "md")
    assert path.read_text(encoding="utf-8").startswith("# Helix and Northbridge")


def test_write_refuses_to_overwrite_without_force(tmp_path, brief):
    path = tmp_path / "b.md"
    path.write_text("my edits", encoding="utf-8")
    with pytest.raises(ExportError) as caught:
        write(brief, path)
    assert str(caught.value) == f"{path} exists; use --force to overwrite"
    assert path.read_text(encoding="utf-8") == "my edits"
    assert leftovers(tmp_path) == []


def test_write_with_force_replaces_and_keeps_the_permissions(tmp_path, brief):
    path = tmp_path / "b.md"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write(brief, path, force=True)
    assert path.read_text(encoding="utf-8") == render(brief, "md")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path, brief):
    old = os.umask(0o022)
    try:
        path = write(brief, tmp_path / "b.md")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_no_such_folder_names_the_folder(tmp_path, brief):
    with pytest.raises(ExportError) as caught:
        write(brief, tmp_path / "missing" / "b.md")
    assert str(caught.value) == (f"cannot write {tmp_path / 'missing' / 'b.md'}: "
                                 f"no such folder {tmp_path / 'missing'}")


def test_a_folder_in_the_way_is_refused(tmp_path, brief):
    (tmp_path / "b.md").mkdir()
    with pytest.raises(ExportError, match="it is a folder"):
        write(brief, tmp_path / "b.md", force=True)


def fail_with(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return fail


def test_permission_denied_names_the_path_and_leaves_nothing(tmp_path, brief, monkeypatch):
    # Tests run as root, where chmod 0o500 does not stop writes; simulate the refusal instead.
    real_open = os.open

    def denied(path, flags, mode=0o777, **kwargs):
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, mode, **kwargs)
    monkeypatch.setattr(files.os, "open", denied)
    with pytest.raises(ExportError) as caught:
        write(brief, tmp_path / "b.md")
    assert str(caught.value) == f"cannot write {tmp_path / 'b.md'}: permission denied"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root may write into any folder")
def test_a_read_only_folder_is_refused(tmp_path, brief):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            write(brief, folder / "b.md")
    finally:
        folder.chmod(0o700)


def test_a_write_failing_half_way_leaves_the_old_file_and_no_temp_file(tmp_path, brief,
                                                                        monkeypatch):
    path = tmp_path / "b.toml"
    path.write_text("old brief", encoding="utf-8")

    def half_then_full_disk(handle, data):
        handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(files, "_write_data", half_then_full_disk)
    with pytest.raises(ExportError) as caught:
        write(brief, path, force=True)
    assert str(caught.value) == f"cannot write {path}: the disk is full"
    assert path.read_text(encoding="utf-8") == "old brief"
    assert leftovers(tmp_path) == []


def test_a_failing_rename_leaves_the_old_file_and_no_temp_file(tmp_path, brief, monkeypatch):
    path = tmp_path / "b.md"
    path.write_text("old note", encoding="utf-8")
    monkeypatch.setattr(files.os, "replace", fail_with(errno.EROFS))
    with pytest.raises(ExportError, match="read-only"):
        write(brief, path, force=True)
    assert path.read_text(encoding="utf-8") == "old note"
    assert leftovers(tmp_path) == []


def test_a_failing_sync_is_a_failed_write(tmp_path, brief, monkeypatch):
    monkeypatch.setattr(files.os, "fsync", fail_with(errno.EIO))
    with pytest.raises(ExportError, match=r"cannot write .*b\.md: "):
        write(brief, tmp_path / "b.md")
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_write_cleans_up_and_lets_the_interrupt_through(tmp_path, brief,
                                                                       monkeypatch):
    def interrupted(handle, data):
        handle.write(data[:10])
        raise KeyboardInterrupt
    monkeypatch.setattr(files, "_write_data", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write(brief, tmp_path / "b.md")
    assert list(tmp_path.iterdir()) == []


def test_nothing_is_written_when_the_brief_cannot_be_rendered(tmp_path):
    from briefs.model import Funding
    with pytest.raises(ExportError, match="not a finite number"):
        write(Brief(funding=[Funding(float("nan"), "USD")]), tmp_path / "b.json")
    assert list(tmp_path.iterdir()) == []


def test_text_that_is_not_unicode_is_refused_cleanly(tmp_path):
    with pytest.raises(ExportError, match="not valid Unicode"):
        write(Brief(title="bad \udcff byte"), tmp_path / "b.md")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- default names

def test_default_filename_from_title_and_latest_date(brief):
    assert default_filename(brief, "md") == "helix-and-northbridge-battery-institute-2025-03-05.md"
    assert default_filename(brief, "toml").endswith("-2025-03-05.toml")
    assert default_filename(brief, "json").endswith(".json")


def test_default_filename_without_title_or_date():
    assert default_filename(Brief(), "md") == "briefing.md"
    undated = Brief(articles=[Article("a", "a", "x", date="last week")], title="Zürich Café ÉTÉ")
    assert default_filename(undated, "toml") == "zurich-cafe-ete.toml"


@pytest.mark.parametrize("title", ["../../etc/passwd", "a/b\\c", "..", "\x1b[31m\x00", "  ",
                                   "con", "北京 会议"])
def test_default_filename_is_safe(title):
    name = default_filename(Brief(title=title), "md")
    assert "/" not in name and "\\" not in name and not name.startswith(".")
    assert all(c.isprintable() for c in name)


def test_default_filename_is_short():
    name = default_filename(Brief(title="word " * 40), "md")
    assert len(name) <= 64 and name.endswith("word.md")
    assert default_filename(Brief(title="x" * 200), "md") == "x" * 60 + ".md"


def test_default_filename_refuses_an_unknown_format():
    with pytest.raises(ExportError):
        default_filename(Brief(), "pdf")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.sampled_from(FORMATS))
def test_any_title_gives_a_plain_file_name(title, fmt):
    name = default_filename(Brief(title=title), fmt)
    stem, suffix = name.rsplit(".", 1)
    assert suffix == fmt and stem and len(stem) <= 60
    assert all(c.isalnum() or c == "-" for c in stem)
    assert not stem.startswith("-") and not stem.endswith("-")


def test_a_folder_that_takes_no_new_files_is_not_called_missing(tmp_path, monkeypatch):
    # /proc and /sys answer "no such file" when a file is created in them, though they exist.
    def refuse(tmp, data, mode):
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", str(tmp))

    monkeypatch.setattr(files, "_write_new", refuse)
    with pytest.raises(ExportError) as caught:
        files.atomic_write(tmp_path / "brief.md", b"x")
    assert str(caught.value) == f"cannot write {tmp_path / 'brief.md'}: {tmp_path} does not take new files"
    assert list(tmp_path.iterdir()) == []
