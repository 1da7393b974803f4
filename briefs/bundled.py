"""Where the bundled seeds and themes live, in a checkout and in an installed wheel."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """`seeds` or `themes`: the wheel carries them under briefs/bundled/, a checkout at its root."""
    inside = _PACKAGE / "bundled" / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def seeds_dir() -> Path:
    return bundled_dir("seeds")


def themes_dir() -> Path:
    return bundled_dir("themes")
