"""Desk verify on every core (issue 16): the parallel paths give the inline paths' answers.

Speed is measured in bench/bench_desk.py; here a small batch is forced through the
worker process (PARALLEL_MIN lowered) and must give the same results, in
the same order, as verifying inline, failures included, recorded in one transaction.
The attachment check hashes on helper threads; it must give the same verdicts.
"""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from satchel.client.coalition import import_directory
from satchel.client.desk import verify
from satchel.client.desk.store import receive
from satchel.client.outbox.envelope_io import open_envelope
from satchel.client.outbox.sealing import seal
from satchel.client.progress import no_progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.crypto import age, envelope
from satchel.crypto.directory import Desk, Directory, sign_directory
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey
from satchel.crypto.keyslots import KdfParams
from satchel.crypto.manifest import AttachmentEntry

PASSPHRASE = b"a passphrase that is long enough"


def _desk_with_submissions(root: Path, count: int, attach: Path) -> Vault:
    params = KdfParams.insecure_for_tests()
    desk = Vault.create(root / "desk", "desk", PASSPHRASE, params)
    reporter = Vault.create(root / "reporter", "reporter", PASSPHRASE, params)
    signer = SigningKey.generate()
    now = int(time.time())
    directory = Directory(serial=1, issued=now, expires=now + 86400, root=signer.public.text,
                          recipients=(desk.recipient,),
                          desks=(Desk("desk", desk.recipient, desk.device_key.public.text),))
    for vault in (desk, reporter):
        import_directory(vault, sign_directory(signer, directory),
                         accept_root=signer.public.fingerprint)
    for n in range(count):
        spec = ReportInput(title=f"r{n}", attachments=(attach,) if n % 3 == 0 else ())
        seal(reporter, [create_report(reporter, spec, no_progress)], no_progress)
    rows = reporter.conn.execute("SELECT sha256, header, blob, size FROM envelopes "
                                 "ORDER BY kind = 'report'")  # attachments first
    for sha, header, blob, size in rows:
        with open_envelope(bytes(header), reporter.blob_path(blob)) as src:
            data = src.read()
        receive(desk, sha, size, lambda f, d=data: f.write(d), "usb")
    reporter.lock()
    return desk


def test_parallel_verify_matches_inline_results_and_records_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attach = tmp_path / "a.bin"
    attach.write_bytes(b"evidence " * 20_000)
    desk = _desk_with_submissions(tmp_path, 7, attach)
    try:
        ids = verify.submission_ids(desk)
        assert len(ids) == 7
        # Damage one attachment envelope: its submission must fail the same way both ways.
        blob = desk.conn.execute(
            "SELECT e.blob FROM desk_envelopes e WHERE e.sha256 NOT IN "
            "(SELECT envelope_sha256 FROM submissions) LIMIT 1").fetchone()[0]
        path = desk.blob_path(blob)
        data = bytearray(path.read_bytes())
        data[-40] ^= 1
        path.write_bytes(bytes(data))
        inline_results = verify.verify_submissions(desk, ids)
        desk.conn.execute("UPDATE submissions SET verified = NULL, reasons = '[]'")
        here, worker = _count_sides(monkeypatch)
        commits = []
        desk.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        parallel = verify.verify_submissions(desk, ids)
        desk.conn.set_trace_callback(None)
        assert parallel == inline_results
        assert worker  # the worker answered chunks; the caller verified the rest
        assert sum(here) + sum(worker) >= 7  # (at the end, what the worker held: both)
        assert [r["id"] for r in parallel] == ids
        assert sum(not r["verified"] for r in parallel) == 1
        failed = next(r for r in parallel if not r["verified"])
        assert "altered or damaged" in failed["reasons"][0]
        assert len(commits) == 1  # every outcome in one transaction
        recorded = desk.conn.execute("SELECT count(*) FROM submissions WHERE verified = 1")
        assert recorded.fetchone()[0] == 6
    finally:
        desk.lock()


def _count_sides(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], list[int]]:
    """Force a small batch through one worker in chunks of 2; record the jobs each side
    verified. The caller starts only once the worker has answered, so both take chunks."""
    _one_worker_in_chunks_of_two(monkeypatch)
    here: list[int] = []
    worker: list[int] = []
    answered = threading.Event()
    inline, answer = verify.verify_slice, verify._answer

    def caller_side(keys: Any, jobs: list[Any]) -> list[dict[str, Any]]:
        assert answered.wait(60), "the worker never answered"
        here.append(len(jobs))
        return inline(keys, jobs)

    def worker_side(line: bytes, count: int) -> list[dict[str, Any]]:
        got = answer(line, count)
        worker.append(count)
        answered.set()
        return got

    monkeypatch.setattr(verify, "verify_slice", caller_side)
    monkeypatch.setattr(verify, "_answer", worker_side)
    return here, worker


