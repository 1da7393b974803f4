"""Direct quotes with their speakers.

The quotation spans come from the text layer; finding them is the easy half, and this module mends
and filters them (scare quotes, titles of works, headlines, front matter are not quotes). Who said
each quotation is attribution.py's job.
"""
from __future__ import annotations

import re

from briefs.extract.attribution import MIN_WORDS, VERBS, Candidate, attribute, paragraph_of, word_list
from briefs.extract.names import Names
from briefs.model import Quote
from briefs.text import QuoteSpan, find_quotes, ParsedArticle

FRAGMENT_WORDS = 4  # a partial quote this short needs its own attribution, else it is a scare quote
HEADLINE_WORDS = 20
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|our|Our|us|my|My)\b")
SCARE_CUES = re.compile(r"(?i)(?:so[- ]called|known as|nicknamed|entitled|titled|codenamed|dubbed the|named)\s*$")
META_LINE = re.compile(r"(?m)^[ \t]*[a-z_][\w-]*:[ \t]*$")  # `title: "..."`: a front-matter field
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
_LETTER = re.compile(r"[A-Za-z]")
_HANDOVER = re.compile(r"(\w+)?\s*([:,])?\s*$")  # the last word before a quotation, and a colon or comma

INTRODUCERS = frozenset({"as", "that", "of"})  # "described as", "warned that", "talk of"
OPEN_MARKS = "\"\u201c\u201e\u00ab'\u2018"
DOUBLE_OPEN = "\"\u201c\u201e\u00ab"
CLOSE_MARKS = "\"\u201d\u00bb"


# ---------------------------------------------------------------- entry point


def extract_quotes(parsed: ParsedArticle, names: Names) -> list[Quote]:
    items = _candidates(parsed)
    attribute(parsed, names, items)
    out = []
    for item in items:
        if not _keep(parsed, item):
            continue
        text = " ".join(_clean(parsed.text[a:b]) for a, b in item.parts)
        out.append(Quote(text=text, speaker=item.speaker.name, evidence=[parsed.evidence(item.start, item.end)]))
    return out


def _clean(text: str) -> str:
    """The words as written; only line breaks inside a quotation become single spaces."""
    return _LINE_BREAK.sub(" ", text).strip()


# ---------------------------------------------------------------- candidate spans


def _spans(parsed: ParsedArticle) -> list[QuoteSpan]:
    """The text layer's spans, mended for escaped marks and for paragraphs run together."""
    out: list[QuoteSpan] = []
    by_paragraph: dict[int, list[QuoteSpan]] = {}
    for q in parsed.quotes:
        by_paragraph.setdefault(q.paragraph, []).append(q)
    for index, (start, end) in enumerate(parsed.paragraphs):
        mine = by_paragraph.get(index, [])
        if "\\\"" in parsed.text[start:end]:
            # `\"` is an escaping artefact: read it as a plain mark (same length, offsets kept).
            mine = find_quotes(parsed.text.replace("\\\"", " \""), start, end, index)
        opened = _open_single_paragraph(parsed.text, start, end, index, mine)
        if opened is not None:  # marks inside a quotation left open are quotes within it
            out.append(opened)
            continue
        for q in mine:
            if not q.nested:
                out.extend(_split_reopened(parsed.text, q))
    return out


def _open_single_paragraph(text: str, start: int, end: int, index: int,
                           spans: list[QuoteSpan]) -> QuoteSpan | None:
    """A paragraph opening with a single mark that it never closes: a speech running over several
    paragraphs, each opening with a mark and only the last one closing it (a press-release
    convention). The text layer keeps only closed single-quoted spans."""
    body = text[start:end]
    lead = len(body) - len(body.lstrip())
    at = start + lead
    if text[at:at + 1] not in ("\u2018", "'") or not text[at + 1:at + 2].isupper():
        return None
    if any(q.start <= at + 1 < q.end or q.start == at + 1 for q in spans):
        return None
    stop = end
    while stop > at and text[stop - 1].isspace():
        stop -= 1
    if len(word_list(text[at + 1:stop])) < MIN_WORDS or text[stop - 1:stop] not in ".!?:;,\u2026":
        return None
    return QuoteSpan(at + 1, stop, index, False, closed=False)


_REOPEN = re.compile(r"([.!?\u2026])(\s+)[\"\u201c](?=\S)")
# `“A, Ruiz says, “B”`: a closing mark left out before an attribution set between commas.
_REOPEN_ATTRIBUTED = re.compile(r"(,)\s+([^\u201c\u201d\",.]{2,60}),\s+\u201c(?=\S)")


def _split_reopened(text: str, q: QuoteSpan) -> list[QuoteSpan]:
    """`"A. "B."`: an opening mark after a full stop inside one span starts a new quotation (two
    paragraphs of one speech printed as one). `“A, X says, “B”`: an opening mark after a
    reporting clause between commas does too, and the clause is no part of either."""
    if not q.double:
        return [q]
    out, begin = [], q.start
    for m in _REOPEN.finditer(text, q.start, q.end):
        out.append(QuoteSpan(begin, m.end(1), q.paragraph, True, closed=False))
        begin = m.end()
    for m in _REOPEN_ATTRIBUTED.finditer(text, begin, q.end):
        if any(w.lower() in VERBS for w in word_list(m.group(2))):
            out.append(QuoteSpan(begin, m.end(1), q.paragraph, True, closed=True))
            begin = m.end()
    out.append(QuoteSpan(begin, q.end, q.paragraph, True, closed=q.closed))
    return out


