"""The brief file (TOML and JSON): what it holds, that it reads back exactly, and strict loading."""
from __future__ import annotations

import json
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.export import ExportError, render
from briefs.export.json import SCHEMA_KEY, contract, dumps_contract
from briefs.export.load import BriefFileError, load_brief, looks_like_brief, parse_brief
from briefs.model import (
    SCHEMA_VERSION, Article, Brief, Conflict, Curation, Equivalent, Evidence, Funding, Goal,
    Organisation, Person, Quote,
)

from export_sample import GOLDEN, sample_brief


# ---------------------------------------------------------------- the sample brief

@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_brief_file_matches_golden_file(brief, fmt, update_golden):
    golden = GOLDEN / f"sample-brief.{fmt}"
    text = render(brief, fmt)
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_sample_brief_reads_back_equal(tmp_path, brief, fmt):
    path = tmp_path / f"brief.{fmt}"
    path.write_text(render(brief, fmt), encoding="utf-8")
    assert load_brief(path) == brief


def test_toml_holds_schema_title_texts_boilerplate_curation(brief):
    data = tomllib.loads(render(brief, "toml"))
    assert data[SCHEMA_KEY] == SCHEMA_VERSION
    assert data["title"] == "Helix and Northbridge battery institute"
    assert data["articles"][1]["text"] == brief.articles[1].text
    assert data["articles"][1]["boilerplate"] == [list(s) for s in brief.articles[1].boilerplate]
    assert data["funding"][1]["conflicts"] == [
        {"field": "amount", "value": "£12m", "articles": ["a1"]},
        {"field": "amount", "value": "£12.5m", "articles": ["a2"]}]
    assert {k: v["kept"] for k, v in data["curation"].items()} == {
        k: c.kept for k, c in brief.curation.items()}
    assert list(data["curation"]) == sorted(brief.curation)


def test_toml_leaves_out_absent_values_and_json_writes_null(brief):
    toml_funding = tomllib.loads(render(brief, "toml"))["funding"][0]
    json_funding = json.loads(render(brief, "json"))["funding"][0]
    assert "qualifier" not in toml_funding and "funder" not in toml_funding
    assert json_funding["qualifier"] is None and json_funding["funder"] is None


def test_article_text_is_written_as_lines_for_readable_diffs(brief):
    assert "\nHelix has committed £12m ($15.2m) over four years" in render(brief, "toml")


def test_json_brief_file_is_a_superset_of_the_contract(brief):
    full, small = json.loads(render(brief, "json")), contract(brief)
    for key, items in small.items():
        for whole, part in zip(full[key], items, strict=True):
            assert {k: whole[k] for k in part} == part


def test_the_extract_contract_is_unchanged(brief):
    data = json.loads(dumps_contract(brief))
    assert list(data) == ["articles", "people", "organisations", "funding", "goals", "quotes"]
    assert list(data["articles"][0]) == ["id", "path", "title", "date", "source", "story"]
    assert data["funding"][1]["amount"] == 12000000 and "conflicts" in data["funding"][1]
    assert "conflicts" not in data["people"][0]


# ---------------------------------------------------------------- exactness

def roundtrip(brief: Brief, fmt: str) -> Brief:
    return parse_brief(render(brief, fmt), fmt)


def one_article_brief(text: str, **fields) -> Brief:
    return Brief(articles=[Article("a", "a.txt", text, **fields)], title=text,
                 quotes=[Quote(text, speaker=text, evidence=[Evidence("a", text, 0, len(text))])],
                 curation={"quo-1": Curation(note=text)})


ODD = ["", "line\nbreak", "windows\r\nline", "lone\rcr", 'say "hi"', "it's", "'''", '"""',
       "back\\slash", "[bold]red[/bold]", "\x1b[31mred\x1b[0m", "nul\x00byte", "\x7f\x85\u2028",
       "tab\tbed", "\ufeffbom", "Zürich 北京 🚀", "# not a comment", "key = value", "[table]",
       "\n\nleading blank lines", "trailing newline\n"]


