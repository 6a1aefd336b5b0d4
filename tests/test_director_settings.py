"""Where each passage happens: the place changes where the text moves the dreamer, and things,
views and qualifiers do not move it (renderer/director.py, assets/setting_words.toml)."""

from __future__ import annotations

import pytest

from renderer import pipeline
from renderer import place_words as pw
from renderer.director import SceneScript, direct, in_open_air, sets_scene
from renderer.dream import parse_dream
from renderer.mapping.plan import Keyword
from renderer.pipeline import VoiceChoice

SILENT = VoiceChoice("silent")


def _script(text: str) -> SceneScript:
    return direct(pipeline.plan(parse_dream(text, "test")))


def _places(text: str) -> list[str | None]:
    return [d.setting[0] if d.setting else None for d in _script(text).sentences]


def test_the_place_turning_into_another_moves_the_dream() -> None:
    places = _places(
        "I was standing in my mother's kitchen. The stove was warm. "
        "Then it was a prairie. The grass went on for miles."
    )
    assert places == ["kitchen", "kitchen", "meadow", "meadow"]


def test_a_place_that_has_faded_gives_way_to_one_named_more_lightly() -> None:
    text = (
        "We walked into the forest. It was quiet. I found a key. I lost it again. "
        "The key was gold. The beach was empty when I looked up."
    )
    assert _places(text) == ["forest"] * 5 + ["beach"]
    # named right after the forest, the beach is only a mention and the dream stays
    assert _places("We walked into the forest. The beach was empty.") == ["forest", "forest"]


def test_going_somewhere_without_a_subject_moves_the_dream() -> None:
    places = _places(
        "Huge airport, all glass. Went through a door and came out in a long hallway. "
        "The carpet was orange."
    )
    assert places == ["airport", "corridor", "corridor"]


def test_things_vehicles_and_materials_never_set_the_scene() -> None:
    places = _places(
        "I was walking through a dark forest. There was a truck in the trees with its lights "
        "on. I climbed into the truck. The sand on the seat was cold."
    )
    assert places == ["forest"] * 4
    plan = pipeline.plan(parse_dream("I drove my truck to the city.", "test"))
    found = {k.text: k for k in plan.sentences[0].named}
    assert not sets_scene(found["truck"]) and sets_scene(found["city"])


def test_the_place_turning_into_stuff_is_where_the_dreamer_is() -> None:
    places = _places("I was inside the barn. The hay was warm. Then the floor was all sand.")
    assert places == ["shed", "shed", "dunes"]


def test_the_open_air_has_no_ground_of_another_place() -> None:
    script = _script(
        "I am in a library at night. I open a book and climb into it. "
        "Then I'm up in the sky, nothing but sky."
    )
    assert script.sentences[0].setting[0] == "library"
    last = script.sentences[-1]
    assert script.passages[last.passage].place is None  # no ground: only the sky
    assert "library" not in last.setting
    keyword = Keyword("snowfield", 0, 9, "snow", 0.9)
    assert in_open_air(keyword)


def test_a_snowfield_is_a_place_of_its_own_with_no_ground_of_another() -> None:
    script = _script(
        "I am in a library at night. I open a book and climb into it. "
        "I'm standing in a snowfield under a low white sky, and the snow goes on forever."
    )
    last = script.sentences[-1]
    assert script.passages[last.passage].place == "snowfield"
    assert "snow" in last.setting and "library" not in last.setting


def test_weather_the_whole_place_turns_into_is_the_open_air() -> None:
    script = _script("I was in the hospital corridor. I pulled the curtain back and it was snow.")
    assert script.sentences[0].setting == ("corridor",)
    assert script.sentences[1].setting == ("snow",)
    # the time of day or rain falling is no place
    assert _places("I was in the hospital corridor. It was night. It was raining.") == [
        "corridor"
    ] * 3


def test_waking_up_names_the_room_woken_in() -> None:
    places = _places(
        "We were in the middle of a jungle, and a river ran below us. "
        "Woke up sweating, room was too hot."
    )
    assert places == ["forest", "room"]


def test_views_qualifiers_and_nearby_features_do_not_move_the_dream() -> None:
    assert _places("I was walking on a beach. Far off I saw a city.") == ["beach", "beach"]
    assert _places("We met at the seaside carnival.") == ["carnival"]
    assert _places("I was in a forest. The city lights were gone.") == ["forest", "forest"]
    assert _places("I was deep in a forest. Beside me was a lake.") == ["forest", "forest"]
    assert _places("I had a dream about the ocean. I was in a library.") == ["library"] * 2
    # one goes out of it, so one was in the place the dream is about, and its street only
    # says where it is
    text = (
        "I dreamt again about the laundromat on Pike street. All the machines were running "
        "at once. I went out the back door into the alley."
    )
    assert _places(text) == ["laundrette", "laundrette", "city"]
    text = "I was walking through the desert. Far ahead there was a lake that kept sliding away."
    assert _places(text) == ["dunes", "dunes"]


def test_every_passage_holds_a_sentence() -> None:
    script = _script("We stood on the beach by the seaside carnival. The waves were loud.")
    assert [p.place for p in script.passages] == ["beach"]
    assert all(p.first <= p.last for p in script.passages)


def test_a_place_with_no_picture_of_its_own_is_set_in_its_nearest_pictured_place() -> None:
    script = _script("We were shown into the guestroom. The curtains were drawn.")
    assert [d.setting[0] for d in script.sentences] == ["room", "room"]
    assert all("objects" not in d.setting for d in script.sentences)
    # an anteroom is a room of a large building, with no nearer picture: the great hall
    assert _places("After work I was in the anteroom. The music was loud.") == ["hall", "hall"]
    assert _places("After work I was in the gym. The music was loud.") == ["gym", "gym"]
    # a catch-all thing that is no place never sets the scene
    assert _script("I found a key and a spoon.").sentences[0].setting == ()


def test_a_train_carries_the_dreamer_where_it_goes() -> None:
    places = _places(
        "I sat in an old train. The train went into a tunnel. "
        "A moth flew out of the hole in the seat."
    )
    assert places == ["carriage", "tunnel", "tunnel"]  # in the train: its carriage
    # "it", once the bus is named, is the bus; and it slides or rolls as it goes
    text = (
        "I was on the night bus. At the foot of the hill the bus kept going; it rolled "
        "through the barrier and into the river."
    )
    assert _places(text) == ["bus", "river"]
    text = "I was in the park with my ball. Then it rolled into the river."
    assert _places(text) == ["meadow", "meadow"]  # nothing carries the dreamer


def test_the_open_air_is_shown_as_the_passages_setting_and_reported() -> None:
    text = "I was in the library. I climbed into the book and it was snow."
    script = _script(text)
    last = script.passages[-1]
    assert (last.place, last.anchor) == (None, "snow")
    timeline = pipeline.Production(parse_dream(text, "test"), SILENT.create()).timeline()
    middle = timeline.sentences[1]
    state = timeline.state_at((middle.start + middle.end) / 2)
    assert "snow" in state.drawn and "library" not in state.drawn


def test_a_place_seen_in_a_mirror_or_a_picture_is_not_the_setting() -> None:
    text = (
        "I was in a long hall. Every mirror showed somewhere else. "
        "In one I was on a beach. In another I stood in a car park."
    )
    assert _places(text) == ["hall"] * 4
    assert _places("I was in my room. The painting showed a cave.") == ["room", "room"]
    # "in one corner" with no pictures before is the room's own corner
    assert _places("I was in a kitchen. In one corner was a door to the garden.")[0] == "kitchen"


def test_a_place_in_a_photo_of_or_seen_from_within_is_not_the_setting() -> None:
    text = (
        "I was in the kitchen of my old house. On the fridge was a photo of me on a beach. "
        "The kettle was boiling."
    )
    assert _places(text) == ["kitchen"] * 3
    text = "I ran in a gym, on a treadmill facing a window onto a forest. My legs ached."
    assert "forest" not in _places(text)
    text = "I sat in the library. Outside, in the garden, a fox slept. I read on."
    assert _places(text) == ["library"] * 3


def test_a_place_only_named_in_someones_words_does_not_move_the_dream() -> None:
    text = 'I was in the forest. "The city is that way," said the owl. We walked on.'
    assert _places(text) == ["forest"] * 3


def test_furniture_shows_its_room_only_where_no_place_is_named() -> None:
    assert _places("She sat on the end of the bed. She told me to stop.") == ["room", "room"]
    assert _places("I sat on the bed. Then I walked into a forest.") == ["room", "forest"]
    assert _places("There was a chair in the middle of the desert.") == ["dunes"]
    assert _places("A key lay on the table. Outside, a river ran.")[0] != "room"


def test_a_room_of_the_house_named_before_a_thing_is_where_one_is_lightly() -> None:
    assert _places("The bathroom light was on. The bath was full of moths.") == [
        "bathroom",
        "bathroom",
    ]
    assert _places("We ran through the forest. The kitchen clock was ticking.") == [
        "forest",
        "forest",
    ]


def test_a_thing_that_is_another_thing_does_not_turn_the_place_into_it() -> None:
    text = "We went down to the car park. Every car was my car, in different colours."
    assert _places(text) == ["carpark", "carpark"]
    assert _places("I went out the back door and the lawn was all mud.") == ["meadow"]
    text = "I stood in the hotel lobby. My room key was a seashell on a brass ring."
    assert _places(text) == ["hall", "hall"]


def test_a_thing_one_gets_into_or_onto_is_where_one_is() -> None:
    assert _places("I was in the office. I got into the elevator and pressed 3.") == [
        "office",
        "lift",
    ]
    # the dreamer steps onto a platform; the train that leaves is the next clause's subject
    text = "I sat in the train. I stepped out onto a wooden platform and the train left."
    assert _places(text) == ["carriage", "station"]
    # a platform that was not there before is there now
    text = (
        "I sat in the train. I stepped out onto a platform that wasn't there before, "
        "and the train left."
    )
    assert _places(text) == ["carriage", "station"]


def test_only_what_carries_the_dreamer_takes_the_dream_where_it_goes() -> None:
    text = "I was on a train. The water came right up to the hedges outside."
    assert _places(text) == ["carriage", "carriage"]
    assert _places("I was on a train. The train went into a tunnel.") == ["carriage", "tunnel"]


