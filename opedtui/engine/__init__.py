"""The attribution engine: finds quotations and who said them.

Pure Python, no Textual: the CLI and batch jobs import only this package.

Its names are loaded on first use (PEP 562), so a module that needs only a
helper of the engine, such as the reader's line reflowing in ``wrapping``,
does not pay for compiling the rules' patterns before the first screen.

One habit of its code: on the paths run for every quote, the smaller or larger
of two numbers is written as a conditional expression (``a if a < b else b``).
A call of the builtin min() or max() parses its arguments as generally as it
must, and costs many times more; colder code keeps the builtins.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opedtui.engine.model import Analysis, Quote, QuoteKind, Speaker, Span
    from opedtui.engine.pipeline import extract

__all__ = ["Analysis", "Quote", "QuoteKind", "Speaker", "Span", "extract"]

_HOMES = {
    "extract": "opedtui.engine.pipeline",
    "Analysis": "opedtui.engine.model",
    "Quote": "opedtui.engine.model",
    "QuoteKind": "opedtui.engine.model",
    "Speaker": "opedtui.engine.model",
    "Span": "opedtui.engine.model",
}


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
