"""The Qt-free service layer (satchel.sync.service): cancellation, the event words, and
whole sessions against the real inbox on loopback.

The inbox app runs in this process (serve_in_thread) with the keys and directory that
`satchel inbox init` made; the vaults are real SQLCipher vaults made by the real CLI.
The one stand-in is netkit.SocksRelay in place of Tor's SOCKS port
(TorSettings(mode="socks")), so every stream still goes through the product's SOCKS client.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from e2ekit import World, new_reporter, setup_world
from netkit import SocksRelay
from satchel.client.desk.store import has_envelope
from satchel.client.reports.store import list_reports
from satchel.client.vault.vault import Vault
from satchel.sync.inbox.app import InboxConfig, create_app
from satchel.sync.inbox.keys import directory_trust, load_keys
from satchel.sync.inbox.store_sqlite import SqliteFileStore
from satchel.sync.inbox.thread import serve_in_thread
from satchel.sync.service import pulling, sending, uplink
from satchel.sync.service.cancel import Cancelled, CancelToken
from satchel.sync.service.connection import classify
from satchel.sync.service.events import (
    ConnectionState,
    EnvelopeOutcome,
    EnvelopeProgress,
    Event,
    Finished,
    JobProgress,
)
from satchel.sync.service.route import Route
from satchel.sync.service.stick import export_to_stick, import_from_stick
from satchel.sync.tor.errors import TorBootstrapTimeout, TorError
from satchel.sync.tor.manager import TorSettings
from satchel.sync.transport.errors import InboxUnreachable
from satchel.sync.transport.http import Conn, Connector
from satchel.sync.transport.tus import CHUNK

E = TypeVar("E", bound=Event)
BIG = 3 * CHUNK + 4321  # an attachment whose envelope takes several upload chunks

# -- CancelToken ---------------------------------------------------------------------------


def test_wait_wakes_at_once_on_cancel_from_another_thread() -> None:
    token = CancelToken()
    waiting = threading.Event()
    raised: list[BaseException] = []

    def sleeper() -> None:
        waiting.set()
        try:
            token.wait(3600)
        except Cancelled as e:
            raised.append(e)

    thread = threading.Thread(target=sleeper)
    thread.start()
    assert waiting.wait(10)
    token.cancel()
    thread.join(10)
    assert not thread.is_alive(), "wait() slept on after cancel()"
    assert len(raised) == 1 and token.cancelled
    with pytest.raises(Cancelled):
        token.check()


def test_hooks_run_once_and_late_hooks_run_at_once() -> None:
    token = CancelToken()
    calls: list[str] = []
    token.on_cancel(lambda: calls.append("early"))
    token.cancel()
    token.cancel()  # a second stop request runs nothing again
    assert calls == ["early"]
    token.on_cancel(lambda: calls.append("late"))
    assert calls == ["early", "late"]


def test_wake_ends_a_wait_without_stopping() -> None:
    token = CancelToken()
    token.wake()  # already woken: the next wait returns at once, without raising
    token.wait(3600)
    assert not token.cancelled
    token.check()


# -- event words ---------------------------------------------------------------------------


def timeout(progress: int, warning: str = "") -> TorBootstrapTimeout:
    return TorBootstrapTimeout(120, progress, "summary", warning)


NOWHERE = Path("/nonexistent/tor")  # classify() only reads the settings: no tor starts
PLAIN = TorSettings(mode="launch", data_dir=NOWHERE)
BRIDGED = TorSettings(mode="launch", data_dir=NOWHERE, transport="obfs4",
                      bridges=("obfs4 192.0.2.1:443 " + "A" * 40,))


@pytest.mark.parametrize(("error", "settings", "situation"), [
    (timeout(50, "Our clock is 3 hours behind"), PLAIN, "clock_skew"),
    (timeout(50, "clock skew detected"), BRIDGED, "clock_skew"),
    (timeout(5, "Could not connect: NOROUTE"), PLAIN, "offline"),
    (timeout(5, "Network is unreachable"), BRIDGED, "offline"),
    (timeout(10), BRIDGED, "bridge_failed"),
    (timeout(90), BRIDGED, "bridge_failed"),
    (timeout(10), PLAIN, "blocked"),
    (timeout(14), PLAIN, "blocked"),
    (timeout(15), PLAIN, "failed"),
    (TorError("tor would not start"), PLAIN, "failed"),
])
def test_classify_tells_connection_assists_situations_apart(
    error: TorError, settings: TorSettings, situation: str
) -> None:
    assert classify(error, settings) == situation


# -- sessions against the loopback inbox ---------------------------------------------------


@dataclass
class Coalition:
    world: World
    passphrase: bytes
    store: SqliteFileStore
    route: Route

    def open(self, home: Path) -> Vault:
        return Vault.open(home, self.passphrase)

    def stored(self, sha: str) -> int:
        return [e.sha256 for e in self.store.list_envelopes(0, 10_000)].count(sha)


@pytest.fixture(scope="module")
def coalition(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Coalition]:
    """The world's inbox, with its own keys and directory, served on loopback via SOCKS."""
    world = setup_world(tmp_path_factory.mktemp("service"))
    passphrase = world.passfile.read_text().strip().encode()
    home = world.home("inbox")
    keys = load_keys(home, passphrase)
    root, directory = directory_trust(home)
    store = SqliteFileStore(home / "store")
    app = create_app(InboxConfig(inbox_id=keys.onion_address, coalition_root=root), store,
                     keys.receipt, directory)
    try:
        with serve_in_thread(app) as port, SocksRelay(port) as relay:
            yield Coalition(world, passphrase, store,
                            Route(TorSettings(mode="socks", socks=relay.address)))
    finally:
        store.close()


