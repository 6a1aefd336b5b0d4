"""Where Reverie finds its bundled data (shaders, assets, seeds) and the user's folders."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "reverie"
_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder holding shaders/, assets/ and seeds/.

    An installed wheel carries them inside the package (renderer/_data); a source
    checkout has them at the top of the repository.
    """
    for root in (_PACKAGE / "_data", _PACKAGE.parent):
        if (root / "shaders").is_dir() and (root / "assets").is_dir():
            return root
    raise FileNotFoundError(f"Reverie's data folders are missing next to {_PACKAGE}")


def shaders_dir() -> Path:
    return data_root() / "shaders"


def assets_dir() -> Path:
    return data_root() / "assets"


def seeds_dir() -> Path:
    return data_root() / "seeds"


def user_data_dir() -> Path:
    """The user's data folder: their dreams, where they left off."""
    return Path(platformdirs.user_data_dir(APP_NAME))


def user_dreams_dir() -> Path:
    """The user's own dreams folder (listed in the menu beside the bundled ones)."""
    return user_data_dir() / "dreams"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME))


def cache_dir() -> Path:
    """Synthesized narration and ambience beds; REVERIE_CACHE_DIR overrides the platform's."""
    override = os.environ.get("REVERIE_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME))
