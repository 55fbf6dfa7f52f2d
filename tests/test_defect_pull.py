"""Issue 10, items 2, 16 (desk side) and 18: what a desk pull acknowledges, and when it stops.

The real inbox app runs on loopback (inboxkit.serving) and the desk is a real vault;
the only stand-in is a SOCKS relay in place of Tor for the command-line test.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from clientkit import SATCHEL, World, cli_env, make_world
from inboxkit import DESK_KEY, ONION, Inbox, make_directory, put, recipient_of, sealed, serving
from netkit import SocksRelay
from satchel.client.desk.store import has_envelope, receive
from satchel.client.vault.vault import Vault
from satchel.crypto.directory import Desk, Directory, sign_directory
from satchel.crypto.keys import SigningKey
from satchel.crypto.keyslots import KdfParams
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.inbox.store_sqlite import SqliteFileStore
from satchel.sync.transport import pull as desk_pull

RETENTION = 3600
OTHER_DESK_KEY = SigningKey.generate()


def desk_vault(home: Path, key: SigningKey) -> Vault:
    vault = Vault.create(home, "desk", b"pw", KdfParams.insecure_for_tests())
    with vault.transaction():
        vault.set_meta("device_seed", key.seed)  # the desk key the directory lists
    return vault


def two_desk_directory(first: Vault, second: Vault) -> bytes:
    root = SigningKey.generate()
    d = Directory(serial=1, issued=1, expires=4_000_000_000, root=root.public.text,
                  recipients=tuple(sorted((recipient_of(first), recipient_of(second)))),
                  desks=(Desk("one", recipient_of(first), DESK_KEY.public.text),
                         Desk("two", recipient_of(second), OTHER_DESK_KEY.public.text)))
    return sign_directory(root, d)


def refusal(vault: Vault, sha: str) -> tuple[str, str] | None:
    from satchel.client.desk import store as desk_store  # the record the fix adds

    return desk_store.refusal(vault, sha)


def acked_by_someone(store: SqliteFileStore, sha: str) -> bool:
    found = store.find_envelope(sha)
    assert found is not None
    return found.acked


def acked(box: Inbox, sha: str) -> bool:
    return acked_by_someone(box.store, sha)


def on_inbox(box: Inbox, sha: str) -> bool:
    return (box.root / "envelopes" / sha).exists()


def purge_after_retention(box: Inbox) -> None:
    """Let the retention pass since every acknowledgement so far, then purge."""
    box.clock.now += RETENTION
    box.store.purge(box.clock.now, acked_retention=RETENTION,
                    upload_expiry=box.config.upload_expiry)


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    one, two = desk_vault(tmp_path / "one", DESK_KEY), desk_vault(tmp_path / "two", OTHER_DESK_KEY)
    yield one, two
    one.lock()
    two.lock()


@pytest.fixture
def box(tmp_path: Path, desks: tuple[Vault, Vault]) -> Iterator[Inbox]:
    config = InboxConfig(inbox_id=ONION, acked_retention=RETENTION)
    with serving(Inbox(tmp_path / "inbox", config, two_desk_directory(*desks))) as b:
        yield b


def test_one_desks_ack_does_not_purge_what_another_listed_desk_has_not_fetched(
    box: Inbox, desks: tuple[Vault, Vault]
) -> None:
    one, two = desks
    sha = put(box, sealed([recipient_of(one), recipient_of(two)]))
    assert [o.status for o in desk_pull.pull(one, box.connect, ONION)] == ["stored"]
    purge_after_retention(box)
    assert on_inbox(box, sha), "the first desk's ack purged what the second had not fetched"
    assert [o.status for o in desk_pull.pull(two, box.connect, ONION)] == ["stored"]
    assert has_envelope(two, sha)
    box.store.purge(box.clock.now + RETENTION - 1, acked_retention=RETENTION,
                    upload_expiry=box.config.upload_expiry)
    assert on_inbox(box, sha)  # the retention counts from the last desk's ack
    purge_after_retention(box)
    assert not on_inbox(box, sha)


def test_envelope_for_another_desk_is_recorded_deleted_and_not_acknowledged(
    box: Inbox, desks: tuple[Vault, Vault]
) -> None:
    one, two = desks
    sha = put(box, sealed([recipient_of(two)]))
    outcomes = desk_pull.pull(one, box.connect, ONION)
    assert [(o.sha256, o.status) for o in outcomes] == [(sha, "not-for-this-desk")]
    assert not has_envelope(one, sha)  # what fails to open is not kept
    assert not list(one.blob_path("x").parent.iterdir())
    recorded = refusal(one, sha)
    assert recorded is not None and recorded[0] == "not-for-this-desk"
    assert not acked(box, sha)
    assert desk_pull.pull(one, box.connect, ONION) == []  # not fetched again
    assert [o.status for o in desk_pull.pull(two, box.connect, ONION)] == ["stored"]
    purge_after_retention(box)
    assert on_inbox(box, sha)  # desk one never acknowledged it: the inbox keeps it


def test_garbage_is_rejected_not_acknowledged(box: Inbox, desks: tuple[Vault, Vault]) -> None:
    one, _ = desks
    sha = put(box, os.urandom(3000))
    outcomes = desk_pull.pull(one, box.connect, ONION)
    assert [o.status for o in outcomes] == ["rejected"]
    assert not has_envelope(one, sha) and refusal(one, sha) is not None
    assert not acked(box, sha)


def test_held_envelope_that_does_not_open_is_not_acknowledged(
    box: Inbox, desks: tuple[Vault, Vault]
) -> None:
    one, two = desks
    data = sealed([recipient_of(two)])
    sha = put(box, data)
    # It came by USB first, where the import keeps what it cannot open.

    def write(f: BinaryIO) -> None:
        f.write(data)

    held = receive(one, sha, len(data), write, via="usb")
    assert held.status == "not-for-this-desk" and has_envelope(one, sha)
    assert [o.status for o in desk_pull.pull(one, box.connect, ONION)] == ["not-for-this-desk"]
    assert not acked(box, sha)


def test_envelope_over_the_size_limit_is_refused_before_download(
    box: Inbox, desks: tuple[Vault, Vault]
) -> None:
    one, _ = desks
    sha = put(box, sealed([recipient_of(one)], 10_000))
    outcomes = desk_pull.pull(one, box.connect, ONION, max_size=8192)
    assert [o.status for o in outcomes] == ["too-large"]
    assert "8192" in outcomes[0].reason
    assert not has_envelope(one, sha) and refusal(one, sha) is not None
    assert not list(one.blob_path("x").parent.iterdir())  # not even a partial file
    assert not acked(box, sha)


OLD_SCHEMA = """
CREATE TABLE uploads(id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, length INTEGER NOT NULL,
    committed INTEGER NOT NULL, done INTEGER NOT NULL, created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);
