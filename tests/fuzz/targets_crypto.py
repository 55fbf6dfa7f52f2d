"""Fuzz targets for the parsers of satchel.crypto: envelope header and payload stream,
manifest, report framing and document, key slots, inbox and desk receipts, directory.

Each feeds the fuzzer's bytes to the parser exactly as outside data reaches it (from a
stick, the inbox or a seized file) and allows only the documented errors: IntegrityError
(HeaderError, HMACError, PayloadError are its subclasses) and WrongKeyError.
"""

from __future__ import annotations

import io

from harness import Target, hexfield, vector
from satchel.client.desk.document import read_report_doc
from satchel.crypto import age
from satchel.crypto.age._header import read_header
from satchel.crypto.age._stream import PayloadReader
from satchel.crypto.desk_receipt import read_desk_receipt
from satchel.crypto.directory import verify_directory
from satchel.crypto.envelope import open_report, unframe_report
from satchel.crypto.errors import IntegrityError, WrongKeyError
from satchel.crypto.keys import SigningKey
from satchel.crypto.keyslots import KeySlots
from satchel.crypto.manifest import verify_manifest
from satchel.crypto.receipt import verify_receipt

CRYPTO_ERRORS = (IntegrityError, WrongKeyError)
_ENVELOPE = vector("envelope.json")
_IDENTITY = age.parse_identity(str(_ENVELOPE["identity"]))
_RECEIPT = vector("receipt.json")
_INBOX_KEY = SigningKey.from_seed(hexfield(_RECEIPT, "seed")).public
_DIRECTORY = vector("directory.json")
_ROOT_KEY = SigningKey.from_seed(hexfield(_DIRECTORY, "root_seed")).public
_KEYSLOTS = vector("keyslots.json")
_MAX_FUZZ_MEMLIMIT = 64 << 10  # unlock only what costs little: the bounds are tested elsewhere


def _envelopes() -> list[bytes]:
    return [hexfield(_ENVELOPE, part, "envelope") for part in ("report", "report_v2", "attachment")]


def _header(data: bytes) -> None:
    read_header(io.BytesIO(data))


def _open_envelope(data: bytes) -> None:
    """The whole report envelope as a desk opens it: header, MAC, payload, framing, manifest."""
    open_report(io.BytesIO(data), [_IDENTITY])


def _payload_seeds() -> list[bytes]:
    seeds = []
    for part in ("report", "report_v2", "attachment"):
        whole = hexfield(_ENVELOPE, part, "envelope")
        header_end = whole.index(b"\n---") + 1
        header_end = whole.index(b"\n", header_end) + 1
        seeds.append(whole[header_end:])
    return seeds


def _payload(data: bytes) -> None:
    """The STREAM payload after a good header: the file key is the vector's."""
    key = hexfield(_ENVELOPE, "report", "file_key")
    reader = PayloadReader(io.BytesIO(data), key)
    while reader.read(1 << 16):
        pass


def _manifest(data: bytes) -> None:
    # The first 64 bytes are the signature, the rest the manifest bytes.
    verify_manifest(data[64:], data[:64])


def _manifest_seeds() -> list[bytes]:
    doc = vector("manifest.json")
    return [hexfield(doc, "signature") + hexfield(doc, "manifest")]


def _frame(data: bytes) -> None:
    unframe_report(data)


def _report_doc(data: bytes) -> None:
    read_report_doc(data)


def _keyslots(data: bytes) -> None:
    slots = KeySlots.parse(data)
    params = slots._params  # every slot's limits: unlock only the cheap ones
    if all(p.memlimit <= _MAX_FUZZ_MEMLIMIT and p.opslimit <= 2 for p in params):
        slots.unlock(b"correct horse").wipe()


def _receipt(data: bytes) -> None:
    verify_receipt(data, [_INBOX_KEY])


def _desk_receipt(data: bytes) -> None:
    read_desk_receipt(data)


def _directory(data: bytes) -> None:
    verify_directory(data, _ROOT_KEY, None, None)
    verify_directory(data, None, 0, 0)


TARGETS = [
    Target("envelope_header", _header, CRYPTO_ERRORS, _envelopes),
    Target("envelope_open", _open_envelope, CRYPTO_ERRORS, _envelopes, max_len=8192),
    Target("payload_stream", _payload, CRYPTO_ERRORS, _payload_seeds, max_len=70_000),
    Target("manifest", _manifest, CRYPTO_ERRORS, _manifest_seeds),
    Target("report_frame", _frame, CRYPTO_ERRORS,
           lambda: [hexfield(_ENVELOPE, p, "plaintext") for p in ("report", "report_v2")]),
    Target("report_document", _report_doc, CRYPTO_ERRORS,
           lambda: [hexfield(_ENVELOPE, "report_doc"), hexfield(_ENVELOPE, "report_v2", "report_doc")]),
    Target("keyslots", _keyslots, CRYPTO_ERRORS,
           lambda: [hexfield(_KEYSLOTS, k) for k in ("created", "with_duress")]
           + [hexfield(vector("keyslots_v1.json"), k) for k in ("created", "with_duress")]),
    Target("inbox_receipt", _receipt, CRYPTO_ERRORS,
           lambda: [hexfield(_RECEIPT, "receipt"), hexfield(_RECEIPT, "receipt_v1")]),
    Target("desk_receipt", _desk_receipt, CRYPTO_ERRORS, lambda: [_desk_receipt_seed()]),
    Target("directory", _directory, CRYPTO_ERRORS, lambda: [hexfield(_DIRECTORY, "directory")],
           max_len=16384),
]


def _desk_receipt_seed() -> bytes:
    from satchel.crypto.desk_receipt import sign_desk_receipt

    key = SigningKey.from_seed(bytes(range(32)))
    return sign_desk_receipt(key, bytes(32), "ab" * 32, "2026-01-02")
