"""Asking for a place on disk: a folder or a file name, then what to do with it.

Every "Export…", "Save a copy…" and stick button asks the same way; a cancelled dialog
does nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_folder(parent: QWidget, title: str, then: Callable[[Path], None],
               options: QFileDialog.Option = QFileDialog.Option.ShowDirsOnly) -> None:
    """Ask for a folder (Qt's default options unless told) and call `then` with it."""
    folder = QFileDialog.getExistingDirectory(parent, title, "", options)
    if folder:
        then(Path(folder))


def ask_file(parent: QWidget, title: str, suggested: str, kinds: str,
             then: Callable[[Path], None]) -> None:
    """Ask for a file name to save to and call `then` with it."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    if name:
        then(Path(name))
