"""The creatures drawn as themselves (real shaders, EGL): each paints where it is staged, on legs
with the sky between them, leaves the sky around it to the scene, and lives (it moves); the
staging composes them: the focal creature on a third facing into the frame, two creatures or a
creature and a figure never overlapping."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, gl_context
from reading_support import motifs_of

from renderer.frame import FrameState
from renderer.gfx.compositor import STREAM_REACH, Compositor
from renderer.gfx.shaders import ShaderLibrary
from renderer.gfx.staging import is_creature, stage
from renderer.gfx.visuals import Visuals, load_visuals

pytestmark = pytest.mark.gl

SIZE = (640, 360)
VISUALS = load_visuals()
# what hangs from ropes across the whole sky (tests/test_cable_car.py): staged, but no band
SPANNING = frozenset(["cable_car"])
BEASTS = sorted(
    name
    for name, layer in VISUALS.layers.items()
    if is_creature(layer) and name in VISUALS.motifs and name not in SPANNING
)
SWIMMERS = frozenset(name for name, layer in VISUALS.layers.items() if layer.swims)
# Where the creatures that are not staged live, in fractions of the frame (x0, x1, y0, y1; y up
# from the bottom).
WHERE = {
    "octopus": (0.28, 0.4, 0.56, 0.72),
    "whale": (0.4, 0.62, 0.5, 0.6),
    "owl": (0.64, 0.8, 0.42, 0.66),
}
# The heights the staged ones keep to: the beasts on their ridge, unless named here.
HEIGHTS = {
    "crab": (0.05, 0.25),
    "hummingbird": (0.35, 0.8),
    "balloon": (0.5, 0.75),
    "hot_air_balloon": (0.45, 0.8),
}
SKY = (0.0, 0.12, 0.85, 1.0)  # the upper left: no creature reaches it
EDGE = 0.012  # widths: the camera's drift may move a creature this far from its band


def _alone(visuals: Visuals) -> Visuals:
    """The visuals with the creatures drawn without the ridge they stand on or the near grass
    framing them: their own pixels."""
    motifs = {name: replace(m, also=None) for name, m in visuals.motifs.items()}
    layers = {name: replace(layer, near=None) for name, layer in visuals.layers.items()}
    return Visuals(layers, motifs)


@pytest.fixture(scope="module")
def context():
    ctx = gl_context()
    yield ctx
    ctx.release()


@pytest.fixture(scope="module")
def renderer(context):
    return Offscreen(Compositor(context, ShaderLibrary(context), VISUALS, SIZE))


@pytest.fixture(scope="module")
def bare(context):
    """Creatures without their ridge, to see each one's own silhouette."""
    return Offscreen(Compositor(context, ShaderLibrary(context), _alone(VISUALS), SIZE))


def _brightness(renderer: Offscreen, state: FrameState) -> np.ndarray:
    renderer.compositor.reset()
    return renderer.render(state).astype(np.float32).mean(axis=2)


def _change(
    renderer: Offscreen, motif: str, time: float = 20.0, seed: int = 5, cast: tuple[str, ...] = ()
) -> np.ndarray:
    """Per pixel, how much drawing `motif` over the night scene changes it (0..255), in a dream
    of `seed` whose motifs `cast` are seen together."""
    night = replace(NIGHT, time=time, seed=seed, cast=(cast,) if cast else ())
    plain = _brightness(renderer, night)
    drawn = _brightness(renderer, replace(night, intensities={**NIGHT.intensities, motif: 1.0}))
    return np.abs(drawn - plain)


def _box(image: np.ndarray, box: tuple[float, float, float, float]) -> float:
    """The mean of `image` inside a box of the frame (x0, x1, y0, y1 in fractions, y up)."""
    x0, x1, y0, y1 = box
    height, width = image.shape
    rows = slice(int(height * (1.0 - y1)), int(height * (1.0 - y0)))
    return float(image[rows, int(width * x0) : int(width * x1)].mean())


def _band(motif: str, seed: int = 5, cast: tuple[str, ...] = ()) -> tuple[float, float]:
    """The band of the frame's width (x0, x1) the staging gives a creature."""
    place = stage((cast,) if cast else (), (motif,), seed, VISUALS)[motif]
    return (place.x - place.half, place.x + place.half)


