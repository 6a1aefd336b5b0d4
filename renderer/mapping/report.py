"""The scene plan as the `reverie analyze --json` contract, or as a readable table."""

from __future__ import annotations

from renderer.mapping.palette import hex_to_rgb
from renderer.mapping.plan import ScenePlan

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"


def _r(value: float) -> float:
    return round(float(value), 3)


def plan_to_json(plan: ScenePlan) -> dict:
    """Exactly the DESIGN.md contract: title, source, text, sentences, motifs, palette."""
    dream = plan.dream
    sentences = []
    for sentence, sp in zip(dream.sentences, plan.sentences, strict=True):
        sentences.append(
            {
                "index": sentence.index,
                "paragraph": sentence.paragraph,
                "start": sentence.start,
                "end": sentence.end,
                "text": sentence.text,
                "keywords": [
                    {
                        "text": k.text,
                        "start": k.start,
                        "end": k.end,
                        "motif": k.motif,
                        "weight": _r(k.weight),
                    }
                    for k in sp.keywords
                ],
                "motifs": {name: _r(value) for name, value in sp.motifs.items()},
                "mood": {"valence": _r(sp.mood.valence), "arousal": _r(sp.mood.arousal)},
            }
        )
    return {
        "title": dream.title,
        "source": dream.source,
        "text": dream.text,
        "sentences": sentences,
        "motifs": [
            {"name": m.name, "score": _r(m.score), "first_sentence": m.first_sentence}
            for m in plan.motifs
        ],
        "palette": list(plan.palette),
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
    keywords = sorted((k for s in plan.sentences for k in s.keywords), key=lambda k: k.start)
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


def render_table(plan: ScenePlan, color: bool) -> str:
    """Text with keywords highlighted, the motif table, palette swatches, mood per sentence."""
    dream = plan.dream
    lines = [f"{dream.title}  ({dream.source}, {dream.word_count} words)", ""]
    lines += [_highlight(plan, color), "", "motifs (score, first sentence, base level):"]
    for m in plan.motifs:
        base = f"  base {plan.base[m.name]:.2f}" if m.name in plan.base else ""
        lines.append(f"  {m.name:<18} {m.score:6.2f}  #{m.first_sentence:<4}{base}")
    if not plan.motifs:
        lines.append("  (no imagery found)")
    swatches = [f"{_bg(h)}    {_RESET} {h}" if color else f"[{h}]" for h in plan.palette]
    lines += ["", "palette: " + "  ".join(swatches), "", "mood per sentence (valence, arousal):"]
    for sp in plan.sentences:
        words = ", ".join(k.text for k in sp.keywords)
        lines.append(
            f"  #{sp.index:<4} {sp.mood.valence:+.2f}  {sp.mood.arousal:.2f}"
            + (f"  {words}" if words else "")
        )
    return "\n".join(lines)
