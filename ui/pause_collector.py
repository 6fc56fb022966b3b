"""Python's garbage collector, kept out of the middle of a key press while the visit form is on screen.

The collector's older generations walk every object the app holds (the window, the form, the database
layer): tens of milliseconds on a busy laptop, long enough to make a key press stutter. While the form is
on screen the young generation is collected as usual and the older ones wait for a pause in the typing
(``COLLECT_IDLE_MS``) or the next save, whichever comes first; off screen the usual thresholds return.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: A pause in the typing this long lets the older generations be collected.
COLLECT_IDLE_MS = 300
#: While the form is on screen: the young generation as usual, the older ones only at a pause or a save.
TYPING_THRESHOLDS = (700, 1_000_000, 1_000_000)
_usual: tuple[int, int, int] | None = None


class PauseCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=COLLECT_IDLE_MS)
        self.timer.timeout.connect(self.collect)

    def typed(self) -> None:
        """A key was pressed: collect once the typing pauses."""
        self.timer.start()

    def collect(self) -> None:
        self.timer.stop()
        gc.collect(1)

    def flush(self) -> None:
        """At a save: however fast the typing, what waited is collected now."""
        if self.timer.isActive():
            self.collect()

    @staticmethod
    def hold() -> None:
        """The form is on screen: the older generations wait for pauses."""
        global _usual
        if _usual is None:
            _usual = gc.get_threshold()
            gc.set_threshold(*TYPING_THRESHOLDS)

    @staticmethod
    def release() -> None:
        """The form is off screen: the collector's usual thresholds again."""
        global _usual
        if _usual is not None:
            gc.set_threshold(*_usual)
            _usual = None
