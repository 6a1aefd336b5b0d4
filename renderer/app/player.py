"""Playback of one dream: narration and ambience through the audio player, visuals that follow
its clock (state_at(player.position())), captions, keys, the ending, loop and sleep timer.

Keys: Space pause/resume, Left/Right previous/next sentence, m mute, +/- volume, c captions,
F11 fullscreen, Escape back to the menu (or quit when started from the command line).
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from renderer.app.scene import FrameStats, SceneView, base_state, log_event
from renderer.app.session import DreamSession
from renderer.app.settings import Settings
from renderer.app.window import Window
from renderer.output.window import WindowSink
from renderer.overlay.captions import CaptionOverlay, TitleCard
from renderer.pipeline import VoiceChoice

if TYPE_CHECKING:
    from renderer.audio.playback import Player
    from renderer.director import SceneScript
    from renderer.dream import Dream
    from renderer.frame import FrameState
    from renderer.mapping.plan import ScenePlan
    from renderer.timeline import Timeline

SLEEP_FADE_S = 30.0  # the sleep timer fades everything out over its last half minute
BACK_S = 1.5  # Left within this long of a sentence's start goes to the previous sentence
VOLUME_STEP = 0.1
WAIT_MARGIN_S = 0.1  # the clock waits here when the narrator is behind the playback


def sentence_at(timeline: Timeline, t: float) -> int:
    """The index (into timeline.sentences) of the sentence playing at t (-1 before the first)."""
    index = -1
    for i, sentence in enumerate(timeline.sentences):
        if sentence.start <= t + 1e-6:
            index = i
    return index


def previous_start(timeline: Timeline, t: float) -> float:
    """Where Left jumps: the current sentence's start, or the one before if just begun."""
    i = sentence_at(timeline, t)
    if i < 0:
        return 0.0
    if t - timeline.sentences[i].start < BACK_S:
        i -= 1
    return timeline.sentences[i].start if i >= 0 else 0.0


def next_start(timeline: Timeline, t: float) -> float | None:
    """Where Right jumps: the next sentence's start (None when there is none yet)."""
    i = sentence_at(timeline, t) + 1
    return timeline.sentences[i].start if i < len(timeline.sentences) else None


