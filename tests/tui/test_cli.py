"""The `brief` command line, run in-process: output, exit codes, one-line errors."""
from __future__ import annotations

import json

import pytest

from briefs.bundled import seeds_dir
from briefs.ingest import load
from briefs.text import parse
from tui.cli import main

SEEDS = str(seeds_dir())


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's --help and --version
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_every_command(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for words in ("brief extract", "brief export", "--format", "--force", "Exit codes"):
        assert words in out


def test_subcommand_help(capsys):
    code, out, _ = run(capsys, "export", "--help")
    assert code == 0 and "-o FILE" in out and "--force" in out


def test_extract_without_paths_is_bad_usage(capsys):
    code, out, err = run(capsys, "extract")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "PATH" in err


def test_bad_date_is_bad_usage(capsys):
    code, _, err = run(capsys, "extract", SEEDS, "--date", "5/11/2024")
    assert code == 2 and "YYYY-MM-DD" in err


def test_extract_seeds_json_contract(capsys):
    code, out, err = run(capsys, "extract", SEEDS, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= {"articles", "people", "organisations", "funding", "goals", "quotes"}
    by_id = {a["id"]: a for a in data["articles"]}
    assert set(by_id) == {"000_d88d51fb85c6f3fc", "001_3628807d12dfb9ff"}
    assert by_id["000_d88d51fb85c6f3fc"]["date"] == "2024-11-05"
    assert by_id["001_3628807d12dfb9ff"]["date"] is None
    assert by_id["001_3628807d12dfb9ff"]["title"].startswith("Chinese smartphone giant Oppo, PolyU")
    for article in data["articles"]:
        assert set(article) >= {"id", "path", "title", "date", "source"}


def test_no_caption_or_promotion_inside_any_seed_sentence():
    for article in load([SEEDS]).articles:
        parsed = parse(article)
        for sentence in parsed.sentences:
            text = parsed.sentence_text(sentence)
            for junk in ("Credit:", "Photo:", "alt=", "Get the answers with", "Do you have questions"):
                assert junk not in text, (article.id, text)


def test_missing_path_is_one_line_and_exit_1(capsys, tmp_path):
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, "extract", str(missing))
    assert code == 1 and out == ""
    assert str(missing) in err
    assert all(line.startswith("brief: ") for line in err.strip().splitlines())


def test_a_missing_path_does_not_stop_the_others(capsys, tmp_path):
    code, out, err = run(capsys, "extract", str(tmp_path / "nope.txt"), SEEDS)
    assert code == 0
    assert len(json.loads(out)["articles"]) == 2
    assert "nope.txt" in err


@pytest.mark.parametrize("fmt", ["toml", "md"])
def test_extract_other_formats(capsys, fmt):
    code, out, err = run(capsys, "extract", SEEDS, "--format", fmt)
    assert code == 0, err
    assert out.strip()


def test_export_writes_and_refuses_to_overwrite(capsys, tmp_path):
    target = tmp_path / "note.md"
    code, _, err = run(capsys, "export", SEEDS, "-o", str(target))
    assert code == 0, err
    first = target.read_text(encoding="utf-8")
    assert first.startswith("# ")
    target.write_text("my edits", encoding="utf-8")
    code, _, err = run(capsys, "export", SEEDS, "-o", str(target))
    assert code == 1 and "--force" in err
    assert target.read_text(encoding="utf-8") == "my edits"
    code, _, _ = run(capsys, "export", SEEDS, "-o", str(target), "--force")
    assert code == 0 and target.read_text(encoding="utf-8") == first


def test_export_format_follows_suffix(capsys, tmp_path):
    for name in ("b.toml", "b.json"):
        code, _, err = run(capsys, "export", SEEDS, "-o", str(tmp_path / name))
        assert code == 0, err
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    code, _, err = run(capsys, "export", SEEDS, "-o", str(tmp_path / "b.docx"))
    assert code == 2 and "b.docx" in err


def test_export_to_stdout(capsys):
    code, out, _ = run(capsys, "export", SEEDS, "-o", "-", "--format", "toml")
    assert code == 0 and "schema" in out


def test_export_into_missing_folder_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "export", SEEDS, "-o", str(tmp_path / "no" / "such" / "b.md"))
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_saved_toml_brief_reopens_through_extract(capsys, tmp_path):
    saved = tmp_path / "b.toml"
    assert run(capsys, "export", SEEDS, "-o", str(saved))[0] == 0
    code, out, err = run(capsys, "extract", str(saved), "--format", "json")
    assert code == 0, err
    assert len(json.loads(out)["articles"]) == 2


@pytest.mark.parametrize("bad", ["2024-13-40", "2024-02-30", "5/11/2024", "yesterday"])
def test_impossible_dates_are_bad_usage(capsys, bad):
    code, _, err = run(capsys, "extract", SEEDS, "--date", bad)
    assert code == 2 and len(err.strip().splitlines()) == 1 and bad in err


def test_unknown_theme_is_bad_usage(capsys):
    code, _, err = run(capsys, "--theme", "no-such-theme")
    assert code == 2 and "no-such-theme" in err and "dark" in err


def test_usage_line_names_every_command(capsys):
    _, out, _ = run(capsys, "--help")
    usage = out.split("\n\n")[0]
    assert "brief extract" in usage and "brief export" in usage
