"""Line breaks that only wrap a sentence, turned into spaces.

Text wraps its lines in two ways. Scraped pages and Markdown source break a
line here and there inside a sentence, and such a break is told by what stands
on each side of it: a word. Hard-wrapped text (saved from a terminal browser,
an e-mail, ``fmt``) breaks every line near one width, after a full stop or
before a quote mark as readily as after a word, so its breaks are told by the
lengths of its lines instead: a full line goes on in the next one. Text
copied from a web page may put each paragraph on a line of its own with no
blank line between, and its breaks wrap nothing.

Either way a break becomes a space, so the text keeps its length and every
offset found in the result holds for the original. The rules after this read
a line break as the end of a paragraph, and know it by its "\\n" alone: a
carriage return becomes a space too.
"""

from __future__ import annotations

import re

_NOT_BEFORE_WRAP = " \t\r\n\u00a0.!?:\"\u201d\u2019'|)"
_NOT_AFTER_WRAP = " \t\r\n\u00a0\"\u201c\u201e\u201f\u00ab\u2018`'#>*-"
_WRAP = re.compile(f"\\n(?<=[^{re.escape(_NOT_BEFORE_WRAP)}]\\n)(?=[^{re.escape(_NOT_AFTER_WRAP)}])")
"""A line break with neither character next to it one of the above. It opens
with the break itself, so the regex engine jumps from one break to the next."""
_WINDOWS_WRAP = (
    f"\\n(?:(?<=[^{re.escape(_NOT_BEFORE_WRAP)}]\\n)|(?<=[^{re.escape(_NOT_BEFORE_WRAP)}]\\r\\n))(?=[^{re.escape(_NOT_AFTER_WRAP)}])"
)
"""The same, where a carriage return may stand before the break. Slower, so
compiled (and kept by ``re``) only once a text has a carriage return."""

_WIDEST = 120
"""The longest line a hard-wrapped text has: a longer one is a paragraph of its own."""
_READ_FOR_WIDTH = 3_000
"""How much of a text's start its line lengths are read from: text is wrapped
throughout or not at all, and most texts show a long paragraph within a line or two."""
_FEWEST_WRAPPED_LINES = 5
_GOING_ON_IN_LOWER_CASE = 4
"""At least one in this many wrapped lines is followed by one that opens in
lower case (in prose, most are)."""
_FULL = 25
"""How much shorter than the width a wrapped line may be: the next word did not fit."""
_BLOCK_START = re.compile(r"[#>*\-+|\u2022]|\d+[.)]\s|[A-Z][A-Z.'\- ]{0,30}:\s")
"""A line that starts a heading, a block quote, a bullet, a numbered item, or
a speaker's turn in a transcript ("VOSS:", "Q:")."""


def unwrap_lines(text: str) -> str:
    """``text`` with line breaks that only wrap a sentence turned into spaces,
    and the carriage return of each Windows line end ("\\r\\n") too: the rules
    after this know a line end by its "\\n" alone."""
    carriage_returns = "\r" in text
    if carriage_returns and "\n" not in text:
        text = text.replace("\r", "\n")  # lines ended by a carriage return alone, as old Macs wrote them
        carriage_returns = False
    text = reflow_hard_wrapped(text)
    wrap = re.compile(_WINDOWS_WRAP) if carriage_returns else _WRAP
    # Most texts have no wrapped line: one search tells so, and costs far less
    # than collecting matches or substituting none.
    if wrap.search(text) is not None and not _paragraph_per_line(text):
        text = wrap.sub(" ", text)  # each match is the break alone, so offsets hold
    if carriage_returns:
        text = text.replace("\r", " ")
    return text


def _paragraph_per_line(text: str) -> bool:
    """Whether each line of ``text`` is a paragraph, as text copied from a web
    page often comes: no blank line parts them, and some run longer than a
    wrapped line does. A break there ends a heading or a caption as often as
    a sentence, and never wraps one."""
    if _BLANK_LINE.search(text) is not None:
        return False
    return any(len(line) > _WIDEST for line in text.split("\n"))


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def reflow_hard_wrapped(text: str, *, indented: bool = True) -> str:
    """``text`` with the lines of each paragraph joined if it is hard-wrapped,
    else ``text`` itself. The reader shows this, so paragraphs flow to the
    width of its pane rather than break at the width the text was saved at;
    it passes ``indented=False`` to keep the lines of an indented text, whose
    indent would stand as a gap inside the sentence once its line is joined
    (the text keeps its length, so the indent cannot go)."""
    width = hard_wrap_width(text)
    return _join_full_lines(text, width, indented) if width else text


def hard_wrap_width(text: str) -> int:
    """The width a hard-wrapped text breaks its lines at, or 0 when it is not
    hard-wrapped: most lines that another line follows are nearly that long,
    they hold most of the text, and many of the lines after them go on in
    lower case, in the middle of a sentence (where a list of headlines, a poem
    or a transcript starts each line anew). Read line by line from the start,
    so a text whose first paragraph is one long line (most news) is told at once."""
    lengths = []
    lower_case = []  # whether each line opens with a small letter
    pos = 0
    end = min(len(text), _READ_FOR_WIDTH)
    while pos < end:
        line_end = text.find("\n", pos, pos + _WIDEST + 1)
        if line_end < 0:
            if len(text) - pos > _WIDEST:
                return 0  # a long line: a paragraph, not a wrapped line
            break
        line = text[pos:line_end]
        lengths.append(len(line.rstrip()))
        lower_case.append(line.lstrip()[:1].islower())
        pos = line_end + 1
    followed = [length for length, after in zip(lengths, lengths[1:]) if length and after]
    if len(followed) < _FEWEST_WRAPPED_LINES or 2 * sum(followed) < sum(lengths):
        return 0
    going_on = sum(1 for length, lower in zip(lengths, lower_case[1:]) if length and lower)
    if going_on * _GOING_ON_IN_LOWER_CASE < len(followed):
        return 0
    followed.sort()
    width = followed[len(followed) * 9 // 10 - 1]  # the longest lines but a few (a long address)
    full = sum(1 for length in followed if length >= width - _FULL)
    return width if 4 * full >= 3 * len(followed) else 0


def _join_full_lines(text: str, width: int, indented: bool) -> str:
    """``text`` with each break after a full line turned into a space, when the
    next line goes on with the paragraph: it is not blank, not indented further
    (a paragraph's first line may be), and opens no heading, quote block or
    list. ``indented``: whether a line that starts with spaces may go on one."""
    chars = list(text)
    lines = text.split("\n")
    pos = 0
    for line, following in zip(lines, lines[1:]):
        pos += len(line)  # the break after ``line``
        words = following.lstrip()
        indent = len(following) - len(words)
        full = len(line.rstrip()) >= width - _FULL
        if full and words and indent <= len(line) - len(line.lstrip()) and (indented or not indent) and not _BLOCK_START.match(words):
            chars[pos] = " "
            if line.endswith("\r"):
                chars[pos - 1] = " "
        pos += 1
    return "".join(chars)
