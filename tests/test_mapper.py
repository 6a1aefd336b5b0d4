"""The scene mapper on short texts and on the bundled dreams: keywords, weights, continuity,
palette, mood and the readable report."""

from __future__ import annotations

import pytest
from reading_support import script_of

from renderer.bench.mapper import bench_mapper
from renderer.dream import Dream, parse_dream
from renderer.mapping import LINGER, analyze
from renderer.mapping.palette import hex_to_rgb, luminance
from renderer.mapping.plan import Keyword, ScenePlan
from renderer.mapping.report import plan_to_json, render_table
from renderer.paths import seeds_dir


def plan_of(text: str) -> ScenePlan:
    return analyze(parse_dream(text, source="test"))


def keywords(text: str) -> list[Keyword]:
    """The keywords that may be drawn (an idiom's words are reported apart)."""
    return [k for s in plan_of(text).sentences for k in s.named if not k.idiom]


def found(text: str) -> dict[str, str]:
    """Surface text -> motif."""
    return {k.text: k.motif for k in keywords(text)}


def weight(text: str, surface: str) -> float:
    return next(k.weight for k in keywords(text) if k.text == surface)


@pytest.mark.parametrize(
    ("text", "surface", "motif"),
    [
        ("Nebulae hung over us.", "Nebulae", "nebula"),
        ("The leaves turned.", "leaves", "leaves"),
        ("A glowing path.", "glowing", "glow"),
        ("The lake shimmered.", "shimmered", "shimmer"),
        ("Wolves waited.", "Wolves", "wolf"),
        ("Fireflies everywhere.", "Fireflies", "fireflies"),
        ("Mice ran past.", "Mice", "mouse"),
        ("It glows and flickers.", "flickers", "shimmer"),
        ("The dust was swirling.", "swirling", "vortex"),
        ("Luminous fish.", "Luminous", "glow"),
        ("The moutains were far.", "moutains", "mountains"),
        ("just the ligthouse going round", "ligthouse", "lighthouse"),  # not a 'ligt' house
        ("Airport terminal, all the boards blank.", "Airport terminal", "airport"),  # no subway
        ("The departure board flickered.", "departure board", "objects"),
        ("Then we were at the zoo.", "zoo", "meadow"),  # its animals on grass, no skyline
        ("We had PE in the gym.", "gym", "gym"),  # a gym of its own, not a great hall
        ("The radiator ticked.", "radiator", "objects"),  # a thing in a room, no great hall
        ("The freezers hummed.", "freezers", "objects"),
        ("The sports hall was empty.", "sports hall", "gym"),
        ("I sat in the waiting room.", "waiting room", "waiting_room"),  # rows of chairs, no bed
        ("A sleigh came through the trees.", "sleigh", "objects"),  # not a city skyline
        ("An ambulance went past the house.", "ambulance", "road"),
        ("A bicycle was tied to the railing.", "bicycle", "objects"),
        ("I got on, and the carriage was a forest.", "carriage", "carriage"),
        ("There was a tractor with no wheels.", "tractor", "barn"),
        ("We built an igloo in the snow.", "igloo", "snowfield"),
        ("There was a wooden boathouse with a green roof.", "boathouse", "village"),
        ("A swirly cloud.", "swirly", "vortex"),
        ("A greenish light.", "greenish", "hue"),
        ("We climbed to the snowline.", "snowline", "snow"),
        ("The lamps were blinking.", "blinking", "shimmer"),
        ("The ice thawed.", "thawed", "ice"),
        ("The peat smouldered.", "smouldered", "embers"),
        ("Her face reflected in the pond.", "reflected", "mirror"),
        ("Long shafts came down through the water.", "shafts", "light_shafts"),
        ("The huskies pulled the sled.", "huskies", "dog"),
        ("Two lighthouses turned their beams.", "lighthouses", "lighthouse"),
        ("A caravan crossed the dunes.", "caravan", "camel"),
        ("Nan's old caravan was parked in the snow.", "caravan", "room"),  # a home on wheels
        ("A long caravan of wagons passed the pilgrims.", "caravan", "crowd"),
        ("Smoke rose from the cottages.", "cottages", "village"),  # small houses, no skyline
        ("The hamlet slept under snow.", "hamlet", "village"),
        ("Skyscrapers lined the avenue.", "Skyscrapers", "city"),
        ("The trains ran all night.", "trains", "train"),
    ],
)
def test_inflections_and_derived_forms(text: str, surface: str, motif: str) -> None:
    assert found(text).get(surface) == motif


