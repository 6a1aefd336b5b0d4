"""ScenePlan + SceneScript + narration -> Timeline: absolute times for sentences, words and motif
cues, and state_at(t) -> FrameState, the one function live playback, export and stills call
per frame. What is on screen when comes from the scene script (renderer/appearances.py).

Placing sentence i depends only on sentences 0..i, so a timeline built from the sentences
ready so far (partial=True) agrees with the complete one on everything before its end.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from renderer.appearances import Appearances, lay_out
from renderer.director import SceneScript
from renderer.dream import Sentence
from renderer.frame import Caption, FrameState
from renderer.mapping.palette import hex_to_rgb, roles
from renderer.mapping.plan import ScenePlan
from renderer.narration.pauses import FADE_IN_S, LEAD_IN_S, TAIL_S, pause_after
from renderer.narration.session import LOUDNESS_HZ, Narration
from renderer.narration.types import Narrator, Utterance

MOOD_BLEND_S = 2.5  # mood/tint move from one sentence to the next over the pause + this long
COLOR_BLEND_S = 2.5  # a colour the dream names for a thing eases in over this long
CAPTION_HOLD_S = 0.8  # a caption stays this long after its sentence ends
VOICE_HZ = LOUDNESS_HZ  # the voice envelope's rate: that of the sentences' loudness
DEFAULT_PALETTE = ("#0b1e3f", "#3ad1c4", "#f2e9a0", "#8a4fff")


@dataclass(frozen=True)
class TimedWord:
    text: str
    start: float
    end: float
    char: int  # offset into the dream text


@dataclass(frozen=True)
class TimedSentence:
    index: int
    paragraph: int
    start: float
    end: float
    text: str
    char: int  # the sentence's offset into the dream text
    words: tuple[TimedWord, ...]


@dataclass(frozen=True)
class MotifCue:
    time: float  # the onset of the spoken word holding the keyword
    motif: str
    intensity: float
    keyword: str
    sentence: int


@dataclass(frozen=True, eq=False)
class Clip:
    """A sentence's audio and where it starts on the timeline (for the mixer)."""

    start: float
    frames: int  # how many samples load() gives
    sample_rate: int
    sentence: int
    load: Callable[[], np.ndarray]  # the samples (float32 mono), from the narration


@dataclass(frozen=True)
class Timeline:
    duration: float
    voice_label: str  # the narrator's "backend:voice"
    sentences: tuple[TimedSentence, ...]
    cues: tuple[MotifCue, ...]
    clips: tuple[Clip, ...]
    complete: bool  # False: built from the sentences ready so far (no tail, no fade-out)
    lead_in: float
    tail: float
    seed: int
    palette: tuple[tuple[float, float, float], ...]
    script: SceneScript
    warnings: tuple[str, ...] = ()
    _curves: _Curves = field(repr=False, compare=False, kw_only=True)

    def state_at(self, t: float) -> FrameState:
        """Everything the frame at time t depends on. Pure: same t, same state."""
        c = self._curves
        t = float(t)
        intensities = c.intensities(t)
        valence, arousal, tint, daylight = c.mood(t)
        return FrameState(
            time=t,
            intensities=intensities,
            palette=self.palette,
            valence=valence,
            arousal=arousal,
            voice=c.voice(t),
            seed=self.seed,
            tint=tint,
            daylight=daylight,
            fade=self._fade(t),
            caption=c.caption(t),
            cast=self.cast,
            outside=c.shown.outside(t),
            heard=c.shown.heard(t),
            single=self.script.single,
            colors=c.colors(t),
        )

    @cached_property
    def cast(self) -> tuple[tuple[str, ...], ...]:
        """The motifs each sentence shows, focus first, with those of the sentence before
        (still fading out): what may be seen together (FrameState.cast)."""
        moments = []
        before: tuple[str, ...] = ()
        for sentence in self.script.sentences:
            shown = (*sentence.focus, *sentence.accents, *sentence.setting)
            moments.append(tuple(dict.fromkeys((*shown, *before))))
            before = shown
        return tuple(moments)

    def _fade(self, t: float) -> float:
        if t <= 0.0 or (self.complete and t >= self.duration):
            return 0.0
        rise = min(self.lead_in, FADE_IN_S)
        fade = _smoothstep(t / rise) if rise > 0 else 1.0
        if self.complete and self.tail > 0:
            fade = min(fade, _smoothstep((self.duration - t) / self.tail))
        return fade


