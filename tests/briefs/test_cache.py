from __future__ import annotations

import dataclasses
import gc
import json
import os

import pytest

from briefs import cache as cache_module
from briefs.cache import FORMAT, ExtractionCache, key
from briefs.extract import Extraction
from briefs.model import Article, Conflict, Equivalent, Evidence, Funding, Goal, Organisation, Person, Quote


def sample() -> Extraction:
    ev = Evidence("a", "Oppo pledged 30m yuan.", 13, 21)
    other = Evidence("a", "Caf\u00e9 \U0001f600 [bold]x[/] \x1b[31m", 0, 4)
    return Extraction(
        people=[Person("Zhang Lei", ["Zhang"], ["chair professor"], ["PolyU"], [ev, other],
                       [Conflict("role", "dean", ["a", "b"])])],
        organisations=[Organisation("Oppo", ["OPPO"], [ev])],
        funding=[Funding(30_000_000.0, "CNY", "funding", "30m yuan", "no less than", None, "Oppo",
                         None, [Equivalent(4_200_000.0, "USD")], [ev])],
        goals=[Goal("recruit 25 researchers", None, "2025-01", [ev], [Conflict("count", "25", ["a"])])],
        quotes=[Quote('He said "[nurture]" \u2019', None, [ev])],
    )


def article(text="Oppo pledged 30m yuan.") -> Article:
    return Article(id="a", path="a.txt", text=text, date="2024-11-05")


def entry_of(tmp_path):
    (entry,) = tmp_path.glob("*/*.jsonl")
    return entry


