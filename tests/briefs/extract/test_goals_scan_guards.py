"""Goals skip slow ignore-case patterns in text without their needles: the skip must never hide a match."""
from __future__ import annotations

import re

import pytest

from briefs.extract import goals
from briefs.extract.lexicon import words
from briefs.text import CASE_TRAPS, may_hold

_TEXTS = [
    "The company will open a plant next year, analysts said.",
    "ANALYSTS EXPECT THE BANK WILL CUT RATES IF INFLATION FALLS.",
    "It Is Thought the council will build 300 homes, perhaps by 2027.",
    "The firm will hire 50 staff, according to most economists at the bank.",
    "\u0130f the deal closes, the firm will expand.",  # dotted capital I: matches "if" ignoring case
    "Investors \u017feem to think the firm will grow.",  # long s
    "Ma\u212aket observers say the firm will grow.",  # Kelvin sign as k
    "The mayor will open the bridge in May.",
    "",
]


@pytest.mark.parametrize("name", ["non_goal_frames.txt", "non_goal_subjects.txt"])
def test_every_entry_holds_a_needle(name):
    needles = goals._needles(name)
    assert all(n.isascii() and n == n.lower() for n in needles)
    for entry in words(name):
        assert any(n in entry for n in needles), entry


@pytest.mark.parametrize("text", _TEXTS)
def test_frames_found_as_by_a_full_scan(text):
    full = [m.span() for m in goals._frame_pattern("non_goal_frames.txt").finditer(text, 0, len(text))]
    assert [m.span() for m in goals._frames_in(text, 0, len(text))] == full


def test_every_frame_entry_found_in_any_case():
    for entry in words("non_goal_frames.txt"):
        for text in (f"So {entry} now.", f"So {entry.upper()} now.", f"So {entry.title()} now."):
            assert goals._frames_in(text, 0, len(text)), text


@pytest.mark.parametrize("text", _TEXTS)
def test_third_party_as_by_a_full_scan(text):
    masked = goals._INSERTION.sub(lambda m: " " * len(m.group()), text)
    assert goals._third_party(text) == bool(goals._third_party_pattern().search(masked))


def test_may_hold():
    assert may_hold("Analysts said", ("analyst",))
    assert not may_hold("The firm said", ("analyst",))
    for trap in CASE_TRAPS:  # letters that ignore-case matching pairs with ASCII ones
        assert may_hold(f"x{trap}x", ("analyst",))
    for trap in CASE_TRAPS:  # ... which is why they defeat the substring test
        assert any(re.search(c, trap, re.I) for c in "iskIKS")


_CUE_TEXTS = [
    "The firm will open and shall hire; it is to build, they are to go, I am to stay, to help fund it.",
    "Sawill x, marshall y, this to do, Otto went, photo to print, his is to, tram to go, gram to see",
    "will win. shall see. to be. is to act",
    "_will go, 9shall go, xis to go, are to go",
    "Will go. SHALL go. Is to go. To go.",
]


@pytest.mark.parametrize("kind,old", [
    ("will", r"\b(?:will|shall)\b(?!\s+not\s+be\s+able)"),
    ("isto", r"\b(?:is|are|am)\s+to\s+(?=[\"'\u201c\u2018]?[a-z])"),
    ("purpose", r"\bto\s+(?:help\s+)?(?=[a-z])"),
])
def test_cues_written_to_start_with_their_word_match_as_with_a_boundary(kind, old):
    new = next(p for k, p, _ in goals._patterns() if k == kind)
    old = re.compile(old)
    for text in _CUE_TEXTS:
        for pos in range(len(text)):  # a search from mid-word still sees the letter before
            assert [m.span() for m in new.finditer(text, pos)] == [m.span() for m in old.finditer(text, pos)]
            assert [m.span() for m in new.finditer(text, 0, pos)] == [m.span() for m in old.finditer(text, 0, pos)]


def test_word_at_start_refuses_an_alternative_ending_another():
    with pytest.raises(ValueError):
        goals._word_at_start("is", "this")


def test_sentence_index_is_list_index():
    from briefs.model import Article
    from briefs.text import parse
    parsed = parse(Article(id="a", path="a.txt", text="One here. Two there.\n\nThree now. Four later."))
    assert len(parsed.sentences) == 4
    for i, sentence in enumerate(parsed.sentences):
        assert parsed.sentence_index(sentence) == i == parsed.sentences.index(sentence)
    parsed._starts = []  # built by hand, without parse(): still found
    assert parsed.sentence_index(parsed.sentences[2]) == 2


_OLD_TAIL = re.compile(
    r"\s*;|\s+but\s|,\s+(?:while|whereas|although|though)\s"
    r"|,\s+(?:and\s+)?(?:aiming|planning|hoping|seeking|intending|looking|expecting)\s+to\b"
    r"|,\s+with\s+(?:a|an)\s+(?:\w+\s+){0,3}(?:figure|target|goal|aim)\b"
    r"|,\s+(?:[^,;:]{0,70}?\s)?(?:has\s+|have\s+|had\s+)?(?:said|says|say|announced|reported|reports|added|told|stated|confirmed|according\s+to)\b"
    r"|\s+(?:--|\u2014|\u2013)\s"
    r"|(?P<coord>,?\s+and\s+(?=(?:also\s+)?(?:will|plans?\s+to|aims?\s+to|intends?\s+to|hopes?\s+to|wants?\s+to)\b))"
    r"|,?\s+as\s+(?:the|its|a|an|their|his|her)\s+(?:[\w-]+\s+){0,4}?(?:seeks|aims|tries|looks|plans|prepares|"
    r"strives|works|moves|bids|struggles)\s+to\b")
_TAIL_TEXTS = [
    "It will build a plant ; and  but then, while others wait, aiming to grow, with a target of 5",
    "It will hire 50 staff,  planning to expand , and also planning to grow, the firm said on Monday",
    "The bank will cut costs and will sell units, as the group seeks to lift profit -- or \u2014 not",
    "It aims to win,as its rival tries to,  and  aims to sell;;; according to the chief  has said",
    "It will, according to Reuters, open; and wants to hire, as their new owner plans to, and will",
    "x,\tand\nwill go \u00a0as the firm looks to cut, with an ambitious sales target, he added.",
]


@pytest.mark.parametrize("text", _TAIL_TEXTS)
def test_clause_tail_found_as_before(text):
    for start in range(len(text)):
        for end in (len(text), len(text) - 7, start + 12):
            new, old = goals._TAIL.search(text, start, end), _OLD_TAIL.search(text, start, end)
            assert (new and (new.span(), bool(new.group("coord")))) == (old and (old.span(), bool(old.group("coord"))))
