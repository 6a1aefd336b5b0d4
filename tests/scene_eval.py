"""Scoring scene direction against the hand-annotated corpus (tests/fixtures/corpus).

Each NAME.gold.toml beside NAME.txt gives imagery spans (with the negated and figurative ones),
the dream's passages with their setting spans, and every sentence's focal imagery spans
(format: tests/fixtures/corpus/FORMAT.md). The measures, per dream:

- setting: a passage is right when the setting the director puts in force over most of the
  passage's sentences is a motif the mapper reads in one of the passage's setting spans;
- support: a motif among the six strongest is supported when one of its keywords overlaps a
  gold imagery span that is neither negated nor figurative (or is drawn for one: a room's
  outside, [outsides]);
- focus: a sentence with focal imagery is right when a motif the mapper reads in one of its
  focus spans (or the outside of a room it reads there, [outsides]) is drawn at the sentence's
  midpoint;
- recall and precision of keywords against the imagery spans, word by word.

Where the director draws a place that no word names, once someone is inside or aboard what a
word names (a lighthouse's stairwell, a cottage's room, a plane's cabin, the water under a
boat), the word's motif stands for it too: in a setting span, as support and as focus.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from renderer import pipeline
from renderer import place_words as pw
from renderer.director import (
    above,
    aloft,
    climbed,
    grounds,
    groves,
    insides,
    outsides,
    owned,
    vessels,
    waters,
)
from renderer.dream import Dream, read_dream_file
from renderer.mapping.matcher import forms
from renderer.pipeline import VoiceChoice

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
TOP = 6
SILENT = VoiceChoice("silent")  # the reading pace: timing only, no synthesis


@dataclass
class DreamScore:
    name: str
    passages: int = 0
    settings_right: int = 0
    top: int = 0
    supported: int = 0
    setting_in_top: bool = False
    focal: int = 0
    focal_drawn: int = 0
    gold: int = 0
    found: int = 0
    keywords: int = 0
    correct: int = 0
    notes: list[str] = field(default_factory=list)


def _locate(text: str, spans: list[str], start: int = 0, end: int | None = None) -> list:
    """(start, end) of each span in order of appearance within text[start:end]."""
    end = len(text) if end is None else end
    found, pos = [], start
    for span in spans:
        pattern = re.compile(r"(?<!\w)" + re.escape(span) + r"(?!\w)")
        match = pattern.search(text, pos, end) or pattern.search(text, start, end)
        assert match, f"gold span {span!r} is not in the text"
        found.append(match.span())
        pos = match.end()
    return found


def _sentence_of(dream: Dream, char: int) -> int:
    """The sentence that holds char, or the one before the gap that holds it (a paragraph
    break between two passages belongs to the first)."""
    found = 0
    for sentence in dream.sentences:
        if sentence.start <= char:
            found = sentence.index
    return found


def _occurrences(text: str, imagery: list[str], marked: list[str]) -> set[tuple[int, int]]:
    """The imagery occurrences that `marked` (a subsequence of imagery) picks out."""
    spans = _locate(text, imagery)
    chosen, k = set(), 0
    for span, where in zip(imagery, spans, strict=True):
        if k < len(marked) and span == marked[k]:
            chosen.add(where)
            k += 1
    return chosen


def score_dream(path: Path, voice: VoiceChoice = SILENT, people: bool = False) -> DreamScore:
    """The scores of one dream. `people`: its gold counts people as imagery (the newest blind
    sets' annotators did; the corpus's leave them out), so the people the mapper reads, its
    cast, are scored as its imagery."""
    gold = tomllib.loads(path.with_name(path.stem + ".gold.toml").read_text(encoding="utf-8"))
    dream = read_dream_file(path)
    production = pipeline.Production(dream, voice.create())
    plan, script, timeline = production.plan, production.script, production.timeline()
    text = dream.text
    score = DreamScore(path.stem)
    keywords = [k for s in plan.sentences for k in (s.named if people else s.keywords)]

    def motifs_in(start: int, end: int) -> set[str]:
        return {k.motif for k in keywords if k.start < end and start < k.end}

    def places_in(start: int, end: int, drawn: bool = False) -> set[str]:
        """motifs_in, with the places the director draws for them once one is inside (and,
        for what is drawn rather than where one is, from outside)."""
        texts = {k.text.lower() for k in keywords if k.start < end and start < k.end}
        found = _with_insides(motifs_in(start, end), texts)
        return found | {outsides()[m] for m in found if m in outsides()} if drawn else found

    # word-level recall and precision
    spans = _locate(text, gold["imagery"])
    score.gold = len(spans)
    score.found = sum(1 for s, e in spans if motifs_in(s, e))
    score.keywords = len(keywords)
    score.correct = sum(1 for k in keywords if any(k.start < e and s < k.end for s, e in spans))

    # support of the strongest motifs
    excluded = _occurrences(text, gold["imagery"], gold.get("negated", []))
    excluded |= _occurrences(text, gold["imagery"], gold.get("figurative", []))
    literal = [where for where in spans if where not in excluded]
    supported = set().union(*(places_in(s, e, drawn=True) for s, e in literal))
    top = [m.name for m in script.motifs[:TOP]]
    score.top = len(top)
    score.supported = sum(1 for m in top if m in supported)
    score.notes += [f"unsupported top motif {m}" for m in top if m not in supported]

    # settings per passage
    starts = [text.index(p["first"]) for p in gold["passages"]]
    bounds = list(zip(starts, [*starts[1:], len(text)], strict=True))
    longest, longest_motifs = 0, set()
    for passage, (start, end) in zip(gold["passages"], bounds, strict=True):
        expected: set[str] = set()
        for s, e in _locate(text, passage["setting_spans"], start, end):
            expected |= places_in(s, e)
        if not passage["setting_spans"]:
            continue
        first, last = _sentence_of(dream, start), _sentence_of(dream, max(start, end - 1))
        chosen = [script.sentences[i].setting for i in range(first, last + 1)]
        places = [c[0] if c else None for c in chosen]
        majority = Counter(places).most_common(1)[0][0]  # ties: the one in force first
        score.passages += 1
        if majority in expected:
            score.settings_right += 1
        else:
            score.notes.append(
                f"setting of '{passage['setting']}' read as {majority} (expected {expected})"
            )
        if end - start > longest:
            longest, longest_motifs = end - start, expected
    score.setting_in_top = not longest_motifs or bool(longest_motifs & set(top))

    # focal imagery drawn at the midpoint of the sentence that holds it
    sentence_starts = [text.index(s["first"]) for s in gold["sentences"]]
    sentence_ends = [*sentence_starts[1:], len(text)]
    for entry, start, end in zip(gold["sentences"], sentence_starts, sentence_ends, strict=True):
        if not entry["focus"]:
            continue
        wanted: dict[int, set[str]] = {}  # our sentence -> motifs read in its focus spans
        for s, e in _locate(text, entry["focus"], start, end):
            wanted.setdefault(_sentence_of(dream, s), set()).update(places_in(s, e, drawn=True))
        drawn_any = False
        for index, motifs in wanted.items():
            timed = timeline.sentences[index]
            drawn = set(timeline.state_at((timed.start + timed.end) / 2).drawn)
            drawn |= {part for place in drawn for part in owned().get(place, ())}  # its own
            drawn_any = drawn_any or bool(motifs & drawn)
        score.focal += 1
        if drawn_any:
            score.focal_drawn += 1
        else:
            read = set().union(*wanted.values()) or "unread"
            score.notes.append(f"focus {entry['focus']} ({read}) not drawn in '{entry['first']}'")
    return score


def _with_insides(motifs: set[str], texts: set[str]) -> set[str]:
    """The motifs and the places the director draws for them once one is inside, which no
    word names: a building's inside ([insides] in assets/direction.toml: a lighthouse's
    stairwell, a cottage's room), the stairwell of stairs climbed inside one, the water a boat
    floats on ([afloat]), the place that things stand together as ([groves]: the vineyard of
    vines), the ground of a world in the sky ([grounds]: the moon's), the sea of clouds under
    one up in the clouds ([above]), what a cable car is over ([aloft]), an aircraft's cabin,
    a bus's or a tram's inside (`texts`: the keywords' words)."""
    aircraft = bool(texts & pw.AIRCRAFT)
    bus = any(forms(text.split()[-1]) & pw.BUSES for text in texts)
    found = motifs | {insides()[m] for m in motifs if m in insides()}
    found |= {
        table[m] for table in (groves(), grounds(), above(), aloft()) for m in motifs if m in table
    }
    if motifs & climbed():
        found |= climbed()  # the stairs one climbs and the stairwell they wind up
    if motifs & vessels():
        found |= set(waters())  # aboard a boat, one is on the water it floats on
    return found | ({"cabin"} if aircraft else set()) | ({"bus"} if bus else set())


def corpus_files(part: str) -> list[Path]:
    return sorted((CORPUS / part).glob("*.txt"))


def summary(scores: list[DreamScore]) -> dict[str, float]:
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    return {
        "setting": ratio(sum(s.settings_right for s in scores), sum(s.passages for s in scores)),
        "support": ratio(sum(s.supported for s in scores), sum(s.top for s in scores)),
        "setting_in_top": ratio(sum(s.setting_in_top for s in scores), len(scores)),
        "focus": ratio(sum(s.focal_drawn for s in scores), sum(s.focal for s in scores)),
        "recall": ratio(sum(s.found for s in scores), sum(s.gold for s in scores)),
        "precision": ratio(sum(s.correct for s in scores), sum(s.keywords for s in scores)),
    }
