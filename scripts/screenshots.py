"""Regenerate the README's screenshots from the demo scheme, in a real window.

Run through scripts/screenshots (it starts Xvfb); writes docs/screenshots/*.png, and the volunteer's
path in Welsh (cy-*.png) and in the pseudo-locale (pseudo-*.png). ``--languages-only`` skips the English set;
``--first-run-only`` writes only the first run's three doors, joining a scheme and unlocking (first-run-*.png);
``--dog-unit-only`` writes only the animal welfare scheme's form and reports (dog-unit-*.png).
"""

from __future__ import annotations

import datetime as dt
import os
import runpy
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from icvapp.demo.create import create_demo
from icvapp.profile.context import create_profile
from icvapp.reports.visit_pdf import export_visit_pdf
from icvapp.ui.focus_ring import install_focus_ring
from icvapp.ui.main_window import MainWindow
from icvapp.ui.translation import install_language

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

    sign = SignOffDialog(ctx, recorded_visit(ctx, "complete"), window)
    sign.pad.strokes = [[[60 + 8 * i, 250 - int(90 * ((i % 12) / 12)) + (i % 3) * 10] for i in range(60)],
                        [[70, 320], [640, 300]]]
    for v in sign.visitors:
        v.pin.setText(DEMO_PIN)
    shoot_dialog(app, sign, "signoff-dialog")

    amendment = recorded_visit(ctx, "sealed", amended=True)
    window.open_visit(amendment)
    shoot(app, window, "visit-form-sealed")

    pdf = tmp / "signed.pdf"
    export_visit_pdf(ctx, amendment, pdf)
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


def recorded_visit(ctx, status: str, *, amended: bool = False) -> int:
    """The newest visit in ``status`` recorded on the form, with conversations (the demo's oldest visits are a
    history import: counts only, nothing to show on the form); with ``amended``, the demo's signed amendment."""
    from icvapp.visits.store import VisitFilter, list_visits

    return next(v.id for v in list_visits(ctx.db, VisitFilter(), limit=1000, config=ctx.config)
                if v.status == status and v.conversations >= 1 and not v.superseded
                and (v.version > 1 or not amended))


def language_shots(app: QApplication, ctx, tmp: Path, language: str) -> None:
    """The volunteer's path in another language: cy-*.png (Welsh) and pseudo-*.png (the pseudo-locale)."""
    from icvapp.ui.dialogs import FirstRunDialog, UnlockDialog
    from icvapp.ui.signoff_dialog import SignOffDialog
    from icvapp.ui.translation import install_language, translate
    from icvapp.ui.verify_dialog import VerifyDialog

    source = None
    if language == "pseudo":
        source = tmp / "pseudo"
        runpy.run_path(str(Path(__file__).resolve().parent / "pseudo_locale.py"))["write"](source)
    install_language(app, language, source)
    prefix = f"{language}-"
    shoot_dialog(app, FirstRunDialog(str(tmp / "demo"), True, language=language), prefix + "first-run")
    hint = translate("Startup", "Your data in {folder} is protected by your passphrase.").format(folder=tmp / "demo")
    shoot_dialog(app, UnlockDialog(hint, lambda p: None), prefix + "unlock")
    window = MainWindow(ctx)
    window.resize(1180, 780)
    window.show()
    shoot(app, window, prefix + "visit-list")
    window.open_visit(recorded_visit(ctx, "complete"))
    for index, name in ((0, "details"), (1, "detainees"), (2, "conversations"), (3, "inspection"), (4, "close-out")):
        window.form.tabs.setCurrentIndex(index)
        shoot(app, window, f"{prefix}visit-form-{name}")
    window.open_visit(recorded_visit(ctx, "sealed", amended=True))
    shoot(app, window, prefix + "visit-form-sealed")
    shoot_dialog(app, SignOffDialog(ctx, recorded_visit(ctx, "complete"), window), prefix + "signoff-dialog")
    pdf = tmp / f"{language}.pdf"
    export_visit_pdf(ctx, recorded_visit(ctx, "sealed"), pdf)
    check = VerifyDialog(ctx, window, path=pdf)
    check.resize(760, 380)
    shoot_dialog(app, check, prefix + "verify-dialog")
    window.form.dirty = False
    window.close()
    install_language(app, "en")


