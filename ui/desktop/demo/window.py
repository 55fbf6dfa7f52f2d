"""`satchel demo`: the window on the embedded demo coalition, marked DEMO.

One window titled "Satchel — DEMO" with a DEMO banner and a switcher between two real
windows (satchel.ui.desktop.shell.MainWindow), each on its own throwaway vault of the
demo coalition (satchel.ui.demo.journey.build_world): the reporter and the desk. The
vaults are unlocked for the newcomer; the banner shows their passphrase.

How a report travels:
- where `tor` is installed, over the private loopback Tor network (DemoTor, started off
  the GUI thread with its progress in the banner) to the demo's inbox published as an
  onion service: the reporter's session sends as soon as it is sealed, and the desk
  pulls at once when the reporter hears it was delivered;
- always, on a stick: "Carry the stick to the desk" saves the reporter's sealed reports
  to a folder in the demo folder and imports it at the desk, as a courier would. Without
  Tor this is the only path, and the banner says so plainly: the demo has no network
  path without Tor (a SOCKS relay to a plain loopback inbox would be a test helper,
  not something Satchel ships).

The desk verifies whatever arrives (its own workspace does), and the Verification
column says so. Closing the window shuts both windows down (each joins its workers),
then stops the Tor network and joins its worker.
"""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget
from satchel.sync.service.events import EnvelopeOutcome, Event
from satchel.sync.service.route import Route
from satchel.ui.demo.journey import PASSPHRASE, DemoWorld, build_world, demo_folder
from satchel.ui.desktop.connection import BridgeChoice
from satchel.ui.desktop.demo.banner import DemoBanner
from satchel.ui.desktop.demo.tor_worker import DemoTor
from satchel.ui.desktop.desk import DeskWorkspace
from satchel.ui.desktop.i18n import Retranslating
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.session import RouteFor, tor_sessions
from satchel.ui.desktop.shell import MainWindow
from satchel.ui.desktop.widgets import PlainLabel
from satchel.ui.desktop.workers import Jobs

DELIVERED = ("delivered", "erased")  # the reporter's upload outcomes: the inbox holds it


def tor_available() -> bool:
    """The private network needs both programs from Debian's `tor` package."""
    return bool(shutil.which("tor") and shutil.which("tor-gencert"))


def _build(folder: Path) -> DemoWorld:
    world = build_world(folder, lambda _line: None)
    world.lock()  # each window opens its vault itself, as it would a real one
    return world


