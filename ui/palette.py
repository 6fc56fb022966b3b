"""Status colours derived from the system palette, each readable against what it is drawn on.

A status (visited, missed, partly done…) is never shown by colour alone: every
coloured square also carries a symbol or a word. The colours here only help the
eye, and they follow the palette the user chose — light, dark or high contrast.

Each role gets a *swatch*: a ``fill`` tinted with the role's hue for squares and
chips, an ``ink`` for the text or symbol drawn on that fill, and a ``text``
colour for the role's words drawn straight on the window or a view's base.
``ink`` and ``text`` are nudged towards black or white until they reach the
WCAG contrast of 4.5:1 (relative luminance, WCAG 2.x) against their background.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

MIN_CONTRAST = 4.5  # WCAG 2.x level AA for normal text


class Role(enum.Enum):
    """What a colour means; the hue is a light-theme starting point, adapted to the palette."""

    OK = "#2e7d32"        # covered, visited
    PARTIAL = "#b0451a"   # a visit abandoned part-way
    WARNING = "#9a6700"   # needs action: no pair yet
    ERROR = "#c62828"     # missed
    INFO = "#1f5fa8"      # neutral figures: chart bars, a pair assigned
    MUTED = "#5b6472"     # closed, legends, secondary words
    NEUTRAL = "#8a94a6"   # nothing expected, still to come


def relative_luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours, 1 (none) to 21 (black on white); symmetric."""
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def meets_contrast(ratio: float, minimum: float = MIN_CONTRAST) -> bool:
    """True when ``ratio`` is enough for text (no rounding up: 4.49 is not 4.5)."""
    return ratio >= minimum


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """The colour ``share_of_b`` of the way from ``a`` to ``b``."""
    t = min(1.0, max(0.0, share_of_b))
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(
        (a.redF(), a.greenF(), a.blueF()), (b.redF(), b.greenF(), b.blueF()), strict=True)))


def readable(colour: QColor, *backgrounds: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``colour``, moved towards black or white just enough to reach ``minimum`` against every background."""

    def worst(c: QColor) -> float:
        return min(contrast_ratio(c, bg) for bg in backgrounds)

    if meets_contrast(worst(colour), minimum):
        return colour
    black, white = QColor("#000000"), QColor("#ffffff")
    target = black if worst(black) >= worst(white) else white
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if meets_contrast(worst(candidate), minimum):
            return candidate
    return target


@dataclass(frozen=True)
class Swatch:
    """One role's colours: a tinted ``fill``, the ``ink`` drawn on it, the ``text`` drawn on the window."""

    fill: QColor
    ink: QColor
    text: QColor


@dataclass(frozen=True)
class StatusPalette:
    """The status colours for one system palette."""

    window: QColor
    base: QColor
    foreground: QColor
    swatches: dict[Role, Swatch]

    def __getitem__(self, role: Role) -> Swatch:
        return self.swatches[role]

    @property
    def dark(self) -> bool:
        return relative_luminance(self.base) < relative_luminance(self.foreground)


def swatch(role: Role, window: QColor, base: QColor, foreground: QColor, *, tint: float) -> Swatch:
    hue = QColor(role.value)
    fill = mix(base, hue, tint)
    ink = readable(mix(hue, foreground, 0.45), fill)
    text = readable(hue, window, base)
    return Swatch(fill, ink, text)


def status_palette(palette: QPalette | None = None) -> StatusPalette:
    """The status colours for ``palette`` (the application's when not given)."""
    palette = palette if palette is not None else QApplication.palette()
    return derived(*(palette.color(role).rgba() for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                                                             QPalette.ColorRole.Text)))


@functools.lru_cache(maxsize=8)
def derived(window_rgba: int, base_rgba: int, text_rgba: int) -> StatusPalette:
    """Worked out once per palette: views ask for a colour for every square they paint."""
    window, base, foreground = QColor.fromRgba(window_rgba), QColor.fromRgba(base_rgba), QColor.fromRgba(text_rgba)
    # On a dark base a hue needs a stronger share to show at all.
    tint = 0.38 if relative_luminance(base) < relative_luminance(foreground) else 0.28
    swatches = {role: swatch(role, window, base, foreground, tint=tint) for role in Role}
    return StatusPalette(window, base, foreground, swatches)


# --------------------------------------------------------------------------- style sheets from the roles


def text_colour(role: Role) -> QColor:
    """A role's words drawn straight on the window or a view (a message line, a list's status column)."""
    return status_palette()[role].text


def text_style(role: Role, extra: str = "") -> str:
    """A style sheet for a label whose words are in ``role``'s colour."""
    return f"color: {text_colour(role).name()};{(' ' + extra) if extra else ''}"


def chip_style(role: Role, extra: str = "padding: 6px;") -> str:
    """A style sheet for a panel tinted with ``role``: its fill, a border and its words in the ink."""
    s = status_palette()[role]
    return f"background: {s.fill.name()}; color: {s.ink.name()}; border: 1px solid {s.ink.name()}; {extra}"


def invalid_style() -> str:
    """A field that holds an error: a two-pixel border in the error colour."""
    return f"border: 2px solid {text_colour(Role.ERROR).name()}; border-radius: 3px;"
