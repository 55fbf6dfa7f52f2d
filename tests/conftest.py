"""Shared pytest fixtures. Keep each one small; heavy builders live in the product code."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar

import pytest
import storekit
from hypothesis import HealthCheck, settings
from satchel.sync.tor.testnet import PrivateTorNetwork

if TYPE_CHECKING:  # scalekit loads the inbox's storage stack: only its tests import it
    from scalekit import Shared

# CI shares two cores with tor processes: time limits per example would only make noise.
settings.register_profile("satchel", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("satchel")
T = TypeVar("T")


@pytest.fixture(scope="session")
def tor_network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateTorNetwork]:
    """One private loopback Tor network for the whole session (mark users with pytest.mark.tor)."""
    with PrivateTorNetwork(tmp_path_factory.mktemp("tornet")).start(timeout=180) as network:
        yield network


@pytest.fixture(autouse=True)
def fast_vault_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults made in tests use the minimal Argon2id limits (SATCHEL_INSECURE_FAST_KDF)."""
    monkeypatch.setenv("SATCHEL_INSECURE_FAST_KDF", "1")


# Seconds each shared-storage server took to start, shown after the run: they start only
# for tests that ask for them (tests/test_storekit.py checks that).
STARTUP: dict[str, float] = {}


@contextlib.contextmanager
def _started(name: str, server: contextlib.AbstractContextManager[T]) -> Iterator[T]:
    began = time.monotonic()
    with server as running:
        STARTUP[name] = time.monotonic() - began
        yield running


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[storekit.Postgres]:
    """One PostgreSQL server on loopback for the session (the inbox's shared metadata)."""
    reason = storekit.why_not_postgres()
    if reason:
        pytest.skip(reason)
    with _started("PostgreSQL", storekit.postgres()) as server:
        yield server


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[storekit.SeaweedS3]:
    """One SeaweedFS S3 gateway on loopback for the session (the inbox's shared objects)."""
    reason = storekit.why_not_s3()
    if reason:
        pytest.skip(reason)
    with _started("SeaweedFS", storekit.seaweed(tmp_path_factory.mktemp("s3"))) as server:
        yield server



@pytest.fixture
def shared(postgres_server: storekit.Postgres, s3_server: storekit.SeaweedS3,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[Shared]:
    """A database and a bucket of their own on the session's servers, dropped afterwards."""
    from scalekit import shared_storage

    with shared_storage(postgres_server, s3_server, monkeypatch) as storage:
        yield storage

def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if STARTUP:
        started = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in STARTUP.items())
        terminalreporter.write_line(f"shared storage servers started: {started}")
