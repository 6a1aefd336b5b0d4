"""The scene mapper: a Dream's imagery, palette and mood as a ScenePlan (see analyze())."""

from __future__ import annotations

from collections import defaultdict, deque
from functools import cache
from operator import itemgetter

from renderer.dream import Dream
from renderer.mapping.daylight import daylight
from renderer.mapping.lexicon import Lexicon, load_lexicon
from renderer.mapping.matcher import Matcher, forms, proper_names, tokenize
from renderer.mapping.mood import emotion_words, raw_mood, smooth
from renderer.mapping.palette import build_palette, color_weights, color_words, tint
from renderer.mapping.plan import Keyword, MotifScore, ScenePlan, SentencePlan

LINGER = 0.7  # a motif keeps this share of its intensity per sentence after it was named
FADED = 0.05  # below this a lingering motif is gone
SENSE_REACH = 2  # the sentences before a word whose words cue its sense, as its own do

__all__ = ["analyze", "default_matcher"]
_NAME, _LEVEL = itemgetter(0), itemgetter(1)


@cache
def default_matcher() -> Matcher:
    """The matcher for the bundled lexicon, compiled once per process."""
    return Matcher(load_lexicon(), emotion_words())


def analyze(dream: Dream) -> ScenePlan:
    """Find the dream's imagery sentence by sentence and plan its scenes."""
    matcher = default_matcher()
    lexicon = matcher.lexicon
    found: list[list[Keyword]] = []
    moods = []
    weights: defaultdict[str, float] = defaultdict(float)
    tints = []
    named: dict[str, None] = {}  # the colours the colour words name, in order
    split = [(s.text, s.start, tokenize(s.text, s.start)) for s in dream.sentences]
    names = proper_names(split)
    creature: str | None = None  # the last creature named, for 'its head' in the next sentence
    recent: deque[frozenset[str]] = deque(maxlen=SENSE_REACH)  # the word forms of the
    # sentences just before, which cue senses too
    read: dict[str, str] = {}  # the senses of places the dream's words were read in
    for sentence, (_, _, tokens) in zip(dream.sentences, split, strict=True):
        nearby = frozenset().union(*recent)
        keywords = matcher.find(
            sentence.text, sentence.start, sentence.emphasis, tokens, names, creature, nearby, read
        )
        read.update(matcher.senses_read(keywords))
        recent.append(frozenset().union(*(forms(t.word) for t in tokens)))
        found.append(keywords)
        creature = matcher.last_creature(keywords)
        moods.append(raw_mood(sentence.text, tokens, keywords, lexicon))
        colors = color_words([t.word for t in tokens], lexicon)
        named.update(dict.fromkeys(c.lower() for c in colors))
        sentence_colors = color_weights(colors, keywords, lexicon)
        for hex_, weight in sentence_colors.items():
            weights[hex_] += weight
        tints.append(tint(sentence_colors))
    scores = motif_scores(found)
    fallback = [c for score in scores[:4] for c in lexicon.motifs[score.name].colors]
    parted = [_imagery_and_people(keywords, lexicon) for keywords in found]
    sentences = tuple(
        SentencePlan(s.index, imagery, intensities, mood, t, light, people)
        for s, (imagery, people), intensities, mood, t, light in zip(
            dream.sentences,
            parted,
            continuity(found),
            smooth(moods),
            tints,
            daylight(split),
            strict=True,
        )
    )
    palette = build_palette(weights, fallback)
    return ScenePlan(dream, sentences, scores, palette, tuple(named))


def _imagery_and_people(
    keywords: list[Keyword], lexicon: Lexicon
) -> tuple[tuple[Keyword, ...], tuple[Keyword, ...]]:
    """A sentence's keywords parted into its imagery and the people it names."""
    imagery: list[Keyword] = []
    people: list[Keyword] = []
    for keyword in keywords:
        (people if is_person(keyword, lexicon) else imagery).append(keyword)
    return tuple(imagery), tuple(people)


def is_person(keyword: Keyword, lexicon: Lexicon) -> bool:
    """Whether a keyword names a person (a brother, a nurse, a crowd): one of the dream's cast,
    drawn as a figure, and not imagery (a silhouette or a puppet is)."""
    if keyword.motif not in lexicon.people:
        return False
    return not forms(keyword.text.lower().split()[-1]) & lexicon.figures


def continuity(found: list[list[Keyword]]) -> list[dict[str, float]]:
    """Per-sentence intensities: a named motif jumps to its weight, then lingers and fades."""
    current: dict[str, float] = {}
    out = []
    rounded: dict[float, float] = {}  # round(v, 3) is slow and fading repeats the same values
    for keywords in found:
        named: dict[str, float] = {}
        for keyword in keywords:  # several mentions add up: 1 - prod(1 - w)
            named[keyword.motif] = 1 - (1 - named.get(keyword.motif, 0.0)) * (1 - keyword.weight)
        level = {m: v * LINGER for m, v in current.items()}  # faded, then the named ones' max
        for motif, weight in named.items():
            if weight > level.get(motif, 0.0):
                level[motif] = weight
        current = {}
        for motif, value in level.items():
            if value >= FADED:
                kept = rounded.get(value)
                if kept is None:
                    kept = rounded[value] = round(value, 3)
                current[motif] = kept
        by_name = sorted(current.items(), key=_NAME)
        out.append(dict(sorted(by_name, key=_LEVEL, reverse=True)))  # stable: ties by name
    return out


def motif_scores(found: list[list[Keyword]]) -> tuple[MotifScore, ...]:
    """Each motif's summed keyword weight and the sentence that first names it."""
    total: dict[str, float] = {}
    first: dict[str, int] = {}
    for index, keywords in enumerate(found):
        for keyword in (k for k in keywords if not (k.idiom or k.sense)):
            total[keyword.motif] = total.get(keyword.motif, 0.0) + keyword.weight
            first.setdefault(keyword.motif, index)
    ranked = sorted(total, key=lambda m: (-total[m], first[m], m))
    return tuple(MotifScore(m, round(total[m], 3), first[m]) for m in ranked)
