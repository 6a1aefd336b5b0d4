"""Find dreams by name or path (bundled seeds, the user's dreams folder, files); `reverie list`.

A dream NAME is the file name without its suffix, lower-cased, with runs of spaces and
punctuation turned into "-" ("Glass Orchard.txt" -> "glass-orchard"). Bundled dreams live in
seeds/ (renderer.paths.seeds_dir()), the user's own in renderer.paths.user_dreams_dir(). When a
user dream has the same name as a bundled one, the user's file wins (the bundled one is then
hidden from the catalog); add_user_dream never creates such a clash.
"""

from __future__ import annotations

import difflib
import errno
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from renderer.atomic import write_atomic
from renderer.dream import MAX_BYTES, Dream, parse_dream, read_dream_file
from renderer.errors import ReverieError
from renderer.paths import seeds_dir, user_dreams_dir

DEFAULT_DREAM = "lantern-river"
DREAM_SUFFIXES = (".txt", ".md")
OPENING_LINE_CHARS = 90


@dataclass(frozen=True)
class DreamEntry:
    """One dream the catalog knows about."""

    name: str
    title: str
    path: Path
    word_count: int
    opening_line: str  # the first sentence, shortened for display
    source_kind: str  # "bundled" | "user" | "file"


def default_dream_name() -> str:
    """The dream that `default` means."""
    return DEFAULT_DREAM


def dream_name(path: str | Path) -> str:
    """The name of a dream file: "Glass Orchard.txt" -> "glass-orchard"."""
    stem = Path(str(path)).name
    if stem.lower().endswith(DREAM_SUFFIXES):
        stem = stem.rsplit(".", 1)[0]
    return re.sub(r"[\W_]+", "-", stem.lower()).strip("-")


def load_dream(spec: str) -> Dream:
    """Load a dream from a path, or by name: "default", a user dream or a bundled dream.

    An existing file always wins; then a name is looked up in the user's dreams folder and in
    the bundled seeds (the user's file wins when both have the name). A bundled dream's
    Dream.source is its name; any other dream's source is its path. Unknown names raise a
    ReverieError that suggests close matches and points to `reverie list`.
    """
    spec = str(spec)
    path = Path(spec).expanduser()
    if path.is_file():
        return read_dream_file(path)
    pathlike = os.sep in spec or "/" in spec or spec.startswith(("~", "."))
    known = _named_files()
    name = default_dream_name() if spec.strip().lower() == "default" else dream_name(spec)
    if not pathlike and name in known:
        file, kind = known[name]
        dream = read_dream_file(file)
        return replace(dream, source=name) if kind == "bundled" else dream
    if pathlike or path.exists() or spec.lower().endswith(DREAM_SUFFIXES):
        return read_dream_file(path)  # the precise reason: missing, a folder, ...
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    label = " ".join(spec.split()) or "''"
    raise ReverieError(
        f"no dream named {label} and no such file.{hint} Run `reverie list` to see the dreams."
    )


def catalog(extra_files: Iterable[str | Path] = ()) -> list[DreamEntry]:
    """Bundled dreams, then the user's dreams, then `extra_files`; unreadable ones are skipped
    with a warning on stderr."""
    return [entry for entry, _ in _scan(extra_files)]


def add_user_dream(path: str | Path) -> Path:
    """Validate a dream file and copy it into the user's dreams folder; return the copy's path.

    A symbolic link is refused, never followed. The copy gets a name that is free among
    bundled and user dreams ("rain-2.txt") and is readable by the user only (0600); a file
    with exactly the same bytes already in the folder is returned instead of copied again.
    """
    source = Path(path)
    raw = _read_no_follow(source)
    parse_dream(raw, source=str(source))
    folder = user_dreams_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for existing in _dream_files(folder):
            if existing.stat().st_size == len(raw) and existing.read_bytes() == raw:
                return existing
        suffix = source.suffix.lower() if source.suffix.lower() in DREAM_SUFFIXES else ".txt"
        base = dream_name(source) or "dream"
        taken = set(_named_files())
        number = 1
        while True:
            name = base if number == 1 else f"{base}-{number}"
            number += 1
            target = folder / f"{name}{suffix}"
            if name in taken or target.exists():
                continue
            try:
                write_atomic(target, raw, exclusive=True)
            except FileExistsError:  # another copy took the name meanwhile
                continue
            return target
    except OSError as error:
        raise ReverieError(
            f"cannot copy {source} into {folder}: {error.strerror or error}"
        ) from None


