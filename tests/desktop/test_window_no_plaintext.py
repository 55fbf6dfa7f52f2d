"""No plaintext at rest after the window's flows (issue 15, "No plaintext at rest").

tests/desktop/windowflow.py drives the real widgets in a child pytest, because Qt reads
HOME, TMPDIR and the XDG folders when its application starts: the reporter's window
writes two reports with a JPEG whose EXIF carries a marker, sends one to a loopback
inbox and saves the other to a stick, and the desk's window imports the stick, previews
the photo and exports evidence, every folder chosen in Qt's own file dialogs. Then the
vaults, the inbox, the stick, the temp folder, the home and Qt's cache, config, data and
runtime folders are scanned for the markers, the photo's bytes and SHA-256 (as bytes and
as text), image magic (a thumbnail or a cached copy) and Qt settings naming a place: the
target is 0 hits. The evidence folder is the plaintext the desk asked for: it is left
out, and is the control that shows the scan finds what it looks for.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from plainkit import qt_history, scan
from windowflow import BODY, EXIF, TITLES

FLOW = Path(__file__).with_name("windowflow.py")
PLACES = {"TMPDIR": "tmp", "HOME": "home", "XDG_CACHE_HOME": "cache",
          "XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "data", "XDG_RUNTIME_DIR": "runtime"}


def run_window_flow(base: Path, env_root: Path) -> list[Path]:
    """Run the child flow with its own temp, home and XDG folders; return those folders."""
    places = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SATCHEL_FLOW_DIR=str(base))
    for var, name in PLACES.items():
        folder = env_root / name
        folder.mkdir(parents=True, mode=0o700)  # Qt refuses a runtime folder others can read
        env[var] = str(folder)
        places.append(folder)
    base.mkdir()
    child = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
         "--basetemp", str(base / "pytest"), str(FLOW)],
        cwd=FLOW.parents[2], env=env, capture_output=True, text=True, timeout=400, check=False)
    assert child.returncode == 0 and "1 passed" in child.stdout, \
        child.stdout[-4000:] + child.stderr[-2000:]
    return places


def test_window_flows_leave_no_plaintext_at_rest(tmp_path: Path) -> None:
    base = tmp_path / "flow"
    places = run_window_flow(base, tmp_path / "env")
    photo = (base / "in" / "street.jpg").read_bytes()
    evidence = base / "evidence"
    kept = list((evidence / "attachments").iterdir())
    hashes = {hashlib.sha256(b).hexdigest() for b in [photo, *(p.read_bytes() for p in kept)]}
    markers = [*(t.encode() for t in TITLES), BODY.encode(), EXIF.encode(),
               *(h.encode() for h in hashes)]
    assert scan([evidence], markers, hashes), "the scan must find the evidence's plaintext"
    world = base / "world"
    folders = [world / n for n in ("reporter", "desk", "courier", "inbox")]
    folders += [base / "stick", base / "pytest", *places]
    assert scan(folders, markers, hashes) + qt_history(places) == []