@pytest.mark.parametrize(
    ("text", "surface", "motif"),
    [
        ("I let the current carry me.", "carry", None),  # a verb, not 'car' + 'y'
        ("A penny lay on the path.", "penny", None),  # a noun, not 'pen' + 'y'
        ("A giant paper crane flew.", "giant", None),  # a size, not a creature
        ("The ice beneath my boots hummed.", "boots", "clothing"),  # worn things are no hall
        ("A low cello played.", "cello", "objects"),
        ("The cake was warm.", "cake", "food"),
    ],
)
def test_portable_things_and_plain_words_summon_no_scenery(
    text: str, surface: str, motif: str | None
) -> None:
    assert found(text).get(surface) == motif


@pytest.mark.parametrize(
    ("text", "surface", "motif"),
    [
        ("A field of crystalline flowers opened.", "crystalline flowers", "crystal_flowers"),
        ("Threads of light ran between the trees.", "Threads of light", "threads_of_light"),
        ("Her ring was rose gold.", "rose gold", "gold"),
        ("A heat haze rose off the road.", "heat haze", "shimmer"),
        ("The northern lights came.", "northern lights", "aurora"),
        ("A shooting star fell.", "shooting star", "comet"),
        ("The Milky Way turned.", "Milky Way", "galaxy"),
        ("Sea foam on my feet.", "Sea foam", "ocean"),
    ],
)
def test_phrases_win_over_their_words(text: str, surface: str, motif: str) -> None:
    assert found(text).get(surface) == motif


@pytest.mark.parametrize(
    ("plain", "negated", "surface"),
    [
        ("There were stars.", "There were no stars.", "stars"),
        ("I saw the moon.", "I never saw the moon.", "moon"),
        ("They were smoke.", "They were not mere smoke.", "smoke"),
        ("A room with light.", "A room without light.", "light"),
        ("A ship came.", "A ship that never came.", "ship"),
    ],
)
def test_negation_lowers_weight(plain: str, negated: str, surface: str) -> None:
    assert weight(negated, surface) < 0.5 < weight(plain, surface)


def test_negation_stops_at_but_and_punctuation() -> None:
    assert weight("They were not white but green.", "green") == weight("It was green.", "green")
    assert weight("No, the river was there.", "river") == weight("The river was there.", "river")


def test_emphasis_and_intensifiers_raise_weight() -> None:
    base = weight("A river glowed.", "river")
    assert weight("A *river* glowed.", "river") > base
    assert weight("A vast river glowed.", "river") > base


def test_abstract_and_emotion_words_are_not_imagery() -> None:
    text = (
        "I worried about perfection, my achievements, my worth and their expectations. "
        "I felt joy, then fear, then grief and a strange happiness."
    )
    assert keywords(text) == []


@pytest.mark.parametrize(
    ("text", "not_motif"),
    [
        ("I fell asleep at once.", "falling"),
        ("She reflected on her choices.", "mirror"),
        ("She was light-hearted about it.", "glow"),
        ("It was a sea of expectations.", "ocean"),
        ("He is a rock star.", "stars"),
        ("She leaves the room.", "leaves"),
        ("The sun rose over the hills.", "flowers"),
        ("I had to figure out my career path.", "figure"),
        ("I had to figure out my career path.", "city"),
        ("A bright future.", "glow"),
    ],
)
def test_idioms_and_homographs_are_not_imagery(text: str, not_motif: str) -> None:
    assert not_motif not in {k.motif for k in keywords(text)}


def test_homograph_nouns_still_count() -> None:
    assert found("A rose in the garden.").get("rose") == "flowers"
    assert found("The leaves fell.") == {"leaves": "leaves", "fell": "falling"}


def test_figurative_imagery_counts() -> None:
    got = found("My tears turning into rivers.")
    assert got.get("rivers") == "river"
    assert got.get("turning into") == "transforming"
    assert "tears" not in got