def test_where_the_dream_starts_holds_like_a_place_one_is_in() -> None:
    places = _places(
        "It started in my grandmother's house. Nana was stirring a pot. She told me to hurry. "
        "I looked out of the back door and the sky over the hill was green."
    )
    assert places == ["room"] * 4


def test_rooms_of_a_house_are_places_of_their_own() -> None:
    places = _places(
        "I was in my childhood bedroom. Then I was in the bathroom, and the bath was full. "
        "I went down to the kitchen."
    )
    assert places == ["room", "bathroom", "kitchen"]


def test_a_place_a_photo_shows_after_a_colon_is_not_the_setting() -> None:
    text = "I was on the ferry. My phone buzzed. It was a photo from Mum: our old back garden."
    assert _places(text)[-1] != "garden"


def test_a_fish_tank_in_a_room_is_a_thing_there() -> None:
    text = "I was in the waiting room. There was a fish tank by the window."
    assert _places(text) == ["waiting_room", "waiting_room"]


def test_an_aquarium_is_a_place_of_its_own() -> None:
    places = _places(
        "We were at the mall. Then it wasn't the mall anymore, it was an aquarium. "
        "A ray swam past the glass."
    )
    assert places == ["mall", "aquarium", "aquarium"]


def test_a_place_that_turns_to_stuff_or_to_outer_space_moves_the_dream() -> None:
    places = _places(
        "I was on the stage of the theatre. The boards turned to grass under my feet. "
        "We rose through the clouds and then it was space, the earth and the moon below."
    )
    assert places == ["stage", "meadow", "space"]


def test_leaving_a_place_or_a_numbered_bay_does_not_move_the_dream_there() -> None:
    text = "I was on a train in the fields. We pulled out of the station slowly."
    assert _places(text)[-1] == "carriage"
    assert _places("I did my rounds on bay 4 but the corridor kept getting longer.") == [
        "corridor"
    ]


def test_going_back_is_set_in_the_place_named_next() -> None:
    text = "I was in my room. Then I swam in a lake. I went back up. The room was still there."
    assert _places(text) == ["room", "lake", "room", "room"]


def test_stepping_into_the_place_a_mirror_shows_moves_the_dream_there() -> None:
    text = (
        "I stood on a street in the city. In the mirror there was a small kitchen. "
        "I touched the glass and stepped through. Inside it was warm."
    )
    assert _places(text) == ["city", "city", "kitchen", "kitchen"]


def test_a_place_described_by_what_is_in_it_is_no_place_to_be() -> None:
    text = "The waiting room had an aquarium. In the aquarium there were axolotls."
    assert _places(text) == ["waiting_room", "waiting_room"]


def test_a_glacier_is_a_snowfield_to_stand_on() -> None:
    text = "I was in the laundrette. I climbed into the dryer and came out onto a glacier."
    assert _places(text) == ["laundrette", "snowfield"]


def test_a_compound_place_is_a_noun_whatever_its_last_word() -> None:
    text = "We were in a greenhouse. Then we were standing on a salt flat at dusk."
    assert _places(text) == ["glasshouse", "dunes"]


def test_a_door_opening_onto_a_place_takes_the_dream_there_and_a_window_does_not() -> None:
    text = "I went into the hardware shop. The back door of the shop opens onto a tennis court."
    assert _places(text) == ["corner_shop", "stadium"]
    assert _places("I was in the kitchen. The window opened onto a garden.") == [
        "kitchen",
        "kitchen",
    ]


def test_on_the_way_somewhere_is_not_there_yet() -> None:
    text = "I was on a train going to the sea. A goat stood in the aisle."
    assert _places(text) == ["carriage", "carriage"]


def test_fields_seen_out_of_the_window_are_a_view() -> None:
    text = "I sat on the train. Out the window just fields, then a river."
    assert _places(text) == ["carriage", "carriage"]
    text = "I looked out the window and we're in the middle of a jungle."
    assert _places(text) == ["forest"]


def test_a_place_named_as_where_a_thing_is_from_is_not_what_the_sentence_is_about() -> None:
    script = _script("I was on a ski slope. I had the old tea tray from my parents' kitchen.")
    assert "kitchen" not in script.sentences[1].focus
    assert script.sentences[1].setting[0] == "mountains"
    assert "kitchen" not in [m.name for m in script.motifs[:3]]


def test_a_yard_is_a_garden_and_what_it_turns_into_takes_over() -> None:
    assert _places("We played cricket in the back yard.") == ["garden"]
    text = "I crossed the yard to the barn. The yard had turned into a meadow under the moon."
    assert _places(text)[-1] == "meadow"

def test_a_cafe_or_a_pub_is_the_setting_and_the_harbour_outside_does_not_move_it() -> None:
    assert _places(
        "We met in a little café by the harbour. The waiter brought two coffees. "
        "Outside it began to rain."
    ) == ["cafe", "cafe", "cafe"]
    pub = "The pub was full of strangers. I ordered a drink at the bar."
    assert _places(pub) == ["cafe", "cafe"]
    assert "cafe" not in _places(
        "I was in my bedroom. I found a bar of soap under the bed. The prisoner was behind bars."
    )


def test_home_after_a_way_of_going_is_a_direction_not_a_room() -> None:
    assert _places("I was on the night bus home. The windows were steamed up.") == ["bus", "bus"]
    assert _places("I was at home in bed.") == ["room"]


def test_a_place_said_of_things_as_an_adjective_does_not_move_the_dream() -> None:
    flooded = _script("I waded into the library. The long tables were underwater. Fish swam.")
    assert [s.setting[:1] for s in flooded.sentences] == [("library",)] * 3
    diving = _script("I waded into the library. Then I was underwater, swimming.")
    assert diving.sentences[1].setting[:1] == ("undersea",)
    roots = _script("I was on my allotment. After that I was underground, among the roots.")
    assert roots.sentences[1].setting[:1] == ("cavern",)


def test_a_place_after_the_object_of_another_verb_is_no_place_one_went_to() -> None:
    script = _script(
        "I was on my allotment in the mist. The door was banging, but when I went to close it "
        "the shed was full of bees. A robin watched me."
    )
    assert [s.setting[:1] for s in script.sentences] == [("garden",)] * 3
    garden = _script("I was in the shed. Through it a garden full of bees opened.")
    assert garden.sentences[1].setting[:1] == ("garden",)  # "it" after a preposition


def test_an_inverted_clause_seen_out_of_a_window_is_a_view() -> None:
    script = _script(
        "I was on the night bus. The seats were purple. The driver sang. "
        "Outside the window the houses got smaller and smaller."
    )
    assert [s.setting[:1] for s in script.sentences] == [("bus",)] * 4


def test_a_floor_that_becomes_water_floods_the_room_which_stays() -> None:
    script = _script("I was at my desk in the office. By lunchtime the whole floor was a lake.")
    assert [s.setting[:1] for s in script.sentences] == [("office",), ("office",)]
    assert "lake" in script.sentences[1].focus
    moved = _script("I was at my desk in the office. Then the office was a lake.")
    assert moved.sentences[1].setting[:1] == ("lake",)


def test_street_furniture_is_a_thing_in_a_place_not_the_city() -> None:
    script = _script("I swam down through the water. There is a red telephone box on the seabed.")
    assert script.sentences[1].setting[:1] == ("undersea",)


def test_the_parts_and_windows_of_a_building_do_not_move_the_dream() -> None:
    script = _script(
        "I was in the museum hall. A moth flew up towards the skylight. "
        "Pigeons sat along the parapet and under the eaves."
    )
    assert [s.setting[:1] for s in script.sentences] == [("hall",)] * 3
    assert "city" not in script.sentences[1].focus + script.sentences[1].accents


def test_an_adjective_of_a_place_word_names_no_place() -> None:
    script = _script("I was on the beach at night. I climbed the stairs, spiral and rusty.")
    assert [s.setting[:1] for s in script.sentences] == [("beach",), ("beach",)]


def test_a_place_before_a_preposition_read_as_a_noun_is_still_where_one_is() -> None:
    script = _script("We found the cave behind a waterfall. Inside it was cold and wet.")
    assert [s.setting[:1] for s in script.sentences] == [("cave",), ("cavern",)]


def test_what_someone_says_a_place_is_does_not_move_the_dream() -> None:
    said = _script("We were in the cave. My sister said it was a town that had sunk.")
    assert [s.setting[:1] for s in said.sentences] == [("cavern",), ("cavern",)]
    told = _script("We were in the cave. I said goodbye and walked into the forest.")
    assert told.sentences[1].setting[:1] == ("forest",)


def test_a_toy_place_or_vessel_is_a_thing() -> None:
    village = _script("I was in the kitchen. There was a model village on the table.")
    assert [s.setting[:1] for s in village.sentences] == [("kitchen",), ("kitchen",)]
    boats = _script("I was in the airport. A woman at the gate was selling paper boats.")
    drawn = boats.sentences[1].focus + boats.sentences[1].accents
    assert "boat" not in drawn and "ocean" not in drawn
    toys = _script("We were in the kitchen. We folded paper boats at the table.")
    assert [s.setting[:1] for s in toys.sentences] == [("kitchen",), ("kitchen",)]
    assert "boat" not in toys.sentences[1].focus + toys.sentences[1].accents
    sea = _script("I was on the beach. A boat came in.")
    assert "boat" in sea.sentences[1].focus


def test_going_inside_a_building_drawn_from_outside_is_being_in_its_room() -> None:
    cabin = _script(
        "At the top of the pass you find a small wooden cabin with one lit window. "
        "You go inside. The cabin is warmer than it should be."
    )
    assert [s.setting[:1] for s in cabin.sentences] == [("village",), ("room",), ("room",)]
    assert "village" not in cabin.sentences[2].focus
    road = _script(
        "You walk up a mountain road in deep snow. At the top you find a small wooden cabin. "
        "You go inside. A clock ticks on the mantelpiece."
    )
    assert [s.setting[:1] for s in road.sentences][2:] == [("room",), ("room",)]
    castle = _script("We stood outside the castle. Inside the castle it was cold.")
    assert [s.setting[:1] for s in castle.sentences] == [("castle",), ("hall",)]
    bird = _script("We stood outside the castle. A bird flew into the castle.")
    assert bird.sentences[1].setting[:1] == ("castle",)
    village = _script("We crossed the field. I walked into the village.")
    assert village.sentences[1].setting[:1] == ("village",)
    gran = _script("We crossed the field. I was in my grandmother's cottage.")
    assert gran.sentences[1].setting[:1] == ("room",)
    lived = _script("We crossed the field. I lived in a village.")
    assert lived.sentences[1].setting[:1] == ("village",)


