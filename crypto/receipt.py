"""Delivery receipts: the inbox's signed statement that it stored an envelope.

Body (canonical JSON, signed as a document under context "receipt"):
    {"envelope_sha256": <64 lowercase hex>, "inbox": <inbox id, e.g. its onion address>,
     "stored_at": <unix seconds>, "v": 1}
The reporter's app accepts a receipt only if an inbox receipt key pinned from the coalition
directory signed it and it names the envelope it sent; only then does it mark the envelope
delivered. Layout: docs/spec.md ("Receipt"); vectors: tests/vectors/receipt.json.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from satchel.crypto.encoding import (
    expect_int,
    expect_keys,
    expect_str,
    read_document,
    sign_document,
)
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey, VerifyKey

CONTEXT = "receipt"
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_FIELDS = {"v", "envelope_sha256", "inbox", "stored_at"}


@dataclass(frozen=True)
class Receipt:
    envelope_sha256: str
    inbox: str
    stored_at: int
    signer: VerifyKey


def sign_receipt(key: SigningKey, envelope_sha256: str, inbox_id: str, stored_at: int) -> bytes:
    if not _SHA256_RE.fullmatch(envelope_sha256):
        raise ValueError("envelope_sha256 must be 64 lowercase hex digits")
    if not inbox_id or isinstance(stored_at, bool) or stored_at < 0:
        raise ValueError("a receipt needs an inbox id and a non-negative time")
    body = {
        "v": 1,
        "envelope_sha256": envelope_sha256,
        "inbox": inbox_id,
        "stored_at": stored_at,
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
    body = expect_keys(document.verify(pinned), _FIELDS, "receipt body")
    if expect_int(body["v"], "receipt body") != 1:
        raise IntegrityError("receipt version")
    digest = expect_str(body["envelope_sha256"], "receipt body", _SHA256_RE)
    inbox = expect_str(body["inbox"], "receipt body")
    stored_at = expect_int(body["stored_at"], "receipt body")
    if expected_sha256 is not None and digest != expected_sha256:
        raise IntegrityError("receipt envelope")
    return Receipt(digest, inbox, stored_at, document.signer)
