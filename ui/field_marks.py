"""Marking the visit form's fields with their problems, touching only what changed.

Restyling a field makes Qt repolish and repaint it; doing it for every field on every key press cost
more than the checks themselves. Each field's style, tooltip and description are compared with what
they should be and set only when they differ.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from icvapp.ui.palette import Role, invalid_style, text_colour
from icvapp.visits.validation import Problem


def hint(widget: QWidget) -> str:
    """What a field says about itself when it has no problem (its description as built, or a sum's own words)."""
    if widget.property("hint") is None:
        widget.setProperty("hint", widget.accessibleDescription())
    return widget.property("hint")


def mark_fields(fields: dict[str, QWidget], problems: list[Problem]) -> None:
    """An error's field gets the error border; every problem's field says it in its tooltip and description
    (the last problem of a field wins, as it is listed last); every other field says its own words."""
    error_style = invalid_style() if any(p.is_error for p in problems) else ""
    marks: dict[str, tuple[str, str]] = {}
    for p in problems:
        widget = fields.get(p.field)
        if widget is not None:
            style = error_style if p.is_error else marks.get(p.field, ("", ""))[0]
            marks[p.field] = (style, " ".join(text for text in (p.message, hint(widget)) if text))
    for key, widget in fields.items():
        style, said = marks.get(key) or ("", hint(widget))
        if widget.styleSheet() != style:
            widget.setStyleSheet(style)
        if widget.toolTip() != said:
            widget.setToolTip(said)
        if widget.accessibleDescription() != said:
            widget.setAccessibleDescription(said)


def fill_problem_list(widget: QListWidget, listed: list[tuple[str, str, bool]], before: list | None) -> list:
    """The list of problems (text, field, is an error), rebuilt only when it differs from ``before``."""
    if listed != before:
        widget.clear()
        for text, field, is_error in listed:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, field)
            item.setForeground(text_colour(Role.ERROR if is_error else Role.WARNING))
            widget.addItem(item)
    return listed


def show_section_messages(sections: list, messages: list[list], before: dict[int, list]) -> dict[int, list]:
    """Each section's messages beside its fields, set only for a section whose messages changed."""
    for i, (section, said) in enumerate(zip(sections, messages, strict=True)):
        if before.get(i) != said:
            section.show_messages(said)
            before[i] = said
    return before
