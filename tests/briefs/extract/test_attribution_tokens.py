"""Attribution tokenises each article once (as far as it needs) and slices windows from it, and
reads capitalised runs only around the words it looks up; these check both against reading each
text afresh."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
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
@given(TEXT, spans, st.integers(0, 60), st.integers(0, 60))
def test_window_slices_equal_tokenising_the_window(text, raw, start, length):
    parts = [(a, min(len(text), a + n)) for a, n in raw if a < len(text)]
    ctx = context(text, parts)
    start = min(start, len(text))  # windows never run past the article
    end = min(start + length, len(text))
    assert fields(ctx._tokens(start, end)) == window(ctx, start, end)


@settings(max_examples=300, deadline=None)
@given(TEXT, spans, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), min_size=1, max_size=5))
def test_windows_in_any_order_equal_tokenising_each_window(text, raw, windows):
    """The masked article is tokenised only as far as windows have reached, and further as later
    windows need: every window still reads as if tokenised on its own."""
    parts = [(a, min(len(text), a + n)) for a, n in raw if a < len(text)]
    ctx = context(text, parts)
    for start, length in windows:
        start = min(start, len(text))
        end = min(start + length, len(text))
        assert fields(ctx._tokens(start, end)) == window(ctx, start, end)


def test_word_running_into_a_quotation_is_cut_at_the_mark_in_a_window():
    text = "Acme's chief said x'It works fine'd and more"
    ctx = context(text, [(text.index("It"), text.index("'d"))])
    assert ("x", 18, 19) in fields(ctx._tokens(0, len(text)))


# Capitalised words, name particles, joiners, titles and the marks that end or continue a run,
# mostly one space apart as in running text.
WORDS = st.sampled_from(["Ann", "Lee", "Lee's", "van", "der", "Berg", "of", "Ministry", "Health", "Dr", "J.",
                         "Zia-ul", "Abd-al", "haq", "x", "said", "2", "Mr", "Sir", "for", "bin", "Éva", "état",
                         "ul", "-", "'", "(Ann", "Lee)", "\"Berg"])
SEPARATORS = st.sampled_from([" ", " ", " ", " ", "  ", "\n", ", ", ". ", "-", ""])
NAMES = st.lists(st.tuples(WORDS, SEPARATORS), max_size=20).map(lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=600, deadline=None)
@given(NAMES)
@example("Then Ann van der Berg said")
@example("Minister Zia-ul haq Rahimi said")
@example("Minister Zia-ul  haq Rahimi said")
@example("Minister Abd-al\nhaq Rahimi said")
@example("the Ministry of Health said")
@example("Ann van-Ann ")  # the word again inside a lower-case word: read once
def test_runs_read_around_a_word_equal_the_whole_article_runs_holding_it(text):
    """_full_name reads only the stretches of the article that hold a word: the runs ending or
    starting with it are the ones found by reading the whole article."""
    whole = context(text, [])._cap_runs()
    for word in {w for r in whole for w in r[2]} | {"Lee", "Berg"}:
        near = [r for r in context(text, [])._runs_with(word) if word in (r[2][0], r[2][-1])]
        assert near == [r for r in whole if word in (r[2][0], r[2][-1])]


def test_full_name_of_a_surname_is_the_nearest_full_name_before_it():
    text = "Ann Lee spoke. Then Bo Lee came, and (Ann Lee) left. Lee said so."
    ctx = context(text, [])
    assert ctx._full_name(["Lee"], text.index("Lee said")) == "Ann Lee"
    assert ctx._full_name(["Lee"], text.index("Bo Lee") + 3) == "Bo Lee"
    assert ctx._full_name(["Lee's"], 0) == "Ann Lee"  # none before: the first in the article


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


def test_shape_cache_stays_bounded_and_agrees_with_deriving_afresh(monkeypatch):
    monkeypatch.setattr(attribution, "SHAPES_KEPT", 3)
    monkeypatch.setattr(attribution, "_SHAPES", {})
    toks = attribution._tokenize("Ruiz's team said the plans, Dr. Lee's, were told so.")
    assert len(attribution._SHAPES) <= 3
    for t in toks:
        low = t.text.lower()
        bare = re.sub(r"['\u2019]s?$|\.$", "", low)
        assert (t.low, t.bare, t.cap, t.word) == (low, bare, t.text[:1].isupper(), t.text[:1].isalnum())
        assert t.cue == (low in ("said", "told"))


@settings(max_examples=600, deadline=None)
@given(NAMES)
@example("Then Ann van der Berg said")
@example("the Lee. Berg said")
@example("x J. Lee said")
@example("Minister Zia-ul haq Rahimi said")
@example("the Lee's x")
def test_a_word_standing_alone_starts_and_ends_no_run(text):
    """_stands_alone lets _full_name skip reading runs: when it says a word stands alone, no
    run of two words or more of the whole article starts or ends with it."""
    whole = [r for r in context(text, [])._cap_runs() if len(r[2]) >= 2]
    for word in {w for r in context(text, [])._cap_runs() for w in r[2]} | {"Lee", "Berg", "Ann", "haq"}:
        if attribution._stands_alone(text, word):
            assert not [r for r in whole if word in (r[2][0], r[2][-1])], word


def test_lone_words_stand_alone_and_names_do_not():
    text = "the UK said. Some say the Chinese firms, Ann Lee's team and Lee (UK) agreed with Dr. Berg."
    assert all(attribution._stands_alone(text, w) for w in ("UK", "Some", "Chinese", "Absent"))
    assert not any(attribution._stands_alone(text, w) for w in ("Ann", "Lee", "Berg", "Dr"))


def test_the_name_layer_is_asked_once_per_text(monkeypatch):
    asked = []
    monkeypatch.setattr(Names, "resolve", lambda self, text: asked.append(text))
    ctx = context("Lee said. Lee said.", [])
    assert ctx._resolve("Lee") is None and ctx._resolve("Lee") is None
    assert asked == ["Lee"]


def test_a_surname_ending_one_spoken_name_is_that_person():
    ctx = context("Ann Lee's plan.", [])
    ctx.state.people.update({"Ann Lee's", "Bo Berg"})
    assert ctx._surname_of_person("Lee") == ("Ann Lee's", "person")
    ctx.state.people.add("Cy Lee")
    assert ctx._surname_of_person("Lee") is None  # two people: no one


def test_groups_of_a_phrase():
    groups = attribution._groups(attribution._tokenize("the 45-year-old and a 45-year-old, she, an agency spokesman"))
    assert [kind for kind, _, _ in groups] == ["epithet", "pronoun", "orgnoun"]
    assert attribution._groups(attribution._tokenize("the Italian told Ann Lee"))[0][0] == "epithet"
