"""Theme files: themes/*.toml shipped with the app and the user's own, validated and registered.

A theme file holds Textual's theme fields:

```toml
name = "dark"             # what --theme, the palette and config.toml call it
dark = true
primary = "#5fafff"       # any colour Textual parses: "#rrggbb", "rgb(..)", "ansi_blue"
background = "#101418"
ansi = false              # true: use the terminal's own palette (ansi_* colours)
[variables]               # optional Textual design variables
"block-cursor-background" = "#5fafff"
```
A bad file never stops the app: it is skipped with a message naming the file and the field.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from dataclasses import field as _field
from pathlib import Path
from typing import Any, Iterable

from textual.color import Color, ColorParseError
from textual.theme import Theme

COLOUR_FIELDS = ("primary", "secondary", "warning", "error", "success", "accent", "foreground",
                 "background", "surface", "panel", "boost")
OTHER_FIELDS = ("name", "dark", "ansi", "luminosity_spread", "text_alpha", "variables",
                "description", "author")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class ThemeFileError(Exception):
    def __init__(self, path: Path, field: str | None, problem: str) -> None:
        self.path, self.field, self.problem = path, field, problem
        self.theme_name: str | None = None  # the name the file gives, when it gives one
        where = f"{path.name}: field '{field}'" if field else path.name
        super().__init__(f"Theme {where}: {problem}")


def _colour(path: Path, field: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ThemeFileError(path, field, f"expected a colour string, got {type(value).__name__}")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeFileError(path, field, f"{value!r} is not a colour") from None
    return value


def _number(path: Path, field: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ThemeFileError(path, field, f"expected a number from {low} to {high}")
    return float(value)


def _variables(path: Path, value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ThemeFileError(path, "variables", "expected a table of name = value strings")
    out: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(item, str):
            raise ThemeFileError(path, f"variables.{key}", "expected a string")
        out[str(key)] = item
    return out


def theme_from_dict(data: dict[str, Any], path: Path) -> Theme:
    """Validate one theme's fields; raise ThemeFileError naming the first bad one."""
    for key in data:
        if key not in COLOUR_FIELDS and key not in OTHER_FIELDS:
            raise ThemeFileError(path, key, "unknown field")
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ThemeFileError(path, "name", "required: letters, digits, '-', '_' or '.'")
    if "primary" not in data:
        raise ThemeFileError(path, "primary", "required")
    colours = {f: _colour(path, f, data[f]) for f in COLOUR_FIELDS if f in data}
    flags: dict[str, Any] = {}
    for flag in ("dark", "ansi"):
        if flag in data:
            if not isinstance(data[flag], bool):
                raise ThemeFileError(path, flag, "expected true or false")
            flags[flag] = data[flag]
    if "luminosity_spread" in data:
        flags["luminosity_spread"] = _number(path, "luminosity_spread", data["luminosity_spread"], 0, 1)
    if "text_alpha" in data:
        flags["text_alpha"] = _number(path, "text_alpha", data["text_alpha"], 0, 1)
    variables = _variables(path, data.get("variables", {}))
    return Theme(name=name, variables=variables, **colours, **flags)


def load_theme_file(path: Path) -> Theme:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ThemeFileError(path, None, f"not valid TOML ({error})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ThemeFileError(path, None, f"cannot be read ({error})") from None
    try:
        return theme_from_dict(data, path)
    except ThemeFileError as error:
        name = data.get("name")
        error.theme_name = name if isinstance(name, str) else None
        raise


@dataclass(slots=True)
class LoadedThemes:
    themes: list[Theme]
    errors: list[str]
    # Theme names (from the file's name field, and its file name) whose file has a mistake: asked
    # for by name, the app starts with its default theme and the mistake is reported.
    broken: set[str] = _field(default_factory=set)


def load_themes(folders: Iterable[Path]) -> LoadedThemes:
    """Every *.toml theme in `folders`, in order; a later file with the same name wins."""
    by_name: dict[str, Theme] = {}
    errors: list[str] = []
    broken: set[str] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                theme = load_theme_file(path)
            except ThemeFileError as error:
                errors.append(str(error))
                broken |= {path.stem} | ({error.theme_name} if error.theme_name else set())
                continue
            by_name[theme.name] = theme
    return LoadedThemes(list(by_name.values()), errors, broken - by_name.keys())
