"""The visuals registry: merging assets/visuals/*.toml, clear errors, full lexicon coverage."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from renderer import paths
from renderer.audio.beds import BEDS
from renderer.errors import ReverieError
from renderer.gfx.shaders import ProgramSpec
from renderer.gfx.visuals import STAGES, load_visuals


def _folder(tmp_path: Path, **files: str) -> Path:
    for name, text in files.items():
        (tmp_path / f"{name}.toml").write_text(text)
    return tmp_path


def test_files_merge_into_one_registry(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        a='[layers.sky]\nstage = "background"\nresolution = 0.25\n[layers.fx]\n'
        'stage = "effects"\nreads_scene = true\n',
        b='[motifs.dawn]\nlayer = "sky"\nparams = [1, 0.5]\nsound = { pad = 1, wind = 0.25 }\n'
        '[motifs.swirl]\nlayer = "fx"\nsound = {}\n',
    )
    visuals = load_visuals(folder)
    assert visuals.motifs["dawn"].params == (1.0, 0.5, 0.0, 0.0)
    assert visuals.motifs["dawn"].sound == {"pad": 1.0, "wind": 0.25}
    assert visuals.motifs["swirl"].sound == {}
    assert visuals.layers_of("swirl")[0].reads_scene is True
    assert visuals.layers["fx"].reads_box == (0.0, 0.0, 1.0, 1.0)  # all of it, unless told
    assert ("READS_BOX", "vec4(0.0, 0.0, 1.0, 1.0)") in visuals.layers["fx"].program.defines
    assert visuals.layers["sky"].order < visuals.layers["fx"].order
    assert visuals.typical_motif("sky") == "dawn"
    assert (visuals.layers["sky"].resolution, visuals.layers["fx"].resolution) == (0.25, 0.5)


def test_sprite_layers_draw_six_vertices_a_sprite(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        a='[layers.dots]\nstage = "particles"\nsprites = 300\n[layers.sky]\nstage = "background"\n',
    )
    visuals = load_visuals(folder)
    assert (visuals.layers["dots"].sprites, visuals.layers["dots"].vertices) == (300, 1800)
    assert (visuals.layers["sky"].sprites, visuals.layers["sky"].vertices) == (0, 6)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('[layers.x]\nstage = "sky"\n', "unknown stage 'sky'"),
        ('[layers.x]\nstage = "background"\n[motifs.m]\nlayer = "y"\n', "unknown layer 'y'"),
        ('[motifs.m]\nlayer = "x"\nparams = [1, 2, 3, 4, 5]\n', "params"),
        ("[layers.x\n", "cannot read"),
        ('[layer.x]\nstage = "background"\n', "unknown table"),
        ('[layers.x]\nstage = "background"\nresolution = 0.3\n', "resolution must be"),
        ('[layers.x]\nstage = "effects"\nreads_scene = true\nresolution = 0.25\n', "reads_scene"),
        ('[layers.x]\nstage = "effects"\nreads_box = [0, 0, 1, 1]\n', "needs reads_scene"),
        (
            '[layers.x]\nstage = "effects"\nreads_scene = true\nreads_box = [0, 0, 1]\n',
            "reads_box must be four numbers",
        ),
        (
            '[layers.x]\nstage = "effects"\nreads_scene = true\nreads_box = [0.5, 0, 0.4, 1]\n',
            "reads_box must lie in 0..1",
        ),
        ('[motifs.m]\nlayer = "x"\npriority = 0\n', "priority must be"),
        ('[layers.x]\nstage = "particles"\nsprites = -1\n', "sprites must be 0.."),
        ('[layers.x]\nstage = "particles"\nsprites = 1.5\n', "sprites must be a whole"),
        ('[layers.x]\nstage = "particles"\nsprites = true\n', "sprites must be a whole"),
        ('[motifs.m]\nlayer = "x"\npriority = "high"\n', "priority must be"),
        ('[motifs.m]\nlayer = "x"\npriority = true\n', "priority must be"),
        ('[motifs.m]\nlayer = "x"\nalso = "nope"\n', "'also' must name another layer"),
        ('[motifs.m]\nlayer = "x"\nalso = "x"\n', "'also' must name another layer"),
        ('[motifs.m]\nlayer = "x"\ngrade = true\n', "grade = true stands alone"),
        ('[motifs.m]\ngrade = "yes"\n', "grade = true stands alone"),
        ("[motifs.m]\n", "unknown layer None"),
        ('[layers.x]\nstage = "midground"\nsurface = 1\n', "surface, ground, floor, footing,"),
        ('[layers.x]\nstage = "midground"\nground = "yes"\n', "surface, ground, floor, footing,"),
        ('[layers.x]\nstage = "midground"\nfloor = 1\n', "stream and small must be true"),
        ('[layers.x]\nstage = "midground"\nsmall = true\n', "only a layer that swims can be"),
        (
            '[layers.x]\nstage = "midground"\nsurface = true\n[motifs.m]\nlayer = "x"\n',
            "params[0] is its horizon",
        ),
        ('[layers.x]\nstage = "background"\nstages = 1\n', "layers.x.stages: unknown key"),
        ('[motifs.m]\nlayer = "x"\nlayers = "x"\n', "motifs.m.layers: unknown key"),
        ("layers = 3\n", "layers must be a table"),
        ("[layers]\ny = 3\n", "layers.y must be a table"),
        ('[layers.x]\nstage = "background"\nprogram = "../x"\n', "layers.x.program must name"),
        ('[layers.x]\nstage = "background"\nprogram = 3\n', "layers.x.program must name"),
        ('[layers.x]\nstage = "background"\ndefines = 3\n', "layers.x.defines must be a table"),
        ('[layers.x]\nstage = "background"\ndefines = { kind = 1 }\n', "defines.kind: a define"),
        ('[layers.x]\nstage = "background"\ndefines = { GL_X = 1 }\n', "defines.GL_X: a define"),
        (
            '[layers.x]\nstage = "background"\ndefines = { VERTEX_SHADER = 1 }\n',
            "layers.x.defines.VERTEX_SHADER: a define's name",
        ),
        (
            '[layers.x]\nstage = "background"\ndefines = { KIND = true }\n',
            "layers.x.defines.KIND must be a number or one line of GLSL",
        ),
        ('[layers.x]\nstage = "background"\ndefines = { KIND = "a\\nb" }\n', "defines.KIND must"),
        ('[layers.x]\nstage = "background"\ndefines = { KIND = " " }\n', "defines.KIND must"),
        ('[layers.x]\nstage = "background"\ndefines = { KIND = [1] }\n', "defines.KIND must"),
        ('[layers.x]\nstage = "background"\ndefines = { KIND = inf }\n', "defines.KIND must"),
        ('[motifs.m]\nlayer = "x"\n', "motifs.m.sound must be a table of beds"),
        ("[motifs.m]\ngrade = true\n", "motifs.m.sound must be a table of beds"),
        ('[motifs.m]\nlayer = "x"\nsound = "rain"\n', "motifs.m.sound must be a table"),
        ('[motifs.m]\nlayer = "x"\nsound = { thunder = 1.0 }\n', "motifs.m.sound.thunder: unknown"),
        ('[motifs.m]\nlayer = "x"\nsound = { rain = 0 }\n', "motifs.m.sound.rain must be a weight"),
        ('[motifs.m]\nlayer = "x"\nsound = { rain = 1.5 }\n', "sound.rain must be a weight"),
        ('[motifs.m]\nlayer = "x"\nsound = { rain = true }\n', "sound.rain must be a weight"),
    ],
)
def test_mistakes_name_the_file(tmp_path: Path, text: str, needle: str) -> None:
    folder = _folder(tmp_path, base='[layers.x]\nstage = "background"\n', broken=text)
    if text.startswith("[layers.x]"):
        (folder / "base.toml").unlink()
    with pytest.raises(ReverieError) as info:
        load_visuals(folder)
    assert "broken.toml" in str(info.value) and needle in str(info.value)
    assert "\n" not in str(info.value)


def test_a_layer_names_its_program_and_the_defines_of_its_variant(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        a='[layers.deer]\nstage = "midground"\nprogram = "land_beast"\n'
        'defines = { LAND_KIND = 1, SCALE = 0.5, LAND_SPRITE = " beast_boxes " }\n'
        '[layers.sky]\nstage = "background"\n',
    )
    visuals = load_visuals(folder)
    defines = (("LAND_KIND", "1"), ("SCALE", "0.5"), ("LAND_SPRITE", "beast_boxes"))
    deer = ProgramSpec("layers/deer", "layers/land_beast", defines)
    assert visuals.layers["deer"].program == deer
    assert visuals.layers["sky"].program == ProgramSpec("layers/sky", "layers/sky")


def test_a_motif_sounds_through_the_beds_the_audio_makes(tmp_path: Path) -> None:
    every = ", ".join(f"{bed} = 0.5" for bed in BEDS)
    text = f'[layers.x]\nstage = "background"\n[motifs.m]\nlayer = "x"\nsound = {{ {every} }}\n'
    folder = _folder(tmp_path, a=text)
    assert load_visuals(folder).motifs["m"].sound == dict.fromkeys(BEDS, 0.5)
    (folder / "a.toml").write_text("[motifs.m]\ngrade = true\nsound = { drums = 0.5 }\n")
    with pytest.raises(ReverieError) as info:
        load_visuals(folder)
    assert str(info.value).endswith(f"motifs.m.sound.drums: unknown bed (one of {', '.join(BEDS)})")


def test_a_layer_declared_twice_names_both_files(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path, one='[layers.x]\nstage = "background"\n', two='[layers.x]\nstage = "effects"\n'
    )
    with pytest.raises(ReverieError, match=r"two\.toml.*one\.toml"):
        load_visuals(folder)


def test_bundled_visuals_cover_every_lexicon_motif_with_a_shader_and_its_sound() -> None:
    visuals = load_visuals()
    lexicon = tomllib.loads((paths.assets_dir() / "lexicon.toml").read_text())["motifs"]
    missing = sorted(set(lexicon) - set(visuals.motifs))
    assert not missing, f"motifs without a layer: {missing}"
    silent = sorted(name for name, motif in visuals.motifs.items() if not motif.sound)
    # people, catch-alls, colour, and the creatures no ambient bed fits (no bark or purr bed)
    assert silent == ["cat", "child", "clothing", "dog", "figure", "food", "hue"]
    for layer in visuals.layers.values():
        assert layer.stage in STAGES
        assert (paths.shaders_dir() / f"{layer.program.source}.glsl").is_file(), layer.name


def test_figures_creatures_and_the_near_plane_stand_in_front_of_a_harbour_or_marsh() -> None:
    layers = load_visuals().layers
    for place in ("harbour", "marsh"):
        for front in ("figure", "owl", "flowers", "near_grass", "near_rocks"):
            assert layers[place].order < layers[front].order, (place, front)
