"""Verification of submissions at the desk.

For each submission, every check runs again from the stored ciphertext: the outer
decryption, the manifest signature, the recipient binding (this desk's recipient must be
in the signed set, so a report signed for others and re-encrypted to us fails), the report
hash, and for every attachment its envelope hash, size, SHA-256 and presence; then the
signing device's status in the registry (trust on first use: "new" verifies but is
marked; "revoked" fails). Each failure is a reason in words.

Many submissions are verified on every core: the checks of one submission need only its
files and the desk's keys, so a large batch is cut into small chunks that the caller and
worker processes take one at a time, whoever is free first, so that both finish together
however busy either core is (Ed25519 and X25519 calls are too short to release the GIL,
so threads would not help). A worker is a new interpreter running
`python -m satchel.client.desk.verify` (`_worker_main` below), never a fork (the caller may hold threads,
Qt, Tor and the open database, which a fork would copy half-way) and not
multiprocessing's spawn (which re-runs the caller's main module). It gets the desk's
identity and then its chunks through its stdin pipe (never argv or the environment),
touches neither the database nor the disk beyond reading blobs, and answers each chunk on
stdout. Once no chunk is left to take, the caller verifies the chunks workers still hold
rather than wait for them (a worker may be slow, hung or dead), then stops the workers.
The caller records every outcome in one transaction.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from satchel.client.desk.document import read_report_doc
from satchel.client.errors import SatchelError
from satchel.crypto import age
from satchel.crypto.envelope import check_attachment, open_report
from satchel.crypto.errors import IntegrityError, WrongKeyError
from satchel.crypto.keys import VerifyKey
from satchel.crypto.manifest import AttachmentEntry

if TYPE_CHECKING:
    # Only named in annotations: a worker process never opens the vault, and importing it
    # (SQLCipher and the key-slot machinery) was most of a worker's start-up.
    from satchel.client.vault.vault import Vault

_SMALL_BATCH = 500
PARALLEL_MIN = 4000  # below this, starting a worker (about 0.2 s) saves little or nothing
CHUNK_JOBS = 50  # submissions handed out at a time (about 20 ms of work)
IN_FLIGHT = 2  # chunks a worker holds at once
READY = b"ready\n"  # what a worker says once its interpreter is up
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
    outcomes = ((int(r["verified"]), json.dumps(r["reasons"]), r["id"]) for r in results)
    changes = [o for o in outcomes if o[:2] != stored[o[2]][2:]]
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
    def of(cls, vault: Vault) -> _DeskKeys:
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
    chunks = _Chunks(jobs)
    running = [_Worker(keys) for _ in range(workers)]
    feeders = [threading.Thread(target=w.serve, args=(chunks,), daemon=True) for w in running]
    for feeder in feeders:
        feeder.start()
    try:
        while (i := chunks.take()) is not None:
            chunks.results[i] = verify_slice(keys, chunks.parts[i])
        # Nothing is left to take. Rather than wait for the chunks workers still hold (a
        # worker may be slow on a busy core, hung, or dead), verify them here too, the last
        # handed out first (no worker has started it); an answer meanwhile is the same.
        for i in reversed(range(len(chunks.parts))):
            if chunks.results[i] is None:
                chunks.results[i] = verify_slice(keys, chunks.parts[i])
    finally:  # also when verifying here raised: no worker outlives the batch
        for worker in running:
            worker.stop()
        for feeder in feeders:
            feeder.join()
    results: list[_Result] = []
    for got in chunks.results:
        assert got is not None  # every chunk was verified just above
        results += got
    return results


class _Chunks:
    """The batch in small chunks, each taken by whoever is free first: the caller, or a
    worker's feeder. A fixed split left one side idle whenever the other core was busy
    with something else; taking chunks on demand keeps both working to the end."""

    def __init__(self, jobs: list[_Job]) -> None:
        self.parts = [jobs[i : i + CHUNK_JOBS] for i in range(0, len(jobs), CHUNK_JOBS)]
        self.results: list[list[_Result] | None] = [None] * len(self.parts)
        self._next = 0
        self._lock = threading.Lock()

    def take(self) -> int | None:
        with self._lock:
            if self._next == len(self.parts):
                return None
            self._next += 1
            return self._next - 1


class _Worker:
    """One `python -m satchel.client.desk.verify`, fed chunks by a thread of the caller."""

    def __init__(self, keys: _DeskKeys) -> None:
        # stderr is dropped: if the worker fails, its chunks are verified here, and a failure
        # here is reported the product's way (no traceback naming what was verified).
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "satchel.client.desk.verify"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        self._keys = json.dumps(keys.to_wire()).encode() + b"\n"

    def stop(self) -> None:
        """End the worker now: it only reads, so nothing of it needs to finish."""
        self._proc.kill()

    def serve(self, chunks: _Chunks) -> None:
        """Hand the worker chunks until none is left or it is stopped."""
        try:
            self._talk(chunks)
        except (OSError, ValueError):
            pass  # the worker failed or was stopped: the caller verifies what it held
        finally:
            for pipe in (self._proc.stdin, self._proc.stdout):
                if pipe is not None:
                    with contextlib.suppress(OSError):  # the pipe of a worker that died
                        pipe.close()
            self._proc.wait()

    def _talk(self, chunks: _Chunks) -> None:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        send, answers = self._proc.stdin, self._proc.stdout
        send.write(self._keys)
        send.flush()
        # No chunk is taken before the worker's interpreter is up: until then the caller
        # verifies them all itself.
        if answers.readline() != READY:
            return
        held: deque[int] = deque()
        while True:
            # Two chunks in flight: the worker starts the next while its answer waits for
            # this thread to get the GIL back from the verifying caller.
            while len(held) < IN_FLIGHT and (i := chunks.take()) is not None:
                send.write(json.dumps(chunks.parts[i]).encode() + b"\n")
                send.flush()
                held.append(i)
            if not held:
                return
            i = held.popleft()
            chunks.results[i] = _answer(answers.readline(), len(chunks.parts[i]))


def _answer(line: bytes, count: int) -> list[_Result]:
    """A worker's answer to a chunk of `count` jobs; ValueError if it is not one."""
    # JSON, not pickle: even our own worker's output is only ever parsed as data.
    got = json.loads(line)
    if not isinstance(got, list) or len(got) != count:
        raise ValueError("a desk verify worker answered out of turn")
    return cast(list[_Result], got)