def test_aboard_a_plane_is_in_its_cabin() -> None:
    for text in ("I was on a plane.", "We boarded the jet.", "The plane was tiny inside."):
        script = _script(text)
        assert script.sentences[0].setting[:1] == ("cabin",), text
        assert "flying" not in script.sentences[0].focus + script.sentences[0].accents
    over = _script("I was in the field. A plane flew over.")
    assert over.sentences[1].setting[:1] == ("meadow",)
    note = _places("I was at the airport. on the plane the seats were all facing backwards")
    assert note == ["airport", "cabin"]  # a note's sentence with no subject opens aboard


def test_a_place_inside_a_thing_does_not_move_the_dream() -> None:
    fridge = _script("I was in the kitchen. I opened the fridge and there was sea inside it.")
    assert [s.setting[:1] for s in fridge.sentences] == [("kitchen",), ("kitchen",)]
    assert "ocean" in fridge.sentences[1].focus
    jar = _script("I was in the kitchen. There was a forest inside the jar.")
    assert jar.sentences[1].setting[:1] == ("kitchen",)
    rain = _script("I was in the kitchen. Then I was in a forest in the rain.")
    assert rain.sentences[1].setting[:1] == ("forest",)


def test_what_is_seen_in_a_later_clause_does_not_move_the_dream() -> None:
    view = _script(
        "The orchard lay under a copper sky. I climbed the ladder. From the top I could see "
        "the whole valley, the river a thin silver thread stitched through the fields."
    )
    assert [s.setting[:1] for s in view.sentences] == [("forest",)] * 3
    assert "river" in view.sentences[2].focus
    ran = _script("I was in the field. I saw a light, so I ran into the forest.")
    assert ran.sentences[1].setting[:1] == ("forest",)


def test_returning_a_thing_is_not_going_back_and_far_off_holds_for_the_sentence() -> None:
    script = _script(
        "She works in a library built inside a whale. Nobody returns anything. "
        "Far above, through the blowhole, she can see a patch of daylight."
    )
    assert [s.setting[:1] for s in script.sentences] == [("library",)] * 3
    faded = _script(
        "She works in a library. She stamps cards. She reads. She sleeps. She hums. "
        "Far above, through the blowhole, she can see a patch of daylight."
    )
    assert faded.sentences[-1].setting[:1] == ("library",)
    back = _script("I was on the beach. Then I was in the forest. I returned to the beach.")
    assert back.sentences[2].setting[:1] == ("beach",)


def test_the_walls_and_floor_of_where_one_is_draw_no_other_place() -> None:
    cave = _script("We found the cave. Inside it was cold and the walls were wet and shiny.")
    assert "city" not in cave.sentences[1].focus + cave.sentences[1].accents
    bed = _script("I was in the corridor. There was a bed.")
    assert "room" in bed.sentences[1].focus  # a room next door


def test_a_place_passed_before_one_arrived_does_not_move_the_dream() -> None:
    hotel = _script("I arrived at the hotel late at night after a long drive up a mountain road.")
    assert hotel.sentences[0].setting[:1] == ("hall",)
    lunch = _script("After lunch we went to the beach.")
    assert lunch.sentences[0].setting[:1] == ("beach",)


def test_a_place_said_to_be_only_a_picture_is_no_place() -> None:
    script = _script(
        "You climb the mountain. Then you are back in your childhood bedroom, with stars on "
        "the ceiling, and the mountain is only a poster on the wall."
    )
    assert [s.setting[:1] for s in script.sentences] == [("mountains",), ("room",)]


def test_the_back_of_a_place_is_no_going_back() -> None:
    script = _script(
        "I got on the bus. Then I was in a cave full of glow-worms. "
        "At the very back of the cave the bus was parked, empty."
    )
    assert [s.setting[:1] for s in script.sentences] == [("bus",), ("cavern",), ("cavern",)]
    back = _script("I got on the bus. Then I was in a market. I carried it back onto the bus.")
    assert back.sentences[2].setting[:1] == ("bus",)


def test_a_place_before_a_thing_of_it_is_where_one_is_lightly() -> None:
    wall = _script("You are standing on a stone harbour wall at dusk.")
    assert wall.sentences[0].setting[:1] == ("harbour",)
    frost = _script(
        "I went out into the garden. The beans were tall. It was summer in the garden, though "
        "there was frost on the kitchen window."
    )
    assert [s.setting[:1] for s in frost.sentences] == [("garden",)] * 3


def test_things_moving_toward_the_sky_do_not_take_one_into_it() -> None:
    boats = _script(
        "You are standing on a stone harbour wall at dusk and the boats are upside down, "
        "floating with their hulls to the sky like turtles."
    )
    assert boats.sentences[0].setting[:1] == ("harbour",)
    up = _script("I was on the hill. We flew up into the sky.")
    assert up.sentences[1].setting[:1] == ("twilight",)


def test_a_place_that_only_says_what_kind_a_thing_is_is_not_drawn() -> None:
    script = _script("I was in the desert. A camel had my school bag. I walked to the city centre.")
    _, bag, centre = script.sentences
    assert "classroom" not in bag.focus + bag.accents and "camel" in bag.focus
    assert centre.setting[:1] == ("city",)
    aisles = _script("I was in the supermarket. The aisles were way too long.")
    assert aisles.sentences[1].setting[:1] == ("shop",)


def test_a_place_after_a_possessive_is_where_one_is() -> None:
    script = _script("I was back in my grandfather's shed at dusk. The tools hung on their nails.")
    assert [s.setting[:1] for s in script.sentences] == [("shed",), ("shed",)]


def test_a_place_named_only_as_where_something_is_from_does_not_move_the_dream() -> None:
    script = _script("I sank to the sea floor. Down on the sand lay the whale from the museum.")
    assert [s.setting[:1] for s in script.sentences] == [("undersea",), ("undersea",)]


def test_a_place_word_read_only_as_a_verb_names_no_place() -> None:
    script = _script("I stood in the cathedral nave. Honey began to seep between the stones.")
    assert [s.setting[:1] for s in script.sentences] == [("church",), ("church",)]
    waders = _script("We rowed out onto the river. Herons were standing in the shallows.")
    assert waders.sentences[1].setting[:1] == ("river",)


def test_aboard_a_boat_is_on_the_water_with_the_boat_drawn() -> None:
    lake = _script("I was in a small wooden rowing boat on a wide grey lake. It was still.")
    assert [s.setting[:1] for s in lake.sentences] == [("lake",), ("lake",)]
    assert "boat" in lake.sentences[0].focus
    ferry = _script("We were on the ferry to the island. The wind pulled at my coat.")
    assert ferry.sentences[0].setting[:1] == ("ocean",)  # not yet the island it goes to
    assert "boat" in ferry.sentences[0].focus
    river = _script("I walked along the river. I got in a canoe and paddled. It was quiet.")
    assert [s.setting[:1] for s in river.sentences] == [("river",)] * 3  # the river in force
    assert "boat" in river.sentences[1].focus
    moved = _script("I was in a city. Then I was on a boat.")
    assert [s.setting[:1] for s in moved.sentences] == [("city",), ("ocean",)]
    yacht = _script("We sailed a small yacht across the bay.")
    assert yacht.sentences[0].setting[:1] == ("ocean",) and "sailboat" in yacht.sentences[0].focus
    room = _script("I was in a classroom on a big school boat.")  # a room aboard is where one is
    assert room.sentences[0].setting[:1] == ("classroom",)
    below = _script("We were on the ferry. The kitchen was tiny.")  # a room aboard, named next
    assert [s.setting[:1] for s in below.sentences] == [("ocean",), ("kitchen",)]
    ashore = _script("We were in the city. The kitchen was tiny.")  # not aboard: it stays
    assert [s.setting[:1] for s in ashore.sentences] == [("city",), ("city",)]


def test_a_boat_only_seen_is_a_thing_in_the_place_in_force() -> None:
    beach = _script("I stood on the beach. A boat came in.")
    assert [s.setting[:1] for s in beach.sentences] == [("beach",), ("beach",)]
    assert "boat" in beach.sentences[1].focus
    field = _script("I was in the field. I watched the boats far off.")
    assert field.sentences[1].setting[:1] == ("meadow",)


def test_any_way_through_that_opens_into_a_place_takes_the_dream_there() -> None:
    text = (
        "A glass tunnel ran under the sea. Sharks swam over me. "
        "Then the tunnel opened into a ballroom full of water. Turtles waltzed."
    )
    places = _places(text)
    assert places[0] == places[1] != "hall"
    assert places[2:] == ["hall", "hall"]
    # a window opening onto a place is still a view from where one is
    assert _places("We walked down a long corridor. The window opened onto a garden.") == [
        "corridor", "corridor",
    ]


def test_waiting_at_a_bus_stop_in_the_rain_is_by_the_road() -> None:
    text = "I waited at a bus stop in the rain. Puddles filled with goldfish."
    assert _places(text) == ["road", "road"]


def test_a_place_word_that_names_a_thing_somewhere_there_is_where_one_is() -> None:
    text = "It started at a canal lock. A narrowboat sank slowly as the water drained."
    assert _places(text) == ["river", "river"]
    # the thing's own part is no place: the roof of the boat one jumps onto
    assert _places("We sat in a rooftop garden. I jumped onto its roof.") == ["garden"] * 2


def test_waking_up_on_ones_bed_is_back_in_a_room() -> None:
    circus = "We went to the circus in a big tent. An elephant stood on a ball. "
    assert _places(circus + "Then Mum woke me up and the dog was asleep on my bed.") == [
        "circus", "circus", "room",
    ]
    # without the waking, a cat on a bed is only a thing of the place in force
    assert _places(circus + "A cat sat on my bed.") == ["circus"] * 3