@pytest.mark.parametrize("fmt", ["toml", "json"])
@pytest.mark.parametrize("text", ODD)
def test_odd_text_round_trips(fmt, text):
    brief = one_article_brief(text, title=text, source=text, date=text, story=text)
    assert roundtrip(brief, fmt) == brief


def test_control_characters_are_escaped_in_the_file():
    toml_text = render(one_article_brief("a\x1b[31m\x00b\x7f"), "toml")
    assert "\x1b" not in toml_text and "\x00" not in toml_text and "\x7f" not in toml_text
    assert "\\u001b" in toml_text
    assert "\x1b" not in render(one_article_brief("a\x1b[31m"), "json")


def test_carriage_returns_switch_to_one_line_strings_and_survive():
    brief = one_article_brief("one\r\ntwo\r\n")
    text = render(brief, "toml")
    assert '"one\\r\\ntwo\\r\\n"' in text
    assert roundtrip(brief, "toml") == brief


@pytest.mark.parametrize("fmt", ["toml", "json"])
@pytest.mark.parametrize("amount", [0.0, -0.5, 4.12, 1e300, 2.0 ** 60, 2.0 ** 53 + 2, 1e-7])
def test_amounts_read_back_as_the_same_number(fmt, amount):
    brief = Brief(funding=[Funding(amount, "USD", equivalents=[Equivalent(amount, "EUR")])])
    back = roundtrip(brief, fmt)
    assert back == brief and back.funding[0].amount == amount


@pytest.mark.parametrize("fmt", ["toml", "json"])
@pytest.mark.parametrize("amount", [float("nan"), float("inf")])
def test_a_non_finite_amount_cannot_be_exported(fmt, amount):
    with pytest.raises(ExportError, match="not a finite number"):
        render(Brief(funding=[Funding(amount, "USD")]), fmt)


def test_none_fields_round_trip_as_none():
    brief = Brief(articles=[Article("a", "a.txt", "x")],
                  funding=[Funding(1, "USD")], goals=[Goal("g")], quotes=[Quote("q")])
    for fmt in ("toml", "json"):
        back = roundtrip(brief, fmt)
        assert back == brief
        assert back.title is None and back.articles[0].date is None
        assert back.funding[0].funder is None and back.goals[0].deadline is None


# ---------------------------------------------------------------- hypothesis: any brief

TEXT = st.one_of(st.text(max_size=20), st.sampled_from(ODD))
OPTIONAL = st.none() | TEXT
TEXTS = st.lists(TEXT, max_size=3)
AMOUNT = st.floats(allow_nan=False, allow_infinity=False)

ARTICLE = st.builds(Article, id=TEXT, path=TEXT, text=TEXT, title=OPTIONAL, date=OPTIONAL,
                    source=OPTIONAL, story=OPTIONAL)


@st.composite
def article_with_spans(draw) -> Article:
    article = draw(ARTICLE)
    n = len(article.text)
    pairs = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=2))
    article.boilerplate = [(min(p), max(p)) for p in pairs]
    return article