def _mask(change: np.ndarray) -> np.ndarray:
    """The silhouette: where the change is clear (its soft shadow on the ground left out)."""
    return change > 12.0


def _extent(mask: np.ndarray) -> tuple[float, float, float, float]:
    """The mask's bounding box in fractions of the frame (x0, x1, y0, y1; y up)."""
    rows, cols = np.nonzero(mask)
    height, width = mask.shape
    return (
        cols.min() / width,
        (cols.max() + 1) / width,
        1.0 - (rows.max() + 1) / height,
        1.0 - rows.min() / height,
    )


def _where(motif: str) -> tuple[float, float, float, float]:
    if motif in WHERE:
        return WHERE[motif]
    x0, x1 = _band(motif)
    return (x0, x1, *HEIGHTS.get(motif, (0.1, 0.4)))


@pytest.mark.parametrize("motif", BEASTS + list(WHERE))
def test_each_creature_paints_where_it_stands_and_nowhere_in_the_open_sky(renderer, motif) -> None:
    change = _change(renderer, motif)
    assert _box(change, _where(motif)) > 1.5, f"{motif} left its place empty"
    assert _box(change, SKY) < 0.5, f"{motif} painted the open sky"


@pytest.mark.parametrize("motif", BEASTS)
def test_each_creature_stays_inside_its_band(bare, motif) -> None:
    mask = _mask(_change(bare, motif))
    assert mask.sum() > 150, f"{motif}: too small to see"
    x0, x1, _, _ = _extent(mask)
    band = _band(motif)
    assert band[0] - EDGE <= x0 and x1 <= band[1] + EDGE, f"{motif} leaves its band {band}"


@pytest.mark.parametrize(
    "motif", ["horse", "deer", "wolf", "cow", "sheep", "goat", "bear", "giraffe", "camel"]
)
def test_four_legged_creatures_stand_on_legs_with_the_sky_between_them(bare, motif) -> None:
    mask = _mask(_change(bare, motif))
    _, _, y0, y1 = _extent(mask)
    height = mask.shape[0]
    # a strip above the hooves, below the belly
    top, bottom = y0 + 0.16 * (y1 - y0), y0 + 0.1 * (y1 - y0)
    strip = mask[int(height * (1.0 - top)) : int(height * (1.0 - bottom))].any(axis=0)
    cols = np.nonzero(strip)[0]
    gaps = np.diff(cols)
    assert cols.size and gaps.max() >= 4, f"{motif}: no legs, or none apart"


def test_an_animal_with_no_picture_of_its_own_is_long_and_low_with_no_antlers(bare) -> None:
    def shape(motif: str) -> float:
        x0, x1, y0, y1 = _extent(_mask(_change(bare, motif)))
        return (y1 - y0) * SIZE[1] / ((x1 - x0) * SIZE[0])  # height over width, in pixels

    assert shape("animal") < 0.75  # a badger or a pangolin walks low
    assert shape("animal") < 0.5 * shape("deer")  # where the deer's neck and antlers rise


def test_a_lizard_is_long_and_low_and_a_tortoise_a_dome_highest_in_the_middle(bare) -> None:
    def shape(motif: str) -> float:
        x0, x1, y0, y1 = _extent(_mask(_change(bare, motif)))
        return (y1 - y0) * SIZE[1] / ((x1 - x0) * SIZE[0])  # height over width, in pixels

    assert shape("lizard") < 0.3  # its body slung low, its tail along the ground
    assert shape("lizard") < 0.6 * shape("animal")
    mask = _mask(_change(bare, "tortoise"))
    cols = np.nonzero(mask.any(axis=0))[0]
    tops = np.array([np.nonzero(mask[:, c])[0].min() for c in cols])  # rows down from the top
    tenth = len(cols) // 10
    ends = min(tops[:tenth].min(), tops[-tenth:].min())  # its head and its tail
    tall = np.nonzero(mask)[0].max() - tops.min()
    assert ends - tops.min() > 0.25 * tall, "no dome rises over its head and tail"
    crown = (cols[tops == tops.min()].mean() - cols[0]) / (cols[-1] - cols[0])
    assert 0.3 < crown < 0.7, f"the shell is highest at {crown:.2f} of its length"
    assert shape("tortoise") > 1.5 * shape("lizard")  # the shell rises high over its feet


