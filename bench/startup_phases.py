"""Where the app's start-up time goes: the steps of ``icvapp.gui.app.run_gui``, timed one by one.

Run in a fresh process by ``bench.run`` (imports are part of what is measured).
Mirrors run_gui for an existing keychain profile; prints one JSON object of
phase -> seconds. Diagnostic only: the headline figure is the whole process.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> int:
    data_dir = Path(sys.argv[1])
    phases: dict[str, float] = {}
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        phases[name] = now - t
        t = now

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    lap("import PySide6 QtCore+QtWidgets")
    app = QApplication(sys.argv[:1])
    lap("QApplication()")
    import sqlalchemy.orm  # noqa: F401

    lap("import sqlalchemy + sqlalchemy.orm")
    from icvapp.profile.context import open_profile

    lap("import icvapp.profile (model, storage, keys)")
    import keyring

    lap("import keyring")
    keyring.get_keyring()
    lap("keyring.get_keyring() (backend discovery)")
    from icvapp.storage.keys import SERVICE, read_keyinfo

    info = read_keyinfo(data_dir)
    keyring.get_password(SERVICE, info.profile_id)
    lap("keyring.get_password (keychain round trip)")
    ctx = open_profile(data_dir)
    lap("open_profile again (key + SQLCipher open + schema check)")
    from icvapp.ui.main_window import MainWindow

    lap("import icvapp.gui.main_window (+ form, list, widgets)")
    window = MainWindow(ctx)
    lap("MainWindow(ctx) (includes loading the visit list)")
    window.show()
    lap("window.show()")
    QTimer.singleShot(0, app.quit)
    app.exec()
    lap("event loop until idle")
    ctx.close()
    print(json.dumps(phases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
