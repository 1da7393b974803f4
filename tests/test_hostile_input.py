"""Hostile input and failures, through `brief extract` / `brief export` run in-process.

Each bad input gives its exact one-line message on stderr and the right exit code; nothing raises,
nothing hangs, nothing half-written is left behind. The reader-level cases (every decoding, the
dump formats, URLs) are in tests/briefs/test_ingest.py, the brief-file damage catalogue in
tests/briefs/export/test_export_brief_file.py and the atomic-write mechanics in
tests/briefs/export/test_export_files.py; this file checks what the user sees at the command line.
"""
from __future__ import annotations

import dataclasses
import json
import os
import tomllib
import zlib
from pathlib import Path

import pytest

from briefs import ingest
from briefs.bundled import seeds_dir
from briefs.export import default_filename, files, render
from briefs.export.load import parse_brief
from briefs.metadata import Metadata
from briefs.pipeline import build_brief
from tui.cli import main

SEEDS = str(seeds_dir())

STORY = ("Harbour council approves flood plan\n\n"
         "The Harbour council approved a \u00a312m flood defence plan on Tuesday, its leader "
         "Ann Lee said. The work is due to finish by 2027.\n")

# An article whose text attacks the terminal, Rich markup and the reader's eyes.
ESC_TITLE = "\x1b]0;PWNED\x07"
OSC52 = "\x1b]52;c;cHduZWQ=\x07"
HOSTILE = (
    f"[bold red]Flood[/bold red] plan {ESC_TITLE}../../etc/passwd \u202eevil\u202c\n\n"
    f"Dr [bold red]Jane Smith[/bold red] of the Harbour Trust said on Monday: \u201cWe will "
    f"raise \u00a35m by 2026 {OSC52} for the [link=http://evil.example]new lab[/link].\u201d\n\n"
    "The \x1b[31mcouncil\x1b[0m plans to open the \u202eBAL\u202c centre by March 2027, said "
    "Mr John Doe, chief executive of Acme\u200b Corp.\x1b]2;TITLE2\x1b\\ \x9b31m done.\n"
)
# Characters that must never appear raw in output meant for a terminal or a reader.
RAW = ("\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\u200b")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def lines(err: str) -> list[str]:
    return err.strip("\n").split("\n") if err.strip() else []


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")
    header = (1).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def zip_file(tmp_path: Path) -> bytes:
    import zipfile
    target = tmp_path / "made.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("story.txt", STORY)
    return target.read_bytes()


# ------------------------------------------------------------------ the matrix: nothing read

NOTHING = "brief: nothing could be read"


