"""The words the scene director reads places by: prepositions, verbs of motion, words of
seeing from afar and of waking, and the like (renderer/director.py)."""

from __future__ import annotations

import re

LOCATIVES = frozenset(  # prepositions that put someone in a place (not "past", "near")
    {
        "in", "on", "at", "into", "onto", "inside", "within", "through", "across", "along",
        "over", "under", "beneath", "down", "up", "to", "among", "amid", "amidst", "upon",
        "throughout", "outside", "out", "around",
    }
)
COMPOUND_HEADS = ("house", "room", "hall", "yard")  # "the house" after "the glasshouse"
OVERHEAD = frozenset(["over", "above", "across"])  # a ride carries one over: "over the city"
OBJECT_PARTICLES = frozenset(["out"])  # a verb's own in "blocked out", "shut out"
AWAY = frozenset(  # words that part a place from its preposition: "a dream about the sea"
    ["about", "with", "without", "like", "than", "from", "off", "away", "for", "past"]
)
MOTION = frozenset(  # verbs that take someone somewhere: "went through the door into a hall"
    [
        "went", "came", "walked", "ran", "drove", "climbed", "stepped", "swam", "flew", "fell",
        "got", "wandered", "crawled", "floated", "drifted", "rode", "sailed", "rowed", "moved",
        "headed", "slipped", "jumped", "dived", "dove", "waded", "hurried", "rushed", "followed",
        "go", "come", "walk", "run", "drive", "climb", "step", "swim", "fly", "fall", "get",
        "wander", "crawl", "float", "drift", "ride", "sail", "row", "move", "head", "slip",
        "jump", "dive", "wade", "goes", "comes", "walks", "runs", "climbs", "steps", "falls",
        "gets", "going", "coming", "walking", "running", "driving", "climbing", "swimming",
        "flying", "falling", "floating", "drifting", "riding", "sailing", "began", "started",
        "took", "take", "takes", "taking", "follow", "follows", "following",
        "slid", "slide", "slides", "sliding", "rolled", "roll", "rolls", "rolling", "plunged",
        "plunge", "plunges", "plunging", "glided", "glide", "glides", "gliding",
    ]
)
SENDING = frozenset(  # verbs (lemmas) that send a thing off while its sender stays: "she
    # tipped the goldfish into the pond", "I threw a stone into the lake"
    [
        "throw", "toss", "tip", "drop", "fling", "hurl", "kick", "pour", "dump", "chuck", "lob",
        "flick", "spill", "empty", "dip", "dunk", "lower", "release", "skim", "launch", "sink",
        "post",
    ]
)
PARTICLES = frozenset(["down", "up", "back", "out", "off", "over", "away", "in", "it", "them"])
AMONG = frozenset(["among", "amongst", "amid", "amidst", "between"])  # "among the vines"
UPON = frozenset(["on", "onto", "upon", "across"])  # on a world's ground: "on the moon"
PLANT_PARTS = frozenset(  # what grows on a plant, not the plants a grove is made of
    ["root", "branch", "bough", "trunk", "twig", "stump", "stem", "thorn", "petal", "leaf"]
)
BEGINNING = frozenset(["began", "begins", "started", "starts"])  # "and the desert began"
ENDING = frozenset(["ended", "ends", "stopped", "stops"])  # "the forest ended": no more there
APPROACH = frozenset(["toward", "towards"])  # on the way there: a move once the last place fades
# a place after another, joined by these and not by these, qualifies it: "the creek at the
# foot of the pasture", "a cliff above a grey sea"
LINKS = LOCATIVES | {"of", "by", "beside", "near", "behind", "beyond", "above", "below"}
UNLINKS = frozenset(  # a new clause, or what a place turns into: "the yard turned into a meadow"
    ["and", "but", "then", "there", "here", "was", "is", "were", "are", "turned", "turns",
     "changed", "changes", "became", "become", "becomes", "gave", "gives", "giving"]
)
EXISTENTIAL = frozenset(["there", "here"])
AREAS = frozenset(  # a place's parts that are the place: "the city centre", "the forest edge"
    [
        "centre", "center", "centres", "outskirts", "edge", "edges", "middle", "heart",
        "streets", "square", "limits", "side", "end", "corner", "gates", "grounds", "interior",
        "aisle", "aisles", "courtyard", "courtyards",
    ]
)
ROOM_PARTS = frozenset(  # what a room is made of: "the floor was a lake" floods the room
    ["floor", "floors", "ceiling", "ceilings", "wall", "walls", "carpet", "floorboards", "roof"]
)
FILLINGS = frozenset(["water"])  # before another noun, what fills it: "the water tank"
WHOLLY = frozenset(["all", "just", "only", "entirely", "completely"])  # "it was all sand"
BE = frozenset(["was", "were", "is", "are", "been", "be"])
BECOMING = frozenset(  # "it was a prairie", "the gym became a pool", "turned into a cave"
    ["was", "were", "is", "are", "became", "becomes", "become", "into"]
)
AFAR = frozenset(  # words that see a place from elsewhere
    [
        "distance", "saw", "see", "sees", "seeing", "seen", "looked", "watched", "watches",
        "watching", "glimpsed", "spotted", "perceived", "beheld", "observed", "noticed", "gazed",
        "gazes", "gazing", "stared", "stares", "staring", "spied",
    ]
)
STARTING = frozenset(["started", "starts", "began", "begins"])  # where the dream starts
WAKING = frozenset(["woke", "wake", "wakes", "waking", "awoke", "awake", "awoken"])
SKY_AND_WEATHER = frozenset(  # what lies over a place: "snow lay on the rooftops"
    ["sky", "skies", "cloud", "clouds", "fog", "mist", "haze", "rain", "snow", "storm", "sun",
     "moon", "sunlight", "moonlight", "smoke"]
)
SCENE = frozenset(["it", "everything", "all", "outside"])  # the whole place: "it was snow"
SCENE_SUBJECTS = SCENE | {"this", "that", "there"}  # what becomes a place as the scene does
AIRCRAFT = frozenset(  # aircraft whose inside is an airliner's cabin, for someone aboard
    ["plane", "planes", "aeroplane", "aeroplanes", "airplane", "airplanes", "airliner", "jet",
     "jumbo"]
)
BOARDING = frozenset(["on", "in", "aboard", "inside", "onto", "into", "boarded", "board"])
THEIRS = frozenset(["their", "its"])  # what things have: "with their hulls to the sky"
HEDGES = frozenset(["really", "actually", "merely", "simply"])  # "is really a painting"
EARLIER = frozenset(["after", "since"])  # what came before: "after a drive up a mountain road"
CONTAINING = frozenset(["inside", "within"])  # "sea inside the fridge"
FALLING = frozenset(["rain", "snow", "storm"])  # weather that falls: in a room, seen outside
BELOW = frozenset(["under", "beneath", "below", "underneath"])  # "a cave under the ground"
BURIED = frozenset(["ground", "earth", "surface"])  # what a place under it is inside of
MIDST = frozenset(["middle", "centre", "center", "corner", "end", "far", "back"])  # of here
DEPTHS = frozenset(["back", "depths", "heart", "interior"])  # "at the back of the cave": in it
GOING_IN = frozenset(["inside", "in", "indoors"])  # "you go inside", "we went in"
AFTER_GOING = frozenset(  # what may follow "went in" or "went out" that names no place: a
    [  # new clause, or how one went
        "and", "then", "without", "quietly", "slowly", "alone", "together", "first", "again",
        "too", "carefully", "silently", "barefoot", "anyway",
    ]
)
GOING_OUT = frozenset(["outside", "out", "outdoors"])  # "we roped up and went out"
SURFACING = frozenset(["surfaced", "surfacing", "resurfaced"])  # up out of the water
GOING_IN_TO = frozenset(["into", "inside"])  # "we went into the cottage", "inside the castle"
OPEN_PLACES = frozenset(  # places of a motif drawn from outside that have no inside to go into
    ["village", "villages", "hamlet", "hamlets", "green", "courtyard", "courtyards"]
)
FORMATIONS = frozenset(  # the shapes in which things come: "in columns", "tears ran in rivers"
    ["columns", "rows", "lines", "circles", "waves", "sheets", "spirals", "ribbons", "rivers",
     "streams", "pillars", "shafts", "curtains", "torrents", "cascades", "heaps", "piles",
     "towers", "mountains", "drifts"]
)
TOY_MAKES = frozenset(  # what makes a place or a vessel a toy: "paper boats", "a model village"
    ["paper", "toy", "model", "cardboard", "plastic", "origami", "lego", "miniature", "clockwork",
     "gingerbread", "matchbox", "dolls", "doll's"]
)
ASKING = frozenset(["asked", "answered", "replied", "added"])  # more ways of saying
TELLING = frozenset(  # the dreamer's past, told: "I was waiting", "we found", "I dreamed"
    ["was", "were", "dreamed", "dreamt", "found", "had", "saw", "went", "walked", "sat"]
)
REPORTING = frozenset(  # someone's words or belief, not the dream's telling: "she said it was
    [  # a town"
        "said", "says", "told", "tells", "explained", "explains", "claimed", "claims",
        "insisted", "insists", "whispered", "whispers", "announced", "announces", "swore",
        "promised", "believed", "believes", "reckoned", "reckons",
    ]
)
FAR = frozenset(
    [("far", "off"), ("far", "away"), ("far", "below"), ("far", "above"), ("far", "ahead")]
)
BESIDE = frozenset(["beside", "near", "behind", "by", "alongside", "nearby"])
NOUNS = frozenset(["NN", "NNS"])  # a place word before a noun qualifies it: "the city lights"
TURNED = tuple(  # "the boards turned to grass", "the path turns into a jetty"
    [verb, to] for verb in ("turned", "turns", "changed", "changes") for to in ("to", "into")
)
TURNED_OUT = ["out", "to", "be"]  # "it turned out to be a cave"
VANISHED = frozenset(["gone", "vanished", "disappeared"])  # a place not there any more: "the
# whole city was gone"
CHANGED = frozenset(["became", "becomes", "melted", "dissolved"])  # what a place does as it
# turns into another: "the kitchen became a forest"
CHANGED_INTO = frozenset(["turned", "turns", "changed", "changes", "gave", "gives"])  # the same,
# before "into", "to" or "way": "the quay turned into a beach", "the forest gave way to sand"
GAVE_WAY = (  # "the forest gave way to a wide beach": what the place turned into
    ["gave", "way", "to"], ["gives", "way", "to"], ["give", "way", "to"], ["giving", "way", "to"]
)
RETURNING = frozenset(["back", "again", "returned", "return"])
WORD = re.compile(r"[\w']+")
NOT_NOUNS = frozenset(["JJ", "RB", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"])
DETERMINERS = frozenset(
    [
        "a", "an", "the", "some", "just", "all", "only", "now", "suddenly", "my", "your", "his",
        "her", "our", "their", "its", "this", "that", "every", "each", "another",
    ]
)
RETURNS = frozenset(["returned", "return", "returns", "returning"])  # "we returned"
RETURNED_THINGS = DETERMINERS | frozenset(  # returning a thing: "nobody returns anything"
    ["anything", "something", "everything", "nothing", "it", "them", "him", "her"]
)
PEOPLE = frozenset(
    [
        "i", "we", "you", "me", "us", "he", "she", "they", "him", "her", "them", "im", "i'm",
        "we're", "you're", "he's", "she's", "they're", "i'd", "we'd", "i've", "we've",
        "everything", "everyone", "everybody",
    ]
)
LOOKBACK = 6  # tokens between a preposition and its place ("at the edge of a dark lake")
PART_OF = 3  # more of them past a part of the place: "on the polished floor of a ballroom"
FUNCTION_WORDS = (  # words after a place that are surely no noun
    LOCATIVES | EXISTENTIAL | BECOMING | AWAY | DETERMINERS | UNLINKS | PEOPLE
    | {"of", "by", "with", "where", "which", "that", "who", "as", "had", "has", "have", "so"}
    | {  # prepositions the lemmatizer also reads as nouns ("the cave behind a waterfall")
        "behind", "beside", "above", "opposite", "toward", "towards", "underneath", "against",
        "during", "until", "via", "below", "beyond", "near", "past",
    }
    | {"it", "its", "this", "these", "those"}  # "inside the castle it was cold"
)
NOT_THINGS = FUNCTION_WORDS | frozenset(  # nouns after a place that name no thing of it: "the
    [  # aisles way too long", "a city night"
        "way", "home", "today", "tonight", "yesterday", "tomorrow", "morning", "night", "evening",
        "afternoon", "time", "times", "lot", "bit", "kind", "sort", "type",
    ]
)
LEADS = PEOPLE | {"and", "then", "so", "just", "finally", "also", "soon"}  # before a verb
PICTURES = frozenset(  # things a place can be seen in without being there
    [
        "mirror", "mirrors", "reflection", "reflections", "painting", "paintings", "picture",
        "pictures", "photo", "photos", "photograph", "photographs", "screen", "screens",
        "television", "tv", "postcard", "postcards", "poster", "window-pane", "window",
        "windows", "film", "films", "movie", "movies",
    ]
)
SHOWING = frozenset(
    ["show", "shows", "showed", "shown", "showing", "reflect", "reflects", "reflected",
     "reflecting", "depict", "depicts", "depicted", "depicting", "about"]
)
ANOTHER_ONE = (  # a sentence about one more of the pictures just shown: "In another, ..."
    ["in", "one"], ["in", "another"], ["in", "the", "next"], ["in", "the", "last"],
    ["in", "the", "other"], ["in", "the", "third"], ["in", "the", "second"],
)
IN_OR_ON = frozenset(["in", "on", "into", "onto", "inside", "upon"])  # in or on a thing oneself
SEATS = frozenset(["chair", "seat", "bench", "stool"])  # sat on wherever one is: a chair of a
# ski lift, a bench in the park, a seat on the bus furnish no room
ROOFS = frozenset(["roof", "roofs"])  # a building's outside top: one on it is in the open air
# parts of a building one is out of doors on: "the roof of a house"
EXTERIOR_PARTS = ROOFS | frozenset(
    [
        "rooftop", "chimney", "chimneys", "porch", "veranda", "verandah", "balcony", "terrace",
        "eaves", "gable", "parapet", "fire escape", "patio", "portico", "steps",
    ]
)
ENTERING = frozenset(["into", "onto", "inside", "aboard"])  # going in: "got into the lift"
ARRIVING = frozenset(  # verbs whose object is where one gets to: "we reached a night market"
    ["reached", "reach", "reaches", "entered", "enter", "enters"]
)
ROAMING = frozenset(  # verbs whose object is where one goes about: "we explored the castle"
    [
        "explore", "explored", "explores", "exploring", "search", "searched", "searches",
        "searching", "roam", "roamed", "roams", "roaming", "wander", "wandered", "wanders",
        "wandering", "patrol", "patrolled", "patrols", "patrolling", "prowl", "prowled",
        "prowling", "toured", "touring", "comb", "combed", "combing", "scour", "scoured",
        "scouring",
    ]
)
CLAUSE_LINKS = frozenset(["and", "but", "while"])  # words that can start another clause
NEXT = frozenset(["when", "then", "so"])  # what came next: "and when I pushed them open"
SUBORDINATORS = frozenset(  # what opens a clause within another: "just as the rain came"
    ["as", "until", "till", "because", "before", "after", "once", "when", "whenever", "while"]
)
SPEAKERS = frozenset(  # who speaks a line of dialogue written as a script ("Mum: ...")
    ["mum", "mom", "mam", "dad", "mother", "father", "nan", "gran", "grandma", "grandpa",
     "sister", "brother", "man", "woman", "boy", "girl", "guy", "lady", "stranger", "voice",
     "friend", "boss", "doctor", "nurse", "teacher", "guard", "driver", "officer", "child"]
)
BUSES = frozenset(["bus", "minibus", "coach", "trolleybus"])  # aboard one: its inside
MOUNTS = frozenset(  # what one rides on top of, out in the open air: no inside to be in
    ["bike", "bicycle", "motorbike", "motorcycle", "scooter", "skateboard", "horse", "pony",
     "donkey", "camel", "sledge", "sled", "sleigh", "unicycle", "tricycle"]
)
CARRIERS = frozenset(  # things that carry whoever is in them where they go
    [
        "train", "tram", "carriage", "subway", "tube", "metro", "bus", "coach", "car", "taxi",
        "cab", "truck", "lorry", "van", "boat", "ship", "ferry", "raft", "canoe", "rowboat",
        "yacht", "liner", "plane", "aeroplane", "airplane", "jet", "lift", "elevator",
        "escalator", "balloon", "rocket", "spaceship", "sled", "sleigh", "gondola", "cable car",
    ]
)
DREAMER = frozenset(["i", "we", "you", "i'm", "we're", "you're", "im"])
INTO_IT = frozenset(["in", "into", "inside", "through", "onto"])  # "we were standing in it"
DREAMER_SENT = frozenset(["me", "us", "you", "myself", "ourselves", "yourself"])  # "dumped us"
SEEING = frozenset(["watch", "see", "hear", "feel", "let"])  # "I watched the car drive away"
ONWARD = frozenset(  # where a thing goes on to: "wound through the valley"
    ["through", "past", "down", "up", "into", "across", "along", "over", "around", "round",
     "away", "off", "out", "towards", "toward", "between", "beneath", "under", "beyond"]
)
ONLY = frozenset(["just", "only", "merely", "simply", "probably"])  # an explanation: "it was
# just the wind"
OBJECTS = frozenset(["it", "them", "him", "me", "us", "you"])  # what a preposition holds
HOLDING = frozenset(  # what a thing holds inside it: "a tin that held a whole beach inside"
    ["held", "holds", "hold", "holding", "contained", "contains", "contain", "containing", "with"]
)
WITHIN = frozenset(["inside", "within"])  # what is in a building: "the stairs inside the tower"
INSIDE_IT = (["inside", "it"], ["in", "it"], ["inside", "them"], ["within", "it"])  # in a thing
REMEMBERING = frozenset(  # "what I remember from the forest": it was there, not from there
    ["remember", "remembered", "remembers", "recall", "recalled"]
)
DREAMS = frozenset(["dream", "dreams", "nightmare", "nightmares"])  # "the greenhouse dream"
RUNS_IN = frozenset(  # the place a way runs through: "a path through the woods"
    ["through", "across", "over", "between", "among", "amongst", "around", "round", "along",
     "in", "on", "up", "down", "into", "beside", "under", "beneath"]
)
EMERGING = re.compile(  # coming out of a place just passed through: "when it came out"
    r"\b(?:came|come|comes|coming) out\b(?! of)|\bemerged\b|\bout the other side\b"
)
BEYOND = frozenset(["behind", "beyond", "through", "past"])  # "behind the door was a mountain"
DOORS = frozenset(
    ["door", "doors", "doorway", "gate", "gates", "curtain", "curtains", "hatch", "trapdoor"]
)
CLAUSE_JOINS = frozenset(["and", "but", "only", "just", "then", "instead"])  # a clause after
ONLY = frozenset(["only", "just"])  # "there was no floor, only sand"
NOTHING_BUT = ["nothing", "but"]  # "there was nothing but sea"
WISHED = frozenset(  # a place wished, hoped for or owed is not where one is (a place to come
    # is: a dream told in the future tense happens there)
    ["want", "wants", "wanted", "wanting", "wish", "wished", "wishing", "hope", "hoped", "hoping",
     "longed", "longing", "planned", "planning", "promised", "ought", "supposed", "meant"]
)
AWAITING = frozenset(  # what one waits or looks for is elsewhere: "waiting for the lift"
    ["wait", "waits", "waited", "waiting", "look", "looks", "looked", "looking", "search",
     "searched", "searching", "queued", "queuing", "queueing", "headed", "heading", "set"]
)
AUXILIARIES = frozenset(  # verbs before the one that says what someone does: "we kept rowing"
    ["am", "is", "are", "was", "were", "be", "been", "kept", "keep", "started", "start",
     "began", "begin", "had", "have", "has", "did", "could", "would", "will", "just"]
)
ROWING = frozenset(  # moving a boat by hand, which is always on the water: "we rowed home"
    ["row", "rows", "rowed", "rowing", "paddle", "paddles", "paddled", "paddling", "punted",
     "punting"]
)
SAILING = frozenset(  # taking a boat across the water: "we rowed the boat", "I sailed a dinghy"
    [
        "row", "rows", "rowed", "rowing", "sail", "sails", "sailed", "sailing", "paddle",
        "paddles", "paddled", "paddling", "punt", "punted", "punting", "pole", "poled", "poling",
        "crossed", "cross", "crossing",
    ]
)
BOUND_FOR = frozenset(["to", "towards", "toward", "for", "past", "across"])  # where one goes
PASSED = frozenset(["between", "among", "amongst"])  # what a vessel passes: "between the islands"
GETTING = frozenset(  # getting on board: "I got on", "we climbed in"
    ["got", "get", "gets", "climbed", "climb", "stepped", "step", "hopped", "jumped"]
)
ABOARD = frozenset(["on", "in", "aboard", "inside"])  # a note's "on the bus home": aboard it
VESSEL_PARTS = frozenset(  # "in the hold of a cargo ship", "on the deck of the ferry", "in the
    [  # basket of a balloon": aboard it
        "hold", "holds", "deck", "decks", "cabin", "cabins", "galley", "bow", "bows", "stern",
        "hull", "bridge", "cockpit", "mast", "rigging", "bunk", "belly", "prow", "wheelhouse",
        "corridor", "corridors", "bottom", "basket",
    ]
)
FAIR_RIDES = frozenset(  # rides of a fair: on one, one is at the fair ("at the top of a
    # ferris wheel", "we rode the carousel"); only seen, a thing there
    ["ferris wheel", "big wheel", "roller coaster", "rollercoaster", "carousel", "merry-go-round",
     "dodgems", "waltzer", "helter skelter", "helter-skelter", "ghost train"]
)
RIDING = frozenset(  # taking a vehicle along a road: "I was driving a truck", "we took a taxi"
    [
        "drive", "drives", "drove", "driving", "driven", "ride", "rides", "rode", "riding",
        "ridden", "steer", "steered", "steering", "took", "take", "taking", "caught", "catch",
        "boarded", "board", "hitched", "hitchhiked",
    ]
)
OPENING = frozenset(["open", "opens", "opened", "opening", "led", "leads", "lead"])
ON_THE_WAY = [  # going somewhere, not there yet: "on a train going to the sea"
    [verb, "to"] for verb in ("going", "heading", "driving", "travelling", "traveling", "sailing")
]
WINDOWS = frozenset(
    ["window", "windows", "windscreen", "windshield", "porthole", "skylight", "casement", "dormer",
     "oriel"]
)
OVERLOOKING = frozenset(["overlooking", "facing", "above", "under", "on"])  # "a café on the quay"
LOOKING_OUT = frozenset(["out", "through", "outside", "beyond"])  # "out of the window"
CLIMBING = MOTION | {"up", "down", "ascended", "descended", "mounted"}  # "up the stairs"
OF_PLACE = frozenset(["of", "in", "inside", "within"])  # "the stairs of the lighthouse"
