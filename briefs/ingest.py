"""Read articles from files, folders, stdin and web pages into `Article`s.

`load()` never stops at a bad input: every problem becomes one line in `IngestResult.errors` that
names the file or URL, and the other inputs are still read. Formats: plain text and Markdown,
saved or fetched HTML pages (the article found by trafilatura), and JSON / JSON Lines news dumps.
A `.toml` path is a saved brief, which the pipeline reads: `load()` ignores `.toml` paths and
skips `.toml` files inside folders.

Only this module does I/O in `briefs/`; titles, dates and sources come from `briefs.metadata`, the
spans kept out of extraction from `briefs.boilerplate`.
"""
from __future__ import annotations

import http.client
import json
import logging
import os
import re
import socket
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from briefs.boilerplate import find_boilerplate
from briefs.metadata import host_of, parse_date, read_metadata
from briefs.model import Article

# trafilatura and its helpers log through the root's last-resort handler; their chatter must not
# reach the user's terminal between our one-line errors.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
BRIEF_SUFFIX = ".toml"  # a saved brief: the pipeline's to read, not ours

FETCH_TIMEOUT = 15.0  # seconds, per network operation
MAX_FETCH_BYTES = 10 * 1024 * 1024
MAX_FILE_BYTES = 200 * 1024 * 1024  # news dumps can be large; anything bigger is a mistake
MAX_ERRORS_PER_FILE = 5  # a broken dump must not flood the terminal
# Longest article text kept, in characters (~35,000 words; long-form features run to ~150,000).
# Extraction time grows faster than the length, so a 50 MB "article" (a log, a concatenated dump)
# would take hours: its beginning is read, cut at a paragraph, and the user is told.
MAX_ARTICLE_CHARS = 200_000
# Largest web page handed to trafilatura, counted without its scripts and styles: its time grows
# faster than the page (a 10 MB page of paragraphs took 150 s). News pages are well under 1 MB.
MAX_PAGE_CHARS = 3 * 1024 * 1024
_SCRIPTS = re.compile(r"<(script|style|noscript|template|svg)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)

_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"PK\x03\x04",
          b"PK\x05\x06", b"%PDF-", b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07")
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))

TEXT_KEYS = ("text", "content", "body", "article", "maintext", "full_text", "fulltext",
             "article_text", "articlebody", "story")
TITLE_KEYS = ("title", "headline", "heading")
DATE_KEYS = ("date", "published", "publishedat", "published_at", "pubdate", "pub_date",
             "publish_date", "date_publish", "datepublished", "date_published", "created_at")
SOURCE_KEYS = ("source", "site", "outlet", "publisher", "source_name", "sitename", "site_name",
               "publication", "domain", "source_domain")
URL_KEYS = ("url", "link", "source_url", "canonical_url")
LIST_KEYS = ("articles", "items", "data", "results", "entries", "posts", "documents", "stories")
_NO_TEXT = "no article text (expected a text, content, body or article field)"


class IngestError(Exception):
    """A whole input could not be read; the message is the one line to show the user."""


@dataclass(slots=True)
class IngestResult:
    articles: list[Article] = field(default_factory=list)  # in a stable order
    errors: list[str] = field(default_factory=list)  # one line per problem, naming the file/URL


@dataclass(slots=True)
class Fetched:
    data: bytes
    content_type: str
    charset: str | None
    url: str


@dataclass(slots=True)
class _Found:
    """Metadata an input gives outside its text (an HTML page's head, a JSON item's fields)."""

    title: str | None = None
    date: str | None = None
    source: str | None = None


# ------------------------------------------------------------------ public entry points

def load(paths: Sequence[str], *, date: str | None = None, stdin: BinaryIO | None = None,
         cancelled: Callable[[], bool] | None = None) -> IngestResult:
    """Read every path (file, folder, `-` for stdin, http(s) URL) in order; stop reading files
    (keeping those read) once `cancelled` says so.

    `date` (any form `parse_date` reads) is given to articles that carry no date of their own;
    a value that is not a date raises ValueError. `.toml` paths are ignored: they are saved
    briefs, which the pipeline handles.
    """
    fallback = None
    if date is not None:
        fallback = parse_date(date)
        if fallback is None:
            raise ValueError(f"--date: not a date: {date!r} (use YYYY-MM-DD)")
    result = IngestResult()
    used: set[str] = set()
    seen: set[str] = set()
    for given in map(str, paths):  # Path objects are welcome too
        if cancelled is not None and cancelled():
            break
        if given in seen and (given == "-" or is_url(given)):
            continue
        seen.add(given)
        if given == "-":
            articles, errors = _read_stdin(stdin)
        elif is_url(given):
            articles, errors = _read_url(given)
        else:
            articles, errors = _read_path(given, seen, cancelled)
        for article in articles:
            article.id = _unique(article.id, used)
            article.date = article.date or fallback
        result.articles.extend(articles)
        result.errors.extend(errors)
    return result


