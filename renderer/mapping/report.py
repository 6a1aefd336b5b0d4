"""The scene plan and its script as the `reverie analyze --json` contract, or as a readable
table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from renderer.mapping.palette import hex_to_rgb
from renderer.mapping.plan import Keyword, ScenePlan
from renderer.mapping.unplaced import unplaced_nouns

if TYPE_CHECKING:
    from renderer.director import SceneScript

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"


def _r(value: float) -> float:
    return round(float(value), 3)


def plan_to_json(plan: ScenePlan, script: SceneScript) -> dict[str, Any]:
    """The docs/ARCHITECTURE.md contract: title, source, text, sentences, motifs (ranked as
    the director draws them), palette, unplaced concrete nouns, settings (passages); each
    sentence's setting, focus."""
    dream = plan.dream
    sentences = []
    for sentence, sp, direction in zip(
        dream.sentences, plan.sentences, script.sentences, strict=True
    ):
        sentences.append(
            {
                "index": sentence.index,
                "paragraph": sentence.paragraph,
                "start": sentence.start,
                "end": sentence.end,
                "text": sentence.text,
                "keywords": [_keyword_json(k) for k in sp.keywords],
                "people": [_keyword_json(k) for k in sp.people],
                "motifs": {name: _r(value) for name, value in sp.motifs.items()},
                "mood": {"valence": _r(sp.mood.valence), "arousal": _r(sp.mood.arousal)},
                "setting": list(direction.setting),
                "focus": list(direction.focus),
            }
        )
    return {
        "title": dream.title,
        "source": dream.source,
        "text": dream.text,
        "sentences": sentences,
        "motifs": [
            {"name": m.name, "score": _r(m.score), "first_sentence": m.first_sentence}
            for m in script.motifs
        ],
        "palette": list(plan.palette),
        "unplaced": [{"noun": noun, "count": count} for noun, count in unplaced_nouns(plan)],
        "settings": [
            {
                "place": p.place,
                "open_air": p.place is None and p.anchor is not None,
                "first_sentence": p.first,
                "last_sentence": p.last,
            }
            for p in script.passages
        ],
    }


def _fg(hex_: str) -> str:
    r, g, b = (round(c * 255) for c in hex_to_rgb(hex_))
    return f"\x1b[38;2;{r};{g};{b}m"


def _bg(hex_: str) -> str:
    r, g, b = (round(c * 255) for c in hex_to_rgb(hex_))
    return f"\x1b[48;2;{r};{g};{b}m"


def _highlight(plan: ScenePlan, color: bool) -> str:
    """The dream text with every keyword marked (ANSI colour, or [brackets] with the motif)."""
    text = plan.dream.text
    keywords = [k for s in plan.sentences for k in s.named]
    bright = plan.palette[-1] if plan.palette else "#ffffff"
    out, pos = [], 0
    for k in keywords:
        out.append(text[pos : k.start])
        if color:
            out.append(f"{_BOLD}{_fg(bright)}{k.text}{_RESET}")
        else:
            out.append(f"[{k.text}|{k.motif}]")
        pos = k.end
    out.append(text[pos:])
    return "".join(out)


def render_table(plan: ScenePlan, script: SceneScript, color: bool) -> str:
    """Text with keywords highlighted, the settings and where they change, the motif table,
    palette swatches, mood and focus per sentence."""
    dream = plan.dream
    lines = [f"{dream.title}  ({dream.source}, {dream.word_count} words)", ""]
    lines += [_highlight(plan, color), "", "settings (sentences):"]
    for p in script.passages:
        where = p.place or (f"the open air ({p.anchor})" if p.anchor else "(no place named)")
        lines.append(f"  #{p.first}-#{p.last:<6} {where}")
    lines += ["", "motifs (score, first sentence):"]
    for m in script.motifs:
        lines.append(f"  {m.name:<18} {m.score:6.2f}  #{m.first_sentence}")
    if not script.motifs:
        lines.append("  (no imagery found)")
    unplaced = [f"{noun} x{count}" if count > 1 else noun for noun, count in unplaced_nouns(plan)]
    lines += ["", "concrete nouns with no picture: " + (", ".join(unplaced) or "-")]
    swatches = [f"{_bg(h)}    {_RESET} {h}" if color else f"[{h}]" for h in plan.palette]
    lines += ["", "palette: " + "  ".join(swatches), ""]
    lines.append("per sentence (valence, arousal, focus: keywords):")
    for sp, direction in zip(plan.sentences, script.sentences, strict=True):
        words = ", ".join(k.text + _mark(k) for k in sp.named)
        focus = ", ".join(direction.focus) or "-"
        lines.append(
            f"  #{sp.index:<4} {sp.mood.valence:+.2f}  {sp.mood.arousal:.2f}  {focus}"
            + (f": {words}" if words else "")
        )
    return "\n".join(lines)


def _keyword_json(k: Keyword) -> dict[str, Any]:
    return {
        "text": k.text,
        "start": k.start,
        "end": k.end,
        "motif": k.motif,
        "weight": _r(k.weight),
        "negated": k.negated,
        "figurative": k.figurative,
        "idiom": k.idiom,
        "sense": k.sense or None,
    }


def _mark(keyword: Keyword) -> str:
    """How a keyword is read, when not literally: negated, in an idiom, only smelled or heard,
    or in a figure."""
    if keyword.negated:
        return " (not)"
    if keyword.idiom:
        return " (idiom)"
    if keyword.sense:
        return f" ({keyword.sense})"
    return " (figure)" if keyword.figurative else ""