def _smoothstep(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3.0 - 2.0 * x)


def palette_of(plan: ScenePlan) -> tuple[tuple[float, float, float], ...]:
    """The 4 sRGB colours the picture uses, by role (shadow, fill, accent, key: see
    mapping.palette.roles), from all of the plan's colours and those its words name."""
    colors = [hex_to_rgb(c) for c in plan.palette] or [hex_to_rgb(c) for c in DEFAULT_PALETTE]
    return roles(colors, [hex_to_rgb(c) for c in plan.named_colors])


def build_timeline(
    plan: ScenePlan,
    script: SceneScript,
    narrator: Narrator | Narration,
    *,
    lead_in: float = LEAD_IN_S,
    tail: float = TAIL_S,
    partial: bool = False,
) -> Timeline:
    """Lay the dream's sentences out in time and derive cues and per-frame curves.

    The ambience plays alone for `lead_in` before the first word and on for `tail` after the
    last; between sentences the narrator breathes as the text asks (pause_after: by how the
    sentence ends, longer at a paragraph break and longer still where the setting changes).
    `narrator` is a Narrator (the whole dream is synthesized first) or a running Narration;
    with partial=True only the sentences it has ready so far are placed.
    """
    dream = plan.dream
    if isinstance(narrator, Narration):
        narration = narrator
    else:
        narration = Narration(narrator, [s.text for s in dream.sentences])
    utterances = narration.ready_prefix() if partial else narration.complete()
    complete = len(utterances) == len(dream.sentences)

    sentences: list[TimedSentence] = []
    clips: list[Clip] = []
    spans = sentence_spans(dream.sentences, script, utterances, lead_in)
    cursor = spans[-1][1] if spans else lead_in
    for i, (sentence, utterance, (start, end)) in enumerate(
        zip(dream.sentences, utterances, spans, strict=False)
    ):
        words = tuple(
            TimedWord(w.text, start + w.start, start + w.end, sentence.start + w.char)
            for w in utterance.words
        )
        sentences.append(
            TimedSentence(
                sentence.index, sentence.paragraph, start, end, sentence.text, sentence.start, words
            )
        )
        if narration.frames(i):
            clips.append(
                Clip(
                    start,
                    narration.frames(i),
                    utterance.sample_rate,
                    sentence.index,
                    functools.partial(narration.audio, i),
                )
            )
    duration = cursor + tail if complete else cursor
    cues = _cues(plan, sentences)
    loudness = [narration.loudness(i) for i in range(len(utterances))]
    audible = any(level.size for level in loudness)
    curves = _Curves.build(plan, script, sentences, cues, loudness, duration, audible)
    return Timeline(
        duration=duration,
        voice_label=narration.narrator.voice_label,
        sentences=tuple(sentences),
        cues=cues,
        clips=tuple(clips),
        complete=complete,
        lead_in=lead_in,
        tail=tail if complete else 0.0,
        seed=dream.seed,
        palette=palette_of(plan),
        script=script,
        warnings=tuple(narration.warnings),
        _curves=curves,
    )


