"""ReadAhead and Writeback: order, limits, short sources, errors and early exits."""

from __future__ import annotations

import io
import itertools
import os
import threading
from pathlib import Path

import pytest
from satchel.client.blockio import ReadAhead, Writeback, readinto_exact

DATA = os.urandom(300_000)


def reader(src: io.BytesIO) -> ReadAhead:
    return ReadAhead(lambda view: readinto_exact(src, view), len(DATA), block=4096, depth=2)


def test_blocks_arrive_in_order_and_stop_at_the_limit() -> None:
    src = io.BytesIO(DATA + b"beyond the limit")
    with ReadAhead(lambda view: readinto_exact(src, view), len(DATA), block=4096,
                   depth=2) as blocks:
        got = b"".join(bytes(b) for b in blocks)
    assert got == DATA
    assert src.read() == b"beyond the limit"  # nothing past the limit was consumed


def test_short_source_ends_early() -> None:
    src = io.BytesIO(DATA[:10_000])
    with reader(src) as blocks:
        assert b"".join(bytes(b) for b in blocks) == DATA[:10_000]


@pytest.mark.parametrize("limit", [0, 1, 4096])
def test_small_or_empty_limits_read_inline_and_exactly(limit: int) -> None:
    src = io.BytesIO(DATA)
    before = threading.active_count()
    with ReadAhead(lambda view: readinto_exact(src, view), limit, block=4096) as blocks:
        got = b"".join(bytes(b) for b in blocks)
        assert threading.active_count() == before
    assert got == DATA[:limit]
    assert src.tell() == limit


def test_a_read_error_is_raised_in_the_consumer() -> None:
    calls = 0

    def failing(view: memoryview) -> int:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(5, "Input/output error")
        view[:] = b"x" * len(view)
        return len(view)

    seen = 0
    with pytest.raises(OSError, match="Input/output"), \
            ReadAhead(failing, 1 << 20, block=4096, depth=2) as blocks:
        for block in blocks:
            seen += len(block)
    assert seen == 2 * 4096


def test_leaving_early_stops_and_joins_the_thread() -> None:
    before = threading.active_count()
    src = io.BytesIO(DATA)
    with pytest.raises(RuntimeError), reader(src) as blocks:
        for _ in blocks:
            raise RuntimeError("the sink failed")
    assert threading.active_count() == before
    assert src.tell() <= 4 * 4096  # the thread stopped within its few buffers


def test_writeback_writes_everything_to_files_and_plain_streams(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    monkeypatch.setattr("satchel.client.blockio.WRITEBACK_STEP", 10_000)
    hints: list[tuple[int, int]] = []
    real = os.posix_fadvise

    def spy(fd: int, offset: int, length: int, advice: int) -> None:
        hints.append((offset, length))
        real(fd, offset, length, advice)

    monkeypatch.setattr(os, "posix_fadvise", spy)
    with open(tmp_path / "f", "wb") as f:
        f.write(b"head")
        out = Writeback(f)
        for i in range(0, len(DATA), 7000):
            out.write(memoryview(DATA)[i:i + 7000])
    assert (tmp_path / "f").read_bytes() == b"head" + DATA
    ranges = sorted(set(hints))
    assert ranges and ranges[0][0] == 4  # ranges start where this writer began
    assert all(a + n == b for (a, n), (b, _) in itertools.pairwise(ranges))
    # Each range is advised twice, once to start its writeback and once, a step later,
    # to drop it from the page cache; only the last is still waiting for its second.
    assert [hints.count(r) for r in ranges] == [2] * (len(ranges) - 1) + [1]
    assert hints[1:5] == [ranges[1], ranges[0], ranges[2], ranges[1]]  # new one, then drop
    sink = io.BytesIO()
    Writeback(sink).write(DATA)
    assert sink.getvalue() == DATA
