"""`reverie play DREAM`: fullscreen ambient playback of one dream."""

from __future__ import annotations

import argparse

from renderer.commands.options import add_voice_arguments

HELP = "play a dream: narration, soundscape and living visuals"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dream", help="a text file, or the name of a bundled dream")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--fullscreen", action="store_true", default=None, help="fullscreen")
    mode.add_argument("--windowed", action="store_true", help="in a window")
    parser.add_argument("--size", default=None, help="window size WxH (default 1280x720)")
    parser.add_argument("--loop", action="store_true", help="start again at the end")
    parser.add_argument("--sleep-timer", type=float, default=None, metavar="MINUTES",
                        help="fade everything out and quit after MINUTES")
    add_voice_arguments(parser)
    parser.add_argument("--no-captions", action="store_true", help="start with captions hidden")
    parser.add_argument("--no-sound", action="store_true",
                        help="no narration or ambience: the pictures and captions only")
    parser.add_argument("--stats", action="store_true",
                        help="print frames per second and the worst frame time at exit")


def run(args: argparse.Namespace) -> int:
    from renderer import pipeline
    from renderer.app.playback import Playback
    from renderer.app.scene import live_scene
    from renderer.app.settings import load_settings
    from renderer.app.window import Window
    from renderer.commands.options import window_size, with_overrides
    from renderer.errors import ReverieError
    from renderer.validate import check_narration_options

    check_narration_options(args)
    settings = with_overrides(load_settings(), args)
    if args.sleep_timer is not None and not 0 < args.sleep_timer <= 24 * 60:
        raise ReverieError(
            f"--sleep-timer takes minutes between 0 and 1440, got {args.sleep_timer}"
        )
    size = window_size(args.size)
    dream = pipeline.load(args.dream)
    window = Window(size, fullscreen=settings.fullscreen, title=f"Reverie: {dream.title}")
    with live_scene(window, args.stats) as (scene, stats):
        Playback(
            window,
            scene,
            dream,
            settings,
            loop=args.loop,
            sleep_minutes=args.sleep_timer,
            stats=stats,
            sound=not args.no_sound,
        ).run()
    return 0