class Recorder:
    """A listener that keeps every event; `stop_when` may cancel from inside the session."""

    def __init__(self, cancel: CancelToken | None = None,
                 stop_when: Callable[[Event], bool] = lambda e: False) -> None:
        self.events: list[Event] = []
        self.cancel = cancel or CancelToken()
        self._stop_when = stop_when

    def __call__(self, event: Event) -> None:
        self.events.append(event)
        if self._stop_when(event):
            self.cancel.cancel()

    def kinds(self) -> list[str]:
        """Event class names, runs of the same kind folded into one."""
        out: list[str] = []
        for e in self.events:
            if not out or out[-1] != type(e).__name__:
                out.append(type(e).__name__)
        return out

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    @property
    def finished(self) -> Finished:
        last = self.events[-1]
        assert isinstance(last, Finished)
        return last


def reporter_with_big_attachment(c: Coalition, name: str) -> Path:
    evidence = c.world.root / f"{name}.bin"
    evidence.write_bytes(os.urandom(BIG))
    return new_reporter(c.world, name, c.world.directory, attachment=evidence)


def queued(vault: Vault) -> dict[str, tuple[str, str | None]]:
    rows = vault.conn.execute("SELECT sha256, state, upload_url FROM envelopes").fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def first_big_progress(event: Event) -> bool:
    return isinstance(event, EnvelopeProgress) and event.total > CHUNK


def test_send_delivers_erases_and_reports_each_step_in_order(coalition: Coalition) -> None:
    vault = coalition.open(reporter_with_big_attachment(coalition, "sender"))
    try:
        shas = set(queued(vault))
        heard = Recorder()
        outcomes = sending.send(vault, coalition.route, heard, heard.cancel, once=True)
        assert heard.kinds() == [
            "ConnectionState", "Bootstrap", "ConnectionState",
            "EnvelopeProgress", "EnvelopeOutcome", "EnvelopeProgress", "EnvelopeOutcome",
            "ConnectionState", "Finished"]
        states = [e.state for e in heard.of(ConnectionState)]
        assert states == ["connecting", "connected", "closed"]
        said = {(e.sha256, e.outcome) for e in heard.of(EnvelopeOutcome)}
        assert said == {(o.sha256, o.status) for o in outcomes}
        assert {o.sha256 for o in outcomes} == shas and len(shas) == 2
        assert {o.status for o in outcomes} <= {"delivered", "erased"}
        assert heard.finished.error == "" and heard.finished.exit_code == 0
        assert all(coalition.stored(sha) == 1 for sha in shas)
        assert list_reports(vault) == []  # erased once every receipt verified
    finally:
        vault.lock()


