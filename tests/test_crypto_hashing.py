"""Sha256Thread: the digest of exactly what was given, even when the caller reuses its buffer."""

import hashlib
import os

from satchel.crypto.hashing import InlineSha256, Sha256Thread


def test_caller_may_overwrite_its_buffer_right_after_update() -> None:
    # The contract check_attachment relies on: update() takes a view of a reused buffer,
    # which the caller overwrites at once while the thread may not have hashed it yet.
    blocks = [os.urandom(100_000) for _ in range(40)]
    buf = bytearray(100_000)
    with Sha256Thread(depth=2, block=64 * 1024) as threaded:
        for block in blocks:
            buf[:] = block
            threaded.update(memoryview(buf))
        buf[:] = bytes(len(buf))  # a late hash of the buffer would now see zeros
        got = threaded.hexdigest()
    assert got == hashlib.sha256(b"".join(blocks)).hexdigest()


def test_thread_and_inline_agree_on_sizes_around_the_block() -> None:
    block = 4096
    for size in (0, 1, block - 1, block, block + 1, 3 * block + 7):
        data = os.urandom(size)
        inline, threaded = InlineSha256(), Sha256Thread(depth=1, block=block)
        with inline, threaded:
            inline.update(data)
            threaded.update(data)
            assert threaded.hexdigest() == inline.hexdigest() == hashlib.sha256(data).hexdigest()


def test_the_thread_gets_whole_blocks_whatever_the_callers_pieces() -> None:
    # One hand-over per block, not per update: each wakes the thread, which a busy
    # machine delays (the attachment check feeds it 1 MiB pieces into 4 MiB blocks).
    sizes: list[int] = []
    data = os.urandom(10 * 4096 + 5)
    with Sha256Thread(depth=1, block=4096) as threaded:
        real = threaded._digest  # a recorder goes around the real hash

        class Recorder:
            def update(self, view: memoryview) -> None:
                sizes.append(len(view))
                real.update(view)

            def hexdigest(self) -> str:
                return real.hexdigest()

        threaded._digest = Recorder()  # type: ignore[assignment]
        for start in range(0, len(data), 1000):
            threaded.update(data[start : start + 1000])
        assert threaded.hexdigest() == hashlib.sha256(data).hexdigest()
    assert sizes == [4096] * 10 + [5]
