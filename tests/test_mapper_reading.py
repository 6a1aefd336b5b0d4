"""Reading in context: part of speech, word sense, idioms, similes and negation, each on short
texts of our own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from renderer.director import direct
from renderer.dream import parse_dream
from renderer.errors import ReverieError
from renderer.mapping import analyze
from renderer.mapping.lexicon import load_lexicon
from renderer.mapping.plan import Keyword
from renderer.mapping.report import plan_to_json, render_table
from renderer.mapping.tagger import tagging
from renderer.mapping.unplaced import unplaced_nouns


def all_keywords(text: str) -> list[Keyword]:
    plan = analyze(parse_dream(text, source="test"))
    return [k for s in plan.sentences for k in s.named]


def keywords(text: str) -> list[Keyword]:
    """The keywords that may be drawn (an idiom's words are reported apart)."""
    return [k for k in all_keywords(text) if not k.idiom]


def keyword(text: str, surface: str) -> Keyword:
    found = [k for k in keywords(text) if k.text == surface]
    assert found, f"no keyword {surface!r} in {[k.text for k in keywords(text)]}"
    return found[0]


def surfaces(text: str) -> set[str]:
    return {k.text for k in keywords(text)}


# -- part of speech -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Then the dog stands up on its seat.", "stands"),
        ("I can see the harbour from here.", "can"),
        ("He leaves the house at dawn.", "leaves"),
        ("I wound the clock on the mantelpiece.", "wound"),
        ("A grey fog mars the view of the bay.", "mars"),
        ("There is always one small thing that mars everything.", "mars"),
        ("The door was guarded by two statues.", "guarded"),
        ("A fox crosses the lane in front of me.", "crosses"),
        ('My brother said, "Watch this."', "Watch"),
        ('"Wind it," he said.', "Wind"),
        ("He wants it by Friday, just ship it.", "ship"),
        ("Ship what?", "Ship"),
        ("It does not matter what the river does.", "does"),
        ("My sister brushed her teeth beside the bath.", "brushed"),
        ("He rocked the cradle all night.", "rocked"),
        ("She watered the plants on the sill.", "watered"),
        ("I had to water the tomatoes before noon.", "water"),
        ("Readers come in small submarines that dock at the mouth.", "dock"),
        ("was in my aunt rosa's kitchen", "rosa"),  # a name after a relative, lowercase
        ("Then Uncle Bear came in.", "Bear"),
        ("i was back at st brigids primary school", "brigids"),  # a saint's name, lowercase
        ("We walked to the chapel of Saint Bear.", "Bear"),
        ("He stamps the form, lifts the barrier and waves us through.", "lifts"),
        ("He stamps the form, lifts the barrier and waves us through.", "waves"),
        ("She reads the drawing, lifts it up and laughs.", "lifts"),
        ("The old clock was wound every Sunday.", "wound"),  # a participle after "was"
        ("A swarm of bees rose from the hive.", "rose"),  # a past, and where it went
        ("She tied her hair back with a rubber band.", "band"),  # no musicians
        ("A band of light lay across the floor.", "band"),
    ],
)
def test_a_word_read_as_a_verb_or_modal_is_no_thing(text: str, word: str) -> None:
    assert word not in surfaces(text)


@pytest.mark.parametrize(
    ("text", "word", "motif"),
    [
        ("The leaves fell on the path.", "leaves", "leaves"),
        ("There was a trowel, a watering can and a tin of nails.", "can", "objects"),
        ("The stone pillars rose out of the kelp.", "pillars", "ruins"),
        ("Only waves the colour of dishwater.", "waves", "ocean"),
        ("On the beach, waves the colour of ink broke over us.", "waves", "ocean"),
        ("She walks to the harbour, waves crashing over the wall.", "waves", "ocean"),
        ("The gate opens, lifts rise and fall.", "lifts", "lift"),
        ("It rains on the roofs all night.", "rains", "rain"),
        ("Below deck the fridge hummed.", "deck", "ocean"),
        ("Not a rose, not a lily.", "rose", "flowers"),
        ("The balloons drifted over the town.", "drifted", "floating"),
        ("A crust on the lava glowed.", "glowed", "glow"),
        ("The roses bloomed along the wall.", "bloomed", "flowers"),
        ("I saw that dock from the boat.", "dock", "harbour"),
        ("It was my uncle's farm at night.", "farm", "barn"),
        ("I found the milking shed full of horses.", "shed", "shed"),
        ("My room had only a hammock strung between two pines.", "hammock", "room"),
        ("We went down to the water.", "water", "lake"),
        ("We skated on the frozen lake.", "lake", "frozen_lake"),  # ice to walk on
        ("The frozen river glittered.", "river", "frozen_lake"),
        ("We sailed across the icy sea.", "sea", "ocean"),  # cold, still open water
        ("It was tunnel under the city, made from tiles.", "tunnel", "tunnel"),  # no article
        ("Behind the door was garden.", "garden", "garden"),
        ("She gave me a rose from the garden.", "rose", "flowers"),
        ("I was back in my grandfather's shed at dusk.", "shed", "shed"),
    ],
)
def test_nouns_and_verbs_that_show_a_thing_stay(text: str, word: str, motif: str) -> None:
    assert keyword(text, word).motif == motif


def test_the_tagger_reads_modals_and_verbs_from_the_shipped_weights() -> None:
    tags = tagging(["I", "can", "see", "the", "sea", "."])
    assert tags is not None, "textblob-aptagger is a dependency"
    assert [tags[k] for k in range(6)] == ["PRP", "MD", "VB", "DT", "NN", "."]
    verbs = tagging(["The", "fog", "mars", "the", "view", "."])
    assert verbs is not None and verbs[2] == "VBZ"


