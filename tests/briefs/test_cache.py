from __future__ import annotations

import json

from briefs.cache import ExtractionCache, from_plain, key, to_plain
from briefs.extract import Extraction
from briefs.model import Article, Equivalent, Evidence, Funding, Goal, Person, Quote


def sample() -> Extraction:
    ev = Evidence("a", "Oppo pledged 30m yuan.", 13, 21)
    return Extraction(
        people=[Person("Zhang Lei", ["Zhang"], ["chair professor"], ["PolyU"], [ev])],
        funding=[Funding(30_000_000.0, "CNY", "funding", "30m yuan", "no less than", None, "Oppo",
                         None, [Equivalent(4_200_000.0, "USD")], [ev])],
        goals=[Goal("recruit 25 researchers", None, "2025-01", [ev])],
        quotes=[Quote('He said "[nurture]" \u2019', None, [ev])],
    )


def article(text="Oppo pledged 30m yuan.") -> Article:
    return Article(id="a", path="a.txt", text=text, date="2024-11-05")


def test_round_trip_through_plain_json():
    data = json.loads(json.dumps(to_plain(sample())))
    assert from_plain(Extraction, data) == sample()


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
    (entry,) = tmp_path.glob("*/*.json")
    for bad in ("{not json", '{"people": 3}', "[]", '{"people": [{"name": 5}]}'):
        entry.write_text(bad)
        assert cache.get(article()) is None


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
    total = sum(p.stat().st_size for p in tmp_path.glob("*/*.json"))
    assert 0 < total <= 2000
