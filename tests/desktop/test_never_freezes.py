"""The window never freezes: a 256 MiB attachment is added, sealed and sent to an inbox
on loopback while a heartbeat on the GUI thread measures the longest stall.

The number is reported (bench/bench_window.py measures 1 GiB against the 50 ms goal);
the test asserts only what shows the work ran off the GUI thread: the heartbeat kept
beating, and no stall came near the seconds the ingest and upload themselves take."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeWindow
from deskkit import Heartbeat, random_file, send_as_is, unlock
from pytestqt.qtbot import QtBot
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.session import tor_sessions
from sendkit import loopback_inbox

SIZE_MIB = 256
BLOCKED_GUI_MS = 2000  # an ingest or upload on the GUI thread would stall it for seconds


def test_adding_and_sending_256_mib_keeps_the_gui_thread_beating(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, record_property: pytest.RecordProperty
) -> None:
    attachment = random_file(tmp_path / "interview.bin", SIZE_MIB)
    with loopback_inbox(tmp_path) as world:
        window = make_window(world.home, session=tor_sessions(world.route))
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: window.panel is not None and window.panel.state == "connected",
                        timeout=20_000)
        workspace = window.workspace
        assert isinstance(workspace, ReporterWorkspace)
        heart = Heartbeat()
        heart.start()
        delivered = send_as_is(workspace, "Interview recording", attachment)
        qtbot.waitUntil(delivered, timeout=600_000)
        longest = heart.stop()
    record_property("longest_gui_stall_ms", round(longest, 1))
    print(f"longest GUI-thread stall while adding and sending 256 MiB: {longest:.1f} ms")
    assert len(heart.ticks) > 100  # it beat all along
    assert longest < BLOCKED_GUI_MS
