"""Regenerate assets/lexicon_places.toml, the nearest pictured place of every place noun that
the lexicon reads as a catch-all thing or not at all (a gym is a hall, a guestroom a room),
read from Princeton WordNet 3.0's hypernyms; and assets/lexicon_things.toml, the made things
that no motif reads (a counter), drawn as the catch-all 'objects'.

Run at development time from the repository root, with the WordNet database that nltk reads
(`python -c "import nltk; nltk.download('wordnet')"`, or Debian's wordnet-base files linked as
~/nltk_data/corpora/wordnet):

    python tools/wordnet_places.py

The rule: a noun's most frequent sense (its first) must be a building, room, structure, area
or piece of land (WordNet's noun.artifact, noun.location or noun.object files); its broader
terms are searched breadth first, up to four steps up, for an anchor: the first sense of a
single-word term that the hand-written lexicon (assets/lexicon.toml) gives a place motif or a
walkable structure (a bridge, stairs). The nearest anchor's motif is the noun's. Words the
lexicon already reads as something other than a catch-all keep their reading, and so do words
of the director's table of things (assets/setting_words.toml), which are no place to be in, and
names of a way through a place (a deer trail, a ski run: the head is one of the director's ways).
A noun that reaches no place and that no motif reads is a made thing when its most used sense
is an artifact, or a written or drawn thing one can see: a document, a publication, paper, a
work of art or a mark (not a gerund like 'facing', nor a pronoun like 'mine', nor two words
whose first is a room of a house: "a kitchen table" is read as the kitchen and its table).
"""

from __future__ import annotations

import sys
import tomllib
from collections import deque
from pathlib import Path

from nltk.corpus import wordnet as wn
from nltk.corpus.reader.wordnet import Synset, WordNetCorpusReader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from renderer.director import house, roles, setting_things, ways  # noqa: E402
from renderer.mapping.lexicon import load_lexicon, split_term  # noqa: E402
from renderer.mapping.matcher import forms, readings  # noqa: E402
from renderer.mapping.unplaced import concrete_nouns  # noqa: E402

OUT = ROOT / "assets" / "lexicon_places.toml"
THINGS = ROOT / "assets" / "lexicon_things.toml"
CATCH_ALL = frozenset(m for m, r in roles().items() if r == "generic")
WALKABLE = ("bridge", "stairs")  # structures one stands on: their words can be places too
FILES = frozenset({"noun.artifact", "noun.location", "noun.object"})
# the broad senses that places are kinds of: buildings and other structures, rooms and parts of
# buildings, facilities, platforms, ways through a building (corridors, stairs), locations,
# landforms and bodies of water
ROOTS = frozenset(
    {
        "structure.n.01", "area.n.05", "facility.n.01", "platform.n.01", "way.n.06",
        "location.n.01", "geological_formation.n.01", "body_of_water.n.01",
    }
)
STEPS = 4
PRINTED = frozenset(  # written and drawn things one can see: a letter, a book, a page, a drawing
    ["document.n.02", "publication.n.01", "paper.n.01", "artwork.n.01", "mark.n.04"]
)
PRONOUNS = frozenset(["mine", "yours", "hers", "ours", "theirs"])  # WordNet's 'mine' is a pit
# broad senses whose kinds are not one place: a "way" is a road or a path, not a city street;
# a "device" or "container" is a thing; a compartment (a cell, a cubbyhole, a letter box) is a
# small space inside something
NOT_PLACES = frozenset(
    {"instrumentality.n.03", "covering.n.02", "device.n.01", "conduit.n.01", "way.n.06",
     "compartment.n.01"}
)
# words whose everyday sense WordNet's counts miss: a grill is a kitchen's thing before it is a
# grillroom, a food court the inside of a shopping centre, a piste a ski slope on a mountain
USAGE: dict[str, str | None] = {"grill": None, "food court": "hall", "piste": "mountains"}
# where no term of the lexicon is near, the nearest of these broader terms: grounds laid out for
# a sport or for shooting are open grass, a track is a stadium, a field for aircraft an airport,
# an animal's pen or yard a farm; any other part of a building, building or facility (a gym, a
# food court) is the inside of a large building, the hall
BROAD = {
    "course.n.09": "meadow", "range.n.05": "meadow", "racetrack.n.01": "stadium",
    "airfield.n.01": "airport", "pen.n.02": "barn", "yard.n.09": "barn",
    "area.n.05": "hall", "building.n.01": "hall", "facility.n.01": "hall",
}


