"""Start a tor process and follow its bootstrap through the control port.

`spawn_tor` runs `tor -f TORRC` with an empty defaults file (so the system's
/etc/tor/torrc never leaks into Satchel's tor) and returns once tor says on
its log that the control listener is open, with the address it bound; a
`ControlPort auto` thus needs no port guessing. A reader thread keeps
draining tor's output so tor never blocks on a full pipe, and remembers the
last lines for error messages.

`wait_for_bootstrap` follows STATUS_CLIENT BOOTSTRAP events on an
authenticated stem controller. It never polls: the event listener sets a
`threading.Event` that the caller waits on with a timeout.
"""

from __future__ import annotations

import collections
import contextlib
import os
import re
import signal
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import stem  # type: ignore[import-untyped]
import stem.control  # type: ignore[import-untyped]
from satchel.sync.tor.errors import TorBootstrapTimeout, TorError, TorLaunchFailed
from stem.response.events import StatusEvent  # type: ignore[import-untyped]

ProgressCallback = Callable[[int, str], None]

_CONTROL_READY = re.compile(r"Opened Control listener connection \(ready\) on (\S+)")
_PHASE_FIELD = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)')
_TAIL_LINES = 20


@dataclass
class TorProcess:
    """A running tor child process and the control address it bound."""

    process: subprocess.Popen[bytes]
    control_address: str
    _tail: collections.deque[str] = field(repr=False)

    def output_tail(self) -> str:
        """The last lines tor wrote, for error messages."""
        return "\n".join(self._tail)

    def terminate(self, grace: float = 5.0) -> None:
        """Stop tor: SIGTERM, then SIGKILL if it lingers."""
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block ends (main thread only).

    Starting a tor and recording it must not be split by a KeyboardInterrupt: a child
    started but not yet recorded would outlive us, since cleanup only stops what it knows.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    # Python-level holding, not pthread_sigmask: a blocked mask would be inherited by the
    # tor child, which could then no longer be stopped with SIGTERM.
    caught: list[int] = []

    def hold(signum: int, _frame: object) -> None:
        caught.append(signum)

    previous = {s: signal.signal(s, hold) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for held in caught:  # delivered now, to the handler that was in place
            signal.raise_signal(held)


def start_process(
    argv: list[str], *, capture: bool,
    on_start: Callable[[subprocess.Popen[bytes]], None] | None = None,
) -> subprocess.Popen[bytes]:
    """Popen for tor; `on_start` records the child before any Ctrl-C can intervene."""
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    with signals_deferred():
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT if capture else subprocess.DEVNULL)
        if on_start is not None:
            on_start(proc)
    return proc


def spawn_tor(
    tor_cmd: str, torrc: Path, timeout: float,
    on_start: Callable[[subprocess.Popen[bytes]], None] | None = None,
) -> TorProcess:
    """Start tor on `torrc`; return when its control listener is open.

    The torrc must log notices to stdout and open a control port.
    """
    try:
        proc = start_process([tor_cmd, "--defaults-torrc", os.devnull, "-f", str(torrc)],
                             capture=True, on_start=on_start)
    except OSError as exc:
        raise TorLaunchFailed(f"Could not start tor ({tor_cmd}): {exc.strerror}.") from exc
    tail: collections.deque[str] = collections.deque(maxlen=_TAIL_LINES)
    found: list[str] = []
    ready = threading.Event()

    def drain() -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip()
            tail.append(line)
            match = _CONTROL_READY.search(line)
            if match and not found:
                found.append(match.group(1))
                ready.set()
        ready.set()  # EOF: tor exited

    try:
        threading.Thread(target=drain, name="tor-output", daemon=True).start()
        ready.wait(timeout)
    except BaseException:  # interrupted before the caller could record the child
        TorProcess(proc, "", tail).terminate()
        raise
    tor = TorProcess(proc, found[0] if found else "", tail)
    if not found:
        tor.terminate()
        last = tor.output_tail().splitlines()[-3:]
        raise TorLaunchFailed(
            "Tor did not start (exit code "
            f"{proc.returncode}); its last words: " + " | ".join(last)
        )
    return tor


def parse_phase(text: str) -> dict[str, str]:
    """Parse the key=value fields of a bootstrap status line."""
    fields = {}
    for key, value in _PHASE_FIELD.findall(text):
        fields[key] = value[1:-1].replace('\\"', '"') if value.startswith('"') else value
    return fields


class _BootstrapWatch:
    """Collects bootstrap events; reports progress only when it increases."""

    def __init__(self, on_progress: ProgressCallback) -> None:
        self.on_progress = on_progress
        self.progress = -1
        self.summary = "not started"
        self.warning = ""
        self.done = threading.Event()
        self.lock = threading.Lock()

    def update(self, severity: str, fields: dict[str, str]) -> None:
        try:
            progress = int(fields.get("PROGRESS", ""))
        except ValueError:
            return
        summary = fields.get("SUMMARY", "")
        with self.lock:
            if severity == "WARN":
                self.warning = fields.get("WARNING", summary)
                return
            if progress <= self.progress:
                return
            self.progress, self.summary = progress, summary
        self.on_progress(progress, summary)
        if progress >= 100:
            self.done.set()

    def on_event(self, event: StatusEvent) -> None:
        if event.action == "BOOTSTRAP":
            self.update(str(event.runlevel), dict(event.arguments))


def wait_for_bootstrap(
    controller: stem.control.Controller,
    timeout: float,
    on_progress: ProgressCallback,
    start: Callable[[], None] | None = None,
) -> None:
    """Block until tor reports 100 % bootstrap, reporting each step.

    `start` runs once the listener is attached (e.g. to enable the network).
    Raises TorBootstrapTimeout (with tor's last warning) after `timeout` s.
    """
    watch = _BootstrapWatch(on_progress)
    try:
        controller.add_event_listener(watch.on_event, stem.control.EventType.STATUS_CLIENT)
        # Read the current phase only after subscribing, so no step is lost
        # between the two; the watch ignores anything not newer.
        current = controller.get_info("status/bootstrap-phase")
        if start is not None:
            start()
    except stem.ControllerError as exc:
        raise TorError(f"Tor's control port failed while reading bootstrap status: {exc}") from exc
    severity, _, rest = current.partition(" ")
    watch.update(severity, parse_phase(rest))
    finished = watch.done.wait(timeout)
    # If the connection died, removing fails; the outcome below still stands.
    with contextlib.suppress(stem.ControllerError):
        controller.remove_event_listener(watch.on_event)
    if not finished:
        raise TorBootstrapTimeout(timeout, max(watch.progress, 0), watch.summary, watch.warning)
