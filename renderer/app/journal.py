"""The user's own dreams as a journal: save a written dream into the dreams folder (a new one,
or an edited one, renamed when its title changes), delete one, sort the list by date."""

from __future__ import annotations

import os
from pathlib import Path

from renderer.dream import parse_dream
from renderer.errors import ReverieError
from renderer.library import DREAM_SUFFIXES, DreamEntry, dream_name
from renderer.paths import seeds_dir, user_dreams_dir


def _names_in(folder: Path) -> set[str]:
    try:
        return {dream_name(p) for p in folder.iterdir() if p.suffix.lower() in DREAM_SUFFIXES}
    except OSError:
        return set()


def file_text(title: str, body: str) -> str:
    """What the file holds: the body, with a "Title:" line first unless the body's own first
    line already gives that title."""
    body = body.strip("\n") + "\n"
    title = " ".join(title.split())
    try:
        found = parse_dream(body, source="untitled.txt").title
    except ReverieError:
        found = None
    return body if not title or found == title else f"Title: {title}\n\n{body}"


def save_dream(title: str, body: str, replacing: Path | None = None) -> Path:
    """Write the dream into the user's dreams folder and return its path. The file is named
    after the title ("Night Swim" -> night-swim.txt, or night-swim-2.txt when that name is
    taken); `replacing` (an edited dream) is renamed when its title changed. A dream that
    cannot be read (empty, no words) is a ReverieError and nothing is written."""
    text = file_text(title, body)
    parse_dream(text, source=title or "your dream")  # the same checks as reading it later
    folder = user_dreams_dir()
    base = dream_name(title) or "dream"
    if replacing is not None and dream_name(replacing) == base:
        target = replacing
    else:
        taken = _names_in(folder) | _names_in(seeds_dir())
        if replacing is not None:
            taken.discard(dream_name(replacing))
        name, number = base, 2
        while name in taken:
            name, number = f"{base}-{number}", number + 1
        target = folder / f"{name}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.tmp")
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, target)
        if replacing is not None and replacing != target:
            replacing.unlink(missing_ok=True)
    except OSError as error:
        raise ReverieError(f"cannot save into {folder}: {error.strerror or error}") from None
    return target


def delete_dream(entry: DreamEntry) -> None:
    """Delete one of the user's own dreams (never a bundled one or a file given on the
    command line)."""
    if entry.source_kind != "user":
        raise ReverieError(f"{entry.title} is not in your dreams folder; it stays")
    try:
        entry.path.unlink()
    except OSError as error:
        raise ReverieError(f"cannot delete {entry.path}: {error.strerror or error}") from None


def by_date(entries: list[DreamEntry]) -> list[DreamEntry]:
    """Newest first (by the file's modification time)."""

    def modified(entry: DreamEntry) -> float:
        try:
            return entry.path.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(entries, key=modified, reverse=True)
