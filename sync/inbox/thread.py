"""The inbox app served on a loopback socket in a background thread.

`serve_in_thread(app)` is the one way the demo, the tests and the benchmarks run an
inbox inside a process (`satchel inbox serve` runs it in the foreground instead). It
binds 127.0.0.1 on a free port and listens before uvicorn starts, so the port it yields
accepts connections at once; it waits on an event (no polling) until uvicorn has started
or failed; and on leaving it asks uvicorn to stop, joins the thread and closes the socket,
so no server thread outlives the block.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from starlette.types import ASGIApp

START_SECONDS = 30.0
STOP_SECONDS = 10.0


class InboxThreadError(RuntimeError):
    """The in-process inbox server did not start."""


class _Server(uvicorn.Server):
    """uvicorn's server that says when its startup is over, whether it worked or not."""

    def __init__(self, config: uvicorn.Config, ready: threading.Event) -> None:
        super().__init__(config)
        self.ready = ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets)
        finally:
            self.ready.set()

    def run_until_stopped(self, sock: socket.socket) -> None:
        try:
            self.run(sockets=[sock])
        finally:  # a failure before startup must not leave the caller waiting
            self.ready.set()


@contextmanager
def serve_in_thread(app: ASGIApp, *, host: str = "127.0.0.1",
                    backlog: int = 64) -> Iterator[int]:
    """Serve `app` on `host` (loopback) in a daemon thread; yield the bound port."""
    sock = socket.create_server((host, 0), backlog=backlog)
    server = _Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                    timeout_graceful_shutdown=int(STOP_SECONDS) // 2),
                     threading.Event())
    thread = threading.Thread(target=server.run_until_stopped, args=(sock,),
                              name="satchel-inbox", daemon=True)
    thread.start()
    try:
        if not server.ready.wait(START_SECONDS) or not server.started:
            raise InboxThreadError("The inbox server did not start on loopback; "
                                   "see the log above for why, fix it and try again.")
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(STOP_SECONDS)
        if thread.is_alive():  # a client still holds a request open: drop it
            server.force_exit = True
            thread.join(STOP_SECONDS)
        sock.close()
