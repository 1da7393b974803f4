"""`brief export` on articles of several stories: the whole corpus by default (honest title, the
stories listed, said on stderr), or one story with --story; an unknown story is bad usage."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefs.bundled import seeds_dir
from tui.cli import main

PORT = """\
Ardlow port to build new container quay

The Port of Ardlow will build a new container quay at a cost of £40m, harbour master Ian Boyd \
said on Friday.

Ian Boyd said the Port of Ardlow expected the quay to open by 2027.
"""


@pytest.fixture
def corpus(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("BRIEFDESK_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "news"
    shutil.copytree(seeds_dir(), folder)
    (folder / "port.txt").write_text(PORT, encoding="utf-8")
    return folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_whole_mixed_corpus_has_an_honest_title_and_lists_its_stories(corpus, tmp_path, capsys):
    code, _, err = run(capsys, "export", str(corpus), "-o", str(tmp_path / "all.md"))
    note = (tmp_path / "all.md").read_text(encoding="utf-8")
    assert code == 0
    assert note.startswith("# Oppo / PolyU and Ardlow / Ian Boyd\n")
    assert "## Stories\n\n- **Oppo / PolyU**: 2 articles [1], [2]\n- **Ardlow / Ian Boyd**: 1 article [3]\n" in note
    assert "(3 articles in 2 stories; --story NAME writes one)" in err


def test_story_option_writes_that_story_only(corpus, capsys):
    code, out, _ = run(capsys, "export", str(corpus), "-o", "-", "--story", "ardlow / ian boyd")
    assert code == 0
    assert out.startswith("# Ardlow / Ian Boyd\n\n1 source\n")
    assert "Ian Boyd" in out and "PolyU" not in out and "## Stories" not in out


def test_unknown_story_is_bad_usage_naming_the_stories(corpus, tmp_path, capsys):
    code, out, err = run(capsys, "export", str(corpus), "-o", str(tmp_path / "x.md"), "--story", "Nope")
    assert code == 2 and out == "" and not (tmp_path / "x.md").exists()
    assert err.strip().splitlines() == [
        "brief: no story called 'Nope'; the stories (articles) are: Oppo / PolyU (2); Ardlow / Ian Boyd (1)"]


def test_help_and_readme_tell_of_the_story_option(capsys):
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "--story NAME" in capsys.readouterr().out
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "[--story NAME]" in readme
