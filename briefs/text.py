"""Paragraphs, sentences and quotation spans, all as character offsets into Article.text.

Extraction reads `ParsedArticle.text`: the article's text with every boilerplate character replaced
by a space, so offsets into it are offsets into the article and nothing is deleted.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from briefs.model import Article, Evidence

# Tokens that end in a full stop without ending the sentence when a capitalised word follows.
ABBREVIATIONS = frozenset("""
mr mrs ms mx dr prof sr jr st mt ft gen col lt sgt capt cmdr adm maj gov sen rep rev rt hon pres supt
fr cllr brig
insp det cpl pte messrs mme mlle mssrs esq no nos vol vols fig figs pp p para art ch sec vs v etc
al approx est dept univ assn bros inc corp co ltd plc llc jan feb mar apr jun jul aug sep sept oct
nov dec mon tue tues wed thu thur thurs fri sat sun e.g i.e cf ca c a.m p.m
""".split())
# Words that plainly open a new sentence after a dotted acronym ("in the U.S. The ...").
SENTENCE_OPENERS = frozenset("""
the a an he she it they we i you this that these those there his her its their our but and so yet
however meanwhile in on at for after before when while if although as by with from mr mrs ms dr
""".split())

OPEN_DOUBLE = "\u201c\u201e\u00ab"
CLOSE_DOUBLE = "\u201d\u00bb"
OPEN_SINGLE = "\u2018\u201a"
CLOSE_SINGLE = "\u2019"
_DOUBLES = OPEN_DOUBLE + CLOSE_DOUBLE + '"'
_MARKS = re.compile("[" + re.escape(_DOUBLES + OPEN_SINGLE + CLOSE_SINGLE + "'") + "]")
CLOSERS_AFTER_STOP = "\"'\u201d\u2019)]\u00bb"


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index into ParsedArticle.paragraphs


@dataclass(slots=True, frozen=True)
class QuoteSpan:
    """The words between quotation marks (marks excluded)."""

    start: int
    end: int
    paragraph: int
    double: bool  # double marks; single-quoted spans are only kept at the top level or nested
    nested: bool = False  # a single-quoted span inside a double-quoted one
    closed: bool = True  # False when the paragraph ends before the closing mark (the quote runs on)
    opened: bool = True  # False when the span is a continuation with no opening mark


@dataclass(slots=True)
class ParsedArticle:
    article: Article
    text: str  # Article.text with boilerplate masked by spaces
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[QuoteSpan] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _texts: dict[int, str] = field(default_factory=dict)  # sentence start -> normalised text
    _words: dict[int, frozenset[str]] = field(default_factory=dict)  # sentence start -> its words

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return self.sentences[i]
        return None

    def sentence_index(self, sentence: Sentence) -> int:
        """`sentences.index(sentence)` found by its start, not by comparing it with every sentence
        before it (a dataclass comparison each)."""
        i = bisect_right(self._starts, sentence.start) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i] == sentence:
            return i
        return self.sentences.index(sentence)

    def sentence_text(self, sentence: Sentence) -> str:
        text = self._texts.get(sentence.start)
        if text is None:  # every item in a long sentence asks for it: normalise once
            text = self._texts[sentence.start] = " ".join(self.text[sentence.start:sentence.end].split())
        return text

    def sentence_words(self, sentence: Sentence) -> frozenset[str]:
        """The sentence's `words` (read once, then kept: several extractors ask for them)."""
        found = self._words.get(sentence.start)
        if found is None:
            found = self._words[sentence.start] = words(self.text, sentence.start, sentence.end)
        return found

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the words at [start, end): the article and every sentence they touch
        (a quotation of three sentences cites all three)."""
        first = bisect_right(self._starts, start) - 1
        last = bisect_right(self._starts, max(start, end - 1)) - 1
        if first < 0 or self.sentence_at(start) is None:
            return Evidence(self.article.id, " ".join(self.text[start:end].split()), start, end)
        text = " ".join(self.sentence_text(s) for s in self.sentences[first:last + 1])
        return Evidence(self.article.id, text, start, end)

    def quotes_in(self, start: int, end: int) -> list[QuoteSpan]:
        return [q for q in self.quotes if q.start < end and q.end > start]


_WORD = re.compile(r"\w+|[^\w\s]")


def words(text: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """The lower-case words of text[start:end] (runs of letters, digits and "_") and its other
    characters but white space, one by one: "They're £12m short." gives they, re, £, 12m, short, '
    and the full stop. A pattern whose every match holds a word of a `Triggers` group can skip
    text without one: what a pattern needs is tested with one set look-up, not a scan."""
    return frozenset(map(str.lower, _WORD.findall(text, start, len(text) if end is None else end)))


# Letters that case-insensitive matching pairs with ASCII letters although str.lower() keeps them
# apart (dotless i, long s, Kelvin sign) or turns them into two characters (dotted capital I).
CASE_TRAPS = "\u0131\u0130\u017f\u212a"


def may_hold(span: str, needles: tuple[str, ...]) -> bool:
    """Whether `span` may hold a match of a case-insensitive pattern whose every match holds one of
    `needles` (lower-case ASCII): a few substring tests instead of trying the pattern at every
    character. Text with a letter of CASE_TRAPS always may."""
    return _needle_pattern(needles).search(span.lower()) is not None \
        or not span.isascii() and any(c in span for c in CASE_TRAPS)


@cache
def _needle_pattern(needles: tuple[str, ...]) -> re.Pattern:
    # literals only: the engine scans for their first letters, faster than a test per needle
    return re.compile("|".join(map(re.escape, needles)))


class Triggers:
    """Which of a list of patterns can match a text, from the text's `words`.

    Each pattern has a guard: groups of words, every match of the pattern holding a word of each
    group (an empty guard: always tried). A text lacking a word of one group is skipped. The
    first group of every guard is indexed by word, so a text with none of the trigger words costs
    one set intersection."""

    __slots__ = ("_always", "_by_word", "_rest")

    def __init__(self, guards: list[tuple[frozenset[str], ...]]) -> None:
        self._always = [i for i, guard in enumerate(guards) if not guard]
        self._by_word: dict[str, list[int]] = {}
        self._rest = [guard[1:] for guard in guards]
        for i, guard in enumerate(guards):
            for word in guard[0] if guard else ():
                self._by_word.setdefault(word, []).append(i)

    def admitted(self, found: frozenset[str]) -> list[int]:
        """The indexes, in order, of the patterns whose every guard group meets `found`."""
        hits = set(self._always)
        for word in found & self._by_word.keys():
            hits.update(self._by_word[word])
        out = []
        for i in sorted(hits):  # a loop, not all() over a generator: this runs for every sentence
            for group in self._rest[i]:
                if group.isdisjoint(found):
                    break
            else:
                out.append(i)
        return out


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace the characters of `spans` by spaces, keeping newlines so paragraphs stay apart."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\u00a0]*\n")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Blocks separated by blank lines, trimmed of surrounding white space; empty blocks dropped.
    A block that stops mid-sentence and one that goes on in lower case are one paragraph: a blank
    line that broke a sentence (OCR, copied PDFs) is layout, not structure."""
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    joined: list[tuple[int, int]] = []
    for a, b in (s for s in (trim(text, a, b) for a, b in spans) if s[0] < s[1]):
        if joined and _runs_on(text, joined[-1][1], a):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def _runs_on(text: str, end: int, start: int) -> bool:
    return text[end - 1].isalpha() and text[start].islower()


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_STOP = re.compile(r"[.!?\u2026]+")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end], robust to abbreviations, initials, decimals and money forms."""
    out = []
    begin = start
    for m in _STOP.finditer(text, start, end):
        stop = m.end()
        while stop < end and text[stop] in CLOSERS_AFTER_STOP:
            stop += 1
        if stop >= end or not text[stop].isspace():
            continue
        if not _breaks(text, m.start(), m.group(), stop, end):
            continue
        s = trim(text, begin, stop)
        if s[0] < s[1]:
            out.append(s)
        begin = stop
    s = trim(text, begin, end)
    if s[0] < s[1]:
        out.append(s)
    return out


def _next_word(text: str, pos: int, end: int) -> str:
    while pos < end and (text[pos].isspace() or text[pos] in "\"'\u201c\u2018(["):
        pos += 1
    m = re.match(r"[\w$£€¥\-]+", text[pos:min(end, pos + 40)])
    return m.group() if m else text[pos:pos + 1]


def _breaks(text: str, stop_at: int, marks: str, after: int, end: int) -> bool:
    """Whether the stop at `stop_at` ends a sentence, judged by the word before and the one after."""
    nxt = _next_word(text, after, end)
    if not nxt:
        return False
    if nxt[0].islower():
        return False
    if marks != ".":
        return True
    word_start = stop_at
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"'\u201c\u2018":
        word_start -= 1
    word = text[word_start:stop_at]
    bare = word.lower().rstrip(".")
    if bare in ABBREVIATIONS and not re.fullmatch(r"(?i)no", bare):
        return False
    if bare == "no" and nxt[:1].isdigit():
        return False
    if re.fullmatch(r"[A-Z]", word):  # an initial: "J. Smith"
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # dotted acronym: "U.S", "e.g"
        return nxt.lower() in SENTENCE_OPENERS
    return True


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/:;,\"'\u201c\u2018\\") and not after.isspace()


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def find_quotes(text: str, start: int, end: int, paragraph: int) -> list[QuoteSpan]:
    """Quotation spans of one paragraph: double marks (curly or straight, in any mix), and single
    marks at the top level or nested in a double quotation. Apostrophes are not marks."""
    spans: list[QuoteSpan] = []
    double_at: int | None = None
    single_at: int | None = None
    for mark in _MARKS.finditer(text, start, end):  # jump from mark to mark, not char by char
        i, c = mark.start(), mark.group()
        if c in _DOUBLES:
            if double_at is None:
                if c not in CLOSE_DOUBLE and _can_open(text, i) or c in OPEN_DOUBLE:
                    double_at, single_at = i + 1, None
            elif c not in OPEN_DOUBLE and _can_close(text, i):
                spans.append(QuoteSpan(double_at, i, paragraph, True))
                double_at = single_at = None
            elif _reopens(text, double_at, i):
                # Two quoted paragraphs printed as one: `...England. "More people ...`
                stop = trim(text, double_at, i)[1]
                spans.append(QuoteSpan(double_at, stop, paragraph, True, closed=False))
                double_at, single_at = i + 1, None
            continue
        if single_at is None:
            if (c in OPEN_SINGLE or c == "'") and _can_open(text, i) and _opens_single(text, i, end):
                single_at = i + 1
        elif c != "\u2018" and _can_close(text, i) and not _is_plural_possessive(text, i):
            spans.append(QuoteSpan(single_at, i, paragraph, False, nested=double_at is not None))
            single_at = None
    if double_at is not None:
        stop = trim(text, double_at, end)[1]
        if stop > double_at:
            spans.append(QuoteSpan(double_at, stop, paragraph, True, closed=False))
    return sorted(spans, key=lambda q: q.start)


def _reopens(text: str, opened_at: int, i: int) -> bool:
    """An opening mark inside an open quotation, right after a finished sentence."""
    if text[i] in CLOSE_DOUBLE or not _can_open(text, i) or _can_close(text, i):
        return False
    before = text[opened_at:i].rstrip()
    return i - len(before) - opened_at >= 1 and before[-1:] in ".!?"


def _opens_single(text: str, i: int, end: int) -> bool:
    """A single mark opens a quotation only if a closing single mark follows in the paragraph."""
    return any(text[j] in "'\u2019" and _can_close(text, j) for j in range(i + 2, end))


def _is_plural_possessive(text: str, i: int) -> bool:
    """`devices' screens`: an apostrophe after a plural s followed by a lower-case word."""
    return text[i - 1:i] == "s" and bool(re.match(r"\s+[a-z]", text[i + 1:i + 4]))


def parse(article: Article) -> ParsedArticle:
    text = mask(article.text, article.boilerplate)
    parsed = ParsedArticle(article=article, text=text)
    parsed.paragraphs = split_paragraphs(text)
    for index, (start, end) in enumerate(parsed.paragraphs):
        parsed.sentences.extend(Sentence(a, b, index) for a, b in split_sentences(text, start, end))
        parsed.quotes.extend(find_quotes(text, start, end, index))
    parsed._starts = [s.start for s in parsed.sentences]
    return parsed