def test_send_stopped_mid_envelope_loses_nothing_and_resumes_once(coalition: Coalition) -> None:
    vault = coalition.open(reporter_with_big_attachment(coalition, "stopper"))
    try:
        shas = set(queued(vault))
        heard = Recorder(stop_when=first_big_progress)
        sending.send(vault, coalition.route, heard, heard.cancel, once=True)
        assert heard.finished.error == sending.STOPPED and heard.finished.exit_code == 0
        big = next(e.sha256 for e in heard.of(EnvelopeProgress)
                   if first_big_progress(e))
        assert big not in {e.sha256 for e in heard.of(EnvelopeOutcome)}
        state, url = queued(vault)[big]
        assert state == "uploading" and url, "the stopped upload forgot where to resume"
        assert len(list_reports(vault)) == 1  # nothing lost
        assert coalition.stored(big) == 0

        again = Recorder()
        outcomes = sending.send(vault, coalition.route, again, again.cancel, once=True)
        assert big in {o.sha256 for o in outcomes}
        assert again.finished.error == ""
        assert all(coalition.stored(sha) == 1 for sha in shas)
        assert list_reports(vault) == []
    finally:
        vault.lock()


def test_pull_stopped_mid_download_keeps_the_cursor_and_gets_it_once(
    coalition: Coalition,
) -> None:
    reporter = coalition.open(reporter_with_big_attachment(coalition, "for-pull"))
    try:
        shas = set(queued(reporter))
        sending.send(reporter, coalition.route, Recorder(), CancelToken(), once=True)
    finally:
        reporter.lock()
    desk = coalition.open(coalition.world.home("desk"))
    try:
        heard = Recorder(stop_when=lambda e: first_big_progress(e) and
                         e.sha256 in shas)
        first = pulling.pull_session(desk, coalition.route, heard, heard.cancel, once=True)
        assert heard.finished.error == pulling.STOPPED
        big = next(e.sha256 for e in heard.of(EnvelopeProgress)
                   if e.sha256 in shas and first_big_progress(e))
        assert big not in {o.sha256 for o in first} and not has_envelope(desk, big)

        again = Recorder()
        second = pulling.pull_session(desk, coalition.route, again, again.cancel, once=True)
        got = [o.sha256 for o in first + second if o.sha256 in shas]
        assert sorted(got) == sorted(shas), "an envelope was skipped or pulled twice"
        assert all(has_envelope(desk, sha) for sha in shas)
        third = pulling.pull_session(desk, coalition.route, Recorder(), CancelToken(), once=True)
        assert not {o.sha256 for o in third} & shas
    finally:
        desk.lock()


def test_stick_export_and_import_report_progress_and_one_outcome_per_item(
    coalition: Coalition, tmp_path: Path,
) -> None:
    reporter = coalition.open(new_reporter(coalition.world, "by-stick", coalition.world.directory))
    try:
        out = Recorder()
        written = export_to_stick(reporter, tmp_path, out, out.cancel)
    finally:
        reporter.lock()
    items = [r.sha256 for r in written.results]
    assert items and all(r.status == "written" for r in written.results)
    assert out.kinds() == ["JobProgress", "EnvelopeOutcome"]
    assert [e.sha256 for e in out.of(EnvelopeOutcome)] == items
    last = out.of(JobProgress)[-1]
    assert last.done == last.total > 0

    desk = coalition.open(coalition.world.home("desk"))
    try:
        into = Recorder()
        taken = import_from_stick(desk, tmp_path, into, into.cancel)
        assert into.of(JobProgress)
        heard = [e.sha256 for e in into.of(EnvelopeOutcome)]
        assert sorted(heard) == sorted(items) == sorted(o["sha256"] for o in taken)
        assert all(has_envelope(desk, sha) for sha in items)
    finally:
        desk.lock()


def test_each_send_pass_draws_its_own_isolation_token(coalition: Coalition) -> None:
    """Threat T10b: one pass's envelopes share a Tor isolation token, two passes never do."""
    vault = coalition.open(reporter_with_big_attachment(coalition, "isolated"))
    tokens: list[str] = []

    def unreachable(token: str) -> Connector:
        tokens.append(token)

        def connect() -> Conn:
            raise InboxUnreachable("no Tor in this test")

        return connect

    try:
        for _ in range(2):
            outcomes = uplink.sync_once(vault, unreachable, everything=True)
            assert len(outcomes) == 2 and all(o.status == "failed" for o in outcomes)
    finally:
        vault.lock()
    assert len(tokens) == 2 and tokens[0] != tokens[1]  # both envelopes of a pass: one token
