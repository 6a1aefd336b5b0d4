"""Scene direction: settings per passage, the focus of each sentence, what is drawn when."""

from __future__ import annotations

import tomllib

import pytest

from renderer import paths, pipeline
from renderer.director import ROLES, SceneScript, direct, roles
from renderer.dream import parse_dream
from renderer.frame import FrameState
from renderer.mapping.lexicon import load_lexicon
from renderer.mapping.plan import ScenePlan
from renderer.pipeline import VoiceChoice
from renderer.timeline import Timeline

SILENT = VoiceChoice("silent")


def _script(text: str) -> tuple[ScenePlan, SceneScript]:
    plan = pipeline.plan(parse_dream(text, "test"))
    return plan, direct(plan)


def _timeline(text: str) -> Timeline:
    return pipeline.Production(parse_dream(text, "test"), SILENT.create()).timeline()


def _middles(text: str) -> list[FrameState]:
    """The frame states at the middle of each of the text's sentences."""
    timeline = _timeline(text)
    return [timeline.state_at((s.start + s.end) / 2) for s in timeline.sentences]


def test_every_motif_has_exactly_one_role() -> None:
    data = tomllib.loads((paths.assets_dir() / "direction.toml").read_text(encoding="utf-8"))
    tables = {
        "place_things", "indoors", "under", "own", "house", "travelled", "insides", "outsides",
        "afloat", "aloft", "groves", "grounds", "above", "on_water", "materials",
    }  # fmt: skip
    assert set(data) - tables == set(ROLES)
    assert set(data["materials"]["motifs"]) <= set(data["accent"])
    assert set(data["on_water"]["waters"]) <= set(data["place"])
    assert set(data["aloft"]) <= set(data["subject"])
    assert set(data["aloft"].values()) <= set(data["place"])
    assert set(data["above"]) <= set(data["sky"])
    assert set(data["above"].values()) <= set(data["place"])
    assert set(data["indoors"]["places"]) <= set(data["place"])
    insides = data["insides"]["places"]
    # drawn from outside: an outdoor place, a thing one can go into (a lighthouse), or the
    # train, drawn passing by but indoors for its setting (no rain in it)
    outdoors = set(data["place"]) - set(data["indoors"]["places"])
    assert set(insides) - {"train"} <= outdoors | set(data["subject"])
    assert set(data["insides"]["climbed"]) <= set(data["place"]) | set(data["subject"])
    assert set(insides.values()) <= set(data["indoors"]["places"])
    assert set(data["travelled"]["places"]) <= set(data["place"])
    assert set(data["house"]["rooms"]) <= set(data["indoors"]["places"])
    assert set(data["groves"]) <= set(data["subject"])
    assert set(data["groves"].values()) <= set(data["place"])
    assert set(data["grounds"]) <= set(data["sky"]) | set(data["subject"])  # worlds, stuff
    assert set(data["grounds"].values()) <= set(data["place"])
    assert set(data["afloat"]["waters"]) <= set(data["place"]) - set(data["indoors"]["places"])
    assert set(data["afloat"]["vessels"]) <= set(data["subject"])
    assert set(data["under"]["places"]) <= set(data["place"]) - set(data["indoors"]["places"])
    assert set(data["under"]["surfaces"]) <= set(data["place"])
    assert set(data["own"]) <= set(data["place"])
    assert set(data["outsides"]) <= set(data["indoors"]["places"])
    assert set(data["outsides"].values()) <= outdoors
    assert set(roles()) == set(load_lexicon().motifs)


def test_the_setting_changes_where_the_dreamer_goes_and_comes_back() -> None:
    _, script = _script(
        "I was walking through a dark forest. The trees were very tall. "
        "Then I stepped onto a wide beach by the ocean. Waves broke on the sand. "
        "Suddenly I was back in the forest, and an owl watched me."
    )
    places = [d.setting[0] for d in script.sentences]
    assert places == ["forest", "forest", "beach", "beach", "forest"]  # the ocean only says where
    assert [p.place for p in script.passages] == ["forest", "beach", "forest"]


def test_a_place_only_mentioned_does_not_move_the_dream() -> None:
    _, script = _script(
        "I was in a small boat on the ocean. "
        "I remembered the forest of my childhood, its moss and its deer."
    )
    assert [d.setting[0] for d in script.sentences] == ["ocean", "ocean"]
    assert "deer" in script.sentences[1].focus


