#!/usr/bin/env python3
"""Render each screen of the desktop window offscreen into docs/screenshots/<lang>/*.png.

Usage: scripts/screenshots.py [OUT_DIR]. Every screen is rendered in English and Arabic
(right to left), and the reporter's new-report screen in Farsi and Chinese, so a
reviewer can check the translations, the mirrored layouts, the fonts (no boxes for
missing glyphs) and the isolated fingerprints and file names. Everything happens in a
throwaway folder with throwaway vaults (fast, insecure key derivation); no real vault
is opened.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SATCHEL_INSECURE_FAST_KDF"] = "1"

from PIL import Image
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget
from satchel.client.coalition import root_fingerprint
from satchel.client.outbox.sealing import seal
from satchel.client.progress import no_progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.crypto import age
from satchel.crypto.directory import Directory, sign_directory
from satchel.crypto.keys import SigningKey
from satchel.sync.service.events import Bootstrap, ConnectionState
from satchel.ui.desktop.app import application
from satchel.ui.desktop.first_run.plan import VaultPlan, create_vault
from satchel.ui.desktop.i18n import apply_language
from satchel.ui.desktop.reporter import ReporterWorkspace
from satchel.ui.desktop.shell import MainWindow

PASSPHRASE = "a throwaway passphrase for screenshots"  # noqa: S105 - throwaway vaults
SIZE = (1000, 700)


def wait_until(condition: Callable[[], bool], timeout_s: float = 30) -> None:
    """Run the event loop until `condition()` holds (a script, not the app)."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: (condition() or time.monotonic() > deadline) and loop.quit())
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    if not condition():
        raise SystemExit("screenshots: a screen did not get ready in time")


def settle() -> None:
    loop = QEventLoop()
    QTimer.singleShot(50, loop.quit)
    loop.exec()


def shoot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    widget.grab().save(str(out / f"{name}.png"))
    print(f"wrote {out / name}.png")


def directory_file(folder: Path) -> Path:
    root = SigningKey.generate()
    now = int(time.time())
    data = sign_directory(root, Directory(serial=1, issued=now - 60, expires=now + 86400 * 365,
                                          root=root.public.text,
                                          recipients=(age.to_recipient(age.generate_identity()),)))
    path = folder / "coalition.directory"
    path.write_bytes(data)
    return path


def photo(folder: Path) -> Path:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "ACME", "Phone 9"
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0)}
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 160)).save(out, "JPEG", exif=exif)
    path = folder / "checkpoint-photo.jpg"
    path.write_bytes(out.getvalue())
    return path


def window(home: Path, **options: object) -> MainWindow:
    w = MainWindow(home, **options)  # type: ignore[arg-type]
    w.resize(*SIZE)
    w.show()
    return w


def first_run(folder: Path, out: Path) -> None:
    w = window(folder / "new")
    wizard = w.wizard
    assert wizard is not None
    shoot(w, out, "01-first-run-role")
    wizard.next()
    wizard.passphrase_page.first.setText("copper kettle walks north")
    wizard.passphrase_page.second.setText("copper kettle walks north")
    shoot(w, out, "02-first-run-passphrase")
    wizard.next()
    wizard.directory_page.load(directory_file(folder))
    wait_until(lambda: wizard.directory_page.preview is not None)
    shoot(w, out, "03-first-run-directory")
    wizard.next()
    wizard.duress_page.enabled.setChecked(True)
    shoot(w, out, "04-first-run-duress")
    w.shutdown()
    w.close()


def reporter_vault(folder: Path) -> Path:
    home = folder / "reporter"
    data = directory_file(folder).read_bytes()
    vault = create_vault(home, VaultPlan("reporter", PASSPHRASE.encode(), data, root_fingerprint(data)))
    titles = ["Mobile data cut in the north", "Journalist's phone seized at checkpoint",
              "News site blocked since Monday", "Threats against a blogger"]
    try:
        for i, title in enumerate(titles):
            rid = create_report(vault, ReportInput(title, "…", kind="blocking"), no_progress)
            if i % 2:
                seal(vault, [rid], no_progress)
    finally:
        vault.lock()
    return home


def unlocked(home: Path, session: object = None) -> MainWindow:
    w = window(home, session=session)
    w.unlock_screen.passphrase.setText(PASSPHRASE)
    w.unlock_screen.button.click()
    wait_until(lambda: w.vault is not None and not w.jobs.busy)
    return w


