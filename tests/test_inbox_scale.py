"""The inbox on shared storage: real PostgreSQL and a real S3 server (SeaweedFS) on loopback,
and two instances of the inbox sharing them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from satchel.crypto.receipt import verify_receipt
from satchel.sync.inbox.objects_s3 import PART_SIZE
from satchel.sync.inbox.store import HashMismatch
from satchel.sync.transport.tus import upload
from scalekit import (
    ONION,
    MiB,
    Shared,
    create,
    envelope,
    head_offset,
    instance,
    patch,
    receipt,
    serving,
    stored_count,
)

pytestmark = pytest.mark.timeout(300)



def test_store_streams_parts_and_keeps_the_tail_in_the_database(shared: Shared) -> None:
    """Many small commits across part boundaries; the bytes come back exactly, once."""
    store = shared.store()
    data, sha = envelope(2 * PART_SIZE + 3 * MiB + 17)
    store.create_upload("a" * 32, len(data), sha, 1)
    for start in range(0, len(data), 3 * MiB):
        writer = store.open_append("a" * 32, start, 2)
        writer.write(data[start:start + 3 * MiB])
        writer.close()
    state = store.get_upload("a" * 32)
    assert state is not None and state.committed == len(data)
    stored = store.complete_upload("a" * 32, 3, lambda s, t: b"receipt:" + s.encode())
    assert stored.receipt == b"receipt:" + sha.encode()
    assert b"".join(store.read_range(sha, 0, len(data))) == data
    assert b"".join(store.read_range(sha, PART_SIZE - 5, PART_SIZE + 5)) == \
        data[PART_SIZE - 5:PART_SIZE + 5]
    # The same envelope again: an ordinary upload, answered with the stored receipt.
    store.create_upload("b" * 32, len(data), sha, 4)
    writer = store.open_append("b" * 32, 0, 4)
    for start in range(0, len(data), MiB):
        writer.write(data[start:start + MiB])
    writer.close()
    again = store.complete_upload("b" * 32, 5, lambda s, t: b"other")
    assert again.receipt == stored.receipt and stored_count(shared, sha) == 1
    store.close()


def test_a_lying_hash_keeps_nothing(shared: Shared) -> None:
    store = shared.store()
    data, _ = envelope(PART_SIZE + 10)
    store.create_upload("c" * 32, len(data), "0" * 64, 1)
    writer = store.open_append("c" * 32, 0, 1)
    writer.write(data)
    writer.close()
    with pytest.raises(HashMismatch):
        store.complete_upload("c" * 32, 2, lambda s, t: b"")
    assert store.get_upload("c" * 32) is None and store.find_envelope("0" * 64) is None
    store.close()


def test_upload_started_on_one_instance_finishes_on_another(shared: Shared) -> None:
    """POST and half the bytes to A; HEAD and the rest to B; both give the same receipt."""
    data, sha = envelope(PART_SIZE + 5 * MiB + 123)
    half = PART_SIZE + MiB + 7
    with serving(instance(shared)) as a, serving(instance(shared)) as b:
        url = create(a, len(data), sha)
        assert patch(a, url, 0, data[:half]).status == 204
        assert head_offset(b, url) == half
        assert patch(b, url, half, data[half:]).status == 204
        got = receipt(a, sha)
        assert got is not None and got == receipt(b, sha)
        verify_receipt(got, [shared.key.public], sha)
        assert b"".join(a.store.read_range(sha, 0, len(data))) == data
    assert stored_count(shared, sha) == 1


def test_tus_client_uploads_through_either_instance(shared: Shared) -> None:
    """Satchel's own tus client: the second instance already holds what the first stored."""
    data, sha = envelope(3 * MiB)
    with serving(instance(shared)) as a, serving(instance(shared)) as b:
        first = upload(a.connect, ONION, io.BytesIO(data), len(data), sha)
        second = upload(b.connect, ONION, io.BytesIO(data), len(data), sha)
    assert second.already_stored and second.receipt == first.receipt
    assert stored_count(shared, sha) == 1


def test_serve_refuses_secrets_in_urls_and_half_a_configuration(tmp_path: Path) -> None:
    from clientkit import satchel

    passfile = tmp_path / "pass"
    passfile.write_bytes(b"inbox passphrase\n")
    home = tmp_path / "inbox"
    satchel("inbox", "init", home=home, passfile=passfile)
    objects = "s3://bucket?endpoint=http://127.0.0.1:9&region=r"
    cases = [
        (["--metadata", "postgresql://u:secret@127.0.0.1:9/db", "--objects", objects], "password"),
        (["--metadata", "postgresql://u@127.0.0.1:9/db"], "both"),
        (["--metadata", "postgresql://u@127.0.0.1:9/db", "--objects", "s3://k:s@b"], "credentials"),
    ]
    for flags, word in cases:
        run = satchel("inbox", "serve", "--no-onion", *flags, home=home, passfile=passfile,
                      expect=2)
        assert word in run.err and "secret" not in run.err


def test_serve_says_when_shared_storage_is_unreachable(tmp_path: Path) -> None:
    from clientkit import satchel
    from storekit import free_ports

    passfile = tmp_path / "pass"
    passfile.write_bytes(b"inbox passphrase\n")
    home = tmp_path / "inbox"
    satchel("inbox", "init", home=home, passfile=passfile)
    port = free_ports(1)[0]  # nothing listens there
    run = satchel("inbox", "serve", "--no-onion", "--metadata",
                  f"postgresql://u@127.0.0.1:{port}/db?connect_timeout=2", "--objects",
                  f"s3://b?endpoint=http://127.0.0.1:{port}&region=r", home=home,
                  passfile=passfile, expect=5)
    assert "--metadata" in run.err