@st.composite
def briefs(draw) -> Brief:
    articles = draw(st.lists(article_with_spans(), max_size=3, unique_by=lambda a: a.id))

    def evidence():
        if not articles:
            return st.just([])

        @st.composite
        def one(draw2):
            a = draw2(st.sampled_from(articles))
            start = draw2(st.integers(0, len(a.text)))
            end = draw2(st.integers(start, len(a.text)))
            return Evidence(a.id, draw2(TEXT), start, end)
        return st.lists(one(), max_size=2)

    conflicts = st.lists(st.builds(Conflict, field=TEXT, value=TEXT, articles=TEXTS), max_size=2)
    common = {"evidence": evidence(), "conflicts": conflicts}
    equivalents = st.lists(st.builds(Equivalent, amount=AMOUNT, currency=TEXT), max_size=2)
    return Brief(
        articles=articles,
        people=draw(st.lists(st.builds(Person, name=TEXT, aliases=TEXTS, roles=TEXTS,
                                       organisations=TEXTS, **common), max_size=2)),
        organisations=draw(st.lists(st.builds(Organisation, name=TEXT, aliases=TEXTS, **common),
                                    max_size=2)),
        funding=draw(st.lists(st.builds(
            Funding, amount=AMOUNT, currency=TEXT, kind=st.sampled_from(["funding", "other"]),
            text=TEXT, qualifier=OPTIONAL, period=OPTIONAL, funder=OPTIONAL, recipient=OPTIONAL,
            equivalents=equivalents, **common), max_size=2)),
        goals=draw(st.lists(st.builds(Goal, text=TEXT, actor=OPTIONAL, deadline=OPTIONAL,
                                      **common), max_size=2)),
        quotes=draw(st.lists(st.builds(Quote, text=TEXT, speaker=OPTIONAL, **common), max_size=2)),
        title=draw(OPTIONAL),
        curation=draw(st.dictionaries(TEXT, st.builds(Curation, kept=st.booleans(), note=TEXT),
                                      max_size=3)),
    )


@settings(max_examples=60, deadline=None)
@given(briefs())
def test_any_brief_round_trips_through_toml(brief):
    assert roundtrip(brief, "toml") == brief


@settings(max_examples=60, deadline=None)
@given(briefs())
def test_any_brief_round_trips_through_json(brief):
    assert roundtrip(brief, "json") == brief


# ---------------------------------------------------------------- strict loading

def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def message(path) -> str:
    with pytest.raises(BriefFileError) as caught:
        load_brief(path)
    text = str(caught.value)
    assert "\n" not in text and str(path) in text
    return text


def test_corrupt_toml_names_the_line(tmp_path, brief):
    lines = render(brief, "toml").splitlines(keepends=True)
    lines[3] = "title = oops not quoted\n"
    msg = message(write(tmp_path, "b.toml", "".join(lines)))
    assert "line 4, column 9" in msg and "invalid value" in msg


def test_truncated_toml_mid_string_is_refused(tmp_path, brief):
    text = render(brief, "toml")
    cut = text[:text.index("Helix has committed")]
    assert "truncated" in message(write(tmp_path, "b.toml", cut))


def test_truncated_toml_at_a_line_boundary_is_refused(tmp_path, brief):
    text = render(brief, "toml")
    cut = text[:text.rindex("\n[curation.") + 1]
    tomllib.loads(cut)  # still valid TOML: only the closing line shows it is cut
    assert "ends early" in message(write(tmp_path, "b.toml", cut))


