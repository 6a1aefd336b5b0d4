"""The dream's palette (4-6 colours, dark to light) and each sentence's tint."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache

from renderer.mapping.lexicon import Lexicon
from renderer.mapping.matcher import Token
from renderer.mapping.plan import Keyword

RGB = tuple[float, float, float]
MIN_COLORS, MAX_COLORS = 4, 6
MIN_DISTANCE = 0.16  # in 0..1 RGB space; closer colours count as one
COLOR_WORD_WEIGHT = 1.5  # a colour named outright weighs more than a motif's own colours
NEUTRAL: RGB = (1.0, 1.0, 1.0)
_FALLBACK = ("#0b1020", "#2a3a6b", "#8fa8d8", "#f2ead0")


@lru_cache(maxsize=4096)
def hex_to_rgb(hex_: str) -> RGB:
    r, g, b = (int(hex_[k : k + 2], 16) / 255 for k in (1, 3, 5))
    return (r, g, b)


def rgb_to_hex(rgb: Iterable[float]) -> str:
    return "#" + "".join(f"{round(min(1.0, max(0.0, c)) * 255):02x}" for c in rgb)


def luminance(rgb: RGB) -> float:
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    return float(0.2126 * r + 0.7152 * g + 0.0722 * b)


def _distance(a: RGB, b: RGB) -> float:
    return float(sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5)


def color_words(words: list[str], lexicon: Lexicon) -> list[str]:
    """Hex colours of the colour words and materials among `words` ('rose gold' first)."""
    tokens = words
    colors = lexicon.colors
    firsts = _pair_starts(lexicon)
    found: list[str] = []
    if colors.keys().isdisjoint(tokens) and firsts.isdisjoint(tokens):
        return found
    i = 0
    while i < len(tokens):
        if tokens[i] in firsts and i + 1 < len(tokens):
            pair = f"{tokens[i]} {tokens[i + 1]}"
            if pair in colors:
                found.append(colors[pair])
                i += 2
                continue
        if tokens[i] in colors:
            found.append(colors[tokens[i]])
        i += 1
    return found


@cache
def _pair_starts(lexicon: Lexicon) -> frozenset[str]:
    """First words of the two-word colours ('rose' of 'rose gold')."""
    return frozenset(name.split()[0] for name in lexicon.colors if " " in name)


def color_weights(
    tokens: list[Token], keywords: list[Keyword], lexicon: Lexicon
) -> defaultdict[str, float]:
    """Colour -> weight from colour words and the named motifs' own colours."""
    weights: defaultdict[str, float] = defaultdict(float)
    for hex_ in color_words([t.word for t in tokens], lexicon):
        weights[hex_.lower()] += COLOR_WORD_WEIGHT
    for keyword in keywords:
        colors = _motif_colors(lexicon, keyword.motif)
        share = keyword.weight / len(colors)
        for hex_ in colors:
            weights[hex_] += share
    return weights


@cache
def _motif_colors(lexicon: Lexicon, motif: str) -> tuple[str, ...]:
    """A motif's own colours, lowercased."""
    return tuple(hex_.lower() for hex_ in lexicon.motifs[motif].colors)


def build_palette(weights: Mapping[str, float], fallback: Iterable[str] = ()) -> tuple[str, ...]:
    """4-6 distinct colours, heaviest first chosen, then ordered dark -> light.

    palette[0] is dark enough to serve as a background (a deep shade is added if none is).
    """
    ranked = [h for h, _ in sorted(weights.items(), key=lambda item: (-item[1], item[0]))]
    candidates = [hex_to_rgb(h) for h in (*ranked, *fallback, *_FALLBACK)]
    chosen: list[RGB] = []
    for threshold in (MIN_DISTANCE, MIN_DISTANCE / 2, 0.0):
        for rgb in candidates:
            if len(chosen) < MAX_COLORS and all(_distance(rgb, c) > threshold for c in chosen):
                chosen.append(rgb)
        if len(chosen) >= MIN_COLORS:
            break
    chosen.sort(key=luminance)
    if luminance(chosen[0]) > 0.03:
        deep: RGB = (chosen[0][0] * 0.18, chosen[0][1] * 0.18, chosen[0][2] * 0.18)
        chosen = [deep, *chosen[: MAX_COLORS - 1]]
    return tuple(rgb_to_hex(c) for c in chosen)


def tint(weights: Mapping[str, float]) -> RGB:
    """The weighted mean colour of one sentence's imagery, lifted to full brightness."""
    total = sum(weights.values())
    if not total:
        return NEUTRAL
    rgbs = [(hex_to_rgb(h), w) for h, w in weights.items()]
    mean = [sum([rgb[k] * w for rgb, w in rgbs]) / total for k in range(3)]
    peak = max(mean) or 1.0
    r, g, b = (round(c / peak, 3) for c in mean)
    return (r, g, b)
