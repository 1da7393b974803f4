"""Title, publication date and source read from an article's own text.

News files carry their metadata in a handful of conventional places: YAML-style front matter, a
headline on the first line (plain, Markdown `#` or setext), a dateline or date line near the top
(`date 2024-11-05`, `Thursday, 14 March 2024`, `PERTH 6 May 2021`) and a wire dateline
(`LONDON (Reuters) -`). Dates are looked for only near the top: a date deep in the body is an event,
not the publication date, and must never be taken for one.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

Span = tuple[int, int]

# How far down a date may sit and still be the article's own date.
TOP_LINES = 5
TOP_CHARS = 400

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"

DATE_RE = re.compile(
    r"(?<![\d-])(?P<iy>(?:19|20)\d\d)[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})(?!\d)"
    rf"|\b(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?P<dm>{_MONTH})\.?,?\s+(?P<dy>(?:19|20)\d\d)\b"
    rf"|\b(?P<mm>{_MONTH})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)

# What may stand before a date on its line for it to be the article's date line rather than a
# date mentioned in a sentence: nothing, a label, a weekday, or an upper-case place (a dateline).
_DATE_PREFIX_RE = re.compile(
    rf"^(?:(?:last\s+)?(?:date|dated|published|posted|updated|modified|released|issued|"
    rf"first published)\b\s*:?\s*)?(?:{_WEEKDAY}\s*,?\s*)?$",
    re.IGNORECASE,
)
_DATE_LABEL_RE = re.compile(
    r"^(?:last\s+)?(?:date|dated|published|posted|updated|modified|released|issued|first published)\b",
    re.IGNORECASE,
)
_MARKUP_CHARS = " \t*_#>|:,-\u2013\u2014"

FRONT_DATE_KEYS = ("date", "published", "pubdate", "publish_date", "published_at", "publishedat",
                   "datepublished", "date_published", "created", "created_at")
FRONT_TITLE_KEYS = ("title", "headline")
FRONT_SOURCE_KEYS = ("source", "publisher", "outlet", "publication", "site", "site_name",
                     "sitename", "source_name")
FRONT_URL_KEYS = ("source-url", "source_url", "sourceurl", "url", "link", "canonical",
                  "canonical_url", "original_url")

_ATX_RE = re.compile(r"^ {0,3}(#{1,2})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_RE = re.compile(r"^ {0,3}(?:={3,}|-{3,})[ \t]*$")
_BYLINE_START_RE = re.compile(r"^\s*by\s", re.IGNORECASE)
_CREDIT_RE = re.compile(
    r"\b(?:photo|photograph|picture|pic|image|credit|illustration|graphic)s?(?:\s+credit)?\s*:",
    re.IGNORECASE,
)
_DATELINE_SOURCE_RE = re.compile(
    r"^\s*[A-Z][A-Za-z.'\u2019-]*(?:[ \t]+[A-Z][A-Za-z.'\u2019-]*){0,4}"  # the place
    r"(?:,[^()\n]{1,40})?"                                               # state or date
    r"[ \t]*\((?P<source>[A-Z][A-Za-z&.'\u2019 -]{0,40}[A-Za-z.])\)"     # (Reuters)
    r"[ \t]*(?:-{1,2}|\u2013|\u2014)",
    re.MULTILINE,
)
# `Press Release: ...`, `Contact: ...`: labelled page metadata, never a headline or a sentence.
LABEL_LINE_RE = re.compile(
    r"^\W*(?:press release|media release|news release|published|last updated|updated|posted|"
    r"filed|contacts?|media contacts?|media enquiries|enquiries|tags|topics|categories|category|"
    r"issued by|embargoed(?: until)?)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_LINK_RE = re.compile(r"!?\[([^\[\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_EMPHASIS_RE = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")


@dataclass(slots=True)
class FrontMatter:
    end: int  # offset just after the closing `---` line
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    source: str | None = None
    body_start: int = 0  # first offset after the front matter
    front_matter: Span | None = None
    title_span: Span | None = None  # the headline block, setext underline included
    top_date: tuple[str, Span] | None = None  # find_top_date's answer, kept for boilerplate


# ------------------------------------------------------------------ text layout

def line_spans(text: str) -> list[Span]:
    """Every line's (start, end), the newline excluded."""
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        spans.append((start, end))
        start = end + 1
    return spans


def iter_lines(text: str, start: int = 0) -> Iterator[Span]:
    """Lines from the one holding `start` on, lazily: the top of a long text is read cheaply."""
    a = text.rfind("\n", 0, start) + 1
    while a <= len(text):
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        yield max(a, start), b
        a = b + 1


