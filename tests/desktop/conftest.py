"""Fixtures for the window's tests: real vaults in tmp_path, a signed directory, a photo.

pytest-qt drives the real widgets (QT_QPA_PLATFORM=offscreen); the parent conftest sets
the insecure fast KDF for every vault made here.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from deskkit import PASSPHRASE
from PIL import Image
from pytestqt.qtbot import QtBot
from satchel.client.coalition import root_fingerprint
from satchel.crypto import age
from satchel.crypto.directory import Directory, sign_directory
from satchel.crypto.keys import SigningKey
from satchel.ui.desktop.first_run.plan import VaultPlan, create_vault
from satchel.ui.desktop.shell import MainWindow


@pytest.fixture(scope="session")
def coalition_root() -> SigningKey:
    return SigningKey.generate()


@pytest.fixture(scope="session")
def directory_bytes(coalition_root: SigningKey) -> bytes:
    now = int(time.time())
    recipient = age.to_recipient(age.generate_identity())
    return sign_directory(coalition_root, Directory(
        serial=1, issued=now - 60, expires=now + 365 * 86400,
        root=coalition_root.public.text, recipients=(recipient,)))


@pytest.fixture
def directory_file(tmp_path: Path, directory_bytes: bytes) -> Path:
    path = tmp_path / "coalition.directory"
    path.write_bytes(directory_bytes)
    return path


@pytest.fixture
def reporter_home(tmp_path: Path, directory_bytes: bytes) -> Path:
    """A reporter vault holding the directory, locked."""
    home = tmp_path / "vault"
    root = root_fingerprint(directory_bytes)
    create_vault(home, VaultPlan("reporter", PASSPHRASE.encode(), directory_bytes, root)).lock()
    return home


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    """A small JPEG whose EXIF names a camera and a place."""
    image = Image.new("RGB", (32, 24), (200, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "ACME"  # Make
    exif[0x0110] = "Phone 9"  # Model
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0)}  # GPS
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    path = tmp_path / "street.jpg"
    path.write_bytes(out.getvalue())
    return path


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[MakeWindow]:
    windows: list[MainWindow] = []

    def make(home: Path, **options: object) -> MainWindow:
        options.setdefault("tick_ms", 10)
        options.setdefault("countdown_s", 3)
        window = MainWindow(home, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shutdown()