class IdleSession:
    """A send session that never connects: the connection screens are driven by events."""

    def stop(self) -> None:
        pass

    def wake(self) -> None:
        pass


def workspace_screens(folder: Path, out: Path) -> None:
    home = reporter_vault(folder)
    w = window(home)
    w.unlock_screen.passphrase.setText("wrong")
    w.unlock_screen.button.click()
    wait_until(w.unlock_screen.button.isEnabled)
    shoot(w, out, "05-unlock-wrong-passphrase")
    w.shutdown()
    w.close()
    w = unlocked(home, session=lambda vault, choice, listener: IdleSession())
    ws = w.workspace
    assert isinstance(ws, ReporterWorkspace)
    ws.editor.title.setText("Internet cut during the protest")
    ws.editor.when.setText("3 May, from 18:00")
    ws.editor.where.setText("City centre")
    ws.editor.service.setText("A mobile operator")
    ws.editor.body.setPlainText("Mobile data stopped everywhere around the square at 18:00.")
    ws.add_files([photo(folder)])
    wait_until(lambda: not w.jobs.busy)
    shoot(w, out, "06-reporter-new-report")
    ws.list_view.setCurrentIndex(ws.reports.index(1, 0))  # selectRow misses in RTL
    wait_until(lambda: not w.jobs.busy and ws.editor.report_id is not None)
    ws.editor.countdown.start(ws.editor.report_id or "")
    shoot(w, out, "07-reporter-delete-countdown")
    ws.editor.countdown.stop()
    ws.tabs.setCurrentIndex(1)
    shoot(w, out, "08-outbox")
    connection_screens(w, ws, out)
    safety_screens(w, out)
    w.shutdown()
    w.close()


def connection_screens(w: MainWindow, ws: ReporterWorkspace, out: Path) -> None:
    ws.tabs.setCurrentIndex(2)
    assert w.panel is not None
    w.bridge.listener(Bootstrap(percent=45, summary="Loading relay descriptors"))
    wait_until(lambda: w.panel is not None and w.panel.progress.value() == 45)
    shoot(w, out, "09-connection-bootstrap")
    w.bridge.listener(ConnectionState("blocked", ""))
    wait_until(lambda: w.panel is not None and w.panel.state == "blocked")
    w.panel.bridges.set_transport("snowflake")
    shoot(w, out, "10-connection-blocked-bridges")
    w.bridge.listener(Bootstrap(percent=100, summary="Done"))
    wait_until(lambda: w.panel is not None and w.panel.state == "connected")
    shoot(w, out, "11-connection-connected")


def safety_screens(w: MainWindow, out: Path) -> None:
    """No Internet (what QNetworkInformation says), and panic asking for its word."""
    assert w.panel is not None
    w.bridge.listener(ConnectionState("closed", ""))
    wait_until(lambda: w.panel is not None and w.panel.state == "closed")
    w.panel.set_online(False)
    shoot(w, out, "12-connection-no-internet")
    w.ask_panic()
    dialog = w.panic_dialog
    assert dialog is not None
    dialog.field.setText(dialog.word[:3])
    shoot(dialog, out, "13-panic-type-the-word")
    dialog.reject()


def only_new_report(folder: Path, out: Path) -> None:
    """One screen for the languages shown once: a new report with a photo attached."""
    w = unlocked(reporter_vault(folder), session=lambda vault, choice, listener: IdleSession())
    ws = w.workspace
    assert isinstance(ws, ReporterWorkspace)
    ws.editor.title.setText("Internet cut during the protest")
    ws.add_files([photo(folder)])
    wait_until(lambda: not w.jobs.busy)
    shoot(w, out, "06-reporter-new-report")
    w.shutdown()
    w.close()


# Every screen in English and Arabic; one screen in Farsi and in Chinese.
LANGUAGES = {"en": "all", "ar": "all", "fa": "one", "zh_CN": "one"}


def main() -> int:
    default = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    app = application()
    for code, which in LANGUAGES.items():
        apply_language(code)
        out = root / code
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="satchel-screens-") as tmp:
            if which == "all":
                first_run(Path(tmp), out)
                workspace_screens(Path(tmp), out)
                from screenshots_roles import role_screens  # it imports this module's helpers

                role_screens(Path(tmp), out)
                from screenshots_demo import demo_and_settings_screens  # imports this module too

                demo_and_settings_screens(Path(tmp) / "demo", out)
            else:
                only_new_report(Path(tmp), out)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
