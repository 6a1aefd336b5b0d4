"""The screensaver as a hack of the real XScreenSaver daemon (Debian package `xscreensaver`),
on its own Xvfb: activated, it draws; deactivated, it ends through its SIGTERM path (not from an
X error on the window the daemon destroys) and leaves no process behind, with --narrate too.

The daemon refuses to run as root. Run as root (CI), the test makes an unprivileged user
(reverie-saver) and runs the daemon and its hack with that user's id in a user namespace
(`unshare --user`): the Python this test runs in may live under a folder the user cannot read
(/root/.pyenv), and in the namespace files are still read as before.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from app_support import REPO
from processes import descendants, running

from renderer.xvfb import xvfb

pytestmark = [pytest.mark.window, pytest.mark.slow]

USER = "reverie-saver"


def _unprivileged() -> list[str]:
    """The prefix that runs a command as an unprivileged user (empty when we are one)."""
    if os.getuid() != 0:
        return []
    if shutil.which("unshare") is None:
        pytest.skip("running as root needs unshare (util-linux) to leave root for the daemon")
    try:
        account = pwd.getpwnam(USER)
    except KeyError:
        made = subprocess.run(["useradd", "--system", "--user-group", USER],
                              capture_output=True, text=True)
        if made.returncode != 0:
            pytest.skip(f"cannot make the user {USER}: {made.stderr.strip()}")
        account = pwd.getpwnam(USER)
    prefix = ["unshare", "--user", f"--map-user={account.pw_uid}",
              f"--map-group={account.pw_gid}"]
    check = subprocess.run([*prefix, "id", "-u"], capture_output=True, text=True)
    if check.stdout.strip() != str(account.pw_uid):
        pytest.skip(f"user namespaces are not available here: {check.stderr.strip()}")
    return prefix


def _poll(condition, limit: float, what: str, log: Path):  # noqa: ANN001, ANN202
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        found = condition()
        if found:
            return found
        time.sleep(0.25)
    raise AssertionError(f"{what} within {limit} s; daemon log:\n{log.read_text()[-4000:]}")


def test_deactivation_ends_the_hack_cleanly_with_nothing_left(tmp_path):
    if shutil.which("xscreensaver") is None or shutil.which("xscreensaver-command") is None:
        pytest.skip("XScreenSaver is not installed (apt-get install xscreensaver)")
    prefix = _unprivileged()
    home = tmp_path / "home"
    home.mkdir()
    hack = f"{sys.executable} -m renderer screensaver --root --narrate"
    (home / ".xscreensaver").write_text(
        "mode: one\nselected: 0\nlock: False\nsplash: False\nfade: False\nunfade: False\n"
        f"timeout: 0:30:00\nprograms: \"Reverie\" {hack} \\n\n"
    )
    for path in (tmp_path, home, home / ".xscreensaver"):
        path.chmod(0o777 if path.is_dir() else 0o666)  # the daemon's user writes its state
    log = tmp_path / "daemon.log"
    with xvfb((800, 600)) as display:
        env = {key: value for key, value in os.environ.items()
               if key not in ("XSCREENSAVER_WINDOW", "REVERIE_CACHE_DIR")}
        env.update(
            DISPLAY=display, HOME=str(home), SDL_AUDIODRIVER="dummy", REVERIE_LOG_EVENTS="1",
            PYGAME_HIDE_SUPPORT_PROMPT="1", XDG_CONFIG_HOME=str(tmp_path / "config"),
            XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"),
        )

        def command(*args: str) -> bool:
            done = subprocess.run([*prefix, "xscreensaver-command", *args], env=env, cwd=REPO,
                                  capture_output=True, timeout=30)
            return done.returncode == 0

        with open(log, "wb") as out:
            daemon = subprocess.Popen([*prefix, "xscreensaver", "-no-splash", "-verbose"],
                                      env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
        try:
            _poll(lambda: command("-time"), 30, "the daemon did not answer", log)
            assert command("-activate")
            _poll(lambda: "event: show" in log.read_text(), 240, "the hack showed no dream", log)
            pid = int(_poll(
                lambda: re.search(r'forked "[^"]*renderer screensaver[^"]*" in pid (\d+)',
                                  log.read_text()),
                10, "no hack pid in the log", log).group(1))
            # --narrate makes its ambience beds in a helper process: wait until it works
            _poll(lambda: len(descendants(pid)) > 1 or not running(pid), 60,
                  "no helper process appeared", log)
            family = descendants(pid) | {pid}
            assert command("-deactivate")
            _poll(lambda: not any(running(p) for p in family), 30,
                  f"processes left after deactivation: {sorted(family)}", log)
        finally:
            command("-exit")
            try:
                daemon.wait(timeout=10)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()
    text = log.read_text()
    assert "event: exit SIGTERM" in text, text[-4000:]
    assert "X Error" not in text and "Traceback" not in text, text[-4000:]
