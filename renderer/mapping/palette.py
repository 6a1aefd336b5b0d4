"""The dream's palette (4-6 colours, dark to light), its four roles for the picture (shadow,
fill, accent, key: warm light against cool shadow, with a complementary accent) and each
sentence's tint."""

from __future__ import annotations

import colorsys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache

from renderer.mapping.lexicon import Lexicon
from renderer.mapping.plan import Keyword

RGB = tuple[float, float, float]
MIN_COLORS, MAX_COLORS = 4, 6
MIN_DISTANCE = 0.16  # in 0..1 RGB space; closer colours count as one
COLOR_WORD_WEIGHT = 1.5  # a colour named outright weighs more than a motif's own colours
NEUTRAL: RGB = (1.0, 1.0, 1.0)
MOTIF_TINT = 0.4  # how strongly the motifs' own colours tint a sentence that names none
NAMED_TINT = 0.65  # how strongly the colours a sentence names tint it
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


# Words that change the colour named right after them: (lightness, saturation) targets, None
# keeps the colour's own. "neon pink" is a vivid pink, not neon's mint and a pale pink.
SHADES: dict[str, tuple[float | None, float | None]] = {
    "neon": (0.58, 1.0),
    "electric": (0.55, 1.0),
    "vivid": (0.5, 1.0),
    "hot": (0.58, 1.0),
    "pale": (0.82, None),
    "pastel": (0.8, 0.6),
    "deep": (0.25, None),
    "dark": (0.22, None),
}


def color_words(words: list[str], lexicon: Lexicon) -> list[str]:
    """Hex colours of the colour words and materials among `words` ('rose gold' first; a shade
    word before a colour, as in 'neon pink' or 'pale gold', changes it)."""
    tokens = words
    colors = lexicon.colors
    firsts = _pair_starts(lexicon)
    found: list[str] = []
    if colors.keys().isdisjoint(tokens) and firsts.isdisjoint(tokens):
        return found
    i = 0
    shade: tuple[float | None, float | None] | None = None
    while i < len(tokens):
        word = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if word in SHADES and shade is None and (following in colors or following in firsts):
            shade = SHADES[word]
            i += 1
            continue
        name = f"{word} {following}" if word in firsts else ""
        if name not in colors:
            name = word
        if name in colors:
            found.append(colors[name] if shade is None else _shaded(colors[name], shade))
        i += len(name.split()) if name in colors else 1
        shade = None
    return found


def _shaded(hex_: str, shade: tuple[float | None, float | None]) -> str:
    h, lightness, saturation = _hls(hex_to_rgb(hex_))
    return rgb_to_hex(_rgb(h, shade[0] or lightness, shade[1] or saturation))


@cache
def _pair_starts(lexicon: Lexicon) -> frozenset[str]:
    """First words of the two-word colours ('rose' of 'rose gold')."""
    return frozenset(name.split()[0] for name in lexicon.colors if " " in name)


def color_weights(
    named: list[str], keywords: list[Keyword], lexicon: Lexicon
) -> defaultdict[str, float]:
    """Colour -> weight from the colours of the colour words (`named`, see color_words) and
    the named motifs' own colours."""
    weights: defaultdict[str, float] = defaultdict(float)
    for hex_ in named:
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
    """One sentence's colour, lifted to full brightness: the mean of the colours it names
    outright (weighing COLOR_WORD_WEIGHT or more), leaned toward white by NAMED_TINT, when it
    names any; else the weighted mean of its imagery's colours leaned toward white by MOTIF_TINT
    (the shaders multiply the whole sky by the tint, so a fire's orange at full strength would
    flatten every other hue)."""
    named = {h: w for h, w in weights.items() if w >= COLOR_WORD_WEIGHT}
    chosen = named or weights
    total = sum(chosen.values())
    if not total:
        return NEUTRAL
    rgbs = [(hex_to_rgb(h), w) for h, w in chosen.items()]
    mean = [sum([rgb[k] * w for rgb, w in rgbs]) / total for k in range(3)]
    peak = max(mean) or 1.0
    strength = NAMED_TINT if named else MOTIF_TINT
    return tuple(round(1.0 - strength * (1.0 - c / peak), 3) for c in mean)  # type: ignore[return-value]


# Roles: the order the shaders read them in (u_palette[0..3]).
SHADOW, FILL, ACCENT, KEY = range(4)
MIN_HUE_CONTRAST = 0.17  # of the hue circle (about 60 degrees): less reads as one tint
COMPLEMENT = 0.25  # (90 degrees) the least contrast of an accent the dream does not name
PALE = 0.25  # chroma under which a light colour reads as white
COOL_HUE = 0.6  # a blue: the fill of a palette without a cool colour
WARM_HUE = 0.1  # an amber: the cast of a white or grey key
NAMED_LIGHTNESS = 0.5  # how far a thing's palette takes the lightness of the colour named for it
NAMED_SATURATION = 0.7  # the least saturation of a named colour that is not a grey
GREY = 0.1  # chroma under which a named colour is a grey or a white: it takes no hue