def read_article(path: Path, *, date: str | None = None) -> list[Article]:
    """The articles in one file (a JSON dump gives many), ids not yet made unique.

    Raises IngestError when nothing in the file can be read; a bad item in a dump that has good
    ones is skipped (use `load()` to see those problems).
    """
    path = Path(path)
    articles, errors = _read_file(path, str(path))
    if not articles and errors:
        raise IngestError(errors[0])
    fallback = parse_date(date) if date else None
    for article in articles:
        article.date = article.date or fallback
    return articles


def decode(data: bytes) -> str:
    """Bytes to text, never raising: a BOM (UTF-8/16/32), else UTF-8, cp1252, latin-1.

    Newlines are normalised to `\\n`; nothing else in the text is changed.
    """
    return _decode(data, None)


def is_binary(data: bytes) -> bool:
    """Images, archives, PDFs and other non-text: known magic numbers or NUL bytes early on."""
    if any(data.startswith(bom) for bom, _ in _BOMS if bom != b"\xef\xbb\xbf"):
        return False  # UTF-16/32 text is full of NULs
    if data.startswith(_MAGIC) or (data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI ")):
        return True
    if _utf16_without_bom(data):
        return False
    return b"\x00" in data[:1024]


def is_url(given: str) -> bool:
    return bool(re.match(r"https?://", given, re.IGNORECASE))


def url_id(url: str) -> str:
    """`https://www.example.com/news/flood-plan.html` -> `example-com-news-flood-plan`."""
    host = host_of(url) or ""
    path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.IGNORECASE).split("?")[0].split("#")[0]
    path = re.sub(r"\.(?:s?html?|php|aspx?|jsp)$", "", path, flags=re.IGNORECASE)
    slug = re.sub(r"[^a-z0-9]+", "-", f"{host}{path}".lower()).strip("-")
    return slug[:100].rstrip("-") or "url"


# ------------------------------------------------------------------ decoding

def _decode(data: bytes, charset: str | None) -> str:
    return _decode_noting(data, charset)[0]


def _decode_noting(data: bytes, charset: str | None) -> tuple[str, int]:
    """The text, and how many invalid UTF-8 sequences became U+FFFD (0 for other codecs)."""
    text, replaced = _decode_raw(data, charset)
    return _normalise_newlines(text), replaced


def _decode_raw(data: bytes, charset: str | None) -> tuple[str, int]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), 0
    if (codec := _utf16_without_bom(data)) is not None:
        return data.decode(codec, errors="replace"), 0
    for codec in (charset, "utf-8"):
        if not codec:
            continue
        try:
            return data.decode(codec), 0
        except (LookupError, UnicodeDecodeError):
            continue
    if (mostly := _mostly_utf8(data)) is not None:
        return mostly
    try:
        return data.decode("cp1252"), 0
    except UnicodeDecodeError:
        return data.decode("latin-1"), 0


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few broken bytes (a bad copy, a truncated download) stays UTF-8.

    Read as cp1252 instead, every accented letter of the file would turn to mojibake ('Ã©').
    It counts as UTF-8 when its valid multi-byte characters outnumber the broken sequences.
    """
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    valid = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    return (text, replaced) if valid >= max(1, replaced) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for BOM-less UTF-16 text, told by where its NULs fall.

    Latin-script UTF-16 has a NUL in every other byte, always on the same side; binary data has
    NULs on both sides, and text in other encodings has none.
    """
    sample = data[:4096]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.02 * half:
        codec = "utf-16-le"
    elif even >= 0.3 * half and odd <= 0.02 * half:
        codec = "utf-16-be"
    else:
        return None
    text = sample.decode(codec, errors="replace")
    printable = sum(1 for char in text if char.isprintable() or char in "\n\r\t")
    return codec if printable >= 0.95 * len(text) else None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ------------------------------------------------------------------ paths and folders

