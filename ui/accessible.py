"""The accessible name and description a screen reader announces for a control.

Kept apart from ``widgets`` so the first windows (unlock, first run) name their controls without loading
the form's input widgets.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, description: str = "") -> W:
    """Give a control the accessible name a screen reader announces."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget
