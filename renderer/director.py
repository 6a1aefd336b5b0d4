"""The scene director: from a ScenePlan (what each sentence names) to a SceneScript (where each
passage happens and what each sentence is about), the way a careful reader stages a dream.

- The setting: a place the dream is in (assets/direction.toml names the motifs that are
  places). A place named where someone is or goes ("in the corridor", "came out onto a
  beach"), one the place turns into ("then it was a prairie"), one that is there ("there was
  a forest") or one that opens a paragraph starts a new passage there; the place in force
  fades while it goes unnamed, so a lighter mention later moves the dream too. Things,
  vehicles and materials, views from afar, qualifiers ("the city lights") and places only
  talked about never move it (assets/setting_words.toml); a road is where the dreamer is on it
  or rides one of its vehicles, else a way through the place in force (direction.toml
  [travelled]); a snowfield, outer space or the sky one is in is the open air, a setting of
  sky and weather with no ground. Sentences before the first place are already in it (and
  it holds as firmly as it was named there). The sky and the weather a passage names join
  its setting from where they are named.
- The focus: the sentence's own imagery, strongest first: things, creatures and lights before
  places, the sky and the weather, before people, and catch-all things last; colour, material
  and motion are accents. Catch-all motifs never set the scene (a place noun with no picture
  of its own is read in its nearest pictured place: assets/lexicon_places.toml), and negated
  or figurative imagery (keyword.negated / keyword.figurative) is never drawn as focus or
  setting.

The script is pure data; renderer/timeline.py lays it out in time.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import groupby, takewhile
from typing import Any, NamedTuple

from renderer import paths
from renderer import place_words as pw
from renderer.colored import named_colors
from renderer.dream import Sentence
from renderer.errors import ReverieError
from renderer.mapping import default_matcher
from renderer.mapping.daylight import in_its_time
from renderer.mapping.matcher import (
    DIRECTIONS,
    Token,
    TokenTags,
    after_possessive,
    bare_after_be,
    forms,
    readings,
    sentence_tags,
    tokenize,
)
from renderer.mapping.plan import Keyword, MotifScore, ScenePlan, SentencePlan
from renderer.number import single_motifs
from renderer.place_strength import (
    ABOUT,
    BECOMES,
    LOCATIVE,
    MENTION,
    MENTION_THERE,
    PRESENT,
    RIDES,
    SHIFTS,
    all_there,
    clause_start,
    held_inside,
    next_in_clause,
    only_a_picture,
    opens_outside,
    place_strength,
    seen_from_the_dreamer,
    seen_through_window,
    there_instead,
    token_index,
)
from renderer.spelling import is_known

ROLES = ("place", "sky", "weather", "subject", "figure", "accent", "generic")
OPEN_AIR_LIFE = frozenset(["fauna", "flora", "land", "weather_elements", "water"])  # families
FOCUS_WEIGHT = {
    "subject": 1.0, "place": 0.85, "sky": 0.7, "weather": 0.7, "figure": 0.5, "generic": 0.35
}
RANK_WEIGHT = {"generic": 0.2, "figure": 0.3}  # catch-alls and people never lead a dream
MAX_FOCUS = 2  # focal motifs per sentence
COLORED = 1.5  # how much more a thing the sentence gives a colour counts for its focus
SECOND_FOCUS = 0.5  # a second focal motif needs this share of the first one's score
MAX_SCENERY = 2  # sky and weather motifs kept in a setting (the latest named)
LIST_RUN = 3  # short paragraphs in a row that make a list
ITEM_SENTENCES = 2  # the most sentences of a list's item
MOVES = 0.7  # a place named at least this strongly starts a passage there
FADE = 0.15  # how much a place in force fades per sentence that does not name it
_FIRMLY = (LOCATIVE, BECOMES, PRESENT)  # how the open air is named where one is
_TABLES = (  # the file's other tables
    "indoors", "under", "own", "house", "place_things", "travelled", "insides", "outsides",
    "afloat", "aloft", "groves", "grounds", "above", "on_water", "materials",
)  # fmt: skip


@dataclass(frozen=True)
class SentenceDirection:
    index: int
    passage: int
    setting: tuple[str, ...]  # the place in force first (when there is one), then its scenery
    focus: tuple[str, ...]  # the sentence's focal motifs, strongest first
    accents: tuple[str, ...]  # its other drawable imagery (drawn when a slot is free)
    cues: dict[str, int]  # motif -> offset in the dream text of its first keyword here
    outside: tuple[str, ...] = ()  # its focus and accents seen through the windows of the
    # indoor place in force: drawn behind the interior
    heard: tuple[str, ...] = ()  # what it only hears ("I could hear the sea"): sounds, unseen
    colors: dict[str, str] = field(default_factory=dict)  # motif -> the hex colour it names
    # for it ("a green moon": renderer/colored.py)


@dataclass(frozen=True)
class Passage:
    index: int
    first: int  # its first and last sentence
    last: int
    place: str | None  # None: no place named yet, or the open air
    anchor: str | None = None  # the motif that shows its setting: the place, or the open air's


@dataclass(frozen=True)
class SceneScript:
    sentences: tuple[SentenceDirection, ...]
    passages: tuple[Passage, ...]
    motifs: tuple[MotifScore, ...]  # the dream's motifs as drawn, strongest first
    single: frozenset[str] = frozenset()  # the motifs the dream only ever names one of ("a
    # lantern", never "lanterns"): drawn as one thing where their layers can

    def opening(self) -> tuple[str, ...]:
        """The setting the dream opens in (for the menu and the title card)."""
        return self.sentences[0].setting if self.sentences else ()


@cache
def _table() -> dict[str, Any]:
    path = paths.assets_dir() / "direction.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ReverieError(f"{path}: cannot read the direction table ({error})") from None


@cache
def roles() -> dict[str, str]:
    """motif -> role, from assets/direction.toml."""
    path = paths.assets_dir() / "direction.toml"
    found: dict[str, str] = {}
    for role, motifs in _table().items():
        if role in _TABLES:
            continue
        if role not in ROLES or not isinstance(motifs, list):
            raise ReverieError(f"{path}: {role!r} is not a role ({', '.join(ROLES)})")
        for motif in motifs:
            if motif in found:
                raise ReverieError(f"{path}: {motif!r} has two roles")
            found[motif] = role
    return found


@cache
def indoors() -> frozenset[str]:
    """Places whose pictures are rooms: no sky or weather in their setting."""
    return frozenset(_table().get("indoors", {}).get("places", ()))


@cache
def under_water() -> frozenset[str]:
    """Places under the water: no sky, weather or water's surface drawn there."""
    return frozenset(_table().get("under", {}).get("places", ()))


@cache
def owned() -> dict[str, frozenset[str]]:
    """Place -> the motifs it draws as its own (a cavern's rock)."""
    return {place: frozenset(m) for place, m in _table().get("own", {}).items()}


@cache
def _surfaces() -> frozenset[str]:
    """The motifs of a water's surface, not drawn from under the water."""
    return frozenset(_table().get("under", {}).get("surfaces", ()))


def _above_water(motif: str) -> bool:
    """Whether the motif is seen only above the water: the sky, the weather, a surface."""
    return role_of(motif) in ("sky", "weather") or motif in _surfaces()


@cache
def outsides() -> dict[str, str]:
    """Indoor places -> the place that pictures them from outside, where one is not in them
    (a shed in a meadow is a farm building there, not a shed's inside)."""
    return dict(_table().get("outsides", {}))


@cache
def groves() -> dict[str, str]:
    """Things that stand together as a place -> that place: among them, one is there."""
    return dict(_table().get("groves", {}))


@cache
def grounds() -> dict[str, str]:
    """Worlds in the sky and stuff one can stand on -> the place that is their ground."""
    return dict(_table().get("grounds", {}))


@cache
def insides() -> dict[str, str]:
    """Places drawn from outside -> the place drawn once someone goes in (a village's house,
    a room)."""
    return dict(_table().get("insides", {}).get("places", {}))


@cache
def above() -> dict[str, str]:
    """Open air one can be in or above ([open_air] within in assets/setting_words.toml) -> the
    place drawn for it there: the sea of clouds under one up in the clouds."""
    return dict(_table().get("above", {}))


@cache
def climbed() -> frozenset[str]:
    """The motifs of stairs that lead up inside a place of [insides]: climbed, one is in."""
    return frozenset(_table().get("insides", {}).get("climbed", ()))


@cache
def house() -> frozenset[str]:
    """The rooms of a house: a furnishing of one stands in whichever of them one is in."""
    return frozenset(_table().get("house", {}).get("rooms", ()))


@cache
def ways() -> frozenset[str]:
    """Roads, paths and trails: they run through any place, so they are things in it."""
    return frozenset(_table().get("place_things", {}).get("ways", ()))


@cache
def travelled() -> frozenset[str]:
    """Places that are ways (a road): the setting only where someone is on one or rides one of
    its vehicles, else a thing in the place in force."""
    return frozenset(_table().get("travelled", {}).get("places", ()))


@cache
def through() -> frozenset[str]:
    """Travelled places that run through other places (a track: a lane, a path): the only
    place their sentence names, they are still a thing in the place in force."""
    return frozenset(_table().get("travelled", {}).get("through", ()))


def _travelled_kind(keyword: Keyword) -> str:
    """What a travelled place's keyword names: "way" (the motorway, a junction), "stop" (a
    place by the way: a petrol station, a truck stop) or "vehicle" (a car, its lights)."""
    table = _table().get("travelled", {})
    last = forms(keyword.text.lower().split()[-1])
    if last & (ways() | frozenset(table.get("ways", ()))):
        return "way"
    return "stop" if last & frozenset(table.get("stops", ())) else "vehicle"


@cache
def on_water() -> tuple[frozenset[str], frozenset[str]]:
    """(what is drawn on open water, the motifs of open water it is drawn on)."""
    table = _table().get("on_water", {})
    return frozenset(table.get("motifs", ())), frozenset(table.get("waters", ()))


@cache
def materials() -> frozenset[str]:
    """Materials drawn as a stuff of their own: one that colours a thing is only its colour."""
    return frozenset(_table().get("materials", {}).get("motifs", ()))


@cache
def vessels() -> frozenset[str]:
    """Things that carry the dreamer on the water (a boat): aboard one, one is on the water."""
    return frozenset(_table().get("afloat", {}).get("vessels", ()))


@cache
def aloft() -> dict[str, str]:
    """Things that carry the dreamer through the air (a cable car) -> the place one is over
    aboard one."""
    return dict(_table().get("aloft", {}))


@cache
def waters() -> tuple[str, ...]:
    """The places a vessel floats on, the one it is on when none is named or in force first."""
    return tuple(_table().get("afloat", {}).get("waters", ()))


@cache
def place_things() -> frozenset[str]:
    """Words of place motifs that name a thing in the place (a bed, a floor), as lemmas."""
    return frozenset(_table().get("place_things", {}).get("words", ()))


@cache
def _setting_words() -> dict[str, Any]:
    path = paths.assets_dir() / "setting_words.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ReverieError(f"{path}: cannot read the table of things ({error})") from None


@cache
def setting_things() -> frozenset[str]:
    """Words of place motifs that name a thing, a vehicle or a material: drawn, but they
    never set the scene."""
    return frozenset(_setting_words().get("things", {}).get("words", ()))


@cache
def open_air() -> frozenset[str]:
    """Words of sky and weather motifs that name somewhere to be (a snowfield, outer space)."""
    return frozenset(_setting_words().get("open_air", {}).get("words", ()))


@cache
def open_air_within() -> frozenset[str]:
    """Open-air words that are somewhere to be only from in or above them (the clouds)."""
    return frozenset(_setting_words().get("open_air", {}).get("within", ()))


def role_of(motif: str) -> str:
    return roles().get(motif, "accent")


def keyword_role(keyword: Keyword) -> str:
    """The keyword's role: its motif's, except that a place's furnishings, ways and vehicles
    are things (a travelled place's own ways and vehicles are its place: see _travelled)."""
    role = role_of(keyword.motif)
    text = keyword.text.lower()
    if keyword.motif in travelled():
        return role
    if role == "place" and (_named(keyword) & place_things() or forms(text.split()[-1]) & ways()):
        return "generic"
    return role


def _named(keyword: Keyword) -> set[str]:
    """The keyword's text with its last word in each of its forms ("roller coasters")."""
    words = keyword.text.lower().split()
    return {" ".join([*words[:-1], form]) for form in forms(words[-1])}


def sets_scene(keyword: Keyword) -> bool:
    """Whether a place keyword names somewhere to be (a truck, sand or a radiator does not)."""
    return not _named(keyword) & setting_things()


def in_open_air(keyword: Keyword) -> bool:
    """Whether a sky or weather keyword names somewhere to be: "a snowfield", "outer space",
    a sky of any kind ("a violet evening sky")."""
    last = forms(keyword.text.lower().split()[-1])
    return bool(_named(keyword) & open_air() or last & open_air() - open_air_within())


def _drawable(keyword: Keyword) -> bool:
    """Whether the keyword shows its motif as a place or scenery: not negated, only smelled or
    heard, an idiom or a figure, nor a catch-all."""
    return keyword.drawn and not keyword.figurative and keyword_role(keyword) != "generic"


class Where(NamedTuple):
    """Where a passage happens: a place, or the open air (place None) named by its sky or
    weather (anchor: the motif that shows it)."""

    place: str | None
    anchor: str


class SentencePlaces(NamedTuple):
    named: list[tuple[Where, float]]  # the places it names, each with its strength
    returning: bool  # it goes back somewhere ("back", "again"): a place seen before is firm
    goes_back: bool = False  # someone goes back ("I went back up", "we returned")
    goes_in: bool = False  # someone goes in, naming no place ("You go inside.")
    afloat: bool = False  # the dreamer is aboard a vessel ("I was in a rowing boat")
    building: str | None = None  # the inside of the last thing named that one can go into
    # (a lighthouse seen from the rocks: "We went inside.")
    bound_for: Where | None = None  # where the dreamer rides to ("on the bus to the park")
    view: Where | None = None  # the place an "Outside, ..." sentence shows
    outdoors: bool = False  # it shows the open air's life and nothing of a room: a view that
    # goes on ("outside: moor, thick fog" ... "sheep with lanterns round their necks")
    goes_out: bool = False  # someone goes out, naming no place ("we roped up and went out")
    comes_up: bool = False  # the dreamer comes up out of the water ("We surfaced next to...")
    undrawn: frozenset[int] = frozenset()  # where its places not to draw start: one named
    # before in more words ("the lift" after "a ski lift" is the mountain's), one it then
    # denies ("I walked on stage and there was no stage")


