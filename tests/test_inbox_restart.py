"""An inbox restarted in the middle of an upload keeps what it committed: the client
resumes from the committed offset and the envelope is stored exactly once."""

from __future__ import annotations

from pathlib import Path

import pytest
from inboxkit import (
    ONION,
    Inbox,
    MiB,
    dying_factory,
    envelope,
    make_directory,
    serving,
    wait_for_offset,
    write_file,
)
from satchel.crypto.receipt import verify_receipt
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.transport.errors import InboxUnreachable
from satchel.sync.transport.tus import upload


def test_upload_resumes_across_an_inbox_restart(tmp_path: Path) -> None:
    data, sha = envelope(6 * MiB)
    path = write_file(tmp_path, data)
    root = tmp_path / "inbox"
    urls: list[str] = []
    with serving(Inbox(root, InboxConfig(inbox_id=ONION), make_directory())) as first:
        with pytest.raises(InboxUnreachable):
            upload(dying_factory(first, [4 * MiB, 0], [0]), ONION, path.open("rb"), len(data),
                   sha, on_location=urls.append, max_resumes=0)
        # The cut PATCH's bytes (4 MiB less the request heads), not an earlier PATCH's.
        held = wait_for_offset(first, urls[0], lambda n: n > 4 * MiB - 16 * 1024).committed
    # A new process on the same store: what was committed before the stop is still there.
    with serving(Inbox(root, InboxConfig(inbox_id=ONION), make_directory())) as second:
        result = upload(second.connect, ONION, path.open("rb"), len(data), sha,
                        upload_url=urls[0])
        assert result.bytes_sent == len(data) - held
        verify_receipt(result.receipt, [second.key.public], sha)
        stored = [e.sha256 for e in second.store.list_envelopes(0, 10_000)]
        assert stored.count(sha) == 1
        assert (root / "envelopes" / sha).read_bytes() == data
