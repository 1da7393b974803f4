"""List every goal miss, spurious goal and wrong deadline over the development sets, with the
sentence that carries it, so errors can be classed by their linguistic form across sets.

    python bench/goal_misses.py OUTDIR [SET_DIR ...]

Runs `tui.cli extract` on each set (unless OUTDIR/<set>.json exists) and prints one line per error:
SET ARTICLE KIND TEXT || SENTENCE. Standard library plus briefdesk only.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

SETS = ["/work/shared/devset", "/work/heldout", "/work/heldout2", "/work/heldout3", "/work/heldout4",
        "/work/heldout5"]
sys.path.insert(0, "/work/shared/eval")
import score  # noqa: E402


def _sentence(article: str, text: str) -> str:
    """The article's sentence holding most of the goal's words."""
    want = score.content_words(text)
    best, pick = -1.0, ""
    for s in re.split(r"(?<=[.!?])\s+|\n+", article):
        c = score.cover(want, score.content_words(s)) if want else 0
        if c > best:
            best, pick = c, s
    return " ".join(pick.split())


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for d in sys.argv[2:] or SETS:
        name = Path(d).name
        pred_path = out / f"{name}.json"
        if not pred_path.exists():
            pred_path.write_text(subprocess.run([sys.executable, "-m", "tui.cli", "extract", f"{d}/articles",
                                                 "--format", "json"], capture_output=True, text=True,
                                                check=True).stdout)
        pred = json.loads(pred_path.read_text())
        grouped = score.group_predictions(pred)
        for gold_file in sorted(Path(d, "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text())
            art_name = gold_file.stem
            if "goals" not in gold.get("scored", score.PANELS):
                continue
            article = Path(d, "articles", art_name + ".txt").read_text()
            mine = grouped.get(score.basename(gold.get("article", art_name)), {})
            report = score.Report()
            score.score_goals(gold.get("goals", []), mine.get("goals", []), report, art_name)
            for line in report.details:
                m = re.match(r"(\S+): (goal missed|goal spurious|deadline of goal):? ?(.*)", line)
                kind = {"goal missed": "MISS", "goal spurious": "SPUR", "deadline of goal": "DATE"}[m.group(2)]
                text = m.group(3)
                probe = text.split("': got")[0].strip("'\"") if kind == "DATE" else text
                print(f"{name}\t{art_name}\t{kind}\t{text}\t||\t{_sentence(article, probe)}")


if __name__ == "__main__":
    main()