def sentence_spans(
    sentences: Sequence[Sentence],
    script: SceneScript,
    utterances: Sequence[Utterance],
    lead_in: float = LEAD_IN_S,
) -> list[tuple[float, float]]:
    """(start, end) of each sentence that has an utterance: the first word after `lead_in`,
    then each sentence after the pause the one before asks for. A sentence that takes no time
    sits where the last spoken one ended; the last end is where the speech ends."""
    passage_of = {d.index: d.passage for d in script.sentences}
    spans: list[tuple[float, float]] = []
    cursor = lead_in
    spoken: Sentence | None = None  # the last sentence that took time
    for sentence, utterance in zip(sentences, utterances, strict=False):
        start = cursor
        if utterance.duration > 0 and spoken is not None:
            start = cursor + pause_after(
                spoken.text,
                paragraph_ends=sentence.paragraph != spoken.paragraph,
                scene_changes=passage_of.get(sentence.index) != passage_of.get(spoken.index),
            )
        spans.append((start, start + utterance.duration))
        if utterance.duration > 0:
            cursor, spoken = start + utterance.duration, sentence
    return spans


def _cues(plan: ScenePlan, sentences: list[TimedSentence]) -> tuple[MotifCue, ...]:
    """One cue per keyword, at the onset of the spoken word that holds the keyword's start."""
    cues: list[MotifCue] = []
    for sentence_plan in plan.sentences:
        if sentence_plan.index >= len(sentences):
            continue
        timed = sentences[sentence_plan.index]
        for keyword in sentence_plan.named:
            if not keyword.drawn:
                continue
            word = _word_at(timed.words, keyword.start)
            time = word.start if word is not None else timed.start
            weight = min(1.0, max(0.0, keyword.weight))
            cues.append(MotifCue(time, keyword.motif, weight, keyword.text, timed.index))
    cues.sort(key=lambda c: (c.time, c.motif))
    return tuple(cues)


def _word_at(words: tuple[TimedWord, ...], char: int) -> TimedWord | None:
    """The word containing `char`, else the first word after it, else the last one."""
    for word in words:
        if word.char <= char < word.char + len(word.text) or word.char >= char:
            return word
    return words[-1] if words else None