def _hls(rgb: RGB) -> tuple[float, float, float]:
    return colorsys.rgb_to_hls(*rgb)


def _rgb(h: float, l: float, s: float) -> RGB:  # noqa: E741 - HLS's own letter
    return colorsys.hls_to_rgb(h % 1.0, min(max(l, 0.0), 1.0), min(max(s, 0.0), 1.0))


def toward(color: RGB, named: RGB, amount: float) -> RGB:
    """`color` taken `amount` (0..1) of the way to the hue and saturation of a colour the dream
    names, keeping most of its own lightness (a palette's light stays light in green)."""
    _, lightness, saturation = _hls(color)
    hue, named_lightness, named_saturation = _hls(named)
    grey = _chroma(named) < GREY  # a grey or a white: "a white horse" is no yellow one
    named_saturation = 0.0 if grey else max(named_saturation, NAMED_SATURATION)
    recolored = _rgb(
        hue,
        lightness + (named_lightness - lightness) * NAMED_LIGHTNESS,
        named_saturation,
    )
    return (
        color[0] + (recolored[0] - color[0]) * amount,
        color[1] + (recolored[1] - color[1]) * amount,
        color[2] + (recolored[2] - color[2]) * amount,
    )


def hue_distance(a: float, b: float) -> float:
    """How far apart two hues are around the circle, 0..0.5."""
    d = abs(a - b) % 1.0
    return min(d, 1.0 - d)


def _chroma(rgb: RGB) -> float:
    return max(rgb) - min(rgb)


def _warmth(rgb: RGB) -> float:
    """-1 (blue) .. 1 (amber), scaled by how colourful the colour is."""
    return _chroma(rgb) * (1.0 - 4.0 * hue_distance(_hls(rgb)[0], WARM_HUE))


def _coolness(rgb: RGB) -> float:
    """How colourful a colour is times how near its hue is to COOL_HUE (0 from 60 degrees)."""
    return _chroma(rgb) * max(0.0, 1.0 - 6.0 * hue_distance(_hls(rgb)[0], COOL_HUE))


def roles(colors: Sequence[RGB], named: Sequence[RGB] = ()) -> tuple[RGB, RGB, RGB, RGB]:
    """The palette as (shadow, fill, accent, key), each from the dream's own colours where one
    fits and made where none does (`named`: the colours its colour words name).

    key: the light, the lightest colour (warmer first), kept light, and warmed when its hue is
    the fill's (a blue light over blue shadows reads as one tint). fill: the most colourful
    blue (see _coolness; a made blue when there is none), at a middle lightness. accent: of
    the rest whose hue stands from the fill's at least MIN_HUE_CONTRAST if the dream names
    it and COMPLEMENT if not, the most colourful and the furthest in hue from both (from the
    fill's alone when the key is near white), else the fill's complement; saturated. shadow:
    the darkest colour taken to the fill's hue, near black.
    """
    pool = list(colors) or [hex_to_rgb(h) for h in _FALLBACK]
    key = max(pool, key=lambda c: luminance(c) + 0.1 * _warmth(c))
    kh, kl, ks = _hls(key)
    if _chroma(key) < 0.08:  # a white or grey light: give it a warm cast
        kh, ks = WARM_HUE, 0.55
    rest = [c for c in pool if c is not key and _chroma(c) >= 0.08]
    cool = [c for c in rest if _coolness(c) > 0.0]
    fill = max(cool, key=_coolness, default=None)
    fh, fl, fs = _hls(fill) if fill is not None else (COOL_HUE, 0.4, 0.5)
    if hue_distance(kh, fh) < MIN_HUE_CONTRAST:  # a light of the shadow's own hue: warm it
        kh = WARM_HUE
    away = (kh, fh) if _chroma(key) >= PALE else (fh,)  # a near-white key has no hue to avoid
    accents = [
        c
        for c in rest
        if c is not fill
        and hue_distance(_hls(c)[0], fh) >= (MIN_HUE_CONTRAST if c in named else COMPLEMENT)
    ]
    accent = max(
        accents,
        key=lambda c: _chroma(c) * min(hue_distance(_hls(c)[0], h) for h in away),
        default=None,
    )
    ah, al, as_ = _hls(accent) if accent is not None else (fh + 0.5, 0.55, 0.75)
    dark = min(pool, key=luminance)
    return (
        _rgb(fh, min(_hls(dark)[1], 0.09), max(fs, 0.45)),
        _rgb(fh, min(max(fl, 0.3), 0.5), max(fs, 0.4)),
        _rgb(ah, min(max(al, 0.45), 0.65), max(as_, 0.7)),
        _rgb(kh, max(kl, 0.78), max(ks, 0.5)),
    )