def test_sentences_before_the_first_place_are_already_there() -> None:
    _, script = _script("It was late. I was cold. I stood at the edge of a dark lake.")
    assert [d.setting[:1] for d in script.sentences] == [("lake",)] * 3


def test_the_sky_and_weather_join_the_setting_from_where_they_are_named() -> None:
    _, script = _script("I walked into the forest. Rain began to fall. The moon rose.")
    settings = [d.setting for d in script.sentences]
    assert settings[0] == ("forest",)
    assert settings[1][0] == "forest" and "rain" in settings[1]
    assert settings[2][0] == "forest" and "rain" in settings[2] and "moon" in settings[2]


def test_the_focus_is_the_sentences_own_imagery_not_the_setting() -> None:
    _, script = _script("I was in the forest. An owl sat on a branch. A deer stepped out.")
    assert script.sentences[1].focus[0] == "owl"
    assert script.sentences[2].focus[0] == "deer"
    assert all("forest" not in d.focus for d in script.sentences)


def test_a_catch_all_never_leads_nor_sets_the_scene() -> None:
    _, script = _script(
        "There was a key on the table, a key and a bell and a spoon. "
        "I picked up the key. I put the key in my pocket. "
        "Outside, a river ran under the moon."
    )
    assert script.motifs[0].name != "objects"
    assert all(p.place != "objects" for p in script.passages)
    assert script.motifs[0].name in ("river", "moon")


def test_imagery_only_in_a_figure_ranks_after_everything_literal() -> None:
    _, script = _script(
        "The beam goes out across the water, soft and yellow as butter. Whales rise to look."
    )
    names = [m.name for m in script.motifs]
    assert "food" in names  # drawn as a brief accent of its sentence
    literal = [m for m in script.motifs if m.name != "food" and m.score > 0]
    assert names.index("food") > max(names.index(m.name) for m in literal)


def test_someone_the_sentence_is_about_is_drawn_beside_what_they_hold() -> None:
    _, script = _script("I waded through the salt marsh. A woman stood there holding a lantern.")
    assert script.sentences[1].focus == ("lanterns", "figure")


def test_a_furnishing_or_a_way_out_of_doors_does_not_draw_its_place() -> None:
    _, script = _script(
        "I walked across a wide meadow. A horse grazed by the fence, next to an old bench "
        "where a deer trail met the road. "
        "I went into the cottage's kitchen. A bed stood by the wall."
    )
    meadow, kitchen = script.sentences[1], script.sentences[3]
    assert meadow.setting[0] == "meadow"
    assert "city" not in (*meadow.focus, *meadow.accents)  # no skyline for a fence or a road
    assert "horse" in meadow.focus
    assert kitchen.setting[0] == "kitchen"
    assert "room" not in kitchen.focus  # a bed in the kitchen stands there: no bedroom over it
    _, script = _script("I was in the office. A bed stood by the photocopier.")
    assert "room" in script.sentences[1].focus  # elsewhere indoors it is the room next door


def test_the_focal_subject_is_drawn_while_its_sentence_is_spoken() -> None:
    timeline = _timeline(
        "I walked along a river at night. Fireflies drifted over the water. "
        "A whale rose out of the river. Then a lighthouse appeared on the far bank."
    )
    for sentence, direction in zip(timeline.sentences, timeline.script.sentences, strict=True):
        middle = timeline.state_at((sentence.start + sentence.end) / 2)
        assert set(direction.focus) <= set(middle.drawn), (sentence.text, middle.drawn)
        assert len(middle.drawn) <= 6


def test_a_subject_fades_within_seconds_but_the_setting_lingers() -> None:
    timeline = _timeline(
        "I was standing in a meadow. An owl flew over me. "
        "I waited for a long time, listening to nothing at all, thinking about nothing. "
        "Nothing happened for a while, and I kept on waiting there quietly."
    )
    last = timeline.sentences[-1]
    state = timeline.state_at((last.start + last.end) / 2)
    assert "owl" not in state.drawn  # two sentences later the owl is gone
    assert "meadow" in state.drawn  # the setting is still there