def test_without_the_tagger_the_mapper_still_reads_and_says_so_once() -> None:
    script = (
        "import sys; sys.modules['textblob_aptagger'] = None\n"
        "from renderer.dream import parse_dream\n"
        "from renderer.mapping import analyze\n"
        "plan = analyze(parse_dream('She stands by the sea. I can see the moon.', source='t'))\n"
        "print(sorted(k.text for s in plan.sentences for k in s.named))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stderr
    assert "'moon'" in result.stdout and "'sea'" in result.stdout
    assert result.stderr.count("textblob-aptagger is not installed") == 1


# -- word sense -----------------------------------------------------------------------------


def test_the_wings_and_stalls_of_a_theatre_are_no_birds_or_city() -> None:
    text = "I stood in the wings behind the curtain. Below the stage were the stalls."
    got = surfaces(text)
    assert "wings" not in got
    assert "curtain" in got and "stage" in got
    assert keyword(text, "stalls").motif == "stage"  # the theatre's seats: part of its picture
    assert keyword("Gulls spread their wings over the cliff.", "wings").motif == "birds"
    play = "We were in the school play. The wings were full of ropes and sandbags."
    assert "wings" not in surfaces(play)  # cued by the sentence before
    assert keyword(play, "school play").motif == "stage"
    after = "We were in the school play. A bird flew down and folded its wings."
    assert keyword(after, "wings").motif == "birds"


def test_a_draught_of_air_is_no_food() -> None:
    assert "draught" not in surfaces("A cold draught came under the door.")
    assert "draught" not in surfaces("Keep the cactus out of the draught.")
    assert keyword("He drank a long draught of ale.", "draught").motif == "food"


def test_space_is_outer_space_only_near_the_sky_bodies() -> None:
    assert keyword("Then it was space, and the earth hung below.", "space").motif == "space"
    assert "space" not in surfaces("There was no space left in the car.")
    assert "space" not in surfaces("I found a space between the houses.")


def test_a_change_of_colour_is_no_turning_even_past_an_adverb() -> None:
    text = "The sky above the hills turned slowly from apricot to violet."
    assert "turned" not in surfaces(text)
    assert keyword("The great lens turned slowly, throwing a beam.", "turned").motif == "vortex"
    assert keyword("The carousel turned gently round and round.", "turned").motif == "vortex"
    assert "turned" not in surfaces("Then the whole sky turned blood red.")


@pytest.mark.parametrize(
    ("text", "shade"),
    [
        ("The carpet was the same mustard yellow it had always been.", "mustard"),
        ("The walls were painted grass green.", "grass"),
        ("She wore a mustard yellow coat.", "mustard"),
    ],
)
def test_a_thing_that_only_names_a_shade_is_no_thing(text: str, shade: str) -> None:
    assert shade not in surfaces(text)
    assert "hue" in {k.motif for k in keywords(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I fed the horse green apples.", "horse"),
        ("She painted the door green.", "door"),
        ("We sat on the grass. Green hills rolled away.", "grass"),
    ],
)
def test_a_thing_before_a_colour_said_of_something_else_stays(text: str, word: str) -> None:
    assert word in surfaces(text)


def test_a_plain_is_open_land_and_plain_said_of_a_thing_is_not() -> None:
    assert keyword("We crossed the luminous plain.", "plain").motif == "meadow"
    assert keyword("I stood upon a plain of salt that shone.", "plain of salt").motif == "dunes"
    assert "plain" not in surfaces("She held a plain white cup.")
    assert "plain" not in surfaces("It was plain to see.")
    assert keyword("Blue light rose from the crevasses.", "light").motif == "glow"


def test_the_speakers_of_a_dialogue_written_as_a_script_are_names() -> None:
    script = "ME: I was in the dentist's chair.\nSAM: Your actual dentist?\n"
    script += "ME: Yes, and a robin sat on the lamp.\nSAM: Then what?\n"
    assert "SAM" not in surfaces(script) and "robin" in surfaces(script)
    robin = "Robin: Where were you?\nMe: On the beach.\nRobin: Alone?\n"
    assert "Robin" not in surfaces(robin) and "beach" in surfaces(robin)
    # one heading is no script: a place named before a colon stays
    assert "Beach" in surfaces("Beach: sand everywhere, and gulls.")


def test_what_a_thing_turns_to_is_a_noun_and_turning_to_act_is_no_change() -> None:
    assert keyword("The boards turned to grass under my feet.", "grass").motif == "meadow"
    assert "turned to" not in surfaces("The crabs turned to watch me.")


def test_a_thing_absent_only_before_is_there_now() -> None:
    text = "I stepped onto a platform that wasn't there a second ago."
    assert not keyword(text, "platform").negated
    assert keyword("We waited for a ship that never came.", "ship").negated


def test_an_animal_with_no_picture_of_its_own_is_no_deer() -> None:
    text = "A pangolin, a badger and an otter crossed the yard, and a stag watched them."
    motifs = {k.text: k.motif for k in keywords(text)}
    animals = {"pangolin": "animal", "badger": "animal", "otter": "animal", "stag": "deer"}
    assert motifs == {**animals, "yard": "garden"}


def test_people_are_the_cast_drawn_as_figures_not_imagery() -> None:
    text = "My brother stood by the door with a crowd. A dark silhouette waved. The nurse smiled."
    plan = analyze(parse_dream(text, source="test"))
    script = direct(plan)
    first, second, third = plan.sentences
    assert [k.text for k in first.keywords] == ["door"]
    assert [k.text for k in first.people] == ["brother", "crowd"]
    assert [k.text for k in first.named] == ["brother", "door", "crowd"]
    assert [k.motif for k in second.keywords] == ["shadow_figure"]  # a shape one sees
    assert "figure" in first.motifs and "crowd" in first.motifs  # still drawn
    assert script.sentences[2].focus == ("figure",)  # the nurse, when nothing else is named
    assert not third.keywords
    roles = "Our old tutor, my flatmate and the ticket inspector were there, and a paramedic."
    people = analyze(parse_dream(roles, source="test")).sentences[0].people
    assert [k.text for k in people] == ["tutor", "flatmate", "ticket inspector", "paramedic"]


def test_people_by_their_work_rank_or_kin_are_the_cast_too() -> None:
    text = "The foreman, a carpenter, the corporal and my niece stood by the undertaker."
    people = analyze(parse_dream(text, source="test")).sentences[0].people
    assert [(k.text, k.motif) for k in people] == [
        ("foreman", "figure"), ("carpenter", "figure"), ("corporal", "figure"),
        ("niece", "figure"), ("undertaker", "figure"),
    ]
    urchin = analyze(parse_dream("An urchin ran past.", source="test")).sentences[0].people
    assert [k.motif for k in urchin] == ["child"]
    # a word with a sense that is an animal or a made thing is not taken for a person
    assert not analyze(parse_dream("A primate sat in the tree.", source="test")).sentences[0].people
    # and the trades WordNet's strict rule leaves out
    text = "The barber, the tailor and the beekeeper waited with the landlady."
    people = analyze(parse_dream(text, source="test")).sentences[0].people
    assert [k.text for k in people] == ["barber", "tailor", "beekeeper", "landlady"]


def test_a_name_that_does_what_people_do_is_one_of_the_cast() -> None:
    def people(text: str) -> list[str]:
        plan = analyze(parse_dream(text, source="test"))
        return [k.text for s in plan.sentences for k in s.people]

    assert people("Then Priya kept shouting at me. Soon Dave laughed.") == ["Priya", "Dave"]
    assert people("Then Rose smiled at me.") == ["Rose"]
    assert people("We flew over Paris. Later Paris was dark.") == []  # a place does none of it
    assert people("A rose grew by the door.") == []
    assert people("Then Gerald held the box over his head.") == ["Gerald"]
    assert people("Later Marta carried the lamp up the stairs.") == ["Marta"]
    assert people("Then my colleague Gerald laughed.") == ["colleague"]  # one of the cast
    said = '"Your mum is calling you in," Danny said. "It will not bite," Danny said.'
    assert people(said) == ["Danny", "Danny"]  # a name after a quotation is written as one
    # someone with the dreamer, and someone who starts to do what people do
    assert people("It was late. Me and Oliver ran home.") == ["Oliver"]
    assert people("I walked to the lake with Dev, and then Tomas and I swam.") == ["Dev", "Tomas"]
    assert people("Then Ottilie started to cry.") == ["Ottilie"]
    assert people("Then Paris started to glow.") == []


def test_a_name_after_a_title_of_address_is_one_of_the_cast() -> None:
    def people(text: str) -> list[str]:
        plan = analyze(parse_dream(text, source="test"))
        return [k.text for s in plan.sentences for k in s.people]

    assert people("It was Mr Pryce. Miss Kowalski said we could go.") == ["Pryce", "Kowalski"]
    assert people("mrs okafor was there.") == ["okafor"]  # however written
    assert people("Then Mrs Gold gave me a cake.") == ["Gold"]  # a person, not the metal
    assert people("I miss Paris. We had to miss lunch.") == []  # the verb


def test_reptiles_and_amphibians_are_lizards_and_tortoises_not_snakes() -> None:
    text = (
        "A tortoise crawled across the lawn. A lizard sat on the warm wall. Two crocodiles "
        "slid into the river, a newt swam in the pond and a sea turtle passed a snake."
    )
    motifs = {k.text: k.motif for k in keywords(text)}
    assert {w: motifs[w] for w in ("tortoise", "lizard", "crocodiles", "newt", "sea turtle")} == {
        "tortoise": "tortoise", "lizard": "lizard", "crocodiles": "lizard", "newt": "lizard",
        "sea turtle": "tortoise",
    }
    assert motifs["snake"] == "serpent"
    derived = {k.text: k.motif for k in keywords("An axolotl, a caiman and a terrapin.")}
    assert derived == {"axolotl": "lizard", "caiman": "lizard", "terrapin": "tortoise"}


def test_every_kind_of_small_craft_is_a_boat_and_big_ships_are_the_sea() -> None:
    text = "A trawler, a schooner, a narrowboat and a sampan passed a tanker. I played a gig."
    motifs = {k.text: k.motif for k in keywords(text)}
    assert {w: motifs[w] for w in ("trawler", "narrowboat", "sampan")} == {
        w: "boat" for w in ("trawler", "narrowboat", "sampan")
    }
    assert motifs["schooner"] == "sailboat"
    assert motifs["tanker"] == "ocean"  # a ship of the open sea, not a small boat
    assert motifs.get("gig") not in ("ocean", "boat")  # a concert, not WordNet's rowing boat


def test_vessel_words_read_as_a_boat() -> None:
    text = (
        "We rowed the boat. A ferry. I was in a rowing boat with oars. The ship sailed. "
        "We took a canoe and a kayak. The sea was calm. A yacht raised its sail."
    )
    motifs = {k.text.lower(): k.motif for k in keywords(text)}
    for word in ("boat", "ferry", "rowing boat", "oars", "ship", "canoe", "kayak"):
        assert motifs.get(word) == "boat", word
    assert motifs["yacht"] == motifs["sail"] == "sailboat"
    assert motifs["sea"] == "ocean"

def test_firing_someone_draws_no_fire() -> None:
    text = 'My boss was going to fire me. He said, "You\'re fired." Then the fire went out.'
    assert [k.text for k in keywords(text) if k.motif == "fire"] == ["fire"]
    council = "He said the council would fire anyone who complained. It would rain all night."
    assert [k.motif for k in keywords(council)] == ["rain"]  # but what would happen, happens


def test_the_ray_that_swims_is_a_fish_and_rays_of_sun_are_light() -> None:
    assert keyword("A ray glided over the reef.", "ray").motif == "fish"
    assert keyword("Rays of sun fell through the window.", "Rays").motif == "light_shafts"


def test_a_silver_road_across_the_sea_is_light_on_water() -> None:
    assert keyword("The moon laid a silver road across the sea.", "road").motif == "shimmer"
    assert keyword("A long road ran into the hills.", "road").motif != "shimmer"


def test_a_thing_named_for_its_sound_is_not_drawn() -> None:
    assert "seagull" not in surfaces("What came out was a string of seagull noises.")
    assert "vixen" in surfaces("Somewhere behind me a vixen barked.")
    assert "refrigerator" in surfaces("The green refrigerator was humming in the corner.")
    assert "refrigerator" in surfaces("I saw the refrigerator humming in the corner.")


# -- idioms ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mum says he has a heart of gold.", {"gold"}),
        ("At the party I felt like a fish out of water.", {"fish", "water"}),
        ("She told me to stop making a mountain out of a molehill.", {"mountain", "molehill"}),
        ("Nobody mentioned the elephant in the room.", {"elephant", "room"}),
        ("I have this dream once in a blue moon.", {"blue moon", "moon", "blue"}),
        ("It was raining cats and dogs.", {"cats", "dogs"}),
        ("After the match I was on cloud nine.", {"cloud"}),
        ("The dentist told me to spill the beans.", {"beans"}),
        ("He spilled the beans at dinner.", {"beans"}),
        ("Someone cracked a joke to break the ice.", {"ice"}),
        ("That was only the tip of the iceberg.", {"iceberg"}),
        ("I was feeling under the weather.", {"weather"}),
        ("She was over the moon about it.", {"moon"}),
        ("Finding it was like looking for a needle in a haystack.", {"needle", "haystack"}),
        ("He thanked his lucky stars.", {"stars"}),
        ("They finally buried the hatchet.", {"hatchet"}),
        ("My heart was set in stone.", {"stone"}),
        ("I try to drag the numbers into columns.", {"columns"}),
        ("The fear came in waves.", {"waves"}),
        ("Little white moths came up in clouds.", {"clouds"}),
        ("The rain came down in sheets.", {"sheets"}),
    ],
)
def test_idioms_draw_nothing(text: str, words: set[str]) -> None:
    assert not words & surfaces(text)


