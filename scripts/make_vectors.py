"""Write the crypto test vectors in tests/vectors/*.json from fixed keys and randomness.

Every input that is normally random (seeds, salts, nonces, file keys, ephemeral X25519
secrets) is SHAKE-256 of a fixed label, and is written into the vector next to the bytes
it produces, so another implementation can recompute each vector from the file alone.
tests/test_crypto_vectors.py rebuilds every vector with `build(name)` and compares it with
the file byte for byte.

Usage: .venv/bin/python scripts/make_vectors.py          (rewrite the files)
       .venv/bin/python scripts/make_vectors.py --check  (exit 1 if any file differs)
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from satchel.crypto import age
from satchel.crypto.age import X25519Identity
from satchel.crypto.directory import Desk, Directory, Inbox, sign_directory
from satchel.crypto.encoding import sign_document
from satchel.crypto.envelope import frame_report, seal_attachment, seal_report
from satchel.crypto.keys import SigningKey, fingerprint, seal_secret
from satchel.crypto.keyslots import KdfParams, KeySlots, SlotKind
from satchel.crypto.manifest import AttachmentEntry, Manifest, sign_manifest
from satchel.crypto.padding import padme
from satchel.crypto.receipt import sign_receipt

VECTOR_DIR = Path(__file__).resolve().parent.parent / "tests" / "vectors"
PARAMS = KdfParams.insecure_for_tests()


def fixed(label: str, size: int = 32) -> bytes:
    """Deterministic stand-in for randomness: SHAKE-256 of a label."""
    return hashlib.shake_256(b"satchel test vector: " + label.encode()).digest(size)


class Tape:
    """A randbytes() that plays back fixed bytes and tells if any were left over."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def __call__(self, n: int) -> bytes:
        if self.at + n > len(self.data):
            raise ValueError("vector randomness exhausted")
        self.at += n
        return self.data[self.at - n : self.at]

    def done(self) -> bytes:
        if self.at != len(self.data):
            raise ValueError("vector randomness not all used")
        return self.data


def _params() -> dict[str, int]:
    return {"opslimit": PARAMS.opslimit, "memlimit": PARAMS.memlimit}


def keyslots() -> dict[str, Any]:
    master = fixed("master key")
    tape = Tape(fixed("slot 0 filler", 89) + fixed("slot 1", 89) + fixed("slot 0 salt", 16)
                + fixed("slot 0 nonce", 24) + fixed("limits salt", 16) + fixed("padding", 14))
    slots = KeySlots.create(b"correct horse", master, PARAMS, randbytes=tape)
    created = slots.serialize(randbytes=tape)
    duress_tape = Tape(fixed("slot 1 salt", 16) + fixed("slot 1 nonce", 24)
                       + fixed("limits salt 2", 16) + fixed("padding 2", 14))
    slots.set_slot(1, b"duress", fixed("decoy key"), SlotKind.DURESS, randbytes=duress_tape)
    return {
        "comment": "version 2: KeySlots.create, serialize, then set_slot(1, duress), serialize; "
                   "randomness consumed in order",
        "params": _params(),
        "passphrase": "correct horse",
        "master_key": master.hex(),
        "create_random": tape.done().hex(),
        "created": created.hex(),
        "duress_passphrase": "duress",
        "duress_master_key": fixed("decoy key").hex(),
        "with_duress": slots.serialize(randbytes=duress_tape).hex(),
        "duress_random": duress_tape.done().hex(),
    }


def secret_file() -> dict[str, Any]:
    secret = fixed("root seed")
    tape = Tape(fixed("secret salt", 16) + fixed("secret nonce", 24))
    sealed = seal_secret(secret, b"coalition root passphrase", PARAMS, randbytes=tape)
    return {
        "comment": "seal_secret(secret, passphrase, params): the root key file",
        "params": _params(),
        "passphrase": "coalition root passphrase",
        "secret": secret.hex(),
        "random": tape.done().hex(),
        "sealed": sealed.hex(),
    }


def fingerprints() -> dict[str, Any]:
    cases = []
    for i in range(3):
        key = SigningKey.from_seed(fixed(f"fingerprint seed {i}"))
        raw = key.public.raw
        cases.append(
            {"seed": key.seed.hex(), "public": raw.hex(), "text": key.public.text,
             "fingerprint": fingerprint(raw)}
        )
    return {"comment": "fingerprint(public raw) and the ed25519: text form", "cases": cases}


def padme_values() -> dict[str, Any]:
    ns = [0, 1, 2, 3, 8, 9, 10, 15, 17, 43, 100, 129, 1000, 65536, 65537, 1000000, 10**9]
    return {"comment": "[n, padme(n)]", "cases": [[n, padme(n)] for n in ns]}


def receipt() -> dict[str, Any]:
    key = SigningKey.from_seed(fixed("inbox receipt key"))
    sha = hashlib.sha256(b"an envelope").hexdigest()
    onion = "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion"
    data = sign_receipt(key, sha, onion, 1700000000)
    # Version 1 (exact seconds) is still read; its bytes are those of the first vector.
    v1 = sign_document(key, "receipt", {"v": 1, "envelope_sha256": sha, "inbox": onion,
                                        "stored_at": 1700000000})
    return {
        "comment": "sign_receipt(key, envelope_sha256, inbox, 1700000000): version 2 keeps "
                   "the UTC day only; verify_receipt gives stored_at = that day's start",
        "seed": key.seed.hex(),
        "envelope_sha256": sha,
        "inbox": onion,
        "stored_day": "2023-11-14",
        "stored_at": 1699920000,
        "receipt": data.hex(),
        "receipt_v1": v1.hex(),
        "receipt_v1_stored_at": 1700000000,
    }


