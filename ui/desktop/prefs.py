"""Settings needed before unlock (language, scale, theme), in a small file outside the vault.

They must be readable with the vault locked (the unlock screen is shown in the chosen
language and size), so they cannot be inside it; they say nothing about reports. Every
other setting lives in the vault (satchel.client.settings). A damaged or hand-edited
file never stops the window: what could not be read is reset to its default and the
window says so in one sentence (`Loaded.reset`).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs
from satchel.client.fsutil import fsync_dir

FILE_NAME = "window.json"
SCALES = (1.0, 1.25, 1.5, 2.0)
THEMES = ("system", "light", "dark", "high-contrast")


@dataclass(frozen=True)
class Prefs:
    language: str = ""  # empty: follow the system
    scale: float = 1.0
    theme: str = "system"


@dataclass(frozen=True)
class Loaded:
    prefs: Prefs
    reset: tuple[str, ...] = ()  # names of the settings that were reset to their default


def default_path() -> Path:
    return Path(platformdirs.user_config_dir("satchel")) / FILE_NAME


def _valid(name: str, value: object) -> bool:
    if name == "language":
        return isinstance(value, str) and len(value) <= 16
    if name == "scale":
        return isinstance(value, int | float) and not isinstance(value, bool) and value in SCALES
    return value in THEMES


def load_prefs(path: Path) -> Loaded:
    """The settings in `path`; defaults (and which were reset) for what cannot be read."""
    names = tuple(f.name for f in fields(Prefs))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Loaded(Prefs())
    except (OSError, ValueError):
        return Loaded(Prefs(), names)
    if not isinstance(data, dict):
        return Loaded(Prefs(), names)
    kept = {n: data[n] for n in names if n in data and _valid(n, data[n])}
    reset = tuple(n for n in names if n in data and n not in kept)
    if "scale" in kept:
        kept["scale"] = float(kept["scale"])
    return Loaded(Prefs(**kept), reset)


def save_prefs(path: Path, prefs: Prefs) -> None:
    """Write durably: a temporary file, fsync, then rename over the old one."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(path.name + ".new")
    with temporary.open("w", encoding="utf-8") as f:
        json.dump(asdict(prefs), f, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    temporary.replace(path)
    fsync_dir(path.parent)
