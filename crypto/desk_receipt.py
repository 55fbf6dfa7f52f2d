"""Desk receipts: how a desk tells a reporter, through a courier, "I received this".

A desk that opened a submission signs, for each of its envelopes, a document under the
context "desk-receipt" holding the envelope hash, the day it was received and a proof of
decryption: HMAC-SHA256 keyed with the submission's delivery secret (32 random bytes the
reporter put inside the encrypted report and kept in its vault) over the envelope hash.
Only someone who could decrypt the report knows the secret, so a courier or a seizer of
the stick cannot forge a receipt that would make the reporter erase an undelivered
report, even when the desk's signing key is not listed in the coalition directory.
"""

import hashlib
import hmac
from dataclasses import dataclass

from satchel.crypto.encoding import read_document, sign_document
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey, VerifyKey

CONTEXT = "desk-receipt"
_PROOF_LABEL = b"satchel/v1/desk-receipt-proof\x00"


@dataclass(frozen=True)
class DeskReceipt:
    envelope_sha256: str
    received_day: str
    proof: bytes
    signer: VerifyKey


def delivery_proof(secret: bytes, envelope_sha256: str) -> bytes:
    return hmac.new(secret, _PROOF_LABEL + envelope_sha256.encode(), hashlib.sha256).digest()


def sign_desk_receipt(
    key: SigningKey, secret: bytes, envelope_sha256: str, received_day: str
) -> bytes:
    body = {
        "v": 1,
        "envelope_sha256": envelope_sha256,
        "received_day": received_day,
        "proof": delivery_proof(secret, envelope_sha256).hex(),
    }
    return sign_document(key, CONTEXT, body)


def read_desk_receipt(data: bytes) -> DeskReceipt:
    """Parse and check the signature against the signer it names (not yet trusted)."""
    doc = read_document(data, CONTEXT)
    body = doc.verify([doc.signer])
    try:
        sha, day, proof = body["envelope_sha256"], body["received_day"], body["proof"]
        if body["v"] != 1 or set(body) != {"v", "envelope_sha256", "received_day", "proof"}:
            raise IntegrityError("desk receipt format")
        return DeskReceipt(str(sha), str(day), bytes.fromhex(str(proof)), doc.signer)
    except (KeyError, ValueError, TypeError):
        raise IntegrityError("desk receipt format") from None


def check_proof(receipt: DeskReceipt, secret: bytes) -> None:
    """IntegrityError("desk receipt proof") unless the desk proved it decrypted the report."""
    if not hmac.compare_digest(receipt.proof, delivery_proof(secret, receipt.envelope_sha256)):
        raise IntegrityError("desk receipt proof")
