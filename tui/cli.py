"""The `brief` command: the dashboard, `brief extract` and `brief export`.

Textual is imported only when the dashboard opens, so the headless commands start fast.
"""
from __future__ import annotations

import argparse
import datetime
import io
import os
import re
import sys
from collections.abc import Sequence

from briefs import __version__
from briefs.bundled import seeds_dir
from briefs.safe_text import safe_line

EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE = 0, 1, 2
COMMANDS = ("extract", "export")

DESCRIPTION = """\
briefdesk: turn news articles into a briefing.

  brief [PATH...]                          open the dashboard (the bundled seeds when no PATH)
  brief extract PATH... [--format json|toml|md] [--date YYYY-MM-DD]
                                           print what was extracted, without the dashboard
  brief export PATH... -o FILE [--format md|toml|json] [--force] [--story NAME] [--date YYYY-MM-DD]
                                           write a briefing file (-o - prints it): every
                                           article, or one story with --story

PATH is a file (.txt .md .html .htm .json .jsonl), a folder (read recursively), - for
standard input, an http(s):// URL, or a saved brief (.toml, or .json written by briefdesk).
Run `brief extract -h` or `brief export -h` for each command's options.

Exit codes: 0 done, 1 nothing could be read (or the file could not be written),
2 bad usage."""


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"brief: {message} (see `{self.prog} -h`)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _date(value: str) -> str:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {value!r}")


_PATH_HELP = "article file, folder, -, http(s):// URL or saved brief"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="publication date for articles that give none (resolves 'next year')")


def dashboard_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="brief", description=DESCRIPTION,
                     usage="brief [PATH...] [--theme NAME] [--date YYYY-MM-DD]\n"
                           "       brief extract PATH... [--format json|toml|md] [--date YYYY-MM-DD]\n"
                           "       brief export PATH... -o FILE [--format md|toml|json] [--force] [--story NAME] [--date YYYY-MM-DD]",
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", metavar="PATH", help="articles to open")
    parser.add_argument("--theme", metavar="NAME",
                        help="colour theme: dark, light, high-contrast, terminal, terminal-light, "
                             "a theme file in ~/.config/briefdesk/themes/, or a Textual theme")
    parser.add_argument("--version", action="version", version=f"briefdesk {__version__}")
    _common(parser)
    return parser


def extract_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="brief extract",
                     description="Print the people, organisations, funding, goals and quotes "
                                 "extracted from the articles, without opening the dashboard.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_PATH_HELP)
    parser.add_argument("--format", choices=("json", "toml", "md"), default="json",
                        help="json: the extraction contract (default); toml, md: a briefing file")
    _common(parser)
    return parser


def export_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="brief export",
                     description="Write a briefing file. The format follows FILE's suffix "
                                 "(.md, .toml, .json); other names need --format, and a --format "
                                 "that contradicts the suffix is refused.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_PATH_HELP)
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="where to write; - for standard output")
    parser.add_argument("--format", choices=("md", "toml", "json"),
                        help="default: from FILE's suffix; md when FILE is -")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument("--story", metavar="NAME",
                        help="write one story (as the note's Stories list names it) instead of "
                             "every article; a note of several stories lists them")
    _common(parser)
    return parser


def _build(paths: Sequence[str], date: str | None):
    """Read and extract; report every unreadable input on stderr. None when nothing was read."""
    from briefs.pipeline import build_brief

    result = build_brief(paths, date=date)
    for error in result.errors:
        # Errors name files: a name holding escape sequences must not reach the terminal raw.
        print(f"brief: {safe_line(error)}", file=sys.stderr)
    if not result.brief.articles:
        print("brief: nothing could be read", file=sys.stderr)
        return None
    return result.brief


def run_extract(argv: Sequence[str]) -> int:
    args = extract_parser().parse_args(argv)
    brief = _build(args.paths, args.date)
    if brief is None:
        return EXIT_NOTHING_READ
    if args.format == "json":
        from briefs.export.json import dumps_contract

        text = dumps_contract(brief)
    else:
        from briefs.export import render

        text = render(brief, args.format)
    sys.stdout.write(text)
    return EXIT_OK


