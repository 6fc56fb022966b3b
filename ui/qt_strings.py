"""Qt's own words on standard buttons, carried in our catalogues.

Qt ships no Welsh ``qtbase_cy``, so without these the Yes, No, OK and Cancel of every
message box would stay English in a Welsh window. Listing them here lets ``pyside6-lupdate``
extract them into ``ui_<lang>.ts`` under Qt's own context names; when a ``qtbase_<lang>``
does exist it is installed after ours and wins.
"""

from __future__ import annotations

from icvapp.ui.translation import translate


def standard_button_texts() -> list[str]:
    """Every standard button's text in the current language (also what the pseudo-locale test checks)."""
    return [
        translate("QPlatformTheme", "OK"),
        translate("QPlatformTheme", "Save"),
        translate("QPlatformTheme", "Save All"),
        translate("QPlatformTheme", "Open"),
        translate("QPlatformTheme", "&Yes"),
        translate("QPlatformTheme", "Yes to &All"),
        translate("QPlatformTheme", "&No"),
        translate("QPlatformTheme", "N&o to All"),
        translate("QPlatformTheme", "Abort"),
        translate("QPlatformTheme", "Retry"),
        translate("QPlatformTheme", "Ignore"),
        translate("QPlatformTheme", "Close"),
        translate("QPlatformTheme", "Cancel"),
        translate("QPlatformTheme", "Discard"),
        translate("QPlatformTheme", "Help"),
        translate("QPlatformTheme", "Apply"),
        translate("QPlatformTheme", "Reset"),
        translate("QPlatformTheme", "Restore Defaults"),
        translate("QMessageBox", "Show Details..."),
        translate("QMessageBox", "Hide Details..."),
    ]