def _read_no_follow(path: Path) -> bytes:
    """The bytes of a regular file that is not a symbolic link (one-line errors)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ReverieError(f"{path}: is a symbolic link; add the file it points to") from None
        if error.errno == errno.ENOENT:
            raise ReverieError(f"{path}: no such file") from None
        raise ReverieError(f"{path}: cannot read it ({error.strerror or error})") from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ReverieError(f"{path}: is not a regular file")
        raw = handle.read(MAX_BYTES + 1)
    return raw


def print_catalog(
    as_json: bool = False, top_motifs: Callable[[Dream], Sequence[str]] | None = None
) -> None:
    """Print the catalog as a table (title, words, top motifs) or as JSON.

    `top_motifs` gives a dream's leading motif names; by default the scene mapper's top three.
    """
    motifs_of = top_motifs or _top_motifs
    rows = [(entry, list(motifs_of(dream))[:3]) for entry, dream in _scan(())]
    if as_json:
        listing = {
            "dreams": [
                {**asdict(entry), "path": _shown(entry.path), "motifs": motifs}
                for entry, motifs in rows
            ],
            "default": default_dream_name(),
            "user_dreams_dir": _shown(user_dreams_dir()),
        }
        print(json.dumps(listing, indent=2, ensure_ascii=False))
    else:
        print(format_catalog(rows, user_dreams_dir()))


def format_catalog(rows: Sequence[tuple[DreamEntry, Sequence[str]]], user_dir: Path) -> str:
    """The `reverie list` table: one line per dream, then where the user's dreams go."""
    header = ("NAME", "TITLE", "WORDS", "MOTIFS", "FROM")
    cells = [
        (e.name, _shorten(e.title, 32), str(e.word_count), ", ".join(m), e.source_kind)
        for e, m in rows
    ]
    widths = [max(len(row[i]) for row in (header, *cells)) for i in range(len(header))]
    lines = []
    for row in (header, *cells):
        name, title, words, motifs, kind = row
        lines.append(
            f"{name:<{widths[0]}}  {title:<{widths[1]}}  {words:>{widths[2]}}  "
            f"{motifs:<{widths[3]}}  {kind}"
        )
    if not cells:
        lines = ["No dreams found."]
    lines += [
        "",
        f"Your dreams folder: {_shown(user_dir)} (put .txt files there)",
        "Play one with: reverie play NAME   (or give a path to any text file)",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------


def _top_motifs(dream: Dream) -> list[str]:
    from renderer import pipeline

    return [motif.name for motif in pipeline.direct(pipeline.plan(dream)).motifs[:3]]


def _dream_files(folder: Path) -> list[Path]:
    """The dream files directly inside a folder (sorted; none if it does not exist)."""
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return []
    return [
        p for p in children
        if p.suffix.lower() in DREAM_SUFFIXES and not p.name.startswith(".") and p.is_file()
    ]


def _bundled_files() -> list[Path]:
    try:
        return _dream_files(seeds_dir())
    except FileNotFoundError:  # no data folders at all: `reverie doctor` says so
        return []


def _named_files() -> dict[str, tuple[Path, str]]:
    """name -> (file, kind); user dreams replace bundled dreams of the same name."""
    bundled: dict[str, tuple[Path, str]] = {}
    for file in _bundled_files():
        bundled.setdefault(dream_name(file), (file, "bundled"))
    users: dict[str, tuple[Path, str]] = {}
    for file in _dream_files(user_dreams_dir()):
        users.setdefault(dream_name(file), (file, "user"))  # same name twice: first sorted wins
    named = {**bundled, **users}
    named.pop("", None)
    return named


def _scan(extra_files: Iterable[str | Path]) -> list[tuple[DreamEntry, Dream]]:
    """Read every known dream; warn about (and skip) the ones that cannot be read."""
    named = _named_files()
    order = sorted(named.items(), key=lambda item: (item[1][1] != "bundled", item[0]))
    sources = [(name, file, kind) for name, (file, kind) in order]
    sources += [(dream_name(f), Path(f), "file") for f in extra_files]
    found = []
    for name, file, kind in sources:
        try:
            dream = read_dream_file(file)
        except ReverieError as error:
            print(f"reverie: warning: skipping a dream: {error}", file=sys.stderr)
            continue
        if kind == "bundled":
            dream = replace(dream, source=name)
        opening = dream.sentences[0].text if dream.sentences else ""
        entry = DreamEntry(
            name=name,
            title=dream.title,
            path=file,
            word_count=dream.word_count,
            opening_line=_shorten(opening, OPENING_LINE_CHARS),
            source_kind=kind,
        )
        found.append((entry, dream))
    return found


def _shorten(text: str, limit: int) -> str:
    """Cut at a word boundary so the result (with "...") fits in `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 3].rsplit(" ", 1)[0] or text[: limit - 3]
    return cut.rstrip(" ,;:-–—") + "..."


def _shown(path: Path) -> str:
    """A path as printable text (undecodable file-name bytes become U+FFFD)."""
    return str(path).encode("utf-8", "replace").decode("utf-8")
