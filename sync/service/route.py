"""How a session reaches the inbox: Tor settings plus the onion's client-authorisation key."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from satchel.sync.tor.manager import TorSettings


@dataclass(frozen=True)
class Route:
    """A value, so the CLI's flags and the window's settings build the same thing."""

    tor: TorSettings
    onion_auth: Path | None = None
