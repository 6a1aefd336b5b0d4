"""Load and validate the imagery lexicon (assets/lexicon.toml): motifs, colours, word lists."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from renderer.errors import ReverieError
from renderer.paths import assets_dir

FAMILIES = (
    "sky_space",
    "light",
    "water",
    "land",
    "flora",
    "fauna",
    "structures_places",
    "weather_elements",
    "motion_transformation",
    "people_figures",
    "colour_material",
)
POS_TAGS = {"n": "NOUN", "v": "VERB", "a": "ADJ"}
CORE_WEIGHT = 0.9  # nouns and phrases naming a thing
SOFT_WEIGHT = 0.6  # adjectives and verbs of light, motion and texture
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Motif:
    """One motif: its family, its own colours, its terms (`soft` terms weigh less)."""

    name: str
    family: str
    colors: tuple[str, ...]
    terms: tuple[str, ...]
    soft: tuple[str, ...] = ()

    @property
    def all_terms(self) -> tuple[str, ...]:
        return self.terms + self.soft


@dataclass(frozen=True)
class Sense:
    """Another sense of a term, read where its cues are in the sentence: the theatre's 'wings'
    (near 'stage' or 'curtain') are no birds. `motif` None: not imagery in that sense."""

    word: str  # a lemma
    motif: str | None
    context: frozenset[str]  # lemmas, any one of them anywhere in the sentence
    before: frozenset[str] = frozenset()  # if given, one of these words right before the word


@dataclass(frozen=True, eq=False)
class Lexicon:
    motifs: dict[str, Motif]
    colors: dict[str, str]  # colour word or material -> "#rrggbb"
    abstract: frozenset[str]
    negators: frozenset[str]
    intensifiers: frozenset[str]
    idioms: tuple[str, ...]
    measures: frozenset[str]  # terms that, followed by "of" + an abstraction, are figurative
    arousal_high: frozenset[str]
    arousal_low: frozenset[str]
    sounds: frozenset[str] = frozenset()  # nouns of sound: 'seagull noises' shows no seagull
    visible_verbs: frozenset[str] = frozenset()  # noun terms still imagery as verbs ('it rained')
    moving_verbs: dict[str, str] = field(default_factory=dict)  # lemma -> motif, things' motion
    senses: tuple[Sense, ...] = ()

    @property
    def term_count(self) -> int:
        return sum(len(m.all_terms) for m in self.motifs.values())


def split_term(term: str) -> tuple[str, str | None]:
    """'leaf/n' -> ('leaf', 'NOUN'); 'rose gold' -> ('rose gold', None)."""
    text, _, tag = term.partition("/")
    return text.strip().lower(), POS_TAGS.get(tag) if tag else None


def default_path() -> Path:
    return assets_dir() / "lexicon.toml"


def supplement_path(path: Path) -> Path:
    """The derived terms beside a lexicon: lexicon.toml -> lexicon_wordnet.toml."""
    return path.with_name(path.stem + "_wordnet" + path.suffix)


def idioms_path(path: Path) -> Path:
    """The idiom table beside a lexicon: lexicon.toml -> lexicon_idioms.toml."""
    return path.with_name(path.stem + "_idioms" + path.suffix)


@cache
def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read and validate the lexicon; a broken file raises ReverieError."""
    path = path or default_path()
    data = _read(path)
    extra = supplement_path(path)
    if extra.is_file():
        _merge_terms(data, _read(extra), extra)
    idioms = [*data.get("idioms", {}).get("phrases", [])]
    table = idioms_path(path)
    if table.is_file():
        idioms.extend(_read(table).get("idioms", {}).get("phrases", []))
    motifs = {name: _motif(name, body) for name, body in data.get("motifs", {}).items()}
    _check_unique(motifs)
    colors = {k.lower(): v for k, v in data.get("colors", {}).items()}
    for word, hex_ in colors.items():
        if not _HEX.match(hex_):
            raise ReverieError(f"lexicon colour {word!r} is not #rrggbb: {hex_!r}")
    arousal = data.get("arousal", {})
    return Lexicon(
        motifs=motifs,
        colors=colors,
        abstract=frozenset(w.lower() for w in data.get("abstract", {}).get("words", [])),
        negators=frozenset(w.lower() for w in data.get("negators", {}).get("words", [])),
        intensifiers=frozenset(w.lower() for w in data.get("intensifiers", {}).get("words", [])),
        idioms=tuple(dict.fromkeys(p.lower() for p in idioms)),
        measures=frozenset(w.lower() for w in data.get("figurative", {}).get("measures", [])),
        arousal_high=frozenset(arousal.get("high", [])),
        arousal_low=frozenset(arousal.get("low", [])),
        sounds=frozenset(w.lower() for w in data.get("sounds", {}).get("words", [])),
        visible_verbs=frozenset(w.lower() for w in data.get("verbs", {}).get("visible", [])),
        moving_verbs=_moving(data.get("verbs", {}).get("moving", {}), motifs),
        senses=tuple(_sense(body, motifs) for body in data.get("senses", [])),
    )