def block_spans(text: str, start: int = 0, limit: int | None = None) -> list[Span]:
    """Paragraphs: runs of non-blank lines, from the first line's start to the last line's end.

    `limit` stops after that many paragraphs.
    """
    blocks: list[Span] = []
    current: Span | None = None
    lines = iter_lines(text, start) if limit is not None else iter(line_spans(text))
    for a, b in lines:
        if b <= start and b < len(text):
            continue
        a = max(a, start)
        if text[a:b].strip():
            current = (current[0], b) if current else (a, b)
        elif current:
            blocks.append(current)
            current = None
            if limit is not None and len(blocks) >= limit:
                return blocks
    if current:
        blocks.append(current)
    return blocks


def plain(text: str) -> str:
    """Markdown link and emphasis marks removed, spaces collapsed: how a title should read."""
    text = _LINK_RE.sub(r"\1", text)
    text = _EMPHASIS_RE.sub("", text)
    return " ".join(text.split())


def fold(text: str) -> str:
    """Comparison key: lower case letters and digits only."""
    return " ".join(re.findall(r"\w+", text.lower()))


# ------------------------------------------------------------------ front matter

def parse_front_matter(text: str) -> FrontMatter | None:
    """A `---` ... `---` block at the very top, read as flat `key: value` lines.

    Folded (`>`) and literal (`|`) values take the indented lines that follow; list items are
    skipped. This is not a YAML parser: it reads what article front matter actually holds.
    """
    lines = line_spans(text)
    if not lines or text[lines[0][0]:lines[0][1]].rstrip() != "---":
        return None
    for index, (a, b) in enumerate(lines[1:400], start=1):
        if text[a:b].rstrip() in ("---", "..."):
            body = [text[x:y] for x, y in lines[1:index]]
            return FrontMatter(end=b, fields=_front_fields(body))
    return None


def _front_fields(lines: list[str]) -> dict[str, str]:
    fields: dict[str, str] = {}
    key: str | None = None
    folded: list[str] = []

    def close() -> None:
        if key is not None and folded:
            fields[key] = " ".join(folded)

    for line in lines:
        match = re.match(r"^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$", line)
        if match:
            close()
            name, value = match.group(1).lower(), (match.group(2) or "")
            key, folded = None, []
            if value in ("", ">", "|", ">-", "|-", ">+", "|+"):
                key = name  # the value, if any, is on the indented lines below
            else:
                fields[name] = _unquote(value)
        elif key is not None and line[:1] in (" ", "\t") and line.strip():
            if not line.strip().startswith("- "):
                folded.append(line.strip())
    close()
    return fields


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace('\\"', '"') if value[0] == '"' else inner.replace("''", "'")
    return value


# ------------------------------------------------------------------ dates

def parse_date(value: object) -> str | None:
    """The first calendar date in a field value, as YYYY-MM-DD; None when there is none.

    Takes ISO forms (`2010-10-21 19:30:33 +0100`), `5 November 2024`, `Nov. 5, 2024`, RFC 2822
    (`Tue, 05 Nov 2024 10:00:00 GMT`) and Unix timestamps (seconds or milliseconds).
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        try:
            return _from_timestamp(float(value))
        except OverflowError:
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if re.fullmatch(r"\d{10}(?:\d{3})?(?:\.\d+)?", text):
        return _from_timestamp(float(text))
    match = DATE_RE.search(text[:200])
    return _date_of(match) if match else None


def _from_timestamp(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds, as JavaScript writes them
        seconds /= 1000
    if not 0 < seconds < 4102444800:  # before 2100
        return None
    return _dt.datetime.fromtimestamp(seconds, tz=_dt.timezone.utc).date().isoformat()


def _date_of(match: re.Match[str]) -> str | None:
    g = match.groupdict()
    try:
        if g["iy"]:
            year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
        elif g["dy"]:
            year, month, day = int(g["dy"]), MONTHS[g["dm"].lower()], int(g["dd"])
        else:
            year, month, day = int(g["my"]), MONTHS[g["mm"].lower()], int(g["md"])
        return _dt.date(year, month, day).isoformat()
    except (ValueError, KeyError):
        return None


def top_lines(text: str, start: int) -> list[Span]:
    """The first few non-blank lines after `start`, within the first few hundred characters."""
    limit = start + TOP_CHARS
    chosen: list[Span] = []
    for a, b in iter_lines(text, start):
        if a >= limit or len(chosen) == TOP_LINES:
            break
        if text[a:b].strip():
            chosen.append((a, min(b, limit)))
    return chosen


def find_top_date(text: str, start: int = 0) -> tuple[str, Span] | None:
    """The article's date from a date line near the top: (YYYY-MM-DD, span of the date words)."""
    for a, b in top_lines(text, start):
        for match in DATE_RE.finditer(text, a, b):
            prefix = text[a:match.start()].strip(_MARKUP_CHARS)
            tail = text[match.end():b].strip(" \t")
            if _is_date_line(prefix, tail):
                date = _date_of(match)
                if date:
                    return date, (match.start(), match.end())
    return None


