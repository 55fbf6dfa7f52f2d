"""A small real coalition for the courier's and the desk's window tests.

One signed directory lists the desk (its recipient and signing key) and an inbox (its
receipt key); a reporter, a courier and the desk hold it. Reports are written and sealed
with the same client calls the reporter's window makes, and travel on sticks written by
the same stick sessions the windows drive. Every vault is real SQLCipher, locked on disk,
with the window tests' passphrase.
"""

from __future__ import annotations

import io
import json
import time
from dataclasses import dataclass
from pathlib import Path

from deskkit import PASSPHRASE
from inboxkit import ONION, Inbox
from PIL import Image
from satchel.client.coalition import import_directory, root_fingerprint
from satchel.client.outbox.sealing import seal
from satchel.client.progress import no_progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.crypto.directory import Desk, Directory, sign_directory
from satchel.crypto.directory import Inbox as InboxEntry
from satchel.crypto.keys import SigningKey
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.service.cancel import CancelToken
from satchel.sync.service.events import ignore
from satchel.sync.service.stick import export_to_stick
from satchel.ui.demo.journey import make_pdf
from satchel.ui.desktop.first_run.plan import VaultPlan, create_vault

PDF_TEXT = "Order 17: detain the two journalists"


@dataclass
class Coalition:
    folder: Path
    directory: bytes
    inbox: Inbox  # not served: tests that pull serve it
    desk: Path
    reporter: Path
    courier: Path

    def open(self, home: Path) -> Vault:
        return Vault.open(home, PASSPHRASE.encode())


def make_coalition(folder: Path) -> Coalition:
    root = SigningKey.generate()
    box = Inbox(folder / "inbox", InboxConfig(inbox_id=ONION, max_upload_size=1 << 30))
    desk = create_vault(folder / "desk", VaultPlan("desk", PASSPHRASE.encode()))
    now = int(time.time())
    directory = sign_directory(root, Directory(
        serial=1, issued=now - 60, expires=now + 365 * 86400, root=root.public.text,
        recipients=(desk.recipient,),
        desks=(Desk("desk", desk.recipient, desk.device_key.public.text),),
        inboxes=(InboxEntry(ONION, box.key.public.text),)))
    fingerprint = root_fingerprint(directory)
    import_directory(desk, directory, accept_root=fingerprint)
    desk.lock()
    box.directory = directory
    homes = {}
    for role in ("reporter", "courier"):
        homes[role] = folder / role
        create_vault(homes[role], VaultPlan(role, PASSPHRASE.encode(), directory, fingerprint)).lock()
    return Coalition(folder, directory, box, folder / "desk", homes["reporter"], homes["courier"])


def photo(folder: Path, colour: tuple[int, int, int] = (200, 40, 40)) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, "PNG")
    path = folder / "checkpoint.png"
    path.write_bytes(out.getvalue())
    return path


def pdf(folder: Path) -> Path:
    path = folder / "order.pdf"
    path.write_bytes(make_pdf(PDF_TEXT))
    return path


def write_reports(world: Coalition, specs: list[ReportInput]) -> None:
    """Write and seal reports in the reporter's vault (queued, as "Send" leaves them)."""
    vault = world.open(world.reporter)
    try:
        ids = [create_report(vault, spec, no_progress) for spec in specs]
        seal(vault, ids, no_progress)
    finally:
        vault.lock()


def stick_from(world: Coalition, home: Path, stick: Path) -> Path:
    """What `home` carries, written to the folder `stick` by the stick session."""
    stick.mkdir(parents=True, exist_ok=True)
    vault = world.open(home)
    try:
        export_to_stick(vault, stick, ignore, CancelToken())
    finally:
        vault.lock()
    return stick


def sample_report(world: Coalition, title: str = "Phones seized at the checkpoint") -> ReportInput:
    return ReportInput(title, "Two <b>journalists</b> were stopped.\nTheir phones were taken.",
                       kind="intimidation", when="2026-11-30", where="Old town, North region, Freedonia",
                       service="Mobile network", people="two journalists",
                       attachments=(photo(world.folder), pdf(world.folder)))


def bulk_submissions(home: Path, n: int) -> None:
    """`n` submissions at the desk, copies of one real one with their own ids and kinds:
    enough rows to page through, without sealing thousands of envelopes."""
    vault = Vault.open(home, PASSPHRASE.encode())
    try:
        manifest, signature, doc, signer = vault.conn.execute(
            "SELECT manifest, signature, report_doc, signer FROM submissions LIMIT 1").fetchone()
        base = json.loads(doc)
        kinds = ("intimidation", "blocking", "internet-shutdown", "surveillance")
        rows = [(f"bulk{i:012d}", f"{i:064x}", f"s{i}", 1_700_000_000 + i, manifest, signature,
                 json.dumps({**base, "title": f"Bulk {i}", "kind": kinds[i % 4]}).encode(),
                 signer) for i in range(n)]
        with vault.transaction() as db:
            db.executemany(
                "INSERT INTO submissions(id, envelope_sha256, submission_id, received_at, "
                "manifest, signature, report_doc, signer, verified) VALUES(?,?,?,?,?,?,?,?,1)",
                rows)
    finally:
        vault.lock()