def test_timeline_json_explains_setting_focus_and_drawn_from_the_same_states() -> None:
    from renderer.timeline import timeline_to_json

    timeline = _timeline("I stood in a cave. A serpent slept by a fire.")
    data = timeline_to_json(timeline)
    for entry, sentence in zip(data["sentences"], timeline.sentences, strict=True):
        middle = timeline.state_at((sentence.start + sentence.end) / 2)
        assert entry["drawn"] == list(middle.drawn)
        assert entry["setting"][0] == "cavern"  # in the cave: the cavern
    assert data["sentences"][1]["focus"][0] in ("serpent", "fire")


@pytest.mark.gl
def test_still_and_play_agree_at_time_t(tmp_path) -> None:
    """`reverie still --at T` draws the frame of the timeline playback builds, same narrator."""
    import numpy as np
    from gfx_support import Offscreen, gl_context
    from PIL import Image

    from renderer.cli import main

    dream = tmp_path / "cave.txt"
    dream.write_text("I stood in a cave. A serpent slept by a fire. Then rain.\n", "utf-8")
    voice = VoiceChoice("pyttsx3")
    session_timeline = pipeline.Production(
        pipeline.load(str(dream)), voice.create()
    ).timeline()  # what play builds (app/session.py uses the same Production)
    sentence = session_timeline.sentences[1]
    at = (sentence.start + sentence.end) / 2
    out = tmp_path / "still.png"
    args = ["still", str(dream), "--at", f"{at}", "--size", "64x36", "--narrator", "pyttsx3"]
    assert main([*args, "-o", str(out)]) == 0
    still = np.asarray(Image.open(out)).astype(float)
    ctx = gl_context()
    frame = Offscreen(pipeline.create_compositor(ctx, (64, 36))).render(
        session_timeline.state_at(at)
    )
    assert np.abs(still - frame.astype(float)).max() <= 1
    assert "serpent" in session_timeline.state_at(at).drawn


def test_indoors_the_weather_is_a_moment_not_the_setting() -> None:
    _, script = _script("I was in my kitchen. Rain began to fall outside. The kettle sang.")
    assert script.sentences[1].setting == ("kitchen",) and "rain" in script.sentences[1].focus
    assert script.sentences[2].setting == ("kitchen",)


def test_the_open_air_seen_from_a_room_is_drawn_behind_it_through_its_windows() -> None:
    _, script = _script(
        "I was sitting in a little café by the harbour. Outside it began to rain. "
        "A cat slept on the counter. Then I walked down to the harbour."
    )
    by_the_harbour, raining, cat, harbour = script.sentences
    assert by_the_harbour.setting == ("cafe",) and by_the_harbour.outside == ("harbour",)
    assert "harbour" in by_the_harbour.accents and "harbour" not in by_the_harbour.focus
    assert raining.focus == ("rain",) and raining.outside == ("rain",)
    assert cat.outside == ()
    assert harbour.setting == ("harbour",) and harbour.outside == ()
    _, kitchen = _script("I stood in the kitchen. Through the window I could see a forest.")
    assert "forest" in kitchen.sentences[1].focus and kitchen.sentences[1].outside == ("forest",)
    _, ward = _script("I was in a hospital ward. Snow was falling between the beds.")
    assert "snow" in ward.sentences[1].focus and ward.sentences[1].outside == ()


def test_indoors_a_window_is_the_rooms_own_not_a_doorway_standing_in_it() -> None:
    _, script = _script("I sat in the café. The windows were all steamed up. A door opened.")
    assert "doorway" not in script.sentences[1].focus + script.sentences[1].accents
    assert "doorway" in script.sentences[2].focus
    _, meadow = _script("I stood in a meadow. A window hung in the air.")
    assert "doorway" in meadow.sentences[1].focus


def test_what_is_seen_outside_is_drawn_behind_the_room_only_while_only_seen_outside() -> None:
    timeline = _timeline(
        "I sat in the kitchen. Outside it began to snow. Then snow fell between the cupboards."
    )
    _, outside, inside = timeline.sentences
    seen = timeline.state_at((outside.start + outside.end) / 2)
    assert "snow" in seen.drawn and seen.outside == frozenset({"snow"})
    fell = timeline.state_at((inside.start + inside.end) / 2)
    assert "snow" in fell.drawn and "snow" not in fell.outside