def _places(plan: ScenePlan) -> list[SentencePlaces]:
    """Per sentence: the places it names and whether it goes back."""
    found: list[SentencePlaces] = []
    paragraph = -1
    pictures = False  # the sentence before showed a picture: "In another, ..." is in one too
    pictured: Where | None = None  # the last place seen in a picture, until one steps in
    heads: dict[str, Where] = {}  # the last words of places named in more words: "the lake"
    # after "an underground lake" is that cave
    joined: set[str] = set()  # those of them last named inside one word: "the glasshouse"
    listed = _list_items(plan.dream.sentences)
    vehicle: Where | None = None  # the last vehicle named: "buses ... I got on one"
    earlier: set[str] = set()  # the places the sentences before named
    for sentence, sentence_plan in zip(plan.dream.sentences, plan.sentences, strict=True):
        opens, paragraph = sentence.paragraph != paragraph, sentence.paragraph
        framed, pictures = _framed(sentence, pictures)
        named: list[tuple[Keyword, Where]] = []
        furniture: list[tuple[Keyword, Where]] = []  # "the end of the bed": in a room
        origins = _origins(sentence, sentence_plan.keywords)
        for keyword in sentence_plan.keywords:
            if keyword.start >= framed and _drawable(keyword) and role_of(keyword.motif) == "place":
                pictured = Where(keyword.motif, keyword.motif)
            if keyword.start >= framed or _quoted(sentence, keyword):
                continue  # seen in a picture, or only talked about: "It's a shortcut," he said
            if keyword.start in origins:
                continue  # where something is from: "the whale skeleton from the museum"
            seat = forms(keyword.text.lower().split()[-1]) & pw.SEATS
            if _furnishes(keyword) and not seat and not _outside_part(keyword):
                furniture.append((keyword, Where(keyword.motif, keyword.motif)))  # (out on a
                # balcony one is still where one was)
            if not _drawable(keyword):
                continue
            role = keyword_role(keyword)
            grove = _grove(sentence, keyword) if role == "subject" else None
            # (after a place named in the sentence, the world is that place's whereabouts: "the
            # bowling alley was on the moon")
            ground = None if named else _ground(sentence, keyword, role, earlier)
            if role == "place" or grove is not None or ground is not None:
                place = grove or ground or keyword.motif
                named.append((keyword, Where(place, place)))
            elif role in ("sky", "weather") and _open_air(sentence, keyword):
                named.append((keyword, Where(None, keyword.motif)))
        unsaid = frozenset(k.start for k, _ in named if _unsaid(k, sentence_plan.keywords))
        named = [(k, w) for k, w in named if k.start not in unsaid]  # not where one is: "I
        # walked on stage and there was no stage"
        again = {k.start: _named_before(sentence, k, heads) for k, _ in named}
        renamed = frozenset(  # "the lift" after "a ski lift" is the mountain's, "the house"
            k.start  # after "the glasshouse" is the glasshouse (but "the lake" after "an
            for k, _ in named  # underground lake" is still drawn in the cavern)
            if (w := again[k.start]) is not None
            and w.place != k.motif
            and (w.place not in indoors() or k.text.lower() in joined)
        )
        named = [(k, again[k.start] or w) for k, w in named]
        earlier.update(w.place for _, w in named if w.place is not None)
        for k, w in named:
            head = _head(k.text.lower())
            if head is not None:
                heads[head] = w
                (joined.discard if " " in k.text else joined.add)(head)
        words = pw.WORD.findall(sentence.text.lower())  # back somewhere, not seeing it again
        returning = any(  # from afar, nor at the back of something
            word in pw.RETURNING and not (word == "back" and _the_back(words[:k]))
            for k, word in enumerate(words)
        ) and not set(words) & pw.AFAR
        tokens = tokenize(sentence.text, sentence.start) if named or furniture else []
        furniture = [(k, w) for k, w in furniture if not _a_things(tokens, k)]  # "its roof"
        named += [  # "I stepped onto the platform" (not "birds flew into the pipes"); "the
            (k, w)  # lane became the platform of a railway station": as firmly in the station
            for k, w in furniture
            if (
                _entered(tokens, k)  # (not a vehicle's own: "a school bus but inside it had
                and _dreamer_before(tokens, k)  # sofas")
                and not _a_vehicle_before(sentence_plan.named, k)
            )
            or (_on_the_roof(tokens, k) and not _a_vehicle_before(sentence_plan.named, k))
            or k.text.lower() not in pw.EXTERIOR_PARTS and _whole_of(tokens, k, named) is not None
        ]
        named.sort(key=lambda n: n[0].start)
        # things that may be what a place word is: "my room key was a seashell"
        settings = ("place", "sky", "weather")
        objects = frozenset(k.end for k in sentence_plan.named if role_of(k.motif) not in settings)
        weather = frozenset(k.end for k in sentence_plan.named if role_of(k.motif) == "weather")
        denied = next(  # "the mall is gone, there are trees leaning over a brown river"
            (k.end for k in sentence_plan.keywords if k.negated and role_of(k.motif) == "place"),
            None,
        )
        here = _strengths(sentence, opens, tokens, named, objects, denied, weather)
        if sentence.index in listed:  # a list's item is a picture of its own, and where a
            here = [(w, PRESENT if s == MENTION_THERE else s) for w, s in here]  # thing is
            # is its place: "- my dad's car parked on the roof of the library"
        lying = [  # "I was in the bath" (not "on the roof" of a narrowboat just named, nor
            w  # "I leaned over the railing")
            for k, w in furniture
            if _dreamer_on(tokens, k, pw.IN_OR_ON) and not _a_vehicle_before(sentence_plan.named, k)
        ]
        homely = named and {w.place for _, w in named} == {"room"}  # "at home", "the house"
        if homely and lying and lying[-1].place in house() - {"room"}:
            here = [(lying[-1], LOCATIVE)]  # "lying in the bath at home": in the bathroom
        elif furniture and (not named or lying and all(s < MOVES for _, s in here)):
            in_room = _strengths(sentence, opens, tokens, furniture, objects)  # someone on the
            woken = any(t.word in pw.WAKING for t in tokens)  # bed is in a room, when no place
            # is named firmly ("Mum woke me up and the dog was asleep on my bed": back in one's
            # room; "I was in the bath and the water was warm")
            firm = PRESENT if woken or lying else MENTION
            woke_in = [w for k, w in furniture if _woke_in(tokens, k)]  # "I reach for it
            here = [(w, firm) for w, s in in_room if s == LOCATIVE or w in woke_in] + here
            # and wake up in my own bed"
        if pictured is not None and not named and _steps_in(sentence):
            here, pictured = [(pictured, LOCATIVE)], None  # "I touched the glass and stepped
            # through": into the place the mirror showed
        tokens = tokens or tokenize(sentence.text, sentence.start)
        carriers = [
            _aboard(k, w) for k, w in named if forms(k.text.lower().split()[-1]) & pw.CARRIERS
        ]
        if any(forms(t.word) & pw.MOUNTS for t in tokens):
            vehicle = None  # "my old bike was there ... I got on": ridden in the open air
        if not carriers and vehicle is not None and (_boards_one(tokens) or _got_on(tokens)):
            here.append((vehicle, LOCATIVE))  # "I got on one", "i got on and the seats were
            # covered in moss": the bus just named
        rides = [
            Where(aloft()[k.motif], aloft()[k.motif]) for k in sentence_plan.named
            if k.motif in aloft() and not (k.negated or k.figurative)
        ]
        vehicle = carriers[-1] if carriers else rides[-1] if rides else vehicle  # (a cable
        # car one then climbs into is over its mountains)
        if any(_aboard_aircraft(tokens, k) for k in sentence_plan.named):
            here.append((Where("cabin", "cabin"), LOCATIVE))  # "I was on a plane"
        here += [  # "we rode a cable car up the mountain": over the mountains; "riding the
            (_ridden_over(tokens, k, named) or Where(aloft()[k.motif], aloft()[k.motif]), LOCATIVE)
            for k in sentence_plan.named  # lift over the rooftops of a city": over the city
            if k.motif in aloft()
            and (_aboard_ride(tokens, k) or _place_became(tokens, k, sentence_plan.named))
        ]
        aboard = [
            k for k in sentence_plan.named
            if _afloat(tokens, k) or _place_became_vessel(tokens, k, sentence_plan.named)
        ]
        rowing = _rowing(tokens)  # "we rowed between the reeds": in a boat, named or not
        if aboard:  # where the vessel goes or passes is no place one is: "the ferry to the island",
            later = {  # "the last ferry between the islands"
                k.motif for k, _ in named
                if k.start > aboard[0].start and _bound_for(tokens, k, pw.BOUND_FOR | pw.PASSED)
            }
            here = [
                (w, min(s, MENTION) if w.place in later and w.place not in waters() else s)
                for w, s in here
            ]
        buildings = [  # things drawn from outside that one can go into: a lighthouse
            k for k in sentence_plan.keywords
            if k.motif in insides() and role_of(k.motif) != "place" and _drawable(k)
            and k.start < framed and not _talked_about(sentence, k)
            and not _landmark(tokens, k, named)
        ]
        here += _inside_buildings(sentence, opens, tokens, buildings, sentence_plan.keywords)
        building = insides()[buildings[-1].motif] if buildings else None
        found.append(
            SentencePlaces(
                here, returning, _goes_back(sentence), _goes_in(sentence),
                bool(aboard) or rowing, building, _ridden_to(tokens, named, here, bool(aboard)),
                _outside_view(tokens, named), _outdoors(sentence_plan.named),
                _goes_out(sentence), _comes_up(sentence), unsaid | renamed,
            )
        )
    return found


def _landmark(tokens: list[Token], keyword: Keyword, named: list[tuple[Keyword, Where]]) -> bool:
    """Whether the keyword names only where a place named before it stands: "my allotment is
    behind the railway line" (not "we stood beside the lighthouse")."""
    if not tokens or not any(k.start < keyword.start and w.place for k, w in named):
        return False
    at = token_index(tokens, keyword.start)
    before = [t.word for t in tokens[:at] if t.word not in pw.DETERMINERS]
    return bool(before) and before[-1] in pw.BESIDE | pw.BEYOND


def _whole_of(
    tokens: list[Token], keyword: Keyword, named: list[tuple[Keyword, Where]]
) -> int | None:
    """Where the place starts whose part the keyword names, right after it ("in the courtyard
    of the castle" is in the castle, "on the roof of the old barn" on the barn), or None."""
    last = keyword.text.lower().split()[-1]
    if last not in pw.AREAS and not forms(last) & place_things():
        return None
    after = next_in_clause(tokens, keyword)
    if after is None or tokens[after].word != "of":
        return None
    rest = [t for t in tokens[after + 1 : after + 4] if t.word not in pw.DETERMINERS]
    starts = {k.start for k, w in named if w.place}
    return next((t.start for t in rest if t.start in starts), None)


def _in_a_later_clause(tokens: list[Token], keyword: Keyword, at: int) -> bool:
    """Whether the keyword comes after the text position `at`, in a clause joined after it
    ("the theme park had gone and the boat was floating down a stream in a forest")."""
    between = [t for t in tokens if at <= t.start < keyword.start]
    return keyword.start > at and any(t.brk or t.word in pw.CLAUSE_JOINS for t in between)


def _unsaid(keyword: Keyword, keywords: tuple[Keyword, ...]) -> bool:
    """Whether the sentence denies the place by its own name later on: "I walked on stage and
    there was no stage" (not "a cathedral, though there were no pews")."""
    head = forms(keyword.text.lower().split()[-1])
    return any(
        k.negated and k.start > keyword.start and forms(k.text.lower().split()[-1]) & head
        for k in keywords
    )