def _inside(mask: np.ndarray) -> np.ndarray:
    """The silhouette two pixels in from its edge, where the rim light does not reach."""
    inner = mask.copy()
    for _ in range(2):
        inner &= np.roll(inner, 1, 0) & np.roll(inner, -1, 0)
        inner &= np.roll(inner, 1, 1) & np.roll(inner, -1, 1)
    return inner


def test_a_fox_is_red_orange_with_a_pale_tip_to_its_tail(bare) -> None:
    dusk = replace(NIGHT, daylight=0.45)  # no night glow over the horizon behind it
    bare.compositor.reset()
    plain = bare.render(dusk).astype(np.float32)
    bare.compositor.reset()
    drawn = bare.render(replace(dusk, intensities={**dusk.intensities, "fox": 1.0}))
    drawn = drawn.astype(np.float32)
    mask = np.abs(drawn - plain).mean(axis=2) > 12.0
    inner = _inside(mask)
    coat = drawn[inner].mean(axis=0)
    assert coat[0] > 1.25 * coat[1] > 1.25 * coat[2], f"the fox is not red-orange: {coat}"
    rows, cols = np.nonzero(inner)
    feet = rows.max() - 0.15 * np.ptp(rows)  # below: its shadow on the ground
    inner &= (np.arange(mask.shape[0]) < feet)[:, None]
    # the end of its tail, the far end from its head (its ears, the highest part): paler, its
    # green (which a red coat lacks) well above the coat's
    rows, cols = np.nonzero(inner)
    head, span = cols[rows <= rows.min() + 3].mean(), np.ptp(cols)
    x = np.arange(mask.shape[1])
    far_end = x > cols.max() - 0.06 * span if head < cols.mean() else x < cols.min() + 0.06 * span
    tip = inner & far_end
    assert tip.sum() > 5, "no tail reaches the far end"
    assert drawn[tip, 1].mean() > 1.5 * drawn[inner, 1].mean(), "the tail's tip is not pale"


def test_a_heron_stands_tall_and_thin_on_thin_legs(bare) -> None:
    mask = _mask(_change(bare, "heron"))
    x0, x1, y0, y1 = _extent(mask)
    tall, wide = (y1 - y0) * SIZE[1], (x1 - x0) * SIZE[0]  # pixels
    assert tall > 1.2 * wide, f"the heron is {tall:.0f} px tall and {wide:.0f} px wide"
    height = mask.shape[0]
    # from just above its toes to a third of its height: only its legs, a few pixels wide
    top, bottom = y0 + 0.3 * (y1 - y0), y0 + 0.05 * (y1 - y0)
    legs = mask[int(height * (1.0 - top)) : int(height * (1.0 - bottom))]
    widths = legs.sum(axis=1)
    assert widths.min() > 0, "it does not stand on its legs"
    assert (widths < 0.2 * wide).mean() > 0.8, "its legs are not thin"  # (its toes spread)
    fox = _extent(_mask(_change(bare, "fox")))
    assert (fox[3] - fox[2]) * SIZE[1] < (fox[1] - fox[0]) * SIZE[0]  # a fox is long and low


def test_a_penguin_stands_upright_with_a_white_front_and_a_dark_back(bare) -> None:
    change = _change(bare, "penguin")
    mask = _mask(change)
    x0, x1, y0, y1 = _extent(mask)
    tall, wide = (y1 - y0) * SIZE[1], (x1 - x0) * SIZE[0]  # pixels
    assert tall > 1.3 * wide, f"the penguin is {tall:.0f} px tall and {wide:.0f} px wide"
    # its colours by day, against the plain sky (by night the horizon's glow behind it is as
    # pale as its front)
    day = replace(NIGHT, daylight=1.0)
    with_it = replace(day, intensities={**NIGHT.intensities, "penguin": 1.0})
    mask = np.abs(_brightness(bare, with_it) - _brightness(bare, day)) > 12.0
    bare.compositor.reset()
    body = bare.render(with_it)[mask].astype(np.float32).mean(axis=1)
    assert np.mean(body > 1.6 * np.median(body)) > 0.1, "no white front"
    assert np.mean(body < 0.6 * np.median(body)) > 0.1, "no dark back"
    assert motifs_of("A penguin waddled across the ice.")["penguin"] == "penguin"


