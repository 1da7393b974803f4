"""Fingerprints of local inputs: what ingest would read, by name and content."""
from __future__ import annotations

import os
from pathlib import Path

from briefs import ingest
from briefs.fingerprint import _inputs, _realpath, fingerprint


def test_stdin_and_urls_have_no_fingerprint(tmp_path):
    assert fingerprint(["-"]) is None
    assert fingerprint([str(tmp_path), "https://example.com/news/story.html"]) is None


def test_fingerprint_follows_content_names_and_order(tmp_path):
    (tmp_path / "a.txt").write_text("Council approves plan.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Bank funds lab.", encoding="utf-8")
    first = fingerprint([str(tmp_path)])
    assert first == fingerprint([str(tmp_path)])
    assert fingerprint([str(tmp_path / "a.txt"), str(tmp_path / "b.md")]) != \
        fingerprint([str(tmp_path / "b.md"), str(tmp_path / "a.txt")])
    (tmp_path / "b.md").write_text("Bank funds a lab.", encoding="utf-8")
    assert fingerprint([str(tmp_path)]) != first


def test_files_ingest_skips_do_not_count(tmp_path):
    (tmp_path / "a.txt").write_text("Council approves plan.", encoding="utf-8")
    first = fingerprint([str(tmp_path)])
    (tmp_path / ".hidden.txt").write_text("draft", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    assert fingerprint([str(tmp_path)]) == first


def test_missing_path_is_part_of_the_fingerprint(tmp_path):
    (tmp_path / "a.txt").write_text("Council approves plan.", encoding="utf-8")
    assert fingerprint([str(tmp_path)]) != fingerprint([str(tmp_path), str(tmp_path / "gone.txt")])


def tricky_tree(tmp_path):
    """Links to files and folders, a relative path with "..": what realpath has to resolve."""
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "a.txt").write_text("Council approves plan.", encoding="utf-8")
    (real / "sub" / "b.txt").write_text("Bank funds lab.", encoding="utf-8")
    (real / "link.txt").symlink_to(real / "a.txt")
    (real / "sub" / "up").symlink_to(real)  # a loop
    (tmp_path / "alias").symlink_to(real)
    return real


def test_real_paths_are_those_realpath_gives(tmp_path, monkeypatch):
    real = tricky_tree(tmp_path)
    monkeypatch.chdir(real / "sub")
    for given in (real, tmp_path / "alias", Path("../../alias/sub/.."), Path(".."), Path(".")):
        folders: dict = {}
        files = list(ingest.walk(Path(given), set(), []))
        assert files
        for file in map(str, files):
            assert _realpath(file, folders) == os.path.realpath(file)


def test_a_file_reached_twice_is_fingerprinted_once_as_ingest_reads_it(tmp_path):
    real = tricky_tree(tmp_path)
    paths = [str(real), str(tmp_path / "alias"), str(real / "a.txt")]
    seen: set[str] = set()
    labels = [label for given in paths for label, _ in _inputs(given, seen)]
    assert len(labels) == len(ingest.load(paths).articles) == 2
