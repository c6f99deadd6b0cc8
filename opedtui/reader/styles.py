"""Turning a widget's component classes into Rich styles that layer cleanly."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def layer_style(widget: Widget, component: str) -> Style:
    """The style ``component`` sets, with colours blended, to lay over other styles.

    A partial style keeps only what the component class sets, but its colours may
    carry an alpha that Rich cannot blend; the full style has blended colours but
    also everything the widget inherits. This takes the attributes from the one
    and the colours from the other.
    """
    full = widget.get_component_rich_style(component)
    partial = widget.get_component_rich_style(component, partial=True)
    return Style(
        color=full.color if partial.color is not None else None,
        bgcolor=full.bgcolor if partial.bgcolor is not None else None,
        bold=partial.bold,
        dim=partial.dim,
        italic=partial.italic,
        underline=partial.underline,
        reverse=partial.reverse,
        strike=partial.strike,
    )
