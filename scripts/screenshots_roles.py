#!/usr/bin/env python3
"""The courier's and the desk's screens, for scripts/screenshots.py (and runnable alone).

Usage: scripts/screenshots_roles.py [OUT_DIR]. It builds a throwaway demo coalition
(ui.demo.journey, fast key derivation), writes a few reports, carries them by stick to
a courier and to the desk, then renders each workspace offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SATCHEL_INSECURE_FAST_KDF"] = "1"

from satchel.client.desk.verify import submission_ids, verify_submissions
from satchel.client.outbox.sealing import seal
from satchel.client.progress import no_progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import ignore
from satchel.sync.service.stick import export_to_stick, import_from_stick
from satchel.ui.demo.journey import PASSPHRASE, DemoWorld, build_world, make_pdf, make_photo
from satchel.ui.desktop.app import application
from satchel.ui.desktop.courier import CourierWorkspace
from satchel.ui.desktop.desk import DeskWorkspace
from satchel.ui.desktop.shell import MainWindow
from screenshots import SIZE, shoot, wait_until

REPORTS = (
    ("Mobile data cut in the north", "internet-shutdown", "Hill town, North region, Freedonia"),
    ("Journalist's phone seized at checkpoint", "intimidation", "Old town, Capital, Freedonia"),
    ("News site blocked since Monday", "blocking", "Capital, Freedonia"),
    ("Spyware found on an activist's laptop", "surveillance", "Port city, Coast, Freedonia"),
)


def _carry(source: Vault, target: Vault, stick: Path) -> None:
    stick.mkdir()
    export_to_stick(source, stick, ignore, CancelToken())
    import_from_stick(target, stick, ignore, CancelToken())


def build(folder: Path) -> DemoWorld:
    world = build_world(folder, lambda _message: None)
    photo = folder / "photo.png"
    make_photo(photo)
    order = folder / "order.pdf"
    order.write_bytes(make_pdf("Order 17: cut mobile data in the north region"))
    for title, kind, where in REPORTS:
        create_report(world.reporter, ReportInput(
            title, "Seen by several people; details in the attached photo and order.",
            kind=kind, when="2026-11-28", where=where, service="A mobile operator",
            attachments=(photo, order)), no_progress)
    seal(world.reporter, [r for (r,) in world.reporter.conn.execute("SELECT id FROM reports")],
         no_progress)
    _carry(world.reporter, world.courier, folder / "stick-1")
    _carry(world.courier, world.desk, folder / "stick-2")
    verify_submissions(world.desk, submission_ids(world.desk))
    return world


def unlocked(home: Path) -> MainWindow:
    w = MainWindow(home)
    w.resize(*SIZE)
    w.show()
    w.unlock_screen.passphrase.setText(PASSPHRASE.decode())
    w.unlock_screen.button.click()
    wait_until(lambda: w.workspace is not None and not w.jobs.busy)
    return w


def courier_screens(world: DemoWorld, out: Path) -> None:
    w = unlocked(world.courier.home)
    ws = w.workspace
    assert isinstance(ws, CourierWorkspace)
    wait_until(lambda: ws.held is not None)
    ws.sticks.status.setText(ws.sticks.tr("Took %n item(s) from the stick.", "", 8))
    shoot(w, out, "20-courier-carrying")
    w.shutdown()
    w.close()


def desk_screens(world: DemoWorld, out: Path) -> None:
    w = unlocked(world.desk.home)
    ws = w.workspace
    assert isinstance(ws, DeskWorkspace)
    wait_until(lambda: ws.model.rowCount() == len(REPORTS) and not w.jobs.busy)
    ws.select_row(1)
    wait_until(lambda: not w.jobs.busy and not ws.attachments.image.pixmap().isNull())
    shoot(w, out, "21-desk-submissions")
    pane = ws.attachments
    pane.view.setCurrentIndex(pane.model.index(1, 0))  # the PDF, drawn from memory
    wait_until(lambda: not w.jobs.busy and pane.pdf.isVisible() and pane.pdf.pdf.pageCount() == 1)
    ws.details.ensureWidgetVisible(pane.pdf)
    shoot(w, out, "26-desk-pdf-preview")
    ws.tabs.setCurrentWidget(ws.devices)
    ws.devices.view.setCurrentIndex(ws.devices.model.index(0, 0))
    shoot(w, out, "22-desk-devices")
    ws.devices.ask("trust")
    dialog = ws.devices.dialog
    assert dialog is not None
    dialog.label.setText("North reporter")
    shoot(dialog, out, "23-desk-compare-fingerprint")
    dialog.reject()
    ws.tabs.setCurrentWidget(ws.receiving)
    shoot(w, out, "24-desk-receive")
    ws.tabs.setCurrentWidget(ws.alerts)
    ws.alerts.refresh_preview()
    wait_until(lambda: ws.alerts.rows is not None)
    shoot(w, out, "25-desk-alerts-preview")
    w.shutdown()
    w.close()


def role_screens(folder: Path, out: Path) -> None:
    """Render the courier's and the desk's screens into `out`."""
    world = build(folder / "roles")
    world.lock()
    courier_screens(world, out)
    desk_screens(world, out)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "en"
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory(prefix="satchel-screens-") as tmp:
        role_screens(Path(tmp), out)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