class DemoWindow(Retranslating, QMainWindow):
    opened = Signal()  # both windows unlocked (again, after a lock)
    carried = Signal(str)  # the stick session's outcome at the desk ("imported", ...)

    def __init__(self, base: Path | None, *, use_tor: bool | None = None) -> None:
        super().__init__()
        self.folder = demo_folder(base)
        self.use_tor = tor_available() if use_tor is None else use_tor
        self.jobs = Jobs(self)
        self.world: DemoWorld | None = None
        self.tor: DemoTor | None = None
        self.reporter: MainWindow | None = None
        self.desk: MainWindow | None = None
        self._sticks = itertools.count(1)
        self._stick: Path | None = None
        self.banner = DemoBanner(self.folder, PASSPHRASE.decode(), self)
        self.banner.carry.clicked.connect(self.carry)
        self.switcher = QTabWidget(self)
        self.waiting = PlainLabel("", self)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.switcher.addTab(self.waiting, "")
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.addWidget(self.banner)
        column.addWidget(self.switcher, 1)
        self.setCentralWidget(central)
        self.retranslate()
        self.banner.say_steps(self._steps)
        self.waiting.say(lambda: self.tr("Making the demo coalition…"))
        folder = self.folder
        self.jobs.submit(lambda: _build(folder), self._built, self._failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Satchel — DEMO"))
        self.switcher.setAccessibleName(self.tr("Reporter or desk"))
        for page, name in ((self.waiting, self.tr("Starting")), (self.reporter, self.tr("Reporter")),
                           (self.desk, self.tr("Desk"))):
            index = self.switcher.indexOf(page) if page is not None else -1
            if index >= 0:
                self.switcher.setTabText(index, name)

    def _steps(self) -> str:
        if self.use_tor:
            return self.tr("1. On the Reporter tab, write a report (a title is enough) and press "
                           "Send. 2. Watch the Outbox: the report goes over the private Tor "
                           "network by itself (or press “Carry the stick to the desk”). 3. On "
                           "the Desk tab, the report arrives and its Verification column says "
                           "whether it is verified.")
        return self.tr("1. On the Reporter tab, write a report (a title is enough) and press "
                       "Send. 2. Press “Carry the stick to the desk”. 3. On the Desk tab, the "
                       "report arrives and its Verification column says whether it is verified.")

    # -- starting ---------------------------------------------------------------------------

    def _built(self, world: DemoWorld) -> None:
        self.world = world
        if not self.use_tor:
            installed = tor_available()
            self.banner.say_connection(lambda: self.tr(
                "This demo runs without Tor, so it has no network path: it uses no connection "
                "at all, and reports travel on a stick, as a courier carries them.")
                if installed else self.tr(
                "Tor is not installed here, so this demo runs without it and has no network "
                "path: it uses no connection at all, and reports travel on a stick, as a "
                "courier carries them."))
            self._open_windows(None)
            return
        self.banner.say_connection(lambda: self.tr(
            "Starting a private Tor network on this computer (loopback only; it cannot reach "
            "the Internet)…"))
        self.waiting.say(lambda: self.tr("Starting a private Tor network on this computer…"))
        self.tor = DemoTor(world, self)
        self.tor.progress.connect(lambda percent, _step: self.banner.bootstrap(percent))
        self.tor.ready.connect(self._tor_ready)
        self.tor.failed.connect(self._tor_failed)
        self.tor.start()

    def _tor_ready(self, _socks: str) -> None:
        tor = self.tor
        assert tor is not None
        self.banner.progress.hide()
        self.banner.say_connection(lambda: self.tr(
            "Connected through a private Tor network on this computer; the demo's inbox is "
            "an onion service on it."))

        def route(_choice: BridgeChoice) -> Route:
            return tor.route()  # the private network has no bridges to choose

        self._open_windows(route)

    def _tor_failed(self, reason: str) -> None:
        self.banner.progress.hide()
        self.banner.say_connection(lambda: self.tr(
            "The private Tor network did not start (%1); reports can still travel on "
            "a stick.").replace("%1", reason))
        self._open_windows(None)

    def _failed(self, error: BaseException) -> None:
        self.waiting.say(lambda: self.tr("The demo could not be set up: %1").replace(
            "%1", str(error)))

    def _open_windows(self, route: RouteFor | None) -> None:
        assert self.world is not None
        folder = self.world.folder
        session = tor_sessions(route) if route is not None else None
        self.reporter = MainWindow(folder / "reporter", session=session)
        self.desk = MainWindow(folder / "desk", pull_route=route)
        self.reporter.bridge.received.connect(self._reporter_event)
        self.switcher.removeTab(0)
        for window in (self.reporter, self.desk):
            window.setWindowFlags(Qt.WindowType.Widget)  # a page of the switcher
            window.unlocked.connect(self._wire)
            window.locked.connect(lambda: self.banner.carry.setEnabled(False))
            self.switcher.addTab(window, "")
            window.unlock_screen.unlock_requested.emit(PASSPHRASE)
        self.retranslate()

    # -- the two workspaces ---------------------------------------------------------------

    def workspaces(self) -> tuple[ReporterWorkspace | None, DeskWorkspace | None]:
        """The reporter's and the desk's workspaces, when their vaults are unlocked."""
        reporter = self.reporter.workspace if self.reporter is not None else None
        desk = self.desk.workspace if self.desk is not None else None
        return (reporter if isinstance(reporter, ReporterWorkspace) else None,
                desk if isinstance(desk, DeskWorkspace) else None)

    def _wire(self) -> None:
        """Each time a window is unlocked (its workspace is new): connect the demo's parts."""
        reporter, desk = self.workspaces()
        self.banner.carry.setEnabled(reporter is not None and desk is not None)
        if reporter is None or desk is None:
            return
        once = Qt.ConnectionType.UniqueConnection  # the other window's workspace is not new
        reporter.stick_saved.connect(self._stick_saved, once)
        desk.receiving.sticks.done.connect(self._stick_taken, once)
        desk.verified.connect(self._verified, once)
        self.opened.emit()

    def _reporter_event(self, event: Event) -> None:
        _reporter, desk = self.workspaces()
        if desk is not None and isinstance(event, EnvelopeOutcome) and event.outcome in DELIVERED:
            desk.receiving.pull_now()  # no need to wait for the desk's next poll
            self.banner.say(lambda: self.tr("The inbox has it; the desk is pulling it now. "
                                            "Open the Desk tab."))

    # -- carrying the stick ---------------------------------------------------------------

    def carry(self) -> None:
        """Save the reporter's sealed reports to a new stick folder, then import it at the desk."""
        reporter, desk = self.workspaces()
        if reporter is None or desk is None or self._stick is not None:
            return
        self._stick = self.folder / f"stick-{next(self._sticks)}"
        self._stick.mkdir()
        self.banner.carry.setEnabled(False)
        self.banner.say(lambda: self.tr("Saving the reporter's sealed reports to the stick…"))
        reporter.save_to_stick(self._stick)

    def _stick_saved(self, count: int) -> None:
        _reporter, desk = self.workspaces()
        stick = self._stick
        if stick is None or desk is None:
            return  # the reporter's own "Save to a stick…": not the demo's carrying
        if count == 0:
            self._stick = None
            self.banner.carry.setEnabled(True)
            self.banner.say(lambda: self.tr("Nothing to carry yet: write a report and press "
                                            "Send first."))
            return
        self.banner.say(lambda: self.tr("The stick is at the desk; importing it…"))
        desk.receiving.sticks.import_from(stick)

    def _stick_taken(self, outcome: str) -> None:
        if self._stick is None:
            return
        self._stick = None
        self.banner.carry.setEnabled(True)
        if self.desk is not None:
            self.switcher.setCurrentWidget(self.desk)
        self.carried.emit(outcome)

    def _verified(self, count: int) -> None:
        if count:
            self.banner.say(lambda: self.tr(
                "The desk received %n submission(s) and checked who signed them and that "
                "nothing was altered: see the Verification column.", "", count))

    # -- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Both windows lock and join their workers; then every tor stops."""
        for window in (self.reporter, self.desk):
            if window is not None:
                window.shutdown()
        self.jobs.wait()
        if self.tor is not None:
            self.tor.stop()


def run_demo_window(base: Path | None) -> int:
    """`satchel demo`: open the demo window; return the exit code when it closes."""
    from satchel.ui.desktop.app import prepared_application

    app, _loaded = prepared_application()
    window = DemoWindow(base)
    window.resize(1200, 860)  # a first size only
    window.show()
    code = app.exec()
    window.shutdown()
    return code
