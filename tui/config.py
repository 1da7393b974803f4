"""The user's settings: ~/.config/briefdesk/config.toml (or $XDG_CONFIG_HOME/briefdesk/).

```toml
theme = "dark"
[keymap]              # binding id -> keys, as Textual's App.set_keymap takes them
"panel.next" = "tab,ctrl+n"
```
A missing or unreadable file gives the defaults and a message: settings never stop the app.
"""
from __future__ import annotations

import os
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import tomli_w

APP_NAME = "briefdesk"


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or ""
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / APP_NAME


def config_path() -> Path:
    return config_dir() / "config.toml"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


@dataclass(slots=True)
class Config:
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)


def load_config(path: Path | None = None) -> tuple[Config, list[str]]:
    """The settings and any problems found reading them (one line each)."""
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config(), []
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Config(), [f"{path}: {error}; using default settings"]
    problems: list[str] = []
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        problems.append(f"{path}: 'theme' must be a string")
        theme = None
    keymap_raw = data.get("keymap", {})
    keymap: dict[str, str] = {}
    if isinstance(keymap_raw, dict):
        for key, value in keymap_raw.items():
            if isinstance(value, str):
                keymap[str(key)] = value
            else:
                problems.append(f"{path}: keymap.{key} must be a string of keys")
    else:
        problems.append(f"{path}: 'keymap' must be a table")
    return Config(theme=theme, keymap=keymap), problems


def save_config(config: Config, path: Path | None = None) -> Path:
    """Write the settings atomically, keeping keys this version does not know about."""
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        data = {}
    if config.theme:
        data["theme"] = config.theme
    if config.keymap:
        data["keymap"] = dict(config.keymap)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            tomli_w.dump(data, handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