def test_a_sentence_that_only_looks_out_dims_the_room_to_show_the_view() -> None:
    before, looking, turning, after = _middles(
        "I was in the kitchen making tea. Outside, the garden had turned into a wide river. "
        "The kettle began to sing on the stove. My aunt poured the tea into the cups."
    )
    assert looking.outside == frozenset({"garden", "river"})
    assert looking.intensities["river"] > 0.9 and looking.intensities["garden"] > 0.9
    assert 0.0 < looking.intensities["kitchen"] < 0.1 * before.intensities["kitchen"]
    assert turning.intensities["kitchen"] > looking.intensities["kitchen"]  # back by degrees
    assert after.intensities["kitchen"] == before.intensities["kitchen"]
    # a view named with the room, or only where the room stands, leaves the room as it is
    cafe = "I sat in a little café by the harbour. Outside it began to rain."
    by_the_harbour, raining = _middles(cafe)
    assert by_the_harbour.intensities["cafe"] > 0.5 and raining.intensities["cafe"] < 0.1


def test_creatures_one_looks_out_at_are_outside_and_those_in_the_room_stay_in_it() -> None:
    before, heron, deer, cat = _middles(
        "I was in the kitchen making tea. Past the window, a heron stood on the fence. "
        "Through the window I could see deer in the snow. A cat slept on the chair."
    )
    assert "heron" in heron.drawn and "heron" in heron.outside
    assert heron.intensities["kitchen"] < 0.1 * before.intensities["kitchen"]  # one looks out
    assert {"deer", "snow"} <= deer.outside
    assert "cat" in cat.drawn and "cat" not in cat.outside
    _, script = _script("I was in the kitchen. A heron stood by the fence. Through the door I ran.")
    assert script.sentences[1].outside == () and script.sentences[2].outside == ()


def test_what_is_only_heard_sounds_and_is_not_drawn() -> None:
    from renderer.audio.soundmap import bed_levels, beds_for, sounding

    timeline = _timeline("I stood in the kitchen. I could hear the sea. Then I saw the sea.")
    _, heard, seen = timeline.sentences
    state = timeline.state_at((heard.start + heard.end) / 2)
    assert "ocean" not in state.drawn and state.heard.get("ocean", 0.0) > 0.1
    levels = bed_levels(sounding(state))
    assert beds_for("ocean") and all(levels.get(bed, 0.0) > 0.0 for bed in beds_for("ocean"))
    assert "ocean" in timeline.state_at((seen.start + seen.end) / 2).drawn


def test_a_place_in_a_figure_of_speech_is_not_drawn_at_all() -> None:
    _, script = _script("I sailed on the sea. The icebergs stood in the water like cathedrals.")
    icebergs = script.sentences[1]
    assert "church" not in icebergs.focus + icebergs.accents + icebergs.setting
    _, script = _script("We swam in the pool. The water was warm as a bath.")
    assert "bathroom" not in script.sentences[1].accents  # a room's thing in a figure


def test_what_a_place_does_is_an_accent_not_the_sentences_place() -> None:
    _, script = _script("I stood on the dunes. A line of lanterns came flowing across the sand.")
    lanterns = script.sentences[1]
    assert "river" not in lanterns.focus and "lanterns" in lanterns.focus


def test_another_interior_named_as_a_landmark_is_not_drawn_in_the_room() -> None:
    _, script = _script("I was in a hospital corridor. A fox ran round the corner by the lifts.")
    landmark = script.sentences[1]
    assert landmark.setting == ("corridor",) and "lift" not in landmark.focus + landmark.accents
    _, station = _script("I stood on the station platform. The train left without me.")
    assert "train" in station.sentences[1].focus


@pytest.mark.parametrize(
    ("text", "single"),
    [
        ("I walked down the lane carrying a lantern. The lantern swung in my hand.", True),
        ("I lit the old oil lamp on the table.", True),
        ("Paper lanterns rose over the river.", False),
        ("There were two lamp posts by the gate.", False),
        ("Every candle in the hall was lit.", False),
        ("I held a lantern. Then hundreds of lanterns rose around me.", False),
        ("The moon hung like a lantern over the fields.", False),  # only a figure: not drawn
    ],
)
def test_a_dream_that_names_only_one_lantern_has_it_drawn_as_one(text: str, single: bool) -> None:
    _, script = _script(text)
    assert ("lanterns" in script.single) is single