@pytest.fixture
def small_desk(tmp_path: Path) -> Iterator[Vault]:
    """A desk holding five submissions (two with a small attachment), locked afterwards."""
    attach = tmp_path / "a.bin"
    attach.write_bytes(b"evidence")
    desk = _desk_with_submissions(tmp_path, 5, attach)
    try:
        yield desk
    finally:
        desk.lock()


def _verified_inline(desk: Vault) -> tuple[list[str], list[dict[str, Any]]]:
    """The desk's submission ids and their inline results; the verdicts are then cleared
    so that the next verify does the work again."""
    ids = verify.submission_ids(desk)
    inline_results = verify.verify_submissions(desk, ids)
    desk.conn.execute("UPDATE submissions SET verified = NULL")
    return ids, inline_results


def test_a_worker_that_cannot_start_leaves_every_chunk_to_the_caller(
    small_desk: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, inline_results = _verified_inline(small_desk)
    _one_worker_in_chunks_of_two(monkeypatch)
    monkeypatch.setattr(verify.sys, "executable", "/bin/false")  # exits at once
    assert verify.verify_submissions(small_desk, ids) == inline_results
    assert all(r["verified"] for r in inline_results)
    recorded = small_desk.conn.execute("SELECT count(*) FROM submissions WHERE verified = 1")
    assert recorded.fetchone()[0] == 5


@pytest.mark.timeout(120)
def test_a_worker_that_hangs_is_stopped_and_its_chunks_verified_by_the_caller(
    small_desk: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids, inline_results = _verified_inline(small_desk)
    # A real process that says it is ready, then never reads nor answers.
    hung = tmp_path / "hung-worker"
    hung.write_text("#!/bin/sh\necho ready\nexec sleep 600\n")
    hung.chmod(0o755)
    started = _record_workers(monkeypatch)
    monkeypatch.setattr(verify.sys, "executable", str(hung))
    assert verify.verify_submissions(small_desk, ids) == inline_results
    assert len(started) == 1 and started[0].poll() is not None  # stopped, not left over


def test_a_failure_while_verifying_stops_the_worker_too(
    small_desk: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = verify.submission_ids(small_desk)
    blob = small_desk.conn.execute("SELECT e.blob FROM desk_envelopes e JOIN submissions s "
                                   "ON s.envelope_sha256 = e.sha256 LIMIT 1").fetchone()[0]
    small_desk.blob_path(blob).unlink()  # a report envelope gone from the disk
    started = _record_workers(monkeypatch)
    with pytest.raises(FileNotFoundError):
        verify.verify_submissions(small_desk, ids)
    assert len(started) == 1 and started[0].poll() is not None


def _record_workers(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """Force one worker in chunks of 2 and keep each worker process started."""
    started: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def record(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        started.append(popen(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(verify.subprocess, "Popen", record)
    _one_worker_in_chunks_of_two(monkeypatch)
    return started


def _one_worker_in_chunks_of_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a small batch goes in parallel: one worker process, two jobs a chunk."""
    monkeypatch.setattr(verify, "PARALLEL_MIN", 1)
    monkeypatch.setattr(verify, "CHUNK_JOBS", 2)
    monkeypatch.setattr(verify.os, "cpu_count", lambda: 2)  # one worker process


@pytest.mark.parametrize(
    "damage", ["none", "content hash", "ciphertext", "envelope hash", "trailing data"]
)
def test_check_attachment_hashing_on_threads_gives_the_same_verdicts(
    monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    monkeypatch.setattr(envelope, "PARALLEL_HASH_FROM", 0)  # helper threads even when small
    # Many read-ahead blocks, cut across age chunks, so hand-overs are exercised.
    monkeypatch.setattr(envelope, "CHECK_BLOCK", 100_003)
    identity = age.generate_identity()
    plain = os.urandom(3 * envelope.READ_BLOCK + 12345)
    sealed = io.BytesIO()
    result = envelope.seal_attachment(io.BytesIO(plain), sealed, [age.to_recipient(identity)])
    data = bytearray(sealed.getvalue())
    entry = AttachmentEntry(name="a.bin", media_type="application/octet-stream",
                            size=result.size, sha256=result.sha256,
                            envelope_sha256=result.envelope_sha256, scrubbed=False)
    if damage == "content hash":
        entry = dataclasses.replace(entry, sha256="0" * 64)
    elif damage == "ciphertext":
        data[len(data) // 2] ^= 1
    elif damage == "envelope hash":
        entry = dataclasses.replace(entry, envelope_sha256="0" * 64)
    elif damage == "trailing data":
        data += b"\x00"
    threads = threading.active_count()
    out = io.BytesIO()
    if damage == "none":
        envelope.check_attachment(io.BytesIO(bytes(data)), entry, [identity], out)
        assert out.getvalue() == plain
    else:
        with pytest.raises((IntegrityError, age.PayloadError)):
            envelope.check_attachment(io.BytesIO(bytes(data)), entry, [identity], out)
    assert threading.active_count() == threads  # the hashing threads always stop
