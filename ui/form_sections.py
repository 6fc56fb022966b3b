"""What every part of the visit form shares: the :class:`Section` base and its message lines.

Each section loads from and stores into a :class:`~icvapp.record.VisitRecord`,
emits ``changed`` on any edit, and registers its controls under the field
keys that :mod:`icvapp.validation` uses, so problems appear beside the field.
The sections themselves live in their own modules: :mod:`icvapp.ui.details_section`,
:mod:`icvapp.ui.counts_grid`, :mod:`icvapp.ui.conversations`,
:mod:`icvapp.ui.inspection_section` and :mod:`icvapp.ui.closeout_section`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from icvapp.ui.palette import Role, text_style
from icvapp.ui.translation import translate


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(text_style(Role.ERROR))
    label.setAccessibleName(name)
    label.hide()
    return label


class Section(QWidget):
    """A part of the form. Problems show beside their field when it has a
    message label of its own, otherwise in the section's message area."""

    changed = Signal()
    #: The section's free-text areas: the form saves when the focus leaves one.
    text_areas: tuple = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.field_messages: dict[str, QLabel] = {}
        self.messages = message_label(translate("Section", "Problems in this section"))

    def register(self, key: str, widget: QWidget) -> QWidget:
        self.fields[key] = widget
        return widget

    def focus_target(self, key: str) -> QWidget | None:
        """Where the focus goes to fix a problem with field ``key``: the field itself, unless it is worked out."""
        return self.fields.get(key)

    def field_row(self, key: str, widget) -> QWidget:
        """The field with its own message line underneath, for a form row."""
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        if isinstance(widget, QWidget):
            col.addWidget(widget)
        else:
            col.addLayout(widget)
        label = message_label(translate("Section", "Problem with this field"))
        col.addWidget(label)
        self.field_messages[key] = label
        return box

    def labelled_row(self, form: QFormLayout, label: str, key: str, field: QWidget) -> None:
        box = self.field_row(key, field)  # the label's mnemonic reaches the field, not this box
        form.addRow(label, box)
        form.labelForField(box).setBuddy(field)

    def show_messages(self, problems) -> None:
        """Put each problem (field, text, is_error) beside its field, the rest at the top."""
        by_label: dict[int, list[str]] = {id(label): [] for label in self.field_messages.values()}
        loose: list[str] = []
        for field, text, is_error in problems:
            line = ("✖ " if is_error else "⚠ ") + text
            if field in self.field_messages:
                by_label[id(self.field_messages[field])].append(line)
            else:
                loose.append(line)
        for label in set(self.field_messages.values()):
            lines = by_label[id(label)]
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))
        self.messages.setText("\n".join(loose))
        self.messages.setVisible(bool(loose))

    def watch(self, *widgets: QWidget) -> None:
        """Emit ``changed`` whenever one of these controls is edited."""
        for w in widgets:
            for signal_name in ("textChanged", "currentIndexChanged", "toggled", "dateChanged"):
                signal = getattr(w, signal_name, None)
                if signal is not None:
                    signal.connect(self.changed)
                    break
