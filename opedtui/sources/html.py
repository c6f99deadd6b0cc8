"""A web page to its article: the main text, title, byline and date, without the
navigation, share buttons, related links, captions, ads and footer around it.

trafilatura finds the article (it is the standard open-source extractor and scores
best on the published benchmarks); its Markdown output then goes through
``render_markdown`` so headings, emphasis and lists keep their formatting. It takes
about a third of a second to import, so it is imported only when a page is loaded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from opedtui.sources.formatting import StyleSpan
from opedtui.sources.markdown import render_markdown


class NoArticleError(ValueError):
    """The page has no article text trafilatura can find (an index page, a login wall)."""


@dataclass(frozen=True, slots=True)
class WebArticle:
    text: str
    styles: tuple[StyleSpan, ...]
    title: str | None
    byline: str | None
    date: str | None
    """ISO 8601 (YYYY-MM-DD), as trafilatura's htmldate finds it."""


def extract_article(html: str, url: str | None = None) -> WebArticle:
    """The article in ``html`` (``url`` helps resolve metadata); NoArticleError if none."""
    import trafilatura

    _keep_library_logs_off_the_terminal()

    found = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,  # leave out borderline blocks: related links, teasers
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=True,
        with_metadata=True,
    )
    markdown = getattr(found, "text", None)  # Markdown, given include_formatting
    if not isinstance(markdown, str) or not markdown.strip():
        raise NoArticleError("no article text found on the page")
    rendered = render_markdown(markdown)
    title = _clean(getattr(found, "title", None)) or rendered.title
    return WebArticle(
        rendered.text,
        rendered.styles,
        title,
        _clean(getattr(found, "author", None)),
        _clean(getattr(found, "date", None)),
    )


def _keep_library_logs_off_the_terminal() -> None:
    """trafilatura and its helpers log warnings ("empty HTML tree"); with no handler
    configured, Python would print them over the reader's screen."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    collapsed = " ".join(value.split())
    return collapsed or None
