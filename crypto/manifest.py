"""The submission manifest: what a device signs to bind everything in one submission.

Canonical JSON (see encoding), signed by the reporter's device key under context
"manifest" (the signature travels beside it in the envelope, not in a wrapper):
    {"v": 1, "submission_id": 32 hex, "created": unix s, "device": "ed25519:...",
     "recipients": [age1..., sorted, unique: exactly the recipients sealed to],
     "report_sha256": hex of the report document,
     "attachments": [{"name", "media_type", "size", "sha256", "envelope_sha256",
                      "scrubbed"}]}
Signing the recipient set is what stops a recipient from re-encrypting a signed report to
someone else and passing it off as sent to them. Layout: docs/spec.md ("Manifest");
vectors: tests/vectors/manifest.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from satchel.crypto.encoding import (
    BOOLEAN,
    INTEGER,
    KEY,
    RECIPIENTS,
    Fields,
    canonical,
    checked_body,
    parse_canonical,
    parse_record,
    reads,
    records,
    text,
)
from satchel.crypto.errors import IntegrityError
from satchel.crypto.hashing import SHA256_RE
from satchel.crypto.keys import SigningKey, VerifyKey

CONTEXT = "manifest"
_WHAT = "manifest"
_NAME_FORBIDDEN_RE = re.compile(r"[\x00-\x1f\x7f/\\]")


def _file_name(x: Fields, name: str) -> str:
    value = x.text(name)
    if _NAME_FORBIDDEN_RE.search(value) or value in {".", ".."} or len(value.encode()) > 255:
        raise IntegrityError(_WHAT)
    return value


# Each field says how the manifest's value is checked (encoding.parse_record reads them all).
@dataclass(frozen=True)
class AttachmentEntry:
    """One attachment: its content's size and hash, and the hash of its own envelope.

    `name` is a bare file name (no path separators or control characters); `scrubbed`
    says whether metadata was stripped at ingest.
    """

    name: str = field(metadata=reads(_file_name))
    media_type: str = field(metadata=text(
        r"[A-Za-z0-9][\w!#$&^.+-]{0,126}/[A-Za-z0-9][\w!#$&^.+-]{0,126}"))  # RFC 6838 names
    size: int = field(metadata=INTEGER)
    sha256: str = field(metadata=text(SHA256_RE))
    envelope_sha256: str = field(metadata=text(SHA256_RE))
    scrubbed: bool = field(metadata=BOOLEAN)


@dataclass(frozen=True)
class Manifest:
    """One submission: its id, when and by which device, to whom, and what it holds."""

    submission_id: str = field(metadata=text(r"[0-9a-f]{32}"))
    created: int = field(metadata=INTEGER)
    device: str = field(metadata=KEY)
    recipients: tuple[str, ...] = field(metadata=RECIPIENTS)
    report_sha256: str = field(metadata=text(SHA256_RE))
    attachments: tuple[AttachmentEntry, ...] = field(default=(), metadata=records(AttachmentEntry))

    @property
    def device_key(self) -> VerifyKey:
        return VerifyKey.from_text(self.device)


def encode_manifest(m: Manifest) -> bytes:
    """Canonical bytes of `m`; ValueError if any field is out of bounds."""
    return canonical(checked_body(m, _from_body, "manifest"))


def decode_manifest(data: bytes) -> Manifest:
    """Parse canonical manifest bytes strictly (no signature check); IntegrityError."""
    return _from_body(parse_canonical(data, _WHAT))


def _from_body(obj: object) -> Manifest:
    return parse_record(Manifest, obj, _WHAT, version="manifest version")


def sign_manifest(key: SigningKey, m: Manifest) -> tuple[bytes, bytes]:
    """(manifest bytes, 64-byte signature). `m.device` must be `key`'s public key."""
    if m.device != key.public.text:
        raise ValueError("the manifest's device field must be the signing key")
    data = encode_manifest(m)
    return data, key.sign(CONTEXT, data)


def verify_manifest(data: bytes, signature: bytes) -> Manifest:
    """The manifest, if its own device key signed exactly these bytes.

    IntegrityError("manifest") when malformed, ("manifest signature") when not signed.
    Who the device is (its fingerprint) is for the caller to judge.
    """
    m = decode_manifest(data)
    try:
        m.device_key.verify(CONTEXT, data, signature)
    except IntegrityError:
        raise IntegrityError("manifest signature") from None
    return m

