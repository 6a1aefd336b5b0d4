"""`reverie screensaver`: drift through dreams; also an XScreenSaver hack."""

from __future__ import annotations

import argparse

HELP = "screensaver: dreams in shuffled order with slow crossfades"
PREVIEW_SIZE = (480, 270)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    # XScreenSaver's own hacks spell these with one dash (-root, -window-id): accept both.
    parser.add_argument("--root", "-root", action="store_true",
                        help="draw into the window XScreenSaver gives (XSCREENSAVER_WINDOW)")
    parser.add_argument("--window-id", "-window-id", default=None,
                        help="draw into this X window (0x...)")
    parser.add_argument("--preview", action="store_true", help="run in a small window")
    parser.add_argument("--narrate", action="store_true", help="read the dreams aloud, softly")
    parser.add_argument("--dream-seconds", type=float, default=None,
                        help="how long each dream stays before the next (default: its length)")
    parser.add_argument("--seed", type=int, default=None,
                        help="the shuffle's seed (default: a new order every run)")
    parser.add_argument("--stats", "-fps", action="store_true",
                        help="print frames per second and the worst frame time at exit")
    parser.add_argument("--delay", "-delay", type=int, default=0, metavar="MICROSECONDS",
                        help="at least this long between frames, as XScreenSaver hacks take it "
                        "(default 0: up to 60 frames per second)")


def frame_rate(delay_us: int) -> int:
    """The most frames per second for a -delay in microseconds (0: 60)."""
    if delay_us <= 0:
        return 60
    return max(1, min(60, round(1_000_000 / delay_us)))


def run(args: argparse.Namespace) -> int:
    import time

    from renderer.app.scene import FrameStats, log_event, stats_wanted
    from renderer.app.screensaver import Screensaver, Stop, hack_window_id, shuffled
    from renderer.app.settings import load_settings
    from renderer.app.window import DEFAULT_SIZE, Window
    from renderer.errors import ReverieError
    from renderer.library import catalog

    if args.delay < 0:
        raise ReverieError(f"-delay takes microseconds (0 or more), got {args.delay}")
    stop = Stop()
    stop.install()
    foreign = hack_window_id(args.window_id, args.root)
    hack = foreign is not None
    entries = catalog()
    if not entries:
        raise ReverieError("no dreams to show (see `reverie list`)")
    seed = args.seed if args.seed is not None else int(time.time() * 1000) & 0x7FFFFFFF
    window = Window(
        PREVIEW_SIZE if args.preview else DEFAULT_SIZE,
        fullscreen=not (args.preview or hack),
        title="Reverie",
        foreign_id=foreign,
    )
    window.hide_cursor()
    stats = FrameStats() if stats_wanted(args.stats) else None
    log_event(f"screensaver {'hack' if hack else 'preview' if args.preview else 'fullscreen'}")
    saver = None
    try:
        saver = Screensaver(
            window,
            shuffled(entries, seed),
            load_settings(),
            hack=hack,
            narrate=args.narrate,
            dream_seconds=args.dream_seconds,
            stop=stop,
            stats=stats,
            max_fps=frame_rate(args.delay),
        )
        saver.run()
    finally:
        if stats and saver is not None:
            stats.report(saver.views[0].compositor.scale)
        window.close()
    return 0