@dataclass(frozen=True)
class _Curves:
    """Precomputed per-frame data; every lookup is an index computation and a small blend."""

    shown: Appearances  # when each motif is on screen
    voice_env: np.ndarray  # (frames,) at VOICE_HZ
    mood_times: tuple[float, ...]  # breakpoints: (time, valence, arousal, r, g, b) rows
    mood_rows: np.ndarray
    caption_starts: tuple[float, ...]
    caption_ends: tuple[float, ...]
    caption_texts: tuple[str, ...]
    caption_words: tuple[tuple[tuple[float, ...], tuple[tuple[int, int], ...]], ...]
    color_changes: dict[str, tuple[tuple[float, tuple[float, float, float]], ...]]  # motif ->
    # (when, the colour named for it) in time order

    @classmethod
    def build(
        cls,
        plan: ScenePlan,
        script: SceneScript,
        sentences: list[TimedSentence],
        cues: tuple[MotifCue, ...],
        loudness: list[np.ndarray],
        duration: float,
        audible: bool,
    ) -> _Curves:
        cue_times: dict[tuple[int, str], float] = {}
        for cue in cues:
            cue_times.setdefault((cue.sentence, cue.motif), cue.time)
        shown = Appearances(lay_out(script, sentences, cue_times, duration))
        changes: dict[str, list[tuple[float, tuple[float, float, float]]]] = {}
        for s in sentences:  # a colour is on its thing while the sentence that names it is
            for motif, hex_ in script.sentences[s.index].colors.items():  # spoken, from its start
                changes.setdefault(motif, []).append((s.start, hex_to_rgb(hex_)))
        mood_times, mood_rows = _mood_breakpoints(plan, sentences)
        spoken = [s for s in sentences if s.end > s.start]
        return cls(
            shown=shown,
            voice_env=_voice_envelope(sentences, loudness, duration, audible),
            mood_times=mood_times,
            mood_rows=mood_rows,
            caption_starts=tuple(s.start for s in spoken),
            caption_ends=tuple(s.end for s in spoken),
            caption_texts=tuple(s.text for s in spoken),
            caption_words=tuple(
                (
                    tuple(w.start for w in s.words),
                    tuple((w.char - s.char, w.char - s.char + len(w.text)) for w in s.words),
                )
                for s in spoken
            ),
            color_changes={m: tuple(sorted(c)) for m, c in changes.items()},
        )

    def intensities(self, t: float) -> dict[str, float]:
        return self.shown.at(t)

    def voice(self, t: float) -> float:
        x = t * VOICE_HZ
        if x < 0.0 or x >= self.voice_env.shape[0] - 1:
            return 0.0
        i = int(x)
        f = x - i
        return float(self.voice_env[i] * (1.0 - f) + self.voice_env[i + 1] * f)

    def mood(self, t: float) -> tuple[float, float, tuple[float, float, float], float]:
        k = bisect_right(self.mood_times, t)
        if k == 0:
            row = self.mood_rows[0]
        elif k >= len(self.mood_times):
            row = self.mood_rows[-1]
        else:
            t0, t1 = self.mood_times[k - 1], self.mood_times[k]
            f = _smoothstep((t - t0) / (t1 - t0)) if t1 > t0 else 1.0
            row = self.mood_rows[k - 1] * (1.0 - f) + self.mood_rows[k] * f
        v, a, r, g, b, light = row.tolist()
        return v, a, (r, g, b), light

    def colors(self, t: float) -> dict[str, tuple[float, float, float, float]]:
        """Motif -> (r, g, b, how far it is taken on) for the colours named by t: each eases
        in over COLOR_BLEND_S from the start of the sentence that names it, from the colour
        named before."""
        found: dict[str, tuple[float, float, float, float]] = {}
        for motif, changes in self.color_changes.items():
            k = bisect_right(changes, (t, (2.0, 2.0, 2.0))) - 1
            if k < 0:
                continue
            when, color = changes[k]
            f = _smoothstep((t - when) / COLOR_BLEND_S)
            if k == 0:
                found[motif] = (*color, f)
            else:
                before = changes[k - 1][1]
                mixed = tuple(a + (b - a) * f for a, b in zip(before, color, strict=True))
                found[motif] = (mixed[0], mixed[1], mixed[2], 1.0)
        return found

    def caption(self, t: float) -> Caption | None:
        k = bisect_right(self.caption_starts, t) - 1
        if k < 0:
            return None
        if t < self.caption_ends[k]:
            starts, spans = self.caption_words[k]
            j = bisect_right(starts, t) - 1
            if j >= 0:
                return Caption(self.caption_texts[k], spans[j][0], spans[j][1])
            return Caption(self.caption_texts[k])
        if t < self.caption_ends[k] + CAPTION_HOLD_S:
            return Caption(self.caption_texts[k])
        return None


def _mood_breakpoints(
    plan: ScenePlan, sentences: list[TimedSentence]
) -> tuple[tuple[float, ...], np.ndarray]:
    """Each spoken sentence holds its mood, tint and daylight; between sentences they blend over
    the pause and the first MOOD_BLEND_S of the next sentence."""
    plans = {p.index: p for p in plan.sentences}
    times: list[float] = []
    rows: list[list[float]] = []
    for s in sentences:
        p = plans.get(s.index)
        if p is None or s.end <= s.start:
            continue
        row = [p.mood.valence, p.mood.arousal, *p.tint, p.daylight]
        if times:
            times.append(min(s.start + MOOD_BLEND_S, s.end))
        else:
            times.append(s.start)
        rows.append(row)
        times.append(s.end)
        rows.append(row)
    if not times:
        return (0.0,), np.array([[0.0, 0.3, 1.0, 1.0, 1.0, 0.0]])
    return tuple(times), np.array(rows, np.float64)


