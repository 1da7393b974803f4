"""What `ingest.load` would read from local paths, cheaply: each file's name and a digest of its
bytes, in reading order. Reopening an unchanged corpus is then recognised before any article is
parsed (parsing metadata and boilerplate costs about a millisecond per article)."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from briefs import ingest


def fingerprint(paths: Sequence[str]) -> str | None:
    """A digest of every input `ingest.load(paths)` reads, or None when an input is stdin or a URL
    (their content is not known without reading or fetching it)."""
    digest = hashlib.blake2b(digest_size=20)
    seen: set[str] = set()
    for given in map(str, paths):
        if given == "-" or ingest.is_url(given):
            return None
        digest.update(b"input\0" + given.encode("utf-8", "surrogateescape") + b"\0")
        for label, part in _inputs(given, seen):
            digest.update(label.encode("utf-8", "surrogateescape") + b"\0" + part + b"\0")
    return digest.hexdigest()


def _inputs(given: str, seen: set[str]):
    """(label, content digest) per file, mirroring ingest's walk: sorted names, hidden entries and
    repeated files skipped; problems (missing, unreadable) fingerprint as markers."""
    path = Path(given)
    if path.suffix.lower() == ingest.BRIEF_SUFFIX:
        return
    if not os.path.exists(path):
        yield given, b"missing"
        return
    if path.is_dir():
        errors: list[str] = []
        folders: dict[str, str] = {}
        for file in map(str, ingest.walk(path, set(), errors)):  # the same walk as load()
            real = "file:" + _realpath(file, folders)  # what ingest.first_visit marks
            if real not in seen:
                seen.add(real)
                yield file, _content(file)
        for error in errors:
            yield error, b"error"
        return
    if not path.is_file():
        yield given, b"not a file"
    elif ingest.first_visit(path, seen):
        yield given, _content(path)


def _realpath(file: str, folders: dict[str, str]) -> str:
    """os.path.realpath(file), resolving each folder once: a file that is no link is its real
    folder plus its name. realpath checks every part of the path (five system calls a file in a
    corpus four folders deep); this checks the file alone. Strings, not Paths: pathlib's
    conversions cost as much as the system calls on 10,000 files."""
    if os.path.islink(file):
        return os.path.realpath(file)
    parent, name = os.path.split(file)
    folder = folders.get(parent)
    if folder is None:
        folder = folders[parent] = os.path.realpath(parent)
    return os.path.join(folder, name)


def _content(path: str | Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return hashlib.blake2b(handle.read(ingest.MAX_FILE_BYTES + 1), digest_size=20).digest()
    except OSError as error:
        return f"unreadable {error.errno}".encode()
