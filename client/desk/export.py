"""Evidence export: a folder a third party can re-check with standard tools only.

The folder holds the report text, the attachments under sanitised names, the signed
manifest exactly as signed, its signature, the signer's public key as PEM, the exact
message the signature covers, the envelopes as received (age files), SHA256SUMS, a
verification record (JSON) and README.txt with the steps (sha256sum, openssl, age).
"""

import hashlib
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from satchel.client.desk.verify import verify_submission
from satchel.client.errors import IntegrityFailure, UsageError
from satchel.client.fsutil import atomic_write
from satchel.client.progress import Progress, no_progress
from satchel.client.vault.vault import Vault
from satchel.crypto.encoding import canonical
from satchel.crypto.envelope import check_attachment
from satchel.crypto.keys import VerifyKey, signed_message
from satchel.crypto.manifest import decode_manifest

MAX_NAME = 100
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def safe_name(name: str, index: int) -> str:
    """A file name safe on every file system: no path, control characters or traps."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name)
    # Format characters (e.g. right-to-left override) could disguise the real extension.
    name = "".join("_" if unicodedata.category(c) == "Cf" else c for c in name).strip(" .")
    if not name or name in {".", ".."}:
        name = "attachment"
    stem, dot, ext = name.rpartition(".")
    if dot and len(ext) <= 10:
        name = stem[: MAX_NAME - len(ext) - 1] + "." + ext
    return f"{index:02d}-{name[:MAX_NAME]}"


def export_evidence(vault: Vault, submission_id: str, dest: Path,
                    progress: Progress = no_progress) -> dict[str, Any]:
    """Verify, then write the evidence folder; `progress` counts attachment bytes."""
    result = verify_submission(vault, submission_id)
    if not result["verified"]:
        raise IntegrityFailure(
            "The submission does not verify (" + "; ".join(result["reasons"]) + "); not exported."
        )
    if dest.exists() and any(dest.iterdir()):
        raise UsageError(f"{dest} is not empty; choose a new folder for the evidence.")
    row = vault.conn.execute(
        "SELECT envelope_sha256, manifest, signature, report_doc FROM submissions WHERE id = ?",
        (submission_id,),
    ).fetchone()
    env_sha, manifest_bytes, signature, report_doc = row[0], bytes(row[1]), bytes(row[2]), bytes(row[3])
    manifest = decode_manifest(manifest_bytes)
    (dest / "attachments").mkdir(parents=True, exist_ok=True)
    (dest / "envelopes").mkdir(exist_ok=True)
    shown, withheld = _report_json(report_doc)
    doc = json.loads(shown)
    signer = VerifyKey.from_text(manifest.device)
    files: dict[str, str] = {"report.json": _sha(shown)}
    atomic_write(dest / "report.json", shown)
    atomic_write(dest / "report.txt", _report_text(doc).encode())
    atomic_write(dest / "manifest.json", manifest_bytes)
    atomic_write(dest / "manifest.sig", signature)
    atomic_write(dest / "manifest.signed", signed_message("manifest", manifest_bytes))
    atomic_write(dest / "signer.pem", _pem(signer))
    _copy_envelope(vault, env_sha, dest, files)
    total, done = sum(a.size for a in manifest.attachments), 0
    progress("Exporting evidence", 0, total)
    for i, entry in enumerate(manifest.attachments):
        name = "attachments/" + safe_name(entry.name, i)
        blob = _envelope_blob(vault, entry.envelope_sha256)
        try:
            with vault.blob_path(blob).open("rb") as src, (dest / name).open("xb") as out:
                check_attachment(src, entry, [vault.identity], out)
        except BaseException:
            # Content is written as it decrypts; a failed check must leave nothing behind.
            (dest / name).unlink(missing_ok=True)
            raise
        files[name] = entry.sha256
        _copy_envelope(vault, entry.envelope_sha256, dest, files)
        done += entry.size
        progress("Exporting evidence", done, total)
    sums = "".join(f"{h}  {n}\n" for n, h in sorted(files.items()))
    atomic_write(dest / "SHA256SUMS", sums.encode())
    record = {**result, "envelope_sha256": env_sha, "manifest": json.loads(manifest_bytes),
              "signature_hex": signature.hex(), "signer_public_key": manifest.device,
              "recipients": list(manifest.recipients), "files": files,
              "receipt": None, "report_redacted": withheld}
    atomic_write(dest / "verification.json", json.dumps(record, indent=2, sort_keys=True).encode())
    atomic_write(dest / "README.txt", _readme(record).encode())
    return record


def _report_json(report_doc: bytes) -> tuple[bytes, bool]:
    """The report document for the evidence, and whether a secret had to be cut out of it.

    Since envelope version 2 the document holds no delivery secret and is exported exactly
    as signed. A version 1 document carried it inside; whoever held it could forge desk
    receipts, so it is withheld, at the cost of report.json no longer matching the signed
    report_sha256 (README.txt says so)."""
    doc = json.loads(report_doc)
    if not isinstance(doc, dict) or "delivery_secret" not in doc:
        return report_doc, False
    del doc["delivery_secret"]
    return canonical(doc), True


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _envelope_blob(vault: Vault, sha: str) -> str:
    row = vault.conn.execute("SELECT blob FROM desk_envelopes WHERE sha256 = ?", (sha,)).fetchone()
    if row is None:
        raise IntegrityFailure(f"Envelope {sha[:16]} is missing from this desk.")
    return str(row[0])


def _copy_envelope(vault: Vault, sha: str, dest: Path, files: dict[str, str]) -> None:
    name = f"envelopes/{sha}.age"
    with vault.blob_path(_envelope_blob(vault, sha)).open("rb") as src, (dest / name).open("xb") as out:
        while chunk := src.read(1 << 20):
            out.write(chunk)
    files[name] = sha


def _pem(key: VerifyKey) -> bytes:
    public = Ed25519PublicKey.from_public_bytes(key.raw)
    return public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


def _report_text(doc: dict[str, Any]) -> str:
    fields = ("title", "kind", "when", "where", "service", "people")
    head = "".join(f"{f}: {doc.get(f, '')}\n" for f in fields)
    return head + "\n" + str(doc.get("body", ""))


def _withheld(record: dict[str, Any]) -> str:
    if not record["report_redacted"]:
        return ""
    return ("\n   This submission predates envelope version 2: its signed report also held a\n"
            "   delivery secret, withheld here, so report.json does not match report_sha256.")


def _readme(record: dict[str, Any]) -> str:
    return f"""Satchel evidence record
=======================

Submission signed by the device with fingerprint {record['signer_fingerprint']}
(public key {record['signer_public_key']}).
Report envelope SHA-256: {record['envelope_sha256']}

Anyone can re-check this folder with standard tools only:

1. Every file is the one that was signed for:
       sha256sum -c SHA256SUMS
   The hashes of report.json and of each attachment are the ones listed in
   manifest.json ("report_sha256" and each attachment's "sha256"); compare them.{_withheld(record)}

2. The signature is the signing device's, over exactly manifest.json:
       printf 'satchel/v1/manifest\\000' | cat - manifest.json | cmp - manifest.signed
       openssl pkeyutl -verify -pubin -inkey signer.pem -rawin \\
           -in manifest.signed -sigfile manifest.sig
   openssl prints "Signature Verified Successfully".

3. The envelopes/ folder holds the ciphertext as it arrived. Whoever holds the desk's
   identity can open any of them with the standard age tool:
       age -d -i desk-identity.txt envelopes/<hash>.age > out
   Attachments are padded with zero bytes; keep the first "size" bytes:
       head -c SIZE out | sha256sum

4. manifest.json lists the exact set of recipients the submission was sealed to.
"""
