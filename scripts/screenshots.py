"""Regenerate the README's screenshots from the demo scheme, in a real window.

Run through scripts/screenshots (it starts Xvfb); writes docs/screenshots/*.png.
"""

from __future__ import annotations

import os
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from icvapp.demo.create import create_demo
from icvapp.profile.context import create_profile
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.ui.main_window import MainWindow

OUT = Path(os.environ.get("ICVAPP_SCREENSHOTS") or Path(__file__).resolve().parent.parent / "docs" / "screenshots")


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def shoot(app: QApplication, window: MainWindow, name: str) -> None:
    settle(app)
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / name}.png")


def shoot_dialog(app: QApplication, dialog, name: str) -> None:
    dialog.show()
    settle(app)
    dialog.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / name}.png")
    dialog.close()


def pdf_page(pdf: Path, page: int, name: str) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(OUT / name)], check=True)
    print(f"wrote {OUT / name}.png")


def signing_shots(app: QApplication, window: MainWindow, ctx, tmp: Path) -> None:
    from icvapp.demo.create import DEMO_PIN
    from icvapp.ui.signing_setup import SigningSetupDialog
    from icvapp.ui.signoff_dialog import SignOffDialog
    from icvapp.ui.verify_dialog import VerifyDialog

    sign = SignOffDialog(ctx, 2, window)
    sign.pad.strokes = [[[60 + 8 * i, 250 - int(90 * ((i % 12) / 12)) + (i % 3) * 10] for i in range(60)],
                        [[70, 320], [640, 300]]]
    for v in sign.visitors:
        v.pin.setText(DEMO_PIN)
    shoot_dialog(app, sign, "signoff-dialog")

    window.open_visit(8)  # the demo's signed amendment
    shoot(app, window, "visit-form-sealed")

    pdf = tmp / "signed.pdf"
    export_visit_pdf(ctx, 8, pdf)
    pdf_page(pdf, 2, "signed-report-signoff")
    check = VerifyDialog(ctx, window, path=pdf)
    check.resize(760, 380)
    shoot_dialog(app, check, "verify-dialog")
    setup = SigningSetupDialog(ctx, window)
    setup.resize(760, 560)
    shoot_dialog(app, setup, "signing-setup")


def desk_shots(app: QApplication, window: MainWindow, ctx, tmp: Path) -> None:
    from icvapp.reports.board_pdf import export_board_pdf
    from icvapp.scheme.periods import quarter, quarter_of

    window.show_page(window.rota_view)
    shoot(app, window, "rota")
    window.show_page(window.issues_view)
    shoot(app, window, "issues")
    window.show_page(window.scheme_view)
    shoot(app, window, "scheme-setup")
    board = window.dashboard
    window.show_page(board)
    for _ in range(200):  # the figures are worked out off the GUI thread
        settle(app)
        if board.summary is not None:
            break
        time.sleep(0.05)
    shoot(app, window, "dashboard")
    fy, q = quarter_of(dt.date.today())
    fy, q = (fy, q - 1) if q > 1 else (fy - 1, 4)
    pdf = tmp / "board.pdf"
    export_board_pdf(ctx, quarter(fy, q), pdf)
    pdf_page(pdf, 1, "board-report")
    window.session_lock.lock()
    shoot(app, window, "locked")
    window.session_lock.screen.passphrase.setText("screenshot passphrase")
    window.session_lock.screen.try_unlock()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        ctx = create_profile(Path(tmp) / "demo", "passphrase", "Demo", "screenshot passphrase")
        create_demo(ctx)
        window = MainWindow(ctx)
        window.resize(1180, 780)
        window.show()
        shoot(app, window, "visit-list")

        window.open_visit(3)
        form = window.form
        form.tabs.setCurrentIndex(2)
        shoot(app, window, "visit-form-conversations")
        form.tabs.setCurrentIndex(1)
        shoot(app, window, "visit-form-detainees")

        window.open_visit(None)
        d = form.details
        d.suite.setCurrentIndex(1)
        d.visitor_a.setCurrentIndex(2)
        d.visitor_b.setCurrentIndex(2)
        d.arrival.setText("23:40")
        d.admitted.setText("00:25")
        d.departure.setText("01:10")
        form.counts.cells[("in_custody", "total")].setText("6")
        form.counts.cells[("offered", "total")].setText("8")
        form.show_problems()
        form.tabs.setCurrentIndex(0)
        shoot(app, window, "visit-form-checks")

        pdf = Path(tmp) / "report.pdf"
        export_visit_pdf(ctx, 3, pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(OUT / "visit-report")], check=True)
        print(f"wrote {OUT / 'visit-report.png'}")
        form.dirty = False
        signing_shots(app, window, ctx, Path(tmp))
        form.dirty = False
        desk_shots(app, window, ctx, Path(tmp))
        window.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
