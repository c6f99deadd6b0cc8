"""Words with offsets, and sentence edges, for the short stretches of text around a quote.

The engine never tokenizes a whole document: only the few dozen characters
between a quote and its neighbours, so this can stay simple and readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(
    r"([\s_]*)"  # the gap before the token: see tokenize
    r"([a-z][\w'\u2019\-]*(?:\.[^\W\d_][\w'\u2019\-]*)*"  # most words: tried first, for speed
    r"|(?:[A-Z]\.){2,}"  # U.S., T.J.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Jr|Sr|St|Prof|Rev|Adm|Maj|Cmdr|Supt|Det|Hon|Insp|Const|Cst|Cpl|Pte|Atty|Brig)\.(?=\s)"
    r"|[A-Z]\.(?=\s[A-Z])"  # an initial: Harry S. Pratt
    r"|[^\W\d_][\w'\u2019\-]*(?:\.[^\W\d_][\w'\u2019\-]*)*"  # e.ON's, example.com
    r"|\d+(?:[.,:]\d+)*\w*(?:-[^\W\d_][\w'\u2019]*)*"  # 2018, 4.5, 71-year-old
    r"|[^\w\s])"
)
"""A token and the gap before it. A token can start at any character but a
space or "_", so the gap is exactly what a scan for tokens alone would skip;
matching it (one character class) skips it at C speed, where a scan would try
every alternative of the token at each space, and the gaps' lengths give the
offsets without a match object per token."""
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen rep gov lt gen col capt sgt jr sr st prof rev adm maj cmdr supt det hon insp const cst cpl pte atty brig "
    "inc co corp ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m".split()
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]+)")
_AFTER_SENTENCE_END = r"[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])"
_SENTENCE_END = re.compile(r"[.!?]" + _AFTER_SENTENCE_END)
_SENTENCE_OR_LINE_END = re.compile(r"[.!?\n](?:(?<=[.!?])" + _AFTER_SENTENCE_END + r"|(?<=\n)\s*)")
"""A sentence end, or a line break and the space after it. Written to open with
one character class (not "…|\\n\\s*"), so the regex engine skips quickly to
the few places a match can start."""


@dataclass(slots=True)
class Token:
    """A word or a punctuation mark with its document offsets.

    Not frozen: tokens are made by the thousand and never changed, and a frozen
    dataclass costs three times as much to build.
    """

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        """Letters, or a number joined to a word: "the 71-year-old diplomat"."""
        return self.text[0].isalpha() or (self.text[0].isdigit() and "-" in self.text)

    @property
    def is_capitalized(self) -> bool:
        return self.text[0].isupper()


@lru_cache(maxsize=16)
def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with document offsets.

    The words after one quote are often the words before the next, read again
    by the next quote's cue: the last few results are kept. Callers only read
    the list they get.

    The window is cut at its spaces first, which ``str.split`` does many times
    faster than the token pattern finds tokens. Most pieces are a plain word
    ("said", "Voss"), which is one token as it stands, or a word and a comma;
    only the others ("Voss.", "U.S.", "Voss’s", "“We") are read with the
    pattern. ``start`` is never negative.
    """
    tokens: list[Token] = []
    if end <= start:
        return tokens  # the pattern finds nothing there (to it a negative end is 0, not counted from the end)
    at = start
    new = Token.__new__
    for piece in text[start:end].split(" "):
        piece_end = at + len(piece)
        # The pattern joins letters into one word and ends it at anything but
        # a letter, a digit, "_", "'", "’", "-" or a "." with a letter after it.
        if piece.isalpha():
            token = new(Token)  # _token's work, written out for the commonest piece
            token.start = at
            token.end = piece_end
            token.text = piece
            token.lower = piece.lower()
            tokens.append(token)
        elif piece[:-1].isalpha() and (piece[-1] in _CLAUSE_MARKS or piece[-1] == "." and piece[0].islower()):
            # "said," and "said.": a word, then the mark. Only a word in capitals
            # may take its full stop ("Mr.", "J.") or need what follows to tell.
            tokens.append(_token(at, piece_end - 1, piece[:-1]))
            tokens.append(_token(piece_end - 1, piece_end, piece[-1]))
        elif piece:  # not the nothing between two spaces
            _add_pattern_tokens(tokens, text, at, piece_end, end)
        at = piece_end + 1
    return tokens


_CLAUSE_MARKS = frozenset(",;:")
"""Marks that are a token of their own after a word, whatever follows."""


def _token(start: int, end: int, text: str) -> Token:
    token = Token.__new__(Token)  # fields set here: a third cheaper than Token(...), which calls __init__ too
    token.start = start
    token.end = end
    token.text = text
    token.lower = text.lower()
    return token


