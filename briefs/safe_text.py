"""Make untrusted article text safe to show in a terminal or paste into a document.

Article text is data. An article may carry terminal escape sequences, C1 controls, bidirectional
overrides that reorder what the reader sees, or zero-width characters that hide words. Each such
character becomes ONE visible stand-in, so the result has the same length as the input and every
offset into Article.text (Evidence.start/end) still points at the same words.
"""
from __future__ import annotations

import re

# Characters kept as they are: layout that terminals and documents handle harmlessly.
_KEEP = frozenset("\n\t")

# Bidirectional embeddings, overrides and isolates, and the invisible direction marks.
_BIDI = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# Zero-width and invisible formatting characters that can hide or split words.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e")

ESCAPE_STAND_IN = "\u241b"  # ␛
C1_STAND_IN = "\u2426"  # ␦ (a control that older terminals also read as an escape)
BIDI_STAND_IN = "\u2194"  # ↔
INVISIBLE_STAND_IN = "\u2423"  # ␣
SURROGATE_STAND_IN = "\ufffd"  # �


def _stand_in(char: str) -> str | None:
    """The visible replacement for one character, or None when it is safe as it is."""
    code = ord(char)
    if char in _KEEP:
        return None
    if code == 0x1B:
        return ESCAPE_STAND_IN
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␀ ␇ ␍ ...
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code <= 0x9F:
        return C1_STAND_IN
    if char in _BIDI:
        return BIDI_STAND_IN
    if char in _INVISIBLE:
        return INVISIBLE_STAND_IN
    if 0xD800 <= code <= 0xDFFF:
        return SURROGATE_STAND_IN
    return None


_TABLE: dict[int, str] = {}
for _code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
    _replacement = _stand_in(chr(_code))
    if _replacement is not None:
        _TABLE[_code] = _replacement
for _char in _BIDI | _INVISIBLE:
    _TABLE[ord(_char)] = _stand_in(_char) or _char
del _code, _replacement, _char

# Public: exporters drop or escape the same characters the dashboard makes visible.
BIDI_CONTROLS = _BIDI
INVISIBLE = _INVISIBLE

# Written as \uXXXX in JSON and TOML files: the file still holds the exact text, and printing it
# (`brief extract` to a terminal) shows the escape instead of obeying a C1 control or a bidi override.
_SOURCE_ESCAPED = re.compile("[\x7f-\x9f\u2028\u2029" + "".join(sorted(_BIDI | _INVISIBLE)) + "]")


def escape_invisible(source: str) -> str:
    """JSON or TOML text with DEL, C1, bidi, invisible and line-separator characters as \\uXXXX.

    Only for JSON and TOML output, where such characters can only stand inside strings and both
    formats read the escape back as the same character.
    """
    return _SOURCE_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", source)


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def safe_text(text: str | None) -> str:
    """`text` with every control, escape, bidi and invisible character made visible.

    Length-preserving: offsets into the original text are valid in the result.
    """
    if not text:
        return ""
    cleaned = text.translate(_TABLE)
    if _has_surrogates(cleaned):
        cleaned = "".join(SURROGATE_STAND_IN if 0xD800 <= ord(c) <= 0xDFFF else c for c in cleaned)
    return cleaned


def safe_line(text: str | None) -> str:
    """`safe_text` for a single-line field (a table cell): newlines and tabs become spaces."""
    return safe_text(text).replace("\n", " ").replace("\t", " ")


def is_safe(text: str) -> bool:
    """True when `text` would be shown unchanged."""
    return safe_text(text) == text
