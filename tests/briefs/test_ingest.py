"""Reading articles: formats, encodings, folders, stdin, URLs and one clear line per problem."""
from __future__ import annotations

import io
import json
import os
import socket
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefs import ingest
from briefs.ingest import IngestError, IngestResult, decode, is_binary, load, read_article, url_id

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"

STORY = "Harbour city wins grant\n\nThe council won a \u00a32.5m grant on Tuesday, officials said.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def blanked(article) -> str:
    chars = list(article.text)
    for a, b in article.boilerplate:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# ------------------------------------------------------------------ decoding

@pytest.mark.parametrize("data, expected", [
    ("Caf\u00e9 \u201cquote\u201d".encode("utf-8"), "Caf\u00e9 \u201cquote\u201d"),
    (b"\xef\xbb\xbf" + "Caf\u00e9".encode("utf-8"), "Caf\u00e9"),
    (b"\xff\xfe" + "Caf\u00e9 \u20ac5".encode("utf-16-le"), "Caf\u00e9 \u20ac5"),
    (b"\xfe\xff" + "Caf\u00e9 \u20ac5".encode("utf-16-be"), "Caf\u00e9 \u20ac5"),
    (b"\x93Quoted\x94 costs \x805 \x96 caf\xe9", "\u201cQuoted\u201d costs \u20ac5 \u2013 caf\u00e9"),  # cp1252
    (b"undefined in cp1252: \x81\x8d", "undefined in cp1252: \x81\x8d"),  # latin-1 last
    (b"line one\r\nline two\rline three\n", "line one\nline two\nline three\n"),
    (b"", ""),
])
def test_decode(data, expected):
    assert decode(data) == expected


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_decode_never_raises_and_normalises_newlines(data):
    text = decode(data)
    assert isinstance(text, str) and "\r" not in text


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00", b"\xff\xd8\xff\xe0JFIF", b"GIF89a....", b"PK\x03\x04zip",
    b"%PDF-1.7\n", b"\x1f\x8b\x08\x00", b"text with a NUL \x00 byte",
    b"RIFF\x00\x00\x00\x00WEBPVP8 ",
])
def test_binary_data_is_recognised(data):
    assert is_binary(data)


@pytest.mark.parametrize("data", [
    b"Plain article text.", b"\xff\xfe" + "UTF-16 text".encode("utf-16-le"),
    b"\xfe\xff" + "UTF-16 text".encode("utf-16-be"), b"\x93cp1252\x94",
])
def test_text_data_is_not_binary(data):
    assert not is_binary(data)


def test_encodings_read_from_files(tmp_path):
    write(tmp_path, "a.txt", b"\xff\xfe" + STORY.encode("utf-16-le"))
    write(tmp_path, "b.txt", b"\xef\xbb\xbf" + STORY.replace("\n", "\r\n").encode("utf-8"))
    write(tmp_path, "c.txt", STORY.encode("cp1252"))
    result = load([str(tmp_path)])
    assert result.errors == []
    assert [a.text for a in result.articles] == [STORY, STORY, STORY]
    assert {a.title for a in result.articles} == {"Harbour city wins grant"}


# ------------------------------------------------------------------ formats

def test_plain_text_wire_story():
    [article] = read_article(FIXTURES / "wire.txt")
    assert article.id == "wire"
    assert article.path == str(FIXTURES / "wire.txt")
    assert article.title == "Chipmaker lifts forecast as data-centre orders surge"
    assert article.source == "Reuters"
    assert article.date is None
    assert article.text == (FIXTURES / "wire.txt").read_text(encoding="utf-8")  # kept as it is
    assert "Editing by" not in blanked(article)


def test_markdown_with_front_matter():
    [article] = read_article(FIXTURES / "frontmatter.md")
    assert (article.title, article.date, article.source) == (
        "Harbour city wins grant for tidal energy trial", "2021-06-08", "northquaynews.example")
    view = blanked(article)
    assert "Marine Energy Fund" in view and "newsletter" not in view and "layout:" not in view