def verify_slice(keys: _DeskKeys, jobs: list[_Job]) -> list[_Result]:
    """The results of `jobs`, in this process (a worker's whole task)."""
    prefetch(job[1] for job in jobs)
    return [_verify(keys, *job) for job in jobs]


def prefetch(paths: Iterable[str]) -> None:
    """Ask the kernel to start reading all these files now, side by side.

    Read one after another from a cold cache, each small envelope cost a full disk round
    trip, which made verifying several times slower; when they are cached already this
    costs three system calls a file. Only a hint: a file that cannot be opened is left for
    verifying to report.
    """
    if not hasattr(os, "posix_fadvise"):  # not on macOS or Windows
        return
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        finally:
            os.close(fd)


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
    """A worker: the desk's keys, then chunks of jobs, one JSON line each on stdin; one
    line of results per chunk on stdout (see `_Worker`)."""
    keys = _DeskKeys(**json.loads(sys.stdin.buffer.readline()))
    keys.parsed()
    out = sys.stdout.buffer
    out.write(READY)
    out.flush()
    for line in sys.stdin.buffer:
        jobs: list[_Job] = [(str(a), str(b), str(c)) for a, b, c in json.loads(line)]
        out.write(json.dumps(verify_slice(keys, jobs)).encode() + b"\n")
        out.flush()


if __name__ == "__main__":
    _worker_main()