def test_a_noun_before_a_particle_is_no_phrasal_verb() -> None:
    assert keyword("The path led into a cave in the cliff.", "cave").motif == "cave"
    assert "caved" not in surfaces("Then the roof caved in.")


def test_an_idioms_imagery_words_are_reported_as_figures_never_drawn() -> None:
    text = "Nobody mentioned the elephant in the room. It was raining cats and dogs."
    idiom = {k.text: k for k in all_keywords(text) if k.idiom}
    assert idiom.keys() == {"elephant", "room", "cats", "dogs"}
    assert all(k.figurative and k.weight == 0 and not k.drawn for k in idiom.values())
    dream = parse_dream(text, source="test")
    plan = analyze(dream)
    assert {"elephant", "room"}.isdisjoint(m.name for m in plan.motifs)
    assert "elephant" not in plan.sentences[0].motifs


def test_an_idiom_can_keep_a_word_that_means_what_it_says() -> None:
    got = {k.text: k.motif for k in keywords("It was raining cats and dogs in the city.")}
    assert got.get("raining") == "rain"
    assert "cats" not in got and "dogs" not in got
    assert "city" in got


def test_the_literal_words_of_an_idiom_still_count_alone() -> None:
    assert "ice" in surfaces("The ice on the lake cracked.")
    assert "moon" in surfaces("A blue light came from the moon.")
    assert "beans" in surfaces("A tin of beans sat on the shelf.")


def test_the_idiom_table_is_broad_data() -> None:
    idioms = load_lexicon().idioms
    assert len(idioms) >= 500
    assert {"heart of gold", "fish out of water", "the elephant in the room"} <= set(idioms)


# -- similes and comparisons ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The jam bubbles over like a tidal wave and runs across the counter.", "tidal wave"),
        ("Everybody went still, as if a bell had rung.", "bell"),
        ("We slid off the bed like it was the big slide at the park.", "park"),
        ("The moths were each as big as a dinner plate.", "plate"),
        ("There was a wall of star-shaped holes.", "star"),
        ("By the gate it was the size of a lunchbox.", "lunchbox"),
        ("The attic was much bigger than a barn.", "barn"),
        ("A cactus taller than a church, with one white flower on top.", "church"),
        ("Lights moved under the water, like someone walking with lanterns in a street.", "street"),
        ("The crows wheeled the way starlings do.", "starlings"),
        ("The grey ash lay everywhere, like snow but warm.", "snow"),
        ("The water lay flat as a mirror.", "mirror"),
        ("It drove right through you like a cloud through a mountain.", "mountain"),
        ("The trunks were clear as ice.", "ice"),
        ("The sheets were white as snow.", "snow"),
    ],
)
def test_similes_and_comparisons_are_figurative_accents(text: str, word: str) -> None:
    found = keyword(text, word)
    assert found.figurative
    assert found.weight < 0.5