def test_press_release_with_date_line_and_shouted_labels():
    [article] = read_article(FIXTURES / "release.txt")
    assert article.date == "2013-10-31"
    assert article.title is None
    view = blanked(article)
    assert "MEDIA RELEASE" not in view and "Contact:" not in view
    assert "The Government today announced $18 million" in view


def test_place_only_dateline_is_not_a_source():
    [article] = read_article(FIXTURES / "roundup.txt")
    assert article.source is None
    assert "Compiled by" not in blanked(article)
    # the dateline is kept out of the story's first sentence, the sentence itself stays
    assert "SALEM --" not in blanked(article)
    assert "The Willamette Valley Foundation has awarded" in blanked(article)


def test_saved_html_page_through_trafilatura():
    [article] = read_article(FIXTURES / "page.html")
    assert article.id == "page"
    assert article.title == "Ferry operator orders three electric vessels"
    assert article.date == "2022-09-12"
    assert article.source == "Lakeside Courier"
    assert "<" not in article.text and "Home" not in article.text.split("\n\n")[0]
    assert "Lakeside Ferries has ordered three battery-powered boats" in article.text
    assert "\n\n\"Passengers have asked" in article.text  # paragraphs separated by blank lines
    assert "Ferry operator orders" not in blanked(article)  # the headline is metadata


def test_jsonl_dump_with_field_variants_and_a_bad_line():
    result = load([str(FIXTURES / "dump.jsonl")])
    label = str(FIXTURES / "dump.jsonl")
    assert [a.id for a in result.articles] == ["dump#1", "dump#2", "dump#5"]
    first, second, third = result.articles
    assert (first.title, first.date, first.source) == ("Rail link gets green light", "2023-04-18", "Valley Post")
    assert first.text.startswith("The regional rail link was approved on Tuesday.\n\n")
    assert (second.title, second.date, second.source) == (
        "Museum reopens after flood repairs", "2023-07-03", "Riverside Daily")
    assert (third.date, third.source, third.title) == ("2023-07-03", "AFP", None)
    assert all(a.path == label for a in result.articles)
    assert result.errors == [
        f"{label}: line 3: not valid JSON (Expecting value at column 1)",
        f"{label}: line 4: no article text (expected a text, content, body or article field)",
    ]


def test_json_dump_with_an_articles_list():
    result = load([str(FIXTURES / "dump.json")])
    assert result.errors == []
    assert [(a.id, a.title, a.date, a.source) for a in result.articles] == [
        ("dump#1", "Wind farm approved", "2020-02-14", "Coast Herald"),
        ("dump#2", "Port expansion delayed", None, "portnews.example"),
    ]


def test_json_single_object_list_and_html_text(tmp_path):
    write(tmp_path, "one.json", json.dumps({"title": "Dam opens", "body": "The dam opened today."}))
    write(tmp_path, "many.json", json.dumps([
        {"title": "A", "text": "<p>First paragraph of the story.</p><p>Second one.</p>"},
        "not an object",
    ]))
    write(tmp_path, "bad.json", "{not json")
    write(tmp_path, "odd.json", "42")
    result = load([str(tmp_path / n) for n in ("one.json", "many.json", "bad.json", "odd.json")])
    assert [a.id for a in result.articles] == ["one", "many#1"]
    assert result.articles[0].text == "The dam opened today."
    assert result.articles[1].text == "First paragraph of the story.\n\nSecond one."
    assert result.errors == [
        f"{tmp_path / 'many.json'}: item 2: not an article object",
        f"{tmp_path / 'bad.json'}: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f"{tmp_path / 'odd.json'}: not a news dump (expected an object or a list of objects)",
    ]


def test_a_broken_dump_does_not_flood_the_errors(tmp_path):
    write(tmp_path, "junk.jsonl", "nope\n" * 50 + '{"text": "One good article here."}\n')
    result = load([str(tmp_path / "junk.jsonl")])
    assert [a.id for a in result.articles] == ["junk#51"]
    assert len(result.errors) == ingest.MAX_ERRORS_PER_FILE + 1
    assert result.errors[-1].endswith("45 more problems not shown")


