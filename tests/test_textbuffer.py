"""The editor's text model: wrapping, typing, deleting and moving by the shown lines."""

from __future__ import annotations

from renderer.app.textbuffer import TextBuffer, wrap_lines


def measure(text: str) -> int:
    return 10 * len(text)  # a monospaced font, 10 px a character


def test_wrap_breaks_at_newlines_and_at_the_last_space_that_fits():
    text = "one two three\nfour"
    lines = wrap_lines(text, 80, measure)  # 8 characters a line
    assert [text[a:b] for a, b in lines] == ["one two ", "three", "four"]
    word = "abcdefghijkl"  # longer than a line: cut
    assert [word[a:b] for a, b in wrap_lines(word, 50, measure)] == ["abcde", "fghij", "kl"]
    assert wrap_lines("", 80, measure) == [(0, 0)]


def test_typing_line_breaks_backspace_and_delete():
    buffer = TextBuffer("river")
    buffer.insert("\nmoon")
    assert (buffer.text, buffer.cursor) == ("river\nmoon", 10)
    buffer.backspace()
    buffer.left()
    buffer.left()
    buffer.delete()
    assert (buffer.text, buffer.cursor) == ("river\nmo", 7)
    title = TextBuffer(single_line=True)
    title.insert("Owl\r\nLibrary\t\x07")
    assert title.text == "Owl Library "


def test_home_end_and_up_down_follow_the_shown_lines():
    buffer = TextBuffer("one two three\nfour")
    lines = wrap_lines(buffer.text, 80, measure)
    buffer.cursor = 10  # in "three"
    buffer.home(lines)
    assert buffer.cursor == 8
    buffer.vertical(lines, -1, measure)  # up to "one two ", same x
    assert buffer.cursor == 0
    buffer.end(lines)
    assert buffer.cursor == 7  # before the space the line wrapped at
    buffer.vertical(lines, +1, measure)
    assert buffer.cursor == 13  # x 70: "three" is only 50 wide, so its end
    buffer.vertical(lines, +1, measure)
    assert buffer.cursor == len(buffer.text)  # "four" is shorter still
    buffer.vertical(lines, +1, measure)
    assert buffer.cursor == len(buffer.text)
    buffer.vertical(lines, -1, measure)
    assert buffer.cursor == 12  # x 40 in "three"
    buffer.vertical(lines, -1, measure)
    assert buffer.cursor == 4
    buffer.vertical(lines, -1, measure)
    assert buffer.cursor == 0  # up from the first line: its start