def test_seeing_in_an_earlier_clause_does_not_make_a_later_place_a_view() -> None:
    text = (
        "A huge glasshouse stood there with palm trees. Water came in under the doors. "
        "I waded over to see where it came from and when I pushed them open it was a library."
    )
    assert _places(text)[-1] == "library"
    assert _places("We sat in a glasshouse. Far off I could see a library.") == ["glasshouse"] * 2


def test_a_train_or_tram_one_is_not_on_is_only_seen() -> None:
    text = (
        "I was standing on the rim of a volcano. A tram came up the side of the volcano. "
        "I got on, and the tram was full of people."
    )
    assert _places(text) == ["volcano", "volcano", "carriage"]
    salt = "The last door opened onto a salt flat. The ground was white and cracked."
    assert _places(salt + " The train had shrunk to a speck behind me.") == ["dunes"] * 3


def test_taking_a_train_or_a_bus_with_someone_is_riding_it() -> None:
    volcano = "I was standing on the rim of a volcano. "
    assert _places(volcano + "We caught the last tram down.") == ["volcano", "carriage"]
    assert _places(volcano + "My sister and me took the train.") == ["volcano", "carriage"]
    assert _places(volcano + "Me and my class went on the school bus.") == ["volcano", "bus"]
    assert _places(volcano + "He gave me a book about buses.") == ["volcano"] * 2


def test_one_who_takes_a_train_or_a_tram_rides_in_its_carriage() -> None:
    assert _places("I took the train to Leeds. The seats were red.") == ["carriage"] * 2
    assert _places("We caught the old tram. It smelled of rain.") == ["carriage"] * 2
    assert _places("We crossed the field. I walked into the village.") == ["meadow", "village"]


def test_a_thing_sent_into_a_place_does_not_take_its_sender() -> None:
    garden = "We stood in the rooftop garden. "
    assert _places(garden + "She tipped the goldfish into the pond.") == ["garden"] * 2
    assert _places(garden + "I threw a stone into the lake.") == ["garden"] * 2
    assert _places(garden + "I dropped down into the pool.")[-1] == "lido"  # a rooftop pool
    assert _places(garden + "Then the escalator dumped us in the gym.")[-1] == "gym"
    assert _places(garden + "I carried the box into the kitchen.")[-1] == "kitchen"


def test_a_thing_that_goes_into_a_place_does_not_take_the_dreamer() -> None:
    text = (
        "You are above a glacier, blue as a bottle. "
        "The chair sways and the mitten finally drops into a crevasse. You lean forward."
    )
    assert _places(text) == ["snowfield"] * 3
    fox = "We sat in a meadow. A fox ran into the forest. I followed the fox into the forest."
    assert _places(fox) == ["meadow", "meadow", "forest"]


def test_a_place_that_turns_out_to_be_another_is_that_one() -> None:
    text = (
        "I landed softly in a bamboo grove. The stalks were tall. At the end of the grove I "
        "ducked into a white dome, which turned out to be a planetarium. The seats were empty."
    )
    assert _places(text) == ["forest", "forest", "hall", "hall"]


def test_a_sea_perceived_through_a_window_is_a_view() -> None:
    text = (
        "I found myself in the kitchen of a lighthouse keeper. "
        "Through the small round window I perceived a sea as still as pewter."
    )
    assert _places(text) == ["kitchen", "kitchen"]


def test_lying_on_a_frozen_lake_is_on_its_ice() -> None:
    text = (
        "I was lying on a frozen lake, looking down through the ice at a drowned orchard. "
        "The apple trees were in blossom."
    )
    assert _places(text) == ["frozen_lake", "frozen_lake"]  # frozen over, not open water
    assert "ice" in [m.name for m in _script(text).motifs]  # the frost is still drawn


def test_the_dreamer_telling_the_dream_in_quotes_is_the_dream() -> None:
    told = (
        'I told Priya, "I dreamed I was waiting on a subway platform." '
        'She asked, "Forever how?" "The tiles were pale green," I said.'
    )
    assert _places(told) == ["station"] * 3
    # someone else's words about a place stay words
    said = 'We sat in the kitchen. "Let us go to the beach," she said. The kettle boiled.'
    assert _places(said) == ["kitchen"] * 3


def test_a_numbered_room_that_opens_its_sentence_is_the_room_described() -> None:
    text = "- A desert motel with a pink sign.\n- Room 7 had a carpet the colour of mustard."
    assert _places(text) == ["lido", "room"]  # a motel is its block and its pool
    assert _places("We walked down the corridor past room 9. It was dark.") == ["corridor"] * 2


def test_a_sentence_that_opens_inside_a_building_is_inside_it() -> None:
    text = "The lighthouse stood on its rock. Inside, the stair wound upward. Each step rang."
    assert _places(text)[1:] == ["stairwell", "stairwell"]


def test_inside_an_ice_cave_is_a_cavern_with_its_ice() -> None:
    text = "I crawled into an ice cave the colour of blue mouthwash. The walls glowed."
    assert _places(text) == ["cavern", "cavern"]
    assert "ice" in [m.name for m in _script(text).motifs]


def test_the_floor_of_a_place_one_lands_on_is_in_that_place() -> None:
    text = (
        "Below me was a valley full of pine trees. I sailed through a cloud. "
        "I landed, softly, on the polished floor of a hotel ballroom. Chandeliers swung."
    )
    assert _places(text) == ["mountains", "mountains", "hall", "hall"]


def test_a_treehouse_is_among_the_trees_and_its_trapdoor_is_no_stage() -> None:
    text = (
        "It started in the treehouse, high in an oak with a rope ladder. "
        "There was a trapdoor in the floor."
    )
    assert _places(text) == ["forest", "forest"]


def test_what_a_wall_was_made_of_is_no_place() -> None:
    text = (
        "It started in a wool shop where every wall was a honeycomb of cubbyholes. "
        "A cat slept on the counter."
    )
    assert _places(text) == ["corner_shop", "corner_shop"]


def test_a_place_that_becomes_part_of_another_is_that_one() -> None:
    plane = "I was on a plane. Then the aisle had become the aisle of a supermarket."
    assert _places(plane) == ["cabin", "shop"]


def test_the_clouds_are_where_one_is_only_from_in_or_above_them() -> None:
    street = "We walked down a wet city street. "
    assert _places(street + "There were clouds over the roofs.") == ["city"] * 2
    assert _places(street + "I flew straight up into the clouds.") == ["city", "cloud_sea"]


def test_a_chimney_is_no_place_to_be() -> None:
    text = "We walked down a wet city street. I was standing on a roof among chimneys."
    assert _places(text) == ["city"] * 2


def test_a_place_the_dream_dwells_on_is_where_it_has_gone() -> None:
    text = (
        "It was a cathedral with pews and an altar. Stained glass threw light everywhere. "
        "There was no driver. The train pulled out through the big west door. "
        "Outside was a vineyard on a steep hill. The whole slope glowed like a peach."
    )
    assert _places(text)[-1] == "mountains"
    once = (
        "It was a cathedral with pews and an altar. Stained glass threw light everywhere. "
        "There was no driver. Outside was a vineyard on a steep hill. I sat down."
    )
    assert _places(once)[-2:] == ["church", "church"]


def test_a_ride_arrives_where_it_was_going_when_the_dream_names_things_there() -> None:
    text = (
        "Me and my class went on the school bus to the theme park. The bus was yellow. "
        "We waited in the queue for the biggest roller coaster."
    )
    assert _places(text) == ["bus", "bus", "carnival"]


def test_the_lake_after_an_underground_lake_is_that_cavern() -> None:
    text = (
        "Tunnels carved out of salt. An underground lake, perfectly still. "
        "I rowed across the lake."
    )
    assert _places(text) == ["cavern", "cavern", "cavern"]


def test_cars_aboard_a_ferry_draw_no_road_across_the_water() -> None:
    script = _script("We were on the ferry, far out at sea. On the car deck two lorries waited.")
    assert script.sentences[1].setting[:1] == ("ocean",)
    assert "road" not in script.sentences[1].focus + script.sentences[1].accents


def test_climbing_a_tower_is_being_inside_it() -> None:
    field = "We sat on the grass by the sea. "
    assert _places(field + "I was climbing the bell tower of a town hall.")[-1] == "stairwell"
    assert _places(field + "We walked up to the lighthouse.")[-1] != "stairwell"


def test_a_place_that_turns_out_to_be_a_vessel_is_afloat() -> None:
    text = "We were at a night market on a pier. It turned out the market was a ferry."
    assert _places(text) == ["market", "ocean"]
    assert _places("We sat in the classroom. A boat was in the classroom.") == ["classroom"] * 2


def test_rowing_is_being_on_the_water_last_named() -> None:
    text = (
        "I was in my father's bakery. Outside was the river, wide and brown. "
        "Grandad waved from a little boat. So I hopped in, and we rowed away."
    )
    assert _places(text)[-1] == "river"
    assert _places("I was in my father's bakery. We crossed the road.") == ["cafe"] * 2


def test_coming_up_out_of_the_floor_of_a_place_is_arriving_there() -> None:
    text = "We were in a shopping centre. I came up out of the floor of a pine forest."
    assert _places(text) == ["mall", "forest"]
    assert _places("We were in a forest. We pulled out of the station.") == ["forest"] * 2


def test_a_view_outside_that_goes_on_is_where_the_dream_has_gone() -> None:
    office = "I was in a post office with pigeonholes up to the roof. "
    moor = office + "Outside: moor, thick fog, heather. Sheep with bells round their necks."
    assert _places(moor) == ["office", "office", "meadow"]
    rain = office + "Outside it began to rain. The drops ran down the window."
    assert _places(rain) == ["office"] * 3
    tea = office + "Outside, a fox sat on the lawn. I made a cup of tea."
    assert _places(tea) == ["office"] * 3


def test_what_one_waits_or_looks_for_is_not_where_one_is() -> None:
    text = "You are waiting for the lift in a hospital waiting room. Nobody calls your name."
    assert _places(text) == ["waiting_room", "waiting_room"]