def test_a_simile_ends_with_its_clause() -> None:
    text = "The jam bubbles over like a tidal wave and runs down the stairs."
    assert not keyword(text, "stairs").figurative
    assert not keyword(text, "jam").figurative
    assert not keyword("The sand was hot as fire and the sky blue.", "sky blue").figurative
    assert not keyword("It was dark as night fell over the lake.", "lake").figurative


def test_a_comparison_ends_with_its_noun_phrase() -> None:
    text = "Only waves the colour of dishwater rolling toward a low orange sun."
    assert keyword(text, "dishwater").figurative
    assert not keyword(text, "sun").figurative


def test_the_verb_like_compares_nothing() -> None:
    assert not keyword("I like the sea at night.", "sea").figurative
    assert not keyword("Do you like the sea?", "sea").figurative
    assert not keyword("Would you like a boat?", "boat").figurative


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There were ducks. like 30 ducks.", "ducks"),
        ("The ticket was a leaf. like an actual oak leaf.", "leaf"),
    ],
)
def test_like_as_a_hedge_compares_nothing(text: str, word: str) -> None:
    assert not any(k.figurative for k in keywords(text) if k.text == word)


# -- negation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "negated", "present"),
    [
        ("There was no moon, but the waves were lit from below.", {"moon"}, {"waves"}),
        ("There was no sky, only smoke.", {"sky"}, {"smoke"}),
        ("The canopy went on without any clearings or paths.", {"clearings", "paths"}, set()),
        ("We came out on a beach instead of the street.", {"street"}, {"beach"}),
        ("The door led to the yard, but instead there was a jetty.", set(), {"yard", "jetty"}),
        ("There were no boats, only fog on the water.", {"boats"}, {"fog", "water"}),
        ("It was black, and not a single star.", {"star"}, set()),
        ("it wasnt the shop anymore it was the car park", {"shop"}, {"car park"}),
        ("i couldnt see the moon, only the river", {"moon"}, {"river"}),
        ("There were no stars, and your coat smelled of rain.", {"stars"}, {"coat"}),
        ("There were no goats in the fields.", {"goats"}, {"fields"}),
        ("There was nobody on the beach.", set(), {"beach"}),
        ("I was not in the house.", {"house"}, set()),
        ("We were no longer on the river.", {"river"}, set()),
        ("The days grew longer in the hills.", set(), {"hills"}),
    ],
)
def test_negated_imagery_is_flagged(text: str, negated: set[str], present: set[str]) -> None:
    got = {k.text: k for k in keywords(text)}
    for word in negated:
        assert got[word].negated and got[word].weight < 0.5
    for word in present:
        assert not got[word].negated


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We stopped not far from the lighthouse.", "lighthouse"),
        ("Not only the moon but the stars came out.", "stars"),
        ("There was nothing but sand to the horizon.", "sand"),
        ("sand was purple?? not sure climbed the lighthouse stairs", "lighthouse"),
        ("no cap we were in SPACE", "in SPACE"),  # the negator's clause ends at a new subject
        ("I had no idea we were at sea.", "sea"),
    ],
)
def test_turns_of_phrase_with_a_negator_negate_nothing(text: str, word: str) -> None:
    assert not keyword(text, word).negated


def test_keyword_flags_default_to_literal_and_affirmed() -> None:
    plain = Keyword("moon", 0, 4, "moon", 0.9)
    assert not plain.negated and not plain.figurative


# -- lexicon data ---------------------------------------------------------------------------


def test_a_sense_naming_no_motif_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "lexicon.toml"
    bad.write_text(
        '[motifs.sea]\nfamily = "water"\ncolors = ["#000000"]\nterms = ["sea"]\n'
        '[[senses]]\nword = "ray"\nmotif = "nowhere"\ncontext = ["reef"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ReverieError, match="names no motif"):
        load_lexicon(bad)


# -- parts of creatures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "motif"),
    [
        ("The dog put his head on my knee.", "head", "dog"),
        ("The horse stood by the fence and I touched its nose.", "nose", "horse"),
        ("A whale went past, one eye the size of a plate.", "eye", "whale"),
    ],
)
def test_a_creatures_body_part_is_the_creature(text: str, part: str, motif: str) -> None:
    assert keyword(text, part).motif == motif


@pytest.mark.parametrize(
    "text",
    ["The dog licked my face.", "A bird sang and I rubbed my tired eyes.", "I turned my head."],
)
def test_a_persons_body_part_is_no_imagery(text: str) -> None:
    assert {"face", "eyes", "head"}.isdisjoint(surfaces(text))


def test_a_person_who_owns_the_thing_is_not_in_the_picture() -> None:
    assert surfaces("We were at my uncle's farm. A man's arm lay there.") == {"farm"}
    assert "uncle" in surfaces("My uncle was there.")


# -- concrete nouns the mapper cannot place -------------------------------------------------


def test_analyze_lists_the_concrete_nouns_it_cannot_place() -> None:
    plan = analyze(
        parse_dream("The drawing showed a dam. The drawing lay under the moon.", "test")
    )
    unplaced = dict(unplaced_nouns(plan))
    assert unplaced["drawing"] == 2 and unplaced["dam"] == 1
    assert "moon" not in unplaced  # a keyword covers it
    script = direct(plan)
    assert {"noun": "drawing", "count": 2} in plan_to_json(plan, script)["unplaced"]
    assert "concrete nouns with no picture: drawing x2, dam" in render_table(
        plan, script, color=False
    )


def test_a_concrete_noun_used_as_a_verb_is_not_listed() -> None:
    plan = analyze(parse_dream("She would counter every argument.", "test"))
    assert "counter" not in dict(unplaced_nouns(plan))


# -- things in motion -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The ferris wheel is still turning.", "turning"),
        ("Water poured out of the drawers.", "poured"),
        ("A paper lighthouse kept tipping over.", "tipping"),
        ("The bridge starts to bend.", "bend"),
    ],
)
def test_a_thing_that_moves_shows_its_motion(text: str, verb: str) -> None:
    assert keyword(text, verb).motif in load_lexicon().moving_verbs.values()


@pytest.mark.parametrize(
    "text",
    [
        "I turned and swam away.",
        "The water turns cold.",
        "The lights turned out to be moths.",
        "The owl turns its head.",  # it moves something, not itself
    ],
)
def test_a_person_moving_or_a_change_of_state_is_no_motion(text: str) -> None:
    assert {"turned", "swam", "turns"}.isdisjoint(surfaces(text))


def test_a_persons_motion_only_denied_or_possible_is_not_drawn() -> None:
    assert {"fall", "flying"}.isdisjoint(surfaces("I knew I would not fall. We were never flying."))
    assert keyword("I was flying over the city.", "flying").motif == "flying"
    assert keyword("The leaves fell.", "fell").motif == "falling"


def test_people_only_talked_about_are_not_drawn() -> None:
    from renderer.dream import parse_dream
    from renderer.mapping import analyze

    def people(text: str) -> list[str]:
        plan = analyze(parse_dream(text, "test"))
        return [k.text for s in plan.sentences for k in s.named if k.motif == "figure"]

    assert people('"Where did my brother go?" I asked the owl.') == []
    assert people('Uncle Ray: "Come and see the pigs."') == []
    assert people("We slept at my cousin Dana's house.") == []
    # people in the scene are drawn, speaking or not
    assert people("My uncle met us at the gate.") == ["uncle"]
    assert people('The man said: "go home."') == ["man"]


