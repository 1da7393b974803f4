"""Word lists kept as data: one entry per line, `#` starts a comment, blank lines ignored."""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of lexicon file `name` (e.g. "honorifics.txt"), in file order."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """The entries of lexicon file `name`, lower-cased, as a set."""
    return frozenset(entry.lower() for entry in lines(name))
