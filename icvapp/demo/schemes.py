"""The whole demo office: the custody scheme in the main profile and the animal welfare scheme beside it.

One profile per scheme (see docs/architecture.md): the demo makes both, protected the same way, so the
office can switch between them from the first run.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icvapp.demo.create import DEMO_SCHEME, create_demo
from icvapp.demo.dog_unit import DOG_SCHEME, create_dog_unit_demo
from icvapp.profile.context import AppContext, create_profile, create_scheme_profile

#: Share of the progress bar the custody demo fills; the dog unit's year of visits is the rest.
CUSTODY_SHARE = 0.8


def create_demo_office(data_dir: Path, method: str, passphrase: str | None = None, *,
                       today: dt.date | None = None, progress=None) -> AppContext:
    """Create the custody demo in ``data_dir`` and the dog unit demo as a second profile; hand back the first,
    open. ``progress(done, total)`` counts to 100."""
    step = progress or (lambda _n, _total: None)
    ctx = create_profile(data_dir, method, DEMO_SCHEME, passphrase)
    create_demo(ctx, today=today, progress=lambda n, total: step(int(100 * CUSTODY_SHARE * n / total), 100))
    create_dog_unit_profile(data_dir, method, passphrase, today=today,
                            progress=lambda n, total: step(int(100 * (CUSTODY_SHARE + (1 - CUSTODY_SHARE) * n / total)),
                                                           100))
    return ctx


def create_dog_unit_profile(data_dir: Path, method: str, passphrase: str | None = None, *,
                            today: dt.date | None = None, progress=None) -> Path:
    """The demo's animal welfare scheme, as a profile of its own beside ``data_dir``'s; returns its folder."""
    dogs = create_scheme_profile(data_dir, "dog_unit", method, DOG_SCHEME, passphrase)
    try:
        create_dog_unit_demo(dogs, today=today, progress=progress)
    finally:
        dogs.close()
    return dogs.data_dir
