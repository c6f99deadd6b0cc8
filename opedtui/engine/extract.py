"""Temporary stub: finds straight and curly double quotes, no speakers yet."""

from __future__ import annotations

import re

from opedtui.engine.model import Analysis, Quote

_PAIR = re.compile(r'["\u201c]([^"\u201c\u201d\n]+)["\u201d]')


def extract(text: str) -> Analysis:
    quotes = tuple(
        Quote(m.start(1), m.end(1), m.group(1), "direct", None, None, None, None, None, 0.0, m.start(), m.end())
        for m in _PAIR.finditer(text)
    )
    return Analysis(text, quotes, ())
