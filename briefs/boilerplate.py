"""Spans of an article that are not its story: kept out of extraction, never deleted.

Each rule is a general convention of news pages and their Markdown/plain-text dumps: front matter,
the headline, date lines, photo captions and credits, newsletter and app promotions, advertisement,
share and related-links lines, wire credits, bylines, Markdown syntax and shouted all-caps labels.
`briefs/text.py` blanks every boilerplate character before it splits sentences, so a span may be a
whole paragraph or a few characters (the `](url)` of a link) and offsets stay those of the text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from briefs.extract.lexicon import words as lexicon_words
from briefs.metadata import (
    DATE_RE,
    LABEL_LINE_RE,
    Metadata,
    Span,
    block_spans,
    fold,
    line_spans,
    read_metadata,
)

# ------------------------------------------------------------------ lexicons

# A credit label inside a caption: `... ceremony. Credit: PolyU`, `Photo: Handout`.
_CREDIT_RE = re.compile(
    r"\b(?:photo|photograph|picture|pic|image|credit|illustration|graphic|video|footage)s?"
    r"(?:\s+(?:credit|courtesy))?\s*:\s*",
    re.IGNORECASE,
)
# A parenthesised photo credit: `(Getty Images)`, `(AP Photo/Jane Doe)`, `(Photo: Reuters)`.
_PAREN_CREDIT_RE = re.compile(
    r"\((?=[^()\n]{0,120}\))[^()\n]*?(?:getty images|shutterstock|alamy|ap photo|afp photo|"
    r"photo by|photograph by|pictured by|(?:photo|picture|image|credit|pic)s?\s*:)[^()\n]*\)",
    re.IGNORECASE,
)
_SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yours|yourself)\b|\byou[\u2019'](?:re|ll|ve|d)\b",
                               re.IGNORECASE)
_PROMO_RE = re.compile(
    r"\b(?:subscrib\w*|sign(?:ing)?[ -]?up|newsletters?|our (?:new )?(?:platform|app|podcast)|"
    r"download (?:our|the) app|get the answers|follow us|like us on|click here|tap here|"
    r"free trial|register (?:now|today|for free|here)|join (?:now|today|us)|sign in|log in|"
    r"become a (?:member|subscriber|supporter)|support (?:our|independent) journalism|"
    r"unlimited access|inbox|brought to you by|plans starting|per week|per month|paywall|"
    r"premium content|exclusive (?:content|offers?|features))\b",
    re.IGNORECASE,
)
_IMPERATIVE_PROMO_RE = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:subscribe|sign up|follow us|click here|tap here|download our|join us|join today|"
    r"join (?:now|today)|get our|support our|like us|register now|don[\u2019']t miss)\b",
    re.IGNORECASE | re.MULTILINE,
)
_OUTLET_RE = re.compile(r"\b(?:our|us|we)\b", re.IGNORECASE)
_CALL_TO_ACTION_RE = re.compile(
    r"^\W*(?:get|sign|subscribe|download|join|follow|click|tap|register|try|listen|watch|support|"
    r"never miss|want|looking for|do you|did you|have you|are you)\b",
    re.IGNORECASE,
)
_QUOTE_MARKS = "\"\u201c\u201d"
_ADVERT_LINE_RE = re.compile(
    r"^\W*(?:(?:advertisement|advert|ad|sponsored(?: content| post)?|paid (?:content|post|partnership))"
    r"\W*(?:[-\u2013\u2014:|]\s*(?:scroll|continue|story|article)[^\n]{0,40})?"
    r"|(?:the )?(?:story|article) continues (?:below|after)[^\n]{0,30}"
    r"|continue reading (?:below|after|the main story)[^\n]{0,30})$",
    re.IGNORECASE | re.MULTILINE,
)
_PLATFORMS = r"(?:facebook|twitter|x|email|e-mail|whatsapp|linkedin|reddit|telegram|pinterest|print|copy link)"
_SHARE_LINE_RE = re.compile(
    rf"^\W*(?:share(?:\s+(?:this|on|via|the|article|story|page|post|with|a|friend|link|by))*\W*"
    rf"(?:{_PLATFORMS}\W*)*|(?:{_PLATFORMS}\W*){{2,}})$",
    re.IGNORECASE | re.MULTILINE,
)
_RELATED_LINE_RE = re.compile(
    r"^\W*(?:related(?: articles?| stories| story| coverage| links?| content| reading| topics)?\s*:|"
    r"read (?:more|also|next)\b|also read\b|see also\b|more on this story\b|more from\b|"
    r"find more from\b|recommended(?: for you| reading)?\s*:|most (?:read|popular)\s*:|"
    r"further reading\b|you may also like\b|watch\s*:|listen\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
_WIRE_CREDIT_RE = re.compile(
    r"\((?:additional |further )?(?:reporting|writing|editing|compiled|research|production|"
    r"graphics?) by [^()\n]{1,300}\)",
    re.IGNORECASE,
)
_WIRE_CREDIT_LINE_RE = re.compile(
    r"^\s*(?:additional )?reporting by [^\n]{1,200};\s*(?:writing|editing) by [^\n]{1,200}$",
    re.IGNORECASE | re.MULTILINE,
)
_COMPILED_BY_RE = re.compile(
    r"^\s*(?:-{1,2}|\u2013|\u2014)?\s*(?:compiled|written|reported|edited|words|story|text)"
    r"(?: and (?:compiled|written|reported|edited|photographed))? by\b[^\n]{1,100}$",
    re.IGNORECASE | re.MULTILINE,
)
_BYLINE_RE = re.compile(r"^[ \t]*[Bb]y\s+([A-Z][^\n]{1,80})$", re.MULTILINE)
_BYLINE_FILLER = {"and", "&", "of", "the", "in", "for", "at", "|", "-", "\u2013", "\u2014", "de",
                  "van", "von", "der", "da"}
_COPYRIGHT_RE = re.compile(r"^\W*(?:\u00a9|\(c\)\s|copyright\s+(?:\u00a9|\(c\)|\d{4})|all rights reserved)",
                           re.IGNORECASE | re.MULTILINE)
_LEAD_DATE_TOKEN_RE = re.compile(
    r"\s*(?:date|dated|published|posted|updated)\s*:?\s*", re.IGNORECASE)
_TIME_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|"
                      r"\b(?:gmt|bst|utc|est|edt|pst|pdt|cet|aest|nzst|nzdt|hkt)\b", re.IGNORECASE)
_DATE_LABEL_RE = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"\b(?:date|dated|published|posted|updated|last|first|on|at)\b", re.IGNORECASE)

# Markdown that is markup, not prose.
_IMAGE_RE = re.compile(r"!\[([^\]\n]{0,500})\]\(([^)\n]{0,2000})\)")
_LINK_RE = re.compile(r"(?<!!)\[([^\[\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_REF_DEF_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+.*$", re.MULTILINE)
_STRONG_RE = re.compile(r"\*\*|__")
_EM_RE = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])[^*_\n]{1,200}?(?<=[^\s*_\\])\1(?![\w*])")
_HEADING_MARK_RE = re.compile(r"^ {0,3}(#{1,6})(?=[ \t]|$)", re.MULTILINE)
_CLOSING_HASHES_RE = re.compile(r"[ \t]+(#+)[ \t]*$")
_RULE_LINE_RE = re.compile(r"^ {0,3}(?:={3,}|-{3,}|_{3,}|\*{3,}|(?:-[ \t]*){3,}|(?:\*[ \t]*){3,})[ \t]*$", re.MULTILINE)
_BLOCKQUOTE_RE = re.compile(r"^ {0,3}(>[ \t]?)+", re.MULTILINE)
_ESCAPE_RE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!\"'\u2018\u2019\u201c\u201d|<>~])")
_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,300})?/?>")
_CODE_LINE_RE = re.compile(r"\{[^{}\n:]{0,300}:[^{}\n]{0,300}\}")

Rule = Callable[[str, list[Span], list[Span]], Iterator[Span]]


# ------------------------------------------------------------------ entry point

def find_boilerplate(text: str, *, title: str | None = None,
                     meta: Metadata | None = None) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of `text` that are not the story.

    `title`, when the caller knows it from elsewhere (an HTML page, a JSON field), marks a
    paragraph that repeats it. `meta`: the text's metadata when the caller has read it already.
    """
    meta = meta or read_metadata(text)
    spans: list[Span] = []
    if meta.front_matter:
        spans.append(meta.front_matter)
    if meta.title_span:
        spans.append(meta.title_span)
    blocks = block_spans(text, meta.body_start)
    titles = {fold(t) for t in (title, meta.title) if t and fold(t)}
    spans.extend(_repeated_title(text, blocks, titles))
    spans.extend(_lead_date_token(text, meta.body_start, meta.top_date))
    lines = [line for block in blocks for line in _lines_of(text, block)]
    for rule in _RULES:
        spans.extend(rule(text, blocks, lines))
    return _merge(spans, len(text))


