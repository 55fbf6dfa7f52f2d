"""The test vectors in tests/vectors/ are what the code produces, byte for byte, and they
open with the ordinary (non-seam) API and with the `age` command."""

import hashlib
import importlib.util
import io
import json
import subprocess
from pathlib import Path

import pytest
from satchel.crypto import age
from satchel.crypto.directory import verify_directory
from satchel.crypto.envelope import check_attachment, open_report
from satchel.crypto.keys import SigningKey, fingerprint, open_secret
from satchel.crypto.keyslots import KeySlots, SlotKind
from satchel.crypto.manifest import AttachmentEntry, verify_manifest
from satchel.crypto.padding import padme
from satchel.crypto.receipt import verify_receipt

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "tests" / "vectors"
_spec = importlib.util.spec_from_file_location("make_vectors", ROOT / "scripts" / "make_vectors.py")
assert _spec is not None and _spec.loader is not None
make_vectors = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_vectors)


def load(name: str) -> dict:
    return json.loads((VECTORS / f"{name}.json").read_text())


@pytest.mark.parametrize("name", sorted(make_vectors.BUILDERS))
def test_vector_file_matches_the_code_byte_for_byte(name):
    assert (VECTORS / f"{name}.json").read_text() == make_vectors.render(name)


def test_keyslots_vector_opens():
    v = load("keyslots")
    created = KeySlots.parse(bytes.fromhex(v["created"]))
    assert created.unlock(v["passphrase"].encode()).master_key.hex() == v["master_key"]
    both = KeySlots.parse(bytes.fromhex(v["with_duress"]))
    duress = both.unlock(v["duress_passphrase"].encode())
    assert (duress.kind, duress.master_key.hex()) == (SlotKind.DURESS, v["duress_master_key"])


def test_keyslots_version_1_vector_still_opens():
    v = load("keyslots_v1")  # frozen: version 1 is read (and migrated), never written
    old = KeySlots.parse(bytes.fromhex(v["with_duress"]))
    assert old.version == 1
    assert old.unlock(v["passphrase"].encode()).master_key.hex() == v["master_key"]
    duress = old.unlock(v["duress_passphrase"].encode())
    assert (duress.kind, duress.master_key.hex()) == (SlotKind.DURESS, v["duress_master_key"])


def test_secret_file_vector_opens():
    v = load("secret_file")
    sealed = bytes.fromhex(v["sealed"])
    assert open_secret(sealed, v["passphrase"].encode()).hex() == v["secret"]


def test_fingerprint_and_padme_vectors():
    for case in load("fingerprint")["cases"]:
        key = SigningKey.from_seed(bytes.fromhex(case["seed"]))
        assert key.public.raw.hex() == case["public"]
        assert key.public.text == case["text"]
        assert fingerprint(bytes.fromhex(case["public"])) == case["fingerprint"]
    for n, padded in load("padme")["cases"]:
        assert padme(n) == padded


def test_signed_document_vectors_verify():
    r = load("receipt")
    key = SigningKey.from_seed(bytes.fromhex(r["seed"])).public
    receipt = verify_receipt(bytes.fromhex(r["receipt"]), [key], r["envelope_sha256"])
    assert (receipt.inbox, receipt.stored_at) == (r["inbox"], r["stored_at"])
    old = verify_receipt(bytes.fromhex(r["receipt_v1"]), [key], r["envelope_sha256"])
    assert old.stored_at == r["receipt_v1_stored_at"]  # version 1 is still read
    d = load("directory")
    root = SigningKey.from_seed(bytes.fromhex(d["root_seed"])).public
    assert verify_directory(bytes.fromhex(d["directory"]), root, None, 1700000001).serial == 7
    m = load("manifest")
    manifest = verify_manifest(bytes.fromhex(m["manifest"]), bytes.fromhex(m["signature"]))
    assert manifest.device == SigningKey.from_seed(bytes.fromhex(m["device_seed"])).public.text


def test_envelope_vector_opens_here_and_with_age(tmp_path):
    v = load("envelope")
    report = bytes.fromhex(v["report"]["envelope"])
    opened = open_report(io.BytesIO(report), [v["identity"]])
    assert opened.report_doc.hex() == v["report_doc"]
    key = tmp_path / "id"
    key.write_text(v["identity"] + "\n")
    (tmp_path / "r.age").write_bytes(report)
    plain = subprocess.run(["age", "-d", "-i", str(key), str(tmp_path / "r.age")],
                           check=True, capture_output=True).stdout
    assert plain.hex() == v["report"]["plaintext"]
    att = v["attachment"]
    content = bytes.fromhex(att["content"])
    plaintext = io.BytesIO()
    age.decrypt(io.BytesIO(bytes.fromhex(att["envelope"])), plaintext, [v["identity"]])
    assert plaintext.getvalue() == content + bytes(padme(len(content)) - len(content))
    sink = io.BytesIO()
    check_attachment(
        io.BytesIO(bytes.fromhex(att["envelope"])),
        AttachmentEntry("a", "application/octet-stream", len(content),
                        hashlib.sha256(content).hexdigest(), att["envelope_sha256"], False),
        [v["identity"]], sink)
    assert sink.getvalue() == content
