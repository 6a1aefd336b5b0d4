"""Playback of one dream: narration and ambience through the audio player, visuals that follow
its clock (state_at(player.position())), captions, keys, the ending, loop and sleep timer.

Keys and mouse: see renderer.app.keys (h or ? shows them over the scene). A click pauses after
the double-click interval has passed without a second click; a double-click toggles fullscreen.
Closing a dream remembers where it was (renderer.app.resume); opening it again resumes there.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from renderer.app.hud import Badge, HelpCard, SeekBar, format_clock
from renderer.app.resume import Positions
from renderer.app.scene import FrameStats, SceneView, base_state, log_event
from renderer.app.session import DreamSession
from renderer.app.settings import Settings
from renderer.app.window import Window
from renderer.output.window import WindowSink
from renderer.overlay.captions import CaptionOverlay, TitleCard
from renderer.pipeline import VoiceChoice

if TYPE_CHECKING:
    import pygame

    from renderer.audio.player import Player
    from renderer.director import SceneScript
    from renderer.dream import Dream
    from renderer.frame import FrameState
    from renderer.mapping.plan import ScenePlan
    from renderer.timeline import Timeline

SLEEP_FADE_S = 30.0  # the sleep timer fades everything out over its last half minute
BACK_S = 1.5  # Left within this long of a sentence's start goes to the previous sentence
VOLUME_STEP = 0.1
DOUBLE_CLICK_S = 0.35
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
        self.badge = Badge(window.ctx)
        self.seek_bar = SeekBar(window.ctx)
        self.help = HelpCard(window.ctx)
        self.positions = Positions()
        self._click_at: float | None = None  # a first click, waiting to see if a second comes
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
        from renderer.audio.player import SilentPlayer, create_player

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

    @property
    def audio(self) -> Player:
        """The audio player (once prepared)."""
        assert self.player is not None
        return self.player

    @property
    def live(self) -> DreamSession:
        """The dream's session (once prepared)."""
        assert self.session is not None
        return self.session

    @property
    def shown(self) -> Timeline:
        """The newest timeline (once prepared)."""
        assert self.timeline is not None
        return self.timeline

    # -- controls ----------------------------------------------------------------------------
    def _apply_volume(self, master: float = 1.0) -> None:
        self.audio.set_volume(
            voice=self.settings.voice_volume,
            ambient=self.settings.ambience_volume,
            master=self.volume * master,
        )

    def toggle_pause(self) -> None:
        self.user_paused = not self.user_paused
        if self.user_paused:
            self.audio.pause()
            self.badge.show("pause", "Paused")
            log_event(f"pause {self.audio.position():.3f}")
        else:
            self.badge.show("play", "Playing")
            log_event(f"resume {self.audio.position():.3f}")  # where the clock picks up
            if not self.waiting:
                self.audio.resume()
            if self.stats:
                self.stats.pause_gap()

    def seek(self, t: float) -> None:
        self.audio.seek(t)
        self.scene.release_hold()  # paused: the still shows the new moment
        self.scene.reset()
        log_event(f"seek {t:.3f}")

    def change_volume(self, step: float) -> None:
        self.volume = min(1.0, max(0.0, round(self.volume + step, 2)))
        self._apply_volume(self._sleep_master())
        if self.muted:
            self.muted = False
            self.audio.mute(False)
        self.badge.show("volume", f"Volume {round(self.volume * 100)}%", self.volume)
        log_event(f"volume {self.volume:.2f}")

    def toggle_mute(self) -> None:
        self.muted = not self.muted
        self.audio.mute(self.muted)
        if self.muted:
            self.badge.show("mute", "Muted")
        else:
            self.badge.show("volume", f"Volume {round(self.volume * 100)}%", self.volume)
        log_event(f"mute {'on' if self.muted else 'off'}")

    def toggle_fullscreen(self) -> None:
        self.window.toggle_fullscreen()
        w, h = self.window.size
        log_event(f"fullscreen {'on' if self.window.fullscreen else 'off'} {w}x{h}")

    def total(self) -> tuple[float, bool]:
        """The dream's length, and whether it is still an estimate (narration not all ready:
        the ready part's length scaled by the sentences still to come)."""
        assert self.timeline is not None
        if self.timeline.complete or not self.timeline.sentences:
            return self.timeline.duration, not self.timeline.complete
        ready = len(self.timeline.sentences)
        return self.timeline.duration * len(self.dream.sentences) / ready, True

    def handle_click(self, pos: tuple[int, int]) -> None:
        """A left click: on the seek bar it jumps; elsewhere, one click pauses (once the
        double-click interval has passed) and a double-click toggles fullscreen."""
        if self.seek_bar.opacity > 0.0:
            fraction = self.seek_bar.fraction_at(pos, self.window.size)
            if fraction is not None:
                total, _ = self.total()
                if self.timeline is not None and self.timeline.complete:
                    total = max(0.0, total - 0.5)  # not past the end
                self.seek(fraction * total)
                return
        now = time.monotonic()
        if self._click_at is not None and now - self._click_at <= DOUBLE_CLICK_S:
            self._click_at = None
            self.toggle_fullscreen()
        else:
            self._click_at = now

    def _settle_click(self) -> None:
        """A click with no second one in time is a single click: pause or resume."""
        if self._click_at is not None and time.monotonic() - self._click_at > DOUBLE_CLICK_S:
            self._click_at = None
            self.toggle_pause()

    def handle_event(self, event: pygame.event.Event) -> str | None:
        """React to one event; returns "escape" or "quit" when playback should stop."""
        import pygame

        if event.type == pygame.QUIT:
            return "quit"
        if event.type == pygame.KEYDOWN:
            return self.handle_key(event.key, event.unicode)
        if event.type == pygame.MOUSEMOTION:
            self.window.note_motion()
            self.seek_bar.poke(event.pos, self.window.size)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.handle_click(event.pos)
        return None

    def handle_key(self, key: int, char: str = "") -> str | None:
        """React to a key; returns "escape" when playback should stop."""
        import pygame

        t = self.audio.position()
        if key == pygame.K_ESCAPE and self.help.visible:
            self.help.toggle()
            log_event("help off")
        elif key == pygame.K_ESCAPE:
            return "escape"
        if key == pygame.K_SPACE:
            self.toggle_pause()
        elif key == pygame.K_LEFT:
            self.seek(previous_start(self.shown, t))
        elif key == pygame.K_RIGHT:
            target = next_start(self.shown, t)
            if target is not None:
                self.seek(target)
        elif key == pygame.K_m:
            self.toggle_mute()
        elif key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_KP_PLUS, pygame.K_0, pygame.K_KP0):
            self.change_volume(VOLUME_STEP)
        elif key in (pygame.K_MINUS, pygame.K_KP_MINUS, pygame.K_9, pygame.K_KP9):
            self.change_volume(-VOLUME_STEP)
        elif key == pygame.K_c:
            self.captions.toggle()
        elif key in (pygame.K_F11, pygame.K_f):
            self.toggle_fullscreen()
        elif key == pygame.K_h or char == "?":
            self.help.toggle()
            log_event(f"help {'on' if self.help.visible else 'off'}")
        return None

    # -- the loop ----------------------------------------------------------------------------
    def _follow_narration(self, t: float) -> None:
        """Take a grown timeline; hold the clock while the narrator is behind."""
        update = self.live.take_update()
        if update is not None:
            self.timeline, score = update
            self.audio.update(score)
        behind = not self.shown.complete and t >= self.shown.duration - WAIT_MARGIN_S
        if behind and not self.waiting:
            self.waiting = True
            self.audio.pause()
        elif self.waiting and not behind:
            self.waiting = False
            if not self.user_paused:
                self.audio.resume()

    def _sleep_master(self) -> float:
        if self.deadline is None:
            return 1.0
        return min(max((self.deadline - time.monotonic()) / SLEEP_FADE_S, 0.0), 1.0)

    def _wait_ready(self, clock: pygame.time.Clock) -> str | None:
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
            if self.timeline is not None:
                total, estimated = self.total()
                self.seek_bar.draw(size, state.time, total, estimated)
            self.help.draw(size)
        self.badge.draw(size)

    def run(self) -> str:
        """Play; returns "escape" (Escape), "quit" (window closed, sleep timer) or "end"."""
        import pygame

        clock = pygame.time.Clock()
        try:
            left = self._wait_ready(clock)
            if left is not None:
                return left
            outcome = self._play(clock)
            self._remember(outcome)
            return outcome
        finally:
            self._cancel.set()
            self.scene.release_hold()
            if self.player is not None:
                self.audio.close()
            if self.session is not None:
                self.session.close()
            self.captions.release()
            self.title.release()
            self.badge.release()
            self.seek_bar.release()
            self.help.release()

    def resume_at(self) -> float:
        """Where this dream was left (0 when new, finished, or its text changed)."""
        return self.positions.position(self.dream)

    def _remember(self, outcome: str) -> None:
        """Keep where the dream was left: the start of the sentence being read, so that it
        resumes at the beginning of that sentence; a dream played to the end is forgotten."""
        if outcome == "end" or self.player is None or self.timeline is None:
            self.positions.forget(self.dream)
            return
        t = self.audio.position()
        i = sentence_at(self.timeline, t)
        sentence = self.timeline.sentences[i] if i >= 0 else None
        at = sentence.start if sentence is not None and t <= sentence.end + 0.5 else t
        self.positions.remember(self.dream, at)

    def _play(self, clock: pygame.time.Clock) -> str:
        import pygame

        assert self.session is not None and self.player is not None
        self._title_opacity = None
        self.timeline = self.session.timeline
        self.scene.warm_motifs(m.name for m in self.session.production.script.motifs)
        self.scene.reset()
        self._apply_volume()
        start = self.resume_at()
        if self.shown.complete and start >= self.shown.duration - 1.0:
            start = 0.0  # the dream got shorter (another voice or rate): from the beginning
        self.audio.start(start)
        log_event(f"play {self.dream.source}")
        if start > 0.0:
            self.badge.show("play", f"Resumed at {format_clock(start)}")
            log_event(f"resume {start:.3f}")
        while True:
            for event in pygame.event.get():
                action = self.handle_event(event)
                if action is not None:
                    return action
            self._settle_click()
            self.window.update_cursor()
            t = self.audio.position()
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
