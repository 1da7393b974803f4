"""The TOML and Markdown writers' fast paths give exactly the bytes of the slow ones."""
from __future__ import annotations

import tomli_w
import tomli_w._writer as tomli_writer
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.export import toml
from briefs.export.json import brief_dict
from briefs.model import Article, Brief, Conflict, Curation, Evidence, Goal, Person, Quote

_PIECES = ['"', "\\", "\r", "\n", "\r\n", "\t", "\x00", "\x08", "\x0c", "\x1b", "\x7f", "\x85",
           "\u2028", "\u202e", "\ud800", "a", " ", "'", "\u00e9", "'''", '"""']
_ODD = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_TEXT = st.one_of(st.text(), _ODD)


@settings(max_examples=500)
@given(_TEXT, st.booleans())
def test_format_string_is_tomli_ws(text, multiline):
    assert toml.format_string(text, allow_multiline=multiline) == \
        tomli_writer.format_string(text, allow_multiline=multiline)


def test_tomli_w_itself_is_left_alone():
    assert toml._WRITER is not None and toml._WRITER is not tomli_writer
    assert tomli_writer.format_string is not toml.format_string


def _old_dumps(brief: Brief) -> str:  # the writer before streaming: tomli_w on the whole brief
    data = toml.without_none(brief_dict(brief))
    body = tomli_w.dumps(data, multiline_strings=not toml._has_carriage_return(data))
    return f"{toml.escape_invisible(body)}\n{toml.END_LINE}\n"


def _brief(texts: list[str], title: str | None, notes: list[str]) -> Brief:
    articles = [Article(f"a{n}", f"p{n}.txt", t, title=t[:5] or None) for n, t in enumerate(texts)]
    ev = [Evidence(a.id, a.text[:40], 0, min(3, len(a.text))) for a in articles]
    brief = Brief(articles=articles, title=title,
                  people=[Person(t[:20], aliases=[t[:3]], evidence=ev[:1]) for t in texts[:2]],
                  goals=[Goal(t, evidence=ev, conflicts=[Conflict("deadline", t[:4], ["a0"])])
                         for t in texts[:1]],
                  quotes=[Quote(t, speaker=None) for t in texts[1:3]])
    for n, note in enumerate(notes):
        brief.curation[f"goa-{n}"] = Curation(kept=bool(n % 2), note=note)
    return brief


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, max_size=4), st.one_of(st.none(), _TEXT), st.lists(_TEXT, max_size=2))
def test_the_brief_file_is_tomli_ws(texts, title, notes):
    brief = _brief(texts, title, notes)
    assert toml.dumps_brief(brief) == _old_dumps(brief)


def test_the_brief_file_without_the_private_writer(monkeypatch):
    brief = _brief(["Long text\nwith lines " * 9, "short"], "T", ["n"])
    expected = toml.dumps_brief(brief)
    monkeypatch.setattr(toml, "_WRITER", None)
    assert toml.dumps_brief(brief) == expected == _old_dumps(brief)


def _old_inline(text: str | None) -> str:  # markdown.inline before its translation tables
    from briefs.export import markdown as md
    text = md._CONTROL.sub("", text or "")
    text = " ".join(text.split())
    text = md._SPECIAL.sub(r"\\\1", text)
    text = md._ENTITY.sub(r"\\&", text)
    text = md._LEAD_MARK.sub(r"\\\1", text)
    return md._LEAD_NUMBER.sub(r"\1\\\2", text)


_MD_PIECES = [*_PIECES, "*", "_", "`", "[", "]", "<", ">", "#", "|", "~", "&", "&amp;", "&#1;", "-",
              "+", "=", "1", "12.", "3)", "\u0663", "\u00b2", "\u200b", "\x9b", "\x84", "\x86"]


@settings(max_examples=500)
@given(st.one_of(st.text(), st.lists(st.sampled_from(_MD_PIECES), max_size=12).map("".join)))
def test_markdown_inline_is_as_before(text):
    from briefs.export.markdown import inline
    assert inline(text) == _old_inline(text)