def _wordnet_without_sense_map() -> None:
    """nltk maps other WordNet versions' sense keys on load; the Princeton 3.0 files need none,
    and Debian's copy has no index.sense to map from."""
    WordNetCorpusReader.map_wn = lambda self, version="oewn": {}


def _count(synset: Synset, word: str) -> int:
    """How often WordNet's tagged texts use the word in this sense."""
    name = word.replace(" ", "_")
    return sum(lemma.count() for lemma in synset.lemmas() if lemma.name().lower() == name)


def _place_sense(word: str) -> Synset | None:
    """The word's first concrete sense among its first two, when that sense is a place and
    no other sense is used more often."""
    senses = wn.synsets(word.replace(" ", "_"), "n")
    counts = [_count(synset, word) for synset in senses]
    for k, synset in enumerate(senses[:2]):
        if synset.lexname() in FILES:
            if counts[k] < max(counts):
                return None
            broader = {s.name() for path in synset.hypernym_paths() for s in path}
            return synset if broader & ROOTS and not broader & NOT_PLACES - {"way.n.06"} else None
    return None


def _anchors(lexicon_motifs: dict[str, list[str]]) -> dict[str, str]:
    """synset name -> motif, from the first sense of the hand-written terms of places; a sense
    goes to the motif of the term it is named after (factory.n.01 to the one with 'factory')
    before that of a synonym whose first sense it is too ('mill')."""
    named: dict[str, str] = {}
    found: dict[str, str] = {}
    for motif, terms in lexicon_motifs.items():
        for term in terms:
            word, _ = split_term(term)
            sense = _place_sense(word)
            if sense is not None:
                head = sense.name().rsplit(".", 2)[0].replace("_", " ")
                (named if head == word else found).setdefault(sense.name(), motif)
    return found | named


def _nearest(word: str, anchors: dict[str, str]) -> str | None:
    sense = _place_sense(word)
    if sense is None:
        return None
    queue = deque([(sense, 0)])
    seen = set()
    while queue:
        synset, depth = queue.popleft()
        if synset.name() in anchors:
            return anchors[synset.name()]
        if depth == STEPS or synset.name() in NOT_PLACES:
            continue
        for broader in synset.hypernyms():
            if broader.name() not in seen:
                seen.add(broader.name())
                queue.append((broader, depth + 1))
    broader = [s.name() for path in sense.hypernym_paths() for s in reversed(path)]
    return next((BROAD[name] for name in broader if name in BROAD), None)


def _is_noun_first(word: str) -> bool:
    """Whether the word is mainly a noun (more tagged noun uses than verb or adjective ones)."""
    def uses(pos: str) -> int:
        return sum(
            lemma.count() for s in wn.synsets(word, pos) for lemma in s.lemmas()
            if lemma.name().lower() == word
        )

    noun = uses("n")
    return noun > 0 and noun >= uses("v") and noun >= uses("a") + uses("s")


