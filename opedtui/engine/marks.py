"""Pairing quote marks into quoted spans.

Only the marks are visited (one ``re.finditer`` over the text), never each
character, so pairing costs little more than finding the marks. Pairing works
paragraph by paragraph: a mark left open at a paragraph's end either continues
into the next paragraph (which reopens it, the news convention for long quotes;
each paragraph's part is a span of its own, marked ``continued``) or is dropped,
so a stray mark never swallows the rest of a document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Double marks, PTB ``/'' pairs and single marks (curly and straight). Straight '
# only when it is not inside a word (don't). Every alternative starts with a
# literal character, which lets the regex engine skip the text between marks
# at C speed instead of trying each alternative at every position.
_MARK = re.compile(
    "'''|``|''|\"|\u201c|\u201d|\u201e|\u201f|\u00ab|\u00bb"
    "|\u2018|\u201a|\u2039|\u203a|\u2019(?!\\w)|'(?<!\\w')|'(?!\\w)|`(?!`)"
)
# Texts with double marks use singles only for nesting: scan for doubles alone.
# Whether a text has any is asked of each mark with ``in``, which skips text
# many times faster than a regex trying its alternatives at every character;
# the two-character marks last, as they are rare and found more slowly.
_DOUBLE_STYLE_MARKS = ("\"", "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "''", "``")
_ATTRIBUTE_VALUE = re.compile(r'=(?<=[\w\-]=)("[^"<>]{0,200}")')
"""A markup attribute value; scraped ones may hold a line break. The pattern
opens with the "=", its name's last character looked at behind it: a pattern
that opens with a character of a class is tried at every position of the
text, one that opens with a literal only where that character is."""
_OPENERS_DOUBLE = {"\u201c", "\u201e", "\u201f", "\u00ab", "``"}
_CLOSERS_DOUBLE = {"\u201d", "\u00bb", "''", "\u2019\u2019"}
"""Two right single marks stand for a closing double one in some texts: “…’’."""
_OPENERS_SINGLE = {"\u2018", "\u201a", "\u2039", "`"}
_CLOSERS_SINGLE = {"\u2019", "\u203a"}
_DOUBLE = _OPENERS_DOUBLE | _CLOSERS_DOUBLE | {'"'}
_BEFORE_OPENING = " \t\n([{\u2014\u2013-/:;,\u00a0"
_AFTER_CLOSING = " \t\n)]}.,;:!?\u2014\u2013-/\u00a0"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
"""Characters that take no room on screen (zero-width spaces, direction marks,
the byte-order mark): text copied from social media puts them before a quote
mark (U+202A before ”Sorry,” wrote …), which must be read beside what shows."""
_MAX_PARAGRAPHS = 12
"""A quotation reopened paragraph after paragraph is still cut after this many."""

# Elisions that start with an apostrophe: '90s, 'n', 'em, 'til, 'cause.
_ELISION = re.compile(r"['\u2018\u2019](?:\d\d|n['\u2019]|em\b|til\b|cause\b|tis\b|twas\b)", re.IGNORECASE)


@dataclass(slots=True)
class QuotedSpan:
    """A span between a pair of quote marks.

    Not frozen, as none is changed after it is made: a frozen dataclass costs
    four times as much to build, and these are built for every quote.
    """

    outer_start: int
    start: int
    end: int
    outer_end: int
    double: bool
    """Made of double marks (the usual quotation) rather than single ones."""
    closed: bool
    """False when the closing mark was missing and the span stops at its paragraph end."""
    continued: bool = False
    """The quotation goes on in the next paragraph, which reopens it: that part is
    the next span."""


def pair_quote_marks(text: str) -> list[QuotedSpan]:
    """Every top-level quoted span in ``text``, in order of appearance.

    Single marks count as quotation marks only where the text has no double
    marks at all (British style); inside double quotes they are nesting and stay
    part of the outer quotation.
    """
    uses_doubles = any(mark in text for mark in _DOUBLE_STYLE_MARKS)
    marks = _double_marks(text) if uses_doubles else [(m.start(), m.group()) for m in _MARK.finditer(text)]
    # Markup is looked for by a character most texts lack ("=", ">") before
    # the pair: one character is found many times faster than two.
    if "=" in text and '="' in text:
        # Markup left in scraped text (<tweet id="…">): attribute values are not quotes.
        masked = {p for m in _ATTRIBUTE_VALUE.finditer(text) for p in (m.start(1), m.end(1) - 1)}
        marks = [(p, tok) for p, tok in marks if p not in masked]
    if ">" in text and '">' in text:
        # The end of an attribute whose start the scrape lost: a mark closing a tag.
        marks = [(p, tok) for p, tok in marks if tok != '"' or not text.startswith(">", p + 1)]
    if uses_doubles:
        marks = _without_nested_doubles(text, marks)
    spans: list[QuotedSpan] = []
    open_at: int | None = None  # offset of the pending opening mark
    open_len = 0
    open_double = True
    paragraphs_open = 0
    pending_newline = False  # we are at a paragraph end with a quote open
    n = len(text)
    searched = 0  # paragraph ends are looked for between marks, never twice
    for pos, tok in marks:
        if tok == "'''":
            # A single mark against a double one made of apostrophes: the double
            # mark is the last two when it closes a quote, the first two when it opens one.
            pos, tok = (pos + 1 if open_at is not None else pos), "''"
        if open_at is not None and not pending_newline:
            paragraph_end = text.find("\n", searched, pos)
            pending_newline = paragraph_end >= 0
        searched = pos + len(tok)
        is_double = tok in _DOUBLE
        if not is_double and (uses_doubles or _is_apostrophe(text, pos)):
            continue
        before = text[pos - 1] if pos > 0 else "\n"
        if before in INVISIBLE:
            before = _visible_before(text, pos)
        after = text[pos + len(tok)] if pos + len(tok) < n else "\n"
        if after == " " and text[pos + len(tok) + 1 : pos + len(tok) + 2] in ("\u2026", ".") and _opens_paragraph(text, pos):
            after = "\u2026"  # a paragraph that opens with an elided quote: “ … and then”
        role = _role(tok, before, after, open_at is not None)
        if pending_newline:
            # A quote was open at the end of the previous paragraph. Any double
            # mark that opens the next one with words after it reopens it, even
            # one shaped as a closer ('' in texts that use it both ways).
            assert open_at is not None
            reopens = role == "open" or (is_double and not after.isspace())
            if reopens and _opens_paragraph(text, pos) and paragraphs_open < _MAX_PARAGRAPHS:
                # Reopened: the quotation continues, one span per paragraph, as
                # each paragraph of a long quotation is a quote of its own.
                start = open_at + open_len
                end = start + len(text[start:paragraph_end].rstrip())
                if end > start:
                    spans.append(QuotedSpan(open_at, start, end, end, open_double, True, True))
                open_at, open_len = pos, len(tok)
                pending_newline = False
                paragraphs_open += 1
                continue
            if role == "close" and is_double == open_double:
                parts = _split_by_a_stray_break(text, open_at, open_len, paragraph_end, pos, len(tok), open_double)
                if parts:
                    spans.extend(parts)
                    open_at = None
                    pending_newline = False
                    continue
            spans.extend(_unclosed(text, open_at, open_len, paragraph_end, open_double))
            open_at = None
            pending_newline = False
        if role == "open" or (role == "either" and open_at is None):
            if open_at is not None and not _is_weak_open(tok):
                # An opening mark while one is open: the first one was stray.
                # Nested double marks of the same kind are rare; a stray is not.
                spans.extend(_unclosed(text, open_at, open_len, pos, open_double))
            elif open_at is not None:
                continue
            open_at, open_len, open_double, paragraphs_open = pos, len(tok), is_double, 0
        elif open_at is not None and is_double == open_double:
            end = pos
            spans.append(QuotedSpan(open_at, open_at + open_len, end, end + len(tok), is_double, True))
            open_at = None
    if open_at is not None:
        if not pending_newline:
            paragraph_end = text.find("\n", searched)
            pending_newline = paragraph_end >= 0
        stop = paragraph_end if pending_newline else n
        spans.extend(_unclosed(text, open_at, open_len, stop, open_double))
    return [s for s in spans if s.end > s.start]


_DOUBLE_MARK_KINDS = (*_DOUBLE_STYLE_MARKS, "\u2019\u2019")
"""The marks a text with doubles is scanned for: ’’ too, which is a double
there but does not by itself show that a text uses doubles."""


def _double_marks(text: str) -> list[tuple[int, str]]:
    """The offset and text of every double mark in ``text``, in order.

    Each kind is found with ``str.find``, which skips the text between marks
    many times faster than a regex of all the kinds, whose alternatives are
    tried at every character. No two kinds share a character, so their marks
    never overlap. A run of apostrophes is read from its start, as a scan
    reads it: three make one mark (see :func:`pair_quote_marks`), then two
    make one, and one left over is none. A mark of two characters is looked
    for only in a text that has its first one, found many times faster."""
    marks = []
    for mark in _DOUBLE_MARK_KINDS:
        if len(mark) == 2 and mark[0] not in text:
            continue
        pos = text.find(mark)
        while pos >= 0:
            found = "'''" if mark == "''" and text.startswith("'''", pos) else mark
            marks.append((pos, found))
            pos = text.find(mark, pos + len(found))
    marks.sort()
    return marks


def _without_nested_doubles(text: str, marks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``marks`` without the inner pair of a quotation nested in one of the same
    curly marks (“… what he calls “hell” than …”), which stays part of the
    outer quotation as single marks do. Only the plain shape counts, on one
    line: two openers, then two closers."""
    inner: set[int] = set()
    for i in range(1, len(marks) - 2):
        if marks[i][1] == "\u201c" and marks[i - 1][1] == "\u201c" and marks[i + 1][1] == "\u201d" == marks[i + 2][1]:
            if "\n" not in text[marks[i - 1][0] : marks[i + 2][0]]:
                inner.update((i, i + 1))
    return [m for i, m in enumerate(marks) if i not in inner] if inner else marks