def test_json_metadata_falls_back_to_the_text(tmp_path):
    write(tmp_path, "d.jsonl", json.dumps({"text": "MUMBAI (Reuters) - Shares ended flat on Tuesday."}) + "\n")
    [article] = load([str(tmp_path / "d.jsonl")]).articles
    assert article.source == "Reuters"


# ------------------------------------------------------------------ folders and ids

def test_folder_is_read_recursively_in_a_stable_order():
    result = load([str(FIXTURES / "folder")])
    folder = FIXTURES / "folder"
    assert [a.path for a in result.articles] == [
        str(folder / "a.md"), str(folder / "b.txt"), str(folder / "sub" / "c.txt")]
    assert [a.id for a in result.articles] == ["a", "b", "c"]
    # hidden files and folders, the saved brief, the image and the CSV are skipped without a word
    assert result.errors == []


def test_explicit_non_article_files_get_a_clear_line():
    photo = str(FIXTURES / "folder" / "photo.png")
    result = load([photo, str(FIXTURES / "folder" / "b.txt")])
    assert result.errors == [f"{photo}: not a text article (binary file)"]
    assert [a.id for a in result.articles] == ["b"]


def test_toml_paths_are_left_to_the_pipeline():
    result = load([str(FIXTURES / "folder" / "brief.toml")])
    assert result == IngestResult(articles=[], errors=[])


def test_ids_are_made_unique_in_order(tmp_path):
    write(tmp_path, "x/story.txt", STORY)
    write(tmp_path, "y/story.txt", STORY)
    write(tmp_path, "z/story.md", STORY)
    result = load([str(tmp_path / "x"), str(tmp_path / "y"), str(tmp_path / "z")])
    assert [a.id for a in result.articles] == ["story", "story-2", "story-3"]


def test_the_same_file_named_twice_is_read_once(tmp_path):
    path = write(tmp_path, "story.txt", STORY)
    result = load([str(path), str(tmp_path), str(path)])
    assert [a.id for a in result.articles] == ["story"]


def test_symlink_loop_does_not_hang(tmp_path):
    write(tmp_path, "news/story.txt", STORY)
    os.symlink(tmp_path / "news", tmp_path / "news" / "loop")
    os.symlink(tmp_path, tmp_path / "news" / "up")
    result = load([str(tmp_path / "news")])
    assert [a.id for a in result.articles] == ["story"]
    assert result.errors == []


def test_seeds_are_read_with_their_metadata():
    result = load([str(SEEDS)])
    assert result.errors == []
    zero, one = result.articles
    assert (zero.id, zero.date, zero.title) == ("000_d88d51fb85c6f3fc", "2024-11-05", None)
    assert one.id == "001_3628807d12dfb9ff"
    assert one.date is None  # none may be invented
    assert one.title == "Chinese smartphone giant Oppo, PolyU to launch joint AI research centre in Hong Kong"
    assert "Credit: PolyU" not in blanked(zero)
    assert "SCMP Knowledge" not in blanked(one) and "Photo: Handout" not in blanked(one)


# ------------------------------------------------------------------ the date option

def test_date_option_fills_only_undated_articles(tmp_path):
    write(tmp_path, "dated.txt", "Grants announced\n\n5 November 2024\n\nThe minister announced grants.")
    write(tmp_path, "undated.txt", STORY)
    result = load([str(tmp_path)], date="2023-01-31")
    assert [(a.id, a.date) for a in result.articles] == [("dated", "2024-11-05"), ("undated", "2023-01-31")]


def test_date_option_must_be_a_date():
    with pytest.raises(ValueError, match="not a date"):
        load([str(SEEDS)], date="yesterday")


def test_read_article_takes_the_date_option_too(tmp_path):
    path = write(tmp_path, "undated.txt", STORY)
    assert read_article(path, date="2023-01-31")[0].date == "2023-01-31"


# ------------------------------------------------------------------ problems

