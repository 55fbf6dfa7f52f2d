"""Bridge lines and the pluggable transports that carry them.

Bridge lines come from people (copied from bridges.torproject.org, a QR
code, a friend) and end up in a torrc, so each is checked here before use:
printable ASCII on one line, no torrc comment or line-continuation
characters, a known transport. Satchel only uses the system's transport
binaries (Debian packages), never downloads one.
"""

from __future__ import annotations

import os
import re

from satchel.sync.tor.errors import BridgeTransportMissing, TorSettingsError

TRANSPORTS = ("none", "obfs4", "snowflake", "meek_lite", "custom")

# transport name -> (binary, Debian package). obfs4proxy also serves meek_lite.
TRANSPORT_BINARIES: dict[str, tuple[str, str]] = {
    "obfs4": ("/usr/bin/obfs4proxy", "obfs4proxy"),
    "meek_lite": ("/usr/bin/obfs4proxy", "obfs4proxy"),
    "snowflake": ("/usr/bin/snowflake-client", "snowflake-client"),
}

_MAX_LINE = 2000
# Printable ASCII without '#' (comment) and '\' (line continuation).
_SAFE_LINE = re.compile(r"[\x20-\x22\x24-\x5b\x5d-\x7e]+")
_ADDRESS = re.compile(r"^(\d{1,3}(\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\]):\d{1,5}$")
_TRANSPORT_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def normalize_bridge_line(line: str) -> str:
    """Return the bridge line without a leading 'Bridge ', or raise TorSettingsError."""
    text = line.strip()
    if text[:7].lower() == "bridge ":
        text = text[7:].strip()
    if not text or len(text) > _MAX_LINE or not _SAFE_LINE.fullmatch(text):
        raise TorSettingsError(
            "A bridge line is empty, too long or holds characters that do not belong in "
            "a bridge line (line breaks, '#', '\\' or non-ASCII): copy it again exactly."
        )
    return " ".join(text.split())


def bridge_transport(line: str) -> str:
    """The transport a normalised bridge line names ('none' for a plain bridge)."""
    first = line.split(" ", 1)[0]
    if _ADDRESS.match(first):
        return "none"
    if not _TRANSPORT_NAME.match(first):
        raise TorSettingsError(
            f"This bridge line does not start with an address or a transport name: {first!r}."
        )
    return first


def check_bridges(transport: str, bridges: tuple[str, ...]) -> None:
    """Check that every bridge line fits the chosen transport."""
    if transport not in TRANSPORTS:
        raise TorSettingsError(
            f"Unknown bridge transport {transport!r}; use one of {', '.join(TRANSPORTS)}."
        )
    if transport != "none" and not bridges:
        raise TorSettingsError(f"{transport} was chosen but no bridge lines were given.")
    for line in bridges:
        used = bridge_transport(normalize_bridge_line(line))
        if transport == "custom":
            if used != "none" and used not in TRANSPORT_BINARIES:
                raise TorSettingsError(
                    f"Satchel cannot use {used!r} bridges; it supports obfs4, snowflake, meek_lite."
                )
        elif used != transport:
            raise TorSettingsError(
                f"A {used!r} bridge line was given where {transport} bridges were chosen."
            )


def bridge_lines_torrc(bridges: tuple[str, ...]) -> list[str]:
    """Torrc lines that make tor use these (already checked) bridges.

    Raises BridgeTransportMissing if a needed transport binary is not installed.
    """
    if not bridges:
        return []
    lines = [normalize_bridge_line(line) for line in bridges]
    needed = sorted({bridge_transport(line) for line in lines} - {"none"})
    plugins: dict[str, list[str]] = {}
    for name in needed:
        binary, package = TRANSPORT_BINARIES[name]
        if not os.access(binary, os.X_OK):
            raise BridgeTransportMissing(name, binary, package)
        plugins.setdefault(binary, []).append(name)
    torrc = ["UseBridges 1"]
    torrc += [
        f"ClientTransportPlugin {','.join(names)} exec {binary}"
        for binary, names in plugins.items()
    ]
    torrc += [f"Bridge {line}" for line in lines]
    return torrc
