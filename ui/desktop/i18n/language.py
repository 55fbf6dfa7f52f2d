"""Which language the window speaks, and switching it while the window is open.

The languages are named in their own words (a menu of languages must be readable by
someone who does not read the current one), so these names are never translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "ru": "Русский",
    "es": "Español",
    "zh_CN": "简体中文",
}
RIGHT_TO_LEFT = frozenset({"ar", "fa"})
FOLDER = Path(__file__).resolve().parent
# Scripts that Chinese in traditional characters is written in: not ours (yet).
_TRADITIONAL = frozenset({"Hant", "TW", "HK", "MO"})


def match_language(names: Sequence[str]) -> str:
    """The first of `names` (BCP 47 tags such as 'fa-IR' or 'zh-Hans-CN', most wanted
    first) that Satchel speaks; English when none is."""
    for name in names:
        parts = name.replace("-", "_").split("_")
        language = parts[0].lower()
        if language == "zh":
            if _TRADITIONAL.isdisjoint(parts[1:]):
                return "zh_CN"
            continue
        if language in LANGUAGES:
            return language
    return "en"


def system_language() -> str:
    """The system's preferred language, if Satchel speaks it; else English."""
    return match_language(QLocale.system().uiLanguages())


def catalogue(code: str) -> Path:
    """The compiled translations of the window for `code`."""
    return FOLDER / f"satchel_{code}.qm"


class Translations(QObject):
    """The translators installed in the application: Satchel's own and Qt's (for the
    standard dialogs' buttons). `use()` swaps them; Qt then re-translates every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, choice: str | None = None) -> str:
        """Speak `choice` (a key of LANGUAGES), or the system's language when it is None
        or unknown; return the language now in use."""
        code = choice if choice in LANGUAGES else system_language()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files = [catalogue(code), Path(qt_folder) / f"qtbase_{code}.qm"]
        rtl = code in RIGHT_TO_LEFT
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        QLocale.setDefault(QLocale(code))  # dates and numbers follow the language too
        self.install(files, direction)
        self.language = code
        return code

    def install(self, files: Sequence[Path], direction: Qt.LayoutDirection) -> None:
        """Replace the installed translators by those in `files` (missing ones skipped)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        for path in files:
            translator = QTranslator(self)
            if path.is_file() and translator.load(str(path)):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(direction)


_current: list[Translations] = []


def translations() -> Translations:
    """The application's one Translations (made on first use)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before choosing a language")
    if not _current or _current[0].parent() is not app:
        _current[:] = [Translations(app)]
    return _current[0]


def apply_language(choice: str | None) -> str:
    """What the before-unlock settings call: speak `choice` (None: the system's)."""
    return translations().use(choice)