def test_every_field_round_trips(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(article(), sample())
    again = cache.get(article())
    assert again == sample()
    # Evidence is rebuilt without its __init__: it must still be equal, hash equal, and frozen.
    ev, original = again.people[0].evidence[1], sample().people[0].evidence[1]
    assert (ev.article, ev.sentence, ev.start, ev.end) == ("a", original.sentence, 0, 4)
    assert hash(ev) == hash(original) and {ev, original} == {original}
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.start = 1
    assert type(again.funding[0].amount) is float


def test_an_integer_amount_comes_back_a_float(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(article(), Extraction(funding=[Funding(5, "USD", equivalents=[Equivalent(4, "EUR")])]))
    (funding,) = cache.get(article()).funding
    assert type(funding.amount) is float and type(funding.equivalents[0].amount) is float


def test_a_sentence_is_stored_once_and_shared_when_read(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(article(), sample())
    assert entry_of(tmp_path).read_text(encoding="utf-8").count("Oppo pledged 30m yuan.") == 1
    shared: dict[str, str] = {}
    one, two = cache.get(article(), shared), cache.get(article(), shared)
    sentences = [ev.sentence for ex in (one, two) for item in (*ex.people, *ex.funding, *ex.quotes)
                 for ev in item.evidence if ev.sentence.startswith("Oppo")]
    assert len(sentences) == 6 and all(s is sentences[0] for s in sentences)


def test_put_then_get(tmp_path):
    cache = ExtractionCache(tmp_path)
    assert cache.get(article()) is None
    cache.put(article(), sample())
    assert cache.get(article()) == sample()


def test_key_follows_content_and_date():
    assert key(article()) == key(article())
    assert key(article()) != key(article("Other text."))
    changed = article()
    changed.date = None
    assert key(changed) != key(article())


def test_corrupt_or_foreign_entry_is_a_miss(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(article(), sample())
    entry = entry_of(tmp_path)
    good = entry.read_bytes()
    lines = good.splitlines(keepends=True)
    bad_entries = [
        b"{not json", b'{"people": 3}', b"[]", b"", b"\xff\xfe",
        good[:-10],  # truncated
        b"".join(lines[:-1]),  # no digest line
        good.replace(b"Zhang Lei", b"Zhang Lee"),  # altered: the digest no longer matches
        good.replace(b"13,21", b'"x",21'),  # altered to a wrong type
        good + b'["people",[]]\n',  # a line after the end
        good.replace(f'"briefdesk-cache",{FORMAT},'.encode(), f'"briefdesk-cache",{FORMAT - 1},'.encode()),
        good.replace(b'"extraction"', b'"result"'),  # another kind of entry
    ]
    for bad in bad_entries:
        entry.write_bytes(bad)
        assert cache.get(article()) is None, bad[:60]
    entry.write_bytes(good)
    assert cache.get(article()) == sample()


def test_an_entry_of_the_old_format_is_ignored(tmp_path):
    cache = ExtractionCache(tmp_path)
    old = cache._path(article()).with_suffix(".json")
    old.parent.mkdir(parents=True)
    old.write_text(json.dumps({"people": [], "organisations": [], "funding": [], "goals": [], "quotes": []}))
    assert cache.get(article()) is None


def test_text_json_cannot_hold_is_not_fatal(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(article(), Extraction(funding=[Funding(1.0, "USD", text="\ud800 lone surrogate")]))
    got = cache.get(article())
    assert got is None or got.funding[0].text == "\ud800 lone surrogate"
    assert not list(tmp_path.rglob("*.tmp"))


def test_unwritable_cache_folder_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = ExtractionCache(blocker / "cache")
    cache.put(article(), sample())  # no exception
    assert cache.get(article()) is None


def test_trim_keeps_the_folder_within_its_bound(tmp_path):
    cache = ExtractionCache(tmp_path, max_bytes=2000)
    for i in range(20):
        cache.put(article(f"Text number {i}."), sample())
    cache.trim()
    total = sum(p.stat().st_size for p in tmp_path.glob("*/*.jsonl"))
    assert 0 < total <= 2000


def test_trim_removes_old_format_entries_first(tmp_path):
    cache = ExtractionCache(tmp_path, max_bytes=2500)
    old = tmp_path / "ab" / "old.json"
    old.parent.mkdir()
    old.write_text("x" * 2000)
    os.utime(old, (1, 1))
    cache.put(article(), sample())
    cache.trim()
    assert not old.exists() and cache.get(article()) == sample()


def test_reading_pauses_the_garbage_collector_and_restores_it(tmp_path, monkeypatch):
    cache = ExtractionCache(tmp_path)
    cache.put(article(), sample())
    seen = []
    real = cache_module._Reader.add_strings

    def spy(self, texts):
        seen.append(gc.isenabled())
        return real(self, texts)
    monkeypatch.setattr(cache_module._Reader, "add_strings", spy)
    assert gc.isenabled()
    assert cache.get(article()) == sample()
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        cache.get(article())
        assert not gc.isenabled()  # left off when it was off
    finally:
        gc.enable()
    entry_of(tmp_path).write_text("{not json")
    assert cache.get(article()) is None and gc.isenabled()  # restored after a failure too


def test_trim_never_removes_the_newest_entry(tmp_path):
    cache = ExtractionCache(tmp_path, max_bytes=1)
    cache.put(article("Older text."), sample())
    older = next(tmp_path.glob("*/*.jsonl"))
    os.utime(older, (1, 1))
    cache.put(article("Newer text."), sample())
    cache.trim()
    assert not older.exists()
    assert cache.get(article("Newer text.")) == sample()


@pytest.mark.parametrize("value, expected", [
    ("64", 64 * 1024 * 1024), ("0.5", 512 * 1024), ("", cache_module.MAX_BYTES),
    ("lots", cache_module.MAX_BYTES), ("-3", cache_module.MAX_BYTES), ("0", cache_module.MAX_BYTES)])
def test_the_size_bound_comes_from_the_environment(tmp_path, monkeypatch, value, expected):
    monkeypatch.setenv("BRIEFDESK_CACHE_MAX_MB", value)
    assert ExtractionCache(tmp_path).max_bytes == expected
    assert ExtractionCache(tmp_path, max_bytes=10).max_bytes == 10


def test_a_new_html_reader_version_is_a_new_reading_version(monkeypatch):
    # Whole-result entries skip reading files, so the library that turns pages into articles
    # must be part of their key.
    before = cache_module.reading_version.__wrapped__()
    monkeypatch.setattr(cache_module.importlib.metadata, "version", lambda name: "999.0")
    assert cache_module.reading_version.__wrapped__() != before