def test_a_noun_of_direction_after_a_verb_of_going_is_not_imagery() -> None:
    from renderer.dream import parse_dream
    from renderer.mapping import analyze

    def motifs(text: str) -> list[str]:
        plan = analyze(parse_dream(text, "test"))
        return [k.motif for s in plan.sentences for k in s.named]

    assert motifs("I think I was going home, wherever that is now.") == []
    assert motifs("I found my car and drove it home.") == ["road"]  # the car, not 'home'
    assert motifs("We walked into the house.") == ["room"]
    assert motifs("The home was quiet.") == ["room"]


def test_a_motion_only_feared_or_denied_moves_nothing() -> None:
    from renderer.dream import parse_dream
    from renderer.mapping import analyze

    def motifs(text: str) -> list[str]:
        plan = analyze(parse_dream(text, "test"))
        return [k.motif for s in plan.sentences for k in s.named]

    assert "falling" not in motifs("I was afraid it will sink but it did not sink.")
    assert "falling" not in motifs("and we dont sink, we float on")
    assert "falling" in motifs("The stone began to sink slowly.")


def test_people_gone_described_or_added_as_a_comment_are_not_drawn_again() -> None:
    from renderer.dream import parse_dream
    from renderer.mapping import analyze

    def people(text: str) -> list[str]:
        plan = analyze(parse_dream(text, "test"))
        return [k.text for s in plan.sentences for k in s.named if k.motif == "figure"]

    assert people("I was back in the corridor and the nurse was gone.") == []
    assert people("My grandfather, who was a farmer, leaned on the gate.") == ["grandfather"]
    assert people("She had a kind face, my mother, and she laughed.") == []
    # people who are there stay
    assert people("There was a woman on the steps.") == ["woman"]
    assert people("It was a woman with a lamp.") == ["woman"]


def test_a_kind_of_person_a_hurried_contraction_and_a_handled_thing_are_read_right() -> None:
    from renderer.dream import parse_dream
    from renderer.mapping import analyze

    def motifs(text: str) -> list[str]:
        plan = analyze(parse_dream(text, "test"))
        return [k.motif for s in plan.sentences for k in s.named]

    assert motifs("The stage manager waved.") == ["figure"]  # no stage: the kind of manager
    assert motifs("i havent been there.") == []  # no 'haven'
    assert "floating" not in motifs("I swing the rope at the door.")
    assert "falling" in motifs("I fell down the stairs.")


def test_wood_as_stuff_is_a_thing_and_a_wood_is_a_forest() -> None:
    assert keyword("Inside, the carriage was all wood.", "wood").motif == "objects"
    assert keyword("The table was made of old wood.", "wood").motif == "objects"
    assert keyword("We walked into the wood at dusk.", "wood").motif == "forest"


def test_a_thing_gone_or_vanished_is_negated() -> None:
    assert keyword("The sand was black and the train was gone.", "train").negated
    assert keyword("The birds had all vanished.", "birds").negated
    assert not keyword("The moon disappeared behind a cloud.", "moon").negated
    assert not keyword("The whole field had gone dark blue.", "field").negated  # a change


def test_a_thing_nowhere_to_be_seen_is_negated() -> None:
    assert keyword("The moon was nowhere to be seen.", "moon").negated
    text = "The cat and the dog were nowhere to be found."
    assert keyword(text, "cat").negated and keyword(text, "dog").negated
    assert not keyword("The road was nowhere near the sea.", "road").negated


def test_night_is_a_time_read_by_the_daylight_not_imagery() -> None:
    assert "night" not in surfaces("We walked across the meadow at night.")
    assert keyword("The night sky was full of stars.", "night sky").motif == "stars"


def test_a_group_of_creatures_is_drawn_as_the_creatures() -> None:
    assert "flock" not in surfaces("A flock of flamingos stood in the water.")
    assert keyword("A swarm of bees rose from the hive.", "bees").motif == "butterflies"
    assert "swarm" not in surfaces("A swarm of bees rose from the hive.")
    assert keyword("A flock of them circled the tower.", "flock").motif == "birds"


def test_figures_that_are_numbers_or_skated_shapes_are_no_people() -> None:
    assert "figures" not in surfaces("My manager wants the quarterly figures by noon.")
    assert "figure" not in surfaces("Someone was skating figure eights on the ice.")
    assert keyword("Dark figures stood by the gate.", "Dark figures").motif == "shadow_figure"

@pytest.mark.parametrize(
    "place",
    ["café", "cafe", "restaurant", "pub", "diner", "bistro", "tearoom", "tea room", "canteen",
     "cafeteria", "brasserie", "tavern", "inn", "snack bar", "wine bar", "coffee house",
     "bakery", "patisserie", "cake shop", "deli", "ice cream parlour", "chip shop"],
)
def test_places_to_sit_and_eat_or_drink_read_as_the_cafe(place: str) -> None:
    assert keyword(f"We went into the {place} and sat down.", place).motif == "cafe"


def test_a_bar_is_the_cafe_where_drinks_are_near_not_a_bar_of_something() -> None:
    assert keyword("I ordered a drink at the bar.", "bar").motif == "cafe"
    assert keyword("We sat at the bar until it closed.", "bar").motif == "cafe"
    text = (
        "I found a bar of soap in my pocket. The prisoner was behind bars. "
        "There were iron bars on the window. I ate a chocolate bar. "
        "A soldier drank from his canteen."
    )
    assert not {"bar", "bars", "canteen"} & surfaces(text)


def test_everyday_things_are_read_as_things() -> None:
    text = "I put the lid on the teaspoon and the saucer. Sheets hung on the washing line."
    assert {k.text: k.motif for k in keywords(text)} == {
        "lid": "objects",
        "teaspoon": "objects",
        "saucer": "objects",
        "Sheets": "objects",
        "washing line": "objects",
    }
    assert "handle" not in surfaces("He couldn't handle it any more.")


def test_a_quantity_likened_to_an_image_is_a_figure() -> None:
    assert keyword("The desert turned into a sea of rolling dunes.", "sea").figurative
    assert keyword("I sorted through a mountain of old jumpers.", "mountain").figurative
    assert keyword("A carpet of leaves covered the path.", "carpet").figurative
    assert not keyword("A carpet of leaves covered the path.", "leaves").figurative
    assert not keyword("We walked along the wall of the house.", "wall").figurative
    assert not keyword("A wall of water rose up.", "wall of water").figurative
    assert keyword("A cloud of gnats hung over the pond.", "cloud").figurative
    assert not keyword("A cloud of gnats hung over the pond.", "pond").figurative
    assert not keyword("A single cloud hung over the pond.", "cloud").figurative
    assert not keyword("It was a cloud of violet and rose.", "cloud").figurative  # a cloud
    assert not keyword("A cloud of dust rose behind the cart.", "cloud").figurative

def test_an_adjective_as_a_thing_after_a_comma_is_a_simile() -> None:
    assert keyword("I saw a column of turning air, wide as a city.", "city").figurative
    assert not keyword("Just as a bell rang, I woke up.", "bell").figurative


def test_the_shape_of_stuff_likened_to_a_thing_is_a_figure() -> None:
    text = "I saw the vortex: a great column of turning air, wide as a city."
    assert keyword(text, "column").figurative
    assert not keyword("The stone column of the temple was cracked.", "column").figurative


def test_a_schoolmate_is_no_school_and_a_botanical_garden_is_a_garden() -> None:
    found = keywords("A girl I went to school with waved. We go to school with the twins.")
    found += keywords("The guard was a boy I had been at school with.")
    assert found and all(k.figurative for k in found if k.motif == "classroom")
    assert [k.motif for k in keywords("I got lost in the botanical gardens.")] == ["garden"]


