"""kill -9 at random points across every role's work, then the invariants (crashcheck).

The test forks itself (satchel already imported: an iteration costs milliseconds, not an
interpreter start). Each iteration picks a stage (crashkit.STAGES: ingest, seal, send
mid-upload, stick export, each role's stick import, courier upload, desk pull, verify
and receipts), kills the child at a random moment between its unlock and a little after
its unit of work usually ends, and checks every invariant. At the end everything left
is sealed, sent and pulled: every report ever committed must be at the desk exactly
once, verified, and erased from the reporter.

The inbox is the real `satchel inbox serve` on loopback, in its own process.
SATCHEL_CRASH_ITERATIONS sets the count (100 here; scripts/kill_loop.py runs 1,000) and
SATCHEL_CRASH_FIGURES names a JSON file for the figures.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from crashcheck import Ledger, check, inbox_envelopes
from crashkit import STAGES, Homes, Pipe, pull, run_child, seal_drafts, upload
from e2ekit import World, inbox_process, run, setup_world
from satchel.client.desk.verify import submission_ids, verify_submissions
from satchel.client.vault.vault import Vault

FIRST_GUESS = 0.3  # seconds a stage's work takes, until one has been seen to end
# More ingests and uploads than the rest, so there is always something to carry and the
# kills land mid-upload often.
WEIGHTS = {"ingest": 4, "send": 3, "courier-send": 2}


def _homes(world: World, tmp_path: Path) -> Homes:
    for role in ("reporter", "courier"):
        run(world.passfile, world.home(role), "init", "--role", role, "--directory",
            str(world.directory), "--accept-root", world.fingerprint)
    rng = random.Random(7)
    attachments = []
    for i, size in enumerate((1, 70_000, 2_300_000)):  # the last takes 3 upload chunks
        path = tmp_path / f"a{i}.bin"
        path.write_bytes(rng.randbytes(size))
        attachments.append(path)
    sticks = tmp_path / "sticks"
    sticks.mkdir()
    return Homes(world.home("reporter"), world.home("courier"), world.home("desk"), sticks,
                 world.passfile.read_text().strip().encode(), attachments)


@pytest.fixture
def crash_world(tmp_path: Path) -> Iterator[tuple[Homes, World, subprocess.Popen[bytes]]]:
    world = setup_world(tmp_path)
    homes = _homes(world, tmp_path)
    with inbox_process(world) as (inbox, homes.inbox_port):
        assert inbox.stderr is not None
        os.set_blocking(inbox.stderr.fileno(), False)  # drained after each kill
        yield homes, world, inbox


def _fork(stage: str, homes: Homes) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        os.close(read_end)
        try:
            run_child(stage, homes, write_end)
        except BaseException:
            os.write(write_end, ("X " + traceback.format_exc().replace("\n", " | ")).encode())
        finally:
            os._exit(1)
    os.close(write_end)
    return pid, read_end


def kill_once(stage: str, homes: Homes, delay: float) -> list[str]:
    """Run `stage` in a child, SIGKILL it `delay` seconds after it unlocked; its lines."""
    pid, read_end = _fork(stage, homes)
    with os.fdopen(read_end, "rb") as pipe:
        first = pipe.readline()
        assert first == b"R\n", f"{stage}: the child could not unlock: {first!r}"
        time.sleep(delay)  # the kill point itself, drawn at random
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        lines = pipe.read().decode().splitlines()
    assert os.WIFSIGNALED(status), f"{stage} stopped by itself: {lines}"
    return lines


def _tally(ledger: Ledger, stage: str, lines: list[str], guess: dict[str, float]) -> None:
    ledger.committed |= {line[2:] for line in lines if line.startswith("C ")}
    done = [float(line[2:]) for line in lines if line.startswith("D ")]
    ledger.figures[f"kills in {stage}"] += 1
    if done:
        guess[stage] = max(guess.get(stage, 0.0), done[0])
        ledger.figures["kills after the work ended"] += 1
    if lines.count("P") > lines.count("O"):
        ledger.figures["kills mid-upload"] += 1


def _inbox_healthy(inbox: subprocess.Popen[bytes]) -> None:
    assert inbox.poll() is None, "the inbox server died"
    assert inbox.stderr is not None
    said = (inbox.stderr.read() or b"").decode()
    assert "Traceback" not in said and "Exception" not in said, said


def _drain(homes: Homes, inbox_home: Path, ledger: Ledger) -> None:
    """Everything left is sealed and sent, and the desk pulls it, checking after each step."""
    with open(os.devnull, "wb") as devnull:
        for home, work in ((homes.reporter, seal_drafts), (homes.reporter, upload),
                           (homes.courier, upload), (homes.desk, pull)):
            vault = Vault.open(home, homes.passphrase)
            try:
                work(vault, homes, Pipe(devnull.fileno()))
            finally:
                vault.lock()
            check(homes, inbox_home, ledger)


def _final(homes: Homes, inbox_home: Path, ledger: Ledger) -> None:
    reporter = Vault.open(homes.reporter, homes.passphrase)
    try:
        left = reporter.conn.execute(
            "SELECT r.id, r.state, e.state, e.last_error, e.attempts FROM reports r "
            "LEFT JOIN envelopes e ON e.report_id = r.id").fetchall()
    finally:
        reporter.lock()
    assert not left, f"a report is still on the reporter after everything was sent: {left}"
    desk = Vault.open(homes.desk, homes.passphrase)
    try:
        results = verify_submissions(desk, submission_ids(desk))
        arrived = Counter(r[0] for r in desk.conn.execute("SELECT submission_id FROM submissions"))
        held = {r[0] for r in desk.conn.execute("SELECT sha256 FROM desk_envelopes")}
    finally:
        desk.lock()
    assert all(r["verified"] for r in results), [r for r in results if not r["verified"]]
    missing = [rid for rid in ledger.committed if ledger.submission[rid] not in arrived]
    at_inbox = inbox_envelopes(inbox_home, ledger)
    where = [(rid, [(sha[:8], sha in at_inbox, sha in held) for sha in ledger.sealed[rid]])
             for rid in missing[:5]]
    assert not missing, f"{len(missing)} report(s) never arrived; (envelope, at inbox, " \
        f"at desk): {where}"
    assert set(arrived.values()) <= {1}
    ledger.figures["reports at the desk"] = len(arrived)


def test_kill_anywhere_in_any_role_loses_nothing(
        crash_world: tuple[Homes, World, subprocess.Popen[bytes]]) -> None:
    homes, world, inbox = crash_world
    iterations = int(os.environ.get("SATCHEL_CRASH_ITERATIONS", "100"))
    seed = int(os.environ.get("SATCHEL_CRASH_SEED") or int.from_bytes(os.urandom(4), "big"))
    rng, ledger = random.Random(seed), Ledger()
    guess: dict[str, float] = {}
    stages = sorted(STAGES)
    weights = [WEIGHTS.get(s, 1) for s in stages]
    for i in range(iterations):
        stage = "ingest" if i < 3 else rng.choices(stages, weights)[0]  # something to carry from the start
        lines = kill_once(stage, homes, rng.uniform(0, 1.3 * guess.get(stage, FIRST_GUESS)))
        _tally(ledger, stage, lines, guess)
        _inbox_healthy(inbox)
        check(homes, world.home("inbox"), ledger)
    _drain(homes, world.home("inbox"), ledger)
    _final(homes, world.home("inbox"), ledger)
    figures = {"seed": seed, "iterations": iterations, "invariant failures": 0,
               "reports committed": len(ledger.committed), **ledger.figures}
    print(json.dumps(figures, indent=1))
    if os.environ.get("SATCHEL_CRASH_FIGURES"):
        Path(os.environ["SATCHEL_CRASH_FIGURES"]).write_text(json.dumps(figures, indent=1))