def first_run_shots(app: QApplication, tmp: Path) -> None:
    """The three doors of the first run (first-run-*.png), the volunteer's two joining pages, and unlocking."""
    from icvapp.storage.model import Place, Volunteer
    from icvapp.trust import enrolment, enrolment_files
    from icvapp.ui.dialogs import FirstRunDialog, UnlockDialog
    from icvapp.ui.join_scheme import JoinSchemeDialog

    for door in ("volunteer", "office", "demo"):
        dialog = FirstRunDialog(str(tmp / "laptop"), True)
        {"volunteer": dialog.join, "office": dialog.own, "demo": dialog.demo}[door].setChecked(True)
        if door == "office":
            dialog.scheme_name.setText("Rutland ICV Scheme")
        shoot_dialog(app, dialog, f"first-run-{door}")
    office = create_profile(tmp / "office", "passphrase", "Rutland ICV Scheme", "screenshot passphrase")
    with office.db.session() as s:
        s.add_all([Place(name="Oakham", locations=8), Place(name="Uppingham", locations=6),
                   *(Volunteer(name=n) for n in ("Amrit Sandhu", "Bethan Rees", "Zoë Ó Briain"))])
    enrolment.set_up_scheme_root(office.db, "office root 2026")
    scheme_file = tmp / "Downloads" / "scheme.icvscheme"
    scheme_file.parent.mkdir(parents=True)
    scheme_file.write_bytes(enrolment_files.export_scheme_file(office.db, "office root 2026"))
    office.close()
    laptop = create_profile(tmp / "laptop", "passphrase", "My scheme", "screenshot passphrase")
    join = JoinSchemeDialog(laptop)
    join.path.setText(str(scheme_file))
    shoot_dialog(app, join, "first-run-join-file")
    join._read_file()
    join.people.setCurrentRow(1)
    join.pin.setText("bethan-2026")
    join.again.setText("bethan-2026")
    shoot_dialog(app, join, "first-run-join-you")
    laptop.close()
    unlock = UnlockDialog(f"Your data in {tmp / 'laptop'} is protected by your passphrase.", lambda p: None,
                          recover=lambda text, p: None)
    unlock.show()
    unlock.use_recovery.click()
    unlock.adjustSize()
    shoot_dialog(app, unlock, "unlock-recovery")


def dog_unit_shots(app: QApplication, tmp: Path) -> None:
    """The second scheme kind: the dog unit's visit form, its visit report and its quarterly Board report."""
    from icvapp.demo.dog_unit import DOG_SCHEME, create_dog_unit_demo
    from icvapp.reports.board_pdf import export_board_pdf
    from icvapp.scheme.periods import quarter, quarter_of
    from icvapp.visits.store import VisitFilter, list_visits

    ctx = create_profile(tmp / "dogs", "passphrase", DOG_SCHEME, "screenshot passphrase", kind="dog_unit")
    create_dog_unit_demo(ctx)
    window = MainWindow(ctx)
    window.resize(1180, 780)
    window.show()
    visits = list_visits(ctx.db, VisitFilter(), config=ctx.config)
    latest = next(v.id for v in visits if v.status == "sealed")
    window.open_visit(next(v.id for v in visits if v.status == "draft"))  # this month's, still being written
    form = window.form
    for index, name in ((2, "dog-unit-form-dogs"), (4, "dog-unit-form-training")):
        form.tabs.setCurrentIndex(index)
        shoot(app, window, name)
    form.dirty = False
    pdf = tmp / "dog-visit.pdf"
    export_visit_pdf(ctx, latest, pdf)
    pdf_page(pdf, 1, "dog-unit-visit-report")
    fy, q = quarter_of(dt.date.today())
    fy, q = (fy, q - 1) if q > 1 else (fy - 1, 4)
    board = tmp / "dog-board.pdf"
    export_board_pdf(ctx, quarter(fy, q), board)
    pdf_page(board, 1, "dog-unit-board-report")
    window.close()
    ctx.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_focus_ring(app)
    install_language(app, "en")  # English plural forms ("1 visit", "2 visits")
    if "--first-run-only" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            first_run_shots(app, Path(tmp))
        return 0
    if "--dog-unit-only" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            dog_unit_shots(app, Path(tmp))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        first_run_shots(app, Path(tmp) / "doors")
        ctx = create_profile(Path(tmp) / "demo", "passphrase", "Demo", "screenshot passphrase")
        create_demo(ctx)
        for language in ("cy", "pseudo"):
            language_shots(app, ctx, Path(tmp), language)
        if "--languages-only" in sys.argv:
            ctx.close()
            return 0
        window = MainWindow(ctx)
        window.resize(1180, 780)
        window.show()
        shoot(app, window, "visit-list")

        shown = recorded_visit(ctx, "sealed")
        window.open_visit(shown)
        form = window.form
        form.tabs.setCurrentIndex(2)
        shoot(app, window, "visit-form-conversations")
        form.tabs.setCurrentIndex(1)
        shoot(app, window, "visit-form-detainees")

        window.open_visit(None)
        d = form.details
        d.place.setCurrentIndex(1)
        d.visitor_a.setCurrentIndex(2)
        d.visitor_b.setCurrentIndex(2)
        d.arrival.setText("23:40")
        d.admitted.setText("00:25")
        d.departure.setText("01:10")
        # More offered a visit (2 + 5 + 1 = 8) than were in custody (1 + 4 + 1 = 6): a problem to show.
        for stage, split in (("in_custody", ("1", "4", "1")), ("offered", ("2", "5", "1"))):
            for group, n in zip(("female", "male", "juvenile"), split, strict=True):
                form.counts.boxes[(stage, group)].setText(n)
        form.show_problems()
        form.tabs.setCurrentIndex(0)
        shoot(app, window, "visit-form-checks")

        pdf = Path(tmp) / "report.pdf"
        export_visit_pdf(ctx, shown, pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(OUT / "visit-report")], check=True)
        print(f"wrote {OUT / 'visit-report.png'}")
        form.dirty = False
        signing_shots(app, window, ctx, Path(tmp))
        form.dirty = False
        desk_shots(app, window, ctx, Path(tmp))
        window.close()
        ctx.close()
        dog_unit_shots(app, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
