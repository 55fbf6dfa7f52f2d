"""Every model passes Qt's model tester; the report list pages 10,000 reports."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from satchel.sync.service.events import EnvelopeOutcome, EnvelopeProgress
from satchel.ui.desktop.reporter import words
from satchel.ui.desktop.reporter.attachments import AttachmentModel
from satchel.ui.desktop.reporter.outbox import OutboxModel
from satchel.ui.desktop.reporter.queries import Snapshot
from satchel.ui.desktop.reporter.report_model import ID_ROLE, ReportListModel

STATES = ("draft", "queued", "uploading", "exported", "delivered")


def _reports(n: int) -> list[dict[str, object]]:
    """Rows as client.reports.list_reports gives them, oldest first."""
    return [{"id": f"{i:016x}", "title": f"Report {i}", "state": STATES[i % len(STATES)],
             "created_at": 1_700_000_000 + i, "attachments": i % 3} for i in range(n)]


def test_report_list_pages_ten_thousand_reports(qtmodeltester: ModelTester) -> None:
    model = ReportListModel()
    model.set_reports(_reports(10_000))
    assert model.total == 10_000
    assert model.rowCount() == ReportListModel.PAGE and model.canFetchMore()
    assert model.data(model.index(0, 0)) == "Report 9999"  # newest first
    assert model.data(model.index(0, 0), ID_ROLE) == f"{9999:016x}"
    fetched = 1
    while model.canFetchMore():
        model.fetchMore()
        fetched += 1
    assert model.rowCount() == 10_000 and fetched == 10_000 // ReportListModel.PAGE
    qtmodeltester.check(model)
    assert model.data(model.index(9_999, 0)) == "Report 0"
    assert model.data(model.index(1, 1)) == words.report_state(STATES[9998 % len(STATES)])
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_report_list_view_fetches_only_what_it_shows(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTableView

    model = ReportListModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_reports(_reports(10_000))
    view.show()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > ReportListModel.PAGE)
    assert model.rowCount() < 10_000


def test_attachment_model(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    model = AttachmentModel()
    qtmodeltester.check(model)
    for name in ("a.jpg", "b\u202egpj.exe", "c.pdf"):
        model.add(tmp_path / name, words.metadata_checking())
    model.set_status(tmp_path / "a.jpg", words.metadata_removed(["EXIF GPS"], done=False))
    model.remove(2)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert "\u202e" not in model.data(model.index(1, 0))  # the name as ingest records it
    assert model.data(model.index(0, 1)) == "Hidden information will be removed: EXIF GPS"


def test_outbox_model_progress_and_erased(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    model = OutboxModel()
    rows = _reports(5)
    envelopes = {"aa" * 32: ("0000000000000001", 1000), "bb" * 32: ("0000000000000001", 1000)}
    model.set_snapshot(Snapshot(rows, envelopes))
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # the draft is not in the outbox
    row = next(r for r in range(4) if model.data(model.index(r, 0)) == "Report 1")
    assert model.data(model.index(row, 1)) == "Waiting for a connection — safe in this vault"
    model.on_event(EnvelopeProgress("aa" * 32, 800, 1000))
    assert model.data(model.index(row, 1)) == "Sending 40 %"
    with qtbot.waitSignal(model.refresh_wanted):
        model.on_event(EnvelopeOutcome("aa" * 32, "delivered"))
    model.set_snapshot(Snapshot([r for r in rows if r["id"] != "0000000000000001"], {}))
    qtmodeltester.check(model)
    words_now = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert "Delivered and erased" in words_now and model.rowCount() == 4
    model.forget("0000000000000002")
    model.set_snapshot(Snapshot([r for r in rows if r["id"] not in
                                 ("0000000000000001", "0000000000000002")], {}))
    assert model.rowCount() == 3  # a deleted report is not said to be delivered