def _identity(label: str) -> str:
    return str(X25519Identity(fixed(label)))


def directory() -> dict[str, Any]:
    root = SigningKey.from_seed(fixed("coalition root"))
    desk_rec = age.to_recipient(_identity("desk identity"))
    d = Directory(
        serial=7,
        issued=1700000000,
        expires=1800000000,
        root=root.public.text,
        recipients=tuple(sorted([desk_rec, age.to_recipient(_identity("escrow identity"))])),
        desks=(Desk("Main desk", desk_rec, SigningKey.from_seed(fixed("desk key")).public.text),),
        inboxes=(
            Inbox(
                "2gzyxa5ihm7nsggfxnu52rck2vv4rvmdlkiu3zzui5du4xyclen53wid.onion",
                SigningKey.from_seed(fixed("inbox receipt key")).public.text,
            ),
        ),
    )
    return {
        "comment": "sign_directory(root, d) with the default report kinds",
        "root_seed": root.seed.hex(),
        "directory": sign_directory(root, d).hex(),
    }


def _manifest() -> tuple[SigningKey, Manifest]:
    device = SigningKey.from_seed(fixed("device key"))
    entry = AttachmentEntry(
        name="protest.jpg",
        media_type="image/jpeg",
        size=5,
        sha256=hashlib.sha256(b"photo").hexdigest(),
        envelope_sha256=fixed("attachment envelope").hex(),
        scrubbed=True,
    )
    m = Manifest(
        submission_id=fixed("submission id", 16).hex(),
        created=1700000000,
        device=device.public.text,
        recipients=(age.to_recipient(_identity("desk identity")),),
        report_sha256=hashlib.sha256(b'{"title":"Shutdown"}').hexdigest(),
        attachments=(entry,),
    )
    return device, m


def manifest() -> dict[str, Any]:
    device, m = _manifest()
    data, sig = sign_manifest(device, m)
    return {
        "comment": "sign_manifest(device, m): canonical manifest bytes and signature",
        "device_seed": device.seed.hex(),
        "manifest": data.hex(),
        "signature": sig.hex(),
    }


def _seams(label: str) -> age.Seams:
    """The fixed age randomness of one envelope, each input named after `label`."""
    return age.Seams(fixed(f"{label} file key", 16), fixed(f"{label} nonce", 16),
                     [fixed(f"{label} ephemeral")])


def _seam_fields(seams: age.Seams) -> dict[str, str]:
    assert seams.file_key and seams.nonce and seams.ephemeral_secrets
    return {"file_key": seams.file_key.hex(), "nonce": seams.nonce.hex(),
            "ephemeral_secret": seams.ephemeral_secrets[0].hex()}


def envelope() -> dict[str, Any]:
    identity = _identity("desk identity")
    device, _ = _manifest()
    report_doc = b'{"title":"Shutdown"}'
    seams = _seams("report")
    out = io.BytesIO()
    sealed = seal_report(
        out, report_doc, [], device, [age.to_recipient(identity)],
        submission_id=fixed("submission id", 16).hex(), created=1700000000, seams=seams,
    )
    att = io.BytesIO()
    att_seams = _seams("attachment")
    sa = seal_attachment(io.BytesIO(b"photo bytes"), att, [age.to_recipient(identity)],
                         seams=att_seams)
    return {"report_v2": _report_v2(identity, device), **{
        "comment": "seal_report / seal_attachment with fixed age randomness; open with identity",
        "identity": identity,
        "device_seed": device.seed.hex(),
        "report_doc": report_doc.hex(),
        "report": {
            **_seam_fields(seams),
            "plaintext": frame_report(sealed.manifest_bytes, sealed.signature, report_doc).hex(),
            "envelope": out.getvalue().hex(),
            "envelope_sha256": sealed.envelope_sha256,
        },
        "attachment": {
            "content": b"photo bytes".hex(),
            **_seam_fields(att_seams),
            "envelope": att.getvalue().hex(),
            "envelope_sha256": sa.envelope_sha256,
        },
    }}


def _report_v2(identity: str, device: SigningKey) -> dict[str, Any]:
    """Envelope version 2: the delivery secret beside the signed report document."""
    report_doc, secret = b'{"title":"Shutdown","v":1}', fixed("delivery secret")
    seams = _seams("report v2")
    out = io.BytesIO()
    sealed = seal_report(
        out, report_doc, [], device, [age.to_recipient(identity)],
        submission_id=fixed("submission id", 16).hex(), created=1700000000,
        delivery_secret=secret, seams=seams,
    )
    plaintext = frame_report(sealed.manifest_bytes, sealed.signature, report_doc, secret)
    return {
        "report_doc": report_doc.hex(),
        "delivery_secret": secret.hex(),
        **_seam_fields(seams),
        "plaintext": plaintext.hex(),
        "envelope": out.getvalue().hex(),
        "envelope_sha256": sealed.envelope_sha256,
    }


BUILDERS: dict[str, Callable[[], dict[str, Any]]] = {
    "keyslots": keyslots,
    "secret_file": secret_file,
    "fingerprint": fingerprints,
    "padme": padme_values,
    "receipt": receipt,
    "directory": directory,
    "manifest": manifest,
    "envelope": envelope,
}


def render(name: str) -> str:
    return json.dumps(BUILDERS[name](), indent=2, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name in BUILDERS:
        path = VECTOR_DIR / f"{name}.json"
        text = render(name)
        if check:
            if not path.exists() or path.read_text() != text:
                stale.append(name)
        else:
            path.write_text(text)
    for name in stale:
        print(f"tests/vectors/{name}.json differs from what the code produces", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
