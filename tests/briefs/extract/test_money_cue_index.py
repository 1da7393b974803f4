"""Money cues are looked up by their first word (memoised): the lookup must find what testing every cue finds."""
from __future__ import annotations

from briefs.extract import money


def _every_cue_at(tokens, i):
    found = [c for cues in money._cues().values() for c in cues
             if i + len(c.words) <= len(tokens)
             and all(money._fits(w, t.lower) for w, t in zip(c.words, tokens[i:i + len(c.words)]))]
    longest = max((len(c.words) for c in found), default=0)
    return {c for c in found if len(c.words) == longest}


def test_cue_lookup_finds_what_a_full_test_finds():
    text = ("The foundation awarded a research grant and funding worth $2m to the university; the sale "
            "price, the purchase price and a bonus payment of $5 per share were paid by investors.")
    tokens = money._tokens(text, 0, len(text))
    seen = 0
    for i in range(len(tokens)):
        assert set(money._cues_at(tokens, i)) == _every_cue_at(tokens, i)
        seen += bool(money._cues_at(tokens, i))
    assert seen >= 3


def test_a_wildcard_cue_word_fits_longer_words():
    assert money._fits("fund*", "funding")
    assert not money._fits("fund", "funding")
    assert money._fits("fund", "fund")


def test_digit_runs_found_alike_in_ascii_and_unicode_text():
    for text in ("Paid $1,200 in 2024 and 35m more", "x9 99 a1b22c333", "", "7"):
        assert text.isascii()
        assert [m.start() for m in money._ASCII_DIGITS.finditer(text)] == [m.start() for m in money._DIGITS.finditer(text)]
    # a digit of another script is a digit only to \d: text that is not ASCII is scanned with it
    assert list(money._DIGITS.finditer("\u0661\u0662 and 5")) and not list(money._ASCII_DIGITS.finditer("\u0661\u0662"))
