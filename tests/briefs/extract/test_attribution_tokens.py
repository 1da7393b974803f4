"""Attribution tokenises each article once and slices windows from it; these check the slices and
the article's own tokens (rebuilt from the masked ones) against tokenising each text afresh."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.extract import attribution
from briefs.extract.attribution import QUOTE_SENTINEL, Candidate, _Context, _State, _TOKEN
from briefs.extract.names import Names
from briefs.model import Article
from briefs.text import parse

# Word characters, the marks a word may run on with, quotation marks, spaces and line breaks.
TEXT = st.text(alphabet="ab A9-'\u2019\"\u201c\u201d.,\n \t\r\u2028\u00e9", max_size=60)


def context(text: str, parts: list[tuple[int, int]]) -> _Context:
    items = [Candidate([(a, b)], 0, True) for a, b in sorted(parts)]
    return _Context(parse(Article(id="a", path="a.txt", text=text)), Names(), items, _State())


def fresh(text: str, offset: int = 0) -> list[tuple]:
    """Tokens as attribution read them before it sliced windows: one regex pass per text."""
    return [(m.group(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]


def window(ctx: _Context, start: int, end: int) -> list[tuple]:
    """The window text[start:end] tokenised on its own, every quotation masked."""
    size = len(ctx.parsed.text)
    if not 0 <= start < end <= size:
        return fresh(ctx._mask(start, end), start)
    text = ctx._mask(0, size)[start:end]
    if any(a - 1 <= start < b + 1 for item in ctx.items for a, b in item.parts):
        text = QUOTE_SENTINEL + text[1:]
    return fresh(text, start)


def fields(toks) -> list[tuple]:
    for t in toks:  # the derived fields agree with the token's text
        assert (t.low, t.bare, t.cap, t.word, t.cue) == attribution._shape(t.text)
    return [(t.text, t.start, t.end) for t in toks]


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=4)


@settings(max_examples=400, deadline=None)
@given(TEXT, spans)
def test_article_tokens_rebuilt_from_masked_ones_equal_a_fresh_pass(text, raw):
    parts = [(a, min(len(text), a + n)) for a, n in raw if a < len(text)]
    ctx = context(text, parts)
    assert fields(ctx._plain_tokens()) == fresh(text)


@settings(max_examples=400, deadline=None)
@given(TEXT, spans, st.integers(0, 60), st.integers(0, 60))
def test_window_slices_equal_tokenising_the_window(text, raw, start, length):
    parts = [(a, min(len(text), a + n)) for a, n in raw if a < len(text)]
    ctx = context(text, parts)
    start = min(start, len(text))  # windows never run past the article
    end = min(start + length, len(text))
    assert fields(ctx._tokens(start, end)) == window(ctx, start, end)


def test_word_running_into_a_quotation_is_one_token_in_the_article():
    text = "Acme's chief said x'It works fine'd and more"
    ctx = context(text, [(text.index("It"), text.index("'d"))])
    assert fields(ctx._plain_tokens()) == fresh(text)
    assert ("x", 18, 19) in fields(ctx._tokens(0, len(text)))  # masked: the word stops at the mark
    assert ("x'It", 18, 22) in fields(ctx._plain_tokens())


OLD_MID_SENTENCE_CAPITAL = r"(?:[a-z,;]|\b(?:of|and))[ \t]+([A-Z][\w'\u2019\-]*)"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["of", "and", "Of", "Ann", "Lee's", "x", ",", ";", " ", "\t", "\n", "-", "B"]),
                max_size=30))
def test_mid_sentence_capitals_same_as_the_spelled_out_pattern(pieces):
    text = "".join(pieces)
    assert attribution._MID_SENTENCE_CAPITAL.findall(text) == re.findall(OLD_MID_SENTENCE_CAPITAL, text)


def test_cue_words_are_reporting_verbs_phrasal_verbs_and_according():
    assert attribution._shape("said")[4] and attribution._shape("According")[4]
    assert all(attribution._shape(verb)[4] for verb, _ in attribution.PHRASAL)
    assert not attribution._shape("budget")[4]
