"""When each motif is on screen: the scene script laid out on the sentences' times.

An Appearance is one motif on screen for a while: it rises over `attack` seconds from `start`,
holds at `level` until `end`, then fades over `release` seconds. A passage's setting appears
for the whole passage and changes through a slow cross-dissolve; a sentence's focus rises from
the word that names it (a little ahead of it, and is fully there by the middle of its
sentence) and fades a few seconds after the sentence
unless a later sentence names it again; accents come and go with their sentence, lighter.

Appearances(...).at(t) is a pure function of t: the eased intensities of the motifs on screen,
with MAX_DRAWN draw slots shared by rank (the focus first, then the setting, its scenery,
accents), so a live frame, an exported frame and a still of the same moment agree;
outside(t) names the motifs only seen through the windows of an interior, and heard(t) what is
only heard (it sounds, unseen). While a sentence's focus is all seen through the windows
("Outside, the garden had become a river"), the interior dims: one looks out through the glass
at it. Lookups
use a bucket index, so the cost of a frame does not grow with the dream's length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from renderer.frame import MIN_INTENSITY

if TYPE_CHECKING:
    from renderer.director import SceneScript
    from renderer.timeline import TimedSentence

MAX_DRAWN = 6  # motifs drawn at once (software GL pays per layer)
SETTING_LEVEL = 0.8
SCENERY_LEVEL = 0.6
FOCUS_LEVEL = 1.0
ACCENT_LEVEL = 0.45
CHANGE_S = 3.5  # a change of setting dissolves over this long
FOCUS_ATTACK_S = 1.4
FOCUS_AHEAD_S = 0.6  # the focus starts rising this long before its word is spoken
FOCUS_HOLD_S = 1.2  # and holds this long after its sentence ends
FOCUS_RELEASE_S = 3.0
ACCENT_ATTACK_S = 1.6
ACCENT_RELEASE_S = 2.5
BUCKET_S = 2.0
SLOT_FULL = 0.25  # from this intensity up a motif fills a whole draw slot
LOOK_OUT = 0.95  # how much an interior dims while its sentence looks out of its windows
RANKS = {"focus": 0, "setting": 1, "scenery": 2, "accent": 3, "heard": 4}


@dataclass(frozen=True)
class Appearance:
    motif: str
    start: float
    end: float
    level: float
    attack: float
    release: float
    rank: int  # lower ranks keep their draw slot first
    outside: bool = False  # seen through the windows of the interior: drawn behind it
    heard: bool = False  # only heard: it sounds, and takes no draw slot
    dims: bool = False  # dims its motif by its value (an interior one looks out of)

    @property
    def gone(self) -> float:
        return self.end + self.release

    def at(self, t: float) -> float:
        if t < self.start or t >= self.gone:
            return 0.0
        rise = _ease((t - self.start) / self.attack) if self.attack > 0 else 1.0
        fall = 1.0 - _ease((t - self.end) / self.release) if t > self.end else 1.0
        return self.level * rise * fall


def _ease(x: float) -> float:
    x = min(1.0, max(0.0, x))
    return x * x * (3.0 - 2.0 * x)


def lay_out(
    script: SceneScript,
    sentences: Sequence[TimedSentence],
    cue_times: dict[tuple[int, str], float],
    duration: float,
) -> list[Appearance]:
    """The appearances of a script over the timed sentences (a prefix of the script's, for a
    partial timeline). cue_times: (sentence, motif) -> when the word naming it is spoken."""
    shown: list[Appearance] = []
    if not sentences:
        return shown
    spoken = [s for s in sentences if s.end > s.start] or list(sentences)
    timed = {s.index: s for s in spoken}
    # settings: per passage, from its first sentence (the dream's start for the first) to the
    # next passage's first sentence (the dream's end for the last)
    runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for direction in script.sentences:
        sentence = timed.get(direction.index)
        if sentence is None:
            continue
        nxt = next((s.start for s in spoken if s.index > direction.index), duration)
        begin = 0.0 if sentence is spoken[0] else sentence.start
        for k, motif in enumerate(direction.setting):
            place = k == 0 and _is_place(script, direction.passage, motif)
            kind = "setting" if place else "scenery"
            spans = runs.setdefault((kind, motif), [])
            if spans and spans[-1][1] >= begin - 1e-6:
                spans[-1] = (spans[-1][0], nxt)
            else:
                spans.append((begin, nxt))
    for (kind, motif), spans in runs.items():
        level = SETTING_LEVEL if kind == "setting" else SCENERY_LEVEL
        for begin, finish in spans:  # dissolves centred on the change of passage
            attack = 0.0 if begin <= 0.0 else CHANGE_S
            end = finish if finish >= duration else finish - CHANGE_S / 2
            start = max(0.0, begin - CHANGE_S / 2)
            shown.append(Appearance(motif, start, end, level, attack, CHANGE_S, RANKS[kind]))
    # focus, accents and what is only heard: per sentence, merged when the next sentence names
    # them again
    open_: dict[tuple[str, str, bool], Appearance] = {}
    for direction in script.sentences:
        sentence = timed.get(direction.index)
        if sentence is None:
            continue
        for kind, motifs in (
            ("focus", direction.focus), ("accent", direction.accents), ("heard", direction.heard)
        ):
            for motif in motifs:
                outside = motif in direction.outside
                cue = cue_times.get((direction.index, motif), sentence.start)
                focus = kind == "focus"
                start, end = _focus_span(sentence, cue) if focus else (cue, sentence.end)
                start = max(start, sentence.start - FOCUS_AHEAD_S)
                key = (kind, motif, outside)
                previous = open_.get(key)
                if previous is not None and previous.end >= start - 2 * previous.release:
                    open_[key] = Appearance(motif, previous.start, end, previous.level,
                                            previous.attack, previous.release, previous.rank,
                                            outside, kind == "heard")
                    continue
                if previous is not None:
                    shown.append(previous)
                open_[key] = Appearance(
                    motif,
                    start,
                    end,
                    FOCUS_LEVEL if focus else ACCENT_LEVEL,
                    FOCUS_ATTACK_S if focus else ACCENT_ATTACK_S,
                    FOCUS_RELEASE_S if focus else ACCENT_RELEASE_S,
                    RANKS[kind],
                    outside,
                    kind == "heard",
                )
    shown.extend(open_.values())
    shown.extend(_looks_out(script, spoken, cue_times))
    shown.sort(key=lambda a: (a.start, a.rank, a.motif))
    return shown


def _focus_span(sentence: TimedSentence, cue: float) -> tuple[float, float]:
    """When a focus named at `cue` starts rising and when it starts to fade: with its word, and
    fully there by the middle of its sentence at the latest; held a little after it."""
    middle = (sentence.start + sentence.end) / 2
    start = max(min(cue, middle - FOCUS_ATTACK_S), sentence.start) - FOCUS_AHEAD_S
    return start, sentence.end + FOCUS_HOLD_S


def _looks_out(
    script: SceneScript,
    spoken: Sequence[TimedSentence],
    cue_times: dict[tuple[int, str], float],
) -> list[Appearance]:
    """The dimming of the interior in force while a sentence's focus is all seen through its
    windows, timed as that focus is."""
    timed = {s.index: s for s in spoken}
    looks = []
    for direction in script.sentences:
        sentence = timed.get(direction.index)
        place = script.passages[direction.passage].anchor
        if sentence is None or place is None or not direction.focus:
            continue
        if set(direction.focus) <= set(direction.outside):
            cue = min(cue_times.get((direction.index, m), sentence.start) for m in direction.focus)
            start, end = _focus_span(sentence, cue)
            looks.append(
                Appearance(
                    place, start, end, LOOK_OUT, FOCUS_ATTACK_S, FOCUS_RELEASE_S,
                    RANKS["setting"], dims=True,
                )
            )
    return looks


def _is_place(script: SceneScript, passage: int, motif: str) -> bool:
    """Whether the motif shows the passage's setting: its place, or the open air's sky."""
    return script.passages[passage].anchor == motif


class Appearances:
    """The intensities on screen at any time, looked up through BUCKET_S buckets."""

    def __init__(self, appearances: list[Appearance]) -> None:
        self.items = appearances
        self.buckets: dict[int, list[int]] = {}
        for i, item in enumerate(appearances):
            for b in range(int(item.start // BUCKET_S), int(item.gone // BUCKET_S) + 1):
                self.buckets.setdefault(b, []).append(i)

    def at(self, t: float) -> dict[str, float]:
        """motif -> intensity (0..1) at t. Draw slots go by rank (then by who came first): a
        motif takes a whole slot from SLOT_FULL up and a share of one below, and one that
        finds fewer than a whole slot left is dimmed by the share it gets, so a motif
        squeezed out fades instead of vanishing."""
        found: dict[str, tuple[int, float, float]] = {}  # motif -> (rank, start, value)
        dimmed: dict[str, float] = {}
        for i in self.buckets.get(int(t // BUCKET_S), ()):
            item = self.items[i]
            value = item.at(t)
            if value <= 0.0 or item.heard:
                continue
            if item.dims:
                dimmed[item.motif] = max(dimmed.get(item.motif, 0.0), value)
                continue
            held = found.get(item.motif)
            if held is None:
                found[item.motif] = (item.rank, item.start, value)
            else:
                rank, start = min((held[0], held[1]), (item.rank, item.start))
                found[item.motif] = (rank, start, max(value, held[2]))
        used = 0.0
        shown: dict[str, float] = {}
        for motif, (_, _, value) in sorted(found.items(), key=lambda kv: (kv[1][:2], kv[0])):
            share = min(1.0, max(0.0, MAX_DRAWN - used))
            value *= share * (1.0 - dimmed.get(motif, 0.0))
            if value >= MIN_INTENSITY:
                shown[motif] = round(value, 4)
            used += min(1.0, value / SLOT_FULL)
        return shown

    def outside(self, t: float) -> frozenset[str]:
        """The motifs on screen at t only as seen through the interior's windows."""
        seen: dict[str, bool] = {}
        for i in self.buckets.get(int(t // BUCKET_S), ()):
            item = self.items[i]
            if item.at(t) > 0.0 and not item.heard and not item.dims:
                seen[item.motif] = seen.get(item.motif, True) and item.outside
        return frozenset(m for m, only in seen.items() if only)

    def heard(self, t: float) -> dict[str, float]:
        """motif -> level (0..1) at t of what is only heard: it sounds and is not drawn."""
        heard: dict[str, float] = {}
        for i in self.buckets.get(int(t // BUCKET_S), ()):
            item = self.items[i]
            value = item.at(t)
            if item.heard and value > 0.0:
                heard[item.motif] = max(heard.get(item.motif, 0.0), round(value, 4))
        return heard