@pytest.mark.parametrize(
    ("text", "single"),
    [
        ("A single crow sat on the fence post.", True),
        ("A flock of starlings wheeled over the field.", False),
        ("A murmuration swept over the pier.", False),
    ],
)
def test_a_flock_is_many_birds(text: str, single: bool) -> None:
    _, script = _script(text)
    assert ("birds" in script.single) is single


@pytest.mark.parametrize(
    ("text", "single"),
    [
        ("A single fish swam slowly past my face.", True),
        ("I caught a fish. The fish was silver.", True),
        ("Fish swam all around me.", False),  # the plural is the same word
        ("A fish swam by. Then two fish.", False),
        ("The fish were everywhere.", False),
    ],
)
def test_one_fish_is_one_and_fish_with_no_word_of_one_are_many(text: str, single: bool) -> None:
    _, script = _script(text)
    assert ("fish" in script.single) is single


def test_a_river_that_wound_through_is_the_sentences_focus() -> None:
    _, script = _script("We stood on the mountain ridge. A river wound through the bottom.")
    assert "river" in script.sentences[1].focus


def test_a_thing_seen_going_is_no_word_of_a_kind() -> None:
    """"I watched our car drive away": the car drives, it says what kind of drive nothing is."""
    _, script = _script("We sat in the diner. Through the window I watched our car drive away.")
    assert "road" in script.sentences[1].focus + script.sentences[1].accents
    _, script = _script("We sat in the diner. I saw the car park fill up.")  # the car park
    assert "road" not in script.sentences[1].focus


def test_weather_only_smelled_is_no_scenery() -> None:
    _, script = _script("We sat on a rooftop in the city. Your coat smelled of rain.")
    assert "rain" not in script.sentences[1].setting


def test_an_interior_named_only_as_a_landmark_outdoors_is_not_drawn() -> None:
    """"The quarry behind my school": a classroom would fill the frame over the quarry."""
    _, script = _script("I was swimming in the old quarry behind my school. The water was green.")
    quarry = script.sentences[0]
    assert quarry.setting[0] == "mountains"
    assert "classroom" not in (*quarry.focus, *quarry.accents)
    assert "lake" in script.sentences[1].focus  # open water one swims in, not a pool
    _, script = _script("I walked to my school. The classroom was empty.")
    assert script.sentences[1].setting[0] == "classroom"


def test_a_place_one_comes_out_of_is_not_drawn() -> None:
    _, script = _script("I came out of the market onto an empty beach.")
    beach = script.sentences[0]
    assert beach.setting[0] == "beach"
    assert "market" not in (*beach.focus, *beach.accents)


def test_a_thing_the_sentence_gives_a_colour_is_in_its_focus() -> None:
    _, script = _script(
        "We were on the sleeper train. Outside it was all snow and pine trees under a big "
        "orange moon."
    )
    assert "moon" in script.sentences[1].focus
    _, plain = _script(
        "We were on the sleeper train. Outside it was all snow and pine trees under a big moon."
    )
    assert "moon" not in plain.sentences[1].focus  # two focal motifs: the snow and the trees


def test_on_the_roof_of_a_building_its_rooms_are_not_drawn() -> None:
    _, script = _script("I was on the roof of my old school and the city below was dark.")
    assert script.sentences[0].setting[0] == "city"
    assert "classroom" not in script.sentences[0].focus + script.sentences[0].accents


def test_a_place_that_turns_into_another_is_not_drawn_from_outside() -> None:
    _, script = _script("I was in the kitchen. Then the kitchen became a forest.")
    became = script.sentences[1]
    assert became.setting[0] == "forest"
    assert "village" not in became.focus + became.accents


def test_rings_on_the_water_are_drawn_only_where_water_is_drawn() -> None:
    _, script = _script(
        "The city was wet and dark. When the raindrops struck the puddles, the reflections "
        "broke into rings of colour."
    )
    assert "ripples" not in (*script.sentences[1].focus, *script.sentences[1].accents)
    _, script = _script("I sat by the pond. Raindrops made rings on the still water.")
    assert "ripples" in script.sentences[1].focus
