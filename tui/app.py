"""BriefingApp: themes, settings, the command palette, and the dashboard screen.

`run_dashboard(paths)` is what `brief [PATH...]` calls (tui/cli.py).
"""
from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterable, Sequence

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.driver import Driver
from textual.screen import Screen

from briefs.bundled import themes_dir
from briefs.model import Brief
from briefs.safe_text import safe_line
from tui.config import Config, load_config, save_config, user_themes_dir
from tui.driver import quick_escape
from tui.palette import BriefCommands
from tui.screens.dashboard import DashboardScreen, Loaded
from tui.themes import load_themes

DEFAULT_THEME = "dark"
NO_COLOR_THEME = "terminal"  # the terminal's own palette, which NO_COLOR then strips to none


def prepare_worker_processes() -> None:
    """Start multiprocessing's resource tracker while stderr is still the terminal.

    The pipeline extracts large inputs in worker processes, and starting them starts the tracker,
    which passes sys.stderr's file descriptor to its child. Inside a running Textual app stderr is
    captured (fileno -1), so that fails with "bad value(s) in fds_to_keep"; started here, it runs.
    """
    try:
        from multiprocessing import resource_tracker
        resource_tracker.ensure_running()
    except Exception:  # no processes on this platform: the pipeline then works in-process
        pass


class BriefingApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "briefdesk"
    COMMANDS = App.COMMANDS | {BriefCommands}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "help", "Help", key_display="?", id="app.help"),
        Binding("t", "cycle_theme", "Theme", show=False, id="app.theme"),
    ]

    def __init__(self, paths: Sequence[str], *, theme: str | None = None, date: str | None = None,
                 brief: Brief | None = None, builder: Callable[..., Any] | None = None,
                 config_path: Path | None = None) -> None:
        no_color = "NO_COLOR" in os.environ
        # ansi_color=True makes Textual's NO_COLOR filter strip colours (NoColor) instead of
        # turning them grey (Monochrome): bold, underline and reverse still mark things.
        super().__init__(ansi_color=True if no_color else None)
        self.paths = list(paths)
        self.date = date
        self._brief = brief
        self._builder = builder
        if brief is None and builder is None and self.paths:
            prepare_worker_processes()
        self._config_path = config_path
        self._startup_messages: list[tuple[str, str]] = []
        self._persist_theme = False
        self.config = self._load_config()
        self._theme_names = self._register_themes()
        self.theme = self._initial_theme(theme, no_color)
        self.dashboard: DashboardScreen | None = None

    # ------------------------------------------------------------ settings and themes

    def _load_config(self) -> Config:
        config, problems = load_config(self._config_path)
        self._startup_messages += [(p, "warning") for p in problems]
        if config.keymap:
            self.set_keymap(config.keymap)
        return config

    def get_driver_class(self) -> type[Driver]:
        # Textual's terminal driver, answering a lone Escape in ~25 ms instead of 100-200 ms.
        return quick_escape(super().get_driver_class())

    def _register_themes(self) -> list[str]:
        loaded = load_themes([themes_dir(), user_themes_dir()])
        for theme in loaded.themes:
            self.register_theme(theme)
        self._startup_messages += [(e, "error") for e in loaded.errors]
        self._broken_themes = loaded.broken
        return [t.name for t in loaded.themes]

    def _initial_theme(self, asked: str | None, no_color: bool) -> str:
        if asked:
            if asked in self.available_themes:
                return asked
            if asked in self._broken_themes:  # its file's mistake is reported already
                return self._default_theme(no_color)
            self._startup_messages.append(
                (f"No theme called {asked!r}; available: {', '.join(self.briefdesk_themes())}",
                 "error"))
        if no_color and not asked:
            return self._default_theme(no_color)
        saved = self.config.theme
        if saved and saved in self.available_themes:
            return saved
        if saved and saved not in self._broken_themes:
            self._startup_messages.append((f"Saved theme {saved!r} is not installed", "warning"))
        return self._default_theme(no_color)

    def _default_theme(self, no_color: bool) -> str:
        if no_color:
            return NO_COLOR_THEME if NO_COLOR_THEME in self.available_themes else "ansi-dark"
        return DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"

    def briefdesk_themes(self) -> list[str]:
        """The shipped and user themes (not Textual's own), in file order."""
        return [name for name in self._theme_names if name in self.available_themes]

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.notify(f"Theme: {name}", timeout=2)

    def watch_theme(self, name: str) -> None:
        if not self._persist_theme:
            return
        self.config.theme = name
        try:
            save_config(self.config, self._config_path)
        except OSError as error:
            self.notify(safe_line(f"Could not save the theme choice: {error}"), severity="warning",
                        markup=False)

    # ------------------------------------------------------------ lifecycle

    def on_mount(self) -> None:
        if self.no_color:
            self.add_class("-no-color")  # the sheet then marks the cursor with reverse video
        self.dashboard = DashboardScreen(self.paths, date=self.date, brief=self._brief,
                                         builder=self._builder)
        self.push_screen(self.dashboard)
        for message, severity in self._startup_messages:
            # Theme and settings problems name files: literal text, never markup.
            self.notify(safe_line(message), severity=severity, timeout=10,  # type: ignore[arg-type]
                        markup=False)
        self._persist_theme = True

    @on(Loaded)
    def _brief_loaded(self, message: Loaded) -> None:
        # The brief lives as long as the app: keep the collector from walking its objects again
        # and again (a full pass took ~0.4 s at 50,000 items, inside a key press). Collected
        # first, so the loading's garbage is not frozen with it; after the brief is painted, as
        # that pass costs ~0.2 s at 400,000 objects.
        self.call_after_refresh(self._freeze_heap)

    @staticmethod
    def _freeze_heap() -> None:
        gc.collect()
        gc.freeze()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Our palette lists the briefdesk themes by name; Textual's picker would list its own too.
        for command in super().get_system_commands(screen):
            if command.title != "Theme":
                yield command

    # ------------------------------------------------------------ actions (keys and palette)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_cycle_theme(self) -> None:
        names = self.briefdesk_themes() or list(self.available_themes)
        index = names.index(self.theme) + 1 if self.theme in names else 0
        self.set_theme(names[index % len(names)])

    def _on_dashboard(self) -> DashboardScreen | None:
        """The dashboard, brought to the front (palette commands can run from any screen)."""
        if self.dashboard is None:
            return None
        while self.screen is not self.dashboard and len(self.screen_stack) > 1:
            self.pop_screen()
        return self.dashboard

    def action_export(self, fmt: str | None = None) -> None:
        if (dashboard := self._on_dashboard()) is not None:
            dashboard.action_export(fmt)

    def action_pick_story(self) -> None:
        if (dashboard := self._on_dashboard()) is not None:
            dashboard.action_pick_story()

    def action_clear_filter(self) -> None:
        if (dashboard := self._on_dashboard()) is not None:
            dashboard.story = None
            dashboard.set_filter("")

    def action_go_panel(self, name: str) -> None:
        if (dashboard := self._on_dashboard()) is not None:
            dashboard.action_show_panel(name)


def run_dashboard(paths: Sequence[str], *, theme: str | None = None, date: str | None = None) -> int:
    """Open the dashboard on `paths` (the bundled seeds when empty); the exit code."""
    if not paths:
        from briefs.bundled import seeds_dir
        paths = [str(seeds_dir())]
    app = BriefingApp(paths, theme=theme, date=date)
    result = app.run()
    return int(result or app.return_code or 0)