def test_a_seal_lies_long_and_low_with_its_head_raised(bare) -> None:
    mask = _mask(_change(bare, "seal"))
    x0, x1, y0, y1 = _extent(mask)
    tall, wide = (y1 - y0) * SIZE[1], (x1 - x0) * SIZE[0]  # pixels
    assert wide > 1.6 * tall, f"the seal is {tall:.0f} px tall and {wide:.0f} px wide"
    columns = mask.sum(axis=0)
    cols = np.nonzero(columns)[0]
    ends = columns[cols[: len(cols) // 4]].mean(), columns[cols[-len(cols) // 4 :]].mean()
    assert max(ends) > 1.5 * min(ends), "no raised head at one end, flippers at the other"
    assert motifs_of("A walrus lay on the ice.")["walrus"] == "seal"
    assert motifs_of("She broke the seal on the letter.")["seal"] == "objects"


@pytest.mark.parametrize(
    "motif",
    [
        "seal",
        "penguin",
        "horse",
        "dog",
        "elephant",
        "octopus",
        "crab",
        "hummingbird",
        "cow",
        "sheep",
        "pig",
        "goat",
        "rabbit",
        "bear",
        "frog",
        "giraffe",
        "mouse",
        "monkey",
        "lizard",
        "tortoise",
        "fox",
        "heron",
    ],
)
def test_each_creature_lives_between_two_moments(bare, motif) -> None:
    where = _where(motif)
    wide = (where[0] - 0.05, where[1] + 0.05, max(where[2] - 0.05, 0.0), where[3] + 0.1)
    first = _change(bare, motif, 20.0)
    later = _change(bare, motif, 21.5)
    assert _box(np.abs(later - first), wide) > 0.2, f"{motif} is a still sticker"


@pytest.mark.parametrize("seed", [5, 8])
@pytest.mark.parametrize("motif", ["deer", "horse", "wolf"])
def test_the_focal_creature_stands_on_a_third_facing_into_the_frame(bare, motif, seed) -> None:
    mask = _mask(_change(bare, motif, seed=seed, cast=(motif,)))
    rows, cols = np.nonzero(mask)
    width = mask.shape[1]
    centre = cols.mean() / width
    third = min((1 / 3, 2 / 3), key=lambda t: abs(t - centre))
    assert abs(centre - third) < 0.06, f"{motif} stands at {centre:.2f}, off the thirds"
    # its head (the highest part, antlers and ears included) is on the side of the middle
    head = cols[rows <= rows.min() + 3].mean() / width
    assert (head - centre) * (0.5 - centre) > 0, f"{motif} faces out of the frame"


def test_the_dreams_stage_their_creatures_in_different_places(bare) -> None:
    centres = set()
    for seed in (1, 3, 5, 7):
        cols = np.nonzero(_mask(_change(bare, "horse", seed=seed, cast=("horse",))))[1]
        centres.add(round(cols.mean() / SIZE[0], 2))
    assert len(centres) >= 3, f"the horse stands in the same places: {sorted(centres)}"


@pytest.mark.parametrize(
    "cast",
    [
        ("deer", "wolf"),
        ("elephant", "giraffe"),
        ("horse", "cow", "sheep", "dog"),
        ("figure", "bear", "camel"),
        ("crab", "hummingbird", "deer"),
    ],
)
@pytest.mark.parametrize("seed", [4, 5])
def test_two_creatures_in_one_scene_never_overlap(bare, cast, seed) -> None:
    beasts = [m for m in cast if m in BEASTS]
    masks = {m: _mask(_change(bare, m, seed=seed, cast=cast)) for m in beasts}
    for i, a in enumerate(beasts):
        assert masks[a].sum() > 40, f"{a} not drawn"
        for b in beasts[i + 1 :]:
            (ax0, ax1, _, _), (bx0, bx1, _, _) = _extent(masks[a]), _extent(masks[b])
            assert ax1 <= bx0 or bx1 <= ax0, f"{a} and {b} overlap"


@pytest.mark.parametrize(
    ("cast", "seed"),
    [
        (("figure", "horse"), 5),
        (("figure", "child", "elephant", "deer"), 4),
        (("dancer", "figure", "giraffe", "wolf"), 7),
    ],
)
def test_a_creature_and_a_figure_never_overlap(bare, cast, seed) -> None:
    people = [m for m in cast if m not in BEASTS]
    figures = np.zeros((SIZE[1], SIZE[0]), dtype=bool)
    for person in people:
        figures |= _mask(_change(bare, person, seed=seed, cast=cast))
    fx0, fx1, _, _ = _extent(figures)
    for beast in (m for m in cast if m in BEASTS):
        mask = _mask(_change(bare, beast, seed=seed, cast=cast))
        assert not (mask & figures).any(), f"{beast} overlaps the figure"
        bx0, bx1, _, _ = _extent(mask)
        assert bx1 <= fx0 or fx1 <= bx0 or len(people) > 1, f"{beast} stands in the figure"


def _bat_columns(renderer: Offscreen, time: float) -> np.ndarray:
    """Per column of the sky, whether drawing the bats darkens it (a silhouette there)."""
    night = replace(NIGHT, time=time)
    plain = _brightness(renderer, night)
    drawn = _brightness(renderer, replace(night, intensities={**NIGHT.intensities, "bats": 1.0}))
    height = plain.shape[0]
    sky = slice(0, int(height * 0.5))
    return ((plain - drawn)[sky] > 8.0).any(axis=0)


def test_bats_are_a_flock_of_dark_silhouettes_that_flit_across_the_sky(renderer) -> None:
    first = _bat_columns(renderer, 20.0)
    # separate silhouettes: runs of darkened columns with sky between them
    runs = np.count_nonzero(np.diff(first.astype(np.int8)) == 1)
    assert runs >= 3, f"only {runs} bats seen"
    later = _bat_columns(renderer, 21.0)
    assert np.count_nonzero(first != later) > 10, "the bats hang still"


def _single(renderer: Offscreen, motif: str) -> np.ndarray:
    """The change drawing `motif` makes in a dream that names only one of it."""
    night = replace(NIGHT, single=frozenset({motif}))
    plain = _brightness(renderer, night)
    lit = replace(night, intensities={**NIGHT.intensities, motif: 1.0})
    return np.abs(_brightness(renderer, lit) - plain)


@pytest.mark.parametrize(
    ("motif", "layer"),
    [("lanterns", "lantern"), ("birds", "bird"), ("fish", "fish_one"), ("tent", "tent_one")],
)
def test_one_of_a_kind_is_drawn_once_where_it_is_staged(bare, motif, layer) -> None:
    many, one = _change(bare, motif), _single(bare, motif)
    place = stage((), (motif,), NIGHT.seed, VISUALS, frozenset({motif}))[layer]
    band = (place.x - place.half - EDGE, place.x + place.half + EDGE)
    other = (0.0, band[0] - 0.1) if place.x > 0.5 else (band[1] + 0.1, 1.0)
    width = one.shape[1]
    inside = _mask(one)[:, int(band[0] * width) : int(band[1] * width)]
    assert inside.sum() > 150, f"no {layer} where it is staged"
    elsewhere = _box(one, (*other, 0.0, 1.0))
    assert elsewhere < 0.05, f"a single {layer} drew on the other side"
    assert _box(many, (*other, 0.0, 1.0)) > 0.2, f"many {motif} keep to one place"


def test_a_single_lantern_is_a_bright_flame(renderer) -> None:
    assert _single(renderer, "lanterns").max() > 120.0


def test_a_single_lanterns_light_fades_to_nothing_at_the_edge_of_its_quad(renderer) -> None:
    state = replace(NIGHT, intensities={"lanterns": 1.0}, single=frozenset({"lanterns"}))
    renderer.compositor.reset()
    renderer.compositor.render_layers(state)
    light = renderer.compositor.layer_pixels()[..., :3].max(axis=2)
    rows, cols = np.nonzero(light > 0.0)  # the quad it was drawn on
    top, bottom, left, right = rows.min(), rows.max(), cols.min(), cols.max()
    rim = np.concatenate(
        [light[top, left:right], light[bottom, left:right], light[top:bottom, left],
         light[top:bottom, right]]
    )  # fmt: skip
    assert rim.max() < 0.001 * light.max()  # no box edge where the quad ends


@pytest.mark.gl
def test_a_creature_half_as_strong_is_as_solid_and_only_a_fainter_one_fades(bare) -> None:
    """A staged creature is opaque from half strength on, not a ghost the hills show through;
    only while it fades in or out is it see-through."""
    night = replace(NIGHT, time=20.0, seed=5)
    plain = _brightness(bare, night)

    def change(value: float) -> np.ndarray:
        drawn = replace(night, intensities={**NIGHT.intensities, "deer": value})
        return np.abs(_brightness(bare, drawn) - plain)

    full = change(1.0)
    mask = _mask(full)
    assert mask.sum() > 200
    assert change(0.5)[mask].mean() > 0.95 * full[mask].mean()
    assert change(0.2)[mask].mean() < 0.6 * full[mask].mean()


@pytest.mark.gl
@pytest.mark.parametrize(
    "motif", sorted(m for m, v in VISUALS.motifs.items() if v.layer in SWIMMERS)
)
def test_a_creature_of_the_water_is_seen_in_the_sea_not_in_the_sky_over_it(
    renderer, motif
) -> None:
    """Over open water a whale or a jellyfish swims in it, under its horizon: none of it shows
    in the sky above (where, with no water, the whale and the jellyfish float)."""
    horizon = VISUALS.motifs["ocean"].params[0]
    sea = replace(NIGHT, time=20.0, seed=5, intensities={**NIGHT.intensities, "ocean": 1.0})
    plain = _brightness(renderer, sea)
    drawn = replace(sea, intensities={**sea.intensities, motif: 1.0})
    change = np.abs(_brightness(renderer, drawn) - plain)
    height = change.shape[0]
    water_line = int(height * (1.0 - horizon))  # the first row under the horizon
    assert _mask(change[water_line:]).sum() > 150  # seen in the water
    assert change[: water_line - int(0.02 * height)].max() < 6.0  # nothing over it


def test_creatures_of_the_water_move_into_open_water_drawn_after_it_as_it_comes_in(
    renderer,
) -> None:
    plan = renderer.compositor.plan_draws
    whale = [d for d in plan({"whale": 1.0, "stars": 0.7}) if d.motif == "whale"]
    assert [(d.in_water, d.intensity) for d in whale] == [(False, 1.0)]
    draws = plan({"whale": 1.0, "ocean": 1.0, "boat": 1.0})
    names = [(d.motif, d.in_water) for d in draws]
    assert ("whale", False) not in names
    assert names.index(("ocean", False)) + 1 == names.index(("whale", True))  # over the water
    assert names.index(("whale", True)) < names.index(("boat", False))  # under the boat
    coming = {d.in_water: d.intensity for d in plan({"whale": 1.0, "ocean": 0.25}) if d.layer.swims}
    assert coming[True] == pytest.approx(0.5) and coming[False] == pytest.approx(0.5)
    assert all(not d.in_water for d in plan({"deer": 1.0, "ocean": 1.0}))  # land stays on land


def test_with_no_open_water_a_fish_swims_in_the_rivers_near_reach_and_a_whale_does_not(
    renderer,
) -> None:
    plan = renderer.compositor.plan_draws
    names = [(d.motif, d.in_water) for d in plan({"fish": 1.0, "river": 1.0, "meadow": 1.0})]
    assert ("fish", False) not in names
    assert names.index(("river", False)) + 1 == names.index(("fish", True))  # in the river
    assert all(not d.in_water for d in plan({"whale": 1.0, "river": 1.0}))  # a sky whale
    assert all(not d.in_water for d in plan({"fish": 1.0, "meadow": 1.0}))  # no water at all


@pytest.mark.gl
def test_a_fish_in_a_river_is_seen_low_in_its_near_reach_not_in_the_sky(renderer) -> None:
    river = replace(NIGHT, time=20.0, seed=5, intensities={**NIGHT.intensities, "river": 1.0})
    plain = _brightness(renderer, river)
    drawn = replace(river, intensities={**river.intensities, "fish": 1.0})
    change = np.abs(_brightness(renderer, drawn) - plain)
    height, width = change.shape
    reach = int(height * (1.0 - STREAM_REACH))  # the first row of the near reach
    assert _mask(change[reach:]).sum() > 20  # seen in the water
    assert change[: reach - int(0.02 * height)].max() < 6.0  # nothing over it
    assert change[:, : width // 4].max() < 6.0 and change[:, -width // 4 :].max() < 6.0
