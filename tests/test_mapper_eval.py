"""Imagery recall and precision of the mapper against hand-annotated dreams it was not tuned on.

Gold files (NAME.gold.toml beside NAME.txt): `imagery` lists every imagery span as written, in
order of appearance; `negated` the imagery spans under negation; `figurative` (corpus files) the
spans used only as a figure of speech. Recall counts literal gold spans (not figurative)
overlapped by a keyword; precision counts keywords overlapping a gold span. A negated span is
flagged when every keyword on it has `negated`; a figurative span is read as one when no
keyword lies on it (an idiom) or every keyword on it has `figurative` (a simile).
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from renderer.dream import read_dream_file
from renderer.mapping import analyze

FIXTURES = Path(__file__).parent / "fixtures"
SETS = ("unseen", "mapper", "blind", "blind2", "blind3", "corpus/a")
MIN_RECALL = 0.95
MIN_PRECISION = 0.90
# Regression guards, NOT pass claims: these sets fall short of MIN_RECALL. Each floor sits just
# below the set's honest measured recall (blind 0.946, blind2 0.949 after round 3). blind3 was
# scored once, after all round-3 changes were final (recall 0.959, precision 0.973), so it is
# held to MIN_RECALL and MIN_PRECISION themselves. Raise the floors as recall improves.
# corpus/a (written blind for issue 13) is held to MIN_RECALL and MIN_PRECISION: literal recall
# 0.952 and precision 0.905 when reading in context landed, with people such as 'nurse' counted
# against precision there (0.94 once people were read as the cast, apart from imagery).
RECALL_FLOORS = {"blind": 0.94, "blind2": 0.94}
# The first sets' convention counts people as imagery ("figures present or described count");
# corpus/a's (tests/fixtures/corpus/FORMAT.md) counts concrete things, creatures and places, and
# its annotators left people out, as the mapper now does: they are the cast (SentencePlan.people).
PEOPLE_ARE_IMAGERY = frozenset({"unseen", "mapper", "blind", "blind2", "blind3"})
MIN_FLAGGED = 0.9  # share of negated / figurative gold spans the matcher reads as such
MIN_NEGATED_LOWERED = 0.8
# blind3 lowers 11 of its 14 negated spans (0.786) when first scored: a regression guard, not a
# pass claim, until negation scope improves.
NEGATION_FLOORS = {"blind3": 0.78}


@dataclass
class Score:
    name: str
    gold: int
    found: int  # gold spans overlapped by a keyword
    keywords: int
    correct: int  # keywords overlapping a gold span
    missed: list[str]
    wrong: list[str]
    negated_lowered: int  # gold negated spans whose keyword weighs less than an un-negated one
    negated: int
    negated_flagged: int  # gold negated spans with no keyword or only negated ones
    figurative: int
    figurative_read: int  # gold figurative spans with no keyword or only figurative ones

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.keywords if self.keywords else 1.0


def locate(text: str, spans: list[str]) -> list[tuple[int, int]]:
    """Offsets of each span, searched in order of appearance at word boundaries."""
    found = []
    pos = 0
    for span in spans:
        pattern = re.compile(r"(?<!\w)" + re.escape(span) + r"(?!\w)")
        match = pattern.search(text, pos) or pattern.search(text)
        assert match, f"gold span {span!r} is not in the text"
        found.append(match.span())
        pos = match.end()
    return found


def score_file(path: Path, people: bool = False) -> Score:
    """The scores of one dream; `people`: its gold counts people as imagery, so the mapper's
    people are scored with its imagery."""
    gold = tomllib.loads(path.with_name(path.stem + ".gold.toml").read_text(encoding="utf-8"))
    dream = read_dream_file(path)
    sentences = analyze(dream).sentences
    keywords = [k for s in sentences for k in (s.named if people else s.keywords)]
    spans = locate(dream.text, gold["imagery"])

    def hits(start: int, end: int) -> list:
        return [k for k in keywords if k.start < end and start < k.end]

    figurative = claim(dream.text, spans, gold.get("figurative", []), lambda k: k.figurative, hits)
    literal = [span for i, span in enumerate(spans) if i not in figurative]
    missed = [dream.text[s:e] for s, e in literal if not hits(s, e)]
    wrong = [k.text for k in keywords if not any(k.start < e and s < k.end for s, e in spans)]
    # `negated` names spans, not occurrences: each may claim any unclaimed gold occurrence of
    # the same text, preferring one whose keyword was lowered.
    free: list[str | None] = [dream.text[s:e] for s, e in spans]
    lowered_at = [any(k.weight < 0.5 for k in hits(s, e)) for s, e in spans]
    negated = gold.get("negated", [])
    lowered = 0
    for text in negated:
        options = [i for i, t in enumerate(free) if t == text]
        assert options, f"negated span {text!r} is not among the imagery spans"
        best = next((i for i in options if lowered_at[i]), options[0])
        lowered += lowered_at[best]
        free[best] = None
    flagged = claim(dream.text, spans, negated, lambda k: k.negated, hits)
    return Score(
        path.stem,
        len(literal),
        len(literal) - len(missed),
        len(keywords),
        len(keywords) - len(wrong),
        missed,
        wrong,
        lowered,
        len(negated),
        sum(flagged.values()),
        len(figurative),
        sum(figurative.values()),
    )


def claim(text: str, spans: list, names: list[str], flag, hits) -> dict[int, bool]:
    """Each named span claims an unclaimed gold occurrence of its text, preferring one that is
    read as such: no keyword on it, or only keywords for which `flag` holds."""
    read = [all(flag(k) for k in hits(s, e)) for s, e in spans]
    claimed: dict[int, bool] = {}
    for name in names:
        options = [i for i, (s, e) in enumerate(spans) if text[s:e] == name and i not in claimed]
        assert options, f"span {name!r} is not among the imagery spans"
        best = next((i for i in options if read[i]), options[0])
        claimed[best] = read[best]
    return claimed


def score_set(name: str) -> list[Score]:
    people = name in PEOPLE_ARE_IMAGERY
    return [score_file(p, people) for p in sorted((FIXTURES / name).glob("*.txt"))]


def report(name: str, scores: list[Score]) -> tuple[float, float]:
    gold = sum(s.gold for s in scores)
    keywords = sum(s.keywords for s in scores)
    recall = sum(s.found for s in scores) / gold
    precision = sum(s.correct for s in scores) / keywords
    for s in scores:
        print(
            f"{name}/{s.name}: recall {s.recall:.3f} ({s.found}/{s.gold}) precision "
            f"{s.precision:.3f} ({s.correct}/{s.keywords}) negated lowered "
            f"{s.negated_lowered}/{s.negated} flagged {s.negated_flagged}; figurative read "
            f"{s.figurative_read}/{s.figurative}; missed {s.missed}; not gold {s.wrong}"
        )
    print(f"{name}: recall {recall:.3f} precision {precision:.3f} over {len(scores)} dreams")
    return recall, precision


@pytest.mark.parametrize("name", SETS)
def test_recall_and_precision(name: str) -> None:
    scores = score_set(name)
    if not scores:
        pytest.skip(f"no annotated dreams in tests/fixtures/{name}")
    recall, precision = report(name, scores)
    assert recall >= RECALL_FLOORS.get(name, MIN_RECALL)
    assert precision >= MIN_PRECISION


@pytest.mark.parametrize("name", SETS)
def test_negation_lowers_most_negated_imagery(name: str) -> None:
    scores = score_set(name)
    negated = sum(s.negated for s in scores)
    if not negated:
        pytest.skip(f"no negated imagery annotated in tests/fixtures/{name}")
    lowered = sum(s.negated_lowered for s in scores) / negated
    assert lowered >= NEGATION_FLOORS.get(name, MIN_NEGATED_LOWERED)


@pytest.mark.parametrize("name", SETS)
def test_negated_and_figurative_imagery_is_read_as_such(name: str) -> None:
    scores = score_set(name)
    negated = sum(s.negated for s in scores)
    figurative = sum(s.figurative for s in scores)
    if not negated and not figurative:
        pytest.skip(f"no negated or figurative imagery annotated in tests/fixtures/{name}")
    if negated:
        assert sum(s.negated_flagged for s in scores) / negated >= MIN_FLAGGED
    if figurative:
        assert sum(s.figurative_read for s in scores) / figurative >= MIN_FLAGGED


def test_locate_follows_the_order_of_appearance() -> None:
    text = "a tree, then an apple tree and the trees"
    assert locate(text, ["tree", "apple tree"]) == [(2, 6), (16, 26)]


if __name__ == "__main__":
    for set_name in sys.argv[1:] or SETS:
        report(set_name, score_set(set_name))
