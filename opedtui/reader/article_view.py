"""The article pane: a line-API view of the whole document with quotes highlighted.

Only the lines on screen are ever styled: the document is wrapped by
:class:`TextLayout` into offset pairs, and ``render_line`` styles one of them on
demand (cached). Text is never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from opedtui.engine.wrapping import reflow_hard_wrapped
from opedtui.reader.document import READING_WIDTH, TextLayout, sanitize
from opedtui.reader.formatting import COMPONENT_OF_KIND, FORMATTING_CSS, FormatSpans
from opedtui.reader.messages import QuoteChosen, ReadingPosition
from opedtui.reader.quotes import ALL, Filter, QuoteSet
from opedtui.reader.styles import layer_style
from opedtui.sources.formatting import StyleSpan

CONTEXT_LINES = 2
"""Lines of text kept above a quote the view jumps to."""


def _shown(text: str) -> str:
    """What the pane draws: the text made safe to print, then a hard-wrapped
    text's paragraphs reflowed (after, so lines ended by carriage returns alone
    are lines by then). Both keep its length, so quote offsets hold."""
    return reflow_hard_wrapped(sanitize(text), indented=False)


class ArticleView(ScrollView, can_focus=True):
    """The document, wrapped to at most 80 columns and centred (a hard-wrapped
    text's paragraphs reflowed to fit)."""

    BINDINGS = [
        Binding("down,j", "line(1)", "Down", show=False),
        Binding("up,k", "line(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "top", "Top", show=False),
        Binding("G,end", "bottom", "Bottom", show=False),
    ]

    COMPONENT_CLASSES = {
        "article-view--selected",
        "article-view--dimmed",
        "article-view--match",
        "article-view--match-current",
        *COMPONENT_OF_KIND.values(),
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        .article-view--selected { text-style: bold; }
        .article-view--dimmed { color: $text-disabled; }
        .article-view--match { background: $warning 40%; }
        .article-view--match-current { background: $warning; color: $background; text-style: bold; }
    }
    """ + FORMATTING_CSS

    def __init__(
        self, text: str = "", *, styles: Iterable[StyleSpan] = (), name: str | None = None, id: str | None = None
    ) -> None:
        super().__init__(name=name, id=id)
        self.text = _shown(text)
        self.formatting = FormatSpans(styles)
        self.layout_: TextLayout | None = None
        self.quote_set = QuoteSet()
        self.selected: int | None = None
        self.speaker_filter: Filter = ALL
        self.matches: list[tuple[int, int]] = []
        self._match_starts: list[int] = []
        self.current_match: int | None = None
        self._cache: LRUCache[tuple[int, int, int], Strip] = LRUCache(1024)
        self._version = 0
        self._pad = 0
        self._quiet = False
        self._anchor: int | None = None

    # Content ---------------------------------------------------------------

    def load(self, text: str, keep_offset: int | None = None, styles: Iterable[StyleSpan] = ()) -> None:
        """Show new text (with its formatting); scroll so ``keep_offset`` (if given) is on the top line."""
        self.text = _shown(text)
        self.formatting = FormatSpans(styles)
        self.layout_ = None
        self.quote_set = QuoteSet()
        self.selected = None
        self.set_matches([], None)
        self._anchor = keep_offset
        self._relayout()

    def set_quotes(self, quote_set: QuoteSet, selected: int | None, speaker_filter: Filter) -> None:
        self.quote_set = quote_set
        self.selected = selected
        self.speaker_filter = speaker_filter
        self._invalidate()

    def set_styles(self, styles: Iterable[StyleSpan]) -> None:
        """Formatting (Markdown headings, emphasis, links) over the current text."""
        self.formatting = FormatSpans(styles)
        self._invalidate()

    def set_selected(self, selected: int | None) -> None:
        if selected != self.selected:
            self.selected = selected
            self._invalidate()

    def set_filter(self, speaker_filter: Filter) -> None:
        if speaker_filter != self.speaker_filter:
            self.speaker_filter = speaker_filter
            self._invalidate()

    def set_matches(self, matches: list[tuple[int, int]], current: int | None) -> None:
        self.matches = matches
        self._match_starts = [s for s, _ in matches]
        self.current_match = current
        self._invalidate()

    def _invalidate(self) -> None:
        self._version += 1
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._invalidate()

    # Layout ----------------------------------------------------------------

    @property
    def wrap_width(self) -> int:
        width = self.scrollable_content_region.width
        return max(10, min(READING_WIDTH, width - 2))

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        wrap = self.wrap_width
        anchor = self._anchor
        layout = self.layout_
        if (
            anchor is None
            and layout is not None
            and layout.width == wrap
            and layout.text is self.text
            and self.virtual_size.width == width
        ):
            return  # already laid out at this width (the first draw did it)
        if anchor is None and self.layout_ is not None:
            anchor = self.top_offset
        if self.layout_ is None or self.layout_.width != wrap or self.layout_.text is not self.text:
            self.layout_ = TextLayout(self.text, wrap)
        self._pad = max(0, (width - wrap) // 2)
        self.virtual_size = Size(width, len(self.layout_))
        self._scroll_update(self.virtual_size)  # scrollbars now, not at the next layout
        self._cache.clear()
        self._anchor = None
        if anchor is not None:
            self._scroll_to_line(self.layout_.line_of(anchor), quiet=True)
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    @property
    def top_offset(self) -> int:
        """Offset of the first character on the top line of the view."""
        if not self.layout_ or not len(self.layout_):
            return 0
        line = min(len(self.layout_) - 1, round(self.scroll_y))
        return self.layout_.span(line)[0]

    def visible_range(self) -> tuple[int, int]:
        """``[start, end)`` offsets of the text on screen."""
        if not self.layout_ or not len(self.layout_):
            return (0, 0)
        top = min(len(self.layout_) - 1, round(self.scroll_y))
        bottom = min(len(self.layout_) - 1, top + max(1, self.scrollable_content_region.height) - 1)
        return (self.layout_.span(top)[0], self.layout_.span(bottom)[1])

    def is_visible(self, start: int, end: int) -> bool:
        """Whether text ``[start, end)`` is entirely on screen."""
        if not self.layout_:
            return False
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        first = self.layout_.line_of(start)
        last = self.layout_.line_of(max(start, end - 1))
        return top <= first and last < top + height

    # Scrolling -------------------------------------------------------------

    def _scroll_to_line(self, line: int, quiet: bool) -> None:
        previous, self._quiet = self._quiet, quiet
        try:
            self.scroll_to(y=max(0, line), animate=False, immediate=True)
        finally:
            self._quiet = previous

    def scroll_to_span(self, start: int, end: int) -> None:
        """Bring ``[start, end)`` into view, a little below the top, unless it is there."""
        if self.layout_ is None or self.is_visible(start, end):
            return
        self._scroll_to_line(self.layout_.line_of(start) - CONTEXT_LINES, quiet=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._quiet and round(old_value) != round(new_value) and self.layout_ is not None:
            self.post_message(ReadingPosition(*self.visible_range()))

    def _user_scroll(self, y: float) -> None:
        self.scroll_to(y=y, animate=False, immediate=True)

    def action_line(self, step: int) -> None:
        self._user_scroll(self.scroll_y + step)

    def action_page(self, step: int) -> None:
        self._user_scroll(self.scroll_y + step * max(1, self.scrollable_content_region.height - 1))

    def action_top(self) -> None:
        self._user_scroll(0)

    def action_bottom(self) -> None:
        self._user_scroll(self.max_scroll_y)

    # Mouse -----------------------------------------------------------------

    def offset_at(self, x: int, y: int) -> int | None:
        """Document offset under the widget-relative cell ``(x, y)``."""
        if self.layout_ is None:
            return None
        return self.layout_.offset_at(round(self.scroll_y) + y, x - self._pad)

    def on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)
        offset = None if where is None else self.offset_at(where.x, where.y)
        if offset is None:
            return
        index = self.quote_set.at_offset(offset)
        if index is not None:
            event.stop()
            self.post_message(QuoteChosen(index, focus_article=True))

    # Rendering -------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # The size is known from the first layout on, but the Resize event only
        # arrives after the first draw: wrap the text now, so that draw shows it.
        if self.layout_ is None:
            self._relayout()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        key = (index, width, self._version)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_document_line(index, width)
            self._cache[key] = strip
        return strip

    def _render_document_line(self, index: int, width: int) -> Strip:
        base = self.rich_style
        layout = self.layout_
        if layout is None or index >= len(layout):
            return Strip.blank(width, base)
        start, end = layout.span(index)
        spans: list[tuple[int, int, Style]] = []
        self._format_spans(start, end, spans)
        self._quote_spans(start, end, spans)
        self._match_spans(start, end, spans)
        segments = [Segment(" " * self._pad, base)] if self._pad else []
        segments.extend(styled_segments(self.text[start:end], base, spans))
        return Strip(segments).adjust_cell_length(width, base)

    def _format_spans(self, start: int, end: int, spans: list[tuple[int, int, Style]]) -> None:
        for span in self.formatting.overlapping(start, end):
            style = layer_style(self, COMPONENT_OF_KIND[span.kind])
            if span.kind == "link" and span.target:
                style += Style(link=span.target)
            spans.append((max(span.start, start) - start, min(span.end, end) - start, style))

    def _quote_spans(self, start: int, end: int, spans: list[tuple[int, int, Style]]) -> None:
        quotes = self.quote_set
        if not len(quotes):
            return
        dimmed = layer_style(self, "article-view--dimmed")
        selected_style = layer_style(self, "article-view--selected")
        for i in quotes.overlapping(start, end):
            quote = quotes.quotes[i]
            if quote.outer_end <= start or quote.outer_start >= end:
                continue
            s, e = max(quote.outer_start, start) - start, min(quote.outer_end, end) - start
            if not quotes.matches(i, self.speaker_filter):
                spans.append((s, e, dimmed))
            elif i == self.selected:
                colour = quotes.colour(quote)
                spans.append((s, e, Style(color="#101010", bgcolor=colour) + selected_style))
            else:
                spans.append((s, e, Style(color=quotes.colour(quote))))

    def _match_spans(self, start: int, end: int, spans: list[tuple[int, int, Style]]) -> None:
        if not self.matches:
            return
        match_style = layer_style(self, "article-view--match")
        current_style = layer_style(self, "article-view--match-current")
        first = max(0, bisect_right(self._match_starts, start) - 1)
        last = bisect_left(self._match_starts, end)
        for i in range(first, last):
            s, e = self.matches[i]
            if e <= start or s >= end:
                continue
            style = current_style if i == self.current_match else match_style
            spans.append((max(s, start) - start, min(e, end) - start, style))

    # Search ----------------------------------------------------------------

    def match_after(self, offset: int, step: int) -> int | None:
        """Index of the first match starting after (step 1) or before (-1) ``offset``, wrapping."""
        if not self.matches:
            return None
        if step > 0:
            i = bisect_right(self._match_starts, offset)
            return i if i < len(self.matches) else 0
        i = bisect_left(self._match_starts, offset) - 1
        return i if i >= 0 else len(self.matches) - 1



def styled_segments(text: str, base: Style, spans: list[tuple[int, int, Style]]) -> list[Segment]:
    """``text`` cut into segments where ``spans`` (later ones on top) change its style."""
    if not spans:
        return [Segment(text, base)] if text else []
    points = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    segments = []
    for a, b in zip(points, points[1:]):
        if a >= b:
            continue
        style = base
        for s, e, span_style in spans:
            if s <= a and b <= e:
                style = style + span_style
        segments.append(Segment(text[a:b], style))
    return segments