def test_one_clear_line_per_problem_and_the_rest_still_read(tmp_path):
    good = write(tmp_path, "good.txt", STORY)
    empty = write(tmp_path, "empty.txt", "")
    blank = write(tmp_path, "blank.md", "  \n\n\t\n")
    binary = write(tmp_path, "fake.txt", b"%PDF-1.4 binary")
    (tmp_path / "nothing").mkdir()
    write(tmp_path, "pics/a.jpg", b"\xff\xd8\xff\xe0")
    missing = tmp_path / "missing.txt"
    paths = [str(missing), str(empty), str(good), str(blank), str(binary),
             str(tmp_path / "nothing"), str(tmp_path / "pics")]
    result = load(paths)
    assert [a.id for a in result.articles] == ["good"]
    assert result.errors == [
        f"{missing}: no such file or folder",
        f"{empty}: empty file",
        f"{blank}: empty file",
        f"{binary}: not a text article (binary file)",
        f"{tmp_path / 'nothing'}: no articles found in folder",
        f"{tmp_path / 'pics'}: no articles found in folder",
    ]


def test_permission_denied_file(tmp_path, monkeypatch):
    locked = write(tmp_path, "locked.txt", STORY)
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    result = load([str(locked)])
    assert result.errors == [f"{locked}: cannot read (permission denied)"]
    with pytest.raises(IngestError, match="permission denied"):
        read_article(locked)


