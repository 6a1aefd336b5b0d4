"""Palette roles (shadow, fill, accent, key with hue contrast) and shade words before colours."""

from __future__ import annotations

import colorsys

import pytest

from renderer.dream import parse_dream
from renderer.mapping import analyze, default_matcher
from renderer.mapping.palette import (
    ACCENT,
    COMPLEMENT,
    FILL,
    KEY,
    MIN_HUE_CONTRAST,
    SHADOW,
    color_words,
    hex_to_rgb,
    hue_distance,
    luminance,
    roles,
    toward,
)
from renderer.paths import seeds_dir


def _hue(rgb: tuple[float, float, float]) -> float:
    return colorsys.rgb_to_hls(*rgb)[0]


def _check_roles(palette: tuple) -> None:
    lums = [luminance(c) for c in palette]
    assert lums[SHADOW] == min(lums) and lums[SHADOW] < 0.02  # near black
    assert lums[KEY] == max(lums)
    assert hue_distance(_hue(palette[SHADOW]), _hue(palette[FILL])) < 0.02  # one cool family
    assert hue_distance(_hue(palette[ACCENT]), _hue(palette[FILL])) >= MIN_HUE_CONTRAST


@pytest.mark.parametrize("dream", sorted(p.stem for p in seeds_dir().glob("*.txt")))
def test_every_bundled_dream_gets_all_four_roles_with_hue_contrast(dream: str) -> None:
    plan = analyze(parse_dream((seeds_dir() / f"{dream}.txt").read_text(), dream))
    _check_roles(roles([hex_to_rgb(h) for h in plan.palette]))


def test_a_palette_of_warm_browns_gets_a_cool_fill_and_a_contrasting_accent() -> None:
    browns = [hex_to_rgb(h) for h in ("#2a1a10", "#8b5a2b", "#c8874a", "#f0d2a0")]
    palette = roles(browns)
    _check_roles(palette)
    assert 0.5 <= _hue(palette[FILL]) <= 0.7  # blue
    assert hue_distance(_hue(palette[KEY]), _hue(palette[FILL])) >= MIN_HUE_CONTRAST


def test_the_accent_is_the_dreams_own_colour_when_it_has_one() -> None:
    stage = [hex_to_rgb(h) for h in ("#1a0808", "#b3202b", "#8a8d91", "#e8b923", "#ffd48a")]
    accent = roles(stage)[ACCENT]
    assert hue_distance(_hue(accent), _hue(hex_to_rgb("#b3202b"))) < 0.02  # the crimson


def test_an_accent_near_the_fills_hue_stands_only_where_the_dream_names_it() -> None:
    night = [hex_to_rgb(h) for h in ("#1a1410", "#1c2838", "#2e6b3f", "#b04fd6", "#f4f8fc")]
    violet = hex_to_rgb("#b04fd6")
    fill = _hue(roles(night)[FILL])
    assert hue_distance(_hue(violet), fill) < COMPLEMENT  # a violet by a blue: one tint
    assert hue_distance(_hue(roles(night)[ACCENT]), fill) >= COMPLEMENT
    named = roles(night, [violet])[ACCENT]
    assert hue_distance(_hue(named), _hue(violet)) < 0.02


def test_the_colours_the_dream_names_reach_its_picture() -> None:
    plan = analyze(parse_dream("t\n\nThe sky was purple at the edges, over the orchard.", "t"))
    assert plan.named_colors == tuple(color_words(["purple"], default_matcher().lexicon))


def test_no_colours_at_all_still_give_the_four_roles() -> None:
    _check_roles(roles([]))


def test_shade_words_change_the_colour_after_them() -> None:
    lexicon = default_matcher().lexicon
    (neon_pink,) = color_words(["neon", "pink"], lexicon)
    (pink,) = color_words(["pink"], lexicon)
    hn, ln, sn = colorsys.rgb_to_hls(*hex_to_rgb(neon_pink))
    hp, _, sp = colorsys.rgb_to_hls(*hex_to_rgb(pink))
    assert hue_distance(hn, hp) < 0.03 and sn > sp + 0.2  # the same hue, vivid
    assert color_words(["neon", "sign"], lexicon) == color_words(["neon"], lexicon)  # neon's own
    (pale,) = color_words(["pale", "blue"], lexicon)
    (blue,) = color_words(["blue"], lexicon)
    assert luminance(hex_to_rgb(pale)) > luminance(hex_to_rgb(blue)) + 0.2


def test_a_named_colour_leads_the_sentence_tint_and_reaches_the_palette() -> None:
    plan = analyze(parse_dream("I walked at night. The sky was neon pink above the city.", "t"))
    r, g, b = plan.sentences[1].tint
    assert r > g and r > b  # pink, not neon's mint averaged with pink into grey
    accent = roles([hex_to_rgb(h) for h in plan.palette])[ACCENT]
    assert hue_distance(_hue(accent), 0.95) < 0.06  # a pink the picture uses


def test_beside_a_near_white_key_a_warm_accent_may_share_its_hue() -> None:
    lanterns = [
        hex_to_rgb(h) for h in ("#0d2a3f", "#1f7a8c", "#3f9a4a", "#8ee3ef", "#ffd27d", "#fff6d6")
    ]
    palette = roles(lanterns)
    _check_roles(palette)
    assert hue_distance(_hue(palette[ACCENT]), _hue(hex_to_rgb("#ffd27d"))) < 0.03  # the gold


@pytest.mark.parametrize("white", [(0.9686, 0.9686, 0.949), (1.0, 1.0, 1.0), (0.5, 0.5, 0.52)])
def test_a_white_or_a_grey_named_for_a_thing_takes_it_no_hue(white: tuple[float, ...]) -> None:
    """A near white has a high HLS saturation (its chroma over so little room): read as a
    colour, "a white horse" came out yellow."""
    for color in ((0.78, 0.45, 0.14), (0.25, 0.64, 0.75), (0.03, 0.07, 0.08)):
        r, g, b = toward(color, (white[0], white[1], white[2]), 1.0)
        assert max(r, g, b) - min(r, g, b) < 0.02
