"""Shared pytest fixtures. Keep each one small; heavy builders live in the product code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import storekit
from hypothesis import HealthCheck, settings
from satchel.sync.tor.testnet import PrivateTorNetwork

# CI shares two cores with tor processes: time limits per example would only make noise.
settings.register_profile("satchel", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("satchel")


@pytest.fixture(scope="session")
def tor_network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateTorNetwork]:
    """One private loopback Tor network for the whole session (mark users with pytest.mark.tor)."""
    with PrivateTorNetwork(tmp_path_factory.mktemp("tornet")).start(timeout=180) as network:
        yield network


@pytest.fixture(autouse=True)
def fast_vault_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults made in tests use the minimal Argon2id limits (SATCHEL_INSECURE_FAST_KDF)."""
    monkeypatch.setenv("SATCHEL_INSECURE_FAST_KDF", "1")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[storekit.Postgres]:
    """One PostgreSQL server on loopback for the session (the inbox's shared metadata)."""
    reason = storekit.why_not_postgres()
    if reason:
        pytest.skip(reason)
    with storekit.postgres() as server:
        yield server


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[storekit.SeaweedS3]:
    """One SeaweedFS S3 gateway on loopback for the session (the inbox's shared objects)."""
    reason = storekit.why_not_s3()
    if reason:
        pytest.skip(reason)
    with storekit.seaweed(tmp_path_factory.mktemp("s3")) as server:
        yield server
