"""Theme files, settings, clipboard: validated, persisted, and never fatal."""
from __future__ import annotations

import base64
from pathlib import Path

import pytest
from dashboard_sample import ready, sample_brief

from briefs.bundled import themes_dir
from tui.app import BriefingApp
from tui.clipboard import MAX_BYTES, copy_text, osc52, tmux_passthrough
from tui.config import Config, config_path, load_config, save_config, user_themes_dir
from tui.themes import ThemeFileError, load_theme_file, load_themes

SHIPPED = ("dark", "light", "high-contrast", "terminal", "terminal-light")


def test_every_shipped_theme_is_valid():
    loaded = load_themes([themes_dir()])
    assert loaded.errors == []
    assert set(SHIPPED) <= {t.name for t in loaded.themes}
    ansi = {t.name: t.ansi for t in loaded.themes}
    assert ansi["terminal"] and not ansi["dark"]


@pytest.mark.parametrize("body, field", [
    ('name = "x"\nprimary = "#12345"\n', "primary"),
    ('name = "x"\nprimary = "#123456"\nbackground = 12\n', "background"),
    ('primary = "#123456"\n', "name"),
    ('name = "x"\n', "primary"),
    ('name = "x"\nprimary = "red"\ncolour = "blue"\n', "colour"),
    ('name = "x"\nprimary = "red"\ndark = "yes"\n', "dark"),
    ('name = "x"\nprimary = "red"\n[variables]\nborder = 3\n', "variables.border"),
])
def test_a_bad_theme_names_the_file_and_field(tmp_path, body, field):
    path = tmp_path / "mine.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ThemeFileError) as caught:
        load_theme_file(path)
    assert caught.value.field == field
    assert "mine.toml" in str(caught.value) and field in str(caught.value)


def test_invalid_toml_is_reported_not_raised(tmp_path):
    (tmp_path / "broken.toml").write_text("name = \n", encoding="utf-8")
    (tmp_path / "good.toml").write_text('name = "good"\nprimary = "#336699"\n', encoding="utf-8")
    loaded = load_themes([tmp_path])
    assert [t.name for t in loaded.themes] == ["good"]
    assert len(loaded.errors) == 1 and "broken.toml" in loaded.errors[0]


async def test_user_themes_load_and_a_bad_one_is_a_notification_not_a_crash():
    folder = user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "sea.toml").write_text('name = "sea"\nprimary = "#2288aa"\n', encoding="utf-8")
    (folder / "bad.toml").write_text('name = "bad"\nprimary = "blurple"\n', encoding="utf-8")
    app = BriefingApp([], theme="sea", brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.theme == "sea"
        assert "sea" in app.briefdesk_themes()
        messages = [n.message for n in app._notifications]
        assert any("bad.toml" in m and "primary" in m for m in messages)


async def test_unknown_theme_option_falls_back_with_a_message():
    app = BriefingApp([], theme="no-such-theme", brief=sample_brief())
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.theme == "dark"
        assert any("no-such-theme" in n.message for n in app._notifications)


def test_config_honours_xdg_and_round_trips(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_path() == tmp_path / "briefdesk" / "config.toml"
    assert load_config() == (Config(), [])
    save_config(Config(theme="light", keymap={"panel.next": "ctrl+n"}))
    assert load_config()[0] == Config(theme="light", keymap={"panel.next": "ctrl+n"})


def test_bad_config_gives_defaults_and_a_message(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("theme = [", encoding="utf-8")
    config, problems = load_config(path)
    assert config == Config() and problems and str(path) in problems[0]
    path.write_text("theme = 3\n[keymap]\nx = 1\n", encoding="utf-8")
    config, problems = load_config(path)
    assert config.theme is None and len(problems) == 2


def test_saving_keeps_unknown_settings(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('future = "kept"\ntheme = "dark"\n', encoding="utf-8")
    save_config(Config(theme="light"), path)
    assert 'future = "kept"' in path.read_text() and 'theme = "light"' in path.read_text()


async def test_saved_theme_and_keymap_apply_at_start(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "high-contrast"\n[keymap]\n"panel.next" = "ctrl+n"\n',
                    encoding="utf-8")
    app = BriefingApp([], brief=sample_brief(), config_path=path)
    assert app.theme == "high-contrast"
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+n")
        assert app.dashboard.active == "organisations"


async def test_no_color_uses_the_terminal_palette_and_strips_colour(monkeypatch):
    from textual.filter import NoColor

    monkeypatch.setenv("NO_COLOR", "1")
    app = BriefingApp([], brief=sample_brief())
    assert app.theme == "terminal"
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert any(isinstance(f, NoColor) for f in app._filters)
        await pilot.press("j", "space")
        assert not app.dashboard.brief.is_kept(app.dashboard.brief.people[1])


# ------------------------------------------------------------------ clipboard


class FakeDriver:
    def __init__(self) -> None:
        self.written: list[str] = []

    def write(self, data: str) -> None:
        self.written.append(data)


class FakeApp:
    def __init__(self, driver) -> None:
        self._driver = driver
        self.clipboard = ""

    def copy_to_clipboard(self, text: str) -> None:
        self.clipboard = text
        if self._driver is not None:
            self._driver.write(osc52(text))


def test_osc52_sequence_carries_the_text_base64():
    sequence = osc52("Zhang Lei — £30m")
    assert sequence.startswith("\x1b]52;c;") and sequence.endswith("\x07")
    assert base64.b64decode(sequence[7:-1]).decode() == "Zhang Lei — £30m"


def test_copy_writes_osc52_to_the_driver(monkeypatch):
    monkeypatch.delenv("TMUX", raising=False)
    driver = FakeDriver()
    message, ok = copy_text(FakeApp(driver), "hello")
    assert ok and "Copied" in message
    assert driver.written == [osc52("hello")]


def test_inside_tmux_the_sequence_is_also_passed_through(monkeypatch):
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    driver = FakeDriver()
    copy_text(FakeApp(driver), "hello")
    assert driver.written == [osc52("hello"), tmux_passthrough(osc52("hello"))]
    assert driver.written[1].startswith("\x1bPtmux;\x1b\x1b]52;")


def test_copy_falls_back_with_a_message():
    message, ok = copy_text(FakeApp(None), "hello")
    assert not ok and "No terminal" in message
    message, ok = copy_text(FakeApp(FakeDriver()), "x" * MAX_BYTES)
    assert not ok and "Too long" in message
