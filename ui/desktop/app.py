"""Starting the window: the QApplication, its direction and translations, the shell.

`run(home)` opens the window on the vault at `home` (the CLI's default when None) and
returns the exit code; `has_display()` says whether a window can be shown at all.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc")


def has_display() -> bool:
    """True when Qt can show a window here (a desktop session, or a headless platform
    plugin chosen on purpose through QT_QPA_PLATFORM)."""
    if sys.platform in ("win32", "darwin"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0]
    if platform in HEADLESS_PLATFORMS:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def default_home() -> Path:
    """The same vault the CLI uses without --home."""
    return Path(platformdirs.user_data_dir("satchel"))


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named neutrally, laid out in the language's direction."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Satchel")
    app.setApplicationDisplayName("Satchel")
    app.setDesktopFileName("satchel")
    translator = QTranslator(app)
    folder = Path(__file__).with_name("i18n")
    if translator.load(QLocale(), "satchel", "_", str(folder)):
        app.installTranslator(translator)
    app.setLayoutDirection(QLocale().textDirection())
    return app


def run(home: Path | None) -> int:
    """Open the window on the vault at `home`; return the exit code when it closes."""
    from satchel.ui.desktop.shell import MainWindow

    app = application()
    window = MainWindow(home if home is not None else default_home())
    window.resize(960, 680)
    window.show()
    code = app.exec()
    window.shutdown()
    return code