def test_what_is_only_smelled_or_heard_is_not_drawn() -> None:
    found = {k.text: k for k in keywords("Inside, it smelled of woodsmoke and wet wool.")}
    assert found["woodsmoke"].sense == found["wool"].sense == "smell"
    assert not found["woodsmoke"].drawn
    found = {k.text: k for k in keywords("A smell of chlorine, and the water was green.")}
    assert found["chlorine"].sense == "smell" and found["water"].sense == ""
    found = {k.text: k for k in keywords("It smelled of rain, and the sea was grey.")}
    assert found["sea"].sense == "" and found["sea"].drawn
    found = {k.text: k for k in keywords("I could hear the sea. We listened to the owls.")}
    assert found["sea"].sense == found["owls"].sense == "sound"
    found = {k.text: k for k in keywords("I heard a noise and saw a fox by the river.")}
    assert found["fox"].sense == found["river"].sense == ""
    found = {k.text: k for k in keywords("The sound of rain on the roof woke me.")}
    assert found["rain"].sense == "sound" and found["roof"].sense == ""
    found = {k.text: k for k in keywords("I could not hear the band, only the sea below us.")}
    assert found["sea"].sense == "sound"  # heard in the music's stead
    found = {k.text: k for k in keywords("I could see the harbour, only the sea was grey.")}
    assert found["sea"].sense == ""

def test_what_a_telescope_stands_on_is_no_animal() -> None:
    found = keywords("The great telescope swung slowly on its mount.")
    assert "animal" not in {k.motif for k in found}


def test_a_fox_is_a_fox_not_a_wolf_and_a_cunning_person_or_a_channel_no_animal() -> None:
    text = (
        "A fox sat upright at the edge of the wood. Two foxes and a vixen crossed the lawn, a "
        "fox cub behind them. A red fox, an arctic fox and a fennec. A cub played where the "
        "fox slept. A wolf howled."
    )
    motifs = {(k.text, k.motif) for k in keywords(text)}
    assert {m for t, m in motifs if t in {"fox", "foxes", "vixen", "fox cub", "red fox",
                                          "arctic fox", "fennec", "cub"}} == {"fox"}
    assert ("wolf", "wolf") in motifs
    assert keyword("A bear cub climbed a tree.", "bear cub").motif == "bear"
    for idiom in (
        "He was crazy like a fox.",
        "The sly old fox had outfoxed us all.",
        "I was completely foxed by the question.",
        "We watched the news on Fox.",
    ):
        assert not [k for k in keywords(idiom) if k.motif == "fox"], idiom


def test_a_heron_and_the_other_waders_stand_in_the_water_not_a_flock_in_flight() -> None:
    text = (
        "A grey heron stood in the shallows. Herons, an egret, a stork, a bittern, an ibis and a "
        "flamingo waded in the lake. A crane stood in the reeds. Sparrows sang."
    )
    motifs = {k.text: k.motif for k in keywords(text)}
    assert {w: motifs[w] for w in ("grey heron", "Herons", "egret", "stork", "bittern", "ibis",
                                   "flamingo", "crane")} == dict.fromkeys(
        ("grey heron", "Herons", "egret", "stork", "bittern", "ibis", "flamingo", "crane"), "heron"
    )
    assert motifs["Sparrows"] == "birds"
    assert keyword("A heron flew low over the marsh.", "heron").motif == "birds"  # on the wing
    assert keyword("A spoonbill waded past.", "spoonbill").motif == "heron"  # not an animal
    machine = {k.text: k.motif for k in keywords("A crane lifted steel girders over the site.")}
    assert machine["crane"] != "heron"
    assert not [k for k in keywords("I craned my neck to see the stage.") if k.motif == "heron"]


def test_wood_named_with_other_stuff_is_the_stuff_not_a_wood() -> None:
    motifs = {k.text: k.motif for k in keywords("The lobby was all dark wood and brass.")}
    assert motifs["wood"] == "objects"
    assert {k.text: k.motif for k in keywords("We walked into a dark wood.")}["wood"] == "forest"


def test_a_word_after_a_possessive_is_a_noun() -> None:
    assert [k.motif for k in keywords("I was back in my grandfather's shed.")] == ["shed"]
    assert [k.motif for k in keywords("She's shed a tear.")] == []


def test_a_hotel_is_its_lobby_not_a_skyline() -> None:
    text = "I checked into a hotel, then a motel, then a hostel."
    motifs = {k.text: k.motif for k in keywords(text)}
    # a motel is its block of rooms round its pool (the lido), a hotel and a hostel their lobby
    assert motifs == {"hotel": "hall", "motel": "lido", "hostel": "hall"}


def test_a_closed_compound_is_named_by_its_head_only_after_a_real_word() -> None:
    motifs = {k.text.lower(): k.motif for k in keywords("The ringmaster bowed by a narrowboat.")}
    assert motifs.get("ringmaster") != "flowers"  # no 'ringm' before the aster
    assert motifs["narrowboat"] == "boat"
    # a two-word term written as one is that term, not its last word ('park': a meadow)
    assert keyword("Outside wasn't the carpark.", "carpark").motif == "carpark"


def test_a_sound_word_that_is_its_clauses_only_verb_leaves_the_thing_seen() -> None:
    motifs = {k.text.lower(): k.motif for k in keywords("The whole glacier hums one low note.")}
    assert motifs == {"glacier": "snowfield"}
    # beside another verb it is the sound's name, and the thing is only heard
    assert "gull" not in {k.text.lower() for k in keywords("The gull cries woke me.")}


def test_a_finite_verb_before_not_is_no_noun() -> None:
    text = "A fox crosses the slope and does not leave tracks. One does not expect it."
    assert "deer" not in {k.motif for k in keywords(text)}
    assert {k.motif for k in keywords("Two does grazed in the clearing.")} >= {"deer"}
    assert "deer" not in {k.motif for k in keywords("Her: This one does.")}


def test_small_things_and_vehicles_are_no_city() -> None:
    motifs = {k.text: k.motif for k in keywords("A hoop, a pram, a hearse and a boxcar.")}
    assert motifs == {"hoop": "objects", "pram": "objects", "hearse": "road", "boxcar": "train"}


def test_a_bowling_alley_is_a_hall_and_a_marquee_its_own_not_streets() -> None:
    text = "At the bottom was a bowling alley. Later the wedding marquee billowed."
    motifs = {k.text: k.motif for k in keywords(text)}
    assert motifs["bowling alley"] == "hall" and motifs["wedding marquee"] == "marquee"


def test_an_ice_rink_is_open_ice_not_a_street() -> None:
    motifs = {k.text: k.motif for k in keywords("We skated on the ice rink. The rink was huge.")}
    assert motifs == {"ice rink": "frozen_lake", "rink": "frozen_lake"}


def test_a_colour_something_went_is_a_colour_not_a_direction() -> None:
    text = "The lamps went orange. The valley had gone white."
    motifs = {k.text: k.motif for k in keywords(text)}
    assert motifs["orange"] == motifs["white"] == "hue"
    assert keywords("We went home.") == []  # where one went is still no imagery


def test_a_close_misspelling_is_read_as_the_term_the_narrator_says() -> None:
    motifs = {k.text: k.motif for k in keywords("A purpel lamp lit the windsheild.")}
    assert motifs["purpel"] == "hue"
    assert motifs["windsheild"] == "objects"
    assert not keywords("They were made of licorise.")  # nothing close enough is a term


def test_its_or_their_part_in_the_next_sentence_is_the_creatures() -> None:
    text = "There were nine cows. The sun lit their backs. One had a bell around its neck."
    motifs = {k.text: k.motif for k in keywords(text)}
    assert motifs["backs"] == motifs["neck"] == "cow"
    # a person's own part, or one with no creature before, is no imagery
    assert "head" not in {k.text for k in keywords("I turned my head. She bowed her head.")}


