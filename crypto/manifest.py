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

from satchel.crypto.encoding import Fields, body_of, canonical, parse_canonical
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey, VerifyKey

CONTEXT = "manifest"
_WHAT = "manifest"
_HEX32_RE = re.compile(r"[0-9a-f]{32}")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_MEDIA_RE = re.compile(r"[A-Za-z0-9][\w!#$&^.+-]{0,126}/[A-Za-z0-9][\w!#$&^.+-]{0,126}")
_NAME_FORBIDDEN_RE = re.compile(r"[\x00-\x1f\x7f/\\]")


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
    body = Fields(parse_canonical(data, _WHAT), Manifest, _WHAT, versioned=True)
    if body.integer("v") != 1:
        raise IntegrityError("manifest version")
    recipients = body.recipients("recipients")
    entries = body.items("attachments")
    device = body.key("device")
    return Manifest(
        submission_id=body.text("submission_id", _HEX32_RE),
        created=body.integer("created"),
        device=device,
        recipients=recipients,
        report_sha256=body.text("report_sha256", _SHA256_RE),
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
    e = Fields(obj, AttachmentEntry, _WHAT)
    name = e.text("name")
    if _NAME_FORBIDDEN_RE.search(name) or name in {".", ".."} or len(name.encode()) > 255:
        raise IntegrityError(_WHAT)
    scrubbed = e.value("scrubbed")
    if not isinstance(scrubbed, bool):
        raise IntegrityError(_WHAT)
    return AttachmentEntry(
        name=name,
        media_type=e.text("media_type", _MEDIA_RE),
        size=e.integer("size"),
        sha256=e.text("sha256", _SHA256_RE),
        envelope_sha256=e.text("envelope_sha256", _SHA256_RE),
        scrubbed=scrubbed,
    )
