"""`satchel demo --no-window`: USB only (tor hidden from PATH), over Tor, and Ctrl-C cleanup."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

SATCHEL = [sys.executable, "-m", "satchel.ui.cli.main"]


def demo(home: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([*SATCHEL, "--home", str(home), "demo", "--no-window"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def processes_under(folder: Path) -> list[str]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if str(folder) in cmdline:
            found.append(cmdline)
    return found


def test_demo_without_tor_goes_by_usb(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path / "empty")}  # no tor on PATH
    out, err = demo(tmp_path, env).communicate(timeout=120)
    lines = out.splitlines()
    assert lines and all(line.startswith("DEMO") for line in lines), out + err
    assert any("Tor: skipped" in line for line in lines)
    assert any("VERIFIED, signer" in line for line in lines)
    assert lines[-1] == "DEMO | done: the desk verified the report"
    made = [p.name for p in tmp_path.iterdir() if p.name != "empty"]
    assert len(made) == 1 and made[0].startswith("satchel-demo-")  # a new folder, nothing else


def test_demo_without_a_display_runs_in_the_terminal(tmp_path: Path) -> None:
    """`satchel demo` opens the window; with no display it says so and runs the journey."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PATH"] = str(tmp_path / "empty")
    proc = subprocess.Popen([*SATCHEL, "--home", str(tmp_path), "demo"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    out, err = proc.communicate(timeout=120)
    lines = out.splitlines()
    assert proc.returncode == 0, out + err
    assert lines[0] == "DEMO | there is no display here for the demo window; running in the terminal"
    assert lines[-1] == "DEMO | done: the desk verified the report"


@pytest.mark.tor
def test_demo_over_private_tor_network(tmp_path: Path) -> None:
    proc = demo(tmp_path, dict(os.environ))
    out, err = proc.communicate(timeout=300)
    lines = out.splitlines()
    assert proc.returncode == 0, err
    assert all(line.startswith("DEMO") for line in lines), out
    assert any("network bootstrapped" in line for line in lines)
    assert any("reporter upload" in line and "erased" in line for line in lines)
    assert any("desk pull" in line and "duplicate" in line for line in lines)  # USB came first
    # Two reports: one by USB (and again over Tor, kept once), one over Tor only.
    assert sum("VERIFIED, signer" in line for line in lines) == 2
    assert processes_under(tmp_path) == []


@pytest.mark.tor
def test_demo_interrupted_stops_its_tor(tmp_path: Path) -> None:
    proc = demo(tmp_path, dict(os.environ))
    assert proc.stdout is not None
    for line in proc.stdout:
        if "private Tor network" in line:
            break
    # Wait until the network's tor processes exist, then interrupt.
    for _ in range(100):
        if len(processes_under(tmp_path)) >= 5:
            break
        subprocess.run(["sleep", "0.1"], check=True)
    assert len(processes_under(tmp_path)) >= 5  # the demo and its tors are running
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0, out + err
    for _ in range(50):  # tor exits within ShutdownWaitLength 0 after SIGTERM
        if not processes_under(tmp_path):
            break
        subprocess.run(["sleep", "0.1"], check=True)
    assert processes_under(tmp_path) == []
