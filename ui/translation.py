"""The Qt layer's languages: which one the user chose, and loading its translations.

Every string a user sees goes through Qt translation (``self.tr`` in a widget class,
:func:`translate` elsewhere). The sources are ``resources/translations/ui_<lang>.ts``;
the compiled ``.qm`` files are built, never committed: a wheel carries them beside
the ``.ts`` (``setup.py`` runs ``lrelease``), and a checkout or editable install
compiles a missing or outdated one on start into the user's cache folder, with the
``lrelease`` that ships inside PySide6. So the same code runs from a checkout, a
wheel and a frozen bundle, and a translator sees their edit on the next start.

The chosen language is not typed content and must be known before the profile is
unlocked, so it lives in ``window.ini`` in the data folder (plain QSettings), the
one place for non-secret window state. Nothing typed is ever written there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from icvapp.errors import Translates, UserFacingError
from icvapp.profile.language import WINDOW_STATE, scheme_language
from icvapp.resources import path as shipped

ENGLISH = "en"
WELSH = "cy"
#: The languages offered, each named in itself (a language list is never translated).
LANGUAGES = {ENGLISH: "English", WELSH: "Cymraeg"}
#: The locale each language formats dates and numbers in.
LOCALES = {ENGLISH: "en_GB", WELSH: "cy_GB", "pseudo": "en_GB"}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``; ``pyside6-lupdate`` finds calls to it by name."""
    return QCoreApplication.translate(context, text, disambiguation, n)


# --------------------------------------------------------------------------- the chosen language


def ui_language() -> str:
    """The language the window speaks now (read from the default locale the app installed)."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else ENGLISH


def core_translator() -> Translates:
    """The core's translator in the window's language: for the errors and other words the core makes."""
    # deferred: the core's catalogues and Babel load when a core word is first shown, not before the first window
    from icvapp.i18n import translator

    return translator(ui_language())


def error_text(exc: UserFacingError) -> str:
    """An error's message and hint in the window's language, as one line for a label."""
    return exc.text_in(core_translator())


def scheme_default_language() -> str:
    """The language the scheme's definition asks for, English if it names none (or cannot be read: the app
    still starts)."""
    return scheme_language()


def settings_in(data_dir: Path) -> QSettings:
    """The window's settings beside the profile (``window.ini``): language, size and place, view, columns."""
    return QSettings(str(Path(data_dir) / WINDOW_STATE), QSettings.Format.IniFormat)


def saved_language(data_dir: Path) -> str | None:
    """The saved choice, read with QSettings as it was written (the command line reads the same file with
    :func:`icvapp.profile.language.saved_language`, which loads ``configparser``: not on the first frame's path)."""
    value = settings_in(data_dir).value("language")
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(data_dir: Path, language: str) -> None:
    """Remember the choice beside the profile (a language code, never anything typed)."""
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    settings = settings_in(data_dir)
    settings.setValue("language", language)
    settings.sync()


def chosen_language(data_dir: Path) -> str:
    """``ICVAPP_LANGUAGE`` first, then the saved choice, then the scheme's default."""
    env = os.environ.get("ICVAPP_LANGUAGE")
    if env in LANGUAGES or env == "pseudo":
        return env
    return saved_language(data_dir) or scheme_default_language()


# --------------------------------------------------------------------------- compiled translations


def sources_dir() -> Path:
    return shipped("translations")


def cache_dir() -> Path:
    # deferred: a wheel or bundle ships its compiled translations and never needs the cache folder
    import platformdirs

    return Path(os.environ.get("ICVAPP_CACHE_DIR") or platformdirs.user_cache_path("icvapp", appauthor=False)) \
        / "translations"


def lrelease_command() -> list[str]:
    """PySide6's own lrelease (the wheel carries it), else one on PATH."""
    # deferred: PySide6's package folder, only when a translation must be compiled
    import shutil

    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else []


