"""Editable text with a cursor, laid out in wrapped lines: the model behind the dream editor.

Positions are character offsets into `text`. Lines are wrapped at spaces to a pixel width
given a `measure(text) -> pixels` function (a font's width), so that Up/Down and Home/End move
by the lines as they are shown.
"""

from __future__ import annotations

from collections.abc import Callable

Measure = Callable[[str], int]


def wrap_lines(text: str, width: int, measure: Measure) -> list[tuple[int, int]]:
    """(start, end) offsets of the shown lines: breaks at newlines, and at the last space that
    keeps a line within `width` (a word longer than a line is cut). A line's end excludes its
    newline; a wrapped line keeps its trailing space."""
    lines: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        line = start
        while measure(text[line:end]) > width:
            cut = line + 1
            while cut < end and measure(text[line : cut + 1]) <= width:
                cut += 1
            space = text.rfind(" ", line, cut)
            cut = space + 1 if space >= line else cut
            lines.append((line, cut))
            line = cut
        lines.append((line, end))
        start = end + 1
    return lines


class TextBuffer:
    """Text and a cursor; `single_line` buffers take no line breaks."""

    def __init__(self, text: str = "", single_line: bool = False) -> None:
        self.single_line = single_line
        self.text = ""
        self.cursor = 0
        self.insert(text)

    def insert(self, text: str) -> None:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        if self.single_line:
            text = " ".join(text.split("\n"))
        text = "".join(ch for ch in text if ch == "\n" or ch.isprintable())
        self.text = self.text[: self.cursor] + text + self.text[self.cursor :]
        self.cursor += len(text)

    def backspace(self) -> None:
        if self.cursor > 0:
            self.text = self.text[: self.cursor - 1] + self.text[self.cursor :]
            self.cursor -= 1

    def delete(self) -> None:
        self.text = self.text[: self.cursor] + self.text[self.cursor + 1 :]

    def left(self) -> None:
        self.cursor = max(0, self.cursor - 1)

    def right(self) -> None:
        self.cursor = min(len(self.text), self.cursor + 1)

    def line_of_cursor(self, lines: list[tuple[int, int]]) -> int:
        """The index of the shown line the cursor is on (at a wrap, the later line)."""
        for index in range(len(lines) - 1, -1, -1):
            if lines[index][0] <= self.cursor:
                return index
        return 0

    def home(self, lines: list[tuple[int, int]]) -> None:
        self.cursor = lines[self.line_of_cursor(lines)][0]

    def end(self, lines: list[tuple[int, int]]) -> None:
        index = self.line_of_cursor(lines)
        start, end = lines[index]
        wrapped = index + 1 < len(lines) and lines[index + 1][0] == end
        self.cursor = end - 1 if wrapped and end > start else end  # before the wrap's space

    def vertical(self, lines: list[tuple[int, int]], step: int, measure: Measure) -> None:
        """Up (step -1) or Down (+1) a shown line, keeping the cursor's x as near as can be."""
        index = self.line_of_cursor(lines)
        target = index + step
        if not 0 <= target < len(lines):
            self.cursor = 0 if step < 0 else len(self.text)
            return
        x = measure(self.text[lines[index][0] : self.cursor])
        start, end = lines[target]
        best = start
        for offset in range(start, end + 1):
            if abs(measure(self.text[start:offset]) - x) < abs(measure(self.text[start:best]) - x):
                best = offset
        self.cursor = best