CREATE TABLE envelopes(cursor INTEGER PRIMARY KEY AUTOINCREMENT, sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL, stored_at INTEGER NOT NULL, receipt BLOB NOT NULL, acked_at INTEGER);
"""


def test_store_of_the_inbox_wide_ack_schema_is_migrated_and_keeps_its_envelopes(
    tmp_path: Path,
) -> None:
    root = tmp_path / "old"
    (root / "envelopes").mkdir(parents=True)
    db = sqlite3.connect(root / "inbox.db")
    db.executescript(OLD_SCHEMA)
    acked, fresh = "a" * 64, "b" * 64
    for sha, acked_at in ((acked, 100), (fresh, None)):
        db.execute("INSERT INTO envelopes(sha256, size, stored_at, receipt, acked_at) "
                   "VALUES(?,?,?,?,?)", (sha, 3, 50, b"r", acked_at))
        (root / "envelopes" / sha).write_bytes(b"abc")
    db.commit()
    db.close()
    store = SqliteFileStore(root)
    try:
        assert [e.sha256 for e in store.list_envelopes(0, 10)] == [acked, fresh]
        assert acked_by_someone(store, acked)
        store.set_desks({DESK_KEY.public.text: 1})
        store.purge(10**9, acked_retention=1, upload_expiry=1)
        # An inbox-wide ack does not say which desk fetched it: kept, not guessed.
        assert (root / "envelopes" / acked).exists()
        assert store.acknowledge(acked, DESK_KEY.public.text, 200)
        store.purge(10**9, acked_retention=1, upload_expiry=1)
        assert not (root / "envelopes" / acked).exists()
        assert (root / "envelopes" / fresh).exists()
    finally:
        store.close()
    reopened = SqliteFileStore(root)  # the migrated store opens again as it is
    try:
        assert [e.sha256 for e in reopened.list_envelopes(0, 10)] == [fresh]
    finally:
        reopened.close()


# -- item 18: a refused login ends the pull instead of being retried forever ---------------


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return make_world(tmp_path_factory.mktemp("world"))


@pytest.mark.parametrize("once", [False, True])
def test_refused_login_ends_with_exit_4_and_one_sentence(
    world: World, tmp_path: Path, once: bool
) -> None:
    # The inbox's directory lists another desk's key, so this desk's login gets HTTP 403.
    inbox = Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION), make_directory())
    with serving(inbox) as b, SocksRelay(b.port) as relay:
        argv = [SATCHEL, "--home", str(world.desk), "--passphrase-file", str(world.passfile),
                "desk", "pull", "--tor-socks", relay.address]
        try:
            proc = subprocess.run(argv + (["--once"] if once else []), capture_output=True,
                                  env=cli_env(), timeout=60, check=False, text=True)
        except subprocess.TimeoutExpired:
            pytest.fail("desk pull kept retrying a login the inbox refused")
    lines = proc.stderr.splitlines()
    assert proc.returncode == 4, proc.stderr
    assert len(lines) == 1 and lines[0].startswith("satchel: ") and "403" in lines[0]
