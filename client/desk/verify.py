"""Verification of submissions at the desk.

For each submission, every check runs again from the stored ciphertext: the outer
decryption, the manifest signature, the recipient binding (this desk's recipient must be
in the signed set, so a report signed for others and re-encrypted to us fails), the report
hash, and for every attachment its envelope hash, size, SHA-256 and presence; then the
signing device's status in the registry (trust on first use: "new" verifies but is
marked; "revoked" fails). Each failure is a reason in words.

Many submissions are verified on every core: the checks of one submission need only its
files and the desk's keys, so a large batch is cut into one part per core, verified side
by side by the caller and by worker processes (Ed25519 and X25519 calls are too short to
release the GIL, so threads would not help). A worker is a new interpreter running
`python -m satchel.client.desk.verify` (`_worker_main` below), never a fork (the caller may hold threads,
Qt, Tor and the open database, which a fork would copy half-way) and not
multiprocessing's spawn (which re-runs the caller's main module). It gets the desk's
identity and its part through its stdin pipe (never argv or the environment), touches
neither the database nor the disk beyond reading blobs, and answers on stdout; if it
fails, the caller verifies that part itself. The caller records every outcome in one
transaction.
"""

import json
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO, cast

from satchel.client.desk.document import read_report_doc
from satchel.client.errors import SatchelError
from satchel.client.vault.vault import Vault
from satchel.crypto import age
from satchel.crypto.envelope import check_attachment, open_report
from satchel.crypto.errors import IntegrityError, WrongKeyError
from satchel.crypto.keys import VerifyKey
from satchel.crypto.manifest import AttachmentEntry

_SMALL_BATCH = 500
PARALLEL_MIN = 4000  # below this, starting a worker (about 0.2 s) saves little or nothing
HEAD_START = 10  # percent more than an equal part for the caller, who need not start up
REASONS = {
    "manifest signature": "the manifest signature is not valid",
    "recipient binding": "the report was signed for other recipients and re-encrypted",
    "report hash": "the report text does not match its signed hash",
    "report document": "the signed report document is not a JSON object (report document)",
}


class _NullSink:
    def write(self, data: bytes) -> int:
        return len(data)


