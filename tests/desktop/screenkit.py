"""Walking a screen: every text a person (or a screen reader) meets, and every widget
that takes the keyboard. Shared by the language and accessibility tests."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

from conftest import MakeWindow
from deskkit import PASSPHRASE, unlock, wait_idle
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot
from satchel.client.coalition import root_fingerprint
from satchel.ui.desktop.first_run.plan import VaultPlan, create_vault
from satchel.ui.desktop.shell import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def i18n_script() -> ModuleType:
    """scripts/i18n.py as a module (the tests use its lupdate, parser and pseudo-locale)."""
    spec = importlib.util.spec_from_file_location("satchel_i18n_script", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QWizardPage):
        yield "title", widget.title()
        yield "subtitle", widget.subTitle()
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            yield f"header {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    if widget.isWindow() or isinstance(widget, QWizard):
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()


def qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds and words itself (a tab bar's scroll arrows, a combo box's popup);
    Qt's own catalogue (qtbase_<lang>.qm, loaded with ours) translates them."""
    parent = widget.parentWidget()
    return (widget.objectName().startswith("qt_") and not isinstance(widget, QAbstractButton)) or (
        isinstance(parent, QTabBar) or type(parent).__name__ == "QComboBoxPrivateContainer")


def texts(root: QWidget) -> Iterator[tuple[str, str, str]]:
    """(widget, which text, text) for `root`, its children and its actions; empty texts
    and Qt's own internal parts are left out."""
    for widget in [root, *root.findChildren(QWidget)]:
        if qt_internal(widget):
            continue
        label = f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"
        for which, text in _own_texts(widget):
            if text:
                yield label, which, text
        for action in widget.actions():
            for which, text in (("action", action.text()), ("action tooltip", action.toolTip())):
                if text:
                    yield label, which, text


# -- every screen of the window, built on real vaults ------------------------------------------


def locked_home(tmp_path: Path, role: str, directory: bytes) -> Path:
    home = tmp_path / role
    plan = VaultPlan(role, PASSPHRASE.encode(), directory, root_fingerprint(directory))
    create_vault(home, plan).lock()
    return home


Screen = Callable[[QtBot, MakeWindow, Path, bytes], MainWindow]


def first_run(qtbot: QtBot, make: MakeWindow, tmp_path: Path, directory: bytes) -> MainWindow:
    return make(tmp_path / "new")


def locked(qtbot: QtBot, make: MakeWindow, tmp_path: Path, directory: bytes) -> MainWindow:
    return make(locked_home(tmp_path, "reporter", directory))


def workspace(role: str) -> Screen:
    def build(qtbot: QtBot, make: MakeWindow, tmp_path: Path, directory: bytes) -> MainWindow:
        window = make(locked_home(tmp_path, role, directory))
        unlock(qtbot, window)
        wait_idle(qtbot, window)
        return window
    return build


SCREENS: dict[str, Screen] = {"first-run": first_run, "unlock": locked, "reporter": workspace("reporter"),
                              "courier": workspace("courier"), "desk": workspace("desk")}
