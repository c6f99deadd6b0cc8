"""The document as the reader lays it out: display-safe text wrapped into lines.

No Textual here: this is plain Python so it can be tested (and timed) on its own.
Every display line is a ``(start, end)`` pair of offsets into the document, so a
quote's offsets map straight onto lines and columns.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from rich.cells import get_character_cell_size

READING_WIDTH = 80
"""The widest a line of the article gets, in cells."""

# Characters that would move the cursor or restyle the terminal if written raw.
# Each one is replaced by exactly one visible character, so offsets stay aligned.
_BLANKS = re.compile("[\t\r\v\f\u2028\u2029\x85]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
REPLACEMENT = "\ufffd"

# Characters certain to take one cell: ASCII and most Latin, Greek, Cyrillic,
# general punctuation (curly quotes, dashes, ellipsis) and currency signs.
# A paragraph made only of these wraps on a fast path that counts characters.
_NOT_NARROW = re.compile(
    "[^\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u048a-\u052f"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20bf\u2100-\u214f\u2190-\u21ff\u2500-\u25ff]"
)


def sanitize(text: str) -> str:
    """The text with every control character replaced by one visible character.

    Tabs, carriage returns and other line-ish separators become spaces; the rest
    (escape, bidi overrides, NUL, ...) become U+FFFD. Newlines are kept, and so
    are the carriage returns of a text that ends its lines with them alone (as
    old Macs did), as newlines. The result has the same length as ``text``, so
    engine offsets apply to it unchanged.
    """
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")
    if _BLANKS.search(text):
        text = _BLANKS.sub(" ", text)
    if _CONTROLS.search(text):
        text = _CONTROLS.sub(REPLACEMENT, text)
    return text


def derive_title(text: str, limit: int = 100) -> str:
    """The document's title: its first line, without the ``#`` of a Markdown heading."""
    first = ""
    for line in text.splitlines():
        first = " ".join(line.strip().lstrip("#").split())
        if first:
            break
    if not first:
        return "Untitled"
    first = sanitize(first)
    if len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    return first


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    return get_character_cell_size(char)


def cell_width(text: str) -> int:
    """Cells ``text`` takes on screen."""
    if not _NOT_NARROW.search(text):
        return len(text)
    return sum(_char_width(c) for c in text)


def wrap_paragraph(text: str, start: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """Append the display lines of ``text[start:end]`` (one paragraph) to ``out``."""
    if start == end:
        out.append((start, end))
        return
    if not _NOT_NARROW.search(text, start, end):
        _wrap_narrow(text, start, end, width, out)
    else:
        _wrap_cells(text, start, end, width, out)


def _wrap_narrow(text: str, pos: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    rfind = text.rfind
    append = out.append
    while end - pos > width:
        cut = rfind(" ", pos + 1, pos + width + 1)
        if cut == -1:
            append((pos, pos + width))
            pos += width
        else:
            append((pos, cut))
            pos = cut + 1
    append((pos, end))


def _wrap_cells(text: str, pos: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """Greedy wrap that measures each character (wide CJK, emoji, zero-width marks)."""
    line_start = pos
    cells = 0
    last_space = -1
    i = pos
    while i < end:
        char = text[i]
        w = _char_width(char)
        if char == " ":
            last_space = i
        if cells + w > width and i > line_start:
            if last_space > line_start:
                out.append((line_start, last_space))
                line_start = last_space + 1
                i = line_start
            else:
                out.append((line_start, i))
                line_start = i
            cells = 0
            last_space = -1
            continue
        cells += w
        i += 1
    out.append((line_start, end))


class TextLayout:
    """A document wrapped to a width: display lines with their offsets."""

    def __init__(self, text: str, width: int) -> None:
        self.text = text
        self.width = max(1, width)
        lines: list[tuple[int, int]] = []
        pos = 0
        find = text.find
        length = len(text)
        while True:
            nl = find("\n", pos)
            stop = length if nl == -1 else nl
            wrap_paragraph(text, pos, stop, self.width, lines)
            if nl == -1:
                break
            pos = nl + 1
        self.lines = lines
        self.starts = [s for s, _ in lines]

    def __len__(self) -> int:
        return len(self.lines)

    def line_of(self, offset: int) -> int:
        """Index of the display line that holds ``offset`` (clamped to the document)."""
        if not self.lines:
            return 0
        return max(0, min(len(self.lines) - 1, bisect_right(self.starts, offset) - 1))

    def span(self, index: int) -> tuple[int, int]:
        return self.lines[index]

    def offset_at(self, line: int, column: int) -> int | None:
        """The document offset drawn at ``column`` (cells) of display line ``line``."""
        if not 0 <= line < len(self.lines) or column < 0:
            return None
        start, end = self.lines[line]
        cells = 0
        for i in range(start, end):
            cells += _char_width(self.text[i])
            if cells > column:
                return i
        return None