def test_colour_words_are_imagery_and_join_nothing_else() -> None:
    got = found("A pale violet sky over amethyst hills.")
    assert got == {
        "pale": "hue",
        "violet": "hue",
        "sky": "twilight",
        "amethyst": "gems",
        "hills": "mountains",
    }


def test_keyword_offsets_slice_the_dream_text() -> None:
    paths = sorted(seeds_dir().glob("*.txt"))
    assert paths
    for path in paths:
        plan = analyze(parse_dream(path.read_bytes(), source=path.name))
        text = plan.dream.text
        total = 0
        for sentence, sp in zip(plan.dream.sentences, plan.sentences, strict=True):
            for k in sp.named:
                assert k.text == text[k.start : k.end]
                assert sentence.start <= k.start < k.end <= sentence.end
                assert 0 < k.weight <= 1 or ((k.idiom or k.sense) and k.weight == 0)
                total += 1
        assert total >= 25, path.name  # the bundled dreams are rich in imagery
        assert len(plan.motifs) >= 6, path.name


def _dream(*sentences: str) -> Dream:
    return parse_dream(" ".join(sentences), source="test")


def test_continuity_lingers_decays_and_returns() -> None:
    plan = analyze(
        _dream(
            "A river ran.",
            "We spoke.",
            "We ate.",
            "We slept.",
            "We woke.",
            "We left.",
            "We sang.",
            "We sat.",
            "We rested.",
            "We read.",
            "The river again.",
        )
    )
    levels = [sp.motifs.get("river", 0.0) for sp in plan.sentences]
    assert levels[0] == pytest.approx(0.9)
    assert levels[1] == pytest.approx(0.9 * LINGER, abs=0.002)
    assert levels[2] == pytest.approx(0.9 * LINGER**2, abs=0.002)
    assert all(a > b for a, b in zip(levels[:8], levels[1:8], strict=False))
    assert levels[9] == 0.0  # faded out: 0.9 * 0.7**9 < 0.05
    assert levels[10] == pytest.approx(0.9)


def test_motif_scores_and_base_scene() -> None:
    plan = analyze(
        _dream(
            "The river glowed under the moon.",
            "The river bent.",
            "Fireflies over the river.",
            "The moon again, and a heron.",
        )
    )
    names = [m.name for m in plan.motifs]
    assert names[:2] == ["river", "moon"]
    assert [m.score for m in plan.motifs] == sorted((m.score for m in plan.motifs), reverse=True)
    assert next(m for m in plan.motifs if m.name == "fireflies").first_sentence == 2


def test_palette_from_colour_words_dark_to_light() -> None:
    plan = plan_of("Amethyst towers. Amethyst stairs. Emerald water under amethyst light.")
    palette = plan.palette
    assert 4 <= len(palette) <= 6
    assert len(set(palette)) == len(palette)
    lums = [luminance(hex_to_rgb(h)) for h in palette]
    assert lums == sorted(lums) and lums[0] < 0.05
    amethyst = hex_to_rgb("#9966cc")
    distances = [
        sum(abs(a - b) for a, b in zip(hex_to_rgb(h), amethyst, strict=True)) for h in palette
    ]
    assert min(distances) < 0.05


def test_palette_without_imagery_still_has_four_colours() -> None:
    plan = plan_of("We talked about the budget.")
    assert 4 <= len(plan.palette) <= 6
    assert plan.motifs == ()
    assert plan.sentences[0].tint == (1.0, 1.0, 1.0)


def test_tint_follows_the_sentence_colours() -> None:
    plan = plan_of("We talked. The emerald moss glowed green.")
    assert plan.sentences[0].tint == (1.0, 1.0, 1.0)
    r, g, b = plan.sentences[1].tint
    assert g > r and g > b


def test_mood_valence_arousal_and_smoothing() -> None:
    plan = plan_of(
        "Everything was calm and lovely and quiet. "
        "Then the storm exploded and I screamed in terror! Run! "
        "Later it was calm."
    )
    moods = [sp.mood for sp in plan.sentences]
    assert all(-1 <= m.valence <= 1 and 0 <= m.arousal <= 1 for m in moods)
    assert moods[0].valence > 0 > moods[1].valence
    assert moods[1].arousal > moods[0].arousal
    # smoothing: the calm last sentence still carries some of the storm
    assert moods[-1].arousal > plan_of("Later it was calm.").sentences[0].mood.arousal


