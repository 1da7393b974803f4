"""The compact forms merging keeps (word numbers, lazy article sets) decide exactly as the plain
forms they replaced."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefs.merge import _Clusters, _Words, quote_tokens

_TEXT = st.text(alphabet="ab c.'\u00e9D", max_size=30)


def _text_shingles(tokens: list[str]) -> list[str]:  # the form merging used before
    if len(tokens) < 3:
        return [" ".join(tokens)]
    return [" ".join(tokens[i:i + 3]) for i in range(len(tokens) - 2)]


@given(st.lists(_TEXT, min_size=2, max_size=6))
def test_shingle_numbers_are_equal_exactly_when_the_fragments_are(texts):
    words = _Words()
    numbered = [words.shingles(words.tokens(t)) for t in texts]
    plain = [_text_shingles(quote_tokens(t)) for t in texts]
    pairs = [(a, b) for xs, ys in zip(numbered, plain) for a, b in zip(xs, ys)]
    assert [len(x) for x in numbered] == [len(x) for x in plain]
    for a, x in pairs:
        for b, y in pairs:
            assert (a == b) == (x == y)


def test_words_are_kept_once():
    words = _Words()
    first, second = words.tokens("Green hydrogen now"), words.tokens("green HYDROGEN later")
    assert first[0] is second[0] and first[1] is second[1]
    assert words.share({"green"}) == {"green"}


@given(st.lists(st.integers(0, 5), min_size=1, max_size=12),
       st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=20))
def test_clusters_track_their_articles(articles, unions):
    clusters = _Clusters([[a] for a in articles])
    plain = [{a} for a in articles]
    for a, b in unions:
        a, b = a % len(articles), b % len(articles)
        ra, rb = clusters.find(a), clusters.find(b)
        assert clusters.disjoint(a, b) == (not plain[ra] & plain[rb])
        clusters.union(a, b)
        if ra != rb:
            plain[min(ra, rb)] |= plain[max(ra, rb)]
    for i in range(len(articles)):
        assert clusters.articles(clusters.find(i)) == plain[clusters.find(i)]


def test_clusters_of_several_or_no_articles():
    clusters = _Clusters([[1, 2], [], [3]])
    assert clusters.articles(0) == {1, 2} and clusters.articles(1) == set()
    clusters.union(0, 2)
    assert clusters.articles(0) == {1, 2, 3} and clusters.articles(2) == {3}
