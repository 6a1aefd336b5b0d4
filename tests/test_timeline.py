"""Timeline layout, cues and state_at with the silent narrator (fast, no audio)."""

from __future__ import annotations

import json

import pytest
from narration_plans import build, make_plan

from renderer.appearances import (
    CHANGE_S,
    FOCUS_AHEAD_S,
    FOCUS_HOLD_S,
    FOCUS_RELEASE_S,
    SETTING_LEVEL,
)
from renderer.mapping.palette import hex_to_rgb, roles
from renderer.narration import Narration, create_narrator
from renderer.narration.pauses import FADE_IN_S, LEAD_IN_S, TAIL_S, pause_after
from renderer.timeline import CAPTION_HOLD_S, render_timeline_table, timeline_to_json


@pytest.fixture(scope="module")
def plan():
    return make_plan()


@pytest.fixture(scope="module")
def timeline(plan):
    return build(plan, create_narrator("silent"))


def test_layout_pauses_lead_in_and_tail(plan, timeline):
    """Ambience alone before the first word and after the last; between sentences the pause
    the text asks for, longer at a paragraph break, longer still where the setting changes."""
    s = timeline.sentences
    assert [x.index for x in s] == [0, 1, 2, 3, 4]
    assert s[0].start == pytest.approx(LEAD_IN_S)
    assert 8.0 <= LEAD_IN_S <= 15.0 and 20.0 <= TAIL_S <= 30.0
    assert timeline.duration == pytest.approx(s[-1].end + TAIL_S)
    same = s[2].start - s[1].end  # "…into a nebula." then "The forest answered softly."
    assert same == pytest.approx(pause_after(s[1].text))
    paragraph = s[3].start - s[2].end
    assert paragraph == pytest.approx(pause_after(s[2].text, paragraph_ends=True))
    assert paragraph > same
    changed = build(make_plan("I walked along a river.\n\nThen I drifted into a nebula."),
                    create_narrator("silent"), lead_in=0.0)  # fmt: skip
    assert changed.sentences[0].start == 0.0
    gap = changed.sentences[1].start - changed.sentences[0].end
    scene = pause_after("I walked along a river.", paragraph_ends=True, scene_changes=True)
    assert gap == pytest.approx(scene) and scene > paragraph


def test_words_are_ordered_inside_their_sentence_and_point_into_the_dream_text(plan, timeline):
    text = plan.dream.text
    for s in timeline.sentences:
        assert s.words, s.text
        assert s.words[0].start == pytest.approx(s.start)
        for a, b in zip(s.words, s.words[1:], strict=False):
            assert a.start < a.end <= b.start
        assert s.words[-1].end <= s.end + 1e-9
        for w in s.words:
            assert text[w.char : w.char + len(w.text)] == w.text
    spoken = [w.text for w in timeline.sentences[0].words]
    assert spoken == [
        "I",
        "walked",
        "along",
        "a",
        "glowing",
        "river",
        "fireflies",
        "drifted",
        "over",
        "the",
        "water",
    ]


def test_longer_words_and_commas_take_longer():
    narrator = create_narrator("silent")
    short = narrator.synthesize("A cat sat on a mat.")
    long = narrator.synthesize("Luminous jellyfish undulated beneath iridescent constellations.")
    assert len(short.words) == 6 and len(long.words) == 6
    assert long.duration > short.duration * 1.5
    plain = narrator.synthesize("the sea was warm and the sky was wide")
    paused = narrator.synthesize("the sea was warm, and the sky was wide")
    assert paused.duration > plain.duration + 0.1
    assert narrator.synthesize("   ").duration == 0.0
    one = narrator.synthesize("Hush.")
    assert [w.text for w in one.words] == ["Hush"] and one.duration > 0.1


def test_every_cue_sits_on_the_onset_of_the_word_holding_its_keyword(plan, timeline):
    keywords = [(k.text, k.motif) for p in plan.sentences for k in p.named]
    assert [(c.keyword, c.motif) for c in timeline.cues] == keywords
    for cue in timeline.cues:
        sentence = timeline.sentences[cue.sentence]
        word = next(w for w in sentence.words if w.start == cue.time)
        assert word.text.lower() == cue.keyword.lower()
        assert cue.intensity == pytest.approx(0.9)


