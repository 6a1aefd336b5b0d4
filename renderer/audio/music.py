"""Key and mode: the root comes from the dream's seed, the mode from its mood (valence)."""

from __future__ import annotations

from dataclasses import dataclass

# Pentatonic subsets (semitones above the root) of lydian (bright) and dorian (dark).
BRIGHT_PENTATONIC = (0, 2, 4, 7, 9)
DARK_PENTATONIC = (0, 3, 5, 7, 10)
# Pad voicings (semitones above the root): open fifths, the mode's third up an octave, colour tone.
BRIGHT_CHORD = (0, 7, 12, 16, 18, 23)
DARK_CHORD = (0, 7, 12, 15, 17, 21)


@dataclass(frozen=True)
class Key:
    root_midi: int  # the pad's root, G2 (43) .. F#3 (54)
    bright: bool  # lydian/major pentatonic when True, dorian/minor pentatonic when False

    @property
    def chord(self) -> tuple[int, ...]:
        return BRIGHT_CHORD if self.bright else DARK_CHORD

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


def midi_to_hz(note: float) -> float:
    return 440.0 * 2.0 ** ((note - 69.0) / 12.0)
