"""`satchel demo`'s window: marked DEMO, a reporter and a desk on the demo coalition; a
report written and sent at the reporter arrives at the desk and shows verified.

Without Tor (forced here) the report travels on the carried stick; with Tor (marked
`tor`) over the private loopback network, and the network's tors stop with the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from satchel.ui.desktop.demo.window import DemoWindow
from satchel.ui.desktop.desk import DeskWorkspace
from satchel.ui.desktop.desk.submission_model import SubmissionModel
from satchel.ui.desktop.reporter import ReporterWorkspace


@pytest.fixture
def demos(qtbot: QtBot) -> Iterator[list[DemoWindow]]:
    made: list[DemoWindow] = []
    yield made
    for window in made:
        window.shutdown()


def open_demo(qtbot: QtBot, demos: list[DemoWindow], base: Path, use_tor: bool,
              timeout: int = 60_000) -> tuple[DemoWindow, ReporterWorkspace, DeskWorkspace]:
    window = DemoWindow(base, use_tor=use_tor)
    qtbot.addWidget(window)
    demos.append(window)
    window.show()
    qtbot.waitUntil(lambda: all(window.workspaces()), timeout=timeout)
    reporter, desk = window.workspaces()
    assert reporter is not None and desk is not None
    return window, reporter, desk


def send_report(qtbot: QtBot, reporter: ReporterWorkspace, title: str) -> None:
    reporter.editor.title.setText(title)
    with qtbot.waitSignal(reporter.sent, timeout=30_000):
        reporter.editor.send.click()


def desk_shows(desk: DeskWorkspace, title: str) -> str:
    """The Verification column of the desk's row titled `title` ("" while not listed)."""
    model = desk.model
    for row in range(model.rowCount()):
        if model.index(row, SubmissionModel.TITLE).data() == title:
            return str(model.index(row, SubmissionModel.VERIFICATION).data())
    return ""


def test_demo_window_is_marked_and_carries_a_report_to_a_verifying_desk(
    qtbot: QtBot, demos: list[DemoWindow], tmp_path: Path
) -> None:
    window, reporter, desk = open_demo(qtbot, demos, tmp_path, use_tor=False)
    assert window.windowTitle() == "Satchel — DEMO"
    assert window.banner.mark.text() == "DEMO" and window.banner.isVisible()
    assert "no network path" in window.banner.connection.text()
    assert window.folder.parent == tmp_path  # a new folder: nothing else is touched
    assert [window.switcher.tabText(i) for i in range(window.switcher.count())] == \
        ["Reporter", "Desk"]
    send_report(qtbot, reporter, "Checkpoint near the bridge")
    with qtbot.waitSignal(window.carried, timeout=30_000) as carried:
        window.banner.carry.click()
    assert carried.args == ["imported"]
    assert window.switcher.currentWidget() is window.desk  # the newcomer sees it arrive
    qtbot.waitUntil(lambda: desk_shows(desk, "Checkpoint near the bridge").startswith("Verified"),
                    timeout=30_000)
    assert "checked who signed" in window.banner.status.text()


def test_carrying_with_nothing_sent_says_so(
    qtbot: QtBot, demos: list[DemoWindow], tmp_path: Path
) -> None:
    window, _reporter, desk = open_demo(qtbot, demos, tmp_path, use_tor=False)
    window.banner.carry.click()
    qtbot.waitUntil(lambda: "Nothing to carry yet" in window.banner.status.text(), timeout=30_000)
    assert window.banner.carry.isEnabled() and desk.model.rowCount() == 0


@pytest.mark.tor
def test_demo_window_over_the_private_tor_network(
    qtbot: QtBot, demos: list[DemoWindow], tmp_path: Path
) -> None:
    window, reporter, desk = open_demo(qtbot, demos, tmp_path, use_tor=True, timeout=300_000)
    assert "private Tor network" in window.banner.connection.text()
    tor = window.tor
    assert tor is not None and tor.running
    send_report(qtbot, reporter, "Mobile network cut")
    qtbot.waitUntil(lambda: desk_shows(desk, "Mobile network cut").startswith("Verified"),
                    timeout=180_000)
    window.close()
    assert not tor.running  # the window's close stopped the network and joined its worker
