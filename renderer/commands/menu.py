"""`reverie [FILES...]`: the dream menu, with the highlighted dream playing behind it."""

from __future__ import annotations

import argparse

from renderer.commands.options import add_voice_arguments

HELP = "open the dream menu (the default when no command is given)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", help="extra dream files to list")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--fullscreen", action="store_true", default=None, help="fullscreen")
    mode.add_argument("--windowed", action="store_true", help="in a window")
    parser.add_argument("--size", default=None, help="window size WxH (default 1280x720)")
    add_voice_arguments(parser)
    parser.add_argument("--no-sound", action="store_true",
                        help="no narration or ambience: the pictures and captions only")
    parser.add_argument("--stats", action="store_true",
                        help="print frames per second and the worst frame time at exit")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from renderer.app.menu import Menu
    from renderer.app.scene import live_scene
    from renderer.app.settings import load_settings
    from renderer.app.window import Window
    from renderer.commands.options import window_size, with_overrides
    from renderer.errors import ReverieError
    from renderer.validate import check_narration_options

    saved = load_settings()
    check_narration_options(args)
    settings = with_overrides(saved, args)
    for file in args.files:
        if not Path(file).is_file():
            raise ReverieError(f"no such dream file: {file}")
    window = Window(window_size(args.size), fullscreen=settings.fullscreen)
    with live_scene(window, args.stats) as (scene, stats):
        return Menu(
            window,
            scene,
            saved,
            list(args.files),
            overrides=lambda chosen: with_overrides(chosen, args),
            sound=not args.no_sound,
            stats=stats,
        ).run()