@pytest.mark.parametrize("case, make, message", [
    ("missing path", lambda d: d / "nope.txt", "{p}: no such file or folder"),
    ("empty file", lambda d: write(d / "empty.txt", b""), "{p}: empty file"),
    ("blank file", lambda d: write(d / "blank.md", " \n\t\n"), "{p}: empty file"),
    ("empty folder", lambda d: (d / "none").mkdir() or d / "none", "{p}: no articles found in folder"),
    ("PNG image", lambda d: write(d / "photo.png", png()), "{p}: not a text article (binary file)"),
    ("PNG named .txt", lambda d: write(d / "photo.txt", png()), "{p}: not a text article (binary file)"),
    ("zip archive", lambda d: write(d / "news.zip", zip_file(d)), "{p}: not a text article (binary file)"),
    ("NUL bytes", lambda d: write(d / "nul.txt", b"The council\x00 met on\x00 Monday."),
     "{p}: not a text article (binary file)"),
    ("HTML without article text", lambda d: write(d / "menu.html", (
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/news'>News</a></nav><footer>Sport Weather</footer></body></html>")),
     "{p}: no article text found in the page"),
    ("HTML with no body", lambda d: write(d / "bare.html", "<html><head></head><body></body></html>"),
     "{p}: no article text found in the page"),
    ("JSON that is not a dump", lambda d: write(d / "odd.json", "42"),
     "{p}: not a news dump (expected an object or a list of objects)"),
])
def test_unreadable_input_is_one_line_and_exit_1(capsys, tmp_path, case, make, message):
    path = make(tmp_path)
    code, out, err = run(capsys, "extract", str(path))
    assert (code, out) == (1, ""), case
    assert lines(err) == [f"brief: {message.format(p=path)}", NOTHING], case


def test_unreadable_file_through_permissions(capsys, tmp_path, monkeypatch):
    # We run as root, so chmod would not stop us: refuse the open instead.
    locked = write(tmp_path / "locked.txt", STORY)
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    code, out, err = run(capsys, "extract", str(locked))
    assert (code, out) == (1, "")
    assert lines(err) == [f"brief: {locked}: cannot read (permission denied)", NOTHING]


def test_unreadable_folder_through_permissions(capsys, tmp_path, monkeypatch):
    write(tmp_path / "ok" / "story.txt", STORY)
    locked = tmp_path / "locked"
    write(locked / "story.txt", STORY)
    real_scandir = os.scandir
    monkeypatch.setattr(ingest.os, "scandir", lambda p: (_ for _ in ()).throw(
        PermissionError(13, "Permission denied")) if Path(p) == locked else real_scandir(p))
    code, out, err = run(capsys, "extract", str(tmp_path))
    assert code == 0 and len(json.loads(out)["articles"]) == 1
    assert lines(err) == [f"brief: {locked}: cannot read (permission denied)"]


def test_symlink_loop_ends_and_reads_the_file_once(capsys, tmp_path):
    write(tmp_path / "news" / "story.txt", STORY)
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")
    os.symlink(tmp_path, tmp_path / "news" / "up")
    os.symlink(tmp_path / "news" / "self", tmp_path / "news" / "self")  # a link to itself
    code, out, err = run(capsys, "extract", str(tmp_path / "news"), str(tmp_path / "news" / "self"))
    assert code == 0
    assert [a["id"] for a in json.loads(out)["articles"]] == ["story"]
    assert lines(err) == [f"brief: {tmp_path / 'news' / 'self'}: no such file or folder"]


def test_a_bad_input_does_not_stop_the_good_ones(capsys, tmp_path):
    good = write(tmp_path / "good.txt", STORY)
    empty = write(tmp_path / "empty.txt", b"")
    code, out, err = run(capsys, "extract", str(tmp_path / "gone.txt"), str(empty), str(good))
    assert code == 0 and [a["id"] for a in json.loads(out)["articles"]] == ["good"]
    assert lines(err) == [f"brief: {tmp_path / 'gone.txt'}: no such file or folder",
                          f"brief: {empty}: empty file"]


# ------------------------------------------------------------------ the matrix: read, with a note

def test_invalid_utf8_is_read_with_a_note(capsys, tmp_path):
    text = "Caf\u00e9 owner Jos\u00e9 Ru\u00edz, mayor of C\u00e1diz, said on Monday the plan was \u201cgood\u201d. "
    path = write(tmp_path / "broken.txt", text.encode("utf-8") + b"Broken \xff byte here.\n")
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0
    assert lines(err) == [f"brief: {path}: 1 byte sequence is not valid UTF-8, shown as \ufffd"]
    [article] = ingest.load([str(path)]).articles
    assert article.text == text + "Broken \ufffd byte here.\n"  # the accents are not mojibake


def test_legacy_cp1252_text_is_read_without_a_note(capsys, tmp_path):
    path = write(tmp_path / "old.txt", "The \u201cplan\u201d costs \u20ac5m, said Jos\u00e9.".encode("cp1252"))
    code, _, err = run(capsys, "extract", str(path))
    assert code == 0 and err == ""
    assert ingest.load([str(path)]).articles[0].text == "The \u201cplan\u201d costs \u20ac5m, said Jos\u00e9."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text(capsys, tmp_path, codec):
    path = write(tmp_path / "wide.txt", STORY.encode(codec))
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0 and err == ""
    [article] = ingest.load([str(path)]).articles
    assert article.text == STORY
    assert article.title == "Harbour council approves flood plan"


def test_jsonl_dump_with_one_malformed_line_reads_the_rest(capsys, tmp_path):
    dump = write(tmp_path / "dump.jsonl", "\n".join([
        json.dumps({"title": "Plan approved", "text": STORY}),
        '{"title": "Broken", "text": "unterminated',
        json.dumps({"headline": "Budget grows", "body": "The mayor said the budget would grow."}),
    ]) + "\n")
    code, out, err = run(capsys, "extract", str(dump))
    assert code == 0
    assert [a["id"] for a in json.loads(out)["articles"]] == ["dump#1", "dump#3"]
    assert lines(err) == [
        f"brief: {dump}: line 2: not valid JSON (Unterminated string starting at column 29)"]


def test_a_line_of_a_megabyte_without_breaks(capsys, tmp_path, monkeypatch):
    path = write(tmp_path / "line.txt", "word " * (2**20 // 5) + "end")
    # The reader itself on the whole megabyte (metadata and boilerplate scan it line by line).
    result = ingest.load([str(path)])
    [article] = result.articles
    assert len(article.text) < ingest.MAX_ARTICLE_CHARS and article.text.endswith("word")
    assert result.errors == [f"{path}: only the first {len(article.text):,} of 1,048,578 characters were read "
                             "(too long for one article)"]
    # Extraction on a smaller limit keeps the test quick; the message is the same line.
    monkeypatch.setattr(ingest, "MAX_ARTICLE_CHARS", 20_000)
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0 and json.loads(out)["articles"][0]["id"] == "line"
    assert lines(err) == [f"brief: {path}: only the first 19,999 of 1,048,578 characters were read "
                          "(too long for one article)"]


def test_a_fifty_megabyte_text_file_is_cut_at_a_paragraph(capsys, tmp_path, monkeypatch):
    paragraph = ("The council said on Monday it would spend \u00a35m on schools, "
                 "Mayor Ann Lee told reporters. ") * 4
    count = 50 * 2**20 // (len(paragraph) + 2) + 1
    path = write(tmp_path / "huge.txt", "\n\n".join([paragraph.strip()] * count))
    size = len(path.read_text(encoding="utf-8"))
    assert path.stat().st_size > 50 * 2**20
    monkeypatch.setattr(ingest, "MAX_ARTICLE_CHARS", 20_000)  # see README: 200,000 by default
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0
    [article] = ingest.load([str(path)]).articles
    assert len(article.text) <= 20_000 and article.text.endswith("reporters.")
    assert lines(err) == [f"brief: {path}: only the first {len(article.text):,} of {size:,} characters were read "
                          "(too long for one article)"]
    assert json.loads(out)["people"]  # extraction ran on what was kept


def test_an_oversized_item_in_a_dump_is_cut_and_the_others_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_CHARS", 1_000)
    dump = write(tmp_path / "d.jsonl", json.dumps({"text": "Long sentence here. " * 200}) + "\n"
                 + json.dumps({"text": STORY}) + "\n")
    result = ingest.load([str(dump)])
    assert [len(a.text) <= 1_000 for a in result.articles] == [True, True]
    assert result.errors == [f"{dump}: line 1: only the first {len(result.articles[0].text):,} of 4,000 characters were read "
                             "(too long for one article)"]


def test_a_folder_of_twenty_thousand_small_files(tmp_path, monkeypatch):
    """20,000 files, every one read, in order. What scales here is the walk, the reads and the ids;
    the per-article metadata and boilerplate readers (tested on their own elsewhere) are stubbed so
    the test costs a few seconds instead of twenty."""
    monkeypatch.setattr(ingest, "read_metadata", lambda text: Metadata())
    monkeypatch.setattr(ingest, "find_boilerplate", lambda text, **_: [])
    folder = tmp_path / "many"
    folder.mkdir()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    for i in range(20_000):
        fd = os.open(folder / f"n{i:05d}.txt", flags)
        os.write(fd, b"Note %d." % i)
        os.close(fd)
    result = ingest.load([str(folder)])
    assert result.errors == []
    assert [a.id for a in result.articles] == [f"n{i:05d}" for i in range(20_000)]
    assert result.articles[-1].text == "Note 19999."


# ------------------------------------------------------------------ saved briefs that are damaged

@pytest.fixture(scope="module")
def saved_toml(tmp_path_factory) -> str:
    brief = build_brief([SEEDS], workers=1).brief
    return render(brief, "toml")


@pytest.mark.parametrize("case, damage, message", [
    ("corrupt", lambda t: t.replace("briefdesk_schema = 1", "briefdesk_schema = = 1"),
     "{p}: line 1, column 20: invalid value"),
    ("truncated mid-string", lambda t: t[:t.index("text = \"\"\"") + 40],
     "{p}: line {n}: unterminated string at the end of the file (truncated?)"),
    ("truncated at a line", lambda t: t[:t.index("[[people]]")],
     "{p}: the file ends early (no closing '# end of brief' line); is it a truncated copy?"),
    ("newer schema", lambda t: t.replace("briefdesk_schema = 1", "briefdesk_schema = 7")
     .replace("\n# end of brief\n", "\n# written by briefdesk 9\n"),
     "{p}: briefdesk_schema: version 7 was written by a newer briefdesk (this one reads up to 1); "
     "please upgrade"),
    ("not a brief", lambda t: '[project]\nname = "something-else"\n',
     "{p}: not a brief file (no 'briefdesk_schema' key)"),
    ("binary", lambda t: png(), "{p}: not UTF-8 text (byte 0); not a brief file"),
])
def test_damaged_toml_brief_is_one_line_and_exit_1(capsys, tmp_path, saved_toml, case, damage, message):
    path = tmp_path / "brief.toml"
    content = damage(saved_toml)
    write(path, content)
    code, out, err = run(capsys, "extract", str(path))
    assert (code, out) == (1, ""), case
    n = content.count("\n") + 1 if isinstance(content, str) else 0
    assert lines(err) == [f"brief: {message.format(p=path, n=n)}", NOTHING], case


# ------------------------------------------------------------------ hostile article text in exports

@pytest.fixture(scope="module")
def hostile_brief(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    path = write(folder / "hostile.txt", HOSTILE)
    result = build_brief([str(path)], workers=1)
    assert result.errors == []
    return result.brief


def test_hostile_text_is_extracted_like_any_other(hostile_brief):
    names = {p.name for p in hostile_brief.people}
    assert {"Jane Smith", "John Doe"} <= names


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_brief_files_round_trip_the_exact_hostile_text(hostile_brief, fmt):
    text = render(hostile_brief, fmt)
    for char in RAW:
        assert char not in text, (fmt, repr(char))  # written as \\u escapes, safe to print
    back = parse_brief(text, fmt)
    assert back.articles[0].text == HOSTILE
    assert back == hostile_brief
    data = tomllib.loads(text) if fmt == "toml" else json.loads(text)
    assert data["articles"][0]["text"] == HOSTILE


def test_json_contract_round_trips_and_is_safe_to_print(capsys, hostile_brief, tmp_path):
    path = write(tmp_path / "hostile.txt", HOSTILE)
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0 and err == ""
    for char in RAW:
        assert char not in out, repr(char)
    sentences = [e["sentence"] for p in json.loads(out)["people"] for e in p["evidence"]]
    assert any(OSC52 in s and "[link=http://evil.example]" in s for s in sentences)


def test_markdown_note_has_no_raw_controls_and_shows_markup_literally(capsys, tmp_path):
    path = write(tmp_path / "hostile.txt", HOSTILE)
    code, out, err = run(capsys, "extract", str(path), "--format", "md")
    assert code == 0 and err == ""
    for char in RAW:
        assert char not in out, repr(char)
    assert "\\[link=http://evil.example\\]new lab\\[/link\\]" in out  # escaped, not a link
    from markdown_it import MarkdownIt
    tokens = MarkdownIt("commonmark").enable("table").parse(out)
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in (t.children or [])}
    assert "link_open" not in kinds and "html_inline" not in kinds and "html_block" not in kinds


@pytest.mark.parametrize("fmt", ["md", "toml", "json"])
def test_default_name_from_a_hostile_title_is_a_plain_file_name(hostile_brief, fmt):
    brief = dataclasses.replace(
        hostile_brief, title=f"../../etc/passwd {ESC_TITLE} [bold]\u202eevil\u202c /tmp/x\x00 CON")
    name = default_filename(brief, fmt)
    assert name == f"etc-passwd-0-pwned-bold-evil-tmp-x-con.{fmt}"
    assert "/" not in name and ".." not in name and name.isprintable()


# ------------------------------------------------------------------ failures while writing

def test_export_failing_half_way_leaves_the_old_file(capsys, tmp_path, monkeypatch):
    target = write(tmp_path / "note.md", "my edited note\n")

    def half_then_full_disk(handle, data):
        handle.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files, "_write_data", half_then_full_disk)
    code, _, err = run(capsys, "export", SEEDS, "-o", str(target), "--force")
    assert code == 1
    assert lines(err) == [f"brief: cannot write {target}: the disk is full"]
    assert target.read_text(encoding="utf-8") == "my edited note\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.md"]


def test_ctrl_c_during_export_leaves_no_partial_file_and_exits_130(capsys, tmp_path, monkeypatch):
    old = write(tmp_path / "old.toml", "kept\n")
    new = tmp_path / "new.toml"

    def interrupted(handle, data):
        handle.write(data[:100])
        raise KeyboardInterrupt

    monkeypatch.setattr(files, "_write_data", interrupted)
    for target, force in ((new, []), (old, ["--force"])):
        code, out, err = run(capsys, "export", SEEDS, "-o", str(target), *force)
        assert (code, out) == (130, "")
        assert lines(err) == ["brief: interrupted"]
    assert not new.exists() and old.read_text(encoding="utf-8") == "kept\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.toml"]


def test_ctrl_c_during_loading_writes_nothing_and_exits_130(capsys, tmp_path, monkeypatch):
    target = tmp_path / "note.md"
    real = ingest._read_file
    calls = []

    def interrupted(path, label):
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(path, label)

    monkeypatch.setattr(ingest, "_read_file", interrupted)
    code, out, err = run(capsys, "export", SEEDS, "-o", str(target))
    assert (code, out) == (130, "")
    assert lines(err) == ["brief: interrupted"]
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_during_extraction_exits_130(capsys, monkeypatch):
    import briefs.pipeline

    def interrupted(article):
        raise KeyboardInterrupt

    monkeypatch.setattr(briefs.pipeline, "extract_one", interrupted)
    code, out, err = run(capsys, "extract", SEEDS)
    assert (code, out) == (130, "")
    assert lines(err) == ["brief: interrupted"]


def test_escapes_in_file_names_do_not_reach_the_terminal(capsys, tmp_path):
    empty = write(tmp_path / f"[bold]{ESC_TITLE}\u202e.txt", b"")
    code, _, err = run(capsys, "extract", str(empty))
    assert code == 1
    for char in RAW:
        assert char not in err, repr(char)
    assert lines(err)[0] == f"brief: {tmp_path}/[bold]\u241b]0;PWNED\u2407\u2194.txt: empty file"


def test_a_huge_web_page_is_refused_but_its_scripts_do_not_count(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_PAGE_CHARS", 50_000)
    paragraph = "<p>The council said on Monday it would spend more on schools, Ann Lee said.</p>\n"
    huge = write(tmp_path / "huge.html", f"<html><body>{paragraph * 1000}</body></html>")
    scripted = write(tmp_path / "scripted.html", (
        "<html><head><title>Schools plan</title><script>var x = '" + "x" * 200_000 + "';</script>"
        "<style>p { color: red }</style></head><body><article>" + paragraph * 3 + "</article></body></html>"))
    code, out, err = run(capsys, "extract", str(huge), str(scripted))
    assert code == 0 and [a["id"] for a in json.loads(out)["articles"]] == ["scripted"]
    assert lines(err) == [f"brief: {huge}: web page too large to read (78.2 KB of HTML without "
                          "scripts; the limit is 48.8 KB)"]
