"""The Qt layer's tests run in English with its plural forms installed, as the app starts by default."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from icvapp.ui.translation import ENGLISH, install_language, speak_for


@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    """Each test starts in English ("1 visit", "2 visits"), speaking for no scheme kind until a view is built for
    one; a test that switches language is undone after."""
    speak_for(None)
    install_language(qapp, ENGLISH)
    yield
    speak_for(None)
    install_language(qapp, ENGLISH)
