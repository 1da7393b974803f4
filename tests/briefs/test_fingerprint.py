"""Fingerprints of local inputs: what ingest would read, by name and content."""
from __future__ import annotations

from briefs.fingerprint import fingerprint


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
