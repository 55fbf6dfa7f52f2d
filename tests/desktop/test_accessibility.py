"""Accessibility on every screen, with the real widgets: the keyboard reaches every control
in reading order (mirrored right to left), screen readers can name each one, no action
takes cut/copy/paste, large text and a narrow window still fit, high contrast is
readable, and connection changes and finished jobs are spoken."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from a11ykit import (
    bound_keys,
    clipboard_keys,
    contrast,
    cramped,
    interactive,
    out_of_order,
    tab_chain,
    unnamed,
    unreached,
)
from conftest import MakeWindow
from deskkit import PASSPHRASE, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from satchel.sync.service.events import Bootstrap, ConnectionState
from satchel.ui.desktop.connection import ConnectionPanel
from satchel.ui.desktop.courier import CourierWorkspace
from satchel.ui.desktop.desk.compare_dialog import CompareDialog
from satchel.ui.desktop.i18n import apply_language, translations
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.safety import PanicDialog
from satchel.ui.desktop.shell import MainWindow
from satchel.ui.desktop.theme import _COLOURS, apply_theme
from satchel.ui.desktop.widgets.announce import announcer
from satchel.ui.desktop.workers import EventBridge
from screenkit import SCREENS

View = tuple[str, Callable[[], None]]


@pytest.fixture(autouse=True)
def english_again(qapp: QApplication) -> Iterator[None]:
    yield
    translations().install([], Qt.LayoutDirection.LeftToRight)


def views(qtbot: QtBot, window: MainWindow, directory_file: Path) -> Iterator[str]:
    """Show each view of the window in turn (each wizard page, each workspace tab) and
    yield its name while it is shown."""
    wizard = window.wizard
    if wizard is not None:
        yield "role"
        wizard.next()
        for field in (wizard.passphrase_page.first, wizard.passphrase_page.second):
            field.setText(PASSPHRASE)
        yield "passphrase"
        wizard.next()
        page = wizard.directory_page
        page.load(directory_file)
        qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
        yield "directory"
        page.confirm.click()
        wizard.next()
        wizard.duress_page.enabled.setChecked(True)
        yield "duress"
        return
    workspace = window.workspace
    tabs = getattr(workspace, "tabs", None)
    if tabs is None:
        yield "unlock"
        return
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield tabs.tabText(i)


def keyboard_problems(window: QWidget) -> list[str]:
    """Everything wrong with the keyboard and the screen reader in what `window` shows."""
    controls = interactive(window)
    assert controls, "a view with nothing to use"
    chain = tab_chain(window, controls[0])
    return ([f"not reached by Tab: {w}" for w in unreached(chain, controls)]
            + [f"out of reading order: {step}" for step in out_of_order(window, chain)]
            + unnamed([*controls, *(w for w in chain if w not in controls)]))


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("name", sorted(SCREENS))
def test_every_control_is_reached_by_tab_in_reading_order_and_named(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, directory_bytes: bytes,
    directory_file: Path, name: str, language: str,
) -> None:
    """Tab from the first control visits every visible, enabled control of each view,
    top to bottom and along each line in the reading direction (right to left in Arabic),
    and a screen reader gets a name for each (and a description where a name is not
    enough)."""
    apply_language(language)
    window = SCREENS[name](qtbot, make_window, tmp_path, directory_bytes)
    window.resize(960, 680)
    activate(qtbot, window)
    problems = []
    for view in views(qtbot, window, directory_file):
        wait_idle(qtbot, window)
        problems += [f"{view}: {p}" for p in keyboard_problems(window)]
    assert not problems, "\n".join(problems)


def test_dialogs_work_by_keyboard(qtbot: QtBot, make_window: MakeWindow, reporter_home: Path) -> None:
    """The panic dialog and the fingerprint comparison: every control reached and named,
    and their safe button is the one Enter presses."""
    window = make_window(reporter_home)
    dialogs: list[QDialog] = [PanicDialog(window), CompareDialog("A" * 64, "trust", "", window)]
    for dialog in dialogs:
        dialog.show()
        activate(qtbot, dialog)
        assert keyboard_problems(dialog) == [], type(dialog).__name__
        dialog.close()


def test_no_action_is_bound_to_cut_copy_or_paste(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, directory_bytes: bytes,
) -> None:
    """With every role's workspace open, no QAction or QShortcut of the app uses Ctrl+X,
    C or V (or the platform's cut/copy/paste keys): they stay the text fields' own."""
    for role in ("reporter", "courier", "desk"):
        SCREENS[role](qtbot, make_window, tmp_path, directory_bytes)
    objects = [o for top in QApplication.topLevelWidgets()
               for o in [*top.findChildren(QAction), *top.findChildren(QShortcut), *top.actions()]]
    assert any(isinstance(o, QAction) and o.shortcuts() for o in objects)  # the walk sees them
    forbidden = clipboard_keys()
    taken = [f"{owner}: {key.toString()}" for owner, key in bound_keys(iter(objects))
             if any(key.matches(k) == key.SequenceMatch.ExactMatch for k in forbidden)]
    assert taken == []


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """Text at 200 % for the screens built in the test."""
    font = QFont(qapp.font())
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(bigger)
    yield
    qapp.setFont(font)


@pytest.mark.usefixtures("large_text")
@pytest.mark.parametrize("name", sorted(SCREENS))
def test_large_text_in_a_narrow_window_still_fits(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, directory_bytes: bytes,
    directory_file: Path, name: str,
) -> None:
    """At 200 % text and 360 px wide, the window really is that narrow, and every view either
    fits (no widget squeezed below its minimum size) or scrolls."""
    window = SCREENS[name](qtbot, make_window, tmp_path, directory_bytes)
    problems = []
    for view in views(qtbot, window, directory_file):
        window.resize(360, 640)
        qtbot.waitUntil(lambda: window.width() <= 360 or window.minimumSizeHint().width() > 360)
        if window.width() > 360:
            problems.append(f"{view}: the window cannot be narrower than {window.width()} px")
        problems += [f"{view}: {p}" for p in cramped(window)]
    assert not problems, "\n".join(problems)


def test_high_contrast_theme_is_readable(
    qapp: QApplication, qtbot: QtBot, make_window: MakeWindow, reporter_home: Path
) -> None:
    """The high-contrast theme gives text at least 7:1 against its background (WCAG AAA),
    for windows, fields, buttons, selections and tooltips, in the real window."""
    assert "high-contrast" in _COLOURS
    style, palette = qapp.style().name(), qapp.palette()
    apply_theme(qapp, "high-contrast")
    try:
        window = make_window(reporter_home)
        used = window.unlock_screen.passphrase.palette()
        role = QPalette.ColorRole
        for text, back in ((role.WindowText, role.Window), (role.Text, role.Base),
                           (role.ButtonText, role.Button), (role.HighlightedText, role.Highlight),
                           (role.ToolTipText, role.ToolTipBase)):
            ratio = contrast(used.color(text), used.color(back))
            assert ratio >= 7, f"{text.name} on {back.name}: {ratio:.1f}:1"
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)


@pytest.fixture
def spoken(qapp: QApplication) -> Iterator[list[str]]:
    """What screen readers were told: every announcement also goes out on the real
    announcer's signal, recorded here."""
    heard: list[str] = []
    announcer().spoken.connect(heard.append)
    yield heard
    announcer().spoken.disconnect(heard.append)


def test_connection_changes_are_announced(qtbot: QtBot, spoken: list[str]) -> None:
    """Each change of connection state is spoken once, in the words on the screen; progress
    inside one state is not (it would drown everything else)."""
    bridge = EventBridge()
    panel = ConnectionPanel(bridge, None)
    qtbot.addWidget(panel)
    for event in (ConnectionState("connecting"), Bootstrap(10, "Connecting"),
                  Bootstrap(50, "Loading"), ConnectionState("blocked"),
                  Bootstrap(100, "Done")):
        with qtbot.waitSignal(bridge.received):
            bridge.listener(event)
    assert len(spoken) == 3
    assert spoken[-1] == panel.status.text()


def test_finished_jobs_are_announced(
    qtbot: QtBot, make_window: MakeWindow, reporter_home: Path, tmp_path: Path,
    directory_bytes: bytes, spoken: list[str],
) -> None:
    """Sealing a report, and a stick transfer on the courier's screen, end with a spoken
    sentence, the same one the screen shows."""
    window = make_window(reporter_home)
    from deskkit import unlock

    unlock(qtbot, window)
    ws = window.workspace
    assert isinstance(ws, ReporterWorkspace)
    ws.editor.title.setText("Blocked site")
    with qtbot.waitSignal(ws.sent, timeout=20_000):
        ws.send()
    assert any("sealed" in s for s in spoken)
    courier = SCREENS["courier"](qtbot, make_window, tmp_path, directory_bytes).workspace
    assert isinstance(courier, CourierWorkspace)
    stick = tmp_path / "stick"
    stick.mkdir()
    with qtbot.waitSignal(courier.sticks.done, timeout=20_000):
        courier.sticks.export_to(stick)
    assert spoken[-1] == courier.sticks.status.text() != ""
