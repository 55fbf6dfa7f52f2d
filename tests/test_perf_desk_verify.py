"""Desk verify on every core (issue 16): the parallel path gives the inline path's answers.

Speed is measured in bench/bench_desk.py; here a small batch is forced through the
worker process (PARALLEL_MIN lowered, tiny slices) and must give the same results, in
the same order, as verifying inline, failures included, recorded in one transaction.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from satchel.client.coalition import import_directory
from satchel.client.desk import verify
from satchel.client.desk.store import receive
from satchel.client.outbox.envelope_io import open_envelope
from satchel.client.outbox.sealing import seal
from satchel.client.progress import no_progress
from satchel.client.reports.store import ReportInput, create_report
from satchel.client.vault.vault import Vault
from satchel.crypto.directory import Desk, Directory, sign_directory
from satchel.crypto.keys import SigningKey
from satchel.crypto.keyslots import KdfParams

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
        inline = verify.verify_submissions(desk, ids)
        desk.conn.execute("UPDATE submissions SET verified = NULL, reasons = '[]'")
        monkeypatch.setattr(verify, "PARALLEL_MIN", 1)
        monkeypatch.setattr(verify, "SLICE", 2)
        monkeypatch.setattr(verify.os, "cpu_count", lambda: 2)
        commits = []
        desk.conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        parallel = verify.verify_submissions(desk, ids)
        desk.conn.set_trace_callback(None)
        assert parallel == inline
        assert [r["id"] for r in parallel] == ids
        assert sum(not r["verified"] for r in parallel) == 1
        failed = next(r for r in parallel if not r["verified"])
        assert "altered or damaged" in failed["reasons"][0]
        assert len(commits) == 1  # every outcome in one transaction
        recorded = desk.conn.execute("SELECT count(*) FROM submissions WHERE verified = 1")
        assert recorded.fetchone()[0] == 6
    finally:
        desk.lock()