def main() -> None:
    _wordnet_without_sense_map()
    for written in (OUT, THINGS):  # the lexicon as written by hand and from WordNet alone
        written.unlink(missing_ok=True)
    hand = tomllib.loads((ROOT / "assets" / "lexicon.toml").read_text(encoding="utf-8"))
    places = {m for m, r in roles().items() if r == "place"} | set(WALKABLE)
    anchors = _anchors(
        {m: body.get("terms", []) for m, body in hand["motifs"].items() if m in places}
    )
    lexicon = load_lexicon()
    reading = {
        split_term(t)[0]: m.name for m in lexicon.motifs.values() for t in m.all_terms
    }
    candidates = set(concrete_nouns()) | {w for w, m in reading.items() if m in CATCH_ALL}
    candidates |= {
        lemma.name().replace("_", " ").lower()
        for synset in wn.all_synsets("n") if synset.lexname() in FILES | {"noun.communication"}
        for lemma in synset.lemmas() if lemma.count() > 0
    }
    compounds = {  # two-word names of places, which the tagged texts seldom hold: a food court
        lemma.name().replace("_", " ")
        for synset in wn.all_synsets("n") if synset.lexname() in FILES
        for lemma in synset.lemmas() if lemma.name().count("_") == 1 and lemma.name().islower()
    }
    places_only = {word for word in compounds if _place_sense(word) is not None} - candidates
    candidates |= places_only
    known = set(reading)
    things = setting_things()
    routes = ways() | {"way", "line"}
    table: dict[str, list[str]] = {}
    objects: list[str] = []
    for word in sorted(candidates):
        if reading.get(word, "objects") not in CATCH_ALL or word in things:
            continue
        if not word.replace(" ", "").isalpha() or forms(word) & lexicon.abstract:
            continue
        ambiguous = " " not in word and wn.synsets(word, "v") + wn.synsets(word, "a")
        if ambiguous and not _is_noun_first(word):
            continue
        term = f"{word}/n" if ambiguous and word in readings(word).get("NOUN", ()) else word
        motif = USAGE[word] if word in USAGE else _nearest(word, anchors)
        if motif is not None and forms(word.split()[-1]) & routes:
            continue  # a way through a place, no place to be: a deer trail, a ski run
        if motif is not None:
            table.setdefault(motif, []).append(term)
        elif word in places_only or word in known or word in PRONOUNS or _gerund(word):
            continue
        elif _is_thing(word) and reading.get(word.split()[0]) not in house():
            objects.append(term)  # (not "a kitchen table": the kitchen, then its table)
    OUT.write_text(_render(PLACES_HEADER, table), encoding="utf-8")
    THINGS.write_text(_render(THINGS_HEADER, {"objects": objects}), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {sum(map(len, table.values()))} words")
    print(f"{THINGS.relative_to(ROOT)}: {len(objects)} words")


def _gerund(word: str) -> bool:
    """'facing', 'carving': mostly the doing of a verb, which is no thing to draw."""
    return word.endswith("ing") and word not in readings(word).get("VERB", (word,))


def _is_thing(word: str) -> bool:
    """Whether the word's most used sense is a made thing (a lid) or a written or drawn thing
    one can see (a letter, an atlas, a page, a footprint, a drawing)."""
    senses = wn.synsets(word.replace(" ", "_"), "n")
    if not senses:
        return False
    counts = [_count(synset, word) for synset in senses]
    sense = senses[counts.index(max(counts))]
    if sense.lexname() == "noun.artifact":
        return True
    broader = {s.name() for path in sense.hypernym_paths() for s in path}
    return sense.lexname() == "noun.communication" and bool(broader & PRINTED)


PLACES_HEADER = [
    "# Place nouns that the lexicon would read as a catch-all thing or not at all, each in its",
    "# nearest pictured place by Princeton WordNet 3.0's hypernyms (WordNet 3.0 Copyright 2006",
    "# by Princeton University; its licence permits use and redistribution). Generated by",
    "# tools/wordnet_places.py (the rule is in its docstring); do not edit by hand.",
    "# renderer/mapping/lexicon.py moves these words out of the catch-all motifs into these.",
    "# `/n`: the word is also a verb or an adjective and counts only as a noun.",
]
THINGS_HEADER = [
    "# Made things that no motif reads and that are no place: a counter, a folder, blinds. They",
    "# are drawn as the catch-all 'objects' (never the setting, never leading). Their most used",
    "# sense in Princeton WordNet 3.0 is an artifact, they are mainly nouns and attested in its",
    "# sense-tagged texts (WordNet 3.0 Copyright 2006 by Princeton University; its licence",
    "# permits use and redistribution). Generated by tools/wordnet_places.py; do not edit by",
    "# hand. `/n`: the word is also a verb or an adjective and counts only as a noun.",
]


def _render(header: list[str], table: dict[str, list[str]]) -> str:
    lines = list(header)
    for motif in sorted(table):
        lines += ["", f"[motifs.{motif}]", "terms = ["]
        row = "  "
        for word in table[motif]:
            item = f'"{word}", '
            if len(row) + len(item) > 99:
                lines.append(row.rstrip())
                row = "  "
            row += item
        lines += [row.rstrip(), "]"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
