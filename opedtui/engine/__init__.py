"""The attribution engine: finds quotations and who said them.

Pure Python, no Textual: the CLI and batch jobs import only this package.

One habit of its code: on the paths run for every quote, the smaller or larger
of two numbers is written as a conditional expression (``a if a < b else b``).
A call of the builtin min() or max() parses its arguments as generally as it
must, and costs many times more; colder code keeps the builtins.
"""

from opedtui.engine.pipeline import extract
from opedtui.engine.model import Analysis, Quote, QuoteKind, Speaker, Span

__all__ = ["Analysis", "Quote", "QuoteKind", "Speaker", "Span", "extract"]