def test_earthworks_tents_and_ways_are_no_city_and_a_cable_car_is_a_hanging_cabin() -> None:
    text = "Up on the embankment stood a yurt by the roadway. We rode the cable car."
    motifs = {k.text: k.motif for k in keywords(text)}
    assert motifs["yurt"] == "objects" and motifs["roadway"] == "road"
    assert motifs["embankment"] != "city"
    assert motifs["cable car"] == "cable_car"  # its own picture (tests/test_cable_car.py)


def test_a_reflection_in_water_is_its_ripples_and_in_a_glass_a_mirror() -> None:
    water = {k.text: k.motif for k in keywords("Every flooded terrace held a reflection.")}
    glass = {k.text: k.motif for k in keywords("I saw my reflection in the hall mirror.")}
    assert water["reflection"] == "ripples"
    assert glass["reflection"] == "mirror"


def test_negation_runs_on_through_a_list() -> None:
    text = "I could not see a fence, a tree or a road. There were no clouds or stars."
    assert all(k.negated for k in keywords(text))
    # a new clause after the list is seen again
    listed = {k.text: k.negated for k in keywords("I saw no birds, but a fox ran past.")}
    assert listed == {"birds": True, "fox": False}


def test_foods_clothes_and_things_are_no_hall() -> None:
    text = "A potato, a carrot, socks, a rifle, a hive and a satellite dish lay in the field."
    motifs = {k.text: k.motif for k in keywords(text)}
    assert motifs["potato"] == motifs["carrot"] == "food"
    assert motifs["socks"] == "clothing"
    assert motifs["rifle"] == motifs["hive"] == motifs["satellite dish"] == "objects"


@pytest.mark.parametrize(
    ("text", "verb", "motif"),
    [
        ("A fox was trotting along the tramlines.", "trotting", "fox"),
        ("Tiny frogs were hopping up the steps.", "hopping", "frog"),
        ("Little crabs that scuttle sideways.", "scuttle", "crab"),
        ("A shoal of silver fish turned together.", "turned", "fish"),  # no whirlpool
        ("The starlings turned over the lake.", "turned", "birds"),
    ],
)
def test_a_creatures_gait_shows_the_creature(text: str, verb: str, motif: str) -> None:
    assert keyword(text, verb).motif == motif


@pytest.mark.parametrize(
    "text",
    [
        "The nearest lantern turned toward me.",
        "The statue turned away when I came near.",
        "Every flower in the room turned towards the window.",
    ],
)
def test_a_thing_turning_to_face_another_way_is_no_whirl(text: str) -> None:
    assert "vortex" not in {k.motif for k in keywords(text)}
    assert keyword("The old wheel kept turning.", "turning").motif == "vortex"  # still a spin


def test_a_persons_gait_shows_nothing() -> None:
    assert "hopped" not in surfaces("I hopped over the fence.")


def test_snow_flakes_are_snow_and_paint_flakes_are_not() -> None:
    assert keyword("Fat flakes drifted down past the window.", "flakes").motif == "snow"
    assert "flakes" not in surfaces("Paint flakes peeled off the door.")
    assert keyword("The shed had a tin roof.", "tin").motif == "silver"


def test_road_markings_are_the_road() -> None:
    assert keyword("Only sand and the yellow line in the middle.", "yellow line").motif == "road"


def test_a_numbered_place_is_no_name_and_a_hospital_bay_no_sea() -> None:
    assert keyword("I was back on Ward 9, doing the obs.", "Ward").motif == "ward"
    assert "Pickle" not in surfaces("We called the dog Pickle. Pickle ran off.")
    assert keyword("I did the obs in the bay with six beds.", "bay").motif == "ward"
    assert keyword("The boats sat in the bay.", "bay").motif == "beach"


def test_a_mine_is_a_cavern_and_mine_alone_is_no_place() -> None:
    assert keyword("On the screen was the inside of a coal mine.", "coal mine").motif == "cavern"
    assert "mine" not in surfaces("That book is mine.")


def test_a_second_verb_after_and_is_no_thing_and_swallows_are_birds() -> None:
    assert "stands" not in surfaces("A lizard stands on a rock and stands there.")
    text = "There were poppies and swallows going low over the wheat."
    assert keyword(text, "swallows").motif == "birds"
    assert "swallow" not in surfaces("I took a swallow of tea.")


def test_a_candles_flame_is_its_light_not_a_fire() -> None:
    text = "I lit a single candle on the table and watched the flame."
    assert keyword(text, "flame").motif == "lanterns"
    assert keyword("Flames poured out of the windows of the barn.", "Flames").motif == "fire"


def test_the_sense_of_a_place_holds_into_the_sentences_after_it() -> None:
    """A station's platform, an airport's carousel: named a sentence or two after the place
    that cues them, they keep its sense; a sense that its own sentence cues does not carry."""
    text = "We got to the station late. It was empty. I waited on the platform."
    assert keyword(text, "platform").motif == "station"
    airport = "I was in the baggage hall. The carousel started to turn."
    assert keyword(airport, "carousel").motif == "objects"
    assert keyword("We rode the carousel at the fair.", "carousel").motif == "carnival"
    flight = "A heron flew over us. Later a heron stood in the shallows."
    assert [k.motif for k in keywords(flight) if k.text == "heron"] == ["birds", "heron"]


def test_a_place_word_keeps_its_sense_for_the_rest_of_the_dream() -> None:
    """The night market's stalls are still its stalls when they thin out sentences later; a
    word for a thing does not keep a sense ("shell" after a turtle's)."""
    text = (
        "The night market was open. At the first stall a heron sold noodles. We ate. "
        "Nobody spoke. We kept walking. The stalls thin out."
    )
    assert [k.motif for k in keywords(text) if k.text in ("stall", "stalls")] == ["market"] * 2
    turtle = "A turtle swam by with a barnacle on its shell. I ate. I slept. I found a shell."
    assert [k.motif for k in keywords(turtle) if k.text == "shell"][0] == "tortoise"
    assert [k.motif for k in keywords(turtle) if k.text == "shell"][-1] != "tortoise"


def test_a_quarry_is_rock_walls_and_a_ferry_terminal_a_hall() -> None:
    assert keyword("I was swimming in the old quarry.", "quarry").motif == "mountains"
    assert keyword("I was in a ferry terminal.", "ferry terminal").motif == "hall"
    assert keyword("The train pulled into the terminal.", "terminal").motif == "station"


def test_a_face_said_to_be_a_thing_is_a_figure_and_an_umbrella_no_rain() -> None:
    owl = "Its feathers were silver and its eyes were two amber moons."
    assert keyword(owl, "moons").figurative
    assert not keyword("The fox turned. Its eyes were green.", "green").figurative
    assert keyword("A man with a red umbrella stood there.", "umbrella").motif == "objects"


def test_a_misspelling_is_read_as_the_common_word_it_misses() -> None:
    """'machene' is a machine, not the botanist's 'achene' one letter away."""
    assert keyword("The coffee machene hissed.", "machene").motif == "objects"
    assert keyword("It was a lava feild.", "lava feild").motif == "volcano"  # in a term too
    assert keyword("She was eating chips at a table.", "chips").motif == "food"
    assert "chip" not in surfaces("A chip of stone flew off.")


