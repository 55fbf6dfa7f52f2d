"""The main window: first run, unlock, the role's workspace, lock and quit.

Screens sit in a QStackedWidget. Locking first shows the unlock screen (content is
hidden before anything else happens), then deletes the workspace and every model
holding report data, stops the session, and locks the vault on the worker pool after
the jobs already queued. Quitting does the same and joins every worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QTabWidget, QToolBar, QWidget
from satchel.client.errors import LockedError
from satchel.client.reports.ingest import collect_garbage
from satchel.client.vault.vault import Vault, vault_exists
from satchel.sync.service.events import Listener
from satchel.ui.desktop.connection import BridgeChoice, ConnectionPanel
from satchel.ui.desktop.connection.panel import Stop
from satchel.ui.desktop.first_run import FirstRunWizard, VaultPlan
from satchel.ui.desktop.first_run.plan import create_vault
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.reporter.stick import StickExport, export_to_stick
from satchel.ui.desktop.unlock import UnlockScreen
from satchel.ui.desktop.widgets import PlainLabel
from satchel.ui.desktop.workers import EventBridge, Jobs

# The long-lived sync session for an unlocked vault (written in sync/service/): it must
# return at once with a stop() callable and report through the listener from its thread.
SessionFactory = Callable[[Vault, BridgeChoice, Listener], Stop]

IDLE_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                         QEvent.Type.Wheel, QEvent.Type.TouchBegin})


def open_vault(home: Path, passphrase: bytes) -> Vault:
    """What `satchel` does before each command: unlock, then clear crash leftovers."""
    vault = Vault.open(home, passphrase)
    collect_garbage(vault)
    return vault


class MainWindow(QMainWindow):
    unlocked = Signal()
    locked = Signal()

    def __init__(self, home: Path, *, jobs: Jobs | None = None,
                 session: SessionFactory | None = None, stick_export: StickExport = export_to_stick,
                 idle_ms: int = 5 * 60_000, countdown_s: int = 5, tick_ms: int = 1000) -> None:
        super().__init__()
        self.home = home
        self.jobs = jobs or Jobs(self)
        self.bridge = EventBridge(self)
        self._session = session
        self._stick_export = stick_export
        self._countdown = (countdown_s, tick_ms)
        self.vault: Vault | None = None
        self.workspace: QWidget | None = None
        self.panel: ConnectionPanel | None = None
        self.wizard: FirstRunWizard | None = None
        self.setWindowTitle(self.tr("Satchel"))  # neutral: says nothing of what is inside
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.unlock_screen = UnlockScreen(self)
        self.unlock_screen.unlock_requested.connect(self._unlock)
        self.stack.addWidget(self.unlock_screen)
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.lock)
        self.toolbar = QToolBar(self.tr("Satchel"), self)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._locked_chrome()
        if vault_exists(home):
            self.stack.setCurrentWidget(self.unlock_screen)
        else:
            self._first_run()

    # -- first run and unlock --------------------------------------------------------

    def _first_run(self) -> None:
        self.wizard = FirstRunWizard(self.jobs, self)
        self.wizard.planned.connect(self._create)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)

    def _create(self, plan: VaultPlan) -> None:
        home = self.home

        def failed(error: BaseException) -> None:
            if self.wizard is not None:
                self.wizard.creation_failed()
                self.wizard.directory_page.errors.show_error(error)

        self.jobs.submit(lambda: create_vault(home, plan), self._opened, failed)

    def _unlock(self, passphrase: bytes) -> None:
        home = self.home
        self.jobs.submit(lambda: open_vault(home, passphrase), self._opened, self._unlock_failed)

    def _unlock_failed(self, error: BaseException) -> None:
        # Vault.open says "Wrong passphrase" for a slot that does not open; anything else
        # (a damaged vault) is said as client/ words it.
        wrong = isinstance(error, LockedError) and str(error).startswith("Wrong passphrase")
        self.unlock_screen.failed(wrong, "" if wrong else str(error))

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        if self.wizard is not None:
            self.wizard.clear_secrets()
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        self.workspace = self._workspace(vault)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.unlock_screen.reset()
        self.toolbar.show()
        self.lock_action.setEnabled(True)
        self.idle.start()
        if self.panel is not None and self._session is not None:
            self.panel.start()
        self.unlocked.emit()

    def _workspace(self, vault: Vault) -> QWidget:
        factory = self._session
        start = None if factory is None else (lambda c, listener: factory(vault, c, listener))
        self.panel = ConnectionPanel(self.bridge, start, self)
        if vault.role == "reporter":
            seconds, tick = self._countdown
            workspace = ReporterWorkspace(vault, self.jobs, self, stick_export=self._stick_export,
                                          countdown_s=seconds, tick_ms=tick)
            self.bridge.received.connect(workspace.on_event)
            workspace.tabs.addTab(self.panel, self.tr("Connection"))
            return workspace
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Workspace"))
        later = PlainLabel(self.tr("This workspace arrives in the next version of the window; "
                                   "use the satchel command meanwhile."), tabs)
        tabs.addTab(later, self.tr("Workspace"))
        tabs.addTab(self.panel, self.tr("Connection"))
        return tabs

    # -- lock and quit -----------------------------------------------------------------

    def lock(self) -> None:
        """Hide content at once, drop every model, stop the session, lock the vault."""
        if self.vault is None:
            return
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.reset()
        self._locked_chrome()
        if self.panel is not None:
            self.panel.shutdown()
            self.panel = None
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            if isinstance(workspace, ReporterWorkspace):
                workspace.drop_data()
            self.stack.removeWidget(workspace)
            workspace.setParent(None)
            workspace.deleteLater()
        vault, self.vault = self.vault, None
        self.jobs.submit(vault.lock)  # after every job already queued for it
        self.locked.emit()

    def _locked_chrome(self) -> None:
        self.idle.stop()
        self.lock_action.setEnabled(False)
        self.toolbar.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.vault is not None and event.type() in IDLE_EVENTS:
            self.idle.start()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Lock, then join every worker: nothing keeps running after the window."""
        self.lock()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.jobs.wait()
