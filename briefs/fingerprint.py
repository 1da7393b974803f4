"""What `ingest.load` would read from local paths, cheaply: each file's name and a digest of its
bytes, in reading order. Reopening an unchanged corpus is then recognised before any article is
parsed (parsing metadata and boilerplate costs about a millisecond per article).

A `known` dict of file digests by file identity (size, modification and change times, inode), kept
by the cache between runs, spares reading unchanged files: one stat instead of an open and a read.
A digest is only remembered for a file last changed over RACY_NS before it was read, so a write
landing within the clock's resolution of the read can never hide behind an unchanged identity (the
rule git uses for its index)."""
from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Sequence
from pathlib import Path

from briefs import ingest

RACY_NS = 2_000_000_000
Known = dict[str, list]  # real path -> [size, mtime_ns, ctime_ns, inode, digest hex]


def fingerprint(paths: Sequence[str], known: Known | None = None) -> str | None:
    """A digest of every input `ingest.load(paths)` reads, or None when an input is stdin or a URL
    (their content is not known without reading or fetching it). `known` is read and updated."""
    digest = hashlib.blake2b(digest_size=20)
    seen: set[str] = set()
    for given in map(str, paths):
        if given == "-" or ingest.is_url(given):
            return None
        digest.update(b"input\0" + given.encode("utf-8", "surrogateescape") + b"\0")
        for label, part in _inputs(given, seen, {} if known is None else known):
            digest.update(label.encode("utf-8", "surrogateescape") + b"\0" + part + b"\0")
    return digest.hexdigest()


def _inputs(given: str, seen: set[str], known: Known):
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
            real, st = _real_and_stat(file, folders)
            if "file:" + real not in seen:  # what ingest.first_visit marks
                seen.add("file:" + real)
                yield file, _content(file, st, real, known)
        for error in errors:
            yield error, b"error"
        return
    if not path.is_file():
        yield given, b"not a file"
    elif ingest.first_visit(path, seen):
        yield given, _content(given, _stat(given, os.stat), os.path.realpath(given), known)


def _real_and_stat(file: str, folders: dict[str, str]) -> tuple[str, os.stat_result | OSError]:
    """os.path.realpath(file) and os.stat(file), in one system call for a file that is no link:
    its real path is its real folder (resolved once per folder) plus its name, and its lstat is
    its stat. realpath checks every part of the path (five system calls a file in a corpus four
    folders deep); each call also hands the GIL to the interface's thread and waits to get it
    back. Strings, not Paths: pathlib's conversions cost as much as the calls on 10,000 files."""
    st = _stat(file, os.lstat)
    if not isinstance(st, OSError) and stat.S_ISLNK(st.st_mode):
        return os.path.realpath(file), _stat(file, os.stat)
    parent, name = os.path.split(file)
    folder = folders.get(parent)
    if folder is None:
        folder = folders[parent] = os.path.realpath(parent)
    return os.path.join(folder, name), st


def _stat(path: str, call) -> os.stat_result | OSError:
    try:
        return call(path)
    except OSError as error:
        return error


def _content(path: str, st: os.stat_result | OSError, real: str, known: Known) -> bytes:
    """The digest of the file at `path` (whose stat is `st`), from `known` when its identity is
    unchanged, else read."""
    if isinstance(st, OSError):
        return f"unreadable {st.errno}".encode()
    identity = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
    record = known.get(real)
    if record is not None and record[:4] == identity:
        known[real] = known.pop(real)  # to the end: records in use are the last to go
        return bytes.fromhex(record[4])
    try:
        with open(path, "rb") as handle:
            digest = hashlib.blake2b(handle.read(ingest.MAX_FILE_BYTES + 1), digest_size=20).digest()
    except OSError as error:
        return f"unreadable {error.errno}".encode()
    if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS:
        known[real] = identity + [digest.hex()]
    else:
        known.pop(real, None)
    return digest
