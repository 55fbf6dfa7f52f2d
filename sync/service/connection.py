"""One Tor connection owned by a session: bootstrap with progress, stall watch, streams.

`TorSession` turns the Tor manager's progress into `Bootstrap` events, watches for a
bootstrap that stops moving (a "stalled" state, so the window offers bridges at once
instead of waiting for the timeout), and tells apart why connecting failed, in the
categories Tor Browser's Connection Assist uses. Every stream it hands out goes through
Tor's SOCKS port, isolated per envelope: the session is the only way out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from satchel.client.errors import UnreachableError, UsageError
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import Bootstrap, ConnectionState, Connectivity, Listener
from satchel.sync.service.uplink import ConnectorFactory
from satchel.sync.tor.errors import TorBootstrapTimeout, TorError
from satchel.sync.tor.manager import TorConnection, TorSettings, connect
from satchel.sync.tor.onion_auth import OnionAuthError, add_client_auth
from satchel.sync.tor.socks import SocksError, socks5_connect
from satchel.sync.transport.errors import InboxUnreachable
from satchel.sync.transport.http import Conn, Connector

STALL_SECONDS = 40.0


def classify(error: TorError, settings: TorSettings) -> Connectivity:
    """Which of Connection Assist's situations a failure to connect is."""
    if not isinstance(error, TorBootstrapTimeout):
        return "failed"
    warning = error.warning.lower()
    if "clock" in warning or "skew" in warning:
        return "clock_skew"
    if "noroute" in warning or "network is unreachable" in warning:
        return "offline"
    if settings.bridges or settings.transport != "none":
        return "bridge_failed"
    return "blocked" if error.progress < 15 else "failed"


class _StallWatch:
    """Calls `on_stall` once when no progress arrived for `seconds`; re-armed by progress."""

    def __init__(self, seconds: float, on_stall: Callable[[], None]) -> None:
        self._seconds = seconds
        self._on_stall = on_stall
        self._timer: threading.Timer | None = None

    def arm(self) -> None:
        self.stop()
        self._timer = threading.Timer(self._seconds, self._on_stall)
        self._timer.daemon = True
        self._timer.start()

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


class TorSession:
    """Open with `open()` (or `with`); `connectors(host)` gives isolated streams to an onion."""

    def __init__(self, settings: TorSettings, listener: Listener, cancel: CancelToken,
                 *, stall_after: float = STALL_SECONDS) -> None:
        self.settings = settings
        self._listener = listener
        self._cancel = cancel
        self._stall_after = stall_after
        self._tor: TorConnection | None = None
        self._lock = threading.Lock()

    def open(self) -> TorSession:
        """Connect and bootstrap; raises UnreachableError (exit 5) with Tor's advice."""
        self._listener(ConnectionState("connecting"))
        watch = _StallWatch(self._stall_after, self._stalled)

        def progress(percent: int, summary: str) -> None:
            watch.arm()
            self._listener(Bootstrap(percent, summary))

        watch.arm()
        try:
            tor = connect(self.settings, progress)
        except TorError as e:
            self._listener(ConnectionState(classify(e, self.settings), str(e)))
            raise UnreachableError(str(e)) from None
        finally:
            watch.stop()
        with self._lock:
            self._tor = tor
        self._cancel.on_cancel(self.close)
        self._listener(ConnectionState("connected"))
        return self

    def _stalled(self) -> None:
        advice = ("The bridge has not answered yet; try another bridge."
                  if self.settings.bridges else
                  "Tor has stopped making progress; if Tor is blocked here, try a bridge.")
        self._listener(ConnectionState("stalled", advice))

    @property
    def tor(self) -> TorConnection:
        if self._tor is None:
            raise UnreachableError("Tor is not connected; connect first.")
        return self._tor

    def authorize(self, onion: str, key_file: Path | None) -> None:
        """Hand Tor the inbox's client authorisation key, when there is one."""
        if key_file is None:
            return
        if self.tor.controller is None:
            raise UsageError("A client authorisation key needs Tor's control port: "
                             "use --tor-control or --launch-tor, not --tor-socks.")
        try:
            key = key_file.read_text()
        except OSError as e:
            raise UsageError(f"Cannot read {key_file}: {e.strerror}.") from None
        try:
            add_client_auth(self.tor.controller, onion, key)
        except OnionAuthError as e:
            raise UsageError(str(e)) from None

    def connectors(self, host: str) -> ConnectorFactory:
        """Streams to `host` through Tor, one isolation token per caller-chosen key."""
        socks = self.tor.socks_address

        def factory(isolation: str) -> Connector:
            def open_stream() -> Conn:
                try:
                    return socks5_connect(socks, host, 80, isolation=isolation)
                except SocksError as e:  # the HTTP client knows only inbox errors
                    raise InboxUnreachable(str(e)) from None

            return open_stream

        return factory

    def close(self) -> None:
        """Release Tor (a tor Satchel launched exits); safe to call twice, from any thread."""
        with self._lock:
            tor, self._tor = self._tor, None
        if tor is not None:
            tor.close()
            self._listener(ConnectionState("closed"))

    def __enter__(self) -> TorSession:
        return self.open()

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