def _is_date_line(prefix: str, tail: str) -> bool:
    """A date stamp or dateline, not a sentence that opens with a date (`5 May 2024 saw ...`)."""
    if _is_place(prefix) or _DATE_LABEL_RE.match(prefix):
        return True
    if not _DATE_PREFIX_RE.match(prefix):
        return False
    return len(tail.strip(_MARKUP_CHARS)) <= 40 or tail[:1] in "-\u2013\u2014|"


def _is_place(prefix: str) -> bool:
    """An upper-case dateline place such as `PERTH` or `NEW YORK,`."""
    return bool(re.fullmatch(r"[A-Z][A-Z .'\u2019-]{1,40}", prefix)) and len(prefix.split()) <= 4


# ------------------------------------------------------------------ titles

def find_title(text: str, start: int = 0) -> tuple[str, Span] | None:
    """The headline at the top: `# heading`, setext `Title` + `====`, or a short first line."""
    blocks = block_spans(text, start, limit=2)
    if not blocks:
        return None
    a, b = blocks[0]
    first_end = text.find("\n", a, b)
    first_end = b if first_end < 0 else first_end
    first = text[a:first_end]
    atx = _ATX_RE.match(first)
    if atx:
        title = plain(atx.group(2))
        return (title, (a, first_end)) if title else None
    second_end = text.find("\n", first_end + 1, b) if first_end < b else -1
    second_end = b if second_end < 0 else second_end
    if first_end < b and _SETEXT_RE.match(text[first_end + 1:second_end]):
        title = plain(first)
        return (title, (a, second_end)) if title else None
    if first_end == b and len(blocks) > 1 and is_headline(first):
        return plain(first), (a, b)
    return None


def is_headline(line: str) -> bool:
    """A short one-line paragraph that reads as a headline, not as a sentence or a label."""
    stripped = plain(line)
    words = stripped.split()
    if not 2 <= len(words) <= 25 or len(stripped) > 160:
        return False
    if stripped[-1] in ".:;," or not re.match(r"[\w\"'\u2018\u201c$\u00a3\u20ac]", stripped):
        return False
    if not any(c.islower() for c in stripped):
        return False  # shouted labels (`MEDIA RELEASE`) are not headlines
    if _BYLINE_START_RE.match(stripped) or _CREDIT_RE.search(stripped) or LABEL_LINE_RE.match(stripped):
        return False
    if re.search(r"[a-z0-9][.!?][\"'\u2019\u201d)]*\s+[A-Z(\"\u201c]", stripped):
        return False  # two sentences: a lede or a caption, not a headline
    return find_top_date(stripped) is None


# ------------------------------------------------------------------ sources

def host_of(url: str) -> str | None:
    """`www.example.co.uk` -> `example.co.uk`; an archived page gives its original site's host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    inner = re.search(r"https?://[^\s]+", parts.path)
    if inner and parts.netloc:
        nested = host_of(inner.group(0))
        if nested:
            return nested
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None


def find_dateline_source(text: str, start: int = 0) -> str | None:
    """The agency in a wire dateline (`LONDON (Reuters) -`) in one of the first paragraphs.

    A bare place dateline (`BEAVERTON --`) names no source.
    """
    for a, b in block_spans(text, start, limit=3):
        match = _DATELINE_SOURCE_RE.match(text, a, b)
        if match:
            return match.group("source").strip()
    return None


def front_source(fields: dict[str, str]) -> str | None:
    for key in FRONT_SOURCE_KEYS:
        if fields.get(key, "").strip():
            return fields[key].strip()
    for key in FRONT_URL_KEYS:
        if fields.get(key, "").strip():
            host = host_of(fields[key])
            if host:
                return host
    return None


# ------------------------------------------------------------------ all together

def read_metadata(text: str) -> Metadata:
    """Everything the text says about itself; fields it does not give stay None."""
    meta = Metadata()
    front = parse_front_matter(text)
    fields: dict[str, str] = {}
    if front:
        meta.front_matter = (0, front.end)
        meta.body_start = front.end
        fields = front.fields
    found = find_title(text, meta.body_start)
    if found:
        meta.title_span = found[1]
    front_title = next((plain(fields[k]) for k in FRONT_TITLE_KEYS if plain(fields.get(k, ""))), None)
    meta.title = front_title or (found[0] if found else None)
    front_date = next((d for k in FRONT_DATE_KEYS if (d := parse_date(fields.get(k)))), None)
    top = meta.top_date = find_top_date(text, meta.body_start)
    meta.date = front_date or (top[0] if top else None)
    meta.source = front_source(fields) or find_dateline_source(text, meta.body_start)
    return meta
