"""A volunteer typing into a new visit report, run as a real process that the test kills.

Prints "SAVED <visit id>" each time autosave has put the text on disk.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from icvapp.profile.context import open_profile
from icvapp.ui.main_window import MainWindow


def main() -> None:
    app = QApplication([])
    ctx = open_profile(Path(sys.argv[1]), os.environ["ICVAPP_PASSPHRASE"])
    window = MainWindow(ctx)
    window.show()
    window.open_visit(None)
    form = window.form
    form.tabs.setCurrentIndex(4)
    form.closeout.observations.setFocus()
    form.saved.connect(lambda vid: print(f"SAVED {vid} {len(form.closeout.observations.toPlainText())}",
                                         flush=True))
    QTest.keyClicks(form.closeout.observations, sys.argv[2])
    QTest.keyClicks(form.closeout.officer_name, "Sgt Okoro")

    # Keep typing slowly, as a person would, until killed.
    def more() -> None:
        QTest.keyClicks(form.closeout.positive, "x")

    timer = QTimer(interval=200, timeout=more)
    timer.start()
    app.exec()


main()
