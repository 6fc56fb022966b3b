"""What the keyboard meets in a window: its mnemonics (Alt+letter) and its tab chain.

A *page* is what is on screen at once: a window's menu bar, its buttons, and the
visible tab of any tab widget. Two mnemonics on one page clash. A mnemonic on a
label must reach a field that takes the focus. The tab chain is walked with
``focusNextPrevChild``, as Tab does.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDateEdit,
    QFrame,
    QGroupBox,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def rich(label: QLabel) -> bool:
    """Rich text shows no mnemonic (its ``&nbsp;`` is not one)."""
    return label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in label.text())


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled()


def page_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every mnemonic on what is on screen now, menus of a main window included."""
    found = []
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                found.append((letter, f"menu {action.text()}"))
    for w in window.findChildren(QWidget):
        if not shown(w, window):
            continue
        if isinstance(w, QAbstractButton | QGroupBox):
            text = w.text() if isinstance(w, QAbstractButton) else w.title()
        elif isinstance(w, QLabel) and not rich(w):
            text = w.text() if w.buddy() is not None else ""
        else:
            text = ""
        if letter := mnemonic(text):
            found.append((letter, f"{type(w).__name__} {text}"))
    for tabs in window.findChildren(QTabWidget):
        if shown(tabs, window):
            for i in range(tabs.count()):
                if letter := mnemonic(tabs.tabText(i)):
                    found.append((letter, f"tab {tabs.tabText(i)}"))
    return found


def clashes(window: QWidget) -> list[str]:
    found = page_mnemonics(window)
    twice = {letter for letter, n in Counter(letter for letter, _ in found).items() if n > 1}
    return sorted(f"Alt+{letter.upper()}: {where}" for letter, where in found if letter in twice)


def dead_labels(window: QWidget) -> list[str]:
    """Labels with a mnemonic whose buddy is missing, hidden or takes no focus.

    Qt moves the focus only to a buddy that itself takes focus (a focus proxy is not enough).
    """
    dead = []
    for label in window.findChildren(QLabel):
        if not shown(label, window) or rich(label) or not mnemonic(label.text()):
            continue
        buddy = label.buddy()
        if buddy is None or not buddy.isVisibleTo(window) or buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
            dead.append(label.text())
    return dead


def tab_chain(window: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab visits, in order, once round."""
    window.show()
    window.activateWindow()
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _ in range(limit):
        window.focusNextPrevChild(True)
        QApplication.processEvents()
        w = QApplication.focusWidget() or window.focusWidget()
        if w is None or (seen and w is seen[0]):
            break
        seen.append(w)
    return seen


def invisible_stops(chain: list[QWidget], window: QWidget) -> list[str]:
    """Stops that show nothing to type into or press: a scroll area, a frame, a stack, a bare container."""
    bad = []
    for w in chain:
        container = type(w) in (QWidget, QFrame, QStackedWidget) or (
            isinstance(w, QAbstractScrollArea) and type(w).__name__ in ("QScrollArea",))
        if container or not w.isVisibleTo(window) or not w.isEnabled():
            bad.append(f"{type(w).__name__} {w.accessibleName()!r}")
    return bad


def date_stops(chain: list[QWidget]) -> list[str]:
    """A date field must be one stop: one Tab press leaves it (Qt's own date edit walks its sections first)."""
    trapped = []
    for date in (w for w in chain if isinstance(w, QDateEdit)):
        date.setFocus()
        QApplication.processEvents()
        QTest.keyClick(date, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is date:
            trapped.append(date.accessibleName())
    return trapped


def press(key: str) -> int:
    """Press one key (a Qt key name, with Ctrl+ or Alt+) or type text a key a character; return the count."""
    named_key = len(key) > 1 and (key.startswith(("Ctrl+", "Alt+")) or key in ("Tab", "Down", "Up", "Return",
                                                                             "Space"))
    if not named_key:
        for ch in key:
            QTest.keyClicks(QApplication.focusWidget(), ch)
        return len(key)
    combo = QKeySequence(key)[0]
    QTest.keyClick(QApplication.focusWidget(), combo.key(), combo.keyboardModifiers())
    QTest.qWait(150 if key.startswith("Alt+") else 0)  # a mnemonic on a button clicks it with a short animation
    return 1


def keyboard_faults(window: QWidget) -> list[str]:
    """Every keyboard fault on what ``window`` shows now."""
    window.show()
    chain = tab_chain(window)
    return ([f"clash {c}" for c in clashes(window)] + [f"dead label {t}" for t in dead_labels(window)]
            + [f"invisible stop {s}" for s in invisible_stops(chain, window)]
            + [f"date takes two stops: {d}" for d in date_stops(chain)])
