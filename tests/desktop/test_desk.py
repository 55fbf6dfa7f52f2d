"""The desk's workspace on real vaults: import, verify, detail, devices, triage, export,
alerts, pulling from a loopback inbox and receipts back to a stick."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from conftest import MakeWindow
from deskkit import open_workspace, wait_idle
from deskworld import PDF_TEXT, Coalition, make_coalition, sample_report, stick_from, write_reports
from inboxkit import serving
from netkit import SocksRelay
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot
from satchel.client.reports.store import ReportInput
from satchel.sync.service.route import Route
from satchel.sync.tor.manager import TorSettings
from satchel.ui.desktop.connection import BridgeChoice
from satchel.ui.desktop.desk import DeskWorkspace
from satchel.ui.desktop.desk.submission_model import SubmissionModel
from satchel.ui.desktop.shell import MainWindow
from satchel.ui.desktop.widgets.fingerprint import group_fingerprint


@pytest.fixture
def world(tmp_path: Path) -> Coalition:
    world = make_coalition(tmp_path)
    write_reports(world, [sample_report(world)])
    return world


def reporter_fingerprint(world: Coalition) -> str:
    vault = world.open(world.reporter)
    try:
        return vault.device_key.public.fingerprint
    finally:
        vault.lock()


def open_desk(qtbot: QtBot, make_window: MakeWindow, world: Coalition,
              **options: object) -> tuple[MainWindow, DeskWorkspace]:
    return open_workspace(qtbot, make_window, world.desk, DeskWorkspace, **options)


def imported(qtbot: QtBot, make_window: MakeWindow, world: Coalition) -> tuple[MainWindow, DeskWorkspace]:
    stick = stick_from(world, world.reporter, world.folder / "stick")
    window, desk = open_desk(qtbot, make_window, world)
    with qtbot.waitSignal(desk.verified, timeout=30_000):
        desk.receiving.sticks.import_from(stick)
    wait_idle(qtbot, window)
    return window, desk


def files_under(folder: Path) -> set[Path]:
    """Every file below `folder` (the vaults, sticks and inputs of the test)."""
    return {p for p in folder.rglob("*") if p.is_file()}


def cell(model: SubmissionModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def test_import_from_a_stick_verifies_at_a_glance(qtbot: QtBot, make_window: MakeWindow,
                                                  world: Coalition) -> None:
    _window, desk = imported(qtbot, make_window, world)
    assert desk.receiving.sticks.status.text() == "Took 3 item(s) from the stick."
    model = desk.model
    assert model.rowCount() == 1
    assert cell(model, 0, model.VERIFICATION) == "Verified, new device"
    assert cell(model, 0, model.KIND) == "Intimidation, threats or arrest of network users"
    assert cell(model, 0, model.TITLE) == "Phones seized at the checkpoint"


def test_detail_shows_plain_text_fields_fingerprint_and_an_image_from_memory(
    qtbot: QtBot, make_window: MakeWindow, world: Coalition
) -> None:
    _window, desk = imported(qtbot, make_window, world)
    before = files_under(world.folder)
    with qtbot.waitSignal(desk.attachments.previewed, timeout=20_000) as shown:
        desk.select_row(0)
    assert shown.args == ["image"]
    assert files_under(world.folder) == before  # shown from memory: no file was written
    assert not desk.attachments.image.pixmap().isNull()
    assert desk.detail.body.toPlainText().startswith("Two <b>journalists</b> were stopped.")
    assert desk.detail.fields["where"].text() == "Old town, North region, Freedonia"
    assert desk.detail.signer.fingerprint == group_fingerprint(reporter_fingerprint(world))
    assert all(len(g) == 4 for g in desk.detail.signer.fingerprint.split())
    detail = desk.detail.detail
    assert detail is not None and len(detail.attachments) == 2
    hashes = desk.detail.hashes.text()  # in groups of eight, so they wrap and read aloud
    for attachment in detail.attachments:
        assert attachment.sha256 in hashes.replace(" ", "")
    assert detail.recipients[0] in desk.detail.recipients.text().replace(" ", "")


def test_a_pdf_is_shown_from_memory_and_saved_only_as_an_explicit_copy(
    qtbot: QtBot, make_window: MakeWindow, world: Coalition, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt and PDFium would put any temp or cache file under these: empty folders of our own.
    places = {name: tmp_path / "env" / name for name in ("TMPDIR", "HOME", "XDG_CACHE_HOME")}
    for name, place in places.items():
        place.mkdir(parents=True)
        monkeypatch.setenv(name, str(place))
    _window, desk = imported(qtbot, make_window, world)
    before = files_under(world.folder)
    pane = desk.attachments
    with qtbot.waitSignal(pane.previewed, timeout=20_000):
        desk.select_row(0)  # the photo first
    with qtbot.waitSignal(pane.previewed, timeout=20_000) as shown:
        pane.view.setCurrentIndex(pane.model.index(1, 0))
    assert shown.args == ["pdf"]
    assert pane.pdf.pdf.status() == QPdfDocument.Status.Ready and pane.pdf.pdf.pageCount() == 1
    assert PDF_TEXT in pane.pdf.pdf.getAllText(0).text()
    assert pane.pdf.isVisible() and not pane.image.isVisible()
    qtbot.waitUntil(lambda: pane.pdf.viewport().isVisible())
    pane.pdf.viewport().grab()  # draw the page, as the screen would, before looking for files
    assert files_under(world.folder) == before  # shown from memory: no file was written
    for place in places.values():
        assert not any(place.rglob("*")), f"{place} should stay empty"
    # Another selection forgets the document and its bytes; so does the lock (below).
    with qtbot.waitSignal(pane.previewed, timeout=20_000):
        pane.view.setCurrentIndex(pane.model.index(0, 0))
    assert pane.pdf.pdf.status() == QPdfDocument.Status.Null and pane.pdf.isHidden()
    with qtbot.waitSignal(pane.previewed, timeout=20_000):
        pane.view.setCurrentIndex(pane.model.index(1, 0))
    detail = desk.detail.detail
    assert detail is not None
    out = world.folder / "copies"
    out.mkdir()
    with qtbot.waitSignal(desk.attachments.saved, timeout=20_000) as saved:
        desk.attachments.save_copy(out)
    path = saved.args[0]
    assert path.parent == out and hashlib.sha256(path.read_bytes()).hexdigest() == \
        detail.attachments[1].sha256
    assert pane.pdf.pdf.status() == QPdfDocument.Status.Ready
    desk.drop_data()  # what locking the window does to the workspace, before deleting it
    assert pane.pdf.pdf.status() == QPdfDocument.Status.Null and pane.pdf.isHidden()


def test_trust_then_revoke_a_device_through_the_comparison_dialog(
    qtbot: QtBot, make_window: MakeWindow, world: Coalition
) -> None:
    window, desk = imported(qtbot, make_window, world)
    devices = desk.devices
    qtbot.waitUntil(lambda: devices.model.rowCount() == 1, timeout=20_000)
    devices.view.selectRow(0)
    devices.ask("trust")
    dialog = devices.dialog
    assert dialog is not None and dialog.discard.isDefault()
    assert dialog.fingerprint.fingerprint == group_fingerprint(reporter_fingerprint(world))
    dialog.discard.click()  # Discard changes nothing
    wait_idle(qtbot, window)
    assert devices.model.data(devices.model.index(0, 1)) == "New device"
    devices.ask("trust")
    assert devices.dialog is not None
    devices.dialog.label.setText("North reporter")
    with qtbot.waitSignal(desk.verified, timeout=20_000):
        devices.dialog.confirm.click()
    wait_idle(qtbot, window)
    assert devices.model.data(devices.model.index(0, 1)) == "Trusted device"
    assert cell(desk.model, 0, desk.model.VERIFICATION) == "Verified"
    assert "North reporter" in cell(desk.model, 0, desk.model.DEVICE)
    devices.view.selectRow(0)
    devices.ask("revoke")
    assert devices.dialog is not None
    with qtbot.waitSignal(desk.verified, timeout=20_000):
        devices.dialog.confirm.click()
    wait_idle(qtbot, window)
    assert cell(desk.model, 0, desk.model.VERIFICATION) == "Failed: signed by a revoked device"


def test_triage_and_the_state_filter(qtbot: QtBot, make_window: MakeWindow,
                                     world: Coalition) -> None:
    window, desk = imported(qtbot, make_window, world)
    with qtbot.waitSignal(desk.detail_shown, timeout=20_000):
        desk.select_row(0)
    desk.triage.state.setCurrentIndex(desk.triage.state.findData("in-review"))
    desk.triage.tags.setText("urgent, north")
    desk.triage.notes.setPlainText("Call the lawyer.")
    with qtbot.waitSignal(desk.model.loaded, timeout=20_000):
        desk.triage.save.click()
    assert cell(desk.model, 0, desk.model.STATE) == "In review"
    vault = window.vault
    assert vault is not None
    tags, notes = vault.conn.execute("SELECT tags, notes FROM submissions").fetchone()
    assert json.loads(tags) == ["north", "urgent"] and notes == "Call the lawyer."
    with qtbot.waitSignal(desk.model.loaded, timeout=20_000):
        desk.filters.state.setCurrentIndex(desk.filters.state.findData("dismissed"))
    assert desk.model.rowCount() == 0
    with qtbot.waitSignal(desk.model.loaded, timeout=20_000):
        desk.filters.state.setCurrentIndex(desk.filters.state.findData("in-review"))
    assert desk.model.rowCount() == 1


def test_evidence_export_with_progress_rechecks_with_sha256sum(
    qtbot: QtBot, make_window: MakeWindow, world: Coalition
) -> None:
    _window, desk = imported(qtbot, make_window, world)
    with qtbot.waitSignal(desk.detail_shown, timeout=20_000):
        desk.select_row(0)
    out = world.folder / "evidence"
    progress: list[tuple[int, int]] = []
    desk.evidence.relay.progress.connect(lambda _l, d, t: progress.append((d, t)))
    with qtbot.waitSignal(desk.evidence.exported, timeout=30_000):
        desk.evidence.export_to(out)
    assert progress and progress[-1][0] == progress[-1][1] > 0
    assert (out / "README.txt").exists()
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True,
                           check=False)
    assert check.returncode == 0, check.stdout


def test_alerts_preview_is_exactly_what_leaves(qtbot: QtBot, make_window: MakeWindow,
                                               world: Coalition) -> None:
    _window, desk = imported(qtbot, make_window, world)
    alerts = desk.alerts
    assert not alerts.export_button.isEnabled()  # nothing leaves before it was seen
    with qtbot.waitSignal(alerts.previewed, timeout=20_000):
        alerts.preview_button.click()
    preview = alerts.preview.toPlainText()
    assert "Phones seized" not in preview and "journalists" not in preview
    assert "intimidation,2026-11-30,North region,Freedonia,Mobile network" in preview
    out = world.folder / "alerts.csv"
    with qtbot.waitSignal(alerts.exported, timeout=20_000):
        alerts.export_to(out)
    assert out.read_text() == preview
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["verification"] == "verified" and rows[0]["count"] == "1"
    assert json.loads(out.with_suffix(".json").read_text())[0]["country"] == "Freedonia"


def test_pull_from_a_loopback_inbox_and_receipts_back_to_a_stick(
    qtbot: QtBot, make_window: MakeWindow, world: Coalition
) -> None:
    from satchel.sync.service.cancel import CancelToken
    from satchel.sync.service.events import ignore
    from satchel.sync.service.sending import send

    with serving(world.inbox) as box:
        relay = SocksRelay(box.port)
        route = Route(TorSettings(mode="socks", socks=f"127.0.0.1:{relay.port}"))
        try:
            reporter = world.open(world.reporter)
            try:
                send(reporter, route, ignore, CancelToken(), once=True)
            finally:
                reporter.lock()

            def route_for(_choice: BridgeChoice) -> Route:
                return route

            _window, desk = open_desk(qtbot, make_window, world, pull_route=route_for)
            # The window started pulling by itself; wait for what it pulled to verify.
            qtbot.waitUntil(lambda: desk.model.rowCount() == 1 and cell(
                desk.model, 0, desk.model.VERIFICATION).startswith("Verified"), timeout=30_000)
            assert desk.receiving.pulling  # keeps going while the window is open
            with qtbot.waitSignal(desk.receiving.pulled, timeout=20_000):
                desk.receiving.stop_button.click()
            assert not desk.receiving.pulling
        finally:
            relay.close()
    # A stick's way back: this desk pulled over Tor, so it owes no desk receipt; the
    # export carries the directory only, and says how many items it wrote.
    stick = world.folder / "back"
    stick.mkdir()
    with qtbot.waitSignal(desk.receiving.sticks.done, timeout=20_000) as done:
        desk.receiving.sticks.export_to(stick)
    assert done.args == ["exported"]
    assert desk.receiving.sticks.status.text().startswith("Saved ")


def test_receipts_for_a_stick_import_go_back_on_a_stick(qtbot: QtBot, make_window: MakeWindow,
                                                        world: Coalition) -> None:
    _window, desk = imported(qtbot, make_window, world)
    back = world.folder / "back"
    back.mkdir()
    with qtbot.waitSignal(desk.receiving.sticks.done, timeout=20_000):
        desk.receiving.sticks.export_to(back)
    # The reporter takes the receipts and erases what the desk holds.
    reporter = world.open(world.reporter)
    try:
        from satchel.sync.service.cancel import CancelToken
        from satchel.sync.service.events import ignore
        from satchel.sync.service.stick import import_from_stick

        outcomes = import_from_stick(reporter, back, ignore, CancelToken())
        assert sum(o["kind"] == "receipt" for o in outcomes) == 3
        states = {s for (s,) in reporter.conn.execute("SELECT state FROM envelopes")}
        assert states <= {"delivered", "erased"}
    finally:
        reporter.lock()


def test_filters_by_kind_and_device(qtbot: QtBot, make_window: MakeWindow,
                                    world: Coalition) -> None:
    write_reports(world, [ReportInput("Site blocked", kind="blocking")])
    _window, desk = imported(qtbot, make_window, world)
    assert desk.model.rowCount() == 2
    qtbot.waitUntil(lambda: desk.filters.kind.count() == 3 and desk.filters.device.count() == 2)
    with qtbot.waitSignal(desk.model.loaded, timeout=20_000):
        desk.filters.kind.setCurrentIndex(desk.filters.kind.findData("blocking"))
    assert desk.model.rowCount() == 1 and cell(desk.model, 0, desk.model.TITLE) == "Site blocked"
    with qtbot.waitSignal(desk.model.loaded, timeout=20_000):
        desk.filters.device.setCurrentIndex(1)
    assert desk.model.rowCount() == 1