def test_report_json_and_table() -> None:
    from renderer.director import direct

    plan = plan_of("The *river* glowed under rose gold clouds. No stars.")
    script = direct(plan)
    data = plan_to_json(plan, script)
    assert data["sentences"][0]["keywords"][0] == {
        "text": "river",
        "start": 4,
        "end": 9,
        "motif": "river",
        "weight": 1.0,
        "negated": False,
        "figurative": False,
        "idiom": False,
        "sense": None,
    }
    assert data["settings"] == [
        {"place": "river", "open_air": False, "first_sentence": 0, "last_sentence": 1}
    ]
    assert data["sentences"][0]["setting"][0] == "river"
    plain = render_table(plan, script, color=False)
    assert "[river|river]" in plain and "\x1b[" not in plain
    assert all(h in plain for h in plan.palette)
    colored = render_table(plan, script, color=True)
    assert "\x1b[38;2;" in colored and "\x1b[48;2;" in colored


def test_bench_reports_throughput() -> None:
    result = bench_mapper(seconds=0.2)
    assert result["words"] >= 500
    assert result["words_per_second"] > 0 and result["ms_per_dream"] > 0


def test_capitalized_names_are_not_imagery_but_kin_are() -> None:
    got = found("We named the dragon Pickle. Pickle was green. Grandma waved from the garden.")
    assert "Pickle" not in got
    assert got.get("dragon") and got.get("garden") and got.get("Grandma")


def test_things_in_motion_count_and_idioms_do_not() -> None:
    got = found("The deck tilted and the barrels rolled and bounced across it.")
    assert {"tilted", "rolled", "bounced"} <= got.keys()
    assert not found("I rolled my eyes and poured my heart out.")


def test_texture_and_material_adjectives_count() -> None:
    got = found("A wooden chair, a rusty gate and a dappled, polished floor.")
    assert {"wooden", "rusty", "dappled", "polished"} <= got.keys()