def test_the_place_a_dream_is_named_for_is_where_it_happens() -> None:
    text = "Things I remember from the greenhouse dream:\n\n- Tomatoes tied to bamboo canes."
    assert _places(text) == ["glasshouse", "glasshouse"]
    assert _places("ok theatre dream again. the lights went down.") == ["stage", "stage"]
    # a thing or a plant named as what something is tied to is no place
    assert _places("I was in the kitchen. The beans were tied to bamboo canes.") == ["kitchen"] * 2


def test_what_is_shown_inside_a_tower_is_its_inside() -> None:
    text = (
        "I stood on the rocks below the lighthouse. "
        "The staircase inside the tower was made of iron."
    )
    assert _places(text)[-1] == "stairwell"
    outside = "I was in the meadow below the lighthouse. The tower was red and white."
    assert _places(outside) == ["meadow", "meadow"]
    # a place shown inside it is where one is
    assert _places("I stood on the rocks. A café inside the lighthouse sold tea.")[-1] == "cafe"


def test_a_place_written_without_its_article_is_a_place() -> None:
    text = "I was at the fish market. It was tunnel under the market, made from blue tiles."
    assert _places(text) == ["market", "tunnel"]
    assert _places("The car park was underground.") == ["carpark"]


def test_inside_a_tent_is_under_canvas_until_one_goes_out_of_it() -> None:
    text = (
        "A small tent stood in the middle of the marsh. Inside, the tent was dry and warm. "
        "We went out through a flap at the back of the tent into a field."
    )
    assert _places(text) == ["marsh", "marquee", "meadow"]
    leaving = "I sat by the lake. We went out through a flap at the back of the tent."
    assert _places(leaving) == ["lake", "lake"]


def test_in_a_balloons_basket_one_drifts_over_the_fields() -> None:
    text = "I was in the basket of a hot-air balloon. We drifted over the river."
    assert _places(text) == ["meadow", "river"]


def test_inside_a_whale_is_a_dark_cavern_unless_it_is_only_said() -> None:
    text = "We rowed out on the sea. Then a whale swallowed us and we were inside the whale."
    assert _places(text) == ["ocean", "cavern"]
    car = "I woke up in the car. Mum asked where I had been. I said in a whale."
    assert _places(car) == ["road"] * 3


def test_what_is_there_instead_of_what_is_not_is_where_one_is() -> None:
    text = "I went down the alley. At the end of it there was no wall, only a wide, empty beach."
    assert _places(text) == ["city", "beach"]
    field = "I walked across a stubble field. There was no roof over me, just sky."
    assert _places(field) == ["meadow", "meadow"]
    sand = "I was in the museum. The walls had gone. There was only sand, red and endless."
    assert _places(sand) == ["hall", "hall", "dunes"]  # the stuff is all there is
    assert _places("I was in the kitchen. There was nothing but sand.") == ["kitchen", "dunes"]
    sign = "I was in the laundrette. There was no attendant, only a sign on the wall."
    assert _places(sign) == ["laundrette", "laundrette"]  # a thing instead of a thing
    highway = "I was in the classroom. Outside there was no car park, only a desert highway."
    assert _places(highway) == ["classroom", "road"]  # a way there instead: on it


def test_what_a_sentence_names_after_a_place_gone_is_there_instead() -> None:
    text = "I was in the mall. Then the mall was gone, and trees leaned over a brown river."
    assert _places(text) == ["mall", "river"]
    assert _places("I was in the office. There was no lake, but a boat floated on the river.") == [
        "office",
        "river",
    ]
    ride = (
        "I was at the fair. The boat went into a tunnel, and when it came out the fair had gone "
        "and the boat was floating down a stream in a forest."
    )
    assert _places(ride)[-1] == "forest"
    dusk = "I was on the top field. The field had gone dark blue and the farm down the hill slept."
    assert _places(dusk) == ["meadow", "meadow"]


def test_a_place_wished_for_is_not_where_one_is() -> None:
    assert _places("I was in the mall. I wanted to go to the beach.") == ["mall", "mall"]
    assert _places("I was in the mall. I hoped we would reach the lake.") == ["mall", "mall"]
    assert _places("I was in the mall. I wanted to cry, and I was on a beach.")[-1] == "beach"
    promised = "We were on the ferry. I thought I had promised to be home by a certain hour."
    assert _places(promised)[-1] != "room"


def test_a_place_the_sentence_then_denies_is_not_where_one_is() -> None:
    text = "I walked on stage and there was no stage, just warm sand and a whole island."
    assert _places(text) == ["island"]
    assert "stage" not in _script(text).sentences[0].focus  # nor drawn there
    assert _places("It was a cathedral, though there were no pews.") == ["church"]


def test_a_way_named_with_the_land_it_runs_through_is_alone_there() -> None:
    assert _places("The desert highway was frozen.") == ["road"]


def test_things_that_are_a_place_leave_the_dreamer_where_they_are() -> None:
    text = "I was in the laundrette, but the washers were all aquariums."
    assert _places(text) == ["laundrette"]
    assert _places("I was in the office. Then it was a prairie.") == ["office", "meadow"]
    hall = "I was in the tunnel. Then it was my old primary school hall, with the ropes."
    assert _places(hall) == ["tunnel", "hall"]  # however many words say what kind it is
    lamp = "I was in the office. The lamp above the chair had turned into a round porthole."
    assert _places(lamp) == ["office", "office"]
    alley = "I was in the office. At the bottom of the ramp it was suddenly a bowling alley."
    assert _places(alley) == ["office", "hall"]


def test_what_is_behind_a_door_is_where_it_opens() -> None:
    assert _places("I was in the shop. Behind the door was a mountain.") == [
        "corner_shop",
        "mountains",
    ]
    assert _places("I was in the shop. Through the window was the sea.") == ["corner_shop"] * 2
    drums = "I was in the laundrette. In every round window there was a different sky."
    assert _places(drums) == ["laundrette", "laundrette"]  # a view in each window


def test_a_place_one_comes_out_onto_is_where_one_is() -> None:
    assert _places("I came out of the market onto an empty beach.") == ["beach"]
    assert _places("I went through the kitchen into the garden.") == ["garden"]


def test_the_room_seen_inside_a_door_is_where_one_is_and_a_town_in_a_pool_is_not() -> None:
    farm = "I stood by the barn in the sunflowers. I open the door and the kitchen inside is warm."
    assert _places(farm) == ["barn", "kitchen"]
    pool = "I knelt on the beach by a pool. Inside it was a whole town of tiny lit windows."
    assert _places(pool) == ["beach", "beach"]
    cat = "I am in the kitchen. A black cat sits on the windowsill and watches the fields."
    assert _places(cat) == ["kitchen", "kitchen"]


def test_on_a_fairground_ride_one_is_at_the_fair() -> None:
    assert _places("I was alone in a gondola at the very top of a ferris wheel.") == ["carnival"]
    assert _places("We rode the carousel.") == ["carnival"]
    assert _places("I was in the meadow. I watched a ferris wheel turn far off.") == ["meadow"] * 2
    carried = "I was in the meadow. Then the big wheel stopped with us at the very top."
    assert _places(carried) == ["meadow", "carnival"]


@pytest.mark.parametrize("ride", sorted(pw.FAIR_RIDES))
def test_every_fairground_ride_reads_as_the_fair(ride: str) -> None:
    assert _places(f"We rode the {ride}.") == ["carnival"]


def test_a_car_wash_is_a_drive_in_building_and_its_conveyor_no_track() -> None:
    text = "I sat in the car inside an automatic car wash. A heron stood on the conveyor track."
    assert _places(text) == ["carpark", "carpark"]


def test_a_car_one_sits_in_within_a_place_is_in_that_place() -> None:
    text = "I was sitting in the hospital car park at dawn, in the driver's seat of a car."
    assert _places(text) == ["carpark"]
    assert _places("We were in the taxi. We drove out of the city.") == ["road", "road"]


def test_a_fete_on_the_green_behind_the_church_is_the_fete() -> None:
    text = (
        "It was a village fete, on the green behind the church. "
        "I remember the lemons were moving, but it was just the wind in the cloth."
    )
    assert _places(text) == ["carnival", "carnival"]
    assert _places("It brought me out behind my dad's old garage.") == ["carpark"]


def test_at_a_numbered_gate_one_is_there_and_a_trench_of_the_sea_is_under_it() -> None:
    assert _places("I was at Gate 14 with my boarding pass.") == ["airport"]
    assert _places("I did the obs in bay 4.")[0] != "beach"
    trench = "At the bottom of a trench, miles down, there was no sunlight. A jellyfish drifted."
    assert _places(trench) == ["undersea", "undersea"]


def test_up_into_a_sky_of_any_kind_is_the_open_air() -> None:
    text = "I was in the department store. I rode the escalator up into a violet evening sky."
    assert _places(text) == ["shop", "twilight"]
    assert _places("I was in the shop. I looked at the evening sky.") == ["corner_shop"] * 2


def test_a_place_that_begins_is_where_one_is_and_one_that_ends_is_not() -> None:
    script = _script(
        "I crossed a black river on lily pads. On the far bank the city ended and the salt flats "
        "began, white as cake. A horse stood there."
    )
    assert [s.setting[:1] for s in script.sentences] == [("river",), ("dunes",), ("dunes",)]
    looked = _script("I was in a meadow. I ran to see where the forest began.")
    assert looked.sentences[1].setting[:1] == ("meadow",)


def test_a_note_without_its_subject_still_takes_the_dreamer_there() -> None:
    script = _script(
        "Old hotel by the sea, chairs in the lobby under sheets. Took the lift down and found "
        "a swimming pool with no water in it."
    )
    assert [s.setting[:1] for s in script.sentences] == [("hall",), ("pool",)]


def test_waking_in_ones_bed_is_in_ones_room_however_the_clause_began() -> None:
    text = "I was swimming under the sea. I reach for it and wake up in my own bed."
    assert _places(text) == ["undersea", "room"]
    text = "I was swimming under the sea. Then I woke up with my arm hanging off the bed."
    assert _places(text) == ["undersea", "undersea"]


def test_going_in_however_one_goes_is_going_in() -> None:
    text = "There was our old cottage in the middle of a field. I went in without knocking."
    assert _places(text)[-1] == "room"
    text = "There was our old cottage in the middle of a field. I went in the pond."
    assert _places(text)[-1] != "room"


