"""The worker bridge and the small shared widgets."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QThread
from pytestqt.qtbot import QtBot
from satchel.client.errors import UsageError
from satchel.sync.service.events import ConnectionState
from satchel.ui.desktop.widgets import ErrorBar, PlainLabel, group_fingerprint
from satchel.ui.desktop.workers import EventBridge, Jobs


def test_jobs_run_off_the_gui_thread_and_answer_on_it(qtbot: QtBot) -> None:
    jobs = Jobs()
    seen: list[tuple[bool, bool]] = []
    gui = QThread.currentThread()
    with qtbot.waitSignal(jobs.idle):
        jobs.submit(lambda: QThread.currentThread() is gui,
                    lambda on_gui: seen.append((on_gui, QThread.currentThread() is gui)))
    assert seen == [(False, True)]


def test_job_errors_come_back_and_a_deleted_owner_is_skipped(qtbot: QtBot) -> None:
    jobs = Jobs()
    errors: list[BaseException] = []

    def fail() -> None:
        raise UsageError("One sentence.")

    owner = QObject()
    late: list[object] = []
    with qtbot.waitSignal(jobs.idle):
        jobs.submit(fail, None, errors.append)
        jobs.submit(lambda: 1, late.append, owner=owner)
        shiboken6.delete(owner)  # a screen closed by a lock while its job ran
    assert [str(e) for e in errors] == ["One sentence."]
    assert late == []


def test_event_bridge_delivers_from_any_thread_on_the_gui_thread(qtbot: QtBot) -> None:
    bridge = EventBridge()
    got: list[tuple[object, bool]] = []
    gui = QThread.currentThread()
    bridge.received.connect(lambda e: got.append((e, QThread.currentThread() is gui)),
                            Qt.ConnectionType.QueuedConnection)
    event = ConnectionState("offline")
    thread = threading.Thread(target=bridge.listener, args=(event,))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(event, True)]


def test_plain_label_never_renders_rich_text(qtbot: QtBot) -> None:
    label = PlainLabel('<img src="http://example.invalid/x.png"><b>bold</b>')
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText)
    assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("raw", ["ABCDEFGHIJKLMNOP", "abcd efgh ijkl mnop", "ABCD EFGH  IJKL MNOP"])
def test_fingerprint_groups_of_four(raw: str) -> None:
    assert group_fingerprint(raw) == "ABCD EFGH IJKL MNOP"


def test_error_bar_says_satchel_errors_and_hides_faults(qtbot: QtBot) -> None:
    bar = ErrorBar()
    qtbot.addWidget(bar)
    bar.show_error(UsageError("The stick is full; free some space."))
    assert bar.text == "The stick is full; free some space."
    bar.show_error(KeyError("internal"))
    assert "internal" not in bar.text and "nothing was lost" in bar.text
