"""The `reverie` command: a thin dispatcher over renderer/commands/*.

Each command module defines HELP, add_arguments(parser) and run(args) -> int, and
imports its heavy dependencies inside run() so that `reverie --help` stays fast.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from renderer import __version__
from renderer.errors import ReverieError

COMMANDS = (
    "menu",
    "play",
    "screensaver",
    "export",
    "still",
    "analyze",
    "timeline",
    "list",
    "voices",
    "bench",
    "doctor",
)


def build_parser() -> argparse.ArgumentParser:
    from renderer.commands.examples import epilog

    parser = argparse.ArgumentParser(
        prog="reverie",
        description="Reverie reads a written dream aloud over living shader scenes.",
        epilog=epilog(""),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"reverie {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"renderer.commands.{name}")
        command = sub.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog=epilog(name),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    """`reverie` alone, or `reverie FILE...`, opens the menu."""
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        return ["menu", *argv]
    return argv


def unknown_command(word: str) -> str | None:
    """Why `word` (the first argument, not a command) is neither a command nor a file to
    list in the menu; None when it may be a file."""
    if word in COMMANDS or word.startswith("-") or Path(word).exists():
        return None
    if "/" in word or os.sep in word or Path(word).suffix.lower() in (".txt", ".md"):
        return None  # a path: the menu says if it is missing
    close = difflib.get_close_matches(word.lower(), COMMANDS, n=1, cutoff=0.6)
    if close:
        return f"unknown command '{word}' (did you mean '{close[0]}'?)"
    return f"unknown command '{word}' (commands: {', '.join(COMMANDS)}; see reverie --help)"


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    problem = unknown_command(given[0]) if given else None
    if problem is not None:
        print(f"reverie: error: {problem}", file=sys.stderr)
        return 2
    args_list = _with_default_command(given)
    args = build_parser().parse_args(args_list)
    try:
        return int(args.run(args) or 0)
    except ReverieError as error:
        print(f"reverie: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("reverie: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:  # the machine said no (a read-only folder, a full disk): its words
        print(f"reverie: error: {os_error_line(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: still one line, with a way to see more
        if os.environ.get("REVERIE_DEBUG"):
            raise
        print(
            f"reverie: internal error: {type(error).__name__}: {error} "
            "(set REVERIE_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return 1


def os_error_line(error: OSError) -> str:
    """An OSError as one line naming the file and the system's reason."""
    reason = error.strerror or str(error) or type(error).__name__
    if error.filename is not None:
        return f"{error.filename}: {reason}"
    return " ".join(reason.split())


if __name__ == "__main__":
    raise SystemExit(main())