def _voice_envelope(
    sentences: list[TimedSentence], loudness: list[np.ndarray], duration: float, audible: bool
) -> np.ndarray:
    """0..1 loudness of the narration at VOICE_HZ: each sentence's RMS (from the narration)
    normalised by its own loud level, smoothed; 0 in pauses. Without audio (the silent
    narrator) the words themselves shape it."""
    frames = int(np.ceil(max(duration, 0.0) * VOICE_HZ)) + 2
    raw = np.zeros(frames, np.float64)
    for s, level in zip(sentences, loudness, strict=True):
        if audible and level.size:
            rms = level.astype(np.float64)
            loud = float(np.percentile(rms, 95))
            if loud <= 0:
                continue
            i0 = int(round(s.start * VOICE_HZ))
            values = np.clip(rms / loud, 0.0, 1.0)[: max(0, frames - i0)]
            raw[i0 : i0 + values.size] = values
        elif not audible:
            for w in s.words:
                raw[int(round(w.start * VOICE_HZ)) : int(round(w.end * VOICE_HZ))] = 0.7
    return _smooth(raw).astype(np.float32)


def _smooth(raw: np.ndarray, width_s: float = 0.08) -> np.ndarray:
    """Soften the envelope with a short Hann window (vectorised; centred, so it leads the
    voice by a few ms, which reads as natural)."""
    taps = max(3, int(round(width_s * VOICE_HZ)) | 1)
    kernel = np.hanning(taps + 2)[1:-1]
    return np.convolve(raw, kernel / kernel.sum(), mode="same")


def timeline_to_json(timeline: Timeline) -> dict[str, Any]:
    """The `reverie timeline --json` contract (docs/ARCHITECTURE.md); times rounded to ms."""

    def r(x: float) -> float:
        return round(float(x), 3)

    directions = {d.index: d for d in timeline.script.sentences}
    middles = {s.index: timeline.state_at((s.start + s.end) / 2) for s in timeline.sentences}
    return {
        "duration": r(timeline.duration),
        "voice": timeline.voice_label,
        "sentences": [
            {
                "index": s.index,
                "start": r(s.start),
                "end": r(s.end),
                "text": s.text,
                "words": [
                    {"text": w.text, "start": r(w.start), "end": r(w.end), "char": w.char}
                    for w in s.words
                ],
                "setting": list(directions[s.index].setting),
                "focus": list(directions[s.index].focus),
                "drawn": list(middles[s.index].drawn),
                "outside": sorted(middles[s.index].outside),
                "heard": sorted(middles[s.index].heard),
            }
            for s in timeline.sentences
        ],
        "cues": [
            {"time": r(c.time), "motif": c.motif, "intensity": r(c.intensity), "keyword": c.keyword}
            for c in timeline.cues
        ],
    }


def render_timeline_table(timeline: Timeline) -> str:
    """A readable listing: each sentence with its time span, then the cues it triggers."""
    lines = [
        f"voice {timeline.voice_label}   duration {_clock(timeline.duration)}   "
        f"{len(timeline.sentences)} sentences   {len(timeline.cues)} cues"
    ]
    directions = {d.index: d for d in timeline.script.sentences}
    by_sentence: dict[int, list[MotifCue]] = {}
    for cue in timeline.cues:
        by_sentence.setdefault(cue.sentence, []).append(cue)
    for s in timeline.sentences:
        text = s.text if len(s.text) <= 72 else s.text[:71] + "\u2026"
        lines.append(f"{_clock(s.start)}-{_clock(s.end)}  #{s.index:<3} {text}")
        direction = directions[s.index]
        drawn = timeline.state_at((s.start + s.end) / 2).drawn
        lines.append(
            f"    in {', '.join(direction.setting) or '-'}; focus "
            f"{', '.join(direction.focus) or '-'}; drawn {', '.join(drawn) or '-'}"
        )
        for cue in by_sentence.get(s.index, []):
            lines.append(
                f'    {_clock(cue.time)}  + {cue.motif:<18} {cue.intensity:.2f}  "{cue.keyword}"'
            )
    lines.extend(f"warning: {w}" for w in timeline.warnings)
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    minutes, secs = divmod(max(0.0, seconds), 60.0)
    return f"{int(minutes):02d}:{secs:06.3f}"
