"""Save a screenshot of an X display once something has been drawn on it and stopped changing.

    DISPLAY=:N python tests/packaging/screen.py OUT.png [TIMEOUT_SECONDS]

Prints one line of JSON: the colours and coverage of the saved image, and whether it settled.
Run by tests/packaging/test_installed.py with the test venv's PySide6, as a second X client beside
the app under test (whose window it sees on the root window, as a user would).
"""

from __future__ import annotations

import json
import os
import sys
import time


def main() -> int:
    out, timeout = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()

    def stats(image) -> dict:
        colours, drawn, total = set(), 0, 0
        for y in range(0, image.height(), 8):
            for x in range(0, image.width(), 8):
                rgb = image.pixel(x, y) & 0xFFFFFF
                colours.add(rgb)
                drawn += rgb != 0  # Xvfb's root window is black
                total += 1
        return {"colours": len(colours), "coverage": round(drawn / total, 3),
                "width": image.width(), "height": image.height()}

    deadline, previous, settled = time.monotonic() + timeout, None, False
    while True:
        image = screen.grabWindow(0).toImage()
        info = stats(image)
        if info["colours"] >= 16 and info["coverage"] >= 0.2:
            if previous is not None and image == previous:
                settled = True
                break
            previous = image
        if time.monotonic() > deadline:
            break
        time.sleep(1.0)
    image.save(out)
    print(json.dumps(dict(info, settled=settled)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