@pytest.mark.parametrize(
    ("text", "surface", "motif"),
    [
        ("We sat in the kitchen until late.", "kitchen", "kitchen"),
        ("My old bedroom had no door.", "bedroom", "room"),
        ("I was back in my grandmother's house.", "house", "room"),
        ("The attic was full of boxes.", "attic", "room"),
        ("She waited in the hotel room.", "hotel room", "room"),
        ("The hospital corridor smelled of soap.", "hospital corridor", "corridor"),
        ("I ran down the hallway.", "hallway", "corridor"),
        ("The ward was dark.", "ward", "ward"),
        ("We walked along the beach at night.", "beach", "beach"),
        ("The shoreline curved away.", "shoreline", "beach"),
        ("A house by the seaside.", "seaside", "beach"),
        ("The carnival had come to town.", "carnival", "carnival"),
        ("We rode the ferris wheel.", "ferris wheel", "carnival"),
        ("The carousel horses rose and fell.", "carousel", "carnival"),
        ("We hid in the barn.", "barn", "barn"),
        ("The farmyard was muddy.", "farmyard", "barn"),
        ("Cows grazed in the pasture.", "pasture", "barn"),
        ("The volcano smoked on the horizon.", "volcano", "volcano"),
        ("Lava ran down to the sea.", "Lava", "volcano"),
        ("We looked into the crater.", "crater", "volcano"),
        ("I was lost in the library.", "library", "library"),
        ("The old bookshop smelled of dust.", "bookshop", "library"),
        ("We walked into the church.", "church", "church"),
        ("The monastery bells were ringing.", "monastery", "church"),
        ("Candles burned on the altar.", "altar", "church"),
        ("We sat in the vegetable garden.", "vegetable garden", "garden"),
        ("The greenhouse was full of tomatoes.", "greenhouse", "glasshouse"),
        ("Grandad dug his allotment.", "allotment", "garden"),
        ("I swam laps in the swimming pool.", "swimming pool", "pool"),
        ("She jumped off the diving board.", "diving board", "pool"),
        ("We swam in the pool until the lifeguard left.", "pool", "pool"),
        ("The diving pool was quiet and the water was still.", "water", "pool"),
        ("We went diving on the reef and the water was warm.", "water", "lake"),
        ("We lay on sun loungers beside the water.", "sun loungers", "lido"),
        ("At the motel the pool was empty.", "pool", "lido"),
        ("Behind the villa there was a swimming pool.", "swimming pool", "lido"),
        ("The swimming pools of the leisure centre were closed.", "swimming pools", "pool"),
        ("The pool in the back garden was full of leaves.", "pool", "lido"),
        ("There was a swimming pool out on the lawn.", "swimming pool", "lido"),
        ("It was sunny, so we swam in the pool at the leisure centre.", "pool", "pool"),
        ("We stopped at a petrol station at midnight.", "petrol station", "petrol_station"),
        ("The gas pumps hummed.", "gas pumps", "petrol_station"),
        ("At the petrol station we waited under the canopy.", "canopy", "petrol_station"),
        ("Monkeys screamed in the canopy of the rainforest.", "canopy", "forest"),
        ("Level 3 of the parking garage was empty.", "parking garage", "carpark"),
        ("I lost my car in the car park.", "car park", "carpark"),
        ("He left the van in the garage.", "garage", "carpark"),
        ("The subway was crowded.", "subway", "station"),
        ("We met at the railway station.", "railway station", "station"),
        ("The train left from platform nine.", "platform", "station"),
        ("The stadium roared.", "stadium", "stadium"),
        ("I kicked the ball up the football pitch.", "football pitch", "stadium"),
        ("The team ran onto the field before the match.", "field", "stadium"),
        ("I was back in the office.", "office", "office"),
        ("My cubicle had no walls.", "cubicle", "office"),
        ("We gathered in the conference room.", "conference room", "office"),
        ("We were floating in outer space.", "outer space", "space"),
        ("The earth turned below us, and the moon was far off.", "earth", "earth"),
        ("I sat in the plane cabin.", "plane cabin", "cabin"),
        ("I had the window seat.", "window seat", "cabin"),
        ("We crossed the snowfield.", "snowfield", "snowfield"),
        ("A fence ran across the snowy field.", "snowy field", "snowfield"),
        ("We crossed the mountain pass in the snow.", "mountain pass", "mountains"),
        ("The band played on while we danced.", "band", "crowd"),
        ("The orchestra tuned up in the pit.", "orchestra", "crowd"),
    ],
)
def test_built_places_have_their_own_pictures(text: str, surface: str, motif: str) -> None:
    assert found(text).get(surface) == motif


@pytest.mark.parametrize(
    ("text", "surface", "motif"),
    [
        ("A horse grazed by the fence.", "horse", "horse"),
        ("The stallions galloped along the shore.", "stallions", "horse"),
        ("A donkey carried our bags.", "donkey", "horse"),
        ("The old dog slept by the stove.", "dog", "dog"),
        ("Three puppies tumbled in the hay.", "puppies", "dog"),
        ("A greyhound ran past the gate.", "greyhound", "dog"),
        ("A cat sat on the wall.", "cat", "cat"),
        ("Kittens played under the table.", "Kittens", "cat"),
        ("A tiger paced behind the glass.", "tiger", "cat"),
        ("An elephant walked through the library.", "elephant", "elephant"),
        ("A woolly mammoth stood in the snow.", "woolly mammoth", "elephant"),
        ("A camel knelt in the sand.", "camel", "camel"),
        ("Llamas watched us from the terraces.", "Llamas", "camel"),
        ("A crab scuttled over the rocks.", "crab", "crab"),
        ("Lobsters crawled across the floor.", "Lobsters", "crab"),
        ("An octopus unfurled its arms.", "octopus", "octopus"),
        ("A giant squid rose from the deep.", "giant squid", "octopus"),
        ("A hummingbird hovered at the window.", "hummingbird", "hummingbird"),
        ("A cow stood chewing in the field.", "cow", "cow"),
        ("The bull lowered its head.", "bull", "cow"),
        ("Cattle crowded at the gate.", "Cattle", "cow"),
        ("A sheep grazed on the hillside.", "sheep", "sheep"),
        ("The lambs slept in the straw.", "lambs", "sheep"),
        ("A ram stood on the rock.", "ram", "sheep"),
        ("A pig rooted in the mud.", "pig", "pig"),
        ("Piglets ran squealing through the yard.", "Piglets", "pig"),
        ("A wild boar crashed through the bracken.", "wild boar", "pig"),
        ("A goat climbed onto the roof of the car.", "goat", "goat"),
        ("An ibex stood on the cliff.", "ibex", "goat"),
        ("A white rabbit ran under the hedge.", "white rabbit", "rabbit"),
        ("Hares boxed in the frosty field.", "Hares", "rabbit"),
        ("A bear came out of the trees.", "bear", "bear"),
        ("A polar bear swam between the floes.", "polar bear", "bear"),
        ("A frog sat on the lily pad.", "frog", "frog"),
        ("Toads crawled out of the well.", "Toads", "frog"),
        ("Bats poured out of the cave at dusk.", "Bats", "bats"),
        ("A vampire bat hung from the rafters.", "vampire bat", "bats"),
        ("A giraffe leaned over the fence.", "giraffe", "giraffe"),
        ("A mouse ran along the skirting board.", "mouse", "mouse"),
        ("Rats swarmed in the cellar.", "Rats", "mouse"),
        ("A monkey swung from the chandelier.", "monkey", "monkey"),
        ("A gorilla sat in the rain.", "gorilla", "monkey"),
    ],
)
def test_creatures_are_drawn_as_themselves_not_as_their_neighbours(
    text: str, surface: str, motif: str
) -> None:
    assert found(text).get(surface) == motif