def _read_path(given: str, seen: set[str], cancelled: Callable[[], bool] | None = None
               ) -> tuple[list[Article], list[str]]:
    path = Path(given)
    if path.suffix.lower() == BRIEF_SUFFIX:
        return [], []
    if not os.path.exists(path):
        return [], [f"{given}: no such file or folder"]
    if path.is_dir():
        errors: list[str] = []
        files = list(walk(path, set(), errors))
        if not files and not errors:
            errors.append(f"{given}: no articles found in folder")
        articles: list[Article] = []
        for file in files:
            if cancelled is not None and cancelled():  # a big folder: the user stopped the load
                break
            if first_visit(file, seen):
                found, problems = _read_file(file, str(file))
                articles.extend(found)
                errors.extend(problems)
        return articles, errors
    if not path.is_file():
        return [], [f"{given}: not a regular file"]
    if not first_visit(path, seen):
        return [], []
    return _read_file(path, given)


def first_visit(path: Path, seen: set[str]) -> bool:
    """The same file named twice (or reached through a link) is read once."""
    real = "file:" + os.path.realpath(path)
    if real in seen:
        return False
    seen.add(real)
    return True


def walk(folder: Path, seen_dirs: set[str], errors: list[str]) -> Iterator[Path]:
    """Article files under `folder`, sorted by name at each level, hidden ones skipped.

    Directories already visited (through a symbolic link loop, say) are not entered again.
    """
    real = os.path.realpath(folder)
    if real in seen_dirs:
        return
    seen_dirs.add(real)
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except PermissionError:
        errors.append(f"{folder}: cannot read (permission denied)")
        return
    except OSError as error:
        errors.append(f"{folder}: cannot read ({error.strerror or error})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError:
            continue
        if is_dir:
            yield from walk(path, seen_dirs, errors)
        elif is_file and path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path


def _read_file(path: Path, label: str) -> tuple[list[Article], list[str]]:
    try:
        data = _read_bytes(path, label)
    except IngestError as error:
        return [], [str(error)]
    suffix = path.suffix.lower()
    kind = ("html" if suffix in HTML_SUFFIXES else "json" if suffix in JSON_SUFFIXES
            else "jsonl" if suffix in JSONL_SUFFIXES else "text")
    return _parse(data, kind=kind, label=label, stem=path.stem or path.name, path=label)


def _read_bytes(path: Path, label: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise IngestError(f"{label}: too large to be an article ({_human(size)})")
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise IngestError(f"{label}: no such file or folder") from None
    except PermissionError:
        raise IngestError(f"{label}: cannot read (permission denied)") from None
    except IsADirectoryError:
        raise IngestError(f"{label}: is a folder") from None
    except OSError as error:
        raise IngestError(f"{label}: cannot read ({error.strerror or error})") from None


# ------------------------------------------------------------------ stdin and URLs

def _read_stdin(stdin: BinaryIO | None) -> tuple[list[Article], list[str]]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as error:
        return [], [f"stdin: cannot read ({error})"]
    text = _decode(data, None) if not is_binary(data) else ""
    return _parse(data, kind=_sniff(text), label="stdin", stem="stdin", path="-")


def _read_url(url: str) -> tuple[list[Article], list[str]]:
    try:
        page = fetch(url)
    except IngestError as error:
        return [], [str(error)]
    kind = _kind_of_response(page)
    articles, errors = _parse(page.data, kind=kind, label=url, stem=url_id(url), path=url,
                              charset=page.charset, url=page.url)
    for article in articles:
        article.source = article.source or host_of(page.url)  # the site is the source it came from
    return articles, errors


def fetch(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Fetched:
    """GET a page with a timeout and a size limit; raises IngestError with a one-line reason."""
    timeout = FETCH_TIMEOUT if timeout is None else timeout
    max_bytes = MAX_FETCH_BYTES if max_bytes is None else max_bytes
    request = urllib.request.Request(url, headers={
        "User-Agent": "briefdesk/0.1 (news briefing reader)",
        "Accept": "text/html,application/xhtml+xml,application/json,text/plain;q=0.9,*/*;q=0.5",
    })
    try:
        with _opener(url).open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise IngestError(f"{url}: page too large (over {_human(max_bytes)}), not read")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise IngestError(f"{url}: page too large (over {_human(max_bytes)}), not read")
            return Fetched(data=data, content_type=response.headers.get_content_type(),
                           charset=response.headers.get_content_charset(), url=response.geturl())
    except urllib.error.HTTPError as error:
        raise IngestError(f"{url}: cannot fetch (HTTP {error.code} {error.reason})") from None
    except urllib.error.URLError as error:
        raise IngestError(f"{url}: cannot fetch ({_reason(error.reason, timeout)})") from None
    except (TimeoutError, socket.timeout):
        raise IngestError(f"{url}: cannot fetch (timed out after {timeout:g} s)") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise IngestError(f"{url}: cannot fetch ({_reason(error, timeout)})") from None


def _human(size: int) -> str:
    if size >= 2**20:
        return f"{size / 2**20:.3g} MB"
    return f"{size / 2**10:.3g} KB" if size >= 2**10 else f"{size} bytes"


def _opener(url: str) -> urllib.request.OpenerDirector:
    """A loopback address never goes through a proxy set in the environment."""
    host = (re.sub(r"^[a-z]+://", "", url, flags=re.IGNORECASE).split("/")[0].rsplit(":", 1)[0]).lower()
    if host in ("localhost", "[::1]") or host.startswith("127."):
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def _reason(reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def _kind_of_response(page: Fetched) -> str:
    kind = page.content_type
    if "html" in kind:
        return "html"
    if "ndjson" in kind or "jsonl" in kind or page.url.lower().split("?")[0].endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if "json" in kind:
        return "json"
    if kind in ("text/plain", "text/markdown"):
        return "text"
    return _sniff(_decode(page.data[:4096], page.charset))


def _sniff(text: str) -> str:
    """The format of input with no name: stdin, or a page served with a vague content type."""
    head = text.lstrip()[:2048]
    if re.match(r"<(?:!doctype\s+html|html|head|body|article|div|p)\b", head, re.IGNORECASE):
        return "html"
    if head.startswith(("{", "[")):
        try:
            json.loads(text)
            return "json"
        except ValueError:
            return "jsonl" if head.startswith("{") else "text"
    return "text"


# ------------------------------------------------------------------ formats

def _parse(data: bytes, *, kind: str, label: str, stem: str, path: str,
           charset: str | None = None, url: str | None = None) -> tuple[list[Article], list[str]]:
    if is_binary(data):
        return [], [f"{label}: not a text article (binary file)"]
    if len(data) > MAX_FILE_BYTES:
        return [], [f"{label}: too large to be an article"]
    text, replaced = _decode_noting(data, charset)
    if not text.strip():
        return [], [f"{label}: empty file"]
    notes = [f"{label}: {_plural(replaced, 'byte sequence')} not valid UTF-8, shown as \ufffd"] if replaced else []
    if kind in ("json", "jsonl"):
        articles, errors = _from_dump(text, lines=kind == "jsonl", label=label, stem=stem, path=path)
        return articles, notes + errors
    try:
        if kind == "html":
            _check_page_size(text, label)
            text, found = _from_html(text, url)
            if not text.strip():
                raise IngestError(f"{label}: no article text found in the page")
        else:
            found = _Found()
    except IngestError as error:
        return [], notes + [str(error)]
    text = _within_limit(text, label, notes)
    return [_article(text, stem, path, found)], notes


def _within_limit(text: str, where: str, notes: list[str]) -> str:
    """`text`, cut at a paragraph (else a space) before MAX_ARTICLE_CHARS; the cut is noted."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return text
    head = text[:MAX_ARTICLE_CHARS]
    for mark in ("\n\n", "\n", " "):
        cut = head.rfind(mark)
        if cut >= MAX_ARTICLE_CHARS // 2:
            head = head[:cut]
            break
    notes.append(f"{where}: only the first {len(head):,} of {len(text):,} characters were read "
                 "(too long for one article)")
    return head


def _check_page_size(html: str, where: str) -> None:
    if len(html) <= MAX_PAGE_CHARS:
        return
    size = len(_SCRIPTS.sub("", html))
    if size > MAX_PAGE_CHARS:
        raise IngestError(f"{where}: web page too large to read ({_human(size)} of HTML without "
                          f"scripts; the limit is {_human(MAX_PAGE_CHARS)})")


def _plural(n: int, word: str) -> str:
    return f"1 {word} is" if n == 1 else f"{n:,} {word}s are"


def _article(text: str, article_id: str, path: str, found: _Found) -> Article:
    meta = read_metadata(text)
    return Article(
        id=article_id,
        path=path,
        text=text,
        title=found.title or meta.title,
        date=found.date or meta.date,
        source=found.source or meta.source,
        boilerplate=find_boilerplate(text, title=found.title, meta=meta),
    )


def _from_html(html: str, url: str | None) -> tuple[str, _Found]:
    """The article in a web page, by trafilatura; its paragraphs separated by blank lines."""
    import trafilatura  # slow to import: only when a page is read

    found = _Found()
    body = ""
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a parser failure on a bad page must not stop the other inputs
        doc = None
    if doc is not None:
        body = doc.text or ""
        found = _Found(title=_clean(doc.title), date=parse_date(doc.date),
                       source=_clean(doc.sitename) or (host_of(url) if url else None))
    if not body.strip():
        try:
            body = trafilatura.html2txt(html) or ""
        except Exception:
            body = ""
    if not found.source and url:
        found.source = host_of(url)
    paragraphs = [line.strip() for line in _normalise_newlines(body).split("\n")]
    if not any(map(_is_prose, paragraphs)):
        return "", found  # only menus, buttons and labels: no article to read
    return "\n\n".join(p for p in paragraphs if p), found


def _is_prose(line: str) -> bool:
    """A line that reads as text rather than a menu: a sentence of a few words, or a long line."""
    words = len(line.split())
    return words >= 12 or (words >= 3 and line.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _from_dump(text: str, *, lines: bool, label: str, stem: str, path: str) -> tuple[list[Article], list[str]]:
    """A JSON / JSON Lines news dump: one article per object with a text field."""
    articles: list[Article] = []
    errors: list[str] = []
    for where, item_id, item in _dump_items(text, lines, label, stem, errors):
        try:
            articles.append(_from_item(item, item_id, path, where, errors))
        except IngestError as error:
            errors.append(str(error))
    if len(errors) > MAX_ERRORS_PER_FILE:
        errors = errors[:MAX_ERRORS_PER_FILE] + [
            f"{label}: {len(errors) - MAX_ERRORS_PER_FILE} more problems not shown"]
    return articles, errors


def _dump_items(text: str, lines: bool, label: str, stem: str, errors: list[str]) -> Iterator[tuple[str, str, Any]]:
    if lines:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                yield f"{label}: line {number}", f"{stem}#{number}", json.loads(line)
            except ValueError as error:
                errors.append(f"{label}: line {number}: not valid JSON ({_json_reason(error)})")
        return
    try:
        data = json.loads(text)
    except ValueError as error:
        errors.append(f"{label}: not valid JSON ({_json_reason(error)})")
        return
    if isinstance(data, dict):
        listed = next((data[k] for k in LIST_KEYS if isinstance(data.get(k), list)), None)
        if listed is None:
            yield label, stem, data
            return
        data = listed
    if not isinstance(data, list):
        errors.append(f"{label}: not a news dump (expected an object or a list of objects)")
        return
    for number, item in enumerate(data, start=1):
        yield f"{label}: item {number}", f"{stem}#{number}", item


def _json_reason(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        # json's "Unterminated string starting at" already ends in "at".
        return f"{error.msg.removesuffix(' at')} at column {error.colno}"
    return str(error)


def _from_item(item: Any, item_id: str, path: str, where: str, notes: list[str]) -> Article:
    if not isinstance(item, dict):
        raise IngestError(f"{where}: not an article object")
    fields = {str(k).lower(): v for k, v in item.items()}
    body = next((v for k in TEXT_KEYS if isinstance(v := fields.get(k), str) and v.strip()), None)
    if body is None:
        raise IngestError(f"{where}: {_NO_TEXT}")
    body = _normalise_newlines(body)
    if re.search(r"<(?:p|div|br|article|body|html)\b[^>]*>", body, re.IGNORECASE):
        _check_page_size(body, where)
        body, _ = _from_html(body, None)  # HTML stored in the text field
        if not body.strip():
            raise IngestError(f"{where}: {_NO_TEXT}")
    title = next((_clean(fields.get(k)) for k in TITLE_KEYS if _clean(fields.get(k))), None)
    date = next((d for k in DATE_KEYS if (d := parse_date(fields.get(k)))), None)
    body = _within_limit(body, where, notes)
    return _article(body, item_id, path, _Found(title=title, date=date, source=_item_source(fields)))


def _item_source(fields: dict[str, Any]) -> str | None:
    for key in SOURCE_KEYS:
        value = fields.get(key)
        if isinstance(value, dict):  # NewsAPI style: {"id": ..., "name": "BBC News"}
            value = value.get("name") or value.get("title") or value.get("id")
        if _clean(value):
            return _clean(value)
    for key in URL_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and (host := host_of(value)):
            return host
    return None


def _unique(article_id: str, used: set[str]) -> str:
    candidate, n = article_id, 1
    while candidate in used:
        n += 1
        candidate = f"{article_id}-{n}"
    used.add(candidate)
    return candidate
