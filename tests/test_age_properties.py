"""Hypothesis properties of satchel.crypto.age: round trips, and that no tampering,
truncation or chunk shuffling ever yields plaintext that was not sealed."""

from __future__ import annotations

import io
import random

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from satchel.crypto import age
from satchel.crypto.errors import IntegrityError, WrongKeyError

IDENTITY = age.generate_identity()
RECIPIENT = age.to_recipient(IDENTITY)
CHUNK = 64 * 1024
ENC_CHUNK = CHUNK + 16
BOUNDARIES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 5]

sizes = st.one_of(st.sampled_from(BOUNDARIES), st.integers(0, 4 * CHUNK + 100))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def plaintext_of(size: int, seed: int = 0) -> bytes:
    return random.Random(seed).randbytes(size)


def seal(plaintext: bytes) -> bytes:
    out = io.BytesIO()
    age.encrypt(io.BytesIO(plaintext), out, [RECIPIENT])
    return out.getvalue()


def open_released(data: bytes) -> tuple[bytes, Exception | None]:
    """What decrypt released, and the error it raised (None on success)."""
    out = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(data), out, [IDENTITY])
    except (IntegrityError, WrongKeyError) as e:
        return out.getvalue(), e
    return out.getvalue(), None


SAMPLE = plaintext_of(2 * CHUNK + 300, seed=7)
SEALED = seal(SAMPLE)
HEADER_LEN = len(age.read_header(io.BytesIO(SEALED)).raw)


def split_payload(sealed: bytes) -> tuple[bytes, list[bytes]]:
    start = HEADER_LEN + 16
    body = sealed[start:]
    return sealed[:start], [body[i : i + ENC_CHUNK] for i in range(0, len(body), ENC_CHUNK)]


@FAST
@given(size=sizes, seed=st.integers(0, 2**32))
def test_round_trip(size: int, seed: int) -> None:
    plaintext = plaintext_of(size, seed)
    assert open_released(seal(plaintext)) == (plaintext, None)


@FAST
@given(size=sizes, writes=st.lists(st.integers(1, 3 * CHUNK), max_size=8),
       read_size=st.integers(1, 2 * CHUNK))
def test_round_trip_writer_and_reader(size: int, writes: list[int], read_size: int) -> None:
    plaintext = plaintext_of(size)
    out = io.BytesIO()
    with age.EncryptWriter(out, [RECIPIENT]) as writer:
        pos = 0
        for n in [*writes, size]:
            pos += writer.write(plaintext[pos : pos + n])
    got = bytearray()
    with age.DecryptReader(io.BytesIO(out.getvalue()), [IDENTITY]) as reader:
        while chunk := reader.read(read_size):
            got += chunk
    assert bytes(got) == plaintext


@settings(max_examples=300, deadline=None)
@given(index=st.integers(0, len(SEALED) - 1), mask=st.integers(1, 255))
def test_any_flipped_byte_fails(index: int, mask: int) -> None:
    tampered = bytearray(SEALED)
    tampered[index] ^= mask
    released, error = open_released(bytes(tampered))
    assert error is not None
    assert SAMPLE.startswith(released)
    if index >= HEADER_LEN + 16:
        chunk = (index - HEADER_LEN - 16) // ENC_CHUNK
        assert isinstance(error, age.PayloadError)
        assert released == SAMPLE[: chunk * CHUNK]


@settings(max_examples=200, deadline=None)
@given(cut=st.integers(0, len(SEALED) - 1))
def test_any_truncation_fails(cut: int) -> None:
    released, error = open_released(SEALED[:cut])
    assert error is not None
    assert SAMPLE.startswith(released)


@settings(max_examples=100, deadline=None)
@given(extra=st.binary(min_size=1, max_size=ENC_CHUNK + 20))
def test_trailing_data_fails(extra: bytes) -> None:
    released, error = open_released(SEALED + extra)
    assert isinstance(error, age.PayloadError)
    assert SAMPLE.startswith(released)


@settings(max_examples=50, deadline=None)
@given(order=st.lists(st.integers(0, 2), max_size=5))
def test_reordered_or_dropped_chunks_fail(order: list[int]) -> None:
    prefix, chunks = split_payload(SEALED)
    assume(order != [0, 1, 2])
    released, error = open_released(prefix + b"".join(chunks[i] for i in order))
    assert isinstance(error, age.PayloadError)
    assert SAMPLE.startswith(released)
