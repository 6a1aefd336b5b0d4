"""Files written whole or not at all.

write_atomic() writes into an exclusive temporary file with a random name in the target's own
folder (tempfile.mkstemp: O_EXCL, never following a link, mode 0600), syncs it and renames it
into place. Whatever goes wrong (a full disk, an interrupt), the temporary file is removed and
the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write `data` to `path` in one step. With `exclusive`, FileExistsError if `path` exists
    (the file appears by a hard link, which never replaces anything)."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            os.link(temp, path)
            os.unlink(temp)
        else:
            os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
