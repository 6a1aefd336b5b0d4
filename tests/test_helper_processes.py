"""Helper processes die with Reverie however it ends, SIGKILL included (renderer.lifeline)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from processes import command_line, descendants, running, wait_until

REPO = Path(__file__).resolve().parents[1]

# A Reverie process that has the ambience beds made the way live playback has them made:
# in a helper process started by the texture bank's thread.
MAKER = """
import threading, time
from renderer.audio.beds import BEDS, textures_for
from renderer.audio.soundscape import _make_elsewhere
wanted = sorted({t for name in BEDS for t in textures_for(name, 5)}, key=str)
threading.Thread(target=_make_elsewhere, args=(wanted,), daemon=True).start()
time.sleep(600)
"""


def test_a_helper_making_beds_dies_with_a_killed_parent(tmp_path: Path) -> None:
    """Killed outright while its helper works, the parent cannot stop it: the helper dies with
    it, and no bed is made after the kill (an orphan would go on making every bed)."""
    textures = tmp_path / "textures"
    env = {**os.environ, "REVERIE_CACHE_DIR": str(tmp_path)}
    parent = subprocess.Popen([sys.executable, "-c", MAKER], cwd=REPO, env=env)
    try:
        helpers = wait_until(
            lambda: any(textures.glob("*.npy"))
            and {p for p in descendants(parent.pid) if "spawn_main" in command_line(p)},
            300, "no helper made a bed",
        )
        family = descendants(parent.pid)
    finally:
        parent.kill()
        parent.wait()
    made = set(textures.glob("*.npy"))
    wait_until(lambda: not any(running(p) for p in family), 60,
               f"processes left after SIGKILL: {[command_line(p) for p in family]}")
    assert helpers <= family
    assert set(textures.glob("*.npy")) == made, "a bed was made after its parent was killed"
