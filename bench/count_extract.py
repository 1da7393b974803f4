"""Instructions an extraction stage executes per article, counted by valgrind's callgrind: unlike
timings, the count hardly moves when other work loads the machine, so two trees compare exactly.

    python bench/count_extract.py goals money                 # seeds (+ ../shared/devset)
    python bench/count_extract.py goals --folders FOLDER...

For each stage it runs, under callgrind, the same script twice on the same parsed articles: once
with the stage and once without (both warmed up on two articles: patterns compiled, lexicons
read), and prints the difference per article. Needs `valgrind` on PATH; takes a minute or two.
"""
from __future__ import annotations

import argparse
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "seeds", ROOT.parent / "shared" / "devset" / "articles"]

_RUN = """
import pickle, sys
sys.path.insert(0, {root!r})
from briefs.extract import goals, money
pre = pickle.load(open(sys.argv[1], "rb"))
fn = {{"money": money.extract_money, "goals": goals.extract_goals}}
for p, n in pre[:2]:
    for f in fn.values():
        f(p, n)
for name in sys.argv[2:]:
    for p, n in pre:
        fn[name](p, n)
"""


def _prepare(folders: list[Path], out: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from briefs import ingest
    from briefs.extract import names
    from briefs.text import parse
    articles = ingest.load([str(f) for f in folders if f.exists()]).articles
    pre = [(p, names.analyse(p)) for p in (parse(a) for a in articles)]
    out.write_bytes(pickle.dumps(pre))
    return len(pre)


def _count(script: Path, data: Path, stages: list[str], work: Path) -> int:
    log = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={work / 'cg.out'}",
                          sys.executable, str(script), str(data), *stages],
                         capture_output=True, text=True, check=True).stderr
    return int(re.search(r"refs:\s+([\d,]+)", log).group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stages", nargs="+", choices=["goals", "money"])
    parser.add_argument("--folders", nargs="*", type=Path, default=DEFAULT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        n = _prepare(args.folders, work / "pre.pkl")
        script = work / "run.py"
        script.write_text(_RUN.format(root=str(ROOT)))
        base = _count(script, work / "pre.pkl", [], work)
        for stage in args.stages:
            extra = _count(script, work / "pre.pkl", [stage], work) - base
            print(f"{stage:8} {extra / n / 1e6:8.2f} M instructions/article ({n} articles)")


if __name__ == "__main__":
    main()
