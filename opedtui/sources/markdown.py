"""Markdown to the text a person reads: no ``#`` or ``*``, with formatting as spans.

markdown-it-py parses the source; this module walks its tokens and writes the plain
text the reader shows and the engine reads (paragraphs separated by a blank line,
list items on their own lines behind a bullet), the formatting as ``StyleSpan``s
over that text, and a ``SourceMap`` from offsets in that text back to the source.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from opedtui.sources.formatting import StyleKind, StyleSpan

BULLET = "\u2022 "
RULE = "\u2500" * 3
TABLE_CELL_SEPARATOR = " | "


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Runs of shown text copied verbatim from the source: ``(shown, source, length)``.

    Inline markup (``**``, ``[...](...)``) and escapes sit between runs, so any
    offset inside a run maps exactly; one between runs maps to the end of the run
    before it, the nearest place in the source."""

    runs: tuple[tuple[int, int, int], ...] = ()
    _starts: list[int] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._starts.extend(shown for shown, _, _ in self.runs)

    def source_offset(self, offset: int) -> int:
        """Where shown ``offset`` is in the source."""
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return self.runs[0][1] if self.runs else 0
        shown, source, length = self.runs[index]
        return source + min(offset - shown, length)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of the shown text as a span of the source."""
        if end <= start:
            at = self.source_offset(start)
            return (at, at)
        return (self.source_offset(start), self.source_offset(end - 1) + 1)


@dataclass(frozen=True, slots=True)
class RenderedMarkdown:
    text: str
    styles: tuple[StyleSpan, ...]
    source_map: SourceMap
    title: str | None
    """The text of the first level-1 heading (else of the first heading), if any."""


def render_markdown(source: str) -> RenderedMarkdown:
    """``source`` as the reader shows it, with its formatting and a map back to it."""
    parser = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    writer = _Writer(source)
    writer.blocks(parser.parse(source))
    return writer.result()


class _Writer:
    """Writes shown text while walking the token stream; opens and closes spans."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        self.pending_break = ""
        self.styles: list[StyleSpan] = []
        self.open: list[tuple[int, StyleKind, int, str | None]] = []
        self.runs: list[tuple[int, int, int]] = []
        self.line_starts = [0]
        for index, char in enumerate(source):
            if char == "\n":
                self.line_starts.append(index + 1)
        self.cursor = 0
        self.block_end = len(source)
        self.lists: list[list[int | None]] = []
        """Per open list: [next number] for an ordered list, [None] for bullets."""
        self.quote_depth = 0
        self.headings: list[tuple[int, str]] = []

    # Output ----------------------------------------------------------------

    def write(self, text: str, source_search: bool = False) -> None:
        if not text:
            return
        self._flush_break()
        if source_search:
            found = self.source.find(text, self.cursor, self.block_end)
            if found != -1:
                self.runs.append((self.length, found, len(text)))
                self.cursor = found + len(text)
        self.parts.append(text)
        self.length += len(text)

    def _at_line_start(self) -> bool:
        return not self.length or bool(self.pending_break) or self.parts[-1].endswith("\n")

    def _flush_break(self) -> None:
        if self.pending_break and self.length:
            self.parts.append(self.pending_break)
            self.length += len(self.pending_break)
        self.pending_break = ""

    def end_block(self, separator: str = "\n\n") -> None:
        self.pending_break = separator

    def begin(self, kind: StyleKind, level: int = 0, target: str | None = None) -> None:
        self._flush_break()
        self.open.append((self.length, kind, level, target))

    def finish(self, kind: StyleKind) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            start, open_kind, level, target = self.open[index]
            if open_kind == kind:
                del self.open[index]
                if self.length > start:
                    self.styles.append(StyleSpan(start, self.length, kind, level, target))
                return

    def result(self) -> RenderedMarkdown:
        text = "".join(self.parts)
        if text and not text.endswith("\n"):
            text += "\n"
        title = next((t for level, t in self.headings if level == 1), None)
        if title is None and self.headings:
            title = self.headings[0][1]
        styles = tuple(sorted(self.styles, key=lambda s: (s.start, -s.end)))
        return RenderedMarkdown(text, styles, SourceMap(tuple(self.runs)), title)

    # Blocks ----------------------------------------------------------------

    def blocks(self, tokens: list[Token]) -> None:
        for token in tokens:
            kind = token.type
            if token.map is not None:
                self.cursor = max(self.cursor, self.line_starts[min(token.map[0], len(self.line_starts) - 1)])
                end_line = token.map[1]
                self.block_end = self.line_starts[end_line] if end_line < len(self.line_starts) else len(self.source)
            if kind == "heading_open":
                self.begin("heading", int(token.tag[1:]))
            elif kind == "heading_close":
                start = self.open[-1][0] if self.open else self.length
                self.headings.append((int(token.tag[1:]), "".join(self.parts)[start:].strip()))
                self.finish("heading")
                self.end_block()
            elif kind == "paragraph_close":
                self.end_block("\n" if token.hidden else "\n\n")
            elif kind == "blockquote_open":
                self.quote_depth += 1
                self.begin("blockquote", self.quote_depth)
            elif kind == "blockquote_close":
                self.finish("blockquote")
                self.quote_depth -= 1
                self.end_block()
            elif kind in ("bullet_list_open", "ordered_list_open"):
                start = token.attrGet("start")
                self.lists.append([int(start) if start is not None else 1] if kind == "ordered_list_open" else [None])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
                self.end_block("\n" if self.lists else "\n\n")
            elif kind == "list_item_open":
                self._bullet()
            elif kind == "inline":
                self.inline(token.children or [])
            elif kind in ("fence", "code_block"):
                self.begin("code")
                self.write(token.content.rstrip("\n"), source_search=True)
                self.finish("code")
                self.end_block()
            elif kind == "hr":
                self.begin("rule")
                self.write(RULE)
                self.finish("rule")
                self.end_block()
            elif kind in ("th_open", "td_open") and self.parts and not self.parts[-1].endswith("\n"):
                if self.pending_break == "":
                    self.write(TABLE_CELL_SEPARATOR)
            elif kind == "tr_close":
                self.end_block("\n")
            elif kind == "table_close":
                self.end_block()
            # html_block, front matter and the *_open/close of paragraphs and tables
            # write nothing of their own.

    def _bullet(self) -> None:
        counter = self.lists[-1]
        indent = "  " * (len(self.lists) - 1)
        if counter[0] is None:
            marker = BULLET
        else:
            marker = f"{counter[0]}. "
            counter[0] += 1
        self.begin("bullet", len(self.lists))
        self.write(indent + marker)
        self.finish("bullet")
        self.pending_break = ""

    # Inline ----------------------------------------------------------------

    def inline(self, children: list[Token]) -> None:
        for child in children:
            kind = child.type
            if kind == "text":
                text = child.content
                if self._at_line_start():
                    text = text.lstrip(" ")  # what a dropped image or tag left behind
                self.write(text, source_search=True)
            elif kind == "softbreak":
                self.write(" ")
            elif kind == "hardbreak":
                self.write("\n")
            elif kind == "code_inline":
                self.begin("code")
                self.write(child.content, source_search=True)
                self.finish("code")
            elif kind == "strong_open":
                self.begin("strong")
            elif kind == "strong_close":
                self.finish("strong")
            elif kind == "em_open":
                self.begin("emphasis")
            elif kind == "em_close":
                self.finish("emphasis")
            elif kind == "link_open":
                href = child.attrGet("href")
                self.begin("link", target=str(href) if href is not None else None)
            elif kind == "link_close":
                self.finish("link")
            # images (their alt text is a caption, not the article), inline HTML
            # tags and strikethrough markers write nothing.
