"""Reading extractions back keeps each recurring string once, and merging lets its caches go."""
from __future__ import annotations

from briefs import merge as merge_module
from briefs.cache import ExtractionCache
from briefs.merge import merge
from briefs.model import Article, normalise
from tests.briefs.test_cache import article, sample


def test_item_strings_read_from_two_articles_are_one_copy_each(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(article(), sample())
    shared: dict[str, str] = {}
    one, two = cache.get(article(), shared), cache.get(article(), shared)
    assert one == two == sample()
    pairs = [(one.people[0].name, two.people[0].name),
             (one.people[0].roles[0], two.people[0].roles[0]),
             (one.people[0].aliases[0], two.people[0].aliases[0]),
             (one.organisations[0].name, two.organisations[0].name),
             (one.funding[0].currency, two.funding[0].currency),
             (one.funding[0].kind, two.funding[0].kind),
             (one.funding[0].text, two.funding[0].text),
             (one.funding[0].equivalents[0].currency, two.funding[0].equivalents[0].currency),
             (one.goals[0].text, two.goals[0].text),
             (one.quotes[0].text, two.quotes[0].text)]
    assert all(a is b for a, b in pairs)
    assert one.goals[0].actor is None and one.funding[0].period is None


def test_items_without_conflicts_read_back_with_their_own_empty_list(tmp_path):
    cache = ExtractionCache(tmp_path)
    cache.put(article(), sample())
    got = cache.get(article())
    got.organisations[0].conflicts.append("x")
    assert got.funding[0].conflicts == [] and got.quotes[0].conflicts == []


def test_merging_empties_its_name_caches():
    a = Article(id="a", path="a.txt", text="Oppo pledged 30m yuan.")
    normalise("warm the cache")
    brief = merge([a], [sample()])
    assert brief.people and brief.organisations
    for memo in (normalise, merge_module._person_tokens, merge_module.org_key, merge_module._actor_words):
        assert memo.cache_info().currsize == 0
