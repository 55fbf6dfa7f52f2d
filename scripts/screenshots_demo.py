#!/usr/bin/env python3
"""The settings screens and the demo window, for scripts/screenshots.py (and runnable alone).

Usage: scripts/screenshots_demo.py [OUT_DIR [LANGUAGE]]. The settings are shown before unlock (from
the unlock screen) and on the workspace's tab; the demo window (without Tor: the stick
path) with a report being written, then at the desk once the stick was carried and the
report verified.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SATCHEL_INSECURE_FAST_KDF"] = "1"

from satchel.ui.desktop.app import application
from satchel.ui.desktop.demo.window import DemoWindow
from satchel.ui.desktop.i18n import apply_language
from screenshots import reporter_vault, shoot, unlocked, wait_until, window

DEMO_SIZE = (1200, 860)


def settings_screens(folder: Path, out: Path) -> None:
    prefs = folder / "window.json"
    w = window(reporter_vault(folder), prefs_path=prefs)
    w.unlock_screen.settings_button.click()
    shoot(w, out, "30-settings-before-unlock")
    w.shutdown()
    w.close()
    w = unlocked(folder / "reporter")
    tabs = getattr(w.workspace, "tabs", None)
    assert tabs is not None and w.settings_screen is not None
    tabs.setCurrentWidget(w.settings_screen)
    shoot(w, out, "31-settings-in-the-vault")
    w.shutdown()
    w.close()


def demo_screens(folder: Path, out: Path) -> None:
    demo = DemoWindow(folder, use_tor=False)
    demo.resize(*DEMO_SIZE)
    demo.show()
    wait_until(lambda: all(demo.workspaces()))
    reporter, desk = demo.workspaces()
    assert reporter is not None and desk is not None
    reporter.editor.title.setText("Internet cut during the protest")
    shoot(demo, out, "32-demo-reporter")
    reporter.send()
    wait_until(lambda: not reporter.editor.send.isEnabled() or reporter.editor.report_id is not None)
    wait_until(lambda: demo.reporter is not None and not demo.reporter.jobs.busy)
    carried: list[str] = []
    demo.carried.connect(carried.append)
    demo.carry()
    wait_until(lambda: bool(carried) and desk.model.rowCount() > 0
               and str(desk.model.index(0, desk.model.VERIFICATION).data()) != ""
               and not desk.model.busy)
    wait_until(lambda: demo.desk is not None and not demo.desk.jobs.busy)
    desk.select_row(0)
    wait_until(lambda: demo.desk is not None and not demo.desk.jobs.busy)
    shoot(demo, out, "33-demo-desk-verified")
    demo.shutdown()
    demo.close()


def demo_and_settings_screens(folder: Path, out: Path) -> None:
    (folder / "settings").mkdir(parents=True)
    settings_screens(folder / "settings", out)
    demo_screens(folder, out)


if __name__ == "__main__":
    application()
    apply_language(sys.argv[2] if len(sys.argv) > 2 else "en")
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots/en")
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="satchel-screens-") as tmp:
        demo_and_settings_screens(Path(tmp), target)