@pytest.mark.parametrize(
    ("text", "surface", "motif"),
    [
        ("A cat walked along the wall with her tail held up.", "tail", "cat"),
        ("My old dog trotted ahead, wagging his tail.", "tail", "dog"),
        ("The horse swished its tail at the flies.", "tail", "horse"),
        ("A crab came sideways, holding up its claws.", "claws", "crab"),
        ("The elephant lifted its trunk.", "trunk", "elephant"),
        ("The octopus curled a tentacle round the rock.", "tentacle", "octopus"),
        ("A hummingbird hovered, its wings a blur.", "wings", "hummingbird"),
        ("A lion shook his mane.", "mane", "cat"),
        ("A wolf stood on the ridge, its tail low.", "tail", "wolf"),
        ("A comet went over, trailing a long tail of blue ice.", "tail", "comet"),
        ("An old oak trunk lay across the path.", "trunk", "trees"),
    ],
)
def test_a_creatures_parts_belong_to_the_creature_the_sentence_names(
    text: str, surface: str, motif: str
) -> None:
    assert found(text).get(surface) == motif


@pytest.mark.parametrize(
    ("text", "surface", "motif"),
    [
        ("A pool of water lay on the rocks.", "pool", "lake"),
        ("The cows stood in the field.", "field", "meadow"),
        ("We climbed onto a wooden platform in the trees.", "platform", "hall"),
        ("He dug the dark earth of the field.", "earth", "meadow"),
    ],
)
def test_a_place_word_takes_its_built_sense_only_where_the_sentence_cues_it(
    text: str, surface: str, motif: str
) -> None:
    assert found(text).get(surface) == motif


def test_a_grey_sky_is_an_overcast_of_cloud() -> None:
    script = script_of("I stood in a field under a grey sky.")
    assert "clouds" in script.sentences[0].setting or "clouds" in script.sentences[0].focus
    assert script.sentences[0].colors.get("clouds") == "#8a8d91"


def test_a_buildings_fire_doors_and_exits_are_doors_not_fire() -> None:
    assert found("Sand was pouring in under the fire doors.").get("fire doors") == "doorway"
    assert found("I ran for the fire exit past a fire extinguisher.") == {
        "fire exit": "doorway",
        "fire extinguisher": "objects",
    }


def test_they_or_it_moving_after_a_creature_is_that_creature_moving() -> None:
    text = "Birds were flying with me. They flew as if the storm were their home."
    assert found(text)["flew"] == "birds"
    assert found("My parents were there. They flew home the next day.")["flew"] == "flying"
    text = "A heron stood in the reeds. Then it flew, and the rain came down."
    assert found(text)["flew"] == "heron"
