"""Key and mode: the root comes from the dream's seed, the mode from its mood (valence).

Bright moods sound in lydian, dark ones in dorian. Each mode has two chords the pad drifts
between (a tonic and a neighbour), and a pentatonic scale for chimes and bells.
"""

from __future__ import annotations

from dataclasses import dataclass

# Pentatonic subsets (semitones above the root) of lydian (bright) and dorian (dark).
BRIGHT_PENTATONIC = (0, 2, 4, 7, 9)
DARK_PENTATONIC = (0, 3, 5, 7, 10)
# Pad voicings (semitones above the root, weight): open fifths low, the mode's colour above.
CHORDS = {
    (True, 0): ((0, 1.0), (7, 0.8), (12, 0.6), (16, 0.5), (19, 0.35), (23, 0.25)),  # I maj7
    (True, 1): ((2, 0.9), (9, 0.7), (14, 0.6), (18, 0.5), (21, 0.35), (24, 0.2)),  # II (lydian)
    (False, 0): ((0, 1.0), (7, 0.8), (12, 0.6), (15, 0.5), (19, 0.35), (22, 0.25)),  # i m7
    (False, 1): ((5, 0.9), (12, 0.7), (17, 0.6), (21, 0.5), (24, 0.35), (26, 0.2)),  # IV (dorian)
}


@dataclass(frozen=True)
class Key:
    root_midi: int  # the pad's root, G2 (43) .. F#3 (54)
    bright: bool  # lydian/major pentatonic when True, dorian/minor pentatonic when False

    @property
    def pentatonic(self) -> tuple[int, ...]:
        return BRIGHT_PENTATONIC if self.bright else DARK_PENTATONIC

    @property
    def name(self) -> str:
        names = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")
        return f"{names[self.root_midi % 12]} {'lydian' if self.bright else 'dorian'}"


def key_for(seed: int, bright: bool) -> Key:
    """The dream's key: root pitch class from the seed, mode by mood."""
    return Key(root_midi=43 + (seed * 7 + 5) % 12, bright=bright)


def chord_notes(root_midi: int, bright: bool, which: int) -> list[tuple[int, float]]:
    """(MIDI note, weight) of chord `which` (0 tonic, 1 neighbour) of the mode on the root."""
    return [(root_midi + step, weight) for step, weight in CHORDS[(bright, which)]]


def midi_to_hz(note: float) -> float:
    return float(440.0 * 2.0 ** ((note - 69.0) / 12.0))
