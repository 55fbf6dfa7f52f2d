"""No recent places: Qt's own file dialog must not remember where the person looked.

Qt's non-native QFileDialog saves its history and last visited folder in the user's
QtProject settings file (~/.config/QtProject.conf) whenever one closes; the native
dialogs feed the desktop's recent-files list. Satchel uses only the non-native dialog
and points Qt's per-user settings at a path that cannot exist, so nothing is written.
Satchel keeps no settings of its own in QSettings (see satchel.ui.desktop.prefs).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

# A path under a device file can never be created: QSettings' writes fail quietly there.
NOWHERE = "/dev/null/satchel-remembers-nothing"


def forget_file_dialog_history() -> None:
    """Make every later QSettings of the user scope read and write nothing (process-wide)."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, NOWHERE)
