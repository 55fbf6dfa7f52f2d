"""The crash loop across every role: stages a forked child runs until kill -9 lands.

A stage is one unit of one role's work, done the way the CLI and the window do it
(through satchel.sync.service): the reporter ingests and seals, sends to the inbox, writes
a stick and takes receipts from one; the courier stores a stick, uploads what it carries
and writes a stick back; the desk opens a stick, pulls from the inbox, verifies and
writes its receipts. Each child unlocks its vault, says "R", works, says "D <seconds>"
when its unit is done and then waits to be killed, so a kill lands anywhere from the
unlock to after the last commit. Lines on the pipe tell the parent what committed:
"C <report id>" after create_report, "P" at an upload's first progress, "O" at its outcome.

The inbox is `satchel inbox serve --no-onion` in its own process and the SOCKS relay
(netkit) runs inside each child, so the parent holds no thread when it forks.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from netkit import SocksRelay
from satchel.client.desk.verify import submission_ids, verify_submissions
from satchel.client.errors import SatchelError
from satchel.client.outbox.delivery import erase_delivered
from satchel.client.outbox.sealing import draft_ids, seal
from satchel.client.reports.ingest import collect_garbage
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import EnvelopeOutcome, EnvelopeProgress, Event
from satchel.sync.service.pulling import pull_session
from satchel.sync.service.route import Route
from satchel.sync.service.sending import send
from satchel.sync.service.stick import export_to_stick, import_from_stick
from satchel.sync.tor.manager import TorSettings


@dataclass
class Homes:
    """The three vaults, the sticks folder and the inbox's loopback port."""

    reporter: Path
    courier: Path
    desk: Path
    sticks: Path
    passphrase: bytes
    attachments: list[Path]
    inbox_port: int = 0
    made: dict[str, int] = field(default_factory=dict)  # sticks written per role

    def new_stick(self, role: str) -> Path:
        """A fresh folder for `role`'s next stick (pid-named: a kill may leave it half full)."""
        path = self.sticks / f"{role}-{time.monotonic_ns()}-{os.getpid()}"
        path.mkdir()
        return path

    def latest_stick(self, *roles: str) -> Path | None:
        found = [p for p in self.sticks.iterdir() if p.name.split("-")[0] in roles]
        return max(found, key=lambda p: int(p.name.split("-")[1]), default=None)


class Pipe:
    """The child's end: one line per write, so a kill never leaves half a line."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.uploading: set[str] = set()

    def say(self, line: str) -> None:
        os.write(self.fd, f"{line}\n".encode())

    def listener(self, event: Event) -> None:
        if isinstance(event, EnvelopeProgress) and event.sha256 not in self.uploading:
            self.uploading.add(event.sha256)
            self.say("P")
        elif isinstance(event, EnvelopeOutcome):
            self.say("O")


def _route(homes: Homes) -> tuple[Route, SocksRelay]:
    relay = SocksRelay(homes.inbox_port)
    return Route(TorSettings(mode="socks", socks=relay.address)), relay


def _quiet(*_: object) -> None:
    return None


def ingest(vault: Vault, homes: Homes, pipe: Pipe) -> None:
    spec = ReportInput(title=f"crash {time.monotonic_ns()}", body="what happened",
                       attachments=(homes.attachments[time.monotonic_ns() % 3],))
    rid = create_report(vault, spec, _quiet)
    pipe.say(f"C {rid}")
    seal(vault, [rid], _quiet)


def seal_drafts(vault: Vault, homes: Homes, pipe: Pipe) -> None:
    seal(vault, draft_ids(vault), _quiet)


def upload(vault: Vault, homes: Homes, pipe: Pipe) -> None:
    route, relay = _route(homes)
    with relay:
        send(vault, route, pipe.listener, CancelToken(), once=True)


def pull(vault: Vault, homes: Homes, pipe: Pipe) -> None:
    route, relay = _route(homes)
    with relay:
        pull_session(vault, route, pipe.listener, CancelToken(), once=True)


def export(vault: Vault, homes: Homes, pipe: Pipe) -> None:
    export_to_stick(vault, homes.new_stick(vault.role), _quiet, CancelToken())


def _importer(*sources: str) -> Callable[[Vault, Homes, Pipe], None]:
    def take(vault: Vault, homes: Homes, pipe: Pipe) -> None:
        stick = homes.latest_stick(*sources)
        if stick is not None:
            import_from_stick(vault, stick, _quiet, CancelToken())
    return take


def verify(vault: Vault, homes: Homes, pipe: Pipe) -> None:
    verify_submissions(vault, submission_ids(vault))


Work = Callable[[Vault, Homes, Pipe], None]
STAGES: dict[str, tuple[str, Work]] = {
    "ingest": ("reporter", ingest),
    "seal": ("reporter", seal_drafts),
    "send": ("reporter", upload),
    "export": ("reporter", export),
    "take-receipts": ("reporter", _importer("desk", "courier")),
    "courier-store": ("courier", _importer("reporter")),
    "courier-send": ("courier", upload),
    "courier-export": ("courier", export),
    "desk-import": ("desk", _importer("courier", "reporter")),
    "desk-pull": ("desk", pull),
    "desk-verify": ("desk", verify),
    "desk-export": ("desk", export),
}


def run_child(stage: str, homes: Homes, out: int) -> None:
    """The child's whole life: unlock, work, say done, wait for the kill."""
    role, work = STAGES[stage]
    pipe = Pipe(out)
    vault = Vault.open(getattr(homes, role), homes.passphrase)
    if role == "reporter":  # what every unlock does (ui/cli/context.py)
        erase_delivered(vault)
        collect_garbage(vault)
    pipe.say("R")
    start = time.monotonic()
    try:
        work(vault, homes, pipe)
    except SatchelError as e:  # expected outcomes (a half-written stick, no inbox): said
        pipe.say(f"E {type(e).__name__}")
    pipe.say(f"D {time.monotonic() - start:.4f}")
    while True:
        signal.pause()