def test_a_sentence_that_opens_inside_is_inside_what_was_just_named() -> None:
    text = (
        "There was a wooden hut in the snow. Inside, a fire was burning and every lock she "
        "cut fell to the floor."
    )
    assert _places(text) == ["shed", "shed"]  # not a hall for its floor


def test_going_in_puts_the_dreamer_in_the_room_the_next_clause_names() -> None:
    script = _script(
        "it was raining and the car park was empty. i went inside and the whole food court was "
        "full of sheep. sheep in the booths eating chips."
    )
    assert [s.setting[:1] for s in script.sentences] == [("carpark",), ("hall",), ("hall",)]


def test_a_place_the_sky_lies_over_is_no_move_there() -> None:
    script = _script(
        "I was in a bakery. A cat slept on the till. The baker shaped dough into swans. I asked "
        "for bread. The back door of the bakery opened straight onto a harbour, and the harbour "
        "was frozen. The ice was grey and boats were locked into it. Gulls stood on the ice. "
        "There was no sun, only a low white sky that pressed down on the rooftops."
    )
    assert [s.setting[:1] for s in script.sentences][4:] == [("harbour",)] * 4
    walked = _script("I was on a frozen harbour. Under the low sky I walked into the city.")
    assert walked.sentences[1].setting[:1] == ("city",)


def test_rain_or_snow_named_in_a_room_falls_beyond_its_windows() -> None:
    caravan = _script("I was in the caravan. Snow was falling past the little window.")
    assert caravan.sentences[1].setting[:1] == ("room",)
    assert "snow" in caravan.sentences[1].focus and "snow" in caravan.sentences[1].outside
    roof = _script("I stood on the platform of the station. The rain came through the roof.")
    assert "rain" in roof.sentences[1].focus and "rain" not in roof.sentences[1].outside
    drips = _script("We were in a cave. We watched the water drip.")
    assert drips.sentences[1].setting[:1] == ("cavern",)
    assert "rain" not in drips.sentences[1].focus  # the cavern's own drips


def test_a_place_that_only_says_where_another_stands_is_no_move_there() -> None:
    farm = _script(
        "We were at the fair. We went all the way to the farm, and in the dream it was just "
        "behind the fair."
    )
    assert farm.sentences[1].setting[:1] == ("barn",)
    behind = _script("We were at the fair. Then I was behind the barn.")
    assert behind.sentences[1].setting[:1] == ("barn",)


def test_on_a_wall_or_bank_of_an_outdoor_place_the_dreamer_is_there() -> None:
    wall = _script("I was in the kitchen. Then I was on the harbour wall.")
    assert wall.sentences[1].setting[:1] == ("harbour",)
    door = _script("I was in the kitchen. I heard the wind pulling at the gallery door.")
    assert door.sentences[1].setting[:1] == ("kitchen",)


def test_a_homeward_walk_is_along_the_street_not_at_home() -> None:
    street = _script(
        "I was in the kitchen. I am walking home along the high street and the shops are all "
        "shut and the sky is a strange green colour."
    )
    assert street.sentences[1].setting[:1] == ("city",)


def test_fish_through_a_window_take_no_one_into_the_building() -> None:
    town = _script(
        "The town is under a lake now. Little fish move through the windows of the bakery."
    )
    assert town.sentences[1].setting[:1] == ("city",)


def test_finding_the_door_and_going_inside_is_in_the_room_the_sentence_names() -> None:
    home = _script(
        "The town is under a lake now. I find my own front door and go inside, and my living "
        "room is dry."
    )
    assert home.sentences[1].setting[:1] == ("room",)


def test_up_on_a_roof_is_the_rooftops_but_a_boat_roof_is_the_boat() -> None:
    up = _script("I was in the kitchen. I took the back stairs up to the roof.")
    assert up.sentences[1].setting[:1] == ("city",)
    snow = _script("I was in the kitchen. I saw snow on the roof.")
    assert snow.sentences[1].setting[:1] == ("kitchen",)
    boat = _script("Nana was steering a narrowboat down a river and I was sitting on the roof.")
    assert boat.sentences[0].setting[:1] != ("city",)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We walked through the city at night. I stepped out onto a balcony.", "city"),
        ("I was in the garden. We sat out on the terrace until dark.", "garden"),
        ("The farm was quiet. We sat on the porch and watched the fields.", "barn"),
    ],
)
def test_out_on_a_balcony_one_is_still_where_one_was(text: str, place: str) -> None:
    script = _script(text)
    assert script.sentences[1].setting[:1] == (place,)


def test_the_shape_in_which_something_comes_is_no_place() -> None:
    kelp = _script(
        "I swam out into a forest of kelp. The fronds swayed, and sunlight came down through "
        "them in bright columns. Tears ran down my face in rivers."
    )
    assert [d.setting[:1] for d in kelp.sentences] == [("forest",)] * 3
    assert _script("We lived in caves.").sentences[0].setting[:1] == ("cavern",)


def test_a_way_that_opens_out_into_a_place_leads_there() -> None:
    wood = "I was in the school corridor. The corridor opened out into a proper forest."
    assert _places(wood) == ["corridor", "forest"]


