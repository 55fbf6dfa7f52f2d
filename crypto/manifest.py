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
from dataclasses import dataclass

from satchel.crypto.encoding import (
    RECIPIENT_RE,
    body_of,
    canonical,
    expect_int,
    expect_keys,
    expect_str,
    parse_canonical,
)
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey, VerifyKey

CONTEXT = "manifest"
_WHAT = "manifest"
_HEX32_RE = re.compile(r"[0-9a-f]{32}")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_MEDIA_RE = re.compile(r"[A-Za-z0-9][\w!#$&^.+-]{0,126}/[A-Za-z0-9][\w!#$&^.+-]{0,126}")
_NAME_FORBIDDEN_RE = re.compile(r"[\x00-\x1f\x7f/\\]")
_FIELDS = {"v", "submission_id", "created", "device", "recipients", "report_sha256",
           "attachments"}
_ENTRY_FIELDS = {"name", "media_type", "size", "sha256", "envelope_sha256", "scrubbed"}


@dataclass(frozen=True)
class AttachmentEntry:
    """One attachment: its content's size and hash, and the hash of its own envelope.

    `name` is a bare file name (no path separators or control characters); `scrubbed`
    says whether metadata was stripped at ingest.
    """

    name: str
    media_type: str
    size: int
    sha256: str
    envelope_sha256: str
    scrubbed: bool


@dataclass(frozen=True)
class Manifest:
    submission_id: str
    created: int
    device: str
    recipients: tuple[str, ...]
    report_sha256: str
    attachments: tuple[AttachmentEntry, ...] = ()

    @property
    def device_key(self) -> VerifyKey:
        return VerifyKey.from_text(self.device)


def encode_manifest(m: Manifest) -> bytes:
    """Canonical bytes of `m`; ValueError if any field is out of bounds."""
    data = canonical(body_of(m))
    try:
        decode_manifest(data)
    except IntegrityError as e:
        raise ValueError(f"invalid manifest: {e.what}") from None
    return data


def decode_manifest(data: bytes) -> Manifest:
    """Parse canonical manifest bytes strictly (no signature check); IntegrityError."""
    body = expect_keys(parse_canonical(data, _WHAT), _FIELDS, _WHAT)
    if expect_int(body["v"], _WHAT) != 1:
        raise IntegrityError("manifest version")
    recipients = body["recipients"]
    if not isinstance(recipients, list) or not recipients:
        raise IntegrityError(_WHAT)
    for r in recipients:
        expect_str(r, _WHAT, RECIPIENT_RE)
    if recipients != sorted(set(recipients)):
        raise IntegrityError(_WHAT)
    entries = body["attachments"]
    if not isinstance(entries, list):
        raise IntegrityError(_WHAT)
    device = expect_str(body["device"], _WHAT)
    try:
        VerifyKey.from_text(device)
    except IntegrityError:
        raise IntegrityError(_WHAT) from None
    return Manifest(
        submission_id=expect_str(body["submission_id"], _WHAT, _HEX32_RE),
        created=expect_int(body["created"], _WHAT),
        device=device,
        recipients=tuple(recipients),
        report_sha256=expect_str(body["report_sha256"], _WHAT, _SHA256_RE),
        attachments=tuple(_entry(e) for e in entries),
    )


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


def _entry(obj: object) -> AttachmentEntry:
    e = expect_keys(obj, _ENTRY_FIELDS, _WHAT)
    name = expect_str(e["name"], _WHAT)
    if _NAME_FORBIDDEN_RE.search(name) or name in {".", ".."} or len(name.encode()) > 255:
        raise IntegrityError(_WHAT)
    if not isinstance(e["scrubbed"], bool):
        raise IntegrityError(_WHAT)
    return AttachmentEntry(
        name=name,
        media_type=expect_str(e["media_type"], _WHAT, _MEDIA_RE),
        size=expect_int(e["size"], _WHAT),
        sha256=expect_str(e["sha256"], _WHAT, _SHA256_RE),
        envelope_sha256=expect_str(e["envelope_sha256"], _WHAT, _SHA256_RE),
        scrubbed=e["scrubbed"],
    )