def _candidates(parsed: ParsedArticle) -> list[Candidate]:
    items: list[Candidate] = []
    for q in _spans(parsed):
        prev = items[-1] if items else None
        continues = bool(prev and not prev.closed and q.paragraph == prev.paragraph + 1
                         and _opens_paragraph(parsed, q))
        if prev and not prev.closed and q.paragraph > prev.paragraph + 1:
            _mend_missing_open(parsed, prev, q.paragraph)
            continues = prev.paragraph == q.paragraph - 1 and not prev.closed and _opens_paragraph(parsed, q)
        items.append(Candidate([(q.start, q.end)], q.paragraph, q.closed, continues))
    if items and not items[-1].closed:
        _mend_missing_open(parsed, items[-1], len(parsed.paragraphs))
    return items


def _opens_paragraph(parsed: ParsedArticle, q: QuoteSpan) -> bool:
    start = parsed.paragraphs[q.paragraph][0]
    return q.start - 1 <= start or not parsed.text[start:q.start - 1].strip(OPEN_MARKS + "\\ ")


def _mend_missing_open(parsed: ParsedArticle, item: Candidate, before: int) -> None:
    """A quotation left open whose next paragraph lacks its opening mark: that paragraph is part of
    the same quotation if it closes a mark, or speaks in the first person and the paragraph after it
    opens with a mark."""
    index = item.paragraph + 1
    if index >= min(before, len(parsed.paragraphs)):
        return
    start, end = parsed.paragraphs[index]
    body = parsed.text[start:end]
    if body[:1] in OPEN_MARKS:
        return
    close = next((i for i, c in enumerate(body) if c in CLOSE_MARKS
                  and (i + 1 == len(body) or not body[i + 1].isalnum())), None)
    if close is not None and not any(c in DOUBLE_OPEN and c != '"' for c in body[:close]):
        item.parts.append((start, start + close))
        item.paragraph, item.closed = index, True
        return
    following = parsed.paragraphs[index + 1] if index + 1 < len(parsed.paragraphs) else None
    if (not any(c in CLOSE_MARKS + DOUBLE_OPEN for c in body) and FIRST_PERSON.search(body)
            and following and parsed.text[following[0]:following[0] + 1] in OPEN_MARKS):
        item.parts.append((start, end))
        item.paragraph = index


# ---------------------------------------------------------------- what is not a quote



def _keep(parsed: ParsedArticle, item: Candidate) -> bool:
    text = " ".join(parsed.text[a:b] for a, b in item.parts)
    words = word_list(text)
    if len(words) < MIN_WORDS or not _LETTER.search(text):
        return False
    para_start, para_end = parsed.paragraphs[item.paragraph if len(item.parts) == 1 else
                                             paragraph_of(parsed, item.start)]
    line_start = parsed.text.rfind("\n", 0, item.start) + 1
    if META_LINE.match(parsed.text[line_start:item.start - 1] if item.start else ""):
        return False
    if _is_headline(parsed.text[para_start:para_end]) and not _is_full_sentence(text):
        return False
    if _is_scare_quote(parsed, item, text, words):
        return False
    if item.grammatical:
        return True
    if len(words) <= FRAGMENT_WORDS and not _is_full_sentence(text):
        return False
    if SCARE_CUES.search(parsed.text[max(para_start, item.start - 30):max(para_start, item.start - 1)]):
        return False
    return not _is_title_like(words)



def _is_scare_quote(parsed: ParsedArticle, item: Candidate, text: str, words: list[str]) -> bool:
    """A few words in single marks inside a sentence ('on the move') flag a phrase, not speech,
    even in a sentence of reported speech; a fragment that ends its clause ('..., ' he said) speaks."""
    single = item.start > 0 and parsed.text[item.start - 1] in "'\u2018"
    return single and len(words) <= FRAGMENT_WORDS and not _is_full_sentence(text) \
        and text.rstrip()[-1:] not in ",?!" and not _introduced(parsed.text[max(0, item.start - 41):item.start - 1])


def _introduced(before: str) -> bool:
    """The words just before a quotation hand over to it: `described it as '...'`, `said: '...'`."""
    m = _HANDOVER.search(before[-40:])
    return bool(m and (m.group(2) or m.group(1) and (m.group(1).lower() in INTRODUCERS
                                                      or m.group(1).lower() in VERBS)))


def _is_headline(paragraph: str) -> bool:
    body = paragraph.rstrip().rstrip(CLOSE_MARKS + "'\u2019)")
    return bool(body) and body[-1] not in ".!?:;,\u2026" and len(word_list(body)) <= HEADLINE_WORDS \
        and "\n" not in paragraph.strip()


def _is_full_sentence(text: str) -> bool:
    text = text.strip()
    return text[:1].isupper() and text.rstrip(",")[-1:] in ".!?"


def _is_title_like(words: list[str]) -> bool:
    """Names, titles of works and slogans: every longer word capitalised."""
    long_words = [w for w in words if len(w) > 3 and w.isalpha()]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)