def test_a_thing_still_moving_or_tilting_is_motion() -> None:
    assert keyword("The ferris wheel was still turning even tho it was late.", "turning")
    assert keyword("Then the whole hall tilts like a ship.", "tilts").motif == "falling"
    assert "turns" not in surfaces("The water turns cold.")


def test_what_pours_that_is_no_water_shows_itself() -> None:
    assert keyword("The fog pours out and rolls along the cobbles.", "pours").motif == "mist"
    assert keyword("The moths poured out.", "poured").motif == "moths"
    assert keyword("Water poured over the edge.", "poured").motif == "waterfall"


def test_a_car_washs_brushes_and_foam_and_a_trait_likened_to_a_thing() -> None:
    text = "I sat in the car inside the car wash. The brushes came down. Foam covered the glass."
    assert keyword(text, "brushes").motif == "objects"
    assert keyword(text, "Foam").motif == "bubbles"
    assert keyword("They spun with the patience of windmills.", "windmills").figurative
    assert keyword("The foam of the waves was white.", "foam").motif == "ocean"


def test_a_noun_after_a_determiner_and_an_adjective_is_a_noun() -> None:
    """The tagger reads 'the frozen lake at sunrise' as a plural and a verb."""
    found = keyword("You walk out onto the frozen lake before sunrise.", "lake")
    assert found.motif == "frozen_lake"  # read as the noun: a frozen lake, ice to walk on


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My dad stood by the gate.", "dad"),
        ("Mum was in the kitchen.", "Mum"),
        ("The vicar turned round.", "vicar"),
        ("A porter pushed an empty wheelchair.", "porter"),
    ],
)
def test_parents_and_people_named_by_their_work_are_people(text: str, word: str) -> None:
    people = [k for s in analyze(parse_dream(text, "t")).sentences for k in s.people]
    assert [k.text for k in people] == [word]


def test_a_canal_locks_chamber_is_its_water_not_a_hall() -> None:
    text = "We waited at the canal lock. A narrowboat slid into the chamber."
    assert keyword(text, "chamber").motif == "river"


def test_a_lighthouses_gallery_is_the_lighthouse_not_an_art_gallery() -> None:
    text = "I stepped out onto the gallery of the lighthouse in the gale."
    assert keyword(text, "gallery").motif == "lighthouse"
    assert keyword("We walked round the gallery looking at paintings.", "gallery").motif == "hall"


def test_a_cloud_among_the_stars_of_space_is_a_nebula() -> None:
    text = "Ahead of me hung a nebula. It was enormous, a cloud of violet and rose."
    assert keyword(text, "cloud").motif == "nebula"
    assert keyword("I floated in space. A great cloud of dust glowed ahead.", "cloud").motif == (
        "nebula"
    )
    assert keyword("The stars came out and a cloud covered the moon.", "cloud").motif == "clouds"


def test_the_earth_seen_from_space_named_just_before_is_the_planet() -> None:
    text = "I woke up in a corridor of a space station. Through the porthole I saw the Earth."
    assert keyword(text, "Earth").motif == "earth"
    assert keyword("We dug in the earth for potatoes.", "earth").motif == "meadow"


def test_a_shell_of_a_tortoise_an_egg_or_a_ruin_is_no_sea_shell() -> None:
    assert keyword("The tortoise pulled its head into its shell.", "shell").motif == "tortoise"
    mine = "I looked for the turtle. I found only her shell on a cloud."
    assert keyword(mine, "shell").motif == "tortoise"
    assert "shell" not in surfaces("The chick pecked through the egg's shell.")
    assert "shell" not in surfaces("Only the burnt shell of the house was left.")
    assert keyword("I picked a pink shell up off the beach.", "shell").motif == "ocean"


def test_until_dawn_or_before_sunset_is_a_time_not_the_sky() -> None:
    assert "dawn" not in surfaces("I stayed up polishing the glass until dawn.")
    assert "sunset" not in surfaces("We had to be home before sunset.")
    assert keyword("At dawn the sky went pink over the roofs.", "dawn").motif == "twilight"


def test_the_pink_of_sugar_mice_and_herons_fishing_in_a_simile_are_figures() -> None:
    text = "The cranes are the pale pink of sugar mice and swing like herons fishing."
    assert keyword(text, "mice").figurative and keyword(text, "fishing").figurative
    assert not keyword("The blue of the sea was everywhere.", "sea").figurative
    assert not keyword("I loved the red of her coat.", "coat").figurative


def test_overgrown_is_plants_growing_over_things_not_a_forest() -> None:
    assert keyword("The tracks were overgrown with foxgloves.", "overgrown").motif == "vines"


def test_someone_himself_not_there_is_not_drawn() -> None:
    assert keyword("Grandpa himself was not there, and I kept calling him.", "Grandpa").negated
    assert not keyword("Grandpa himself was there, calling me.", "Grandpa").negated


def test_a_noun_before_an_inflected_verb_is_its_subject() -> None:
    """"Then fish leapt": the fish leap (the tagger reads "fish" as a verb after "then")."""
    assert keyword("Then fish leapt over the waves.", "fish").motif == "fish"
    assert not [k for k in keywords("I wanted to fish there.") if k.text == "fish"]


@pytest.mark.parametrize(
    ("text", "word", "motif"),
    [
        ("I sat on the top deck of the night bus.", "deck", "bus"),
        ("We stood on the deck of the ferry.", "deck", "ocean"),
        ("The fish had silver scales.", "scales", "fish"),
        ("The pebbles on the beach were warm.", "pebbles", "beach"),
        ("There were pebbles at the bottom of the tank.", "pebbles", "objects"),
    ],
)
def test_a_bus_deck_a_fishs_scales_and_a_pebble_in_their_own_sense(text, word, motif) -> None:
    assert {k.text: k.motif for k in keywords(text)}.get(word) == motif


def test_a_musicians_scales_are_no_fish_and_a_pebble_no_mountain() -> None:
    practice = keywords("My piano teacher made me practise my scales.")
    assert "fish" not in {k.motif for k in practice}
    assert "mountains" not in {k.motif for k in keywords("I put a pebble in my pocket.")}


@pytest.mark.parametrize(
    ("text", "motif"),
    [
        ("She slipped the ring onto my finger.", "gems"),
        ("My grandmother's wedding ring was in the drawer.", "gems"),
        ("A stone dropped and rings spread across the pond.", "ripples"),
        ("We fought in a boxing ring.", None),
        ("The phone gave one ring and stopped.", None),
    ],
)
def test_a_ring_worn_is_a_jewel_and_on_the_water_a_ripple(text: str, motif: str | None) -> None:
    rings = {k.motif for k in keywords(text) if k.text.lower().split()[-1] in ("ring", "rings")}
    if motif is None:
        assert not rings & {"gems", "ripples"}
    else:
        assert rings == {motif}


@pytest.mark.parametrize(
    ("text", "stairs"),
    [
        ("Every few steps I found a shell.", False),
        ("I took two steps back.", False),
        ("A few steps further on there was a well.", False),
        ("Three steps led down to the cellar.", True),
        ("We took the steps down to the beach.", True),
        ("She sat on the front steps.", True),
    ],
)
def test_steps_taken_are_paces_and_steps_one_climbs_are_stairs(text: str, stairs: bool) -> None:
    assert ("stairs" in {k.motif for k in keywords(text)}) == stairs


def test_a_creatures_name_before_a_plants_names_the_plant() -> None:
    assert {"dog", "horse"}.isdisjoint(surfaces("Dog roses grew under the horse chestnut trees."))
    assert "dog" in surfaces("My dog ran through the roses.")
    assert "bees" in surfaces("A swarm of bees rose from the hive.")
