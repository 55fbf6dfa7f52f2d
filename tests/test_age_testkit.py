"""Runs the C2SP CCTV age testkit vectors (a byte-exact copy in tests/vectors/age-testkit).

Every vector whose identities are all X25519 runs and must give exactly the
expected outcome; for success and payload failure, the SHA-256 of every byte that
was released must match. Only vectors for features Satchel does not implement
(armor, scrypt passphrases, post-quantum hybrid keys) are skipped, each with its
reason.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, cast

import pytest
from satchel.crypto import age

REPO_ROOT = Path(__file__).resolve().parents[1]
TESTDATA = REPO_ROOT / "tests" / "vectors" / "age-testkit" / "testdata"
VECTORS = sorted(p.name for p in TESTDATA.iterdir()) if TESTDATA.is_dir() else []

OUTCOMES: dict[str, type[Exception] | None] = {
    "success": None,
    "header failure": age.HeaderError,
    "HMAC failure": age.HMACError,
    "payload failure": age.PayloadError,
    "no match": age.NoIdentityMatchError,
}


@dataclass
class Vector:
    expect: str = ""
    payload: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    body: bytes = b""


def load(name: str) -> Vector:
    data = (TESTDATA / name).read_bytes()
    head, body = data.split(b"\n\n", 1)
    vector = Vector()
    compressed = False
    for line in head.decode().splitlines():
        key, value = line.split(": ", 1)
        if key == "expect":
            vector.expect = value
        elif key == "payload":
            vector.payload = value
        elif key == "identity":
            vector.identities.append(value)
        elif key == "passphrase":
            vector.passphrases.append(value)
        elif key == "armored":
            vector.armored = value == "yes"
        elif key == "compressed":
            assert value == "zlib"
            compressed = True
    vector.body = zlib.decompress(body) if compressed else body
    return vector


def skip_reason(vector: Vector) -> str | None:
    if vector.armored or vector.expect == "armor failure":
        return "ASCII armor is not implemented"
    if any(i.startswith("AGE-SECRET-KEY-PQ-") for i in vector.identities):
        return "post-quantum hybrid identities are not implemented"
    if not vector.identities and vector.passphrases:
        return "scrypt passphrase recipients are not implemented"
    return None


def _names(wanted: tuple[str, ...]) -> list[str]:
    """Vectors Satchel supports whose expected outcome is one of ``wanted``."""
    return [
        n for n in VECTORS
        if skip_reason(v := load(n)) is None and v.expect in wanted
    ]


REACHES_PAYLOAD = _names(("success", "payload failure"))
SUCCESS = _names(("success",))


def test_vectors_are_present() -> None:
    assert len(VECTORS) > 100, f"no age testkit vectors found at {TESTDATA}"


class _Sink(io.RawIOBase):
    """Hashes what decrypt releases, so nothing is kept but the digest."""

    def __init__(self) -> None:
        super().__init__()
        self.hash = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, b: object) -> int:
        view = memoryview(b)  # type: ignore[arg-type]
        self.hash.update(view)
        return view.nbytes


def _decrypt_buffer(body: bytes, dst: BinaryIO, identities: list[str]) -> None:
    # Small batches, so a multi-chunk vector is opened over several of them.
    age.decrypt_buffer(memoryview(body), identities, block=1).copy_to(dst)


def _decrypt_stream(body: bytes, dst: BinaryIO, identities: list[str]) -> None:
    age.decrypt(io.BytesIO(body), dst, identities)


@pytest.mark.parametrize("way", [_decrypt_stream, _decrypt_buffer], ids=["stream", "buffer"])
@pytest.mark.parametrize("name", VECTORS)
def test_vector(name: str, way: Callable[[bytes, BinaryIO, list[str]], None]) -> None:
    """Every outcome, whether the age file is read from a stream or opened in memory (a
    mapped file: age.decrypt_buffer)."""
    vector = load(name)
    reason = skip_reason(vector)
    if reason:
        pytest.skip(reason)
    expected = OUTCOMES[vector.expect]
    sink = _Sink()
    dst = cast(BinaryIO, sink)
    if expected is None:
        way(vector.body, dst, vector.identities)
    else:
        with pytest.raises(expected):
            way(vector.body, dst, vector.identities)
    if vector.expect in ("success", "payload failure"):
        assert sink.hash.hexdigest() == vector.payload


@pytest.mark.parametrize("name", REACHES_PAYLOAD)
def test_vector_through_reader(name: str) -> None:
    """DecryptReader releases exactly the same bytes as decrypt, in small reads."""
    vector = load(name)
    digest = hashlib.sha256()
    reader = age.DecryptReader(io.BytesIO(vector.body), vector.identities)
    failed = False
    try:
        while chunk := reader.read(50_000):
            digest.update(chunk)
    except age.PayloadError:
        failed = True
    assert failed == (vector.expect == "payload failure")
    assert digest.hexdigest() == vector.payload


@pytest.mark.parametrize(
    "name", [n for n in VECTORS if not (v := load(n)).armored and v.expect != "header failure"]
)
def test_header_round_trip(name: str) -> None:
    """Any header that parses re-serialises to the same bytes (the MAC depends on it)."""
    vector = load(name)
    src = io.BytesIO(vector.body)
    header = age.read_header(src)
    assert vector.body.startswith(header.raw)
    rebuilt = b"age-encryption.org/v1\n" + b"".join(
        age._header.serialize_stanza(s) for s in header.stanzas
    )
    assert header.mac_input == rebuilt + b"---"


@pytest.mark.parametrize("name", SUCCESS)
def test_stream_reencrypts_to_same_payload(name: str) -> None:
    """With the vector's file key and nonce, PayloadWriter reproduces the payload bytes."""
    vector = load(name)
    src = io.BytesIO(vector.body)
    header = age.read_header(src)
    payload = src.read()
    file_key = age.unwrap_file_key(header, vector.identities)
    plaintext = io.BytesIO()
    age.decrypt(io.BytesIO(vector.body), plaintext, vector.identities)
    out = io.BytesIO()
    with age.PayloadWriter(out, file_key, nonce=payload[:16]) as writer:
        writer.write(plaintext.getvalue())
    assert out.getvalue() == payload