def test_the_grill_of_a_kitchen_is_no_cafe() -> None:
    grill = "I followed her into the kitchen. There were fish fingers under the grill."
    assert _places(grill) == ["kitchen", "kitchen"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We played a round on the golf course at dusk.", "meadow"),
        ("I was at the driving range with my uncle.", "meadow"),
        ("I was standing in the stockyard in the rain.", "shed"),  # a barn, from inside
        ("Our little plane landed on a grass airstrip.", "airport"),
        ("I was at the racecourse and the horses were made of paper.", "stadium"),
    ],
)
def test_grounds_laid_out_in_the_open_are_no_hall(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_a_cell_or_a_letter_box_is_no_train() -> None:
    assert "train" not in _places("I was locked in a cell. A letter box rattled.")


def test_coming_up_out_of_the_sea_is_on_its_surface() -> None:
    reef = "I dived down to the coral reef. Fish swam past. We surfaced next to a lighthouse."
    assert _places(reef) == ["undersea", "undersea", "ocean"]
    assert _places("I was in the kitchen. I wiped the surface of the table.") == ["kitchen"] * 2


def test_going_out_is_going_into_what_the_window_showed() -> None:
    hut = (
        "I was in a wooden hut. Outside the window, the glacier was moving. Someone said we "
        "had to cross it, so we roped up and went out."
    )
    assert _places(hut) == ["shed", "shed", "snowfield"]
    kitchen = "I was in the kitchen. Outside, the garden was full of snow. I went out."
    assert _places(kitchen) == ["kitchen", "kitchen", "garden"]
    assert _places("I was in the kitchen. I went out.") == ["kitchen", "kitchen"]


def test_a_line_of_dialogue_written_as_a_script_is_talk() -> None:
    script = (
        "I got into the lift with a stranger.\nShe held a goldfish in a bag.\nHer: Which floor?"
        "\nMe: Fourth, please.\nHer: There is no fourth floor in this building."
    )
    assert _places(script) == ["lift"] * 5
    told = "Jo: So what happened?\nMe: Okay, so I was at work, in the same grey office."
    assert _places(told)[1] == "office"  # the dreamer telling the dream
    assert _places("Note: the whole thing was set in a forest.") == ["forest"]


def test_a_feature_in_the_middle_of_where_one_is_is_part_of_it() -> None:
    garden = "The doors opened onto a rooftop garden. There was a pond in the middle with a frog."
    assert _places(garden) == ["garden", "garden"]
    wood = "I stood in the garden. There was a pond right in the middle of the wood."
    assert _places(wood)[1] == "lake"


def test_a_creature_standing_somewhere_leaves_the_dreamer_where_they_are() -> None:
    heron = "I was in the garden. The heron was still there, standing in a shallow pond."
    assert _places(heron) == ["garden", "garden"]
    assert _places("I was in the garden. Then I was standing in a shallow pond.")[1] == "lake"


def test_a_ski_lift_is_the_snowy_mountain_it_climbs() -> None:
    notes = _script("i was paying in a shop. then i turn round and the shop is a ski lift.")
    assert [d.setting[:1] for d in notes.sentences] == [("corner_shop",), ("mountains",)]
    assert _script("We took the chairlift up.").sentences[0].setting[:1] == ("mountains",)
    assert _script("I took the lift to the tenth floor.").sentences[0].setting[:1] == ("lift",)


def test_texting_shorthand_reads_as_the_words_it_stands_for() -> None:
    bus = _script("me n jess were on the school bus. outside everything was pink, the fields too.")
    assert [d.setting[:1] for d in bus.sentences] == [("bus",), ("bus",)]


def test_on_a_numbered_ward_the_dreamer_is_there() -> None:
    ward = _script("I was in the kitchen. Then I was on Ward 6 doing the obs.")
    assert ward.sentences[1].setting[:1] == ("ward",)


def test_in_a_list_of_fragments_where_a_thing_is_is_the_items_place() -> None:
    notes = _script(
        "Could only get fragments this time:\n\n- a laundrette with no machines\n- my dad's old "
        "car parked on the roof of the library\n- a fox carrying a lit match"
    )
    assert [d.setting[:1] for d in notes.sentences][1:3] == [("laundrette",), ("library",)]
    prose = _script(
        "I was in a laundrette with no machines. My dad's old car was parked on the roof of the "
        "library. A fox carried a lit match."
    )
    assert prose.sentences[1].setting[:1] == ("laundrette",)
    longer = _script(
        "Fragments:\n\n1. A bakery where the loaves purred.\n2. My brother's old car parked in "
        "the middle of a wheat field, radio on. Nobody inside it.\n3. A frozen lake at dusk. I "
        "could not get across."
    )
    assert [d.setting[:1] for d in longer.sentences][1:4] == [("cafe",), ("meadow",), ("meadow",)]


def test_a_room_seen_out_of_doors_is_drawn_from_outside() -> None:
    shed = _script(
        "I came out in a meadow full of poppies. My old shed was standing in the middle of it."
    )
    assert shed.sentences[1].setting[:1] == ("meadow",)
    assert "barn" in shed.sentences[1].focus and "shed" not in shed.sentences[1].focus
    inside = _script("I went into my old shed. The tools hung on their nails.")
    assert inside.sentences[0].setting[:1] == ("shed",)


def test_following_a_way_down_to_a_river_is_at_the_river_but_a_ride_goes_there() -> None:
    river = _script("The dunes went on forever. I follow it down a slope to a wide brown river.")
    assert river.sentences[1].setting[:1] == ("river",)
    bus = _script("We went on the school bus to the theme park.")
    assert bus.sentences[0].setting[:1] == ("bus",)


def test_a_sky_inside_a_thing_or_over_a_named_place_is_no_open_air() -> None:
    cage = _script(
        "I was walking through a night market. A man sold birdcages, and inside every cage "
        "there was a little bit of sky."
    )
    assert cage.sentences[1].setting[:1] == ("market",)
    stage = _script(
        "I was waiting on the stage. Then it had turned to ice, a whole lake of it, under a "
        "purple sky."
    )
    assert stage.sentences[1].setting[:1] != ("twilight",)


def test_looking_out_of_ones_bedroom_window_one_is_in_the_bedroom() -> None:
    bedroom = _script(
        "We were on the plane. Now you were looking out of your own bedroom window at the "
        "street lamp."
    )
    assert bedroom.sentences[1].setting[:1] == ("room",)
    frost = _script("We were on the beach. There was frost on the kitchen window.")
    assert frost.sentences[1].setting[:1] == ("beach",)


def test_getting_on_one_of_the_vehicles_just_named_is_aboard_it() -> None:
    bus = _script(
        "I was in my room. Outside, the street was packed with buses. I got on one and the "
        "driver was my old friend."
    )
    assert bus.sentences[2].setting[:1] == ("bus",)
    depot = _script(
        "I was in a night bus depot. A fox sat in the driver's seat of the green bus. I got on "
        "and the seats were covered in moss."
    )
    assert depot.sentences[2].setting[:1] == ("bus",)
    nothing = _script("I was in my room. I got on one and the driver was my old friend.")
    assert nothing.sentences[1].setting[:1] == ("room",)
    # the bus got on, with its own furniture inside
    text = (
        "I was in my room. We got on and it was a real coach but inside it had armchairs "
        "and a fireplace."
    )
    assert _places(text) == ["room", "bus"]
    # one gets on a bike named since: no bus
    text = (
        "We rode the night bus to the park. My old bike was leaning on the gate. I got on and "
        "rode down the hill."
    )
    assert _places(text)[-1] != "bus"


def test_lying_in_the_bath_one_is_in_the_bathroom() -> None:
    assert _script("I was lying in the bath at home.").sentences[0].setting[:1] == ("bathroom",)
    warm = _script("I was in the bath and the water was warm.")
    assert warm.sentences[0].setting[:1] == ("bathroom",)
    sofa = _script("We were on the beach. I was lying on the sofa.")
    assert sofa.sentences[1].setting[:1] == ("room",)
    cat = _script("We were on the beach. The cat was asleep on the sofa.")
    assert cat.sentences[1].setting[:1] == ("beach",)


def test_things_turned_toward_a_place_take_no_one_there() -> None:
    faded = "I was in a field of sunflowers. It was warm. A bird sang. Nobody came. "
    field = _script(faded + "And they are all turned toward the sea, every single one.")
    assert field.sentences[4].setting[:1] == ("meadow",)
    walked = _script(faded + "We walked slowly towards the cinema.")
    assert walked.sentences[4].setting[:1] == ("cinema",)  # the field faded: on the way there


def test_leaning_over_a_railing_on_a_lighthouse_gallery_is_out_in_the_gale() -> None:
    gale = _script(
        "The gale had been building all evening. I climbed out onto the lighthouse gallery "
        "into the storm. I leaned over the railing and searched the beam."
    )
    assert "hall" not in {d.setting[:1][0] for d in gale.sentences if d.setting}
    storm = _script(
        "I climbed the spiral staircase of the lighthouse. At the top the lens was turning. "
        "Grandad was polishing the glass. He told me a story. Then a storm came in and we went "
        "out onto the gallery to watch it."
    )
    assert storm.sentences[4].setting[:1] != ("hall",)
    museum = _script("We walked through the gallery and looked at the paintings.")
    assert museum.sentences[0].setting[:1] == ("hall",)
    weather = "I was in a museum. The gallery was full of cases, each with a kind of weather."
    assert "lighthouse" not in _script(weather).sentences[1].focus  # no gale in a case


def test_a_fragment_that_is_only_a_place_after_then_moves_there() -> None:
    text = (
        "I was in a hospital corridor. Then suddenly an orchard, rows and rows of apple "
        "trees, all the apples painted white."
    )
    assert _places(text) == ["corridor", "forest"]
    # a place with more words in its clause is no fragment of its own
    text = "I was at my desk in the office. Portholes for windows, green water outside."
    assert _places(text)[1] == "office"


def test_sitting_on_a_chair_or_a_bench_out_of_doors_is_still_out_of_doors() -> None:
    text = (
        "At the top of the mountain there was snow everywhere and a ski lift. "
        "I got onto one of the chairs and it carried me up."
    )
    assert _places(text) == ["mountains", "mountains"]
    assert _places("I was in a park. I sat down on a bench.") == ["meadow", "meadow"]


def test_a_railway_carriage_is_somewhere_to_ride_like_the_train() -> None:
    text = "We were crossing a bridge over a river. Then we were sitting in a train carriage."
    assert _places(text) == ["river", "carriage"]
    assert _places("I had a bunk in the sleeping car.") == ["carriage"]


def test_a_place_gone_past_is_not_where_the_dream_opens() -> None:
    text = (
        "Last night I was back with the old crew. We were steaming out past the breakwater "
        "at first light and the sea was flat."
    )
    assert _places(text) == ["ocean", "ocean"]


@pytest.mark.parametrize("change", ["gave way to", "turned into"])
def test_a_place_that_gives_way_to_another_however_described_is_gone(change: str) -> None:
    text = f"We walked through the forest. Then the forest {change} a wide white beach."
    assert _places(text) == ["forest", "beach"]


def test_a_place_only_named_as_where_another_stands_is_not_gone_into() -> None:
    text = "My allotment is behind the railway line. Inside, the vegetables were huge."
    assert _places(text) == ["garden", "garden"]
    assert _places("I saw a cottage on the hill. We went inside.")[-1] == "room"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I opened a door and stepped into the top of a windmill.", "shed"),
        ("We sat in the lounge.", "room"),
        ("I was lost in a maze.", "hall"),
    ],
)
def test_buildings_rooms_and_enclosures_one_can_be_in_are_places(text: str, place: str) -> None:
    assert _places(text) == [place]


def test_a_thing_coming_back_takes_no_one_back() -> None:
    text = (
        "I sat in the dentist's waiting room. \"You'll have to wait until it comes back.\" "
        "She pointed at the magazines on a low table."
    )
    assert _places(text) == ["waiting_room"] * 3


def test_what_the_parts_of_a_place_named_before_them_are_is_a_thing_in_it() -> None:
    text = "Below me the city was built of sugar cubes, and the streets were rivers of cold tea."
    assert _places(text) == ["city"]
    assert _places("I was in the corridor. The corridor became a river.") == ["corridor", "river"]


def test_a_place_remembered_from_is_where_one_was() -> None:
    text = "Things I remember from the forest of glass trees:\n\n- The trunks were clear as ice."
    assert _places(text) == ["forest", "forest"]
    assert _places("I was on the beach. I had a postcard from the city.") == ["beach", "beach"]


def test_one_who_reaches_or_enters_a_place_is_there() -> None:
    assert _places("I was in the forest. We reached a night market.") == ["forest", "market"]
    assert _places("I was in the forest. I entered a cave.")[-1] == "cave"
    assert _places("I was in the forest. The path reached the lake.") == ["forest"] * 2


def test_a_stall_at_the_fair_is_the_fairs() -> None:
    assert _places("We went to the fair. There was a goldfish stall.") == ["carnival"] * 2
    assert _places("I walked along the street. There was a fish stall.")[-1] == "market"


@pytest.mark.parametrize(
    "text",
    [
        "I was on a farm. Then I was inside the big red barn.",
        "I was in a bakery. I stepped into the top of a windmill.",
        "We went into the barn.",
    ],
)
def test_inside_a_barn_or_a_windmill_is_its_wooden_inside(text: str) -> None:
    assert _places(text)[-1] == "shed"


def test_a_barn_seen_on_a_farm_is_drawn_from_outside() -> None:
    assert _places("I was on a farm. There was a red barn by the field.") == ["barn", "barn"]


def test_a_courtyard_has_no_inside_and_a_castles_courtyard_is_the_castle() -> None:
    assert _places("We sat in the courtyard. A fountain played.") == ["village", "village"]
    text = "I was in the cinema. Then I was standing in the courtyard of the castle."
    assert _places(text) == ["cinema", "castle"]


def test_a_porthole_is_a_window_not_the_sea() -> None:
    station = "I woke up in a corridor of a space station. Through the porthole I saw the stars."
    assert _places(station) == ["corridor", "corridor"]
    ship = "I was in my cabin on the ship. Through the porthole I could see the waves."
    assert _places(ship) == ["room", "room"]


def test_the_mangroves_are_a_swamp_and_one_mangrove_a_tree() -> None:
    assert _places("We paddled through the mangroves. Roots stood out of the water.") == [
        "marsh",
        "marsh",
    ]
    assert _places("A mangrove leaned over the river.") == ["river"]


def test_in_the_hold_or_on_the_deck_of_a_ship_one_is_aboard_it_at_sea() -> None:
    assert _places("I was in the hold of a cargo ship. It was dark.") == ["ocean", "ocean"]
    assert _places("We stood on the deck of the ferry. Gulls followed us.") == ["ocean", "ocean"]
    assert _places("I saw the hull of a ship on the sand.") == [None]


def test_a_place_a_ride_goes_to_is_not_arrived_at_in_someones_reported_words() -> None:
    text = (
        "I was on the deck of the ferry to the island. The sea was flat. My gran was there and "
        "she said the island had been moved. The funnel puffed out bubbles."
    )
    assert _places(text) == ["ocean"] * 4
    assert _places("We took the bus to the beach. The driver said the beach was shut.") == [
        "bus",
        "bus",
    ]
    assert _places("She said nothing and we walked into the forest.") == ["forest"]


