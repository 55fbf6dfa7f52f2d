"""Schema migrations run forward, each in one transaction, and keep the data."""

from __future__ import annotations

import sqlite3

import pytest
from satchel.client.vault import schema


def _at_version(version: int) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    for statements in schema.MIGRATIONS[:version]:
        for statement in statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    return conn


def test_migration_to_the_latest_keeps_reports_and_fills_titles() -> None:
    conn = _at_version(2)
    conn.execute(
        "INSERT INTO reports(id, created_at, state, document, updated_at) VALUES(?,?,?,?,?)",
        ("r1", 1, "draft", b'{"title":"Old report","v":1}', 1),
    )
    assert schema.migrate(conn, 2) == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("SELECT id, title FROM reports").fetchall() == [("r1", "Old report")]


def test_a_fresh_database_reaches_the_latest_version() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    assert schema.migrate(conn, 0) == schema.SCHEMA_VERSION


def test_a_newer_vault_is_refused() -> None:
    conn = _at_version(schema.SCHEMA_VERSION)
    with pytest.raises(RuntimeError, match="newer"):
        schema.migrate(conn, schema.SCHEMA_VERSION + 1)
