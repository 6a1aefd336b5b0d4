"""A screensaver told to stop by a signal ends in time even if its loop never does: the
signal arms a deadline, and the kernel ends a process still running past it."""

from __future__ import annotations

import signal
import subprocess
import sys

from app_support import REPO
from processes import wait_until

# A loop stuck past its stop flag (as a frame stuck in the driver would be).
STUCK = """
import time
from renderer.app import screensaver
screensaver.EXIT_DEADLINE_S = 1
stop = screensaver.Stop()
stop.install()
print("ready", flush=True)
while True:
    time.sleep(0.05)
"""

# A loop that ends at its stop flag, well inside the deadline.
PROMPT = STUCK.replace("while True:", "while not stop:") + "print(stop.reason, flush=True)\n"


def _run(script: str) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, text=True,
                             stdout=subprocess.PIPE)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def test_a_process_stuck_after_sigterm_is_ended_by_its_deadline():
    child = _run(STUCK)
    child.send_signal(signal.SIGTERM)
    try:
        wait_until(lambda: child.poll() is not None, 60, "the stuck process never ended")
    finally:
        child.kill()
    assert child.wait() == -signal.SIGALRM


def test_a_process_that_ends_at_its_stop_flag_exits_cleanly():
    child = _run(PROMPT)
    child.send_signal(signal.SIGINT)
    out, _ = child.communicate(timeout=60)
    assert child.returncode == 0
    assert out.strip() == "SIGINT"
