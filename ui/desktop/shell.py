"""The main window: first run, unlock, the role's workspace, lock and quit.

Screens sit in a QStackedWidget. Locking first shows the unlock screen (content is
hidden before anything else happens), then deletes the workspace and every model
holding report data, stops the session, and locks the vault on the worker pool after
the jobs already queued. Quitting does the same and joins every worker.

Locking happens on Ctrl+L, after the idle time and, as the vault's settings say, on
minimise; and always when the platform says the screen locked or the computer sleeps.
Panic (Ctrl+Shift+Delete, then a typed word) hides everything, wipes the vault and
closes the window. The send session (`session`, see satchel.ui.desktop.session) starts
by itself once a reporter or courier vault is unlocked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)
from satchel.client.errors import LockedError
from satchel.client.outbox.delivery import erase_delivered
from satchel.client.reports.ingest import collect_garbage
from satchel.client.settings import IDLE_IMMEDIATELY, VaultSettings, read_settings, write_settings
from satchel.client.vault.vault import Vault, vault_exists
from satchel.sync.service.route import Route
from satchel.ui.desktop.connection import BridgeChoice, ConnectionPanel
from satchel.ui.desktop.connection.network import NetworkWatch
from satchel.ui.desktop.courier import CourierWorkspace
from satchel.ui.desktop.desk import DeskWorkspace
from satchel.ui.desktop.first_run import FirstRunWizard, VaultPlan
from satchel.ui.desktop.first_run.plan import create_vault
from satchel.ui.desktop.i18n import Retranslating, set_tab_title
from satchel.ui.desktop.prefs import default_path
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.safety import ClipboardGuard, PanicDialog, ScreenWatch, panic_wipe
from satchel.ui.desktop.safety.history import forget_file_dialog_history
from satchel.ui.desktop.session import RouteFor, SessionFactory
from satchel.ui.desktop.settings import SettingsScreen
from satchel.ui.desktop.unlock import UnlockScreen
from satchel.ui.desktop.widgets.scrolling import scrolling
from satchel.ui.desktop.workers import EventBridge, Jobs

IDLE_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                         QEvent.Type.Wheel, QEvent.Type.TouchBegin})


def open_vault(home: Path, passphrase: bytes) -> Vault:
    """What `satchel` does before each command: unlock, then clear crash leftovers."""
    vault = Vault.open(home, passphrase)
    erase_delivered(vault)
    collect_garbage(vault)
    return vault


class MainWindow(Retranslating, QMainWindow):
    unlocked = Signal()
    locked = Signal()
    settings_applied = Signal(object)  # VaultSettings
    wiped = Signal()

    def __init__(self, home: Path, *, jobs: Jobs | None = None,
                 session: SessionFactory | None = None, pull_route: RouteFor | None = None,
                 idle_ms: int | None = None, prefs_path: Path | None = None,
                 countdown_s: int = 5, tick_ms: int = 1000, clipboard_ms: int = 30_000) -> None:
        super().__init__()
        self.home = home
        self.jobs = jobs or Jobs(self)
        self.bridge = EventBridge(self)
        self._session = session
        self._pull_route = pull_route  # a desk's pulls; None: no pulling over Tor
        self._idle_override = idle_ms  # tests shorten it; otherwise the vault's setting
        self._countdown = (countdown_s, tick_ms)
        self.settings = VaultSettings()
        self.vault: Vault | None = None
        self.workspace: QWidget | None = None
        self.panel: ConnectionPanel | None = None
        self.wizard: FirstRunWizard | None = None
        self.prefs_path = prefs_path or default_path()
        self.settings_screen: SettingsScreen | None = None  # the workspace's tab
        self.setWindowIcon(self._neutral_icon())
        self.stack = QStackedWidget(self)
        self.setCentralWidget(scrolling(self.stack, self))  # large text, narrow window
        self.unlock_screen = UnlockScreen(self)
        self.unlock_screen.unlock_requested.connect(self._unlock)
        self.stack.addWidget(self.unlock_screen)
        self.unlock_settings: SettingsScreen | None = None  # made when first asked for
        self.unlock_screen.settings_requested.connect(self.show_display_settings)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.triggered.connect(self.lock)
        self.toolbar = QToolBar(self)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)
        self._safety(clipboard_ms)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms or self.settings.idle_minutes * 60_000)
        self.idle.timeout.connect(self.lock)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._application_state)
        self._locked_chrome()
        self.retranslate()
        if vault_exists(home):
            self.stack.setCurrentWidget(self.unlock_screen)
        else:
            self._first_run()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Satchel"))  # neutral: says nothing of what is inside
        self.lock_action.setText(self.tr("Lock now"))
        self.panic_action.setText(self.tr("Destroy everything…"))
        self.toolbar.setWindowTitle(self.tr("Satchel"))
        if self.panel is not None:
            set_tab_title(self.panel, self.tr("Connection"))
        if self.settings_screen is not None:
            set_tab_title(self.settings_screen, self.tr("Settings"))

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

    def show_display_settings(self) -> None:
        """The display settings, from the unlock screen: nothing of the vault is shown."""
        if self.unlock_settings is None:
            self.unlock_settings = SettingsScreen(self.prefs_path, self.jobs, self,
                                                  with_vault=False)
            self.unlock_settings.back.connect(
                lambda: self.stack.setCurrentWidget(self.unlock_screen))
            self.stack.addWidget(self.unlock_settings)
        self.stack.setCurrentWidget(self.unlock_settings)

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
        self.jobs.submit(lambda: read_settings(vault), lambda s: self._apply_settings(vault, s),
                         lambda _e: self._apply_settings(vault, VaultSettings()))
        self.unlocked.emit()

    def _apply_settings(self, vault: Vault, settings: VaultSettings) -> None:
        """The vault's own settings: idle time, lock on minimise, bridges; then connect."""
        if vault is not self.vault:
            return  # locked meanwhile
        self._use_settings(settings)
        if self.panel is not None:
            self.panel.bridges.set_choice(BridgeChoice(settings.bridge_transport,
                                                       settings.bridge_lines))
            self.panel.start()  # no tap needed: send as soon as a connection exists
        self.settings_applied.emit(settings)

    def _use_settings(self, settings: VaultSettings) -> None:
        self.settings = settings
        minutes = settings.idle_minutes
        self.idle.setInterval(self._idle_override or max(minutes, 1) * 60_000)
        if not self._idle_override and minutes <= 0:
            self.idle.stop()  # "never", or "immediately" on leaving; the other locks still apply
        if self.settings_screen is not None and self.settings_screen.vault_page is not None:
            self.settings_screen.vault_page.show_settings(settings)

    def _remember_bridges(self, choice: BridgeChoice) -> None:
        self.save_settings(replace(self.settings, bridge_transport=choice.transport,
                                   bridge_lines=choice.lines))

    def save_settings(self, settings: VaultSettings) -> None:
        """Keep `settings` in the vault (on the pool) and use them from now on."""
        vault = self.vault
        if vault is None:
            return
        self._use_settings(settings)
        self.jobs.submit(lambda: write_settings(vault, settings), owner=self)

    def _workspace(self, vault: Vault) -> QWidget:
        """The role's workspace, with its Settings tab last."""
        workspace = self._role_workspace(vault)
        self.settings_screen = SettingsScreen(self.prefs_path, self.jobs, self, with_vault=True)
        assert self.settings_screen.vault_page is not None
        self.settings_screen.vault_page.save_requested.connect(self._settings_saved)
        if self.unlock_settings is not None:  # the two show the same file
            before_unlock = self.unlock_settings.display
            self.settings_screen.display.show_prefs(before_unlock.prefs)
            self.settings_screen.display.changed.connect(before_unlock.show_prefs)
        tabs = getattr(workspace, "tabs", None)
        if tabs is not None:
            tabs.addTab(self.settings_screen, self.tr("Settings"))
        return workspace

    def _settings_saved(self, settings: VaultSettings) -> None:
        self.save_settings(settings)
        if self.panel is not None:  # the next connection uses the new bridges
            self.panel.bridges.set_choice(BridgeChoice(settings.bridge_transport,
                                                       settings.bridge_lines))

    def _role_workspace(self, vault: Vault) -> QWidget:
        factory = None if vault.role == "desk" else self._session  # a desk pulls instead
        start = None if factory is None else (lambda c, listener: factory(vault, c, listener))
        self.panel = ConnectionPanel(self.bridge, start, self)
        self.panel.choice_made.connect(self._remember_bridges)
        if vault.role == "reporter":
            seconds, tick = self._countdown
            workspace = ReporterWorkspace(vault, self.jobs, self, countdown_s=seconds, tick_ms=tick)
            self.bridge.received.connect(workspace.on_event)
            workspace.sent.connect(self.panel.wake)  # new queued work goes at once
            workspace.tabs.addTab(self.panel, self.tr("Connection"))
            return workspace
        if vault.role == "courier":
            courier = CourierWorkspace(vault, self.jobs, self)
            self.bridge.received.connect(courier.on_event)
            courier.tabs.addTab(self.panel, self.tr("Connection"))
            return courier
        desk = DeskWorkspace(vault, self.jobs, self.bridge, self._desk_route(), self)
        # A desk connects when it pulls: the panel shows that session's Tor progress.
        self.panel.detail.say(lambda: self.tr("The desk connects to Tor when it pulls; "
                                              "use \"Pull now\" on the Receive tab."))
        desk.tabs.addTab(self.panel, self.tr("Connection"))
        desk.receiving.start_auto()
        return desk

    def _desk_route(self) -> Callable[[], Route] | None:
        route_for, panel = self._pull_route, self.panel
        if route_for is None or panel is None:
            return None
        return lambda: route_for(panel.bridges.choice())

    # -- lock and quit -----------------------------------------------------------------

    def lock(self) -> None:
        """Hide content at once, drop every model, stop the session, lock the vault."""
        if self.vault is None:
            return
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.reset()
        self._locked_chrome()
        self.clipboard.clear()
        self.settings_screen = None  # deleted with the workspace below
        if self.panel is not None:
            self.panel.shutdown()
            self.panel = None
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            if isinstance(workspace, ReporterWorkspace | DeskWorkspace):
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

    def _safety(self, clipboard_ms: int) -> None:
        forget_file_dialog_history()
        self.clipboard = ClipboardGuard(self, clear_ms=clipboard_ms)
        self.screen_watch = ScreenWatch(self)
        self.screen_watch.locked.connect(self.lock)
        self.network = NetworkWatch(self)
        self.network.changed.connect(self._network_changed)
        self.panic_action = QAction(self)
        self.panic_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT
                                                   | Qt.Key.Key_Delete))
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.panic_action.triggered.connect(self.ask_panic)
        self.addAction(self.panic_action)  # works locked too: the toolbar may be hidden
        self.toolbar.addAction(self.panic_action)
        self.panic_dialog: PanicDialog | None = None

    @staticmethod
    def _neutral_icon() -> QIcon:
        """A generic folder: nothing on the task bar says what this application is for."""
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)

    def _network_changed(self, online: bool) -> None:
        if self.panel is not None:
            self.panel.set_online(online)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        """"Immediately": lock as soon as no window of Satchel is active any more."""
        if (state == Qt.ApplicationState.ApplicationInactive
                and self.settings.idle_minutes == IDLE_IMMEDIATELY):
            self.lock()

    def changeEvent(self, event: QEvent) -> None:
        if (event.type() == QEvent.Type.WindowStateChange and self.isMinimized()
                and self.settings.lock_on_minimise):
            self.lock()
        super().changeEvent(event)

    # -- panic ---------------------------------------------------------------------------

    def ask_panic(self) -> None:
        """Ask for the typed word; nothing happens until it is typed and confirmed."""
        if self.panic_dialog is not None or not vault_exists(self.home):
            return
        self.panic_dialog = PanicDialog(self)
        self.panic_dialog.confirmed.connect(self.panic)
        self.panic_dialog.finished.connect(self._panic_dialog_closed)
        self.panic_dialog.open()

    def _panic_dialog_closed(self) -> None:
        dialog, self.panic_dialog = self.panic_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def panic(self) -> None:
        """Hide everything, wipe the vault (key slots first), then close the window."""
        home = self.home
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.setEnabled(False)
        self.lock()
        # Its own pool: the wipe must not wait behind an ingest still running on ours.
        wipe = Jobs(self)

        def done(_: object = None) -> None:
            self.wiped.emit()
            self.close()

        wipe.submit(lambda: panic_wipe(home), done, lambda _e: done())

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
        self.clipboard.detach()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.jobs.wait()
