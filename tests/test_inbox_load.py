"""The inbox under load (loadkit): concurrent uploads and pulls, slow and abandoned
clients against the real inbox process. No loss; file handles come back down once the
clients are gone; the server's memory does not grow with the bytes it took (it streams).
scripts/inbox_load.py runs a bigger load and records the figures.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

from e2ekit import inbox_process, setup_world
from loadkit import Load, run_load


def test_load_loses_nothing_and_gives_back_its_handles(tmp_path: Path) -> None:
    world = setup_world(tmp_path)
    load = Load(uploads=12, slow=3, abandoned=4, pullers=2)
    figures = run_load(world, load, world.recipient)
    print(json.dumps(figures))
    assert figures["stored"] == figures["reached every desk"] == load.uploads + load.slow
    assert isinstance(figures["fds after"], int) and isinstance(figures["fds before"], int)
    assert figures["fds after"] <= figures["fds before"] + 4, figures
    # 15 envelopes of 200 kB each: a server that buffered them would show it; the bound
    # is the interpreter, uvicorn and SQLite plus a little, not the bytes taken.
    assert isinstance(figures["server peak RSS MiB"], float)
    assert figures["server peak RSS MiB"] < 200, figures


def test_the_inbox_accepts_connections_once_it_says_it_listens(tmp_path: Path) -> None:
    """Found by the load test: "Inbox listening on" was said before listen(), so a client
    that believed it at once was refused."""
    world = setup_world(tmp_path)
    for _ in range(3):
        with inbox_process(world) as (_, port):
            socket.create_connection(("127.0.0.1", port), timeout=10).close()
