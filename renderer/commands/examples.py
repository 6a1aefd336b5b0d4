"""Examples at the end of every `--help` page (argparse epilogs); `play` lists its keys too."""

from __future__ import annotations

from renderer.app.keys import keys_text

EXAMPLES: dict[str, tuple[str, ...]] = {
    "": (
        "reverie                          open the dream menu",
        "reverie play default             play the bundled default dream",
        "reverie export my-dream.txt -o my-dream.mp4",
    ),
    "menu": (
        "reverie menu --windowed          the menu in a window",
        "reverie menu ~/dreams/*.txt      list these files beside your dreams",
    ),
    "play": (
        "reverie play default",
        "reverie play ~/dreams/flight.txt --windowed --sleep-timer 20",
    ),
    "screensaver": (
        "reverie screensaver --preview    in a small window",
        "reverie screensaver -root -fps -delay 20000    as XScreenSaver runs a hack",
    ),
    "export": (
        "reverie export default -o default.mp4",
        "reverie export flight.txt -o clip.webm --start 30 --end 60 --captions vtt",
        "reverie export default -o narration.wav --no-ambient",
    ),
    "still": (
        "reverie still default --at 12 -o frame.png --size 960x540",
        "reverie still --motifs nebula,river -o sky.png",
    ),
    "analyze": ("reverie analyze default", "reverie analyze flight.txt --json > plan.json"),
    "timeline": (
        "reverie timeline default",
        "reverie timeline flight.txt --json --narrator silent",
    ),
    "list": ("reverie list", "reverie list --json"),
    "voices": ("reverie voices", "reverie voices --backend piper"),
    "bench": ("reverie bench", "reverie bench --gfx --size 960x540 --json"),
    "doctor": ("reverie doctor",),
}


def epilog(command: str) -> str:
    """The examples for `command` ("" for `reverie` itself), and the keys for `play`."""
    lines = ["examples:", *(f"  {example}" for example in EXAMPLES.get(command, ()))]
    if command == "play":
        lines += ["", "keys while playing:", keys_text()]
    return "\n".join(lines)
