"""`reverie analyze` through the real command line: the JSON contract and the table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DREAM = (
    "Glass River\n\n"
    "The nebulae above the *glowing* river shimmered violet and rose gold. "
    "There were no stars.\n\n"
    "Crystalline flowers opened along the bank, and fireflies drifted through the leaves!"
)


def reverie(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "renderer", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_json_contract(tmp_path: Path) -> None:
    path = tmp_path / "glass-river.txt"
    path.write_text(DREAM, encoding="utf-8")
    result = reverie("analyze", str(path), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {
        "title", "source", "text", "sentences", "motifs", "palette", "settings", "language",
        "corrections", "unplaced",
    }  # fmt: skip
    assert all(set(u) == {"noun", "count"} and u["count"] >= 1 for u in data["unplaced"])
    keys = {"place", "open_air", "first_sentence", "last_sentence"}
    assert all(set(p) == keys for p in data["settings"])
    assert data["language"] == "en" and data["corrections"] == []
    assert data["title"] == "Glass River"
    assert isinstance(data["source"], str) and isinstance(data["text"], str)
    text = data["text"]
    assert len(data["sentences"]) == 3
    for index, sentence in enumerate(data["sentences"]):
        assert set(sentence) == {
            "index",
            "paragraph",
            "start",
            "end",
            "text",
            "keywords",
            "people",
            "motifs",
            "mood",
            "setting",
            "focus",
        }
        assert sentence["index"] == index
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        assert set(sentence["mood"]) == {"valence", "arousal"}
        assert all(isinstance(v, float) for v in sentence["mood"].values())
        for keyword in sentence["keywords"] + sentence["people"]:
            assert set(keyword) == {
                "text", "start", "end", "motif", "weight", "negated", "figurative", "idiom", "sense"
            }  # fmt: skip
            assert text[keyword["start"] : keyword["end"]] == keyword["text"]
            assert isinstance(keyword["weight"], float)
            assert keyword["weight"] == round(keyword["weight"], 3)
        for name, value in sentence["motifs"].items():
            assert isinstance(name, str) and 0 < value <= 1
    assert data["sentences"][2]["paragraph"] == 1
    surfaces = {k["text"]: k["motif"] for s in data["sentences"] for k in s["keywords"]}
    assert surfaces["nebulae"] == "nebula"
    assert surfaces["rose gold"] == "gold"
    assert surfaces["Crystalline flowers"] == "crystal_flowers"
    assert surfaces["fireflies"] == "fireflies"
    stars = next(k for k in data["sentences"][1]["keywords"] if k["text"] == "stars")
    glowing = next(k for k in data["sentences"][0]["keywords"] if k["text"] == "glowing")
    assert stars["weight"] < 0.5 and glowing["weight"] > 0.6
    motifs = data["motifs"]
    assert {"name", "score", "first_sentence"} == set(motifs[0])
    assert [m["score"] for m in motifs] == sorted((m["score"] for m in motifs), reverse=True)
    assert 4 <= len(data["palette"]) <= 6
    assert all(len(h) == 7 and h.startswith("#") for h in data["palette"])


def test_table_for_a_bundled_dream() -> None:
    result = reverie("analyze", "glass-orchard")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "motifs" in out and "palette:" in out and "per sentence" in out
    assert "settings (sentences):" in out
    assert "\x1b[" not in out  # not a terminal: plain [brackets]
    assert "|" in out and "[" in out


def test_missing_dream_is_one_line_error(tmp_path: Path) -> None:
    result = reverie("analyze", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "Traceback" not in result.stderr


def test_misspelt_words_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "typo.txt"
    path.write_text("The nxed morning the river glowed.", encoding="utf-8")
    data = json.loads(reverie("analyze", str(path), "--json").stdout)
    assert data["corrections"] == [{"start": 4, "end": 8, "text": "nxed", "read_as": "next"}]
    table = reverie("analyze", str(path)).stdout
    assert "read aloud as: nxed -> next" in table