def _one_story(brief, name: str):
    """The brief of the story called `name`, or None (and the stories there are, on stderr)."""
    from briefs import stories

    sizes = stories.sizes(brief.articles)
    found = stories.find(sizes, name)
    if found is not None:
        return stories.of_story(brief, found)
    listed = "; ".join(f"{label} ({n})" for label, n in list(sizes.items())[:10])
    more = f"; and {len(sizes) - 10} more" if len(sizes) > 10 else ""
    known = f"the stories (articles) are: {listed}{more}" if sizes else "these articles are not grouped into stories"
    print(f"brief: no story called {safe_line(name)!r}; {safe_line(known)}", file=sys.stderr)
    return None


def run_export(argv: Sequence[str]) -> int:
    from briefs.export import ExportError, render, write
    from tui.export_names import ExportNameError, check_name

    args = export_parser().parse_args(argv)
    try:
        # The dialog's rule: a known suffix decides, and one that contradicts --format is refused.
        fmt = (args.format or "md") if args.output == "-" else check_name(args.output, args.format)
    except ExportNameError as exc:
        print(f"brief: {safe_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    brief = _build(args.paths, args.date)
    if brief is None:
        return EXIT_NOTHING_READ
    if args.story is not None:
        brief = _one_story(brief, args.story)
        if brief is None:
            return EXIT_USAGE
    if args.output == "-":
        sys.stdout.write(render(brief, fmt))
        return EXIT_OK
    try:
        written = write(brief, args.output, fmt, force=args.force)
    except ExportError as exc:
        print(f"brief: {safe_line(str(exc))}", file=sys.stderr)
        return EXIT_NOTHING_READ
    print(f"brief: wrote {safe_line(str(written))}{_stories_hint(brief)}", file=sys.stderr)
    return EXIT_OK


def _stories_hint(brief) -> str:
    """Said after writing the articles of several stories: the file holds them all."""
    from briefs import stories

    count = len(stories.sizes(brief.articles))
    if count < 2:
        return ""
    return f" ({len(brief.articles):,} articles in {count:,} stories; --story NAME writes one)"


def _theme_names() -> tuple[list[str], set[str]]:
    """The themes that load, and the names of theme files with a mistake."""
    from textual.theme import BUILTIN_THEMES

    from briefs.bundled import themes_dir
    from tui.config import user_themes_dir
    from tui.themes import load_themes

    loaded = load_themes([themes_dir(), user_themes_dir()])
    return [t.name for t in loaded.themes] + list(BUILTIN_THEMES), loaded.broken


def take_piped_articles(fd: int = 0, tty: str = "/dev/tty") -> str | None:
    """`brief -` opens the dashboard on articles piped in, but the dashboard reads its keys from
    the same standard input: read the pipe whole now (into `sys.stdin`, where ingest reads "-"),
    then put the terminal on that descriptor for the keys. Returns a usage error, or None."""
    if os.isatty(fd):
        return "'-' reads articles from a pipe, and none is piped in (brief - < FILE)"
    from briefs.ingest import MAX_FILE_BYTES

    with os.fdopen(os.dup(fd), "rb") as pipe:
        data = pipe.read(MAX_FILE_BYTES + 1)  # ingest says when this is too much
    try:
        terminal = os.open(tty, os.O_RDONLY)
    except OSError:
        return "the dashboard needs a terminal for its keys; without one use `brief extract -`"
    os.dup2(terminal, fd)
    os.close(terminal)
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace")
    return None


def run_dashboard(argv: Sequence[str]) -> int:
    args = dashboard_parser().parse_args(argv)
    names, broken = _theme_names() if args.theme else ([], set())
    # A theme whose file has a mistake is not bad usage: the app says which field, and starts
    # with its default theme.
    if args.theme and args.theme not in names and args.theme not in broken:
        print(f"brief: no theme called {args.theme!r}; available: {', '.join(names)}", file=sys.stderr)
        return EXIT_USAGE
    if "-" in args.paths and (problem := take_piped_articles()):
        print(f"brief: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from tui.app import run_dashboard as run

    return run(args.paths or [str(seeds_dir())], theme=args.theme, date=args.date)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = {"extract": run_extract, "export": run_export}.get(argv[0] if argv else "")
    try:
        if command is not None:
            return command(argv[1:])
        return run_dashboard(argv)
    except KeyboardInterrupt:
        print("brief: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
