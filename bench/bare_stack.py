"""A third start-up reference: the least the stack can do to show a keychain profile's visit list.

QApplication and a QMainWindow, the key read from the OS keychain with ``keyring`` (as icvapp reads
it: the backend keyring chooses, then one lookup), the SQLCipher file opened with ``sqlcipher3`` and
that raw key, one query for the newest 200 visits with their place's name, a QTableView over a
QStandardItemModel filled with them, shown, the event loop entered once, then quit. No SQLAlchemy,
no icvapp module, no menus, no translations: it says how much of the main window's "usable" ratio
the chosen libraries cost before icvapp does anything of its own.

    python bench/bare_stack.py PROFILE_DIR PROFILE_ID
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

QUERY = ("SELECT v.visit_date, p.name, v.status FROM visit v LEFT JOIN place p ON p.id = v.place_id "
         "ORDER BY v.visit_date DESC, v.id DESC LIMIT 200")


def main() -> int:
    folder, profile_id = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare stack")
    window.resize(1024, 700)
    import keyring
    import sqlcipher3

    key = keyring.get_password("icvapp", profile_id)
    conn = sqlcipher3.connect(f"{folder}/icvapp.db")
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    rows = conn.execute(QUERY).fetchall()
    model = QStandardItemModel(len(rows), 3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(str(value)))
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.show()
    # The same marker as the app's (ui/app.py, ICVAPP_QUIT_WHEN_READY): shown, event loop idle.
    QTimer.singleShot(0, lambda: (print(f"ICVAPP_READY {time.time():.6f}", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
