"""The desk's and courier's models under Qt's model tester, and 10,000 submissions paged
in SQL: the view reads only the pages it shows, and the GUI thread keeps ticking."""

from __future__ import annotations

import itertools
import time

import pytest
from conftest import MakeWindow
from deskkit import unlock, wait_idle
from deskworld import (
    Coalition,
    bulk_submissions,
    make_coalition,
    sample_report,
    stick_from,
    write_reports,
)
from PySide6.QtCore import Qt, QTimer
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from satchel.client.desk.listing import Device
from satchel.client.desk.store import DESK_STATES
from satchel.crypto.manifest import AttachmentEntry
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import ignore
from satchel.sync.service.stick import import_from_stick
from satchel.ui.desktop.desk import DeskWorkspace, words
from satchel.ui.desktop.desk.attachments import AttachmentListModel
from satchel.ui.desktop.desk.devices import DeviceModel
from satchel.ui.desktop.desk.submission_model import SubmissionModel

BULK = 10_000


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Coalition:
    """A desk holding one real submission and 10,000 copies of it."""
    world = make_coalition(tmp_path_factory.mktemp("crowded"))
    write_reports(world, [sample_report(world)])
    stick = stick_from(world, world.reporter, world.folder / "stick")
    desk = world.open(world.desk)
    try:
        import_from_stick(desk, stick, ignore, CancelToken())
    finally:
        desk.lock()
    bulk_submissions(world.desk, BULK)
    return world


def test_device_and_attachment_models(qtmodeltester: ModelTester) -> None:
    devices = DeviceModel()
    devices.set_devices([Device("ABCD" * 8, "new", "", 1, "k1"),
                         Device("EFGH" * 8, "trusted", "North", 2, "k2")])
    qtmodeltester.check(devices)
    assert devices.data(devices.index(1, 1)) == "Trusted device"
    assert devices.data(devices.index(0, 2)) == "\u2068" + " ".join(["ABCD"] * 8) + "\u2069"
    attachments = AttachmentListModel()
    qtmodeltester.check(attachments)
    attachments.set_attachments((
        AttachmentEntry("photo.png", "image/png", 1234, "a" * 64, "b" * 64, True),
        AttachmentEntry("\u202eexe.pdf", "application/pdf", 99, "c" * 64, "d" * 64, False)))
    qtmodeltester.check(attachments)
    shown = attachments.data(attachments.index(1, 0))
    assert shown.startswith("\u2068\u202eexe.pdf\u2069")  # isolated: it cannot reorder the rest


def test_ten_thousand_submissions_page_in_sql_and_the_gui_keeps_ticking(
    qtbot: QtBot, qtmodeltester: ModelTester, make_window: MakeWindow, crowded: Coalition,
    record_property: pytest.RecordProperty,
) -> None:
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window = make_window(crowded.desk)
    unlock(qtbot, window)
    heartbeat.start()  # from the workspace's first query on (building it is not loading)
    desk = window.workspace
    assert isinstance(desk, DeskWorkspace)
    model = desk.model
    qtbot.waitUntil(lambda: model.total == BULK + 1, timeout=30_000)
    wait_idle(qtbot, window)  # the first verification pass and its reload are done
    for _ in range(5):  # scroll to the end a few times: each asks for one more page
        desk.view.scrollToBottom()
        qtbot.waitUntil(lambda: not model.busy, timeout=20_000)
    wait_idle(qtbot, window)
    heartbeat.stop()
    # Paging: rows read stay bounded by what the view asked for, never the 10,001.
    assert model.rowCount() == model.pages_read * SubmissionModel.PAGE
    assert SubmissionModel.PAGE < model.rowCount() < BULK
    # The heartbeat ran all along (asserted structurally; the longest gap is reported).
    assert len(ticks) > 10
    longest = max(b - a for a, b in itertools.pairwise(ticks))
    record_property("longest_gui_stall_ms", round(longest * 1000, 1))
    print(f"longest GUI-thread gap while loading {BULK} submissions: {longest * 1000:.1f} ms")
    qtmodeltester.check(model)
    # Sorting and filtering are new SQL queries: the first page of the new order.
    with qtbot.waitSignal(model.loaded, timeout=20_000):
        model.sort(SubmissionModel.KIND, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == SubmissionModel.PAGE and model.pages_read == 1
    kinds = [model.row(r).kind for r in range(model.rowCount())]
    assert kinds == sorted(kinds)
    with qtbot.waitSignal(model.loaded, timeout=20_000):
        desk.filters.kind.setCurrentIndex(desk.filters.kind.findData("blocking"))
    assert model.total == BULK // 4 and {model.row(r).kind for r in range(model.rowCount())} == {
        "blocking"}


def test_model_drops_every_row_on_lock(qtbot: QtBot, make_window: MakeWindow,
                                       crowded: Coalition) -> None:
    window = make_window(crowded.desk)
    unlock(qtbot, window)
    desk = window.workspace
    assert isinstance(desk, DeskWorkspace)
    qtbot.waitUntil(lambda: desk.model.rowCount() > 0, timeout=30_000)
    model = desk.model
    wait_idle(qtbot, window)
    window.lock()
    assert model.rowCount() == 0 and window.workspace is None


def test_desk_state_menus_list_every_state_in_the_stores_order() -> None:
    """The filter and triage menus pair the words with the states by position."""
    assert tuple(words.desk_states()) == DESK_STATES
    assert [words.desk_state(s) for s in DESK_STATES] == list(words.desk_states().values())
    assert words.desk_state("unknown-state") == "unknown-state"