def _list_items(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The sentences that open the items of a list: paragraphs of at most ITEM_SENTENCES
    sentences, in a run of at least LIST_RUN such paragraphs (a list of fragments)."""
    sizes = Counter(s.paragraph for s in sentences)
    items: set[int] = set()
    for short, group in groupby(sentences, key=lambda s: sizes[s.paragraph] <= ITEM_SENTENCES):
        run = list(group)
        firsts = [s.index for k, s in enumerate(run) if not k or run[k - 1].paragraph < s.paragraph]
        if short and len(firsts) >= LIST_RUN:
            items.update(firsts)
    return frozenset(items)


def _outside_view(tokens: list[Token], named: list[tuple[Keyword, Where]]) -> Where | None:
    """The open-air place a sentence that opens looking outside shows first: "Outside was a
    vineyard", "outside: moor, thick fog, a stone wall", "Out of the window, a vineyard"."""
    if not opens_outside(tokens):
        return None
    return next(
        (
            w for k, w in named
            if w.place is not None and w.place not in indoors() and keyword_role(k) == "place"
        ),
        None,
    )


def _family(motif: str) -> str:
    """The motif's family in the lexicon (fauna, flora, land...)."""
    found = default_matcher().lexicon.motifs.get(motif)
    return found.family if found is not None else ""


def _outdoors(keywords: tuple[Keyword, ...]) -> bool:
    """Whether a sentence shows the open air's life (creatures, plants, land, weather, water)
    and nothing of a room (its places, furniture, windows)."""
    drawn = [k for k in keywords if k.drawn and not k.figurative]
    indoor = any(
        k.motif in indoors() or _named(k) & place_things() or _glazing(k) for k in drawn
    )
    life = [k for k in drawn if keyword_role(k) != "generic"]  # no food, no catch-alls
    return not indoor and any(_family(k.motif) in OPEN_AIR_LIFE for k in life)


def _ridden_to(
    tokens: list[Token],
    named: list[tuple[Keyword, Where]],
    here: list[tuple[Where, float]],
    aboard: bool,
) -> Where | None:
    """Where the dreamer rides to, aboard a vehicle: "we went on the bus to the theme park"."""
    vehicles = {"cabin", "train", *travelled(), *(waters() if aboard else ())}
    if not any(w.place in vehicles and s >= RIDES for w, s in here):
        return None
    return next(
        (w for k, w in named if w.place not in vehicles and _bound_for(tokens, k)), None
    )


def _head(text: str) -> str | None:
    """The last word of a place named in more words ("an underground lake": "lake"), or the
    place word a compound ends in ("glasshouse": "house", "ballroom": "room"); None if none."""
    if " " in text:
        return text.split()[-1]
    return next(
        (head for head in pw.COMPOUND_HEADS if text.endswith(head) and len(text) > len(head) + 2),
        None,
    )


def _named_before(sentence: Sentence, keyword: Keyword, heads: dict[str, Where]) -> Where | None:
    """The place a one-word place after "the" names again when an earlier place ended in it:
    "an underground lake" (a cave) ... "I rowed across the lake"; "the botanical glasshouse"
    ... "in the middle of the house"."""
    word = keyword.text.lower()
    before = pw.WORD.findall(sentence.text[: keyword.start - sentence.start].lower())[-1:]
    return heads.get(word) if before == ["the"] else None


def _inside_buildings(
    sentence: Sentence,
    opens: bool,
    tokens: list[Token],
    buildings: list[Keyword],
    keywords: tuple[Keyword, ...],
) -> list[tuple[Where, float]]:
    """The insides of things drawn from outside that someone is in: one goes into it ("Inside
    the lighthouse it was cold", "we went into the tower") or climbs it, climbs its stairs ("I
    climbed the lighthouse stairs", "up the stairs of the tower") or is on them ("we sat on the
    lighthouse stairs", a paragraph that opens on "The lighthouse stairs, spiral, rusty."), or
    the sentence shows what is inside it ("the staircase inside the tower")."""
    found: list[tuple[Where, float]] = []
    starts = frozenset(k.start for k in keywords if role_of(k.motif) == "place")
    rooms = starts - {k.start for k in keywords if k.motif in climbed()}  # (not its own stairs)
    for building in buildings:
        inside = Where(insides()[building.motif], insides()[building.motif])
        strength = place_strength(sentence, opens, building, starts, tokens=tokens)
        stairs = [k for k in keywords if k.motif in climbed() and _stairs_of(tokens, k, building)]
        on_stairs = any(  # climbing them, or on them: "we sat on the lighthouse stairs"
            _climbed(tokens, k)
            or place_strength(sentence, opens, k, starts, tokens=tokens) >= PRESENT
            for k in stairs
        )
        if (
            _went_in(tokens, building, strength)
            or on_stairs
            or _climbs_up(tokens, building)
            or _seen_inside(tokens, building, rooms)
        ):
            found.append((inside, LOCATIVE))
    return found


def _on_a_ride(tokens: list[Token], keyword: Keyword, strength: float) -> bool:
    """Whether the dreamer is on a fair's ride the keyword names: in, on or at the top of it,
    riding it, or carried by it ("I was at the top of a ferris wheel", "we rode the carousel",
    "the big wheel stopped with us at the very top")."""
    if not _named(keyword) & pw.FAIR_RIDES:
        return False
    at = token_index(tokens, keyword.start)
    after = [t.word for t in tokens[at + 1 : at + 5]]
    if any(a == "with" and b in pw.DREAMER_SENT for a, b in zip(after, after[1:], strict=False)):
        return True
    if not _dreamer_before(tokens, keyword):
        return False
    before = {t.word for t in tokens[clause_start(tokens, at) : at]}
    placed = strength == LOCATIVE or bool(before & pw.LOCATIVES and not before & pw.AFAR)
    return placed or bool(before & pw.RIDING)


def _waiting_at(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the dreamer is at the keyword's place: "I was at Gate 14"."""
    before = [t.word for t in tokens if t.start < keyword.start and t.word not in pw.DETERMINERS]
    return before[-1:] == ["at"] and _dreamer_before(tokens, keyword)


def _its_inside(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the place is named with "inside" right after it, and nothing it is inside:
    "the kitchen inside is full of seeds" (not "there was sea inside it")."""
    after = next_in_clause(tokens, keyword)
    if after is None or tokens[after].word not in pw.WITHIN:
        return False
    if held_inside(tokens, after - 1):
        return False  # what a thing holds: "a tin that held a whole beach inside"
    held = after + 1 < len(tokens) and not tokens[after + 1].brk
    return not (held and tokens[after + 1].word in pw.DETERMINERS | pw.OBJECTS)


def _seen_inside(tokens: list[Token], building: Keyword, places: frozenset[int]) -> bool:
    """Whether the sentence shows what is inside the building: "the staircase inside the
    tower was made of iron" (places: where the sentence's places start; a place inside it is
    where one is: "a library built inside a whale")."""
    at = token_index(tokens, building.start)
    before = [t for t in tokens[:at] if t.word not in pw.DETERMINERS]
    if not before or before[-1].word not in pw.WITHIN or tokens[at].brk:
        return False
    return not any(t.start in places for t in before[-4:-1])


def _climbs_up(tokens: list[Token], building: Keyword) -> bool:
    """Whether someone climbs the building itself, up its inside: "I was climbing the bell
    tower" (not "we walked up to the lighthouse")."""
    at = token_index(tokens, building.start)
    before = [t.word for t in tokens[clause_start(tokens, at) : at] if t.word not in pw.DETERMINERS]
    return bool(before) and "climb" in forms(before[-1])


def _stairs_of(tokens: list[Token], stairs: Keyword, building: Keyword) -> bool:
    """Whether the stairs are the building's: named right after it ("the lighthouse stairs",
    "the tower's spiral staircase") or said to be of or in it ("the stairs of the lighthouse",
    "the staircase inside the tower")."""
    at = token_index(tokens, stairs.start)
    built = token_index(tokens, building.start)
    if built == at - 1:
        return True
    last = max(k for k, t in enumerate(tokens) if t.start < stairs.end)
    between = [t.word for t in tokens[last + 1 : built] if t.word not in pw.DETERMINERS]
    return built > last and len(between) == 1 and between[0] in pw.OF_PLACE and not any(
        t.brk for t in tokens[last + 1 : built + 1]
    )


def _climbed(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether someone climbs, goes up or comes down the keyword's stairs: "I climbed the
    lighthouse stairs", "up the tower's spiral staircase" (the words between the verb and
    the stairs are determiners and what the stairs belong to)."""
    at = token_index(tokens, keyword.start)
    clause = clause_start(tokens, at)
    before = [t.word for t in tokens[clause:at] if t.word not in pw.DETERMINERS]
    return bool(set(before[-3:]) & pw.CLIMBING)


def _in_it(sentence: Sentence, named: tuple[Keyword, ...]) -> bool:
    """Whether the dreamer is in "it", goes into or through it, said right after: "then we
    were standing in it", "we walked through it" (the place named just before; not "a hole
    with three eggs in it", nor a thing the sentence names first: "the hatch opens and you
    swim up through it")."""
    tokens = tokenize(sentence.text, sentence.start)
    words = [t.word for t in tokens]
    for k in range(2, len(words)):
        if words[k] == "it" and words[k - 1] in pw.INTO_IT:
            between = words[max(0, k - 5) : k - 1]  # the dreamer and at most three words
            at = max((j for j, w in enumerate(between) if w in pw.DREAMER), default=-1)
            thing = any(  # (a thing, not how one moves: "I flew into it")
                n.start < tokens[k].start
                and _drawable(n)
                and _family(n.motif) != "motion_transformation"
                for n in named
            )
            if at >= 0 and set(between[at + 1 :]).isdisjoint(pw.DETERMINERS) and not thing:
                return True
    return False


def _goes_in(sentence: Sentence) -> bool:
    """Whether someone goes in, and the clause ends there: "You go inside.", "we went in and
    sat down", "I find my door and go inside", or the sentence opens inside (_opens_inside)
    (not "I went in the water")."""
    tokens = tokenize(sentence.text, sentence.start)
    return _opens_inside(sentence) or _goes(tokens, pw.GOING_IN) or _climbs_inside(tokens)


def _opens_inside(sentence: Sentence) -> bool:
    """Whether the sentence opens inside what was just named: "Inside, the stair wound
    upward", "Inside it was cold", "Inside there was a bed", "Inside were chairs"."""
    tokens = tokenize(sentence.text, sentence.start)
    words = [t.word for t in tokens]
    if words[:1] != ["inside"] or len(tokens) < 2:
        return False
    if tokens[1].brk:
        return True
    rest = words[2:3] if words[1:2] in (["it"], ["there"]) else words[1:2]
    return bool(rest) and rest[0] in pw.BE


def _climbs_inside(tokens: list[Token]) -> bool:
    """Whether the dreamer goes or climbs somewhere inside what was just named: "I climbed the
    iron stair inside it", "we ran up the steps inside" (not "the lamp inside it glowed")."""
    words = [t.word for t in tokens]
    for k, word in enumerate(words):
        ends = k + 1 == len(words) or tokens[k + 1].brk
        if word == "inside" and (ends or words[k + 1] in ("it", "them")):
            before = set(words[:k])
            return bool(before & pw.DREAMER) and bool(before & pw.CLIMBING)
    return False


def _leaves_for(sentence: Sentence, sentence_plan: SentencePlan) -> bool:
    """Whether the sentence goes out of somewhere before it names a place: "went out the back
    door into the alley" (not "I was in a library")."""
    first = min((k.start for k in sentence_plan.named), default=sentence.end)
    words = {t.word for t in tokenize(sentence.text, sentence.start) if t.start < first}
    return bool(words & pw.MOTION) and bool(words & pw.GOING_OUT)


def _goes_out(sentence: Sentence) -> bool:
    """Whether someone goes out, and the clause ends there: "we roped up and went out", "I
    stepped outside" (not "I went out to the barn", which names where)."""
    return _goes(tokenize(sentence.text, sentence.start), pw.GOING_OUT)


def _comes_up(sentence: Sentence) -> bool:
    """Whether the dreamer comes up out of the water: "We surfaced next to a lighthouse", "I
    broke the surface"."""
    words = pw.WORD.findall(sentence.text.lower())
    broke = any(
        a in ("broke", "break") and b == "surface" for a, b in zip(words, words[2:], strict=False)
    )
    return bool(set(words) & pw.DREAMER) and (bool(set(words) & pw.SURFACING) or broke)


def _goes(tokens: list[Token], ways: frozenset[str]) -> bool:
    """Whether the dreamer moves one of `ways` (in, out) and the clause ends there, but for how:
    "I went in", "I find the door and go inside", "so we roped up and went out", "I went in
    without knocking"."""
    words = [t.word for t in tokens]
    for k in range(2, len(tokens)):
        ends = k + 1 == len(tokens) or tokens[k + 1].brk or words[k + 1] in pw.AFTER_GOING
        if words[k] not in ways or words[k - 1] not in pw.MOTION or not ends:
            continue
        if words[k - 2] in pw.DREAMER:
            return True
        clause = clause_start(tokens, k - 2)
        if words[k - 2] in ("and", "then") and set(words[clause : k - 2]) & pw.DREAMER:
            return True
    return False


def _the_back(before: list[str]) -> bool:
    """Whether "back" after these words is a noun: "the back", "the very back"."""
    near = [w for w in before[-2:] if w != "very"]
    return bool(near) and near[-1] in pw.DETERMINERS


def _grove(sentence: Sentence, keyword: Keyword) -> str | None:
    """The place that the things the keyword names make together, where the sentence puts
    someone or something among them: "standing among the vines" (a vineyard), "between the
    trees" (a forest); None for one of them, their parts, or those only seen."""
    place = groves().get(keyword.motif)
    last = keyword.text.lower().split()[-1]
    if place is None or not last.endswith("s") or forms(last) & pw.PLANT_PARTS:
        return None  # one of them, or their parts: "underground, among the roots"
    return place if _word_before(sentence, keyword) in pw.AMONG else None


def _ground(sentence: Sentence, keyword: Keyword, role: str, earlier: set[str]) -> str | None:
    """The ground of the world in the sky or of the stuff (of a place named `earlier` in the
    dream) the keyword names, where the sentence puts someone or something on it: "we were
    standing on the moon", "we walked across the moon", "a frozen pond ... I stepped onto the
    ice" (not "I slid across the ice" in a cave); None for one only seen ("the moon rose")."""
    place = grounds().get(keyword.motif)
    if role not in ("sky", "subject") or role == "subject" and place not in earlier:
        return None
    return place if _word_before(sentence, keyword) in pw.UPON else None


def _word_before(sentence: Sentence, keyword: Keyword) -> str:
    """The sentence's last word before the keyword, determiners aside ("" if none)."""
    before = pw.WORD.findall(sentence.text[: keyword.start - sentence.start].lower())
    return next((word for word in reversed(before) if word not in pw.DETERMINERS), "")


def _furnishes(keyword: Keyword) -> bool:
    """Whether the keyword names a furnishing of a place (a bed, a sofa): it shows the place
    only lightly, where no place is named."""
    return (
        not (keyword.negated or keyword.figurative)
        and role_of(keyword.motif) == "place"
        and keyword_role(keyword) == "generic"
    )


def _goes_back(sentence: Sentence) -> bool:
    """Whether someone goes back somewhere: "I went back up", "we returned" (not "the back of
    my hand", "the wind caught me again", "nobody returns anything": returning a thing, nor
    "wait until it comes back": a thing coming back)."""
    words = pw.WORD.findall(sentence.text.lower())
    for k, word in enumerate(words):
        if words[k - 1 : k] == ["it"]:
            continue
        if word in pw.RETURNS and (words[k + 1 : k + 2] or [""])[0] not in pw.RETURNED_THINGS:
            return True
        if word in pw.MOTION and "back" in words[k + 1 : k + 3]:
            return True
    return False


def _steps_in(sentence: Sentence) -> bool:
    """Whether someone goes through or into a picture: "I stepped through", "we climbed into
    the mirror" (not "through the holes", nor "fish swam through the windows")."""
    tokens = tokenize(sentence.text, sentence.start)
    words = [t.word for t in tokens]
    if not set(words) & pw.MOTION or not set(words) & (pw.DREAMER | pw.PEOPLE):
        return False
    for k, word in enumerate(words):
        if word in ("through", "into"):
            after = words[k + 1 : k + 3]
            ends = k + 1 == len(tokens) or tokens[k + 1].brk
            if ends or set(after) & (pw.PICTURES | {"glass", "frame"}):
                return True
    return False


def _quoted(sentence: Sentence, keyword: Keyword) -> bool:
    """Whether the keyword is someone's words: inside quotation marks in its sentence, unless
    they are the dreamer telling the dream ('"The tiles were pale green," I said', '"I was
    sitting in a tiny booth."'), or after a speaker's name on a line of dialogue written as a
    script ("Her: There is no fourth floor in this building")."""
    before = sentence.text[: keyword.start - sentence.start]
    inside = before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
    return inside and not _telling_the_dream(sentence.text) or _scripted(before)


_SAYING = re.compile(
    r"\b(?:said|says|saying|whispered|explained|announced|insisted|claimed|warned|promised"
    r"|swore|(?:told|tells|telling) (?:me|us|him|her|them))\b(?: that\b)?"
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\b(?:and|but|then|so|when|while|until|because)\b")


def _reported(sentence: Sentence, keyword: Keyword) -> bool:
    """Whether the keyword is in someone's words reported without quotation marks: "she said
    the island had been moved", "he told me the station was closed" (not "he said nothing and
    we walked into the forest")."""
    before = sentence.text[: keyword.start - sentence.start].lower()
    said = [found.end() for found in _SAYING.finditer(before)]
    return bool(said) and not _CLAUSE_BREAK.search(before, said[-1])


def _talked_about(sentence: Sentence, keyword: Keyword) -> bool:
    """Whether the keyword is only in someone's words, quoted or reported."""
    return _quoted(sentence, keyword) or _reported(sentence, keyword)


_SPEAKER = re.compile(r"\s*([A-Za-z][\w']*(?: [A-Za-z][\w']*)?):\s")


def _scripted(text: str) -> bool:
    """Whether the text opens with a speaker's label, as a script's lines do: "Her: ...",
    "Me: Fourth, please", "Priya: ..." (a person, or a name; not "Note: ..."), unless the
    line tells the dream ("Me: Okay, so I was at work")."""
    label = _SPEAKER.match(text)
    if label is None:
        return False
    who = label.group(1).lower().split()[-1]
    words = pw.WORD.findall(text[label.end() :].lower())
    told = any(a in pw.DREAMER and b in pw.TELLING for a, b in zip(words, words[1:], strict=False))
    return (who in pw.PEOPLE | pw.SPEAKERS or not is_known(who)) and not told


def _telling_the_dream(text: str) -> bool:
    """Whether a sentence with a quotation is the dreamer telling the dream: the dreamer says
    it ('I said', 'I told her'), or the quotation tells in the past what the dreamer did or
    where ('I was waiting on a platform', 'we were')."""
    parts = re.split(r'["\u201c\u201d]', text.lower())
    outside = pw.WORD.findall(" ".join(parts[0::2]))
    quoted = pw.WORD.findall(" ".join(parts[1::2]))
    said = any(
        a in pw.DREAMER and b in pw.REPORTING | pw.ASKING
        for a, b in zip(outside, outside[1:], strict=False)
    )
    told = any(
        a in pw.DREAMER and b in pw.TELLING for a, b in zip(quoted, quoted[1:], strict=False)
    )
    return said or told


def _framed(sentence: Sentence, pictures: bool) -> tuple[int, bool]:
    """Where in the sentence a place seen in a mirror, a picture or a screen begins (the
    text's end when none is), and whether the sentence shows pictures, for the next one.
    A place in a picture is no setting: "the painting showed a cave", "every mirror shows you
    somewhere else. In one you are on a beach", "on the screen was a desert", "a photo of me on a
    beach", "a photo from Mum: our back garden", "a window onto a forest", "the film was about the
    sea"."""
    lowered = sentence.text.lower()
    if not pictures and not any(medium in lowered for medium in pw.PICTURES):
        return sentence.end, False
    tokens = tokenize(sentence.text, sentence.start)
    words = [t.word for t in tokens]
    media = [k for k, w in enumerate(words) if w in pw.PICTURES]
    if pictures and (words[:2] in pw.ANOTHER_ONE or words[:3] in pw.ANOTHER_ONE):
        return sentence.start, True  # "In one you are a child on a beach."
    for k in media:
        colon = sentence.text.find(":", tokens[k].end - sentence.start)
        if colon >= 0:  # "a photo from Mum: our old back garden"
            return sentence.start + colon, True
        shown = [j for j, w in enumerate(words[k + 1 :], k + 1) if w in pw.SHOWING]
        inside = k >= 2 and words[k - 2] in ("in", "on") or k >= 1 and words[k - 1] in ("in", "on")
        if shown:
            return tokens[shown[0]].end, True
        if inside or words[k + 1 : k + 2] in (["of"], ["onto"]):  # "a photo of me on a beach"
            return tokens[k].end, True
    return sentence.end, False


def _strengths(
    sentence: Sentence,
    opens: bool,
    tokens: list[Token],
    named: list[tuple[Keyword, Where]],
    objects: frozenset[int] = frozenset(),
    denied: int | None = None,
    weather: frozenset[int] = frozenset(),
) -> list[tuple[Where, float]]:
    """The places a sentence names as places (not as qualifiers, adjectives or things), each
    with how firmly it puts the dreamer there (objects: where the sentence's things, creatures
    and people end; denied: where a place the sentence says is not there, or gone, ends: what
    it names after that is there instead; weather: where its weather ends, which goes over
    places as things do)."""
    named = [(keyword, where) for keyword, where in named if not _homeward(tokens, keyword)]
    starts = frozenset(  # (a part of a place is not another place: "on the polished floor of
        keyword.start  # a hotel ballroom" is in the ballroom)
        for keyword, _ in named
        if not forms(keyword.text.lower().split()[-1]) & place_things()
    )
    things = objects | {keyword.end for keyword, _ in named if not sets_scene(keyword)}
    things |= {  # the parts of a place named before them: "the city was built of sugar
        keyword.end  # cubes, and the streets were rivers of cold tea"
        for k, (keyword, where) in enumerate(named)
        if any(w.place == where.place and o.text != keyword.text for o, w in named[:k])
    }
    riders = frozenset(  # what carries the dreamer: "the train went into a tunnel"
        word for word in (keyword.text.lower().split()[-1] for keyword, _ in named)
        if forms(word) & pw.CARRIERS
    )
    tags: TokenTags | None = None
    found: list[tuple[Where, float]] = []
    ways: dict[int, Keyword] = {}  # the ways (a road, a path: not its vehicles) by their index
    placed: dict[int, int] = {}  # the start of each keyword in found -> its index there
    wholes: dict[int, float] = {}  # the start of a place a part of it named -> that strength
    roofed: set[int] = set()  # the starts of buildings under the rooftop one is on
    exterior = {  # what an exterior part of a building is part of: "the roof of the house"
        keyword.start: _whole_of(tokens, keyword, named)
        for keyword, _ in named
        if keyword.text.lower() in pw.EXTERIOR_PARTS
    }
    buildings = {of for of in exterior.values() if of is not None}
    place_at = {keyword.start: where.place for keyword, where in named}
    for keyword, where in named:
        if keyword.end + 1 in starts:  # it qualifies the next place: "the seaside carnival"
            continue
        if _toy(tokens, keyword):  # a toy is a thing: "a model village on the table"
            continue
        if _in_formation(tokens, keyword):  # how something comes: "in bright columns"
            continue
        if only_a_picture(tokens, token_index(tokens, keyword.start)):
            continue  # "the mountain is only a poster on the wall": no place
        last = max((k for k, t in enumerate(tokens) if t.start < keyword.end), default=-1)
        # read as a noun: the tagger is asked only where the word could be another part of
        # speech and no determiner before it says
        named_as = tokens[last - 1].word if last > 0 else ""
        phrase = " " in keyword.text  # the lexicon's own compound: "a salt flat"
        noun = phrase or named_as in pw.DETERMINERS or after_possessive(tokens, last)
        noun = noun or _after_a_noun_modifier(tokens, last)  # "an ice cave the colour of ink"
        noun = noun or last >= 0 and bare_after_be(tokens, last)  # "it was tunnel"
        if last >= 0 and not noun and _ambiguous(tokens[last].word):
            tags = tags or sentence_tags(sentence.text, sentence.start, tokens)
            turned = [t.word for t in tokens[max(0, last - 2) : last]] in pw.TURNED  # "turned
            # to grass": a noun, whatever the tagger says
            dreamer = _said_of_the_dreamer(tokens, last)  # "then I was underground"
            if tags is not None and tags[last] in pw.NOT_NOUNS and not turned and not dreamer:
                continue  # "the car park is underground" (but "a dune", "the hall")
        numbered = sentence.text[keyword.end - sentence.start :].lstrip()[:1].isdigit()
        held = _waiting_at(tokens, keyword) or _dreamer_on(tokens, keyword)  # "I was on Ward 6"
        if numbered and not (_opens_clause(tokens, keyword) or held):
            continue  # a numbered part of a building: "bay 4" (but "Room 7 had a carpet the
            # colour of mustard": the place described; "I was at Gate 14": where one is)
        if (
            not noun
            and last >= 0
            and _never_a_noun(tokens[last].word)
            and not _said_of_the_dreamer(tokens, last)
        ):
            continue  # what a place does or is like names no place: "honey began to seep",
            # "the stairs were rusty" (but "I was underwater")
        if 0 <= last < len(tokens) - 1 and not tokens[last + 1].brk:
            nxt = tokens[last + 1].word
            skip = nxt in pw.FUNCTION_WORDS or nxt in DIRECTIONS  # "the bus home": which way
            skip = skip or nxt in pw.AREAS  # "the city centre" is the city
            if nxt in pw.DREAMS:  # "the greenhouse dream": the dream happens there
                found.append((where, LOCATIVE))
                continue
            parts = set(readings(nxt)) if not skip else set()
            if parts == {"NOUN"} or "NOUN" in parts and _ambiguous(nxt):
                tags = tags or sentence_tags(sentence.text, sentence.start, tokens)
                if parts == {"NOUN"} or tags is not None and tags[last + 1] in pw.NOUNS:
                    if keyword.text.lower() in pw.FILLINGS:
                        continue  # what fills the thing: "next to the water tank"
                    outdoors = where.place not in house() and sets_scene(keyword)
                    part = forms(nxt) & place_things()  # the dreamer on it: "I was on the
                    on_it = not part or _dreamer_on(tokens, keyword)  # harbour wall"
                    if outdoors and on_it and _at_the_compound(tokens, keyword):
                        found.append((where, place_strength(  # "at a canal lock", "in the
                            sentence, opens, keyword, starts, riders, tokens  # forest
                        )))  # clearing": there (not "tied to bamboo canes": a thing)
                    elif _looking_out(tokens, keyword, nxt):
                        found.append((where, PRESENT))  # "looking out of my bedroom window"
                    elif where.place in house() or part:
                        found.append((where, MENTION))  # lightly there: "the bathroom
                        # light", "a stone harbour wall", "frost on the kitchen window"
                    continue  # "the room number", "the city lights"
        whole = next(  # with the place word that says its kind: "my old primary school hall"
            (replace(keyword, start=k.start) for k, _ in named if k.end + 1 == keyword.start),
            keyword,
        )
        strength = place_strength(sentence, opens, whole, starts, riders, tokens)
        if _landmark(tokens, keyword, named):
            strength = min(strength, ABOUT)  # "my allotment is behind the railway line"
        if _reported(sentence, keyword):
            strength = min(strength, ABOUT)  # "she said the island had been moved"
        if keyword.start in roofed:
            strength = min(strength, MENTION)  # under the roof one is on
        strength = max(strength, wholes.pop(keyword.start, 0.0))  # as firmly as its part
        exterior_part = keyword.start in exterior
        of = exterior[keyword.start] if exterior_part else _whole_of(tokens, keyword, named)
        if of is not None and exterior_part:
            building = place_at.get(of)
            if building in indoors() and building not in outsides():
                roofed.add(of)  # "on the roof of the hotel": a rooftop over the town, the
                of = None  # hotel under one
        if of is not None:  # "in the courtyard of the castle": in the castle
            wholes[of], strength = strength, min(strength, MENTION)
        if where.place in outsides() and keyword.start in buildings:
            where = Where(outsides()[where.place], outsides()[where.place])  # on its roof
        if strength == BECOMES and _a_thing_became(tokens, keyword, things):
            strength = MENTION_THERE  # "the washers were all fish tanks": things, still here
        instead = there_instead(tokens, token_index(tokens, keyword.start))
        instead = instead or denied is not None and _in_a_later_clause(tokens, keyword, denied)
        instead = instead and not seen_from_the_dreamer(tokens, token_index(tokens, keyword.start))
        if where.place is not None and instead and not _bound_for(tokens, keyword):
            strength = max(strength, PRESENT)  # "there is no wall, only a wide, empty beach"
        if _its_inside(tokens, keyword):
            strength = max(strength, PRESENT)  # "I open the door and the kitchen inside is
            # full of seeds": what one sees in there
        if strength == LOCATIVE and (
            _a_thing_goes(tokens, keyword, objects | weather, riders) or _sent(tokens, keyword)
        ):
            strength = MENTION_THERE  # "the mitten drops into a crevasse": the thing is there
        if where.place in climbed() and _climbed(tokens, keyword):
            strength = LOCATIVE  # "I climbed the spiral staircase": on it
        elif where.place in climbed() and strength not in (LOCATIVE, BECOMES):
            strength = min(strength, MENTION)  # stairs seen, not climbed, are a thing there:
            # "the tower had only a staircase spiralling up the outside"
        ridden = False
        carrier = forms(keyword.text.lower().split()[-1]) & pw.CARRIERS  # (a bus is its
        if carrier and (where.place in indoors() or carrier & pw.BUSES):  # road's, but ridden
            # it is the bus's inside)
            if _got_on(tokens) or _rides(tokens, keyword, strength):  # "I got on, and the
                strength, ridden = LOCATIVE, True  # tram was full", "we caught the last tram"
            elif strength not in (LOCATIVE, BECOMES):  # "the train shrank to a speck
                strength = min(strength, MENTION)  # behind me": seen, not ridden
        if where.place in travelled():  # alone but for what names its kind: "a desert road"
            alone = all(other.place == where.place or k.end + 1 in starts for k, other in named)
            strength = _travelled(tokens, keyword, strength, alone or instead)
        if _named(keyword) & open_air_within() and _under_the_dreamer(tokens, keyword):
            strength = LOCATIVE  # "below me the clouds lay like a white country": over them
        if where.place is None and strength not in _FIRMLY:
            continue  # the sky is where one is only when one is in it: "into the sky"
        if where.place is None and _sky_over(tokens, keyword, named):
            continue  # the sky over a place the sentence names: "a lake under a purple sky"
        if _named(keyword) & open_air_within() and not _within(tokens, keyword, strength):
            continue  # "there were clouds", "through a cloud" (not "up into the clouds")
        if where.place is None and keyword.motif in above():
            if not _named(keyword) & open_air_within():
                continue  # "in a trench under a grey sky": a sky, not clouds one is among
            where = Where(above()[keyword.motif], above()[keyword.motif])  # the sea of clouds
        if where.place in insides() and _went_in(tokens, keyword, strength):
            inside = insides()[where.place]  # "we went into the cottage", "inside the castle
            where, strength = Where(inside, inside), LOCATIVE  # it was cold": inside it
        enters = (  # "got into the lift": inside a thing pictured as an interior
            strength == LOCATIVE and where.place in indoors() and _entered(tokens, keyword)
        )
        if _on_a_ride(tokens, keyword, strength):
            strength, enters = LOCATIVE, True  # "at the top of a ferris wheel": at the fair
        if not (
            sets_scene(keyword)
            or all_there(tokens, token_index(tokens, keyword.start))  # "there was only sand"
            or where.place in travelled()
            or enters
            or _furnishes(keyword)
            or _turns_into(tokens, keyword, things)
        ):
            continue  # a thing is no place, unless the place turns into it: "all mud"
        if where.place in travelled() and _travelled_kind(keyword) == "way":
            ways[len(found)] = keyword
        placed[keyword.start] = len(found)
        boards = strength == RIDES or ridden or _boarding(tokens, keyword)
        found.append((_aboard(keyword, where) if boards else where, strength))
    return _owned_parts_dropped(_ways_run_through(found, ways, placed, tokens))


def _owned_parts_dropped(found: list[tuple[Where, float]]) -> list[tuple[Where, float]]:
    """The places found, less those that another named as firmly draws as its own: "I waded
    into the marsh, where lights hovered over the black pools" is in the marsh, its pools its
    own (not "we climbed out of the cavern onto the mountain")."""
    firmest: dict[str, float] = {}
    for where, strength in found:
        if where.place is not None:
            firmest[where.place] = max(firmest.get(where.place, 0.0), strength)
    return [
        (where, strength)
        for where, strength in found
        if not any(
            where.place in owned().get(owner, ()) and strength <= firm
            for owner, firm in firmest.items()
        )
    ]


def _ways_run_through(
    found: list[tuple[Where, float]],
    ways: dict[int, Keyword],
    placed: dict[int, int],
    tokens: list[Token],
) -> list[tuple[Where, float]]:
    """A way is a thing in the place it runs through, which is as firmly where one is ("along
    a narrow path through the woods"), and in any place its sentence puts one in as firmly
    ("a dirt road in the desert")."""
    found = list(found)
    for k, way in ways.items():
        through = _runs_through(tokens, way, placed)
        if through is not None:
            where, strength = found[through]
            found[through] = (where, max(strength, found[k][1]))
        others = [
            s for j, (w, s) in enumerate(found) if j not in ways and w.place not in travelled()
        ]
        if max(others, default=-1.0) >= found[k][1]:
            found[k] = (found[k][0], min(found[k][1], ABOUT))
    return found


def _runs_through(tokens: list[Token], way: Keyword, placed: dict[int, int]) -> int | None:
    """The index in found of the place the way runs through, named right after it or after
    what it does ("a path through the dark woods", "the path dropped straight into a quarry
    lake"), or None."""
    after = token_index(tokens, way.end)
    near = list(enumerate(tokens[after : after + 8], after))
    runs = next((k for k, t in near[:4] if t.word in pw.RUNS_IN), None)
    for k, token in near:
        if token.brk:
            return None
        if runs is not None and k > runs and token.start in placed:
            return placed[token.start]
    return None


def _within(tokens: list[Token], keyword: Keyword, strength: float) -> bool:
    """Whether one stays in or above what the keyword names, not only passes through it or
    lies under it: "up into the clouds", "above the clouds" (not "we flew through a cloud",
    "under the clouds")."""
    at = token_index(tokens, keyword.start)
    before = [t.word for t in tokens[:at] if t.word not in pw.DETERMINERS]
    return strength == LOCATIVE and not set(before[-1:]) & (pw.BELOW | {"through"})


def _under_the_dreamer(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the keyword names what lies below the dreamer: "below me the clouds", "the
    clouds beneath us", "we flew high above the clouds" (not "the moon hung above the
    clouds")."""
    at = token_index(tokens, keyword.start)
    before = [t.word for t in tokens[:at] if t.word not in pw.DETERMINERS]
    after = [t.word for t in tokens[at + 1 : at + 3]]
    if before[-1:] == ["above"] and set(before) & pw.DREAMER:
        return True
    return any(
        len(words) == 2 and words[0] in pw.BELOW and words[1] in pw.DREAMER_SENT
        for words in (before[-2:], after)
    )


def _travelled(tokens: list[Token], keyword: Keyword, strength: float, alone: bool) -> float:
    """How firmly a road or one of its vehicles puts the dreamer there (a place by the road,
    a petrol station, as firmly as any place): someone on the road, going along it ("down a
    desert road", "onto the hard shoulder"), the place turning into it or a road that is the
    only place its sentence names (alone: "The highway was frozen"; not a way that runs through
    places, a path: see through()); the dreamer in a vehicle
    ("I was in a taxi") or driving or riding one ("I was driving a truck", "we took the bus");
    anywhere else it is a thing in the place in force, passed, seen or only got into ("a road
    led to the house", "we crossed the road to a cafe", "a bus went by")."""
    kind = _travelled_kind(keyword)
    if kind == "stop":
        return strength
    if kind == "way":
        alone = alone and keyword.motif not in through()  # a path in an orchard is the orchard's
        firm = alone or strength in (LOCATIVE, BECOMES)
        return strength if firm else min(strength, ABOUT)
    return RIDES if _rides(tokens, keyword, strength) else min(strength, ABOUT)


def _aboard(keyword: Keyword, where: Where) -> Where:
    """Where one is aboard the vehicle the keyword names: inside a bus or a coach, down its
    aisle ("on the night bus home"); inside a train or a tram, in its carriage ("we took the
    tram into town"); on the road in any other ("in the back of a taxi")."""
    carrier = forms(keyword.text.lower().split()[-1])
    if carrier & pw.BUSES:
        return Where("bus", "bus")
    inside = insides().get(where.place or "") if carrier & pw.CARRIERS else None
    return where if inside is None else Where(inside, inside)


def _boarding(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the keyword's vehicle is got onto or into: "I carried it back onto the bus"."""
    before = [t.word for t in tokens if t.start < keyword.start and t.word not in pw.DETERMINERS]
    return before[-1:] in (["onto"], ["aboard"], ["into"])


def _rides(tokens: list[Token], keyword: Keyword, strength: float) -> bool:
    """Whether the dreamer rides the vehicle the keyword names: in or on it, driving, riding or
    taking it ("I was in a taxi", "we took the bus", "we caught the last tram"); not "every
    car was my car", nor "I climbed into the truck" (parked in the trees)."""
    before = [t.word for t in tokens if t.start < keyword.start and t.word not in pw.DETERMINERS]
    dreamer = _dreamer_before(tokens, keyword) or _aboard_first(tokens, keyword)
    riding = set(before[-3:]) & pw.RIDING or strength == LOCATIVE and not _entered(tokens, keyword)
    return bool(dreamer and riding)


def _aboard_first(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether a sentence with no subject opens aboard the vehicle, as notes do: "on the night
    bus home", "in a taxi again", "was on a long wooden canoe" (the dreamer is aboard)."""
    before = [t for t in tokens if t.start < keyword.start]
    if before[:1] and before[0].word in pw.BE:
        before = before[1:]  # "was on a long wooden canoe"
    return bool(before) and before[0].word in pw.ABOARD and len(before) <= 4 and not any(
        t.brk for t in before[1:]
    )


def _afloat(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the dreamer is aboard the vessel the keyword names (see _aboard_ride)."""
    return keyword.motif in vessels() and _aboard_ride(tokens, keyword)


def _aboard_ride(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the dreamer is aboard what the keyword names: in, on or aboard it, or rowing,
    sailing, riding or taking it ("I was in a small wooden rowing boat", "we rowed the boat",
    "on the ferry again", "we took the chairlift up"); not one only seen or got into ("a boat
    came in", "I watched the boats"), nor a toy ("we sailed paper boats")."""
    if keyword.negated or keyword.figurative:
        return False
    if _toy(tokens, keyword) or not (
        _dreamer_before(tokens, keyword) or _aboard_first(tokens, keyword)
    ):
        return False
    at = token_index(tokens, keyword.start)
    before = [
        t.word for t in tokens[clause_start(tokens, at) : at] if t.word not in pw.DETERMINERS
    ]
    while before and _modifier(before[-1]) and before[-1] not in pw.ABOARD:
        before.pop()  # "in a small wooden rowing boat", "the cargo ship": in it
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in pw.VESSEL_PARTS:
        del before[-2:]  # "in the hold of a cargo ship": in it
    return bool(set(before[-2:]) & (pw.ABOARD | pw.RIDING | pw.SAILING))


def _ridden_over(
    tokens: list[Token], ride: Keyword, named: list[tuple[Keyword, Where]]
) -> Where | None:
    """The place a ride carries the dreamer over, named after it in its clause: "we rode the
    cable car over the city", "riding the lift above the rooftops of the town"."""
    at = token_index(tokens, ride.start)
    for keyword, where in named:
        if keyword.start <= ride.start:
            continue
        k = token_index(tokens, keyword.start)
        if any(t.brk for t in tokens[at + 1 : k + 1]):
            return None
        before = [t.word for t in tokens[at + 1 : k] if t.word not in pw.DETERMINERS]
        if before[-1:] and before[-1] in pw.OVERHEAD:
            return where
    return None


def _modifier(word: str) -> bool:
    """Whether a word before a noun can modify it: an adjective, or a noun that is no verb
    ("wooden", "cargo"; not "hold")."""
    found = readings(word)
    return "ADJ" in found or "NOUN" in found and "VERB" not in found


def _rowing(tokens: list[Token]) -> bool:
    """Whether the dreamer rows or paddles (a boat, named or not): "we rowed between the
    reeds", "I was paddling"."""
    for k, token in enumerate(tokens):
        if token.word not in pw.DREAMER:
            continue
        for t in tokens[k + 1 : k + 4]:
            if t.brk:
                break
            if t.word in pw.ROWING:
                return True
            if t.word not in pw.AUXILIARIES and ("VERB" in readings(t.word) or t.word in pw.AWAY):
                break  # another verb is the dreamer's: "I walked past rows of chairs"
    return False


def _place_became_vessel(
    tokens: list[Token], keyword: Keyword, keywords: tuple[Keyword, ...]
) -> bool:
    """Whether the place one is in is (or turns into) the vessel the keyword names: "it turned
    out the market was a ferry", "the classroom became a ship" (one is aboard it)."""
    return keyword.motif in vessels() and _place_became(tokens, keyword, keywords)


def _place_became(tokens: list[Token], keyword: Keyword, keywords: tuple[Keyword, ...]) -> bool:
    """Whether the place one is in is (or turns into) the ride the keyword names: "it turned
    out the market was a ferry", "the shop is a ski lift" (one is aboard it)."""
    if keyword.negated or keyword.figurative:
        return False
    at = token_index(tokens, keyword.start)
    before = [t for t in tokens[:at] if t.word not in pw.DETERMINERS]
    words = [t.word for t in before]
    if words[-2:] in pw.TURNED:
        verb = len(before) - 2
    elif words[-1:] and words[-1] in pw.BECOMING - {"into"}:
        verb = len(before) - 1
    else:
        return False
    if verb < 1:
        return False
    subject = before[verb - 1]
    return any(
        k.end == subject.end and role_of(k.motif) == "place" and k.motif not in vessels()
        for k in keywords
    )


def _bound_for(
    tokens: list[Token], keyword: Keyword, words: frozenset[str] = pw.BOUND_FOR
) -> bool:
    """Whether the keyword names where something goes or passes: "to the island", "towards a
    lighthouse", "past the cliffs" (or comes right after another of `words`)."""
    at = token_index(tokens, keyword.start)
    before = [t.word for t in tokens[:at] if t.word not in pw.DETERMINERS]
    return bool(before) and before[-1] in words


def _never_a_noun(word: str) -> bool:
    """Whether the word reads only as a verb or only as an adjective ("seep", "rusty")."""
    return set(readings(word)) in ({"VERB"}, {"ADJ"})


def _said_of_the_dreamer(tokens: list[Token], k: int) -> bool:
    """Whether the k-th token is said of the dreamer: "I was underwater", "we are airborne",
    or of what the dreamer is doing: "I was swimming underwater"."""
    before = [t.word for t in tokens[max(0, k - 3) : k]]
    if before[-1:] and before[-1].endswith("ing") and not tokens[k].brk:
        before = before[:-1]  # "I was swimming underwater"
    return len(before) >= 2 and before[-2] in pw.DREAMER and before[-1] in pw.BE


def _ambiguous(word: str) -> bool:
    """Whether the word reads as more than one part of speech."""
    return len(readings(word)) > 1


def _entered(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether someone goes into or onto the keyword's thing ("got into the elevator",
    "stepped out onto a wooden platform")."""
    before = [t.word for t in tokens if t.start < keyword.start and t.word not in pw.DETERMINERS]
    return bool(set(before[-3:]) & pw.ENTERING)  # "onto a wooden platform"


def _outside_part(keyword: Keyword) -> bool:
    """Whether the keyword names a part of a building out in the open air one can step onto:
    a balcony, a terrace, a porch (its roof is a place of its own: see _on_the_roof)."""
    return keyword.text.lower() in pw.EXTERIOR_PARTS - pw.ROOFS


def _on_the_roof(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the dreamer is on or goes up to a roof: "we stood on the roof", "I took the
    back stairs up to the roof" (not "snow lay on the roof")."""
    if keyword.text.lower() not in pw.ROOFS:
        return False
    at = token_index(tokens, keyword.start)
    clause = [t.word for t in tokens[clause_start(tokens, at) : at]]
    near = [w for w in clause if w not in pw.DETERMINERS]
    upward = near[-2:] == ["up", "to"] and clause[:1] and clause[0] in pw.DREAMER
    return bool(upward) or _dreamer_on(tokens, keyword)


def _a_vehicle_before(named: tuple[Keyword, ...], keyword: Keyword) -> bool:
    """Whether a vessel or a vehicle is named before the keyword: "the roof" is then its own
    ("Nana was steering a narrowboat and I was sitting on the roof")."""
    return any(
        k.start < keyword.start
        and (k.motif in vessels() or forms(k.text.lower().split()[-1]) & pw.CARRIERS)
        for k in named
    )


def _aboard_aircraft(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the dreamer is aboard the aircraft the keyword names: "I was on a plane", "we
    boarded the jet", a note's "on the plane the seats faced backwards", "The plane was tiny
    inside" (not "a plane flew over")."""
    if keyword.negated or keyword.figurative or keyword.text.lower() not in pw.AIRCRAFT:
        return False
    at = token_index(tokens, keyword.start)
    clause = clause_start(tokens, at)
    before = [t.word for t in tokens[clause:at] if t.word not in pw.DETERMINERS]
    after = [t.word for t in tokens[at + 1 : at + 4]]
    aboard = _dreamer_before(tokens, keyword) or _aboard_first(tokens, keyword)
    boarding = bool(set(before[-2:]) & pw.BOARDING) and aboard
    return boarding or not before and "inside" in after


def _went_in(tokens: list[Token], keyword: Keyword, strength: float) -> bool:
    """Whether someone goes or is inside the keyword's building (strength: how firmly the
    sentence puts one at the building): "we went into the cottage", "I was in my gran's
    cottage", "Inside the castle it was cold", "at the very back of the cave", "on the sleeper
    train" (not "onto a farmyard", "a bird flew into the castle", nor "into the village" or
    "in the courtyard", which have no inside)."""
    if keyword.text.lower().split()[-1] in pw.OPEN_PLACES:
        return False
    at = token_index(tokens, keyword.start)
    clause = clause_start(tokens, at)
    before = [t.word for t in tokens[clause:at] if t.word not in pw.DETERMINERS]
    while before and before[-1] not in pw.GOING_IN_TO and "ADJ" in readings(before[-1]):
        before.pop()  # however it is described: "inside the big red barn"
    if set(before) & pw.GOING_OUT and set(before) & pw.MOTION:
        return False  # leaving it: "we went out through a flap at the back of the tent"
    if before[:1] == ["inside"] and len(before) == 1:
        return True  # the clause opens inside it
    if strength == LOCATIVE and before[-1:] == ["of"] and set(before[-2:-1]) & pw.DEPTHS:
        return True  # "at the very back of the cave"
    if before[-1:] == ["of"] and before[-2:-1] == ["top"] and set(before[-3:-2]) & pw.GOING_IN_TO:
        return True  # "I stepped into the top of a windmill"
    under = before[:1] and before[0] in pw.BELOW and set(before[1:2]) <= pw.BE  # "Below was"
    if strength >= MOVES and (_underground(tokens, at) or under):
        return True  # "it was a cave under the ground", "Underneath was a huge cave of roots"
    if strength == LOCATIVE and before[-1:] in (["on"], ["aboard"]):
        return bool(forms(keyword.text.lower().split()[-1]) & pw.CARRIERS)  # "on the train"
    return strength == LOCATIVE and bool(set(before[-2:]) & (pw.GOING_IN_TO | {"in"}))


def _underground(tokens: list[Token], at: int) -> bool:
    """Whether the place at token `at` is said to lie under the ground: "a cave under the
    ground", "a lake underground"."""
    after = [t for t in tokens[at + 1 : at + 5] if t.word not in pw.DETERMINERS]
    if not after or after[0].brk:
        return False
    if after[0].word == "underground":
        return True
    return len(after) > 1 and after[0].word in pw.BELOW and after[1].word in pw.BURIED


def _a_thing_goes(
    tokens: list[Token], keyword: Keyword, things: frozenset[int], riders: frozenset[str]
) -> bool:
    """Whether a thing or a creature, not the dreamer or anyone, goes to the place: its clause
    opens on a thing (things: where the sentence's things end) and names no person or vehicle
    before it ("the mitten drops into a crevasse", not "I followed the fox into the wood", nor
    a note's "drive up the ramp and come out on a beach")."""
    at = token_index(tokens, keyword.start)
    clause = tokens[clause_start(tokens, at) : at]
    opener = max((k for k, t in enumerate(clause) if t.word in pw.SUBORDINATORS), default=-1)
    clause = clause[opener + 1 :]  # "I reached the shed just as the rain came over the hill"
    while clause and clause[0].word in pw.CLAUSE_LINKS | pw.NEXT:
        clause = clause[1:]
    if not clause or {t.word for t in clause} & (pw.PEOPLE | riders | pw.SCENE | pw.OPENING):
        return False  # (a way that opens onto a place takes one there)
    named = [t for t in clause if t.end in things]
    opens = clause[0].word in pw.DETERMINERS or clause[0].end in things
    return bool(named) and opens


def _sent(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether someone sends a thing to the place and stays where they are: a verb of sending
    with its object before the place's preposition ("she tipped the goldfish into the pond",
    "I threw a stone into the lake"; not "I dropped down into the pool", "the escalator dumped
    us in the gym", nor "I carried the box into the kitchen")."""
    at = token_index(tokens, keyword.start)
    clause = [t.word for t in tokens[clause_start(tokens, at) : at]]
    verbs = [k for k, word in enumerate(clause) if forms(word) & pw.SENDING]
    places = [k for k, word in enumerate(clause) if word in pw.LOCATIVES]
    if not verbs or not places or places[-1] < verbs[-1]:
        return False
    sent = clause[verbs[-1] + 1 : places[-1]]
    if pw.DREAMER_SENT.intersection(sent):
        return False
    return any(word not in pw.DETERMINERS | pw.PARTICLES for word in sent)


def _boards_one(tokens: list[Token]) -> bool:
    """Whether the dreamer gets on board a vehicle named before: "I got on one and the driver
    was my old friend", "we got on it"."""
    for k in range(len(tokens) - 3):
        dreamer, verb, on, one = (t.word for t in tokens[k : k + 4])
        ends = k + 4 == len(tokens) or tokens[k + 4].brk or tokens[k + 4].word in pw.CLAUSE_LINKS
        boards = dreamer in pw.DREAMER and verb in pw.GETTING and on in pw.ABOARD
        if boards and one in ("one", "it") and ends:
            return True
    return False


def _got_on(tokens: list[Token]) -> bool:
    """Whether the dreamer gets on board with nothing named after it, so the vehicle the
    sentence names is what one got on: "I got on, and the tram was full of people"."""
    for k in range(len(tokens) - 2):
        dreamer, verb, on = (t.word for t in tokens[k : k + 3])
        ends = k + 3 == len(tokens) or tokens[k + 3].brk or tokens[k + 3].word in pw.CLAUSE_LINKS
        if dreamer in pw.DREAMER and verb in pw.GETTING and on in pw.ABOARD and ends:
            return True
    return False


def _after_a_noun_modifier(tokens: list[Token], last: int) -> bool:
    """Whether token `last` follows an article or a preposition and a noun in one phrase, as
    the head of a compound or after an owner written without its apostrophe: "an ice cave",
    "the stone house", "in grandads shed"."""
    if last < 2 or tokens[last].brk or tokens[last - 1].brk:
        return False
    before = tokens[last - 2].word
    opens = before in ("a", "an", "the") or before in pw.LOCATIVES
    return opens and "NOUN" in readings(tokens[last - 1].word)


def _opens_clause(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the keyword is the first word of its clause."""
    at = token_index(tokens, keyword.start)
    return clause_start(tokens, at) == at


def _at_the_compound(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether a place word that qualifies the next noun follows a preposition of place right
    before it, so that the thing named is somewhere in the place: "at a canal lock", "on the
    river bank" (not "the city lights", "a box of forest moss")."""
    at = token_index(tokens, keyword.start)
    k = at - 1
    while k >= 0 and tokens[k].word in pw.DETERMINERS and not tokens[k + 1].brk:
        k -= 1
    return k >= 0 and not tokens[k + 1].brk and tokens[k].word in pw.LOCATIVES


def _looking_out(tokens: list[Token], keyword: Keyword, nxt: str) -> bool:
    """Whether the dreamer looks out of a window of the place the keyword names, so is in it:
    "you were looking out of your own bedroom window" (not "frost on the kitchen window")."""
    if nxt not in pw.WINDOWS or not _dreamer_before(tokens, keyword):
        return False
    at = token_index(tokens, keyword.start)
    before = [t.word for t in tokens[:at] if t.word not in pw.DETERMINERS | {"own"}]
    return before[-2:] == ["out", "of"] or before[-1:] in (["through"], ["from"])


def _sky_over(tokens: list[Token], keyword: Keyword, named: list[tuple[Keyword, Where]]) -> bool:
    """Whether the sky or weather keyword is what lies over a place the sentence names: "the
    stage had turned to ice, a whole lake of it, under a purple sky" (not "we lay under the
    stars", where the open air is the place)."""
    before = [t.word for t in tokens if t.end <= keyword.start and t.word not in pw.DETERMINERS]
    under = any(word in pw.BELOW for word in before[-2:])
    return under and any(where.place is not None for _, where in named)


def _homeward(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether "home" is only the way one is going: "walking home along the high street", "on
    my way home" (not "I went home", where one then is)."""
    at = token_index(tokens, keyword.start)
    if keyword.text.lower() != "home" or at == 0 or tokens[at].brk:
        return False
    before = tokens[at - 1].word
    return before == "way" or before in pw.MOTION and before.endswith("ing")


def _dreamer_on(
    tokens: list[Token], keyword: Keyword, prepositions: frozenset[str] = pw.LOCATIVES
) -> bool:
    """Whether the dreamer is the one at the place right before the keyword, after one of
    `prepositions`, with at most two words between and no one or nothing else named: "I was
    on the harbour wall", "we sat on the river bank" (not "I heard the wind pulling at the
    gallery door")."""
    at = token_index(tokens, keyword.start) - 1
    while at >= 0 and tokens[at].word in pw.DETERMINERS:
        at -= 1
    if at < 0 or tokens[at].word not in prepositions:
        return False
    before = [t.word for t in tokens[max(0, at - 3) : at]]
    dreamer = [k for k, word in enumerate(before) if word in pw.DREAMER]
    return bool(dreamer) and not set(before[dreamer[-1] + 1 :]) & pw.DETERMINERS


def _woke_in(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether one wakes up in or on the keyword's thing: "and wake up in my own bed" (not
    "woke up with my arm hanging off the bed")."""
    at = token_index(tokens, keyword.start) - 1
    while at >= 0 and (tokens[at].word in pw.DETERMINERS or tokens[at].word == "own"):
        at -= 1
    woke = any(t.word in pw.WAKING for t in tokens[max(0, at - 3) : at])
    return at >= 0 and tokens[at].word in pw.IN_OR_ON and woke


def _a_things(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the keyword is a part of a thing just named: "its roof", "their deck"."""
    at = token_index(tokens, keyword.start)
    return at > 0 and not tokens[at].brk and tokens[at - 1].word in pw.THEIRS


def _dreamer_before(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the dreamer ("I", "we", "you", or "me" with someone: "me and my class") is
    named before the keyword in its sentence."""
    before = [t.word for t in tokens if t.start < keyword.start]
    return any(
        word in pw.DREAMER or word == "me" and "and" in before[max(k - 1, 0) : k + 2]
        for k, word in enumerate(before)
    )


def _turns_into(tokens: list[Token], keyword: Keyword, things: frozenset[int]) -> bool:
    """Whether the keyword follows "was", "became" or "turned to" (determiners aside): the
    place is now that stuff ("the yard was all mud", "the boards turned to grass"); not when
    a thing is what was (things: where the sentence's things end): "every car was my car"."""
    if keyword.text.lower().endswith(("ed", "ing")):  # "the halls were flooded"
        return False
    before = [t for t in tokens if t.start < keyword.start and t.word not in pw.DETERMINERS]
    words = [t.word for t in before]
    if len(words) > 1 and words[-2] in pw.EXISTENTIAL:  # "there was a rowboat": a thing there
        return False
    verb = len(words) - (2 if words[-2:] in pw.TURNED else 1)
    if verb > 0 and before[verb - 1].end in things:
        return False
    return bool(words) and (
        words[-1] in pw.BECOMING and words[-1] != "into" or words[-2:] in pw.TURNED
    )


def _a_thing_became(tokens: list[Token], keyword: Keyword, things: frozenset[int]) -> bool:
    """Whether what the place turns into, or is, is said of a thing (things: where the
    sentence's things end): "the washers were all fish tanks", "the lamp above the chair had
    turned into a round porthole" are those things, in the place in force."""
    at = token_index(tokens, keyword.start)
    skipped = pw.DETERMINERS | pw.WHOLLY
    before = [t for t in tokens[clause_start(tokens, at) : at] if t.word not in skipped]
    while before and "ADJ" in readings(before[-1].word) and before[-1].word not in pw.BECOMING:
        before.pop()  # what it turned into, however described: "into a round porthole"
    words = [t.word for t in before]
    turned = words[-2:] in pw.TURNED
    verb = len(words) - (2 if turned else 1)
    while verb > 0 and words[verb - 1] in pw.BE | {"had", "has", "have"}:
        verb -= 1  # "had turned into", "had been"
    becoming = turned or bool(words) and words[-1] in pw.BECOMING and words[-1] != "into"
    if verb > 0 and words[verb - 1] in pw.SCENE_SUBJECTS:
        return False  # "at the bottom it was suddenly a bowling alley": the scene
    nouns = [t for t in before[:verb] if "NOUN" in readings(t.word)]  # its subject's head,
    # first or last: "the lamp above the chair", "I was in the laundrette, but the washers"
    return becoming and bool(nouns) and (nouns[0].end in things or nouns[-1].end in things)


def _arrived(
    named: list[tuple[Where, float]],
    current: Where | None,
    bound: Where,
    keywords: tuple[Keyword, ...],
) -> bool:
    """Whether a ride has arrived where it was going: a sentence that names nothing of the
    vehicle in force and something of where it went ("We went on the bus to the theme park. We
    waited in the queue for the roller coaster.")."""
    if any(w == current for w, _ in named):
        return False
    return any(k.motif == bound.place and k.drawn for k in keywords)


def _dwelt_on(
    named: list[tuple[Where, float]], before: list[tuple[Where, float]], current: Where | None
) -> list[tuple[Where, float]]:
    """The places a sentence names, those the sentence before named too raised to SHIFTS when
    neither names the place in force: a place the dream dwells on is where it has gone
    ("Outside was a vineyard on a steep hill. The whole slope glowed.")."""
    if any(w == current for w, _ in [*named, *before]):
        return named
    again = {w for w, s in before if s >= MENTION}
    return [(w, SHIFTS if MENTION <= s < SHIFTS and w in again else s) for w, s in named]


def _move(named: list[tuple[Where, float]], current: Where | None, hold: float) -> Where | None:
    """Where a sentence moves to, if anywhere: its last firm place (not a vehicle ridden in a
    place named more firmly: "in the car park, in the driver's seat of a car"), else its
    strongest new place when that is stronger than the fading place in force."""
    firm = [(where, strength) for where, strength in named if strength >= MOVES]
    if firm:
        last = firm[-1][0]
        if firm[-1][1] == RIDES and any(strength > RIDES for _, strength in firm):
            last = max(firm, key=lambda n: n[1])[0]
        return None if last == current else last
    new = [(where, strength) for where, strength in named if where != current]
    if new:
        where, strength = max(new, key=lambda n: n[1])
        if SHIFTS <= strength > hold:
            return where
    return None


def _open_air(sentence: Sentence, keyword: Keyword) -> bool:
    """Whether a sky or weather keyword names somewhere to be: a snowfield, outer space, or
    weather that the whole place turns into ("it was snow", "everything was fog")."""
    if in_open_air(keyword):
        return True
    if keyword_role(keyword) != "weather" or keyword.text.lower().endswith("ing"):
        return False  # "it was night", "it was raining": the time and the weather
    tokens = [t.word for t in tokenize(sentence.text, sentence.start) if t.start < keyword.start]
    near = [w for w in tokens if w not in pw.DETERMINERS][-2:]
    said = tokens[len(tokens) - tokens[::-1].index(near[-1]) :] if near else []
    if set(said) & pw.ONLY:  # "it was just the wind in the cloth": what something was
        return False
    return len(near) == 2 and near[0] in pw.SCENE and near[1] in pw.BECOMING


def _origins(sentence: Sentence, keywords: tuple[Keyword, ...]) -> frozenset[int]:
    """Where the sentence's places named only as where something is from, comes out of or
    passes through start: "the tray from my parents' kitchen", "a postcard from the seaside",
    "I came out of the market onto a beach", "the boat went into a tunnel, and when it came
    out the fair had gone"."""
    places = [k for k in keywords if role_of(k.motif) == "place"]
    lowered = sentence.text.lower()
    emerging = [m.start() + sentence.start for m in pw.EMERGING.finditer(lowered)]
    if not places or "from" not in lowered and "out of" not in lowered and not emerging:
        return frozenset()
    tokens = tokenize(sentence.text, sentence.start)
    found = set()
    text, offset = sentence.text, sentence.start
    for keyword in places:
        before = [t for t in tokens if t.start < keyword.start][-4:]
        owners = {t.word for t in before if text[t.end - offset : t.end - offset + 1] in ("'", "’")}
        near = [t.word for t in before if t.word not in pw.DETERMINERS | owners]  # "from my
        # parents' kitchen"
        after = [t.word for t in tokens if t.start >= keyword.end][:1]
        leaving = near[-1:] == ["from"] or near[-2:] == ["out", "of"]
        passed = near[-1:] in (["into"], ["through"]) and any(at > keyword.end for at in emerging)
        leaving = leaving or passed
        remembered = near[-2:-1] and near[-2] in pw.REMEMBERING  # "what I remember from
        # the forest": it was there
        if leaving and not pw.DREAMS.intersection(after) and not remembered:  # (nor "things I
            found.add(keyword.start)  # remember from the greenhouse dream")
    return frozenset(found)


class Outside(NamedTuple):
    """Where a sentence's open-air imagery starts that is seen from within the indoor place in
    force, through its windows: all of it (views) and what only says where the place stands
    (whereabouts, a part of the views)."""

    views: frozenset[int]
    whereabouts: frozenset[int]


NOTHING_OUTSIDE = Outside(frozenset(), frozenset())


def _outside(tokens: list[Token], keywords: tuple[Keyword, ...], place: str | None) -> Outside:
    """The open-air imagery seen from within an indoor place: in a sentence that opens outside
    ("Outside it began to rain", "Past the window, a heron stood on the fence"), seen out of a
    window ("through the window I could see lightning"), or named after the place as where it
    stands ("a little café by the harbour", "the kitchen overlooking the sea", "a room looking
    over the trees"). Things stay in the room."""
    if place not in indoors():
        return NOTHING_OUTSIDE
    owns = owned().get(place or "", ())
    outdoor = [  # (not what the place draws as its own: "the tunnel under the river")
        k for k in keywords
        if role_of(k.motif) in ("place", "sky", "weather")
        and k.motif not in indoors()
        and k.motif not in owns
    ]
    life = [
        k for k in keywords
        if keyword_role(k) == "subject"
        and _family(k.motif) in OPEN_AIR_LIFE
        and k.motif not in owns
    ]
    if not outdoor and not life:
        return NOTHING_OUTSIDE
    opens = opens_outside(tokens)
    own = [k.end for k in keywords if k.motif == place]
    # unless the sentence says it is in the room: "the rain came through the roof", "snow
    # fell between the beds"
    indoor_weather = any(  # (a window is where one sees it outside)
        t.word in pw.ROOM_PARTS or forms(t.word) & place_things() - pw.WINDOWS for t in tokens
    )
    views, whereabouts = set(), set()
    for keyword in [*outdoor, *life]:
        index = token_index(tokens, keyword.start)
        clause = clause_start(tokens, index)
        if opens or seen_through_window(tokens, clause, index):
            views.add(keyword.start)
        elif keyword.motif in pw.FALLING and not indoor_weather:
            views.add(keyword.start)  # rain or snow named in a room falls beyond its windows
        for end in own:
            between = [t for t in tokens if end <= t.start <= keyword.start]
            words = [t.word for t in between[:-1]]
            linked = words[:1] and words[0] in pw.LINKS | pw.OVERLOOKING
            joined = not any(t.brk for t in between)  # not "the car park outside, flooded"
            if linked and joined and len(words) <= 3 and set(words[1:]) <= pw.DETERMINERS:
                whereabouts.add(keyword.start)
    return Outside(frozenset(views | whereabouts), frozenset(whereabouts))


def _changed(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the place turns into another right after it is named: "the quay became a
    beach", "then the kitchen turned into a forest" (it is gone, not drawn)."""
    k = next_in_clause(tokens, keyword)
    if k is None:
        return False
    into = k + 1 < len(tokens) and tokens[k + 1].word in ("into", "to", "way")
    return tokens[k].word in pw.CHANGED or tokens[k].word in pw.CHANGED_INTO and into


def _whose_roof(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the place only says whose roof one is on: "on the roof of my old school" is up
    on the rooftops, not in a classroom."""
    at = token_index(tokens, keyword.start)
    for k in range(at - 1, max(clause_start(tokens, at), at - 4) - 1, -1):
        if tokens[k].word == "of":
            return k > 0 and tokens[k - 1].word in pw.ROOFS and not tokens[k].brk
    return False


def _qualifiers(
    sentence: Sentence, tokens: list[Token], keywords: tuple[Keyword, ...]
) -> frozenset[int]:
    """Where the sentence's places that only say what kind a thing is start: a place word
    right before a noun that is no place ("my school bag", "the city lights"; not "the forest
    floor" or "the city centre", where the place is what one sees), or right after what makes
    it a toy ("paper boats", "a model village"), whose roof it is ("on the roof of my old
    school"), or what turns into another ("the kitchen became a forest")."""
    toys = frozenset(k.start for k in keywords if k.motif in vessels() and _toy(tokens, k))
    places = [k for k in keywords if role_of(k.motif) == "place" and " " not in k.text]
    if not places:
        return toys
    starts = {k.start for k in keywords if role_of(k.motif) == "place"}
    found = set(toys)
    tags: TokenTags | None = None
    for keyword in places:
        if _toy(tokens, keyword) or _whose_roof(tokens, keyword) or _changed(tokens, keyword):
            found.add(keyword.start)
            continue
        k = next_in_clause(tokens, keyword)
        if k is None or tokens[k].start in starts:
            continue
        word = tokens[k].word
        parts = set(readings(word))
        if "NOUN" not in parts or word in place_things() | pw.AREAS | pw.NOT_THINGS:
            continue
        if _went_somewhere(tokens, k):
            continue  # "a river wound through the valley": what the place did
        if parts != {"NOUN"}:  # "lights", "bag": a noun where the tagger says so
            tags = tags or sentence_tags(sentence.text, sentence.start, tokens)
            if tags is None or tags[k] not in pw.NOUNS:
                continue
        found.add(keyword.start)
    return frozenset(found)


def _went_somewhere(tokens: list[Token], k: int) -> bool:
    """Whether token k is a verb that goes somewhere, however the tagger reads it: "wound
    through", "rose over" (a past form of another verb, then a word of direction), or one
    seen going: "I watched our car drive away" (its bare form after a verb of seeing)."""
    word = tokens[k].word
    verbs = readings(word).get("VERB", ())
    nxt = tokens[k + 1] if k + 1 < len(tokens) and not tokens[k + 1].brk else None
    if nxt is None or nxt.word not in pw.ONWARD:
        return False
    past = any(verb != word for verb in verbs)  # "wound": a form of "wind"
    seen = word in verbs and any(
        forms(t.word) & pw.SEEING for t in tokens[clause_start(tokens, k) : k]
    )
    return past or seen


def _toy(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the word before the keyword makes it a toy: "paper boats", "a model village"."""
    at = token_index(tokens, keyword.start)
    return 0 < at < len(tokens) and not tokens[at].brk and tokens[at - 1].word in pw.TOY_MAKES


def _in_formation(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the keyword is the shape in which something comes, not a place: "sunlight came
    down in bright columns", "tears ran in rivers" (a bare plural of pw.FORMATIONS after "in")."""
    if keyword.text.lower() not in pw.FORMATIONS:
        return False
    before = [t.word for t in tokens if t.start < keyword.start]
    while before and "ADJ" in readings(before[-1]) and before[-1] not in pw.DETERMINERS:
        before.pop()
    return before[-1:] == ["in"]


def _landmarks(
    tokens: list[Token], keywords: tuple[Keyword, ...], place: str | None
) -> frozenset[int]:
    """Where the sentence's other interiors named only as landmarks of the place in force
    start: "round the corner by the lifts", "past the kitchen", "in the old quarry behind my
    school" (an interior fills the frame: it would stand inside or over the place)."""
    if place is None:
        return frozenset()
    others = [k for k in keywords if k.motif in indoors() and k.motif != place]
    if not others:
        return frozenset()
    found = set()
    for keyword in others:
        k = token_index(tokens, keyword.start)
        j = k - 1
        while j > 0 and tokens[j].word in pw.DETERMINERS and not tokens[j + 1].brk:
            j -= 1
        joined = j >= 0 and not any(t.brk for t in tokens[j + 1 : k + 1])
        if joined and tokens[j].word in pw.BESIDE | {"past"}:
            found.add(keyword.start)
    return frozenset(found)


def _heard(keywords: tuple[Keyword, ...], shown: tuple[str, ...]) -> tuple[str, ...]:
    """The motifs a sentence only hears, not also shown: 'I could hear the sea'."""
    heard = (k.motif for k in keywords if k.sense == "sound" and not k.negated)
    return tuple(dict.fromkeys(m for m in heard if m not in shown))


def _verbal(keyword: Keyword) -> bool:
    """Whether the keyword is a verb's form, not a noun: "flowing", "flooded"."""
    word = keyword.text.lower()
    return " " not in word and word.endswith(("ing", "ed")) and "NOUN" not in readings(word)


def _owned_windows(tokens: list[Token], keywords: tuple[Keyword, ...]) -> frozenset[int]:
    """Where the keywords that name the windows of something start, which that room, building
    or vehicle draws itself: "the church on the hill, and its windows were lit", "the windows
    are steamed up" (not "a window hung in the air", a thing of its own)."""
    owned: set[int] = set()
    for keyword in keywords:
        if not _glazing(keyword):
            continue
        at = token_index(tokens, keyword.start)
        before = [t.word for t in tokens[clause_start(tokens, at) : at]][-3:]
        determiners = [w for w in before if w in pw.DETERMINERS]
        if not determiners or determiners[-1] not in ("a", "an"):
            owned.add(keyword.start)
    return frozenset(owned)


def _glazing(keyword: Keyword) -> bool:
    """Whether the keyword names a window: "the windows fogged up"."""
    return bool(forms(keyword.text.lower().split()[-1]) & pw.WINDOWS)


def _focus(
    keywords: tuple[Keyword, ...],
    place: str | None,
    origins: frozenset[int] = frozenset(),
    outside: Outside = NOTHING_OUTSIDE,
    qualifiers: frozenset[int] = frozenset(),
    colored: frozenset[str] = frozenset(),
    lenders: dict[int, str] | None = None,
) -> tuple[list[str], list[str], list[str]]:
    """(focus, accents, seen outside) of one sentence's keywords (origins: where its places
    named only as where something is from or one comes out of start: not drawn;
    outside: its imagery seen from within an indoor place, through the windows: what only says
    where the place stands is an accent; qualifiers: where its places that only say what kind
    a thing is, that are only landmarks of the room one is in, or that are not to be drawn
    (SentencePlaces.undrawn) start: not drawn, "my school bag" is a bag, "round the corner by
    the lifts" is in the corridor, "the lift" after "a ski lift" is the mountain's; colored: the
    motifs the sentence gives a colour, which it dwells on: "snow and pine trees under a big
    orange moon"; lenders: where the colour words that gave them their colours start, and the
    motif each coloured: a material whose thing is drawn is only its colour, "a silver fish"
    draws no glints of silver, but the stained glass of a church's own windows is drawn)."""
    scores: dict[str, float] = {}
    accents: list[str] = []
    through: list[str] = []
    floating, waters_drawn = on_water()
    dry = place not in waters_drawn and not any(
        _drawable(k) and k.motif in waters_drawn for k in keywords
    )
    for keyword in keywords:
        role = keyword_role(keyword)
        if not keyword.drawn or keyword.start in qualifiers:
            continue
        if dry and keyword.motif in floating:
            continue  # rings on no water drawn would float over the scene
        if keyword.start in outside.views and keyword.motif not in through:
            through.append(keyword.motif)
        if keyword.start in outside.whereabouts:
            role = "accent"
        if keyword.figurative and "place" in (role, role_of(keyword.motif)):
            continue  # a place in a figure would stand in the scene: "icebergs like cathedrals",
            # "the water was warm as a bath"
        if place == "cabin" and keyword.text.lower() in pw.AIRCRAFT:
            continue  # the plane one is aboard is its cabin
        afloat = place in waters() and keyword.motif in travelled()
        if afloat and _travelled_kind(keyword) == "vehicle":
            continue  # cars on a ferry's deck are no road across the water
        if role == "place" and _verbal(keyword):
            role = "accent"  # what a place does is no place: "a line of embers flowing across"
        if keyword.start in origins:
            continue  # where a thing is from or one comes out of is not in the picture
        if keyword.figurative or role == "accent":
            if keyword.motif not in accents:
                accents.append(keyword.motif)
            continue
        if keyword.motif == place or place in indoors() and _glazing(keyword):
            continue  # the room draws its own windows
        if place in under_water() and _above_water(keyword.motif):
            continue  # under the sea: "a whale passed the porthole", no horizon or rain
        if place is not None and keyword.motif in owned().get(place, ()):
            continue  # the place's own: "a crack in the rock" of a cavern
        if place is not None and insides().get(keyword.motif) == place:
            continue  # the cabin one is inside of is the room one is in
        if keyword.motif in climbed() and place in climbed():
            continue  # the stairs of the stairwell one is on are its own
        furnishing = role == "generic" and role_of(keyword.motif) == "place"
        own = place is not None and keyword.text.lower().split()[-1] in pw.ROOM_PARTS
        if furnishing and (own or place not in indoors() or {place, keyword.motif} <= house()):
            continue  # a place's furnishing out of doors is not its place: a fence in a
            # meadow draws no city, a bed in a field no room; nor in a room of the house, where
            # it stands (a table in the kitchen); nor are the walls and floor of where one is
            # (a cave's walls are no city); elsewhere indoors it may be next door
        motif = keyword.motif
        if role == "place" and place is not None and place not in indoors():
            motif = outsides().get(motif, motif)  # seen from outside: "the shed stood in a field"
        score = FOCUS_WEIGHT[role] * keyword.weight * (COLORED if motif in colored else 1.0)
        scores[motif] = max(scores.get(motif, 0.0), score)
    ranked = sorted(scores, key=lambda m: -scores[m])
    focus = [m for m in ranked[:MAX_FOCUS] if scores[m] >= SECOND_FOCUS * scores[ranked[0]]]
    accents += [m for m in ranked if m not in focus and m not in accents]
    drawn = {*focus, *accents}
    lent = {  # a material that is only the colour of a thing drawn
        k.motif for k in keywords
        if k.motif in materials() and (lenders or {}).get(k.start) in drawn
    }
    focus = [m for m in focus if m not in lent]
    accents = [m for m in accents if m not in lent]
    return focus, accents, [m for m in through if m in focus or m in accents]


def direct(plan: ScenePlan) -> SceneScript:
    """The scene script of a plan: passages with their settings, each sentence's focus."""
    places = _places(plan)
    # sentences before the first place are already in it (not one only talked about)
    opening = next(  # (the most firmly named of its sentence)
        (
            (i, max(here.named, key=lambda named: named[1]))
            for i, here in enumerate(places)
            if any(s > ABOUT for _, s in here.named)
        ),
        None,
    )
    first_place = opening[1] if opening else None
    if opening and _leaves_for(plan.dream.sentences[opening[0]], plan.sentences[opening[0]]):
        talked = [w for here in places[: opening[0]] for w, _ in here.named if w.place]
        first_place = (talked[0], ABOUT) if talked else first_place  # "dreamt about the
        # laundromat ... went out the back door into the alley": one was in the laundromat
    if opening and any(here.building for here in places[: opening[0]]):
        first_place = None  # one was outside a lighthouse before going in: not in it already
    current = first_place[0] if first_place else None
    passage, first = 0, 0
    passages: list[Passage] = []
    scenery: list[str] = []
    sentences: list[SentenceDirection] = []
    # how firmly the place in force holds (it fades while it goes unnamed): the first place as
    # firmly as it was named, and at least as firmly as one that is there ("there was a forest")
    hold = max(first_place[1], PRESENT) if first_place else 1.0
    seen: set[Where] = set()
    returning = False
    inside: str | None = None  # the inside of the last place named that one can go into
    afloat = False  # the place in force is the water a vessel one is aboard floats on
    before: list[tuple[Where, float]] = []  # the places the sentence before named
    bound: Where | None = None  # where the ride in force goes
    last_water: Where | None = None  # the last water named
    outside: Where | None = None  # what an "Outside, ..." showed while one was indoors
    released = False  # the place in force is gone, and no place has been named since
    for i, sentence_plan in enumerate(plan.sentences):
        here = places[i]
        returning = here.returning or returning and not here.named  # "I went back up."
        named = [
            (w, max(s, PRESENT) if returning and w in seen else s) for w, s in here.named
        ]
        lightly = all(s <= MENTION for _, s in named)  # (what "Inside, ..." names lightly is
        opened = here.goes_in and lightly and _opens_inside(plan.dream.sentences[i])  # in it)
        if here.goes_in and inside is not None and (not here.named or opened):
            named = [(Where(inside, inside), LOCATIVE)]  # "you find a cabin. You go inside.",
            # "a wooden hut ... Inside, a fire is burning ... falls to the floor"
        elif here.goes_in:  # "i went inside and the whole food court was full of sheep"
            named = [(w, max(s, PRESENT) if w.place in indoors() else s) for w, s in named]
        none_firm = all(s < MOVES for _, s in named)
        if i and none_firm and _in_it(plan.dream.sentences[i], sentence_plan.named):
            there = [  # (in the two sentences before; a place only talked about, or said, too)
                w for before in plan.sentences[max(0, i - 2) : i] for k in before.named
                if role_of(k.motif) == "place" and _drawable(k)
                and (w := Where(k.motif, k.motif)) != current
            ]
            named += [(there[-1], LOCATIVE)] if there else []  # "You can see our allotment
            # from here." ... "Then we were standing in it, in the mud."
        inside = next(
            (  # not a landmark: "my allotment is behind the railway line"; an indoor place
                insides().get(w.place, w.place)  # is its own inside: "one tiny shop that
                for w, s in reversed(here.named)  # cuts keys ... Inside, ..."
                if w.place is not None and (w.place in insides() or w.place in indoors())
                and s > ABOUT
            ),
            here.building or inside,
        )
        if here.goes_back and not here.named and i + 1 < len(places):  # "I went back up.
            named = [  # The hotel room was still there.": back there from the going back
                (w, PRESENT) for w, s in places[i + 1].named if s > ABOUT
            ][:1]
        if afloat:  # a room named aboard is where one is: "We went down to the cabin"
            named = [
                (w, max(s, MOVES) if w.place in indoors() and s >= SHIFTS else s) for w, s in named
            ]
        aboard = {w.place for w, s in named if s >= MOVES}  # "a classroom on a school boat"
        wet = [k.motif for k in sentence_plan.named if k.motif in waters() and k.drawn]
        last_water = Where(wet[-1], wet[-1]) if wet else last_water
        if here.afloat and not aboard & (set(waters()) | indoors()):
            water = current if current and current.place in waters() else last_water
            named.append((water or Where(waters()[0], waters()[0]), RIDES))  # on the water
            # in force, else the last named ("we rowed between the reeds" of the river)
        sentence = plan.dream.sentences[i]  # a place only talked about is not arrived at
        heard = tuple(k for k in sentence_plan.named if not _talked_about(sentence, k))
        if bound is not None and _arrived(named, current, bound, heard):
            named.append((bound, LOCATIVE))  # "We waited in the queue for the roller coaster"
        view = places[i - 1].view if i else None
        indoor = current is not None and current.place in indoors()
        if view is not None and indoor and here.outdoors and not here.named:
            named.append((view, LOCATIVE))  # the view goes on: out there now
        outside = places[i - 1].view or outside if i and indoor else None
        if outside is not None and here.goes_out and not here.named:
            named.append((outside, LOCATIVE))  # out into what the window showed
        if here.comes_up and current is not None and current.place in under_water():
            sea = next((w for w, _ in named if w.place in waters()), Where("ocean", "ocean"))
            named.append((sea, LOCATIVE))  # up out of the water: on its surface
        hold = max([hold, *(s for w, s in named if w == current)])
        named, before = _dwelt_on(named, before, current), named
        named = [  # under the water only by going there: "a town built upside down beneath
            (w, MENTION if w.place in under_water() and MENTION < s <= MENTION_THERE else s)
            for w, s in named  # the surface" is seen from the bank
        ]
        if current is not None and current.place in owned():
            own = owned()[current.place]  # its own, lightly named, is part of it: "in one of
            named = [  # the pools" of a bog
                (w, min(s, MENTION) if w.place in own and s < LOCATIVE and s != BECOMES else s)
                for w, s in named
            ]
        if sentences and _gone_from(plan.dream.sentences[i], sentence_plan.keywords, current):
            passages.append(_passage(passage, first, i - 1, current))  # "the whole city was
            passage, first, scenery = passage + 1, i, []  # gone": out in the open air, until
            current, hold, released = None, 0.0, True  # a place is named, however lightly
        moved = _move(named, current, hold)
        if released and moved is None:
            moved = max(  # "There were only trees, and a brown river ran between them."
                ((w, s) for w, s in named if w.place is not None and s > ABOUT),
                key=lambda n: n[1],
                default=(None, 0.0),
            )[0]
        released = released and moved is None
        if moved is not None and sentences and first < i:  # (a place gone in this sentence
            passages.append(_passage(passage, first, i - 1, current))  # has ended its passage)
            passage, first, scenery = passage + 1, i, []
        if moved is not None:  # (the first sentence settles the first place)
            afloat = here.afloat and moved.place in waters()  # on the water from a vessel
            current = moved
            hold = max(s for w, s in named if w == current)
            bound = None
        bound = here.bound_for or bound
        hold -= FADE
        if current is not None:
            seen.add(current)
        # the sky of another time of day leaves the setting (the sun at midnight), unless named
        scenery = [m for m in scenery if in_its_time(m, sentence_plan.daylight)]
        place = current.place if current else None
        for keyword in sentence_plan.keywords:
            role = keyword_role(keyword)
            if _drawable(keyword) and role in ("sky", "weather"):
                if keyword.motif in scenery:
                    scenery.remove(keyword.motif)
                if keyword.motif not in owned().get(place or "", ()):  # the moon one is on
                    scenery = [*scenery, keyword.motif][-MAX_SCENERY:]
        sentence = plan.dream.sentences[sentence_plan.index]
        imagery = sentence_plan.named
        tokens = tokenize(sentence.text, sentence.start) if imagery else []
        colors, lenders = named_colors(
            tokens, imagery, default_matcher().lexicon, _colorable, _is_color
        )
        focus, accents, through = _focus(
            imagery,
            place,
            _origins(sentence, imagery),
            _outside(tokens, imagery, place),
            _qualifiers(sentence, tokens, imagery)
            | _landmarks(tokens, imagery, place)
            | _owned_windows(tokens, imagery)
            | here.undrawn,
            frozenset(colors),
            lenders,
        )
        setting = _setting(current, scenery)
        cues: dict[str, int] = {}
        for keyword in sentence_plan.named:
            cues.setdefault(keyword.motif, keyword.start)
        sentences.append(
            SentenceDirection(
                i, passage, setting, tuple(focus), tuple(accents), cues, tuple(through),
                _heard(sentence_plan.named, (*focus, *accents, *setting)), colors,
            )
        )
    if plan.sentences:
        passages.append(_passage(passage, first, len(plan.sentences) - 1, current))
    return SceneScript(
        tuple(sentences), tuple(passages), _ranked(plan, sentences), single_motifs(plan)
    )


def _colorable(keyword: Keyword) -> bool:
    """Whether a colour word can colour what the keyword names: a thing, a creature, a light,
    the sky or a place itself (not a person, a place's things or stuff, a catch-all)."""
    role = keyword_role(keyword)
    return role in ("subject", "sky", "weather") or role == "place" and sets_scene(keyword)


def _is_color(keyword: Keyword) -> bool:
    """Whether the keyword is a colour word or a material ("green", "brass"), not a thing."""
    return role_of(keyword.motif) == "accent"


def _gone_from(sentence: Sentence, keywords: tuple[Keyword, ...], current: Where | None) -> bool:
    """Whether the sentence says the place in force is not there any more: "the whole city
    was gone", "the kitchen had vanished" (not "there were no portholes" of a ship)."""
    if current is None or current.place is None:
        return False
    tokens = tokenize(sentence.text, sentence.start)
    for keyword in keywords:
        if keyword.negated and keyword.motif == current.place and role_of(keyword.motif) == "place":
            after = token_index(tokens, keyword.end)
            clause = takewhile(lambda t: not t.brk, tokens[after : after + 4])
            if any(t.word in pw.VANISHED for t in clause):
                return True
    return False


def _passage(index: int, first: int, last: int, where: Where | None) -> Passage:
    return Passage(index, first, last, *(where or (None, None)))


def _setting(where: Where | None, scenery: list[str]) -> tuple[str, ...]:
    """The place in force (or what shows the open air) first, then its sky and weather (none
    indoors or under the water)."""
    if where is None:
        return tuple(scenery)
    if where.place in indoors():
        return (where.anchor,)
    under = where.place in under_water()  # no sky or weather under the sea
    kept = [m for m in scenery if m != where.anchor and not (under and _above_water(m))]
    return (where.anchor, *kept)


def _ranked(plan: ScenePlan, sentences: list[SentenceDirection]) -> tuple[MotifScore, ...]:
    """The dream's motifs, strongest first: what is drawn as setting or focus, by how much of
    the dream it fills; catch-alls and imagery that is only negated or figurative last."""
    total: dict[str, float] = {}
    for direction, sentence_plan in zip(sentences, plan.sentences, strict=True):
        literal = {k.motif for k in sentence_plan.keywords if not k.figurative}
        for motif in direction.setting[:1]:
            total[motif] = total.get(motif, 0.0) + 1.0
        for motif in direction.setting[1:]:
            total[motif] = total.get(motif, 0.0) + 0.3
        for motif in direction.focus:
            total[motif] = total.get(motif, 0.0) + 0.9 * RANK_WEIGHT.get(role_of(motif), 1.0)
        for motif in direction.accents:
            if motif in literal:  # (one only in a figure ranks last: "yellow as butter")
                total[motif] = total.get(motif, 0.0) + 0.15
    first: dict[str, int] = {}
    for score in plan.motifs:
        first[score.name] = score.first_sentence
        total.setdefault(score.name, 0.0)
    ranked = sorted(total, key=lambda m: (-total[m], first.get(m, 0), m))
    return tuple(MotifScore(m, round(total[m], 3), first.get(m, 0)) for m in ranked)