def _role(tok: str, before: str, after: str, is_open: bool) -> str:
    """'open', 'close' or 'either' for a mark, from its shape and its neighbours."""
    if tok in _OPENERS_DOUBLE or tok in _OPENERS_SINGLE:
        # A curly opener glued to the end of a word is a misprinted closer.
        if tok in ("\u201c",) and is_open and not before.isspace() and after in _AFTER_CLOSING:
            return "close"
        return "open"
    if tok in _CLOSERS_DOUBLE or tok in _CLOSERS_SINGLE:
        # German „…“ closes with “, handled above as open; a closer at a word's start
        # with nothing open is a misprinted opener.
        if not is_open and before in _BEFORE_OPENING and not after.isspace():
            return "open"
        if tok == "\u00bb" and not is_open:
            return "open"
        return "close"
    # Straight marks: decide by which side touches a word.
    opens = before in _BEFORE_OPENING or before in "\"\u201c\u2018'"
    closes = after in _AFTER_CLOSING or after in "\"\u201d\u2019'"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if after.isspace() and not before.isspace():
        return "close"  # ',” said …': a quotation never starts with a space
    return "either"


def _is_weak_open(tok: str) -> bool:
    """An opener that is not the start of a fresh quotation (e.g. a stray straight mark)."""
    return tok in ("'", "`")