def _add_pattern_tokens(tokens: list[Token], text: str, start: int, stop: int, end: int) -> None:
    """Append the tokens of ``text[start:stop]``, a piece of a window ending at
    ``end``, as the pattern finds them in the whole window. It looks past a
    full stop ("Mr." and "J." are tokens before a space, or a space and a
    capital), only past one: a piece that ends with one is read with the two
    characters after it, and what the pattern finds there is dropped."""
    reach = min(end, stop + 2) if text[stop - 1] == "." else stop
    end_of_last = start
    for gap, word in _TOKEN.findall(text, start, reach):
        at = end_of_last + len(gap)
        if at >= stop:
            break
        end_of_last = at + len(word)
        tokens.append(_token(at, end_of_last, word))


_ONLY_ASCII_LETTERS = bytes(c if chr(c).isascii() and chr(c).isalpha() else ord(" ") for c in range(256))
"""A ``bytes.translate`` table: ASCII letters stay, any other byte becomes a space."""


def word_set(words: Iterable[str]) -> frozenset[bytes]:
    """Words as :func:`has_any_word` looks for them: only those of ASCII
    letters alone, as no others ("co-founder", "fiancée") can be found."""
    return frozenset(word.encode("ascii") for word in words if word.isascii() and word.isalpha())


def has_any_word(text: str, start: int, end: int, words: frozenset[bytes]) -> bool:
    """Whether one of ``words`` (from :func:`word_set`) stands as a word of its
    own in ``text[start:end]``, as written: a cheap test before any parsing.

    The words are the runs of ASCII letters, as ``[A-Za-z]+`` would find them:
    with every other character a space (one outside ASCII is first encoded as
    "?"), splitting on spaces leaves exactly the runs, in a few passes in C
    that cost half of what a regex does finding the words one by one, and far
    less than an alternation of the words tried at every position. The runs
    stay bytes: decoding them would cost a sixth more."""
    return not words.isdisjoint(text[start:end].encode("ascii", "replace").translate(_ONLY_ASCII_LETTERS).split())


def last_sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence that begins inside ``text[start:end]`` begins.

    Read from the end, one full stop (or "!", "?") at a time: the last is
    nearly always the one, and no sentence end holds another's mark, so this
    finds what a scan from ``start`` would find last."""
    stop = _last_stop(text, start, end)
    while stop >= 0:
        m = _SENTENCE_END.match(text, stop, end)
        if m is not None and _breaks(text, m):
            return m.end()
        stop = _last_stop(text, start, stop)
    return start


def _last_stop(text: str, start: int, end: int) -> int:
    """Where the last ".", "!" or "?" of ``text[start:end]`` stands, or -1."""
    last = text.rfind(".", start, end)
    found = text.rfind("!", start, end)
    if found > last:
        last = found
    found = text.rfind("?", start, end)
    return found if found > last else last


def sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where the sentences of ``text[start:end]`` begin, ``start`` first; a line
    break ends a sentence too (headings and captions have no full stop)."""
    found = [start]
    for m in _SENTENCE_OR_LINE_END.finditer(text, start, end):
        if m.group()[0] == "\n" or _breaks(text, m):
            found.append(m.end())
    return found


def first_sentence_end(text: str, start: int, end: int) -> int:
    """Where the sentence running at ``start`` ends, or ``end``. Asked with
    ``search``, not ``finditer``: the first match nearly always ends it, and
    one search costs less than making an iterator."""
    m = _SENTENCE_END.search(text, start, end)
    while m is not None:
        if _breaks(text, m):
            return m.start() + 1
        m = _SENTENCE_END.search(text, m.end(), end)
    return end


_SENTENCE_OPENER = re.compile(r"[\"'\u201c\u2018(]?(?:He|She|It|They|We|The|This|That|These|Those|There|But)\b")


def _breaks(text: str, m: re.Match[str]) -> bool:
    """Whether the full stop matched by ``m`` ends a sentence: not one that
    ends an abbreviation, unless a word that only opens sentences follows
    ("… in the U.S. He said …")."""
    return not ends_abbreviation(text, m.start()) or _SENTENCE_OPENER.match(text, m.end()) is not None


def ends_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial ("Mr.", "J.")."""
    if text[dot] != ".":
        return False
    if dot > _LONGEST_ABBREVIATION and text[dot - _LONGEST_ABBREVIATION - 1 : dot].isalpha():
        return False  # "budget.": a word longer than any abbreviation, seen in one test
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
        if dot - word_start > _LONGEST_ABBREVIATION:
            return False  # "budget.": no need to read the rest of the word
    word = text[word_start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and text[word_start].isupper())


def word_after(text: str, pos: int) -> Token | None:
    """The lower-case word right after ``text[pos]`` and a space, if one is there:
    "remark" in '“not there yet” remark', "said" in "Voss said"."""
    m = _WORD_AFTER.match(text, pos)
    if m is None:
        return None
    word = m.group(1)
    return Token(m.start(1), m.end(1), word, word)
