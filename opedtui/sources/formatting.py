"""Formatting over the text the reader shows: spans, so offsets stay the engine's offsets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

StyleKind = Literal["heading", "strong", "emphasis", "link", "code", "blockquote", "bullet", "rule"]


@dataclass(frozen=True, slots=True)
class StyleSpan:
    """``text[start:end]`` is drawn as ``kind`` (a level-1 heading, a link to ``target``...)."""

    start: int
    end: int
    kind: StyleKind
    level: int = 0
    """The heading level (1-6) or the nesting depth of a list or block quote."""
    target: str | None = None
    """Where a link points."""