def test_state_at_is_pure_and_deterministic(plan, timeline):
    again = build(plan, create_narrator("silent"))
    for t in (0.0, 0.3, 2.5, 7.77, timeline.duration - 1.0, timeline.duration + 5):
        assert timeline.state_at(t) == timeline.state_at(t) == again.state_at(t)
    assert timeline.state_at(3.0).seed == plan.dream.seed


def test_the_focus_rises_with_its_word_and_fades_after_its_sentence(timeline):
    cue = next(c for c in timeline.cues if c.motif == "fireflies")
    sentence = timeline.sentences[cue.sentence]
    level = lambda t: timeline.state_at(t).intensities.get("fireflies", 0.0)  # noqa: E731
    assert level(sentence.start - FOCUS_AHEAD_S - 0.05) == 0.0
    middle = (sentence.start + sentence.end) / 2
    assert 0.0 < level(middle - 1.0) < 1.0  # rising, fully there by the middle
    assert level(middle) == level(sentence.end) == pytest.approx(1.0)
    after = sentence.end + FOCUS_HOLD_S
    assert level(after) == pytest.approx(1.0)
    assert 0.0 < level(after + FOCUS_RELEASE_S / 2) < 0.75
    assert level(after + FOCUS_RELEASE_S + 0.05) == 0.0
    assert "fireflies" in timeline.state_at((sentence.start + sentence.end) / 2).drawn


def test_the_setting_holds_through_its_passage_and_dissolves_into_the_next():
    plan = make_plan("I walked along a glowing river.\n\nThen I drifted into a nebula.")
    timeline = build(plan, create_narrator("silent"))
    s0, s1 = timeline.sentences[0], timeline.sentences[1]
    assert [d.setting[:1] for d in timeline.script.sentences[:2]] == [("river",), ("nebula",)]
    state = timeline.state_at
    assert state(0.1).intensities["river"] == pytest.approx(SETTING_LEVEL)
    assert state((s0.start + s0.end) / 2).intensities["river"] == pytest.approx(SETTING_LEVEL)
    assert "nebula" not in state(s1.start - CHANGE_S / 2 - 0.05).intensities
    middle = state(s1.start)
    assert 0.0 < middle.intensities["river"] < SETTING_LEVEL
    assert 0.0 < middle.intensities["nebula"] < SETTING_LEVEL
    later = state(s1.start + CHANGE_S)
    assert "river" not in later.intensities
    assert later.intensities["nebula"] == pytest.approx(SETTING_LEVEL)


def test_no_frame_jumps_across_the_whole_dream(timeline):
    """Eased in and out: between frames 1/30 s apart no motif moves by more than a step."""
    t, previous = 0.0, timeline.state_at(0.0).intensities
    while t < timeline.duration:
        t += 1 / 30
        now = timeline.state_at(t).intensities
        for motif in set(now) | set(previous):
            assert abs(now.get(motif, 0.0) - previous.get(motif, 0.0)) < 0.06, (motif, t)
        previous = now


def test_caption_follows_the_spoken_word_then_lingers_then_clears(plan, timeline):
    s0, s1 = timeline.sentences[0], timeline.sentences[1]
    word = s0.words[5]
    caption = timeline.state_at(word.start + 0.01).caption
    assert caption is not None and caption.text == s0.text
    assert caption.text[caption.word_start : caption.word_end] == "river"
    linger = timeline.state_at(s0.end + 0.1).caption
    assert linger is not None and linger.text == s0.text and linger.word_start == -1
    assert s1.start - s0.end > CAPTION_HOLD_S
    assert timeline.state_at(s0.end + CAPTION_HOLD_S + 0.05).caption is None
    assert timeline.state_at(0.2).caption is None