def test_permission_denied_folder(tmp_path, monkeypatch):
    write(tmp_path, "ok/story.txt", STORY)
    write(tmp_path, "locked/story.txt", STORY)
    real_scandir = os.scandir

    def refuse(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(ingest.os, "scandir", refuse)
    result = load([str(tmp_path)])
    assert [a.path for a in result.articles] == [str(tmp_path / "ok" / "story.txt")]
    assert result.errors == [f"{tmp_path / 'locked'}: cannot read (permission denied)"]


def test_read_article_raises_for_an_unreadable_file(tmp_path):
    with pytest.raises(IngestError, match="no such file or folder"):
        read_article(tmp_path / "gone.txt")


def test_a_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert load([str(fifo)]).errors == [f"{fifo}: not a regular file"]


# ------------------------------------------------------------------ stdin

def test_stdin_text():
    result = load(["-"], stdin=io.BytesIO(STORY.encode("utf-8")))
    [article] = result.articles
    assert (article.id, article.path, article.title) == ("stdin", "-", "Harbour city wins grant")


def test_stdin_html_and_json_are_recognised():
    html = (FIXTURES / "page.html").read_bytes()
    [page] = load(["-"], stdin=io.BytesIO(html)).articles
    assert page.title == "Ferry operator orders three electric vessels"
    dump = json.dumps([{"title": "A", "text": "First."}, {"title": "B", "text": "Second."}]).encode()
    assert [a.id for a in load(["-"], stdin=io.BytesIO(dump)).articles] == ["stdin#1", "stdin#2"]
    lines = (FIXTURES / "dump.jsonl").read_bytes()
    assert [a.id for a in load(["-"], stdin=io.BytesIO(lines)).articles] == ["stdin#1", "stdin#2", "stdin#5"]


def test_stdin_problems():
    assert load(["-"], stdin=io.BytesIO(b"")).errors == ["stdin: empty file"]
    assert load(["-"], stdin=io.BytesIO(b"\x89PNG\r\n\x1a\n")).errors == ["stdin: not a text article (binary file)"]


# ------------------------------------------------------------------ URLs

PAGE = (FIXTURES / "page.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {
        "/news/ferry-order.html": (200, "text/html; charset=utf-8", PAGE),
        "/plain": (200, "text/plain; charset=windows-1252", "Flood plan approved\n\nThe \x93plan\x94 costs \x805m.".encode("latin-1")),
        "/feed.json": (200, "application/json", json.dumps({"articles": [{"title": "T", "text": "Body."}]}).encode()),
        "/photo": (200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00"),
        "/empty-page": (200, "text/html", b"<html><body><nav></nav></body></html>"),
    }

    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path == "/huge":
            self._send(200, "text/plain", b"x" * (ingest.MAX_FETCH_BYTES + 1))
        elif self.path == "/stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()  # no Content-Length: the body runs until the connection closes
            self._write(b"y" * 5000)
        elif self.path in self.routes:
            self._send(*self.routes[self.path])
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")

    def _send(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._write(body)

    def _write(self, body):
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading at its size limit

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_page_is_fetched_and_extracted(server):
    url = f"{server}/news/ferry-order.html"
    result = load([url])
    assert result.errors == []
    [article] = result.articles
    assert article.path == url
    assert article.id == "127-0-0-1-news-ferry-order"
    assert article.title == "Ferry operator orders three electric vessels"
    assert article.date == "2022-09-12"
    assert article.source == "Lakeside Courier"
    assert "Lakeside Ferries has ordered three battery-powered boats" in article.text


def test_url_text_uses_the_declared_charset(server):
    [article] = load([f"{server}/plain"]).articles
    assert article.text == "Flood plan approved\n\nThe \u201cplan\u201d costs \u20ac5m."
    assert article.source == "127.0.0.1"


def test_url_json_feed(server):
    [article] = load([f"{server}/feed.json"]).articles
    assert (article.id, article.title, article.text) == ("127-0-0-1-feed-json#1", "T", "Body.")


def test_url_404_is_one_clear_line(server):
    url = f"{server}/no/such/page"
    result = load([url, f"{server}/plain"])
    assert result.errors == [f"{url}: cannot fetch (HTTP 404 Not Found)"]
    assert len(result.articles) == 1


def test_url_over_the_size_limit_is_refused(server):
    url = f"{server}/huge"
    assert load([url]).errors == [f"{url}: page too large (over 10 MB), not read"]


def test_url_without_length_is_cut_at_the_size_limit(server, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FETCH_BYTES", 1000)
    url = f"{server}/stream"
    assert load([url]).errors == [f"{url}: page too large (over 1000 bytes), not read"]


def test_url_binary_and_empty_pages(server):
    photo, empty = f"{server}/photo", f"{server}/empty-page"
    assert load([photo, empty]).errors == [
        f"{photo}: not a text article (binary file)",
        f"{empty}: no article text found in the page",
    ]


def test_url_connection_refused():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x"
    [line] = load([url]).errors
    assert line.startswith(f"{url}: cannot fetch (") and "refused" in line.lower()


def test_url_timeout_is_one_clear_line():
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/slow"
        with pytest.raises(IngestError) as caught:
            ingest.fetch(url, timeout=0.2)
    assert str(caught.value) == f"{url}: cannot fetch (timed out after 0.2 s)"


@pytest.mark.parametrize("url, expected", [
    ("https://www.example.com/news/2024/flood-plan.html", "example-com-news-2024-flood-plan"),
    ("http://Example.org/a/b?id=3#top", "example-org-a-b"),
    ("https://example.net/", "example-net"),
])
def test_url_ids(url, expected):
    assert url_id(url) == expected


# ------------------------------------------------------------------ fuzzing

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["text", "content", "title", "date", "publishedAt", "source", "url", "articles"])
        | st.text(max_size=5), inner, max_size=5),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(JSON_VALUES)
def test_any_json_dump_gives_articles_or_clear_lines(value):
    data = json.dumps(value).encode()
    for name in ("d.json", "d.jsonl"):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / name
            path.write_bytes(data + b"\n" + data)
            result = load([str(path)])
        for article in result.articles:
            assert article.text.strip() and article.id.startswith("d")
            assert article.date is None or len(article.date) == 10
        assert all(line.startswith(str(path)) for line in result.errors)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode),
       st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ""]))
def test_load_never_raises_on_any_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        result = load([str(path), "-"], stdin=io.BytesIO(data))
    for article in result.articles:
        assert isinstance(article.text, str) and article.text.strip()
        for a, b in article.boilerplate:
            assert 0 <= a < b <= len(article.text)
    assert all(isinstance(line, str) and "\n" not in line for line in result.errors)