def _is_apostrophe(text: str, pos: int) -> bool:
    """A single mark that elides ('90s, rock 'n' roll) or marks a plural
    possessive (the teachers' union) rather than quoting."""
    if _ELISION.match(text, pos):
        return True
    return pos > 0 and text[pos - 1] in "sS" and text[pos + 1 : pos + 2] == " " and text[pos + 2 : pos + 3].islower()


def _opens_paragraph(text: str, pos: int) -> bool:
    """Whether the mark at ``pos`` is the first thing on its line (an indent
    or invisible characters aside). Looks back a few characters only, so a
    line of a million marks stays linear."""
    line_start = text.rfind("\n", max(0, pos - _INDENT), pos) + 1
    if line_start == 0 and pos > _INDENT:
        return False
    indent = text[line_start:pos]
    return not indent.strip() or not indent.translate(_DROP_INVISIBLE).strip()


_DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))


def _visible_before(text: str, pos: int) -> str:
    """The character before ``pos`` that shows, looking a few characters back:
    a line break when there is none (the text's start, or only invisible ones)."""
    before = text[pos - _INDENT if pos > _INDENT else 0 : pos].translate(_DROP_INVISIBLE)
    return before[-1] if before else "\n"


_INDENT = 8


def _split_by_a_stray_break(
    text: str, open_at: int, open_len: int, paragraph_end: int, close_at: int, close_len: int, double: bool
) -> list[QuotedSpan]:
    """A quotation cut by a paragraph break that is no paragraph: the next line
    goes on in lower case, without reopening, and closes it (“… at the
    discretion of the minister¶based on the advice of doctors,” she said).
    Scraped pages break lines like this. Two parts, as for a quotation that
    runs over paragraphs."""
    first = _unclosed(text, open_at, open_len, paragraph_end, double)
    resume = paragraph_end
    while resume < close_at and text[resume].isspace():
        resume += 1
    if not first or not text[resume : resume + 1].islower() or "\n" in text[resume:close_at]:
        return []
    head = first[0]
    return [
        QuotedSpan(head.outer_start, head.start, head.end, head.end, double, True, True),
        QuotedSpan(resume, resume, close_at, close_at + close_len, double, True),
    ]


def _unclosed(text: str, open_at: int, open_len: int, stop: int, double: bool) -> list[QuotedSpan]:
    """A quotation whose closing mark is missing: kept only when it opens its
    paragraph and runs on for several words, as a whole-paragraph quote does."""
    start = open_at + open_len
    if not double:
        return []
    body = text[start:stop].rstrip()
    if body.count(" ") < 3:
        return []
    if not _opens_paragraph(text, open_at) and not _opens_sentence_to_paragraph_end(text, open_at, body):
        return []
    return [QuotedSpan(open_at, start, start + len(body), start + len(body), double, False)]


def _opens_sentence_to_paragraph_end(text: str, open_at: int, body: str) -> bool:
    """A quotation opened after a sentence or a colon that runs in full
    sentences to its paragraph's end: only its closing mark is missing
    ('said Lena Voss. “It was late. We left.' and a new paragraph)."""
    lead = text[max(0, open_at - 2) : open_at].rstrip(" \u00a0")
    return bool(lead) and lead[-1] in ".:!?" and body[-1] in ".!?" and body.count(" ") >= 7
