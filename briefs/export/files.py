"""Writing briefing files safely, and naming them.

A write goes to a temporary file in the destination's own folder (so the final rename stays on one
file system and is atomic) and then replaces the destination in one step: readers see the old file
or the new one, never half of either, and a failure leaves any existing file as it was.
"""
from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import unicodedata
from collections.abc import Iterable
from pathlib import Path

SUFFIXES = {"md": ".md", "toml": ".toml", "json": ".json"}

# Longest slug taken from a title, so a default name stays readable and well under name limits.
_SLUG_MAX = 60

_PROBLEMS = {
    errno.ENOENT: "no such folder",
    errno.ENOTDIR: "no such folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EISDIR: "it is a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


class ExportError(Exception):
    """A briefing file that could not be written; the message is one line for the user."""


def atomic_write(path: str | Path, data: bytes | Iterable[bytes], *, force: bool = False) -> Path:
    """Write `data` (bytes, or pieces of them) to `path` atomically; refuse to replace an existing
    file unless `force`. An error while the pieces are made (raised by the iterable) removes the
    temporary file and goes up unchanged, leaving any existing file as it was."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: no such folder {folder}")
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    if path.exists() and not force:
        raise ExportError(f"{path} exists; use --force to overwrite")
    tmp = _temp_path(path)
    try:
        _write_new(tmp, data, _mode_of(path))
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        if exc.errno == errno.ENOENT and folder.is_dir():  # /proc, /sys: the folder takes no new files
            raise ExportError(f"cannot write {path}: {folder} does not take new files") from None
        raise ExportError(f"cannot write {path}: {problem(exc)}") from None
    except BaseException:
        _remove(tmp)
        raise
    _sync_folder(folder)
    return path


def problem(exc: OSError) -> str:
    """What went wrong, in the user's words rather than an errno."""
    return _PROBLEMS.get(exc.errno or 0) or exc.strerror or str(exc)


def _temp_path(path: Path) -> Path:
    # Hidden, in the same folder, and random so two writers never share one.
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def _mode_of(path: Path) -> int | None:
    """The permissions of the file being replaced: overwriting must not change who may read it."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _write_new(tmp: Path, data: bytes | Iterable[bytes], mode: int | None) -> None:
    # 0o666 filtered by the umask, as for any new file (mkstemp would force 0o600).
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    with os.fdopen(fd, "wb") as handle:
        for piece in [data] if isinstance(data, bytes) else data:
            _write_data(handle, piece)
        handle.flush()
        os.fsync(handle.fileno())
    if mode is not None:
        os.chmod(tmp, mode)


def _write_data(handle, data: bytes) -> None:
    handle.write(data)


def _remove(tmp: Path) -> None:
    try:
        tmp.unlink()
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; best effort, as not every system can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# ---------------------------------------------------------------- default names

def slug(text: str) -> str:
    """Lower-case words joined by hyphens: letters and digits only, so no path can sneak in."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in text).split()
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > _SLUG_MAX:
            break
        out = candidate
    return out or (words[0][:_SLUG_MAX] if words else "")


def file_name(title: str, date: str | None, fmt: str) -> str:
    """`title-words-YYYY-MM-DD.ext`; the date only when it is a plain date."""
    parts = [slug(title) or "briefing"]
    if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        parts.append(date)
    return "-".join(parts) + SUFFIXES[fmt]
