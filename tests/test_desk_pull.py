"""The desk's pull client against the real inbox app on loopback: resume, cuts, dedup."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from inboxkit import DESK_KEY, ONION, Inbox, make_directory, put, recipient_of, sealed, serving
from netkit import WrappedSocket
from satchel.client.desk.store import has_envelope
from satchel.client.vault.vault import Vault
from satchel.crypto.keyslots import KdfParams
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.transport import pull as desk_pull


class CuttingSocket(WrappedSocket):
    """A loopback connection that breaks after `budget` bytes were received through it."""

    def __init__(self, sock: socket.socket, budget: int) -> None:
        super().__init__(sock)
        self._budget = budget

    def recv(self, n: int, /) -> bytes:
        if self._budget <= 0:
            self._sock.close()
            raise ConnectionResetError("connection cut by the test")
        data = self._sock.recv(min(n, self._budget))
        self._budget -= len(data)
        return data


@pytest.fixture
def box(tmp_path: Path) -> Iterator[Inbox]:
    with serving(Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION), make_directory())) as b:
        yield b


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Vault]:
    vault = Vault.create(tmp_path / "desk", "desk", b"pw", KdfParams.insecure_for_tests())
    with vault.transaction():
        vault.set_meta("device_seed", DESK_KEY.seed)  # the desk key the directory lists
    yield vault
    vault.lock()


def stored(box: Inbox, desk: Vault, size: int) -> tuple[bytes, str]:
    """A real envelope for `desk` on the inbox: a desk acknowledges only what opens."""
    data = sealed([recipient_of(desk)], size)
    return data, put(box, data)


def cutting(box: Inbox, budgets: list[int]) -> desk_pull.Connector:
    def connect() -> CuttingSocket:
        return CuttingSocket(box.connect(), budgets.pop(0) if budgets else 1 << 62)

    return connect


def test_cut_download_resumes_and_acks(box: Inbox, desk: Vault,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk_pull, "CHUNK", 64 * 1024)
    _, sha = stored(box, desk, 300_000)
    outcomes = desk_pull.pull(desk, cutting(box, [150_000, 90_000]), ONION)
    assert len(outcomes) == 1 and outcomes[0].status not in ("failed", "damaged")
    assert has_envelope(desk, sha)
    assert desk_pull.pull(desk, box.connect, ONION) == []  # acknowledged: cursor moved on


def test_download_that_keeps_breaking_stores_nothing(box: Inbox, desk: Vault,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(desk_pull, "CHUNK", 64 * 1024)
    _, sha = stored(box, desk, 300_000)
    # Each connection dies after the login and listing, inside the first range reply.
    outcomes = desk_pull.pull(desk, cutting(box, [3_000] + [30_000] * 10), ONION,
                              max_resumes=2)
    assert [(o.sha256, o.status) for o in outcomes] == [(sha, "failed")]
    assert not has_envelope(desk, sha)
    assert not list(desk.blob_path("x").parent.rglob("*.part"))
    again = desk_pull.pull(desk, box.connect, ONION)  # not acknowledged: still there
    assert [o.sha256 for o in again] == [sha] and has_envelope(desk, sha)
    assert desk_pull.pull(desk, box.connect, ONION) == []


def test_envelope_already_held_is_only_acknowledged(box: Inbox, desk: Vault) -> None:
    _, sha = stored(box, desk, 1000)
    first = desk_pull.pull(desk, box.connect, ONION)
    assert [o.sha256 for o in first] == [sha]
    with desk.transaction():
        desk.delete_meta(f"pull_cursor:{ONION}")  # forget the cursor: relist everything
    assert [o.status for o in desk_pull.pull(desk, box.connect, ONION)] == ["duplicate"]
