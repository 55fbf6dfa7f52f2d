"""Starting the window: the QApplication, its direction and translations, the shell.

`run(home)` opens the window on the vault at `home` (the CLI's default when None) and
returns the exit code; `has_display()` says whether a window can be shown at all.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from satchel.ui.desktop.i18n import apply_language

if TYPE_CHECKING:
    from satchel.ui.desktop.prefs import Loaded

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


def application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The one QApplication, named neutrally, speaking `language` (None: the system's)
    and laid out in its direction."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Satchel")
    app.setApplicationDisplayName("Satchel")
    app.setDesktopFileName("satchel")
    # The system's language for now; the before-unlock settings override it through
    # apply_language() as soon as they are read.
    apply_language(language)
    return app


def prepared_application(prefs_path: Path | None = None) -> tuple[QApplication, Loaded]:
    """The application as the before-unlock settings want it: size, language, theme."""
    from satchel.ui.desktop.prefs import default_path, load_prefs
    from satchel.ui.desktop.theme import apply_theme

    loaded = load_prefs(prefs_path or default_path())
    if loaded.prefs.scale != 1.0:  # read by Qt when the application starts
        os.environ["QT_SCALE_FACTOR"] = str(loaded.prefs.scale)
    app = application(language=loaded.prefs.language or None)
    apply_theme(app, loaded.prefs.theme)
    return app, loaded


def run(home: Path | None, prefs_path: Path | None = None) -> int:
    """Open the window on the vault at `home`; return the exit code when it closes."""
    from satchel.ui.desktop.session import launch_route, tor_sessions
    from satchel.ui.desktop.shell import MainWindow

    app, loaded = prepared_application(prefs_path)
    home = home if home is not None else default_home()
    route = launch_route(home)  # a reporter or courier sends, a desk pulls, the same way
    window = MainWindow(home, session=tor_sessions(route), pull_route=route)
    if loaded.reset:
        window.unlock_screen.settings_reset(loaded.reset)
    window.resize(960, 680)  # a first size only; the person can resize freely
    window.show()
    code = app.exec()
    window.shutdown()
    return code
