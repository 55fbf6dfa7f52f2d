"""The first-run wizard creates a real vault for each role; weak passphrases are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeWindow
from deskkit import PASSPHRASE, unlock
from pytestqt.qtbot import QtBot
from satchel.client.coalition import current_directory
from satchel.client.vault.vault import Vault
from satchel.crypto.keys import SigningKey
from satchel.ui.desktop.first_run.strength import estimate
from satchel.ui.desktop.shell import MainWindow
from satchel.ui.desktop.widgets.fingerprint import FSI, PDI


def _fill_passphrase(window: MainWindow, text: str) -> None:
    assert window.wizard is not None
    page = window.wizard.passphrase_page
    page.first.setText(text)
    page.second.setText(text)


def _next(window: MainWindow) -> None:
    assert window.wizard is not None
    window.wizard.next()


@pytest.mark.parametrize("text, expected", [
    ("", "weak"), ("short1!", "weak"), ("password", "weak"), ("password 123456", "weak"),
    ("aaaaaaaaaaaaaa", "weak"), ("Tulips4Ever!", "fair"), ("copper kettle walks north", "strong"),
])
def test_strength_estimate(text: str, expected: str) -> None:
    assert estimate(text) == expected


def test_reporter_wizard_creates_a_vault_with_directory_and_duress(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, directory_file: Path,
    coalition_root: SigningKey,
) -> None:
    home = tmp_path / "new"
    window = make_window(home)
    wizard = window.wizard
    assert wizard is not None and window.stack.currentWidget() is wizard
    wizard.role_page.set_role("reporter")
    _next(window)
    _fill_passphrase(window, "short")
    assert not wizard.passphrase_page.isComplete()
    assert wizard.passphrase_page.strength.text() == "weak"
    _fill_passphrase(window, PASSPHRASE)
    assert wizard.passphrase_page.isComplete()
    _next(window)
    page = wizard.directory_page
    assert not page.isComplete()  # a reporter needs the coalition's directory
    page.load(directory_file)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    shown = page.fingerprint.text()
    assert shown.startswith(FSI) and shown.endswith(PDI)
    groups = shown.strip(FSI + PDI).split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert shown.strip(FSI + PDI) == coalition_root.public.fingerprint
    assert not page.isComplete()  # not before the person confirms
    page.confirm.click()
    assert page.isComplete()
    _next(window)
    duress = wizard.duress_page
    duress.enabled.setChecked(True)
    duress.first.setText(PASSPHRASE)
    duress.second.setText(PASSPHRASE)
    assert not duress.isComplete()  # must differ from the passphrase
    duress.first.setText("a different duress phrase")
    duress.second.setText("a different duress phrase")
    assert duress.isComplete()
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        wizard.accept()
    assert window.wizard is None
    window.lock()
    window.jobs.wait()
    vault = Vault.open(home, PASSPHRASE.encode())
    try:
        assert vault.role == "reporter"
        directory = current_directory(vault)
        assert directory is not None and directory.root == coalition_root.public.text
    finally:
        vault.lock()


@pytest.mark.parametrize("role", ["courier", "desk"])
def test_wizard_for_courier_and_desk_then_unlock(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, role: str
) -> None:
    home = tmp_path / role
    window = make_window(home)
    assert window.wizard is not None
    window.wizard.role_page.set_role(role)
    _next(window)
    _fill_passphrase(window, PASSPHRASE)
    _next(window)
    assert window.wizard.directory_page.isComplete()  # optional for these roles
    _next(window)
    with qtbot.waitSignal(window.unlocked, timeout=20_000):
        window.wizard.accept()
    window.lock()
    assert window.stack.currentWidget() is window.unlock_screen
    unlock(qtbot, window)
    assert window.vault is not None and window.vault.role == role


def test_a_forged_directory_is_refused_in_one_sentence(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, directory_bytes: bytes
) -> None:
    forged = bytearray(directory_bytes)
    forged[-5] ^= 1
    path = tmp_path / "forged.directory"
    path.write_bytes(bytes(forged))
    window = make_window(tmp_path / "new")
    assert window.wizard is not None
    page = window.wizard.directory_page
    page.load(path)
    qtbot.waitUntil(lambda: bool(page.errors.text), timeout=10_000)
    assert "The coalition directory was refused" in page.errors.text
    assert page.preview is None and not page.isComplete()
