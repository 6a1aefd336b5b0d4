"""Overlay text: the kerned typeface (or pygame's default, said once), caption line limits, and
captions drawn in the lower third over a soft backing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from renderer.frame import Caption
from renderer.overlay import text
from renderer.overlay.captions import (
    MAX_CHARS,
    MAX_LINES,
    CaptionOverlay,
    caption_lines,
    caption_position,
    render_caption,
)
from tests.gfx_support import gl_context

LONG = (
    "I found myself walking through an orchard where lightning hung in the branches like "
    "lanterns, and every tree was singing softly to the caravan that wound below the hills."
)


@pytest.fixture
def fresh_fonts() -> Iterator[None]:
    for cached in (text.font, text.font_file, text._say_default_font):
        cached.cache_clear()
    yield
    for cached in (text.font, text.font_file, text._say_default_font):
        cached.cache_clear()


def _spoken(sentence: str, word: str) -> Caption:
    start = sentence.index(word)
    return Caption(sentence, start, start + len(word))


def test_the_installed_typeface_kerns_its_pairs(fresh_fonts: None) -> None:
    assert text.font_file() is not None, "make setup installs fonts-lato"
    face = text.font(40)
    for pair in ("AV", "To", "Wa"):
        alone = face.size(pair[0])[0] + face.size(pair[1])[0]
        assert face.size(pair)[0] < alone, pair
    assert text.font(40, bold=True).size("AV")[0] > face.size("AV")[0] * 0.95


def test_without_the_font_file_pygames_font_stands_in_saying_so_once(
    fresh_fonts: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = (Path("/nonexistent/font.ttf"),)
    monkeypatch.setattr(text, "FONT_FILES", {False: missing, True: missing})
    for size, bold in ((20, False), (30, True), (24, False)):
        assert text.font(size, bold).size("Orchard")[0] > 0
    assert capsys.readouterr().err.count("fonts-lato") == 1


def test_caption_lines_keep_to_fifty_characters_and_two_lines() -> None:
    face = text.font(30)
    for word in ("found", "lightning", "singing", "hills."):
        caption = _spoken(LONG, word)
        lines = caption_lines(caption, face, 4000)
        assert 1 <= len(lines) <= MAX_LINES
        shown = [" ".join(w for w, _, _ in line) for line in lines]
        assert all(len(line) <= MAX_CHARS for line in shown), shown
        assert any(caption.word_start == s for line in lines for _, s, _ in line), word
    short = caption_lines(Caption("The moon was a lantern."), face, 4000)
    assert [w for line in short for w, _, _ in line] == ["The", "moon", "was", "a", "lantern."]


def test_narrow_windows_wrap_by_width_too() -> None:
    face = text.font(30)
    lines = caption_lines(Caption(LONG), face, 300)
    assert len(lines) == MAX_LINES
    assert all(
        sum(face.size(w)[0] for w, _, _ in line) <= 300 for line in lines if len(line) > 1
    )


@pytest.mark.parametrize("size", [(1280, 720), (640, 360), (960, 720), (640, 480), (320, 240)])
def test_a_caption_sits_in_the_lower_third(size: tuple[int, int]) -> None:
    width, height = size
    image = render_caption(_spoken(LONG, "lightning"), width, height, (255, 200, 110))
    x, y = caption_position(image.get_size(), size)
    assert y >= height * 2 / 3 and y + image.get_height() <= height
    assert x >= 0 and x + image.get_width() <= width


def test_the_backing_darkens_a_bright_scene_behind_the_caption() -> None:
    ctx = gl_context()
    size = (640, 360)
    fbo = ctx.simple_framebuffer(size)
    fbo.use()
    fbo.clear(1.0, 1.0, 1.0, 1.0)
    overlay = CaptionOverlay(ctx)
    overlay.draw(_spoken(LONG, "lightning"), size, ((0.9, 0.6, 0.2),), dt=1.0)
    pixels = np.frombuffer(fbo.read(components=3), np.uint8).reshape(size[1], size[0], 3)[::-1]
    overlay.release()
    fbo.release()
    assert (pixels[: size[1] * 2 // 3] == 255).all()  # nothing above the lower third
    lower = pixels[size[1] * 2 // 3 :].astype(int)
    luma = lower.mean(axis=2)
    assert luma.min() < 110  # the backing and shadows
    assert (luma > 225).any()  # the letters stay light over it
    # the caption's middle row: mostly backing, so a white scene is toned down there
    assert np.median(luma[(luma < 255).any(axis=1)]) < 200


def test_doctor_names_the_typeface_and_the_package_when_it_is_missing(
    fresh_fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from renderer.commands.doctor import _typeface

    ok, found, _ = _typeface()
    assert ok and "Lato" in found
    text.font_file.cache_clear()
    missing = (Path("/nonexistent/font.ttf"),)
    monkeypatch.setattr(text, "FONT_FILES", {False: missing, True: missing})
    ok, found, fix = _typeface()
    assert not ok and "fonts-lato" in fix
