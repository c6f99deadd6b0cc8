"""The attribution engine: finds quotations and who said them.

Pure Python, no Textual: the CLI and batch jobs import only this package.
"""

from opedtui.engine.pipeline import extract
from opedtui.engine.model import Analysis, Quote, QuoteKind, Speaker, Span

__all__ = ["Analysis", "Quote", "QuoteKind", "Speaker", "Span", "extract"]
