"""briefs.safe_text: article text shown literally and harmlessly, offsets unchanged."""
from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from briefs.safe_text import ESCAPE_STAND_IN, is_safe, safe_line, safe_text


def test_escape_sequences_become_visible():
    assert safe_text("red\x1b[31mtext") == f"red{ESCAPE_STAND_IN}[31mtext"
    assert safe_text("title\x1b]0;pwned\x07") == f"title{ESCAPE_STAND_IN}]0;pwned\u2407"


def test_c1_controls_bidi_and_zero_width_are_replaced():
    assert "\x9b" not in safe_text("a\x9b31mb")
    assert safe_text("abc\u202edcba") == "abc\u2194dcba"  # right-to-left override
    assert safe_text("pass\u200bword") == "pass\u2423word"
    assert safe_text("\ufeffhello") == "\u2423hello"


def test_ordinary_text_newlines_and_tabs_are_kept():
    text = "Zhang Lei said: \u201cWe [nurture] talent\u201d \u2014 \u00a330m (\u00a54.2m)\n\tnext"
    assert safe_text(text) == text
    assert is_safe(text)


def test_markup_is_not_touched_here_because_it_is_never_parsed():
    assert safe_text("[bold]x[/bold]") == "[bold]x[/bold]"


def test_safe_line_flattens_newlines():
    assert safe_line("two\nlines\tand tab") == "two lines and tab"


def test_lone_surrogates_are_replaced():
    assert safe_text("a\udc80b") == "a\ufffdb"


@given(st.text())
def test_length_is_preserved_and_output_is_printable(text):
    cleaned = safe_text(text)
    assert len(cleaned) == len(text)
    for char in cleaned:
        if char in "\n\t":
            continue
        category = unicodedata.category(char)
        assert category not in ("Cc", "Cs"), repr(char)
        assert char not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200e\u200f"
    assert safe_text(cleaned) == cleaned  # idempotent
