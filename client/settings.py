"""Settings kept inside the vault (encrypted with it): bridges and locking.

They say something about the person (that they need a bridge, how careful they are),
so they live in the vault, unlike the few settings needed before unlock (language,
scale, theme), which the window keeps in a small file of its own. Bridge lines are
stored as given; sync/ checks them before any use.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from satchel.client.vault.vault import Vault

SETTINGS_KEY = "settings"
IDLE_IMMEDIATELY = -1  # lock as soon as the window is left (it loses the focus)
IDLE_NEVER = 0  # never lock for idleness (the other locks still apply)
IDLE_CHOICES = (IDLE_IMMEDIATELY, 1, 5, 15, 60, IDLE_NEVER)  # minutes, but for those two


@dataclass(frozen=True)
class VaultSettings:
    bridge_transport: str = "none"
    bridge_lines: tuple[str, ...] = ()
    idle_minutes: int = 5
    lock_on_minimise: bool = True


def read_settings(vault: Vault) -> VaultSettings:
    """The vault's settings; defaults for anything missing or not understood."""
    raw = vault.get_meta(SETTINGS_KEY)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    defaults = VaultSettings()
    kept = {}
    for f in fields(VaultSettings):
        value = data.get(f.name, getattr(defaults, f.name))
        if f.name == "bridge_lines":
            value = tuple(str(x) for x in value) if isinstance(value, list | tuple) else ()
        if isinstance(value, type(getattr(defaults, f.name))):
            kept[f.name] = value
    settings = VaultSettings(**kept)
    if settings.idle_minutes not in IDLE_CHOICES:
        settings = VaultSettings(**{**asdict(settings), "idle_minutes": defaults.idle_minutes})
    return settings


def write_settings(vault: Vault, settings: VaultSettings) -> None:
    """Store `settings` in the vault, in one transaction."""
    data = asdict(settings)
    data["bridge_lines"] = list(settings.bridge_lines)
    with vault.transaction():
        vault.set_meta(SETTINGS_KEY, json.dumps(data, sort_keys=True).encode())
