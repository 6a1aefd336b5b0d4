"""Markup that is never spoken nor read as imagery: RTF, HTML/XML tags and entities, Markdown
links and images, bare URLs and e-mail addresses.

strip_markup() turns a whole decoded file into plain text before the dream is structured:
an RTF document becomes its text (striprtf), block tags (<p>, <br>, <div>, <li>, headings)
become line breaks, every other tag goes, script/style blocks and comments go with their
content, entities become their characters, a Markdown link keeps its text, an image goes
whole, and a URL or address is dropped.
"""

from __future__ import annotations

import html
import re

_RTF_START = re.compile(r"^\s*\{\\rtf")
# Blocks dropped with their content: (opening pattern, closing pattern).
_DROPPED = (
    (re.compile(r"<!--"), re.compile(r"-->")),
    (re.compile(r"<!\[CDATA\["), re.compile(r"\]\]>")),
    (re.compile(r"<script\b", re.IGNORECASE), re.compile(r"</script\s*>", re.IGNORECASE)),
    (re.compile(r"<style\b", re.IGNORECASE), re.compile(r"</style\s*>", re.IGNORECASE)),
)
_DECLARATION = re.compile(r"<![A-Za-z][^<>]{0,1000}>|<\?[^<>]{0,1000}\?>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|h[1-6]|blockquote|section|article|tr|table|pre)\b[^<>]{0,1000}>",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[A-Za-z][\w:.-]{0,100}(?:\s[^<>]{0,1000})?/?>")
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,500})\]\((?:[^)\s]{0,2000})(?:\s+\"[^\"\n]{0,500}\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,200}\]")
_MD_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]{1,200}\]:\s*\S+.*$", re.MULTILINE)
_URL = re.compile(  # with the spaces before it, so no space is left before a comma
    r"[ \t]*(?:\b(?:https?|ftp|file)://|\bwww\.|\bmailto:)[^\s<>\"']+"
    r"|[ \t]*[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+",
    re.IGNORECASE,
)
_URL_TAIL = ".,;:!?)]}'\""
_EMPTY_BRACKETS = re.compile(r"<\s*>|\(\s*\)|\[\s*\]")


def strip_markup(text: str) -> str:
    """The text without RTF, tags, links, URLs or addresses (see the module docstring)."""
    if _RTF_START.match(text):
        from striprtf.striprtf import rtf_to_text

        text = rtf_to_text(text, errors="replace")
    if "<" in text:
        for opening, closing in _DROPPED:
            text = _drop_blocks(text, opening, closing)
        text = _DECLARATION.sub("", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    if "[" in text:
        text = _MD_REF_DEF.sub("", text)
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_REF_LINK.sub(r"\1", text)
    if "://" in text or "www." in text or "@" in text or "mailto:" in text:
        text = _URL.sub(_drop_url, text)
    return _EMPTY_BRACKETS.sub("", text) if "<" in text or "(" in text or "[" in text else text


def _drop_url(match: re.Match[str]) -> str:
    """Punctuation that closed the sentence around the address stays; else one space."""
    url = match.group()
    tail = url[len(url.rstrip(_URL_TAIL)) :]
    return tail or (" " if url[:1].isspace() else "")


def _drop_blocks(text: str, opening: re.Pattern[str], closing: re.Pattern[str]) -> str:
    """`text` without each block from `opening` to the next `closing` (an unclosed one runs
    to the end). One pass: every search starts where the previous one stopped."""
    out: list[str] = []
    pos = 0
    while (start := opening.search(text, pos)) is not None:
        out.append(text[pos : start.start()])
        end = closing.search(text, start.end())
        if end is None:
            return "".join(out) + " "
        out.append(" ")
        pos = end.end()
    out.append(text[pos:])
    return "".join(out)
