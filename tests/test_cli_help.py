"""The command line: unknown commands with a suggestion, examples on every help page, the
playback keys in `play --help`, and XScreenSaver's classic single-dash hack options."""

from __future__ import annotations

import pytest

from renderer.app.keys import PLAY_KEYS
from renderer.cli import COMMANDS, build_parser, main
from renderer.commands.screensaver import frame_rate


def test_a_mistyped_command_is_an_error_with_a_suggestion(capsys):
    assert main(["lsit"]) == 2
    captured = capsys.readouterr()
    assert captured.err == "reverie: error: unknown command 'lsit' (did you mean 'list'?)\n"
    assert main(["exprot", "default"]) == 2
    assert "did you mean 'export'?" in capsys.readouterr().err


def test_an_unknown_word_lists_the_commands_and_a_missing_file_is_still_a_file(capsys):
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown command 'frobnicate'" in err and "export" in err
    assert main(["no-such-dream.txt"]) == 2  # a file for the menu: it says it is missing
    assert "no such dream file: no-such-dream.txt" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_help_page_ends_with_examples(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"] if command else ["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    examples = out.split("examples:\n", 1)[1]
    first = examples.splitlines()[0].split()
    assert first[0] == "reverie" and (not command or first[1] == command), out


def test_play_help_lists_the_keys(capsys):
    with pytest.raises(SystemExit):
        main(["play", "--help"])
    out = capsys.readouterr().out
    keys = out.split("keys while playing:\n", 1)[1]
    for key, action in PLAY_KEYS:
        assert any(line.split() == [*key.split(), *action.split()] for line in keys.splitlines())


def test_screensaver_takes_the_classic_hack_options():
    args = build_parser().parse_args(
        ["screensaver", "-root", "-window-id", "0x2a00007", "-fps", "-delay", "20000"]
    )
    assert (args.root, args.window_id, args.stats, args.delay) == (True, "0x2a00007", True, 20000)
    assert frame_rate(20000) == 50 and frame_rate(0) == 60
    assert frame_rate(5_000) == 60 and frame_rate(10_000_000) == 1


def test_a_negative_delay_is_a_one_line_error(capsys):
    assert main(["screensaver", "-delay", "-5"]) == 2
    assert capsys.readouterr().err.startswith("reverie: error: -delay takes microseconds")
