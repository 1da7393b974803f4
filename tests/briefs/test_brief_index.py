"""Brief.article looks an article up by id through an index that follows changes to the list."""
from __future__ import annotations

from dataclasses import replace

from briefs.model import Article, Brief


def art(id_: str, path: str = "") -> Article:
    return Article(id_, path or f"{id_}.txt", "text")


def test_lookup_finds_the_first_article_with_an_id():
    brief = Brief(articles=[art("a", "first"), art("b"), art("a", "second")])
    assert brief.article("a").path == "first"
    assert brief.article("b").id == "b"
    assert brief.article("missing") is None


def test_lookup_follows_a_replaced_appended_or_shortened_list():
    brief = Brief(articles=[art("a"), art("b")])
    assert brief.article("a") is not None
    brief.articles = [art("c")]
    assert brief.article("a") is None and brief.article("c").id == "c"
    brief.articles.append(art("d"))
    assert brief.article("d").id == "d"
    brief.articles.pop()
    assert brief.article("d") is None


def test_lookup_follows_an_id_changed_in_place():
    brief = Brief(articles=[art("a"), art("b")])
    assert brief.article("a").id == "a"
    brief.articles[0].id = "z"
    assert brief.article("a") is None
    assert brief.article("z").path == "a.txt"


def test_the_index_is_not_part_of_the_briefs_value():
    one, two = Brief(articles=[art("a")]), Brief(articles=[art("a")])
    one.article("a")
    assert one == two and "_index" not in repr(one)
    assert replace(one, title="t").article("a").id == "a"
