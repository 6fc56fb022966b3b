"""A second start-up reference: the least a passphrase dialog can be in PySide6.

A QDialog with a wrapped label, a password field and OK/Cancel buttons, shown, the event loop entered
once, then quit: what any unlock window costs before its app does anything of its own. ``bench.run``
reports it against the bare window in the same run, beside icvapp's unlock dialog.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout


def main() -> int:
    app = QApplication(sys.argv)
    dialog = QDialog()
    dialog.setWindowTitle("Unlock")
    dialog.setMinimumWidth(520)
    layout = QVBoxLayout(dialog)
    label = QLabel("<b>Enter your passphrase</b><br>Your data in this folder is protected by your passphrase.")
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(QLineEdit(echoMode=QLineEdit.EchoMode.Password))
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel))
    dialog.show()
    QTimer.singleShot(0, lambda: (print(f"ICVAPP_READY {time.time():.6f}", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