def test_truncated_json_is_refused(tmp_path, brief):
    text = render(brief, "json")
    msg = message(write(tmp_path, "b.json", text[: len(text) // 2]))
    assert "line " in msg


def test_newer_schema_is_refused_with_a_hint_to_upgrade(tmp_path, brief):
    text = render(brief, "toml").replace(f"{SCHEMA_KEY} = 1", f"{SCHEMA_KEY} = 99", 1)
    msg = message(write(tmp_path, "b.toml", text))
    assert "newer briefdesk" in msg and "99" in msg


@pytest.mark.parametrize("version", ["0", '"1"', "true"])
def test_odd_schema_versions_are_refused(tmp_path, brief, version):
    text = render(brief, "toml").replace(f"{SCHEMA_KEY} = 1", f"{SCHEMA_KEY} = {version}", 1)
    assert SCHEMA_KEY in message(write(tmp_path, "b.toml", text))


def test_a_foreign_toml_file_is_not_a_brief(tmp_path):
    msg = message(write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n'))
    assert "not a brief file" in msg


@pytest.mark.parametrize("text", ['{"people": []}', "[1, 2]", '"text"'])
def test_a_foreign_json_file_is_not_a_brief(tmp_path, text):
    assert "not a brief file" in message(write(tmp_path, "x.json", text))


def brief_data(brief: Brief) -> dict:
    return json.loads(render(brief, "json"))


@pytest.mark.parametrize("change, where, problem", [
    (lambda d: d["people"][1]["evidence"][0].update(start="10"),
     "people[1].evidence[0].start", "expected a whole number, got text"),
    (lambda d: d["people"][0].pop("name"), "people[0]", "missing key 'name'"),
    (lambda d: d["goals"][0].update(dedline="2025"), "goals[0]", "unknown key 'dedline'"),
    (lambda d: d.update(extra=1), "", "unknown key 'extra'"),
    (lambda d: d.pop("quotes"), "", "missing key 'quotes'"),
    (lambda d: d["funding"][0].update(kind="loan"), "funding[0].kind", "\"funding\" or \"other\""),
    (lambda d: d["funding"][0].update(amount=True), "funding[0].amount", "expected a number"),
    (lambda d: d["quotes"][0]["evidence"][0].update(article="zz"),
     "quotes[0].evidence[0].article", "no article with id 'zz'"),
    (lambda d: d["quotes"][0]["evidence"][0].update(end=10 ** 6),
     "quotes[0].evidence[0]", "outside article"),
    (lambda d: d["articles"][1].update(id="a1"), "articles[1].id", "duplicate article id"),
    (lambda d: d["articles"][1].update(boilerplate=[[5, 2]]), "articles[1].boilerplate[0]",
     "outside the article"),
    (lambda d: d["articles"][1].update(boilerplate=[[1]]), "articles[1].boilerplate[0]",
     "pair of whole numbers"),
    (lambda d: d["curation"].update(x={"kept": "yes", "note": ""}), "curation.x.kept",
     "expected true or false"),
    (lambda d: d.update(curation=[]), "curation", "expected a table"),
    (lambda d: d["people"][0].update(aliases="Okafor"), "people[0].aliases", "expected a list"),
    (lambda d: d["people"][0].update(roles=[None]), "people[0].roles[0]", "expected text"),
    (lambda d: d.update(title=3), "title", "expected text, got a whole number"),
])
def test_a_damaged_brief_names_the_place_and_the_problem(tmp_path, brief, change, where, problem):
    data = brief_data(brief)
    change(data)
    msg = message(write(tmp_path, "b.json", json.dumps(data)))
    assert f"b.json: {where}: " in msg if where else "b.json: " in msg
    assert problem in msg


def test_json_nan_is_refused(tmp_path, brief):
    text = render(brief, "json").replace('"amount": 4.12', '"amount": NaN', 1)
    assert "NaN" in message(write(tmp_path, "b.json", text))


def test_missing_file_folder_and_binary_data_are_refused(tmp_path):
    assert "no such file" in message(tmp_path / "gone.toml")
    folder = tmp_path / "dir.toml"
    folder.mkdir()
    assert "is a folder" in message(folder)
    binary = tmp_path / "b.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert "not UTF-8" in message(binary)


def test_unreadable_file_is_refused(tmp_path, monkeypatch):
    path = write(tmp_path, "b.toml", "")

    def denied(self):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(type(path), "read_bytes", denied)
    assert "permission denied" in message(path)


def test_a_byte_order_mark_is_accepted(tmp_path, brief):
    path = tmp_path / "b.toml"
    path.write_bytes(b"\xef\xbb\xbf" + render(brief, "toml").encode())
    assert load_brief(path) == brief


# ---------------------------------------------------------------- looks_like_brief

def test_looks_like_brief(tmp_path, brief):
    assert looks_like_brief(tmp_path / "any.TOML")  # TOML always opens as a brief (or fails clearly)
    assert looks_like_brief(write(tmp_path, "b.json", render(brief, "json")))
    assert not looks_like_brief(write(tmp_path, "c.json", dumps_contract(brief)))
    assert not looks_like_brief(write(tmp_path, "d.json", "{broken"))
    assert not looks_like_brief(tmp_path / "missing.json")
    assert not looks_like_brief(write(tmp_path, "e.txt", render(brief, "toml")))


def test_sample_is_not_changed_by_export():
    brief = sample_brief()
    render(brief, "toml")
    render(brief, "json")
    assert brief == sample_brief()


# ---------------------------------------------------------------- the seeds, end to end

def test_the_seeds_brief_reopens_equal_in_both_formats_and_its_note_parses(tmp_path):
    from markdown_it import MarkdownIt

    from briefs.bundled import seeds_dir
    from briefs.export import write
    from briefs.pipeline import build_brief

    brief = build_brief(sorted(str(p) for p in seeds_dir().glob("*.txt"))).brief
    assert brief.articles
    for fmt in ("toml", "json"):
        assert load_brief(write(brief, tmp_path / f"seeds.{fmt}")) == brief
    toks = MarkdownIt("commonmark").enable("table").parse(render(brief, "md"))
    levels = [t.tag for t in toks if t.type == "heading_open"]
    assert levels[0] == "h1" and set(levels[1:]) == {"h2"}
    assert sum(t.type == "ordered_list_open" for t in toks) == 1  # the Sources


# ---------------------------------------------------------------- hypothesis: any file

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.sampled_from(["articles", "people", "id", "path", "text", "name", "evidence", "start",
                         "end", "article", "kept", "note", "x"]) | st.text(max_size=3),
        children, max_size=4),
    max_leaves=12)


def damaged(data: dict, where: list[str | int], value) -> dict:
    """`data` with the value at a path of keys and indexes (as far as it goes) replaced."""
    node = data
    for step in where[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return data
    try:
        node[where[-1]] = value
    except (IndexError, TypeError):
        pass
    return data


def read_or_refuse(text: str, fmt: str) -> None:
    try:
        assert isinstance(parse_brief(text, fmt), Brief)
    except BriefFileError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["articles", "people", "quotes", "curation", "evidence", "start",
                                 "boilerplate", "text", "id", SCHEMA_KEY, 0, 1]),
                min_size=1, max_size=5),
       JSON_VALUES)