def _merge(spans: list[Span], size: int) -> list[Span]:
    merged: list[Span] = []
    for a, b in sorted((max(0, a), min(size, b)) for a, b in spans):
        if a >= b:
            continue
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _lines_of(text: str, block: Span) -> Iterator[Span]:
    for a, b in line_spans(text[block[0]:block[1]]):
        yield block[0] + a, block[0] + b


# ------------------------------------------------------------------ metadata blocks

def _repeated_title(text: str, blocks: list[Span], titles: set[str]) -> Iterator[Span]:
    """A paragraph that only repeats the headline (pages often print it twice)."""
    if not titles:
        return
    for a, b in blocks:
        if b - a <= 400 and fold(text[a:b]) in titles:
            yield a, b


def _lead_date_token(text: str, start: int, found: tuple[str, Span] | None) -> Iterator[Span]:
    """`date 2024-11-05` opening the first paragraph: a date stamp, not part of a sentence.
    `found`: find_top_date(text, start), which the metadata reader has computed already."""
    if not found:
        return
    _, (a, b) = found
    head = text[start:a]
    if head.strip() == "" or _LEAD_DATE_TOKEN_RE.fullmatch(head):
        yield start + len(head) - len(head.lstrip()), b


def date_only_lines(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """Lines that are only a date (and time, weekday, label): `**Friday, 21 June 2019, 4:38 pm**`."""
    for a, b in lines:
        chunk = text[a:b]
        if len(chunk) > 120 or not DATE_RE.search(chunk):
            continue
        rest = _TIME_RE.sub(" ", DATE_RE.sub(" ", chunk))
        rest = _DATE_LABEL_RE.sub(" ", rest)
        if not re.search(r"\w", rest):
            yield a, b


def metadata_lines(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """`Press Release: ...`, `Contact: ...`, `Updated: ...`, copyright lines."""
    for a, b in lines:
        line = text[a:b]
        if len(line) <= 200 and (LABEL_LINE_RE.match(line) or _COPYRIGHT_RE.match(line)):
            yield a, b


# ------------------------------------------------------------------ captions and credits

def captions(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """Photo captions: a paragraph ending in a credit, or carrying an `alt=` duplicate, is one."""
    for a, b in blocks:
        chunk = text[a:b]
        if "alt=" in chunk:
            yield a, b
            continue
        if len(chunk) <= 700 and ":" in chunk:  # every credit label ends in a colon
            credit = _last(_CREDIT_RE.finditer(chunk))
            if credit and len(chunk[credit.end():].strip()) <= 80 and "\n" not in chunk[credit.end():].strip():
                yield a, b
                continue
        for match in _PAREN_CREDIT_RE.finditer(chunk) if "(" in chunk else ():
            tail = chunk[match.end():].strip()
            yield (a, b) if not tail and len(chunk) <= 400 else (a + match.start(), a + match.end())


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:
        pass
    return last


def image_captions(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """A paragraph right after a Markdown image that repeats the image's alt text or title."""
    for index, (a, b) in enumerate(blocks[:-1]):
        image = _IMAGE_RE.search(text, a, b)
        if not image:
            continue
        described = {fold(image.group(1))}
        title = re.search(r"\s[\"'](.+)[\"']\s*$", image.group(2))
        if title:
            described.add(fold(title.group(1)))
        described.discard("")
        na, nb = blocks[index + 1]
        if nb - na <= 300 and fold(text[na:nb]) in described:
            yield na, nb


# ------------------------------------------------------------------ promotions and page furniture

def promotions(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """Newsletter, app and subscription pitches: the outlet (`our`, `us`) selling the reader
    (`you`) something, or a call to action (`Sign up ...`, `Get ... delivered to your inbox`).

    A paragraph holding a quotation is someone's words, so it is never taken for a promotion; and
    `you` with `sign up` alone is ordinary consumer news (`you can sign up for the scheme`).
    """
    for a, b in blocks:
        chunk = text[a:b]
        if len(chunk) > 800 or any(mark in chunk for mark in _QUOTE_MARKS):
            continue
        if _IMPERATIVE_PROMO_RE.search(chunk):
            yield a, b
        elif _SECOND_PERSON_RE.search(chunk) and _PROMO_RE.search(chunk) and (  # cheap test first
                _OUTLET_RE.search(chunk) or _CALL_TO_ACTION_RE.match(chunk)):
            yield a, b


def furniture_lines(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """Advertisement, share and related-links lines."""
    for a, b in lines:
        line = text[a:b]
        if len(line) > 200:
            continue
        if _ADVERT_LINE_RE.match(line) or _SHARE_LINE_RE.match(line) or _RELATED_LINE_RE.match(line):
            yield a, b


def link_only_blocks(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """A paragraph that is nothing but links (`[Join](..) [Find out more](..)`) is navigation."""
    for a, b in blocks:
        chunk = text[a:b]
        if "](" in chunk and not re.search(r"\w", _LINK_RE.sub(" ", _IMAGE_RE.sub(" ", chunk)).replace("\u00a9", "")):
            yield a, b


# ------------------------------------------------------------------ credits and bylines

def wire_credits(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """`(Reporting by ...; Editing by ...)`, `-- Compiled by ...`."""
    for a, b in blocks:
        for match in _WIRE_CREDIT_RE.finditer(text, a, b):
            yield match.span()
    for a, b in lines:
        if _WIRE_CREDIT_LINE_RE.match(text, a, b) or _COMPILED_BY_RE.match(text, a, b):
            yield a, b


def bylines(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """`By Jane Smith`, `By Jane Smith and Omar Ali, Political Correspondent`: names, not a sentence.

    A byline sharing its paragraph with other lines must be all capitalised words, so a wrapped
    sentence line (`By Christmas the shops had ...`) is not taken for one.
    """
    alone = set(blocks)
    for a, b in lines:
        match = _BYLINE_RE.match(text, a, b)
        if not match or text[a:b].rstrip()[-1] in ".?!:;,":
            continue
        words = [w for w in re.split(r"[\s,]+", match.group(1)) if w and w.lower() not in _BYLINE_FILLER]
        named = [w for w in words if w[0].isupper() or w[0].isdigit() or "@" in w]
        needed = len(words) if (a, b) not in alone else (len(words) + 1) // 2
        if words and len(named) >= needed:
            yield a, b


# ------------------------------------------------------------------ markup

def markdown_syntax(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """Images, link brackets and targets (the link text stays), emphasis, heading and rule marks.

    Most articles are plain prose: a pattern whose marker character is nowhere in the text is not
    run at all (each `in` is one fast scan; each pattern run per block is many)."""
    has = {mark: mark in text for mark in ("![", "](", "*", "_", "\\", "<", "#", ">", "{", "]:")}
    for a, b in blocks:
        if has["!["]:
            yield from (m.span() for m in _IMAGE_RE.finditer(text, a, b))
        if has["]("]:
            for m in _LINK_RE.finditer(text, a, b):
                yield m.start(), m.start() + 1
                yield m.end(1), m.end()
        if has["*"] or has["_"]:
            yield from (m.span() for m in _STRONG_RE.finditer(text, a, b))
            for m in _EM_RE.finditer(text, a, b):
                yield m.start(), m.start() + 1
                yield m.end() - 1, m.end()
        if has["\\"]:
            yield from (m.span() for m in _ESCAPE_RE.finditer(text, a, b))
        if has["<"]:
            yield from (m.span() for m in _HTML_TAG_RE.finditer(text, a, b))
    for a, b in lines:
        heading = has["#"] and _HEADING_MARK_RE.match(text, a, b)
        if heading:
            yield heading.span(1)
            closing = _CLOSING_HASHES_RE.search(text, a, b)
            if closing:
                yield closing.span(1)
        quote = has[">"] and _BLOCKQUOTE_RE.match(text, a, b)
        if quote:
            yield quote.span()
        if _RULE_LINE_RE.match(text, a, b) or (has["]:"] and _REF_DEF_RE.match(text, a, b)):
            yield a, b
        elif has["{"] and _CODE_LINE_RE.search(text, a, b) and ";" in text[a:b]:
            yield a, b  # stray CSS or script from a scraped page


def shouted_blocks(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """Paragraphs with letters but no lower-case one: `*** MEDIA RELEASE ***`, section labels."""
    for a, b in blocks:
        chunk = text[a:b]
        if any(c.isalpha() for c in chunk) and not any(c.islower() for c in chunk):
            yield a, b


# A wire dateline opening a paragraph: a place in capitals, maybe `, Country` or `, May 3`, maybe an
# agency in brackets, then a dash, a colon or straight into the story (`NEW YORK General Electric ...`).
_DATELINE_RE = re.compile(
    r"[ \t]*(?P<place>[A-Z][A-Z'\-]+(?:[ \t/]+[A-Z][A-Z'\-]+){0,3})"
    r"(?P<where>,[ \t]*[A-Z][^,\n()\u2013\u2014:]{0,30}?)?"
    r"(?P<agency>[ \t]*\([A-Z][^()\n]{0,30}\))?"
    r"(?P<sep>[ \t]*(?:--|[\u2013\u2014])[ \t]*|[ \t]*-[ \t]+|[ \t]*:[ \t]+|[ \t]+(?=[A-Z][a-z]))"
)
# `April 4 (Reuters) - ...`: a date and an agency instead of a place.
_DATED_CREDIT_RE = re.compile(
    r"[ \t]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"[ \t]*\([A-Z][^()\n]{0,30}\)[ \t]*(?:--|[-\u2013\u2014])[ \t]+"
)


def datelines(text: str, blocks: list[Span], lines: list[Span]) -> Iterator[Span]:
    """`PORTLAND --`, `LONDON (Reuters) -`, `CHICAGO, May 22 (Xinhua) --`, `NEW YORK General ...`:
    where and by whom a story was filed, not part of its first sentence or of the name after it."""
    for a, b in blocks:
        end = dateline_end(text, a, b)
        if end > a:
            yield a, end


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a dateline opening text[start:end] ends; `start` when there is none. Without a dash
    or an agency the capitals must be a known place (not `OPPO Research ...`, `NASA Administrator`)."""
    match = _DATED_CREDIT_RE.match(text, start, end)
    if match:
        return match.end()
    match = _DATELINE_RE.match(text, start, end)
    if not match or not any(c.islower() for c in text[match.end():end]):
        return start
    marked = match.group("agency") or match.group("sep").strip() in ("--", "-", "\u2013", "\u2014")
    if marked and len(match.group("place")) >= 3 or not match.group("where") and _place(match.group("place")):
        return match.end()
    return start


def _place(words: str) -> bool:
    return " ".join(words.split()).lower() in lexicon_words("places.txt")


_RULES: tuple[Rule, ...] = (
    date_only_lines, metadata_lines, captions, image_captions, promotions, furniture_lines,
    link_only_blocks, wire_credits, bylines, markdown_syntax, shouted_blocks, datelines,
)
