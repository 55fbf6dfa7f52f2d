"""Delivery receipts: the inbox's signed statement that it stored an envelope.

Body (canonical JSON, signed as a document under context "receipt"), version 2:
    {"envelope_sha256": <64 lowercase hex>, "inbox": <inbox id, e.g. its onion address>,
     "stored_day": "YYYY-MM-DD" (UTC), "v": 2}
Receipts travel on couriers' sticks, so they show the day only, like everything else on a
stick (issue 10 item 14). Version 1 held "stored_at": <unix seconds> and is still read.
The reporter's app accepts a receipt only if an inbox receipt key pinned from the coalition
directory signed it and it names the envelope it sent; only then does it mark the envelope
delivered. Layout: docs/spec.md ("Receipt"); vectors: tests/vectors/receipt.json.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from satchel.crypto.encoding import (
    expect_int,
    expect_keys,
    expect_str,
    read_document,
    sign_document,
)
from satchel.crypto.errors import IntegrityError
from satchel.crypto.hashing import SHA256_RE
from satchel.crypto.keys import SigningKey, VerifyKey

CONTEXT = "receipt"
_FIELDS = {1: {"v", "envelope_sha256", "inbox", "stored_at"},
           2: {"v", "envelope_sha256", "inbox", "stored_day"}}
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Receipt:
    envelope_sha256: str
    inbox: str
    stored_at: int  # unix seconds; since version 2 the start (UTC) of the day stored
    signer: VerifyKey


def sign_receipt(key: SigningKey, envelope_sha256: str, inbox_id: str, stored_at: int) -> bytes:
    if not SHA256_RE.fullmatch(envelope_sha256):
        raise ValueError("envelope_sha256 must be 64 lowercase hex digits")
    if not inbox_id or isinstance(stored_at, bool) or stored_at < 0:
        raise ValueError("a receipt needs an inbox id and a non-negative time")
    body = {
        "v": 2,
        "envelope_sha256": envelope_sha256,
        "inbox": inbox_id,
        "stored_day": time.strftime("%Y-%m-%d", time.gmtime(stored_at)),
    }
    return sign_document(key, CONTEXT, body)


def verify_receipt(
    data: bytes, pinned: Sequence[VerifyKey], expected_sha256: str | None = None
) -> Receipt:
    """The receipt, if a pinned inbox key signed it (and it is for `expected_sha256`).

    IntegrityError names the failure: "receipt format" / "receipt body" (malformed),
    "receipt context", "receipt signer" (not a pinned inbox key), "receipt signature",
    "receipt envelope" (a good receipt for another envelope).
    """
    document = read_document(data, CONTEXT)
    raw = document.verify(pinned)
    if not isinstance(raw, dict):
        raise IntegrityError("receipt body")
    version = raw.get("v")
    if not isinstance(version, int) or isinstance(version, bool) or version not in _FIELDS:
        raise IntegrityError("receipt version")
    body = expect_keys(raw, _FIELDS[version], "receipt body")
    digest = expect_str(body["envelope_sha256"], "receipt body", SHA256_RE)
    inbox = expect_str(body["inbox"], "receipt body")
    if version == 1:
        stored_at = expect_int(body["stored_at"], "receipt body")
    else:
        stored_at = _day_start(expect_str(body["stored_day"], "receipt body", _DAY_RE))
    if expected_sha256 is not None and digest != expected_sha256:
        raise IntegrityError("receipt envelope")
    return Receipt(digest, inbox, stored_at, document.signer)


def _day_start(day: str) -> int:
    try:
        return int(datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC).timestamp())
    except ValueError:
        raise IntegrityError("receipt body") from None