def test_a_damaged_brief_is_read_or_refused_never_crashes(where, value):
    data = damaged(json.loads(render(sample_brief(), "json")), where, value)
    data.setdefault(SCHEMA_KEY, 1)
    read_or_refuse(json.dumps(data), "json")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["toml", "json"]))
def test_any_text_is_read_or_refused_never_crashes(text, fmt):
    read_or_refuse(text, fmt)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 40))
def test_a_brief_file_with_bytes_cut_out_is_read_or_refused(start, length):
    text = render(sample_brief(), "toml")
    read_or_refuse(text[:start] + text[start + length:], "toml")


@pytest.mark.parametrize("text, fmt", [("[" * 100_000 + "]" * 100_000, "json"),
                                       ("a = " + "[" * 100_000 + "]" * 100_000, "toml")])
def test_absurdly_nested_files_are_refused(text, fmt):
    with pytest.raises(BriefFileError, match="nested too deeply"):
        parse_brief(text, fmt, name="deep")


def test_a_brief_resaved_with_sorted_keys_still_opens_as_a_brief(tmp_path, brief):
    import json

    resaved = json.dumps(json.loads(render(brief, "json")), sort_keys=True, indent=2)
    assert not resaved.lstrip().startswith('{\n  "briefdesk_schema"')  # the key is no longer first
    assert looks_like_brief(write(tmp_path, "sorted.json", resaved))
    assert not looks_like_brief(write(tmp_path, "dump.json", '{"articles": [{"text": "A news dump."}]}'))