def test_a_sky_blocked_out_is_no_place_and_a_note_was_on_a_canoe_is_afloat() -> None:
    text = (
        "was on a long wooden canoe on a brown river in the jungle, trees so tall they "
        "blocked out half the sky. my cousin was paddling at the back."
    )
    assert _places(text) == ["river", "river"]
    assert _places("I walked down the corridor. It went on for miles.") == ["corridor"] * 2


def test_a_place_named_lightly_among_the_own_of_the_place_in_force_is_part_of_it() -> None:
    text = (
        "I am crossing a bog. There are no trees here, only heather and black pools. "
        "In one of the pools a pike is hanging perfectly still."
    )
    assert _places(text) == ["marsh"] * 3
    assert _places("I am crossing a bog. I waded out into the lake.") == ["marsh", "lake"]


def test_walking_past_rows_of_chairs_is_no_rowing() -> None:
    text = "The airport was empty. I walked past rows of plastic chairs toward the gate."
    assert _places(text) == ["airport", "airport"]
    assert _places("The lake was still. We kept rowing toward the island.")[1] == "lake"


def test_the_house_after_the_glasshouse_is_the_glasshouse() -> None:
    text = (
        "It began in the botanical glasshouse. Palms pressed against the roof. "
        "A lamp hung in the middle of the house. Under it a pond lay dark."
    )
    assert _places(text) == ["glasshouse"] * 4
    script = _script(text)
    assert "room" not in (*script.sentences[2].focus, *script.sentences[2].accents)
    hall = "It was the jumble sale in the church hall. The hall smelled of polish."
    assert "hall" in _script(hall).sentences[1].focus  # the hall of a church is still drawn


def test_under_the_water_only_by_going_there() -> None:
    seen = (
        "It began in the glasshouse. The panes were fogged. Palms pressed against the glass. "
        "Everything was green. I knelt and saw a town built upside down beneath the surface."
    )
    assert "undersea" not in _places(seen)
    assert _places("I dived in and swam down beneath the surface.") == ["undersea"]


def test_inside_after_an_indoor_place_named_from_the_street_is_in_it() -> None:
    text = (
        "At the bottom there was a door onto a street in the rain. The shops were all shut "
        "except one tiny shop with a blue light. Inside, the man behind the counter smiled."
    )
    assert _places(text) == ["city", "city", "corner_shop"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I climbed a ladder up to the roof of the old barn.", "barn"),
        ("We sat on the roof of the house and watched the street.", "village"),
        ("When the doors opened, I was on the roof of the hotel.", "city"),
    ],
)
def test_on_the_roof_of_a_building_one_is_out_of_doors_on_it(text: str, place: str) -> None:
    """On a barn's roof one is at the barn, on a house's on the house seen from outside; a
    building with no picture from outside (a hotel) leaves a rooftop over the town."""
    assert _places(text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "I came to a small cabin. Inside it was warm.",
        "I came to a small cabin. Inside there was only a bed.",
        "I came to a small cabin. Inside were two chairs.",
    ],
)
def test_a_sentence_that_opens_inside_is_inside_the_place_before(text: str) -> None:
    assert _places(text) == ["village", "room"]


def test_weather_going_over_a_place_does_not_take_the_dreamer_there() -> None:
    """The rain coming over a hill is seen from where one is: the shed one reached."""
    assert _places("I reached the shed just as the rain came over the hill.") == ["shed"]


def test_a_place_only_led_toward_instead_of_a_denied_one_is_not_where_one_is() -> None:
    """What is there instead is the stones; the mountains are only where they lead."""
    text = "I was in a desert. There was no road, only stones leading toward the mountains."
    assert _places(text) == ["dunes", "dunes"]
    assert _places("I opened the door. There was no wall, only a wide, empty beach.")[1] == "beach"


def test_water_that_fills_a_thing_is_no_place() -> None:
    """"The water tank" is a tank, not a lake one is by."""
    text = "It was my birthday. There was a trampoline next to the water tank."
    assert "lake" not in _places(text)


@pytest.mark.parametrize("owner", ["her", "my", "their"])
def test_a_place_someone_owns_is_where_one_is(owner: str) -> None:
    """"Her kitchen" is a kitchen one is in, whoever's it is."""
    assert _places(f"I was on a beach. Then I stood in {owner} kitchen.") == ["beach", "kitchen"]


@pytest.mark.parametrize("how", ["Christmas morning", "cold", "dark"])
def test_how_it_is_in_a_place_is_being_there(how: str) -> None:
    """"It was cold in the forest": one is in the forest."""
    assert _places(f"I was on a beach. Then it was {how} in the forest.") == ["beach", "forest"]


@pytest.mark.parametrize(
    "text",
    [
        "I found a tin that held a whole beach inside, with tiny waves.",
        "I held a snow globe with a little village inside.",
    ],
)
def test_a_place_a_thing_holds_inside_it_is_no_place_to_be(text: str) -> None:
    """The beach in a tin is a thing in the kitchen, not where one is."""
    assert _places(f"I was in the kitchen. {text}") == ["kitchen", "kitchen"]


def test_frozen_water_stays_frozen_and_its_ice_is_where_one_steps() -> None:
    """The pond named frozen is still ice at its edge, and stepping onto the ice of it is being
    on it; ice underfoot in a cave is the cave's."""
    text = (
        "I was on a tennis court. Below it lay a frozen pond. I ran. I stepped onto the ice. "
        "A man sold chestnuts at the edge of the pond."
    )
    assert _places(text) == ["stadium", "stadium", "stadium", "frozen_lake", "frozen_lake"]
    assert _places("I was in a cave. I slid across the ice.") == ["cavern", "cavern"]


@pytest.mark.parametrize("verb", ["had become", "becomes", "turns into"])
def test_a_place_whose_parts_become_another_is_gone(verb: str) -> None:
    """"The lanes had become the aisles of a church": in the church now."""
    text = f"I was in a bowling alley. The lanes {verb} the aisles of a church."
    assert _places(text)[-1] == "church"


@pytest.mark.parametrize("fragment", ["Beach.", "A wide grey beach."])
def test_a_sentence_that_is_only_a_place_moves_the_dream_there(fragment: str) -> None:
    """"Then it was sand. Beach.": the dreamer says where it is now (not "The stalls thin
    out.", whose stalls do something)."""
    text = f"The grass went soft and then it was sand. {fragment} Low tide."
    assert _places(text) == ["dunes", "beach", "beach"]
    assert _places("I was in a kitchen. I waited. The stalls thin out.")[-1] == "kitchen"


def test_a_place_left_behind_the_dreamer_is_not_where_one_is() -> None:
    """"There was no beach behind me, only the hill": the hill lies behind, out at sea."""
    text = "I was surfing on the sea. There was no beach behind me, only the hill, floating."
    assert _places(text) == ["ocean", "ocean"]
    assert _places("I opened the door. There was no wall, only a wide, empty beach.")[-1] == "beach"


def test_a_way_that_becomes_a_part_of_a_place_is_in_that_place() -> None:
    """"The lane became the platform of a railway station": at the station now; on the roof of
    a hotel one is still over the town, not in the hotel."""
    text = "We rode down the lane. Presently the lane became the platform of a railway station."
    assert _places(text) == ["track", "station"]
    roof = "I was in the lift. When the doors opened, I was on the roof of the hotel."
    assert _places(roof) == ["lift", "city"]


@pytest.mark.parametrize(
    "text",
    [
        "We explored the castle.",
        "I was searching the top floor of an old castle.",
        "We roamed the castle all night.",
    ],
)
def test_a_place_one_goes_about_is_where_one_is(text: str) -> None:
    """"We explored the castle": in it (not "I was searching for the castle": not there yet)."""
    assert _places(f"I was on a beach. {text}") == ["beach", "castle"]
    assert _places("I was on a beach. I was searching for the castle.") == ["beach", "beach"]


def test_a_thing_named_by_a_room_of_the_house_is_in_that_room() -> None:
    assert _places("My grandfather was reading at the kitchen table.") == ["kitchen"]
    assert _places("I was washing up at the kitchen sink.") == ["kitchen"]


def test_a_place_that_is_gone_leaves_the_open_air_until_another_is_named() -> None:
    assert _places(
        "We walked through the city at night. Then the whole city was gone. "
        "There were only trees, and a brown river ran between them."
    ) == ["city", None, "river"]
    shop = _script(
        "I was in the supermarket. When I looked up the supermarket had vanished and I was on "
        "a beach."
    )
    assert [d.setting[0] for d in shop.sentences] == ["shop", "beach"]
    assert [(p.first, p.last, p.place) for p in shop.passages] == [(0, 0, "shop"), (1, 1, "beach")]
    # a part of the place said not to be there leaves one where one is
    assert _places("We were on the ferry. There were no portholes. It rolled.") == ["ocean"] * 3


def test_pulling_into_a_petrol_station_is_being_on_its_forecourt() -> None:
    assert _places(
        "We drove down the desert road all night. At two we pulled into a petrol station. "
        "The pumps glowed under the canopy."
    ) == ["road", "petrol_station", "petrol_station"]


def test_what_a_vessel_passes_between_is_no_place_one_is() -> None:
    assert _places("I was on the last ferry between the islands. It was late.") == ["ocean"] * 2


def test_being_in_it_is_being_in_the_place_the_sentence_before_named() -> None:
    assert _places(
        "We were in the kitchen. Through the window I could see a forest. "
        "Then we were walking through it."
    ) == ["kitchen", "kitchen", "forest"]
    said = 'We floated in the space station. Ken said, "You can see our allotment from here." '
    assert _places(said + "Then we were standing in it, in the mud.")[-1] == "garden"
    # a thing one puts one's hand in is no place
    assert _places("We sat in the kitchen. There was a box on the table. I put my hand in it.") == [
        "kitchen"
    ] * 3
    # nor is "it" a place when the sentence names a thing first
    text = (
        "We were in the kitchen. Through the window I could see a forest. "
        "Then a hatch opened in the floor and we climbed through it."
    )
    assert _places(text)[-1] == "kitchen"
    # how one moves is no thing: "we flew through it" is through the forest
    text = (
        "We were in the kitchen. Through the window I could see a forest. "
        "Then we flew through it."
    )
    assert _places(text)[-1] == "forest"
