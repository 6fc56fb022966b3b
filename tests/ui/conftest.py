"""The Qt layer's tests run in English with its plural forms installed, as the app starts by default."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from icvapp.ui.translation import ENGLISH, install_language


@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    """Each test starts in English ("1 visit", "2 visits"); a test that switches language is undone after."""
    install_language(qapp, ENGLISH)
    yield
    install_language(qapp, ENGLISH)