class Playback:
    """Plays a dream in a Window until the end, Escape or the sleep timer.

    The dream's plan, narration and audio player are prepared on a worker thread (the audio
    engine may take a while to build its ambience); meanwhile the window shows the title over
    the dream's base scene, and Escape already works.
    """

    def __init__(
        self,
        window: Window,
        scene: SceneView,
        dream: Dream,
        settings: Settings,
        *,
        loop: bool = False,
        sleep_minutes: float | None = None,
        stats: FrameStats | None = None,
        plan: ScenePlan | None = None,
        sound: bool = True,
    ) -> None:
        self.window, self.scene, self.dream, self.settings = window, scene, dream, settings
        self.loop = loop
        self.stats = stats
        self.sound = sound
        self.captions = CaptionOverlay(window.ctx, visible=settings.captions)
        self.title = TitleCard(window.ctx)
        self.sink = WindowSink(window, self._overlay)
        self._title_opacity: float | None = None  # the title card shows while this is set
        self.plan = plan
        self.script: SceneScript | None = None
        self.session: DreamSession | None = None
        self.player: Player | None = None
        self.timeline: Timeline | None = None
        self.volume = 1.0
        self.muted = False
        self.user_paused = False
        self.waiting = False  # paused by us: the narrator has not caught up yet
        minutes = settings.sleep_timer if sleep_minutes is None else sleep_minutes
        self.deadline = time.monotonic() + minutes * 60.0 if minutes and minutes > 0 else None
        self._error: BaseException | None = None
        self._cancel = threading.Event()
        self._loader = threading.Thread(target=self._prepare, name="reverie-prepare", daemon=True)
        self._loader.start()

    def _prepare(self) -> None:
        """Worker: plan, narration (first sentence), timeline and the audio player."""
        from renderer import pipeline
        from renderer.audio.playback import SilentPlayer, create_player

        try:
            if self.plan is None:
                self.plan = pipeline.plan(self.dream)
            self.script = pipeline.direct(self.plan)
            voice = VoiceChoice.from_settings(self.settings)
            session = DreamSession(self.dream, voice, plan=self.plan)
            if self._cancel.is_set():
                session.close()
                return
            if self.sound:
                player = create_player(session.score, narration=True, ambient=True)
            else:
                player = SilentPlayer(session.score)
            if self._cancel.is_set():
                player.close()
                session.close()
                return
            self.session, self.player = session, player
        except BaseException as error:  # noqa: BLE001 - re-raised on the main thread
            self._error = error

    # -- controls ----------------------------------------------------------------------------
    def _apply_volume(self, master: float = 1.0) -> None:
        self.player.set_volume(
            voice=self.settings.voice_volume,
            ambient=self.settings.ambience_volume,
            master=self.volume * master,
        )

    def toggle_pause(self) -> None:
        self.user_paused = not self.user_paused
        if self.user_paused:
            self.player.pause()
            log_event(f"pause {self.player.position():.3f}")
        else:
            log_event(f"resume {self.player.position():.3f}")  # where the clock picks up
            if not self.waiting:
                self.player.resume()
            if self.stats:
                self.stats.pause_gap()

    def seek(self, t: float) -> None:
        self.player.seek(t)
        self.scene.reset()
        log_event(f"seek {t:.3f}")

    def handle_key(self, key: int) -> str | None:
        """React to a key; returns "escape" when playback should stop."""
        import pygame

        t = self.player.position()
        if key == pygame.K_ESCAPE:
            return "escape"
        if key == pygame.K_SPACE:
            self.toggle_pause()
        elif key == pygame.K_LEFT:
            self.seek(previous_start(self.timeline, t))
        elif key == pygame.K_RIGHT:
            target = next_start(self.timeline, t)
            if target is not None:
                self.seek(target)
        elif key == pygame.K_m:
            self.muted = not self.muted
            self.player.mute(self.muted)
        elif key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS):
            self.volume = min(1.0, self.volume + VOLUME_STEP)
        elif key in (pygame.K_MINUS, pygame.K_KP_MINUS):
            self.volume = max(0.0, self.volume - VOLUME_STEP)
        elif key == pygame.K_c:
            self.captions.toggle()
        elif key == pygame.K_F11:
            self.window.toggle_fullscreen()
        return None

    # -- the loop ----------------------------------------------------------------------------
    def _follow_narration(self, t: float) -> None:
        """Take a grown timeline; hold the clock while the narrator is behind."""
        update = self.session.take_update()
        if update is not None:
            self.timeline, score = update
            self.player.update(score)
        behind = not self.timeline.complete and t >= self.timeline.duration - WAIT_MARGIN_S
        if behind and not self.waiting:
            self.waiting = True
            self.player.pause()
        elif self.waiting and not behind:
            self.waiting = False
            if not self.user_paused:
                self.player.resume()

    def _sleep_master(self) -> float:
        if self.deadline is None:
            return 1.0
        return min(max((self.deadline - time.monotonic()) / SLEEP_FADE_S, 0.0), 1.0)

    def _wait_ready(self, clock) -> str | None:  # noqa: ANN001 - a pygame Clock
        """Show the title card until the worker is done; "escape"/"quit" if the user leaves."""
        import pygame

        shown = time.perf_counter()
        while self._loader.is_alive():
            for event in pygame.event.get():
                if event.type == pygame.QUIT:
                    return "quit"
                if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
                    return "escape"
                if event.type == pygame.MOUSEMOTION:
                    self.window.note_motion()
            self.window.update_cursor()
            self._draw_title(time.perf_counter() - shown)
            clock.tick(30)
        if self._error is not None:
            raise self._error
        return None

    def _draw_title(self, elapsed: float) -> None:
        self._title_opacity = min(elapsed / 0.8, 1.0)
        if self.plan is not None and self.script is not None:
            state = base_state(self.plan, self.script, elapsed, fade=min(elapsed / 3.0, 1.0) * 0.6)
            self.scene.render(state, self.sink)
        else:
            self.sink.blank()

    def _overlay(self, state: FrameState | None, dt: float) -> None:
        """Over each frame: the title card while the dream is prepared, then its captions."""
        size = self.window.size
        if self._title_opacity is not None:
            self.title.draw(self.dream.title, "gathering the dream…", size, self._title_opacity)
        elif state is not None:
            master = min(1.0, state.fade * 2)
            self.captions.draw(state.caption, size, state.palette, dt, master=master)

    def run(self) -> str:
        """Play; returns "escape" (Escape), "quit" (window closed, sleep timer) or "end"."""
        import pygame

        clock = pygame.time.Clock()
        try:
            left = self._wait_ready(clock)
            if left is not None:
                return left
            return self._play(clock)
        finally:
            self._cancel.set()
            self.scene.release_hold()
            if self.player is not None:
                self.player.close()
            if self.session is not None:
                self.session.close()
            self.captions.release()
            self.title.release()

    def _play(self, clock) -> str:  # noqa: ANN001 - a pygame Clock
        import pygame

        assert self.session is not None and self.player is not None
        self._title_opacity = None
        self.timeline = self.session.timeline
        self.scene.warm_motifs(m.name for m in self.session.production.script.motifs)
        self.scene.reset()
        self._apply_volume()
        self.player.start(0.0)
        log_event(f"play {self.dream.source}")
        while True:
            for event in pygame.event.get():
                if event.type == pygame.QUIT:
                    return "quit"
                if event.type == pygame.KEYDOWN and self.handle_key(event.key) == "escape":
                    return "escape"
                if event.type == pygame.MOUSEMOTION:
                    self.window.note_motion()
            self.window.update_cursor()
            t = self.player.position()
            self._follow_narration(t)
            if self.timeline.complete and t >= self.timeline.duration:
                if not self.loop:
                    log_event("end")
                    return "end"
                self.seek(0.0)
                t = 0.0
            master = self._sleep_master()
            if self.deadline is not None:
                self._apply_volume(master)
                if master <= 0.0:
                    log_event("sleep")
                    return "quit"
            frozen = self.user_paused
            self.draw(t, master, frozen)
            if self.stats and not frozen:
                self.stats.tick()
            clock.tick(60 if not frozen else 15)

    def draw(self, t: float, master: float, frozen: bool) -> None:
        assert self.timeline is not None
        state = self.timeline.state_at(t)
        if master < 1.0:
            state = replace(state, fade=state.fade * master)
        self.sink.frozen = frozen
        if frozen:  # the paused picture is a still: the same pixels until Space again
            self.scene.hold(state, self.sink)
        else:
            self.scene.release_hold()
            self.scene.render(state, self.sink)
