"""The screensaver: dreams in shuffled order (seeded per run) with slow crossfades between them.

Standalone (`reverie screensaver`): fullscreen, cursor hidden, silent unless --narrate; it
exits on a key, a click or real mouse movement (small jitter and the motion events SDL sends at
startup are ignored). `--preview` runs it in a small window.

XScreenSaver hack (`--root`, `--window-id ID`, or XSCREENSAVER_WINDOW in the environment): it
draws into that existing window at whatever size it has, never exits on input, and ends
cleanly (exit code 0) on SIGTERM or SIGINT. XScreenSaver sends SIGTERM and then destroys the
window, which a frame already on its way may find gone: that X error is recorded, not fatal
(gfx/xdisplay.py), and the loop ends at the signal. Should the window go without a signal, the
hack ends cleanly too ("window gone").
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from renderer.app.memory import release_free_memory
from renderer.app.scene import FrameStats, SceneView, log_event
from renderer.app.settings import Settings
from renderer.app.window import Window, parse_window_id, x_root_window
from renderer.output.driver import FramebufferSink
from renderer.output.window import GuardedWindowSink, WindowSink

if TYPE_CHECKING:
    from renderer.audio.player import Player
    from renderer.frame import FrameState
    from renderer.library import DreamEntry
    from renderer.timeline import Timeline

CROSSFADE_S = 6.0
START_AT_S = 2.0  # each dream joins past its fade-in
STARTUP_GRACE_S = 1.5  # mouse motion this early is SDL's startup noise, not the user
JITTER_PX = 10.0  # cumulative motion below this (within JITTER_WINDOW_S) is ignored
JITTER_WINDOW_S = 1.0
EXIT_DEADLINE_S = 20  # after SIGTERM/SIGINT, the longest the process may take to end
SOFT = 0.5  # --narrate plays voice and ambience at this share of the saved volumes


def hack_window_id(window_id: str | None, root: bool) -> int | None:
    """The X window to draw into: --window-id, $XSCREENSAVER_WINDOW, or the root (--root)."""
    if window_id:
        return parse_window_id(window_id)
    env = os.environ.get("XSCREENSAVER_WINDOW", "").strip()
    if env:
        return parse_window_id(env)
    if root:
        return x_root_window()
    return None


class Stop:
    """Set by SIGTERM/SIGINT (a flag only: the loop ends itself, cleanly).

    The signal also arms a deadline: should the process still be running EXIT_DEADLINE_S
    later (a frame stuck in the driver on a window already destroyed, a speech engine busy
    with a long sentence), the kernel ends it (SIGALRM's default action), and its helper
    processes with it (renderer/lifeline.py). A screensaver must never linger."""

    def __init__(self) -> None:
        self.reason = ""
        self.signalled = False

    def __bool__(self) -> bool:
        return bool(self.reason)

    def install(self) -> None:
        for number in (signal.SIGTERM, signal.SIGINT):
            signal.signal(number, self._handle)

    def _handle(self, number: int, frame: object) -> None:
        if not self.signalled:
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
            signal.alarm(EXIT_DEADLINE_S)
        self.signalled = True
        self.reason = signal.Signals(number).name


class Show:
    """One dream on screen: its timeline and clock (the audio player's with --narrate)."""

    def __init__(
        self,
        entry: DreamEntry,
        timeline: Timeline,
        player: Player | None,
        seconds: float | None,
        crossfade_s: float = CROSSFADE_S,
    ) -> None:
        self.entry, self.timeline, self.player = entry, timeline, player
        natural = timeline.duration - timeline.tail - START_AT_S
        self.length = max(crossfade_s * 2, seconds if seconds else natural)
        self._origin: float | None = None

    def start(self) -> None:
        self._origin = time.perf_counter()
        if self.player is not None:
            self.player.start(START_AT_S)

    def position(self) -> float:
        if self.player is not None:
            return self.player.position()
        if self._origin is None:
            return START_AT_S
        return START_AT_S + time.perf_counter() - self._origin

    @property
    def elapsed(self) -> float:
        return self.position() - START_AT_S

    def state(self) -> FrameState:
        t = self.position()
        if not self.timeline.complete or t < self.timeline.duration - self.timeline.tail:
            state = self.timeline.state_at(t)
        else:  # hold the last full-brightness moment while the next dream comes in
            state = self.timeline.state_at(self.timeline.duration - self.timeline.tail)
            state = replace(state, time=t)
        return replace(state, caption=None)

    def set_volume(self, share: float) -> None:
        if self.player is not None:
            self.player.set_volume(master=max(0.0, min(1.0, share)))

    def close(self) -> None:
        if self.player is not None:
            self.player.close()


class Screensaver:
    def __init__(
        self,
        window: Window,
        entries: list[DreamEntry],
        settings: Settings,
        *,
        hack: bool,
        narrate: bool,
        dream_seconds: float | None,
        stop: Stop,
        stats: FrameStats | None,
        max_fps: int = 60,
        crossfade_s: float = CROSSFADE_S,
    ) -> None:
        from renderer.gfx.shaders import ShaderLibrary
        from renderer.gfx.visuals import load_visuals

        self.window, self.entries, self.settings = window, entries, settings
        self.hack, self.narrate, self.dream_seconds = hack, narrate, dream_seconds
        self.stop, self.stats = stop, stats
        self.max_fps = max_fps  # XScreenSaver's -delay
        self.crossfade_s = crossfade_s
        library, visuals = ShaderLibrary(window.ctx), load_visuals()
        self.views = [
            SceneView(window.ctx, window.size, library=library, visuals=visuals) for _ in range(2)
        ]
        self.library = library
        self.sink = GuardedWindowSink(window, lambda: bool(stop)) if hack else WindowSink(window)
        self.index = 0
        self.changes = 0  # crossfades completed
        self._next: Show | None = None
        self._error: BaseException | None = None
        self._worker: threading.Thread | None = None
        self._motion = 0.0
        self._motion_at = 0.0
        self._started = time.monotonic()

    # -- preparing dreams --------------------------------------------------------------------
    def _make_show(self, entry: DreamEntry) -> Show:
        """Worker: a dream's whole timeline (and, with --narrate, its audio player)."""
        from renderer.pipeline import VoiceChoice, dream_timeline

        voice = VoiceChoice.from_settings(self.settings)
        spec = str(entry.path) if entry.source_kind == "file" else entry.name
        timeline = dream_timeline(
            spec, voice if self.narrate else voice.silent(), hold_audio=False
        )
        player = None
        if self.narrate:
            from renderer.audio.player import create_player
            from renderer.audio.score import score_from_timeline

            player = create_player(score_from_timeline(timeline), narration=True, ambient=True)
            player.set_volume(
                voice=self.settings.voice_volume * SOFT,
                ambient=self.settings.ambience_volume * SOFT,
            )
        return Show(entry, timeline, player, self.dream_seconds, self.crossfade_s)

    def _prepare_next(self) -> None:
        entry = self.entries[self.index % len(self.entries)]
        self.index += 1

        def work() -> None:
            try:
                self._next = self._make_show(entry)
            except BaseException as error:  # noqa: BLE001 - raised again on the main thread
                self._error = error

        self._next = None
        self._worker = threading.Thread(target=work, name="reverie-next-dream", daemon=True)
        self._worker.start()

    def _take_next(self, wait: bool) -> Show | None:
        if self._worker is not None and wait:
            while self._worker.is_alive() and not self.stop:
                self._worker.join(timeout=0.1)
                self._pump_events()
        if self._error is not None:
            raise self._error
        if self._worker is not None and self._worker.is_alive():
            return None
        return self._next

    # -- input -------------------------------------------------------------------------------
    def _pump_events(self) -> None:
        """Read input; in standalone mode a real key, click or movement ends the screensaver."""
        import pygame

        if self.hack and not self.stop and self.window.gone():
            self.stop.reason = "window gone"
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                self.stop.reason = "closed"
            if self.hack:
                continue
            if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
                self.stop.reason = "input"
            elif event.type == pygame.MOUSEMOTION:
                now = time.monotonic()
                if now - self._started < STARTUP_GRACE_S:
                    continue
                if now - self._motion_at > JITTER_WINDOW_S:
                    self._motion = 0.0
                self._motion_at = now
                self._motion += abs(event.rel[0]) + abs(event.rel[1])
                if self._motion >= JITTER_PX:
                    self.stop.reason = "input"

    # -- the loop ----------------------------------------------------------------------------
    def run(self) -> None:
        import pygame

        from renderer.gfx.transitions import Crossfade

        clock = pygame.time.Clock()
        self._prepare_next()
        current = self._take_next(wait=True)
        if current is None:
            return
        current.start()
        log_event(f"show {current.entry.name}")
        self._prepare_next()
        incoming: Show | None = None
        fade: Crossfade | None = None
        fade_started = 0.0
        try:
            while not self.stop:
                self._pump_events()
                size = self.window.size
                if incoming is None and current.elapsed >= current.length - self.crossfade_s:
                    incoming = self._take_next(wait=False)
                    if incoming is not None:
                        incoming.start()
                        fade_started = time.perf_counter()
                        log_event(f"show {incoming.entry.name}")
                if incoming is None:
                    self.views[0].render(current.state(), self.sink)
                else:
                    if fade is None or fade.size != size:
                        if fade is not None:
                            fade.release()
                        fade = Crossfade(
                            self.window.ctx, self.library, size, duration=self.crossfade_s
                        )
                    progress = fade.progress(time.perf_counter() - fade_started)
                    current.set_volume(1.0 - progress)
                    incoming.set_volume(progress)
                    source, dest = FramebufferSink(fade.source), FramebufferSink(fade.dest)
                    self.views[0].render(current.state(), source, adapt=False)
                    self.views[1].render(incoming.state(), dest, adapt=False)
                    screen = self.sink.target()
                    fade.draw(progress, screen)
                    self.sink.deliver(None, screen)
                    if progress >= 1.0:
                        current.close()
                        current, incoming = incoming, None
                        self.views.reverse()
                        self.views[1].reset()
                        self.changes += 1
                        release_free_memory()
                        self._prepare_next()
                if self.stats:
                    self.stats.tick()
                clock.tick(self.max_fps)
        finally:
            current.close()
            if incoming is not None:
                incoming.close()
            if fade is not None:
                fade.release()
            for view in self.views:
                view.compositor.release()
            self.sink.release()
            self.library.release()
        log_event(f"exit {self.stop.reason}")


def shuffled(entries: list[DreamEntry], seed: int) -> list[DreamEntry]:
    order = list(entries)
    random.Random(seed).shuffle(order)
    return order
