"""Tor cuts mid-upload on the private Tor network (cutkit): a short pass of each kind.

Each envelope is cut once at a random byte, by closing every circuit of the client tor
through its control port or by dropping the SOCKS connection; it must be stored exactly
once, with a verified-looking receipt, and resumed with at most one chunk sent again.
scripts/tor_cuts.py runs 100 and records the figures.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cutkit import run_cuts
from satchel.sync.tor.testnet import PrivateTorNetwork
from satchel.sync.transport.tus import CHUNK

pytestmark = pytest.mark.tor


def test_cuts_mid_upload_store_once_and_resend_at_most_a_chunk(
        tor_network: PrivateTorNetwork, tmp_path: Path) -> None:
    count = int(os.environ.get("SATCHEL_TOR_CUTS", "4"))
    figures = run_cuts(tor_network, tmp_path, count, seed=int.from_bytes(os.urandom(4), "big"))
    print(json.dumps(figures.summary()))
    assert figures.survived == figures.stored_once == count
    # At most one chunk re-sent per cut, counted where it leaves: every byte the client's
    # socket accepted beyond the envelope, heads and what a dying circuit swallowed
    # included (each PATCH has at most PATCH_MAX unconfirmed). The inbox takes none twice.
    assert all(0 <= n <= CHUNK for n in figures.resent_by_client), figures.resent_by_client
    assert all(n == 0 for n in figures.resent_at_inbox), figures.resent_at_inbox