def submission_ids(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT id FROM submissions ORDER BY received_at, id")]


def verify_submission(vault: Vault, submission_id: str) -> dict[str, Any]:
    """Verify one submission and record the outcome; see `verify_submissions`."""
    return verify_submissions(vault, [submission_id])[0]


def verify_submissions(vault: Vault, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Verify each submission and record every outcome in ONE transaction.

    SQLCipher runs with synchronous=FULL, so each commit is an fsync: committing once per
    batch instead of once per submission is what makes verifying thousands fast. An
    unknown id raises SatchelError before anything is recorded.
    """
    stored = _stored(vault, ids)
    keys = _DeskKeys.of(vault)
    results = _verify_all(keys, [(i, str(vault.blob_path(stored[i][0])), stored[i][1])
                                 for i in ids])
    # Record only what changed: re-verifying an unchanged desk writes nothing.
    changes = [
        (int(r["verified"]), json.dumps(r["reasons"]), r["id"])
        for r in results
        if (int(r["verified"]), json.dumps(r["reasons"])) != stored[r["id"]][2:]
    ]
    if changes:
        with vault.transaction() as db:
            db.executemany("UPDATE submissions SET verified = ?, reasons = ? WHERE id = ?", changes)
    return results


@dataclass
class _DeskKeys:
    """What verifying needs from the vault, read once per batch; sent to workers as JSON."""

    identity: str
    recipient: str
    devices: dict[str, str]
    envelopes: dict[str, str]  # attachment envelope SHA-256 -> its blob's path
    fingerprints: dict[str, str] = field(default_factory=dict)
    identities: list[age.X25519Identity] = field(default_factory=list)

    @classmethod
    def of(cls, vault: Vault) -> "_DeskKeys":
        conn = vault.conn
        return cls(
            identity=vault.identity, recipient=vault.recipient,
            devices={str(k): str(s) for k, s in conn.execute("SELECT public_key, status FROM devices")},
            # Attachments only, as plain strings: this goes to every worker through a pipe.
            envelopes={str(h): str(vault.blob_path(b)) for h, b in conn.execute(
                "SELECT sha256, blob FROM desk_envelopes WHERE sha256 NOT IN "
                "(SELECT envelope_sha256 FROM submissions)")},
        )

    def to_wire(self) -> dict[str, Any]:
        """The plain fields a worker needs (parsed keys are rebuilt there)."""
        return {"identity": self.identity, "recipient": self.recipient,
                "devices": self.devices, "envelopes": self.envelopes}

    def parsed(self) -> list[age.X25519Identity]:
        if not self.identities:
            self.identities.append(age.parse_identity(self.identity))
        return self.identities

    def fingerprint(self, public_key: str) -> str:
        if public_key not in self.fingerprints:
            self.fingerprints[public_key] = VerifyKey.from_text(public_key).fingerprint
        return self.fingerprints[public_key]


_Job = tuple[str, str, str]  # submission id, report envelope blob's path, recorded signer
_Result = dict[str, Any]


def _verify_all(keys: _DeskKeys, jobs: list[_Job]) -> list[_Result]:
    """Every job's result, in order; big batches on every core (see the module docstring)."""
    workers = (os.cpu_count() or 1) - 1  # the caller verifies too
    if len(jobs) < PARALLEL_MIN or workers < 1:
        return verify_slice(keys, jobs)
    # The caller starts at once while workers start their interpreters: it takes a bit more.
    mine = len(jobs) * (100 + HEAD_START * workers) // (100 * (workers + 1))
    step = -(-(len(jobs) - mine) // workers)
    parts = [jobs[i : i + step] for i in range(mine, len(jobs), step)]
    running = [_Worker(keys, part) for part in parts]
    results = verify_slice(keys, jobs[:mine])
    for worker, part in zip(running, parts, strict=True):
        results += worker.results(keys, part)
    return results


class _Worker:
    """One `python -m satchel.client.desk.verify` verifying `part`."""

    def __init__(self, keys: _DeskKeys, part: list[_Job]) -> None:
        # stderr is dropped: if the worker fails, its part is verified here, and a failure
        # here is reported the product's way (no traceback naming what was verified).
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "satchel.client.desk.verify"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        # Written from a thread: the pipe holds 64 KiB and the worker reads it only once
        # its interpreter is up, while the caller verifies its own part meanwhile.
        payload = json.dumps({"keys": keys.to_wire(), "jobs": part}).encode()
        self._feed = threading.Thread(target=self._send, args=(payload,), daemon=True)
        self._feed.start()

    def _send(self, payload: bytes) -> None:
        assert self._proc.stdin is not None
        try:
            self._proc.stdin.write(payload)
            self._proc.stdin.close()
        except OSError:
            pass  # the worker died: results() verifies its part here

    def results(self, keys: _DeskKeys, part: list[_Job]) -> list[_Result]:
        assert self._proc.stdout is not None
        try:
            # JSON, not pickle: even our own worker's output is only ever parsed as data.
            got: list[_Result] = json.load(self._proc.stdout)
        except (OSError, ValueError):
            got = []
        finally:
            self._feed.join()
            self._proc.stdout.close()
            if self._proc.wait() != 0 or len(got) != len(part):
                got = verify_slice(keys, part)
        return got


def verify_slice(keys: _DeskKeys, jobs: list[_Job]) -> list[_Result]:
    """The results of `jobs`, in this process (a worker's whole task)."""
    return [_verify(keys, *job) for job in jobs]


def _stored(vault: Vault, ids: Sequence[str]) -> dict[str, tuple[str, str, int | None, str]]:
    """Each submission's envelope blob, signer and recorded outcome, read in one query."""
    wanted = set(ids)
    query = ("SELECT s.id, e.blob, s.signer, s.verified, s.reasons FROM submissions s "
             "JOIN desk_envelopes e ON e.sha256 = s.envelope_sha256")
    params: tuple[str, ...] = ()
    if len(wanted) <= _SMALL_BATCH:  # a few ids: look them up; many: one scan
        query += f" WHERE s.id IN ({','.join('?' * len(wanted))})"
        params = tuple(wanted)
    found = {
        str(sid): (str(blob), str(signer), verified, str(reasons))
        for sid, blob, signer, verified, reasons in vault.conn.execute(query, params)
        if sid in wanted
    }
    for submission_id in ids:
        if submission_id not in found:
            raise SatchelError(
                f"No submission {submission_id} at this desk; see `satchel desk verify`."
            )
    return found


def _verify(keys: _DeskKeys, submission_id: str, blob: str, signer: str) -> dict[str, Any]:
    reasons: list[str] = []
    title, attachments = "", []
    try:
        with open(blob, "rb") as f:
            opened = open_report(f, keys.parsed(), keys.recipient)
        title = str(read_report_doc(opened.report_doc).get("title", ""))
        signer = opened.manifest.device
        attachments = [_check_one(keys, entry, reasons)
                       for entry in opened.manifest.attachments]
    except WrongKeyError:
        reasons.append("none of this desk's keys opens the report envelope")
    except IntegrityError as e:
        reasons.append(REASONS.get(e.what, f"the report envelope failed a check ({e.what})"))
    status = keys.devices.get(signer, "new")
    if status == "revoked":
        reasons.append("signed by a revoked device")
    return {
        "id": submission_id,
        "verified": not reasons,
        "signer_fingerprint": keys.fingerprint(signer),
        "device_status": status,
        "reasons": reasons,
        "title": title,
        "attachments": attachments,
    }


def _check_one(keys: _DeskKeys, entry: AttachmentEntry, reasons: list[str]) -> dict[str, Any]:
    info: dict[str, Any] = {"name": entry.name, "media_type": entry.media_type,
                            "size": entry.size, "sha256": entry.sha256, "verified": False}
    blob = keys.envelopes.get(entry.envelope_sha256)
    if blob is None:
        reasons.append(f"attachment {entry.name!r} is missing")
        return info
    try:
        with open(blob, "rb") as f:
            check_attachment(f, entry, keys.parsed(), cast(BinaryIO, _NullSink()))
    except (IntegrityError, WrongKeyError) as e:
        what = e.what if isinstance(e, IntegrityError) else "decryption"
        reasons.append(f"attachment {entry.name!r} was altered or damaged ({what})")
        return info
    info["verified"] = True
    return info


def _worker_main() -> None:
    """A worker: one JSON {keys, jobs} from our parent on stdin, the results on stdout."""
    data = json.load(sys.stdin.buffer)
    jobs: list[_Job] = [(str(a), str(b), str(c)) for a, b, c in data["jobs"]]
    json.dump(verify_slice(_DeskKeys(**data["keys"]), jobs), sys.stdout)
    sys.stdout.flush()


if __name__ == "__main__":
    _worker_main()
