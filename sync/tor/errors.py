"""The typed failures of Satchel's Tor layer.

Every way that reaching Tor can fail is one subclass of `TorError`, and each
message says what failed and what the person can try. The CLI maps any
`TorError` to exit code 5 ("Tor or the inbox unreachable"); the UI shows the
message as it is. Raw stem, socket or subprocess exceptions never escape the
Tor layer: they are caught at the edge and wrapped in one of these.
"""

from __future__ import annotations


class TorError(Exception):
    """Base of every Tor failure Satchel reports."""


class TorNotInstalled(TorError):
    """No `tor` executable was found."""

    def __init__(self) -> None:
        super().__init__(
            "Tor is not installed: install it (Debian/Ubuntu: 'apt install tor') "
            "or attach Satchel to a running Tor with --tor-control or --tor-socks."
        )


class TorSettingsError(TorError, ValueError):
    """The Tor settings are inconsistent or unsafe (refused before any I/O)."""


class TorLaunchFailed(TorError):
    """The tor process Satchel started exited or could not be started."""


class TorBootstrapTimeout(TorError):
    """Tor did not finish connecting to the Tor network in time."""

    def __init__(self, seconds: float, progress: int, summary: str, warning: str = "") -> None:
        detail = f" Tor reported: {warning}." if warning else ""
        super().__init__(
            f"Tor could not connect to the Tor network within {seconds:g} s "
            f"(stuck at {progress}%: {summary}).{detail} "
            "Check that this computer's clock and time zone are right, that a firewall "
            "is not blocking Tor, and if Tor is blocked where you are, use bridges "
            "(obfs4 or snowflake)."
        )
        self.progress = progress
        self.summary = summary
        self.warning = warning


class TorControlUnreachable(TorError):
    """Nothing answered as Tor on the control port or socket."""


class TorSocksUnreachable(TorError):
    """Nothing accepted a connection on the SOCKS port."""


class TorAuthFailed(TorError):
    """Tor refused our authentication on its control port."""


class BridgeTransportMissing(TorError):
    """The pluggable transport binary that the chosen bridges need is absent."""

    def __init__(self, transport: str, binary: str, package: str) -> None:
        super().__init__(
            f"{transport} bridges need {binary}, which is not installed: install the "
            f"Debian package '{package}' ('apt install {package}') or choose other bridges."
        )
        self.transport = transport
        self.binary = binary
        self.package = package


class OnionServiceError(TorError):
    """Tor refused to create or remove an onion service."""
