"""Issue 10, items 17 and 16 (upload half): standard tus behaviour and inbox upload limits.

Real inbox on loopback (uvicorn), driven by raw HTTP the way a standard tus client
speaks, and by Satchel's own client. The inbox clock is the test's, so expiry and time
windows are exercised without sleeping.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from inboxkit import ONION, Inbox, envelope, meta, patch, post, serving, tus, write_file
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.inbox.limits import LimitsError, load_limits
from satchel.sync.transport.tus import upload

MiB = 1 << 20


@pytest.fixture()
def box(tmp_path: Path) -> Iterator[Inbox]:
    config = InboxConfig(inbox_id=ONION, max_upload_size=16 * MiB, upload_expiry=3600)
    with serving(Inbox(tmp_path / "inbox", config)) as b:
        yield b


def created(r: http.client.HTTPResponse) -> str:
    assert r.status == 201, r.read()
    return r.getheader("Location") or ""


def head(b: Inbox, url: str) -> http.client.HTTPResponse:
    c = b.http()
    c.request("HEAD", url, headers=tus())
    return c.getresponse()


def receipt_of(b: Inbox, sha: str) -> bytes:
    c = b.http()
    c.request("GET", f"/receipts/{sha}")
    r = c.getresponse()
    assert r.status == 200
    return r.read()


def send_whole(b: Inbox, data: bytes, sha: str) -> str:
    """What a standard tus client does: create, then PATCH from the offset it was given."""
    url = created(post(b, len(data), meta(sha)))
    r = patch(b, url, 0, data)
    assert r.status == 204, r.read()
    assert r.getheader("Upload-Offset") == str(len(data))
    return url


# -- item 17: re-sending a stored envelope ---------------------------------------------------


def test_standard_client_can_resend_a_stored_envelope(box: Inbox) -> None:
    data, sha = envelope(70_000)
    send_whole(box, data, sha)
    first = receipt_of(box, sha)
    box.clock.now += 100
    # A standard client reads no Upload-Offset from the 201: it PATCHes from 0.
    r = post(box, len(data), meta(sha))
    assert r.getheader("Upload-Offset") is None
    url = created(r)
    assert head(box, url).getheader("Upload-Offset") == "0"
    done = patch(box, url, 0, data)
    assert done.status == 204 and done.getheader("Upload-Offset") == str(len(data))
    assert receipt_of(box, sha) == first  # the same receipt: stored once, same stored_at
    assert [e.sha256 for e in box.store.list_envelopes(0, 100)] == [sha]
    assert not list((box.root / "partial").iterdir())


def test_satchel_client_asks_for_the_receipt_before_uploading(box: Inbox, tmp_path: Path) -> None:
    data, sha = envelope(MiB)
    path = write_file(tmp_path, data)
    first = upload(box.connect, ONION, path.open("rb"), len(data), sha)
    locations: list[str] = []
    second = upload(box.connect, ONION, path.open("rb"), len(data), sha,
                    on_location=locations.append)
    assert second.already_stored and second.bytes_sent == 0
    assert second.receipt == first.receipt
    assert locations == []  # no upload was created for an envelope already held
    assert box.store.count_open_uploads() == 0


def test_resend_of_a_stored_envelope_with_wrong_bytes_is_460(box: Inbox) -> None:
    data, sha = envelope(5000)
    send_whole(box, data, sha)
    url = created(post(box, len(data), meta(sha)))
    r = patch(box, url, 0, b"x" * len(data))
    assert r.status == 460
    assert (box.root / "envelopes" / sha).read_bytes() == data


# -- item 17: the checksum extension ---------------------------------------------------------


def checksum(data: bytes, algorithm: str = "sha256") -> str:
    return f"{algorithm} " + base64.b64encode(hashlib.new(algorithm, data).digest()).decode()


def patch_sum(b: Inbox, url: str, offset: int, body: bytes, value: str) -> http.client.HTTPResponse:
    c = b.http()
    c.request("PATCH", url, body=body, headers=tus(**{
        "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream",
        "Upload-Checksum": value}))
    return c.getresponse()


def test_checksum_extension_is_advertised(box: Inbox) -> None:
    c = box.http()
    c.request("OPTIONS", "/uploads/")
    r = c.getresponse()
    extensions = (r.getheader("Tus-Extension") or "").split(",")
    assert {"creation", "termination", "checksum", "expiration"} <= set(extensions)
    assert r.getheader("Tus-Checksum-Algorithm") == "sha256"


def test_checksum_mismatch_is_460_and_the_chunk_is_discarded(box: Inbox) -> None:
    data, sha = envelope(3 * MiB)
    url = created(post(box, len(data), meta(sha)))
    r = patch_sum(box, url, 0, data[:MiB], checksum(b"other bytes"))
    assert r.status == 460
    assert head(box, url).getheader("Upload-Offset") == "0"
    assert patch_sum(box, url, 0, data[:MiB], checksum(data[:MiB])).status == 204
    assert head(box, url).getheader("Upload-Offset") == str(MiB)
    bad = patch_sum(box, url, MiB, data[MiB:], checksum(data[MiB:-1]))
    assert bad.status == 460
    assert patch_sum(box, url, MiB, data[MiB:], checksum(data[MiB:])).status == 204
    assert (box.root / "envelopes" / sha).read_bytes() == data


@pytest.mark.parametrize("value", ["sha1 " + base64.b64encode(b"x" * 20).decode(),
                                   "sha256 not-base64!", "sha256", "sha256 " + "QQ=="])
def test_unsupported_or_malformed_checksum_is_400(box: Inbox, value: str) -> None:
    data, sha = envelope(100)
    url = created(post(box, len(data), meta(sha)))
    assert patch_sum(box, url, 0, data, value).status == 400
    assert head(box, url).getheader("Upload-Offset") == "0"


# -- item 17: the expiration extension -------------------------------------------------------


def expires(r: http.client.HTTPResponse) -> int:
    raw = r.getheader("Upload-Expires")
    assert raw is not None and raw.endswith(" GMT")
    return int(parsedate_to_datetime(raw).timestamp())


def test_upload_expires_is_sent_and_moves_with_activity(box: Inbox) -> None:
    data, sha = envelope(1000)
    r = post(box, len(data), meta(sha))
    assert expires(r) == box.clock.now + 3600
    url = created(r)
    box.clock.now += 600
    r = patch(box, url, 0, data[:10])
    assert r.status == 204 and expires(r) == box.clock.now + 3600
    assert expires(head(box, url)) == box.clock.now + 3600


def test_an_expired_upload_is_gone_before_the_purge_runs(box: Inbox) -> None:
    data, sha = envelope(1000)
    url = created(post(box, len(data), meta(sha)))
    assert patch(box, url, 0, data[:10]).status == 204
    box.clock.now += 3600
    assert head(box, url).status == 410
    assert patch(box, url, 10, data[10:]).status == 410
    assert not (box.root / "envelopes" / sha).exists()


# -- item 16 (upload half): resource limits --------------------------------------------------


def limited(tmp_path: Path, **limits: int) -> Inbox:
    return Inbox(tmp_path / "inbox", InboxConfig(inbox_id=ONION, upload_expiry=3600, **limits))


def test_open_uploads_and_pending_bytes_are_bounded(tmp_path: Path) -> None:
    with serving(limited(tmp_path, max_open_uploads=2, max_pending_bytes=1000)) as b:
        created(post(b, 600, meta(envelope(8)[1])))
        full = post(b, 600, meta(envelope(8)[1]))
        assert full.status == 503 and full.getheader("Retry-After")
        created(post(b, 400, meta(envelope(8)[1])))
        assert post(b, 1, meta(envelope(8)[1])).status == 503  # two open already
        b.clock.now += 3600  # both abandoned: expired uploads hold no slot
        created(post(b, 1000, meta(envelope(8)[1])))


def test_one_connection_creates_a_bounded_number_of_uploads(tmp_path: Path) -> None:
    with serving(limited(tmp_path, connection_uploads=2, connection_bytes=10_000)) as b:
        c = b.http()
        statuses = []
        for length in (10, 10, 10):
            c.request("POST", "/uploads/", headers=tus(**{
                "Upload-Length": str(length), "Upload-Metadata": meta(envelope(8)[1])}))
            r = c.getresponse()
            r.read()
            statuses.append(r.status)
        assert statuses == [201, 201, 429]
        c.request("POST", "/uploads/", headers=tus(**{
            "Upload-Length": "10001", "Upload-Metadata": meta(envelope(8)[1])}))
        assert c.getresponse().status == 429
        created(post(b, 10, meta(envelope(8)[1])))  # another connection starts afresh
        assert post(b, 10_001, meta(envelope(8)[1])).status == 429  # bytes per connection


def test_uploads_and_bytes_per_time_window_are_bounded(tmp_path: Path) -> None:
    with serving(limited(tmp_path, window=600, window_uploads=3, window_bytes=1000)) as b:
        for _ in range(2):
            created(post(b, 10, meta(envelope(8)[1])))
        over = post(b, 981, meta(envelope(8)[1]))
        assert over.status == 429 and over.getheader("Retry-After") == "600"
        created(post(b, 10, meta(envelope(8)[1])))
        b.clock.now += 300
        busy = post(b, 10, meta(envelope(8)[1]))
        assert busy.status == 429 and busy.getheader("Retry-After") == "300"
        b.clock.now += 300  # the window has passed: the budget is back
        created(post(b, 970, meta(envelope(8)[1])))


def test_a_refused_creation_leaves_nothing(tmp_path: Path) -> None:
    with serving(limited(tmp_path, window_uploads=1)) as b:
        created(post(b, 10, meta(envelope(8)[1])))
        assert post(b, 10, meta(envelope(8)[1])).status == 429
        assert b.store.count_open_uploads() == 1
        assert len(list((b.root / "partial").iterdir())) == 1


def test_limits_file_sets_limits_and_refuses_nonsense(tmp_path: Path) -> None:
    path = tmp_path / "limits.json"
    path.write_text('{"window_uploads": 50, "max_pending_bytes": 1073741824}')
    config = load_limits(path, InboxConfig(inbox_id=ONION))
    assert (config.window_uploads, config.max_pending_bytes) == (50, 1 << 30)
    assert config.max_open_uploads == InboxConfig(inbox_id=ONION).max_open_uploads
    for bad in ('{"window_uploads": 0}', '{"inbox_id": 1}', '{"window": "1h"}', "[1]", "{",
                '{"window": true}'):
        path.write_text(bad)
        with pytest.raises(LimitsError):
            load_limits(path, InboxConfig(inbox_id=ONION))
