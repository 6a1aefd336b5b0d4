"""The built places drawn as themselves (real shaders, EGL): each paints where its picture
is and leaves the rest to the scene behind it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import HELD_EXPOSURE, NIGHT, Offscreen, frame_box, offscreen_renderer

from renderer.bench.look import hue_angles, measure
from renderer.mapping.daylight import LEVELS

pytestmark = pytest.mark.gl

SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _frames(renderer: Offscreen, motif: str) -> tuple[np.ndarray, np.ndarray]:
    """The night scene without and with `motif`, each as its pixels' brightness (0..255)."""
    renderer.compositor.reset()
    plain = renderer.render(NIGHT).astype(np.float32).mean(axis=2)
    renderer.compositor.reset()
    drawn = renderer.render(replace(NIGHT, intensities={**NIGHT.intensities, motif: 0.9}))
    return plain, drawn.astype(np.float32).mean(axis=2)


def _change(renderer: Offscreen, motif: str) -> np.ndarray:
    """Per pixel, how much drawing `motif` over the night scene changes it (0..255)."""
    plain, drawn = _frames(renderer, motif)
    return np.abs(drawn - plain)


def _box(change: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> float:
    """The mean change inside a box of the frame, in fractions (y up from the bottom)."""
    height, width = change.shape
    rows = slice(int(height * (1.0 - y1)), int(height * (1.0 - y0)))
    return float(change[rows, int(width * x0) : int(width * x1)].mean())


def test_the_room_fills_the_frame_and_its_window_shows_the_sky(renderer) -> None:
    change = _change(renderer, "room")
    assert _box(change, 0.0, 0.1, 0.0, 1.0) > 8.0  # the left wall hides the sky
    assert _box(change, 0.3, 0.7, 0.0, 0.15) > 8.0  # the floor
    assert _box(change, 0.6, 0.7, 0.48, 0.56) > 30.0  # the lamp's shade glows
    assert _box(change, 0.37, 0.42, 0.55, 0.65) < 0.3 * _box(change, 0.0, 1.0, 0.0, 1.0)  # glass


def test_the_kitchen_is_its_own_room_tiled_floor_wall_tiles_and_a_pendant(renderer) -> None:
    kitchen = renderer.alone("kitchen").mean(axis=2)
    bedroom = renderer.alone("room").mean(axis=2)

    def busy(image: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> float:
        """Mean brightness step between neighbouring pixels across a box (its pattern)."""
        height, width = image.shape
        rows = slice(int(height * (1 - y1)), int(height * (1 - y0)))
        box = image[rows, int(width * x0) : int(width * x1)]
        return float(np.abs(np.diff(box, axis=1)).mean() + np.abs(np.diff(box, axis=0)).mean())

    # tiles over the worktop where the bedroom has plain plaster
    assert busy(kitchen, 0.09, 0.2, 0.4, 0.55) > 3.0 * busy(bedroom, 0.09, 0.2, 0.4, 0.55)
    # the pendant lamp hangs over the table, where the bedroom has its window's wall, and
    # lights the pale tiles of the floor under it
    assert _box(kitchen, 0.55, 0.6, 0.6, 0.66) > 2.0 * _box(bedroom, 0.55, 0.6, 0.6, 0.66)
    assert _box(kitchen, 0.3, 0.45, 0.02, 0.12) > 1.5 * _box(bedroom, 0.3, 0.45, 0.02, 0.12)


def test_the_bathroom_is_tiled_with_a_bath_where_the_bedroom_has_its_bed(renderer) -> None:
    bathroom = renderer.alone("bathroom").mean(axis=2)
    bedroom = renderer.alone("room").mean(axis=2)
    height, width = bathroom.shape

    def busy(image: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> float:
        rows = slice(int(height * (1 - y1)), int(height * (1 - y0)))
        box = image[rows, int(width * x0) : int(width * x1)]
        return float(np.abs(np.diff(box, axis=1)).mean() + np.abs(np.diff(box, axis=0)).mean())

    # tiles on the left wall, where the bedroom has plain plaster
    assert busy(bathroom, 0.05, 0.2, 0.45, 0.6) > 3.0 * busy(bedroom, 0.05, 0.2, 0.45, 0.6)
    # the white bath along the left wall is brighter than the bedroom's dark bed there
    assert _box(bathroom, 0.1, 0.3, 0.05, 0.3) > 1.5 * _box(bedroom, 0.1, 0.3, 0.05, 0.3)


def test_the_cafe_has_a_counter_a_menu_board_and_a_big_window_and_by_day_it_is_light(
    renderer,
) -> None:
    night = renderer.alone("cafe")
    renderer.compositor.reset()
    day = renderer.render(replace(NIGHT, intensities={"cafe": 0.9}, daylight=1.0))
    day = day.astype(np.float32)
    change = _change(renderer, "cafe")
    grey = night.mean(axis=2)
    height, width = grey.shape

    bedroom = renderer.alone("room").mean(axis=2)

    def busy(x0: float, x1: float, y0: float, y1: float, image: np.ndarray = grey) -> float:
        rows = slice(int(height * (1 - y1)), int(height * (1 - y0)))
        box = image[rows, int(width * x0) : int(width * x1)]
        return float(np.abs(np.diff(box, axis=1)).mean() + np.abs(np.diff(box, axis=0)).mean())

    # the big window in the middle of the far wall shows the sky behind; the walls hide it
    assert _box(change, 0.38, 0.55, 0.52, 0.68) < 0.3 * _box(change, 0.0, 0.1, 0.0, 1.0)
    # the chalkboard right of the window: dark slate with rows of chalk writing
    slate, wall = _rgb(night, 0.63, 0.68, 0.52, 0.64), _rgb(night, 0.58, 0.6, 0.52, 0.64)
    assert slate.mean() < 0.6 * wall.mean()
    assert busy(0.63, 0.68, 0.52, 0.64) > 3.0 * busy(0.74, 0.8, 0.52, 0.64)
    # the counter's dark front along the left, its lit top and the glowing case of cakes on it
    front, top = _rgb(night, 0.04, 0.2, 0.1, 0.3), _rgb(night, 0.12, 0.24, 0.42, 0.48)
    assert front.mean() < 0.5 * top.mean()
    # the shelf of cups on the left wall over it, where the bedroom's wall is plain
    assert busy(0.05, 0.22, 0.6, 0.9) > 3.0 * busy(0.05, 0.22, 0.6, 0.9, bedroom)
    # two pendant lamps glow
    lamps = grey[int(height * 0.24) : int(height * 0.32)]
    assert lamps[:, int(width * 0.3) : int(width * 0.34)].max() > 200
    assert lamps[:, int(width * 0.56) : int(width * 0.6)].max() > 200
    # by day the room is light: its walls are pale, the counter's panelling stays dark wood
    assert day.mean() > 1.4 * night.mean()
    assert _rgb(day, 0.7, 0.8, 0.55, 0.85).mean() > 1.8 * _rgb(night, 0.7, 0.8, 0.55, 0.85).mean()


def test_the_aquarium_is_a_dark_gallery_between_windows_of_lit_water(renderer) -> None:
    image = renderer.alone("aquarium")
    left, right = _rgb(image, 0.02, 0.15, 0.4, 0.75), _rgb(image, 0.85, 0.98, 0.4, 0.75)
    floor = _rgb(image, 0.35, 0.65, 0.0, 0.12)
    for window in (left, right):
        assert window[2] > 2.0 * window[0] and window[2] > 120.0  # blue water, brightly lit
        assert window.mean() > 3.0 * floor.mean()  # against the dark gallery
    assert measure(image.astype(np.uint8)).dark < 20.0  # its shade reaches near black


def test_the_corridor_recedes_under_a_row_of_lights(renderer) -> None:
    plain, drawn = _frames(renderer, "corridor")
    change = np.abs(drawn - plain)
    assert _box(change, 0.0, 0.15, 0.0, 1.0) > 8.0  # its walls hide the sky
    ceiling_light = _box(drawn, 0.57, 0.63, 0.84, 0.9)
    assert ceiling_light > 2.0 * _box(drawn, 0.4, 0.5, 0.84, 0.9)  # the nearest ceiling panel
    # the door of light at the far end, right of centre: the corridor's vanishing point
    far_end = _box(drawn, 0.59, 0.62, 0.5, 0.56)
    assert far_end > 1.5 * _box(drawn, 0.38, 0.42, 0.5, 0.56)
    assert far_end > 1.5 * _box(drawn, 0.0, 1.0, 0.0, 1.0)


def test_the_great_hall_has_a_marble_floor_chandeliers_and_a_window_onto_the_sky(renderer) -> None:
    image = renderer.alone("hall")
    change = np.abs(image - renderer.alone(None)).mean(axis=2)
    light = image.mean(axis=2)
    assert _box(change, 0.0, 0.1, 0.0, 1.0) > 8.0  # its walls hide the sky
    assert _box(change, 0.47, 0.53, 0.45, 0.52) < 0.4 * change.mean()  # the far window shows it
    floor = frame_box(light, 0.2, 0.8, 0.05, 0.2)
    assert floor.std(axis=1).mean() > 25.0  # light and dark marble across the floor
    chandelier = frame_box(light, 0.45, 0.55, 0.6, 0.8).max()
    assert chandelier > 200.0 and chandelier > 2.0 * _box(light, 0.0, 0.3, 0.3, 0.7)


def test_the_gym_has_a_wooden_floor_high_windows_and_a_hoop(renderer) -> None:
    image = renderer.alone("gym")
    change = np.abs(image - renderer.alone(None)).mean(axis=2)
    assert _box(change, 0.0, 0.08, 0.3, 0.7) > 8.0  # its walls hide the sky
    assert _box(change, 0.0, 0.08, 0.85, 0.95) < 0.35 * change.mean()  # but its high windows
    floor = frame_box(image, 0.3, 0.7, 0.0, 0.15).reshape(-1, 3).mean(axis=0)
    assert floor[0] > floor[2] + 30.0  # honey-coloured boards
    red, green, blue = frame_box(image, 0.4, 0.6, 0.4, 0.65).reshape(-1, 3).T
    assert np.count_nonzero((red > green + 60.0) & (red > blue + 60.0)) > 20  # the hoop


def test_the_waiting_room_has_rows_of_chairs_and_a_lit_hatch(renderer) -> None:
    image = renderer.alone("waiting_room")
    assert np.abs(image - renderer.alone(None)).mean() > 30.0  # it fills the frame
    for side in ((0.0, 0.35, 0.15, 0.55), (0.65, 1.0, 0.15, 0.55)):
        red, green, blue = frame_box(image, *side).reshape(-1, 3).T
        assert np.count_nonzero((red > green + 40.0) & (red > blue + 40.0)) > 300  # orange
        assert np.count_nonzero((blue > red + 40.0) & (blue > green + 20.0)) > 300  # and blue
    hatch = frame_box(image, 0.42, 0.52, 0.42, 0.5).mean()
    assert hatch > 200.0 and hatch > 1.4 * frame_box(image, 0.38, 0.41, 0.6, 0.7).mean()


def test_the_ward_has_rows_of_pale_beds_either_side_of_a_dark_floor(renderer) -> None:
    image = renderer.alone("ward")
    aisle = frame_box(image, 0.4, 0.6, 0.05, 0.2).mean()
    for side in ((0.05, 0.35, 0.15, 0.35), (0.65, 0.95, 0.15, 0.35)):
        beds = frame_box(image, *side)
        assert np.count_nonzero(beds.min(axis=2) > 110.0) > 50  # their pillows and sheets
        assert beds.mean() > 1.5 * aisle
    assert frame_box(image, 0.52, 0.58, 0.35, 0.45).mean() > 3.0 * aisle  # the lit doorway


def test_the_beach_lies_under_the_sky_with_a_headland_far_off(renderer) -> None:
    change = _change(renderer, "beach")
    assert _box(change, 0.35, 1.0, 0.6, 1.0) < 0.5  # the sky is left to the layers behind
    assert _box(change, 0.0, 1.0, 0.0, 0.45) > 5.0  # sand and sea below the horizon
    assert _box(change, 0.0, 0.12, 0.51, 0.54) > 3.0  # the headland on the left


def test_the_fairground_lights_its_wheel_and_leaves_the_sky_above(renderer) -> None:
    plain, drawn = _frames(renderer, "carnival")
    change = np.abs(drawn - plain)
    assert _box(change, 0.0, 1.0, 0.75, 1.0) < 0.5  # nothing above the wheel
    assert _box(change, 0.0, 1.0, 0.0, 0.06) > 5.0  # the ground
    # the wheel on the right third, its bulbs the brightest things there
    assert _box(change, 0.56, 0.84, 0.12, 0.6) > 5.0
    height, width = drawn.shape
    rows = slice(int(height * 0.4), int(height * 0.88))
    columns = slice(int(width * 0.56), int(width * 0.84))
    bulbs = np.percentile(drawn[rows, columns], 99.5)
    # near white, over the night's moonlit glow behind the wheel
    assert bulbs > 240.0 and bulbs > np.median(plain[rows, columns]) + 20.0


def test_the_farm_stands_on_its_field_under_the_sky(renderer) -> None:
    plain, drawn = _frames(renderer, "barn")
    change = np.abs(drawn - plain)
    assert _box(change, 0.0, 1.0, 0.5, 1.0) < 0.5  # the sky is left alone
    assert _box(change, 0.0, 1.0, 0.0, 0.25) > 5.0  # the field
    # the barn's lit hayloft on the left third glows against its red front
    assert _box(drawn, 0.31, 0.33, 0.3, 0.33) > _box(drawn, 0.28, 0.3, 0.2, 0.24) + 20.0


def test_the_volcano_glows_at_its_crater_under_a_plume(renderer) -> None:
    plain, drawn = _frames(renderer, "volcano")
    change = np.abs(drawn - plain)
    assert _box(change, 0.0, 0.3, 0.6, 1.0) < 0.5  # the sky on the left is left alone
    assert _box(change, 0.45, 0.75, 0.15, 0.4) > 8.0  # the cone right of centre
    crater = _box(drawn, 0.58, 0.62, 0.47, 0.52)
    assert crater > _box(drawn, 0.45, 0.5, 0.2, 0.3) + 60.0  # its crater glows over dark flanks
    assert _box(change, 0.6, 0.75, 0.6, 0.85) > 3.0  # the plume rises and leans right


def test_the_library_is_walls_of_books_down_to_a_moonlit_window(renderer) -> None:
    plain, drawn = _frames(renderer, "library")
    change = np.abs(drawn - plain)
    assert _box(change, 0.0, 0.15, 0.0, 1.0) > 8.0  # the shelves hide the sky
    # the far window, a little left of centre, is the brightest thing down the room
    window = _box(drawn, 0.43, 0.46, 0.55, 0.62)
    assert window > _box(drawn, 0.3, 0.35, 0.55, 0.62) + 30.0
    # the near reading table's lamp lights its top
    assert _box(drawn, 0.42, 0.47, 0.2, 0.26) > _box(drawn, 0.2, 0.25, 0.2, 0.26) + 20.0


def test_the_church_leads_down_its_nave_to_a_rose_window(renderer) -> None:
    plain, drawn = _frames(renderer, "church")
    change = np.abs(drawn - plain)
    assert _box(change, 0.0, 0.15, 0.0, 1.0) > 8.0  # the arcades hide the sky
    rose = _box(drawn, 0.5, 0.54, 0.52, 0.6)  # the rose window, just right of centre
    assert rose > _box(drawn, 0.38, 0.42, 0.52, 0.6) + 30.0
    # the pews fill the lower left, beside the aisle
    height, width = drawn.shape
    left_pews = change[int(height * 0.85) :, int(width * 0.1) : int(width * 0.35)]
    assert left_pews.mean() > 5.0


DUSK = LEVELS["dusk"]


def _rgb(image: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> np.ndarray:
    """The mean colour inside a box of an RGB frame (y up from the bottom)."""
    height, width, _ = image.shape
    rows = slice(int(height * (1.0 - y1)), int(height * (1.0 - y0)))
    return image[rows, int(width * x0) : int(width * x1)].reshape(-1, 3).mean(axis=0)


def _shows_the_sky(renderer: Offscreen, motif: str, opening: tuple, wall: tuple) -> bool:
    """Whether the sky behind shows through an opening of the place: most of the sky's
    strongest colour there is kept, while the place's wall hides most of it (at dusk, whose
    sky is bright from the horizon up; the night's is near black overhead)."""
    sky, drawn = renderer.alone(None, DUSK), renderer.alone(motif, DUSK)
    channel = int(np.argmax(_rgb(sky, *opening)))
    kept = _rgb(drawn, *opening)[channel] / _rgb(sky, *opening)[channel]
    hidden = _rgb(drawn, *wall)[channel] / _rgb(sky, *wall)[channel]
    return bool(kept > 0.6 and hidden < 0.3)


def test_the_pool_glows_turquoise_between_its_tiled_walls(renderer) -> None:
    image = renderer.alone("pool")
    water = _rgb(image, 0.3, 0.7, 0.0, 0.25)
    assert water[1] > 2.0 * water[0] and water[2] > 2.0 * water[0]  # lit from within, blue-green
    assert water.mean() > 2.0 * _rgb(image, 0.0, 0.1, 0.4, 0.6).mean()  # the brightest thing
    assert _box(_change(renderer, "pool"), 0.0, 0.1, 0.0, 1.0) > 8.0  # its walls hide the sky


def test_the_car_park_has_a_line_of_tubes_and_an_open_side(renderer) -> None:
    image = renderer.alone("carpark").mean(axis=2)
    assert _box(image, 0.45, 0.55, 0.7, 0.8) > _box(image, 0.1, 0.2, 0.7, 0.8) + 80.0  # a tube
    assert _box(image, 0.0, 0.1, 0.3, 0.9) < 20.0  # the far side of the pillars is dark
    assert _shows_the_sky(renderer, "carpark", (0.85, 0.95, 0.5, 0.58), (0.0, 0.1, 0.3, 0.9))


def test_the_station_platform_runs_beside_gleaming_rails(renderer) -> None:
    image = renderer.alone("station").mean(axis=2)
    assert _box(image, 0.4, 0.5, 0.8, 1.0) > _box(image, 0.7, 0.8, 0.8, 1.0) + 100.0  # lights
    height, width = image.shape
    tracks = image[int(height * 0.7) :, int(width * 0.55) : int(width * 0.85)]
    assert np.percentile(tracks, 99) > _box(image, 0.9, 1.0, 0.0, 0.3) + 40.0  # the rails
    assert _box(_change(renderer, "station"), 0.0, 0.1, 0.0, 1.0) > 8.0  # its walls hide the sky


def test_the_office_is_dark_rows_of_desks_with_screens_and_windows(renderer) -> None:
    image = renderer.alone("office").mean(axis=2)
    assert _box(image, 0.0, 1.0, 0.0, 0.3) < 20.0  # the partitions in front, dark at night
    height, width = image.shape
    desks = image[int(height * 0.45) : int(height * 0.65), :]
    assert np.percentile(desks, 99.5) > 100.0  # screens glow over them
    assert _shows_the_sky(renderer, "office", (0.85, 0.95, 0.55, 0.7), (0.0, 0.1, 0.55, 0.7))


def test_the_stadium_has_a_green_pitch_and_floodlights_under_the_sky(renderer) -> None:
    # the sky above: only the floodlights' bloom reaches it
    assert _box(_change(renderer, "stadium"), 0.35, 0.65, 0.93, 1.0) < 2.0
    image = renderer.alone("stadium")
    pitch = _rgb(image, 0.4, 0.6, 0.0, 0.3)
    assert pitch[1] > 1.3 * pitch[0] and pitch[1] > 1.3 * pitch[2]  # green grass
    # the left tower's lamp bank (the camera's drift moves it by up to ~2% of the width)
    lights = _rgb(image, 0.1, 0.16, 0.86, 0.92).mean()
    assert lights > 185.0 and lights > _rgb(image, 0.3, 0.6, 0.86, 0.92).mean() + 20.0


def test_the_garden_has_a_warm_glasshouse_on_the_right(renderer) -> None:
    change = _change(renderer, "garden")
    assert _box(change, 0.3, 0.7, 0.8, 1.0) < 0.5  # the sky is left alone
    assert _box(change, 0.0, 1.0, 0.0, 0.3) > 5.0  # the beds and the path
    image = renderer.alone("garden")
    glasshouse, left = _rgb(image, 0.68, 0.8, 0.45, 0.55), _rgb(image, 0.2, 0.32, 0.45, 0.55)
    assert glasshouse[0] - glasshouse[2] > left[0] - left[2] + 60.0  # lit warm, the rest cool


def test_space_replaces_the_sky_with_black_and_stars(renderer) -> None:
    sky, image = renderer.alone(None), renderer.alone("space")
    luma = image.mean(axis=2)
    assert np.median(luma) < 0.25 * np.median(sky.mean(axis=2))  # black where the sky was
    assert np.percentile(luma, 99.8) > 150.0  # and stars in it


def test_the_earth_fills_the_lower_right_and_leaves_the_rest(renderer) -> None:
    change = _change(renderer, "earth")
    assert _box(change, 0.0, 0.4, 0.6, 1.0) < 0.5  # the sky above on the left is untouched
    image = renderer.alone("earth")
    earth = _rgb(image, 0.75, 0.95, 0.0, 0.2)
    assert earth[2] > earth[0]  # oceans and air: blue
    assert _box(change, 0.75, 0.95, 0.0, 0.2) > 20.0


def test_the_cabin_has_rows_of_seats_with_screens_and_windows_to_the_sky(renderer) -> None:
    image = renderer.alone("cabin").mean(axis=2)
    height, width = image.shape
    seats = image[int(height * 0.5) : int(height * 0.7), int(width * 0.2) : int(width * 0.8)]
    assert np.percentile(seats, 99.5) > 100.0 and np.median(seats) < 40.0  # screens glow
    assert _box(image, 0.45, 0.55, 0.0, 0.08) < 25.0  # a dim aisle
    assert _shows_the_sky(renderer, "cabin", (0.97, 1.0, 0.55, 0.62), (0.3, 0.4, 0.3, 0.4))


def test_the_snowfield_lies_under_the_sky_with_a_row_of_posts(renderer) -> None:
    change = _change(renderer, "snowfield")
    assert _box(change, 0.3, 0.7, 0.7, 1.0) < 0.5  # the sky is left alone
    image = renderer.alone("snowfield").mean(axis=2)
    assert _box(image, 0.0, 1.0, 0.0, 0.3) > 80.0  # bright snow in front
    post = _box(image, 0.229, 0.237, 0.42, 0.5)  # the nearest post in view, left of the middle
    assert post < 0.6 * _box(image, 0.26, 0.3, 0.42, 0.47)


def test_a_frozen_lake_is_dark_smooth_ice_with_no_fence(renderer) -> None:
    """The snowfield's plain as ice: darker than the snow, and with no posts across it."""
    snow = renderer.alone("snowfield").mean(axis=2)
    ice = renderer.alone("frozen_lake").mean(axis=2)
    assert _box(ice, 0.0, 1.0, 0.0, 0.3) < 0.6 * _box(snow, 0.0, 1.0, 0.0, 0.3)
    assert _box(ice, 0.0, 1.0, 0.0, 0.3) > 3.0  # but there: ice, not the night
    post = _box(ice, 0.229, 0.237, 0.42, 0.5)  # where the snowfield's nearest post stands
    assert post > 0.8 * _box(ice, 0.26, 0.3, 0.42, 0.47)
    assert _box(_change(renderer, "frozen_lake"), 0.3, 0.7, 0.7, 1.0) < 0.5  # the sky is left


# The interiors drawn on the shared room frame (lib/land_room.glsl) and their kin.
INTERIORS = [
    "room", "kitchen", "church", "library", "corridor", "office", "pool", "station", "cabin",
    "classroom", "shop", "bathroom", "cafe",
]


def _warm_and_cool(image: np.ndarray) -> tuple[float, float]:
    """The fractions of a uint8 RGB frame that are saturated warm (red to yellow) and
    saturated cool (cyan to blue) colour, as bench/look.py counts saturated pixels."""
    rgb = image.reshape(-1, 3).astype(np.float64) / 255.0
    top, low = rgb.max(axis=1), rgb.min(axis=1)
    keep = ((top - low) > 0.2 * top) & (top > 0.1)
    hue = np.degrees(hue_angles(rgb[keep])) % 360.0
    warm = np.count_nonzero((hue < 60.0) | (hue > 340.0)) / len(rgb)
    cool = np.count_nonzero((hue > 170.0) & (hue < 260.0)) / len(rgb)
    return warm, cool


@pytest.mark.parametrize("motif", INTERIORS)
def test_an_interior_is_lit_warm_against_cool_from_near_black_to_bright(renderer, motif) -> None:
    image = renderer.alone(motif).astype(np.uint8)
    warm, cool = _warm_and_cool(image)
    assert warm > 0.03, f"{motif}: warm light covers {warm:.3f} of the frame"
    assert cool > 0.03, f"{motif}: cool light covers {cool:.3f} of the frame"
    look = measure(image)
    assert look.hue_spread > 0.12, f"{motif}: {look}"  # not one tint
    assert look.dark < 20.0, f"{motif}: {look}"  # its shade reaches near black
    assert look.bright > 120.0, f"{motif}: {look}"  # and its lights are bright


def test_the_classroom_has_moonlit_windows_rows_of_desks_and_a_board(renderer) -> None:
    night = renderer.alone("classroom")
    renderer.compositor.reset()
    day = renderer.render(replace(NIGHT, intensities={"classroom": 0.9}, daylight=1.0))
    day = day.astype(np.float32)
    # tall windows down the left wall: moonlight blue at night, white with daylight
    windows, right_wall = _rgb(night, 0.05, 0.22, 0.4, 0.75), _rgb(night, 0.8, 0.95, 0.4, 0.75)
    assert windows[2] > windows[0] + 50.0 and windows.mean() > 4.0 * right_wall.mean()
    assert _rgb(day, 0.05, 0.22, 0.4, 0.75).min() > 200.0
    assert day.mean() > 2.5 * night.mean()  # the daylight fills the room
    # the rows of desks down the middle: lit tops and dark gaps between them, row after row
    height, width = day.shape[:2]
    rows = day[int(height * 0.55) : int(height * 0.9), int(width * 0.3) : int(width * 0.7)]
    profile = rows.mean(axis=(1, 2))
    assert profile.max() - profile.min() > 30.0
    # the blackboard on the far wall is darker than the wall above it
    board, above = _rgb(day, 0.5, 0.6, 0.56, 0.61), _rgb(day, 0.5, 0.6, 0.64, 0.68)
    assert board.mean() < 0.85 * above.mean()


def test_the_cinema_is_rows_of_seats_in_the_dark_before_a_bright_screen(renderer) -> None:
    night = renderer.alone("cinema")
    renderer.compositor.reset()
    day = renderer.render(replace(NIGHT, intensities={"cinema": 0.9}, daylight=1.0))
    grey = night.mean(axis=2)
    height, width = grey.shape
    # the screen over the middle is the brightest region, far brighter than any other box
    screen = _box(grey, 0.38, 0.62, 0.5, 0.7)
    others = [
        _box(grey, x, x + 0.1, y, y + 0.1)
        for x in np.arange(0.0, 1.0, 0.1)
        for y in np.arange(0.0, 1.0, 0.1)
        if not (0.25 < x < 0.7 and y > 0.35)  # the screen, its curtains, its glow, the beam
    ]
    assert screen > 180.0 and screen > 3.0 * max(others)
    # rows of seats step down toward it: down the middle of the lower third the brightness
    # rises and falls in bands (each row's back, rimmed by the screen's light, then the dark
    # under the next row's top)
    profile = grey[int(height * 0.62) :, int(width * 0.3) : int(width * 0.7)].mean(axis=1)
    near = [profile[i - 3 : i + 4] for i in range(3, len(profile) - 3)]
    bands = [k for k, seen in enumerate(near) if seen[3] == seen.max() and np.ptp(seen) > 3.0]
    assert len(bands) >= 3, profile.round()
    # it is dark all round the screen, near black in its shade
    look = measure(night.astype(np.uint8))
    assert look.dark < 10.0 and look.bright > 200.0, look
    # a cinema has no windows: by day it is only a little lighter
    assert grey.mean() < day.mean() < 1.3 * grey.mean()


def test_the_open_air_seen_from_a_room_shows_only_through_its_window(renderer) -> None:
    def frame(outside: frozenset[str], **extra: float) -> np.ndarray:
        renderer.compositor.reset()
        state = replace(NIGHT, intensities={"room": 0.9, **extra}, outside=outside)
        return renderer.render(state).astype(np.float32).mean(axis=2)

    room = frame(frozenset())
    rain_in = np.abs(frame(frozenset(), rain=1.0) - room)
    rain_out = np.abs(frame(frozenset({"rain"}), rain=1.0) - room)
    window, wall = (0.37, 0.42, 0.55, 0.65), (0.0, 0.1, 0.2, 0.9)
    assert _box(rain_in, *wall) > 4.0  # rain in the room falls across its walls
    assert _box(rain_out, *wall) < 0.2 * _box(rain_in, *wall)  # seen outside: not on the walls
    assert _box(rain_out, *window) > 0.5 * _box(rain_in, *window)  # but in the window
    # a forest seen outside is raised so its trees stand in the window, above the sill; one
    # drawn with the room (land only out of doors) is behind its walls all the same
    for seen in (frozenset({"forest"}), frozenset()):
        trees = np.abs(frame(seen, forest=1.0) - room)
        assert _box(trees, *window) > 3.0 and _box(trees, *wall) < 0.5


def test_a_view_seen_past_a_dimmed_room_stands_at_its_own_horizon(renderer) -> None:
    """When one looks out and the room dims, what is seen outside is not raised to the sill."""

    def frame(room: float, outside: frozenset[str]) -> np.ndarray:
        renderer.compositor.reset()
        state = replace(NIGHT, intensities={"room": room, "forest": 1.0}, outside=outside)
        return renderer.render(state).astype(np.float32).mean(axis=2)

    alone = frame(0.0, frozenset())
    dimmed = frame(0.04, frozenset({"forest"}))
    looked_out = np.abs(dimmed - alone).mean()
    in_the_window = np.abs(frame(0.9, frozenset({"forest"})) - alone).mean()
    assert looked_out < 0.25 * in_the_window, (looked_out, in_the_window)
    # nor is the bottom of the frame left bare under it: the forest's ground reaches it
    seen_alone = frame(0.0, frozenset({"forest"}))
    bottom = np.abs(dimmed[-4:] - seen_alone[-4:]).mean()
    assert bottom < 4.0, bottom


def test_the_glasshouse_is_white_ribs_over_glass_and_green_leaves_by_day_and_night(
    renderer,
) -> None:
    def alone(daylight: float) -> np.ndarray:
        renderer.compositor.reset()
        state = replace(NIGHT, intensities={"glasshouse": 0.9}, daylight=daylight)
        return renderer.render(state).astype(np.float32)

    def ribs(image: np.ndarray, x: float) -> int:
        """The thin bright lines a column of the vault crosses going up: each a pixel brighter
        than the glass three pixels either side of it."""
        grey = image.mean(axis=2)
        height, width = grey.shape
        column = grey[int(height * 0.02) : int(height * 0.4), int(width * x)]
        near = [column[i - 3 : i + 4] for i in range(3, len(column) - 3)]
        return sum(
            1 for seen in near if seen[3] == seen.max() and seen[3] - max(seen[0], seen[6]) > 6.0
        )

    night, day = alone(0.0), alone(1.0)
    for image in (night, day):
        # the vault overhead: several ribs and bars cross every column of its glass
        assert sum(ribs(image, x) for x in (0.2, 0.25, 0.3)) >= 8
        # the glass between them is blue-grey: blue over red
        glass = _rgb(image, 0.15, 0.35, 0.7, 0.95)
        assert glass[2] > 1.2 * glass[0], glass
        # the foliage either side is green: green over red and blue
        leaves = _rgb(image, 0.0, 0.15, 0.25, 0.45)
        assert leaves[1] > 1.3 * max(leaves[0], leaves[2]), leaves
    # by day the house is full of light, by night it is dark but for its lamps
    assert day.mean() > 2.0 * night.mean()
    assert _rgb(day, 0.15, 0.35, 0.7, 0.95).mean() > 1.5 * _rgb(night, 0.15, 0.35, 0.7, 0.95).mean()


def test_the_airport_has_departure_boards_seats_and_a_wall_of_glass(renderer) -> None:
    image = renderer.alone("airport")
    bare = renderer.alone(None)
    red, green, blue = frame_box(image, 0.0, 0.35, 0.6, 1.0).reshape(-1, 3).T
    assert np.count_nonzero((red > blue + 40.0) & (green > blue + 20.0)) > 100  # amber boards
    change = np.abs(image - bare)
    walls, glass = frame_box(change, 0.02, 0.1, 0.4, 0.6), frame_box(change, 0.42, 0.58, 0.45, 0.58)
    # the sky shows through the far glass: its panes (the median, past the dark mullions
    # between them) change far less than the walls
    assert np.median(glass.mean(axis=2)) < 0.5 * np.median(walls.mean(axis=2))
    seats = frame_box(image, 0.0, 0.25, 0.2, 0.35).mean(axis=2)
    assert np.mean(seats < 0.4 * image.mean()) > 0.2  # rows of dark seats along the side


def test_over_open_land_at_night_the_horizon_glows_warm_under_a_blue_sky(renderer) -> None:
    # the far lamps' amber rises just over the hills, against the night's blue above it: a
    # night meadow is not one tint of blue
    night = renderer.alone("meadow")
    red, _, blue = _rgb(night, 0.0, 1.0, 0.35, 0.45)
    assert red > blue, (red, blue)
    high_red, _, high_blue = _rgb(night, 0.0, 1.0, 0.52, 0.6)
    assert high_blue > 2.0 * high_red, (high_red, high_blue)


def test_the_graduated_filter_leans_a_sky_to_the_fill_but_not_a_ceiling(renderer) -> None:
    plain = offscreen_renderer(SIZE, replace(HELD_EXPOSURE, top_tone=0.0))
    untoned = next(plain)
    try:
        def lean(motif: str) -> float:
            """How far the filter moved the top fifth's colour (the fill is teal)."""
            toned, bare = renderer.alone(motif, 1.0), untoned.alone(motif, 1.0)  # by day
            top = (0.0, 1.0, 0.8, 1.0)
            return float(np.abs(_rgb(toned, *top) - _rgb(bare, *top)).sum())

        sky, ceiling = lean("meadow"), lean("corner_shop")
        assert sky > 10.0 and ceiling < 0.35 * sky, (sky, ceiling)
    finally:
        plain.close()