def test_fade_mood_palette_and_voice(plan, timeline):
    assert timeline.state_at(0.0).fade == 0.0
    assert 0.0 < timeline.state_at(0.4).fade < 1.0
    assert timeline.state_at(FADE_IN_S + 0.5).fade == 1.0
    assert 0.0 < timeline.state_at(timeline.duration - 1.0).fade < 0.5
    assert timeline.state_at(timeline.duration).fade == 0.0
    s0, s1 = timeline.sentences[0], timeline.sentences[1]
    assert timeline.state_at(s0.start + 0.5).valence == pytest.approx(-0.4)
    assert timeline.state_at(s1.end - 0.01).valence == pytest.approx(0.8)
    between = timeline.state_at(s1.start).valence
    assert -0.4 < between < 0.8
    palette = timeline.state_at(1.0).palette  # the roles of all the plan's colours
    assert palette == roles([hex_to_rgb(c) for c in plan.palette])
    word = s0.words[3]
    assert timeline.state_at((word.start + word.end) / 2).voice > 0.3
    assert timeline.state_at((s0.end + s1.start) / 2).voice < 0.01


def test_partial_timeline_agrees_with_the_complete_one(plan, timeline):
    narration = Narration(create_narrator("silent"), [s.text for s in plan.dream.sentences])
    full = build(plan, narration)
    assert full.complete and full.duration == timeline.duration
    # a running narration with only 2 sentences ready: emulate by a plan-sized prefix
    prefix = build(plan, _Prefix(narration, 2), partial=True)
    assert not prefix.complete and len(prefix.sentences) == 2
    assert prefix.duration == pytest.approx(full.sentences[1].end)
    for t in (0.5, 2.0, 4.0, 6.0, prefix.duration - 0.2):
        a, b = prefix.state_at(t), full.state_at(t)
        assert (a.intensities, a.caption, a.valence, a.voice) == (
            b.intensities,
            b.caption,
            b.valence,
            b.voice,
        )


class _Prefix(Narration):
    """A finished Narration that reports only its first `count` sentences as ready."""

    def __init__(self, done: Narration, count: int) -> None:
        super().__init__(done.narrator, done.texts[:count])
        self.texts = done.texts


def test_json_contract(plan, timeline):
    data = json.loads(json.dumps(timeline_to_json(timeline)))
    assert set(data) == {"duration", "voice", "sentences", "cues"}
    assert data["voice"] == "silent"
    assert set(data["sentences"][0]) == {
        "index", "start", "end", "text", "words", "setting", "focus", "drawn", "outside", "heard"
    }  # fmt: skip
    first = data["sentences"][0]
    assert first["setting"] == ["river"] and first["focus"] == ["fireflies"]
    assert set(first["focus"]) <= set(first["drawn"])
    assert set(data["sentences"][0]["words"][0]) == {"text", "start", "end", "char"}
    assert set(data["cues"][0]) == {"time", "motif", "intensity", "keyword"}
    for value in [data["duration"]] + [c["time"] for c in data["cues"]]:
        assert value == round(value, 3)
    assert data["sentences"][0]["text"] == plan.dream.sentences[0].text
    table = render_timeline_table(timeline)
    assert "nebula" in table and "00:10.000" in table


def test_empty_and_markup_only_sentences_take_no_time():
    plan = make_plan("The river ran.\n\n***\n\nThe sky glowed.")
    tl = build(plan, create_narrator("silent"))
    spoken = [s for s in tl.sentences if s.words]
    assert len(spoken) == 2
    between = pause_after(spoken[0].text, paragraph_ends=True)
    assert spoken[1].start - spoken[0].end == pytest.approx(between)


def test_cli_prints_the_json_contract(tmp_path):
    import subprocess
    import sys

    dream = tmp_path / "river.txt"
    dream.write_text("The river glowed.\n\nFireflies rose over the water.\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "renderer",
            "timeline",
            str(dream),
            "--json",
            "--narrator",
            "silent",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"duration", "voice", "sentences", "cues"} and data["voice"] == "silent"
    assert [s["text"] for s in data["sentences"]] == [
        "The river glowed.",
        "Fireflies rose over the water.",
    ]
    first = data["sentences"][0]
    assert first["start"] == LEAD_IN_S and first["words"][0] == {
        "text": "The", "start": LEAD_IN_S, "end": first["words"][0]["end"], "char": 0
    }  # fmt: skip
    starts = {w["start"] for s in data["sentences"] for w in s["words"]}
    assert data["cues"] and all(c["time"] in starts for c in data["cues"])
    table = subprocess.run(
        [sys.executable, "-m", "renderer", "timeline", str(dream), "--narrator", "silent"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert table.returncode == 0 and "The river glowed." in table.stdout
