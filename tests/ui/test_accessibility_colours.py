"""Status colours: 4.5:1 for every word and symbol, in light, dark and high-contrast palettes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from icvapp.scheme import rota
from icvapp.ui.palette import (
    MIN_CONTRAST,
    Role,
    contrast_ratio,
    meets_contrast,
    readable,
    relative_luminance,
    status_palette,
)
from icvapp.ui.rota_table import SLOT_WORDS, STATE_STYLE

WHITE, BLACK = QColor("#ffffff"), QColor("#000000")


def make_palette(window: str, base: str, text: str, highlight: str) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                             (QPalette.ColorRole.AlternateBase, window), (QPalette.ColorRole.Text, text),
                             (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.ButtonText, text),
                             (QPalette.ColorRole.Button, window), (QPalette.ColorRole.Highlight, highlight)):
            palette.setColor(group, role, QColor(colour))
    return palette


PALETTES = {
    "light": ("#efefef", "#ffffff", "#000000", "#308cc6"),
    "dark": ("#2d2d2d", "#1e1e1e", "#e8e8e8", "#2a82da"),
    "high contrast (white on black)": ("#000000", "#000000", "#ffffff", "#1aebff"),
    "high contrast (black on white)": ("#ffffff", "#ffffff", "#000000", "#37006e"),
    "high contrast (yellow on black)": ("#000000", "#000000", "#ffff00", "#00ff00"),
}


@pytest.fixture(params=list(PALETTES))
def app_palette(request, qapp):
    before = QApplication.palette()
    QApplication.setPalette(make_palette(*PALETTES[request.param]))
    yield request.param
    QApplication.setPalette(before)


# --------------------------------------------------------------------------- the contrast function


def test_the_threshold_is_met_at_four_and_a_half_and_not_rounded_up():
    assert MIN_CONTRAST == 4.5
    assert not meets_contrast(4.49)
    assert not meets_contrast(4.4999)
    assert meets_contrast(4.5)
    assert meets_contrast(4.51)


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast_ratio(WHITE, BLACK) == contrast_ratio(BLACK, WHITE)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert relative_luminance(WHITE) == pytest.approx(1.0) and relative_luminance(BLACK) == 0.0
    # The classic pair either side of the line: #767676 on white passes (4.54), #777777 fails (4.48).
    assert contrast_ratio(QColor("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)
    assert meets_contrast(contrast_ratio(QColor("#767676"), WHITE))
    assert contrast_ratio(QColor("#777777"), WHITE) == pytest.approx(4.48, abs=0.01)
    assert not meets_contrast(contrast_ratio(QColor("#777777"), WHITE))


def test_readable_keeps_a_good_colour_and_fixes_a_weak_one():
    navy = QColor("#1f3a5f")
    assert readable(navy, WHITE) == navy
    weak = QColor("#8fbf8f")  # pale green on white: about 2:1
    assert not meets_contrast(contrast_ratio(weak, WHITE))
    fixed = readable(weak, WHITE)
    assert meets_contrast(contrast_ratio(fixed, WHITE))
    assert meets_contrast(contrast_ratio(readable(weak, BLACK), BLACK))
    # Mid grey: white on it fails (4.48), so the fix goes to the dark side.
    grey = QColor("#777777")
    assert meets_contrast(contrast_ratio(readable(WHITE, grey), grey))
    # Against two backgrounds at once, both are met.
    both = readable(weak, WHITE, QColor("#efefef"))
    assert min(contrast_ratio(both, WHITE), contrast_ratio(both, QColor("#efefef"))) >= 4.5


# --------------------------------------------------------------------------- the status colours


def test_every_status_colour_reaches_four_and_a_half_to_one(app_palette):
    colours = status_palette()
    assert set(colours.swatches) == set(Role)
    for role in Role:
        s = colours[role]
        assert contrast_ratio(s.ink, s.fill) >= MIN_CONTRAST, (app_palette, role, "symbol on its cell")
        assert contrast_ratio(s.text, colours.window) >= MIN_CONTRAST, (app_palette, role, "words on the window")
        assert contrast_ratio(s.text, colours.base) >= MIN_CONTRAST, (app_palette, role, "words on a view")


def test_the_colours_follow_the_palette(app_palette):
    colours = status_palette()
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert colours.base == base
    for role in Role:  # a cell stays on the base's side: dark cells in a dark theme, light in a light one
        fill_is_dark = relative_luminance(colours[role].fill) < 0.2
        assert fill_is_dark == (relative_luminance(base) < 0.2), (app_palette, role)


def test_the_cells_still_tell_covered_from_missed_apart_by_colour_too():
    """Colour is a help, not the message; but where it helps, the two must differ."""
    for window, base, text, highlight in PALETTES.values():
        colours = status_palette(make_palette(window, base, text, highlight))
        assert colours[Role.OK].fill != colours[Role.ERROR].fill


def test_the_rotas_cells_are_readable_and_say_their_state_in_words(app_palette):
    words = []
    for state in STATE_STYLE:
        background, foreground, legend = STATE_STYLE[state]
        assert contrast_ratio(QColor(foreground), QColor(background)) >= MIN_CONTRAST, (app_palette, state)
        words.append(legend)
    assert len(set(words)) == len(words)  # the key tells every state apart in words
    # A cell with no visit says its state in words; a visited cell shows ✔ and an assigned one its pair.
    assert set(SLOT_WORDS) == {rota.MISSED, rota.UNCOVERED, rota.CLOSED, rota.OPTIONAL}
