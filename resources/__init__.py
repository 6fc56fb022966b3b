"""What icvapp ships beside its code: icons, fonts, scheme definitions, translations, the demo's texts.

:func:`path` finds them in a checkout, an installed wheel and the frozen bundle alike (each keeps this
package's files beside its ``__init__``). Plain paths rather than ``importlib.resources``: the window's
first frame reads its icon and its language from here before anything else loads, and importing
``importlib.resources`` alone costs about 2.5 ms there (a thirtieth of a bare window's start).
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """A shipped file or folder, e.g. ``path("icons", "icvapp.svg")``."""
    return FOLDER.joinpath(*parts)