def compile_ts(ts: Path, qm: Path) -> bool:
    # deferred: compiling is rare (a checkout whose .ts changed); starting the app never waits for subprocess
    import subprocess

    command = lrelease_command()
    if not command:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, check=False)
    return done.returncode == 0 and qm.exists()


def qm_file(name: str, source_dir: Path | None = None) -> Path | None:
    """The compiled ``name``.qm: shipped beside its source, else compiled into the cache when stale."""
    folder = source_dir or sources_dir()
    ts, shipped = folder / f"{name}.ts", folder / f"{name}.qm"
    if not ts.exists():
        return shipped if shipped.exists() else None
    if shipped.exists() and shipped.stat().st_mtime >= ts.stat().st_mtime:
        return shipped
    cached = cache_dir() / f"{name}.qm"
    if cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    return cached if compile_ts(ts, cached) else None


def install_language(app: QCoreApplication, language: str, source_dir: Path | None = None) -> list[QTranslator]:
    """Load ``language``'s translations into ``app`` and make its locale the default.

    English needs ``ui_en`` only for its plural forms. Qt's own strings (standard
    buttons, the colour and file dialogs) come from ``qtbase_<lang>`` when Qt ships it.
    """
    if source_dir is None and language == "pseudo":
        source_dir = Path(os.environ.get("ICVAPP_TRANSLATIONS") or cache_dir() / "pseudo")
    QLocale.setDefault(QLocale(LOCALES.get(language, language)))
    installed = []
    for old in getattr(app, "_icvapp_translators", []):
        app.removeTranslator(old)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in (qm_file(f"ui_{language}", source_dir), qt_dir / f"qtbase_{language}.qm"):
        if path is None or not path.exists():
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    app._icvapp_translators, app._icvapp_language = installed, language
    kind = getattr(app, "_icvapp_kind", None)
    if kind is not None:  # the catalogues went in above it: the kind's own wording goes back on top, in the new language
        app.removeTranslator(kind)
        app._icvapp_kind = None
    speak_for(getattr(app, "_icvapp_kind_config", None))
    return installed


# --------------------------------------------------------------------------- the scheme kind's own wording


class KindTranslator(QTranslator):
    """The scheme kind's own wording of the window's sentences: ``"wording"`` in its definition, by the window
    class that says them (:mod:`icvapp.scheme.wording`), e.g. ``{"ConversationsSection": {"&Add {subject}":
    {"en": "&Add conversation", …}}}``. Installed above the catalogues, so Qt asks it first; a
    sentence it does not word is left to the catalogue (None: Qt's null string, where an empty one would be taken
    as the translation)."""

    def __init__(self, config, language: str) -> None:
        super().__init__()
        self.config, self.language = config, language

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        key = f"{source} [{disambiguation}]" if disambiguation else source
        own = self.config.own_wording(context, key, self.language)
        if isinstance(own, tuple):  # plural forms; Qt puts the count in for %n
            from icvapp.scheme.wording import plural_form  # deferred: the core's plural rules, only for a count

            return plural_form(own, self.language, n)
        return own


def speak_for(config) -> None:
    """Make the window speak ``config``'s kind: its own wording of the window's sentences, where its definition
    has one, before the catalogue's. The window shows one scheme at a time, so each view built for a scheme
    calls this first (cheap when the kind is already spoken for); None takes the kind's wording away.

    Only a language the definition is written in has its own wording: in another (the pseudo-locale) every
    sentence reads as the catalogue has it."""
    app = QCoreApplication.instance()
    if app is None:
        return
    current, language = getattr(app, "_icvapp_kind", None), getattr(app, "_icvapp_language", None) or ui_language()
    app._icvapp_kind_config = config  # spoken for again when the language changes
    if current is not None and current.config == config and current.language == language:
        return
    if current is not None:
        app.removeTranslator(current)
        app._icvapp_kind = None
    if config is None or not config.wording or language not in config.languages:
        return
    kind = KindTranslator(config, language)  # kept alive by the app's attribute, and dropped with it
    app.installTranslator(kind)
    app._icvapp_kind = kind
