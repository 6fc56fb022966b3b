"""Guards against a Qt binding that corrupts the interpreter during a long typing session."""

import sys

from PySide6.QtWidgets import QLineEdit


def test_void_calls_do_not_eat_references_to_none(qtbot):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void
    call; a volunteer's long report then crashes the app ("deallocating None")."""
    field = QLineEdit()
    qtbot.addWidget(field)
    before = sys.getrefcount(None)
    for _ in range(5000):
        field.setStyleSheet("")
        field.setToolTip("")
    assert abs(sys.getrefcount(None) - before) < 100
