"""Markdown and HTML formatting in the article pane: headings, emphasis, links, lists.

The spans come from ``opedtui.sources`` over the very text the engine analysed, so
they are drawn under the quote highlights with no offset arithmetic. No Textual
here; the article view turns each kind into the style of a component class.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import accumulate

from opedtui.sources.formatting import StyleSpan

COMPONENT_OF_KIND = {
    "heading": "article-view--heading",
    "strong": "article-view--strong",
    "emphasis": "article-view--emphasis",
    "link": "article-view--link",
    "code": "article-view--code",
    "blockquote": "article-view--blockquote",
    "bullet": "article-view--bullet",
    "rule": "article-view--rule",
}
FORMATTING_CSS = """
    ArticleView {
        .article-view--heading { text-style: bold; color: $accent; }
        .article-view--strong { text-style: bold; }
        .article-view--emphasis { text-style: italic; }
        .article-view--link { text-style: underline; color: $primary-lighten-2; }
        .article-view--code { background: $boost; }
        .article-view--blockquote { text-style: italic; color: $text-muted; }
        .article-view--bullet { color: $accent; }
        .article-view--rule { color: $text-disabled; }
    }
"""


class FormatSpans:
    """Formatting spans, in order, answering "which ones touch this line?" quickly."""

    def __init__(self, spans: Iterable[StyleSpan] = ()) -> None:
        self.spans = sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, -s.end))
        self._starts = [s.start for s in self.spans]
        # Running maximum of ends: a block quote spanning paragraphs still overlaps
        # lines far past its start.
        self._max_ends = list(accumulate((s.end for s in self.spans), max))

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, start: int, end: int) -> Iterator[StyleSpan]:
        """Spans that share at least one character with ``[start, end)``."""
        first = bisect_left(self._max_ends, start + 1)
        last = bisect_left(self._starts, end)
        for span in self.spans[first:last]:
            if span.end > start:
                yield span
