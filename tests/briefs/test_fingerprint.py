"""Fingerprints of local inputs: what ingest would read, by name and content."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefs import ingest
from briefs.fingerprint import _inputs, _real_and_stat, fingerprint


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
            real, st = _real_and_stat(file, folders)
            assert real == os.path.realpath(file)
            assert (st.st_ino, st.st_size, st.st_mtime_ns) == \
                (os.stat(file).st_ino, os.stat(file).st_size, os.stat(file).st_mtime_ns)


def test_a_file_reached_twice_is_fingerprinted_once_as_ingest_reads_it(tmp_path):
    real = tricky_tree(tmp_path)
    paths = [str(real), str(tmp_path / "alias"), str(real / "a.txt")]
    seen: set[str] = set()
    labels = [label for given in paths for label, _ in _inputs(given, seen, {})]
    assert len(labels) == len(ingest.load(paths).articles) == 2


def _old_files(folder, count=3):
    for i in range(count):
        path = folder / f"a{i}.txt"
        path.write_text(f"Article {i}\n\nThe council met on Tuesday.\n", encoding="utf-8")
        os.utime(path, ns=(1_600_000_000 * 10**9, 1_600_000_000 * 10**9))


def test_known_files_spare_reading_unchanged_files(tmp_path, monkeypatch):
    import briefs.fingerprint as module
    import time

    _old_files(tmp_path)
    # ctime cannot be set back: pretend the files were last changed long ago.
    monkeypatch.setattr(time, "time_ns", lambda: 10**19)
    known: dict = {}
    first = fingerprint([str(tmp_path)], known)
    assert len(known) == 3
    monkeypatch.setattr(module, "open", lambda *a, **k: pytest.fail("read again"), raising=False)
    assert fingerprint([str(tmp_path)], known) == first


def test_a_changed_file_is_read_again_even_with_its_old_mtime(tmp_path, monkeypatch):
    import time

    _old_files(tmp_path)
    monkeypatch.setattr(time, "time_ns", lambda: 10**19)
    known: dict = {}
    first = fingerprint([str(tmp_path)], known)
    path = tmp_path / "a1.txt"
    path.write_text("Article 1\n\nThe council met on Monday.\n", encoding="utf-8")  # same size
    os.utime(path, ns=(1_600_000_000 * 10**9, 1_600_000_000 * 10**9))  # ctime still moves
    assert fingerprint([str(tmp_path)], known) != first
    assert fingerprint([str(tmp_path)], known) == fingerprint([str(tmp_path)])


def test_a_file_changed_just_now_is_not_remembered(tmp_path):
    (tmp_path / "fresh.txt").write_text("Just written.\n", encoding="utf-8")
    known: dict = {}
    fingerprint([str(tmp_path)], known)
    assert known == {}


def test_known_files_survive_in_the_cache_and_bad_records_are_dropped(tmp_path):
    from briefs.cache import ExtractionCache

    cache = ExtractionCache(tmp_path)
    assert cache.known_files() == {}
    good = [10, 1, 2, 3, "ab" * 20]
    cache.keep_known_files({"/a.txt": good, "/b.txt": [1, 2, 3, "x", "ab" * 20],
                            "/c.txt": [1, 2, 3, 4, "not hex"], "/d.txt": "junk"})
    assert cache.known_files() == {"/a.txt": good}
    (tmp_path / "files.json").write_text("{not json", encoding="utf-8")
    assert cache.known_files() == {}
    (tmp_path / "files.json").write_text('{"format": 99, "files": {"/a.txt": [10, 1, 2, 3, "' + "ab" * 20 + '"]}}')
    assert cache.known_files() == {}
    (tmp_path / "files.json").write_text('[1, 2]', encoding="utf-8")
    assert cache.known_files() == {}


def test_an_unwritable_cache_keeps_no_record_and_leaves_no_litter(tmp_path):
    from briefs.cache import ExtractionCache

    blocker = tmp_path / "file"
    blocker.write_text("x")
    ExtractionCache(blocker / "cache").keep_known_files({"/a.txt": [1, 2, 3, 4, "ab" * 20]})
    assert list(tmp_path.iterdir()) == [blocker]


def test_a_linked_file_is_known_by_its_target(tmp_path, monkeypatch):
    import time

    _old_files(tmp_path, 1)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "link.txt").symlink_to(tmp_path / "a0.txt")
    monkeypatch.setattr(time, "time_ns", lambda: 10**19)
    known: dict = {}
    first = fingerprint([str(tmp_path / "sub")], known)
    assert list(known) == [os.path.realpath(tmp_path / "a0.txt")]
    (tmp_path / "a0.txt").write_text("Article 0\n\nThe council met on Monday.\n", encoding="utf-8")
    assert fingerprint([str(tmp_path / "sub")], known) != first


def test_a_dangling_link_in_a_folder_is_skipped_as_ingest_skips_it(tmp_path):
    (tmp_path / "a.txt").write_text("Council approves plan.", encoding="utf-8")
    first = fingerprint([str(tmp_path)])
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    assert [label for label, _ in _inputs(str(tmp_path), set(), {})] == [str(tmp_path / "a.txt")]
    assert len(ingest.load([str(tmp_path)]).articles) == 1
    assert fingerprint([str(tmp_path)]) == first