def _moving(table: dict[str, Any], motifs: dict[str, Motif]) -> dict[str, str]:
    for verb, motif in table.items():
        if motif not in motifs:
            raise ReverieError(f"lexicon: verb {verb!r} names an unknown motif {motif!r}")
    return {verb.lower(): motif for verb, motif in table.items()}


def _sense(body: dict[str, Any], motifs: dict[str, Motif]) -> Sense:
    motif = body.get("motif") or None
    if motif is not None and motif not in motifs:
        raise ReverieError(f"lexicon sense of {body.get('word')!r} names no motif: {motif!r}")
    if not body.get("word") or not body.get("context"):
        raise ReverieError(f"lexicon sense needs a word and its context words: {body!r}")
    return Sense(
        body["word"].lower(),
        motif,
        frozenset(w.lower() for w in body["context"]),
        frozenset(w.lower() for w in body.get("before", ())),
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ReverieError(f"cannot read the lexicon {path}: {error}") from error


def _merge_terms(data: dict[str, Any], extra: dict[str, Any], path: Path) -> None:
    """Append the supplement's [motifs.X] terms to the lexicon's motifs of the same name."""
    motifs = data.setdefault("motifs", {})
    for name, body in extra.get("motifs", {}).items():
        if name not in motifs:
            raise ReverieError(f"{path.name}: motif {name!r} is not in the lexicon")
        motifs[name]["terms"] = [*motifs[name].get("terms", ()), *body.get("terms", ())]


def _motif(name: str, body: dict[str, Any]) -> Motif:
    family = body.get("family")
    if family not in FAMILIES:
        raise ReverieError(f"lexicon motif {name!r} has an unknown family {family!r}")
    colors = tuple(body.get("colors", ()))
    if not 1 <= len(colors) <= 3 or not all(_HEX.match(c) for c in colors):
        raise ReverieError(f"lexicon motif {name!r} needs 1-3 '#rrggbb' colours")
    terms = tuple(body.get("terms", ()))
    if not terms:
        raise ReverieError(f"lexicon motif {name!r} has no terms")
    return Motif(name, family, colors, terms, tuple(body.get("soft", ())))


def _check_unique(motifs: dict[str, Motif]) -> None:
    """A term belongs to one motif, listed once (the same word may appear twice only when
    both entries name different parts of speech, e.g. 'stream/n' and 'stream/v')."""
    seen: dict[str, list[tuple[str | None, str]]] = {}
    for motif in motifs.values():
        for term in motif.all_terms:
            text, pos = split_term(term)
            for other_pos, other in seen.get(text, ()):
                if pos is None or other_pos is None or pos == other_pos:
                    raise ReverieError(
                        f"lexicon term {term!r} is listed in {other!r} and {motif.name!r}"
                    )
            seen.setdefault(text, []).append((pos, motif.name))
