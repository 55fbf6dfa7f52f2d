"""Unit tests of satchel.crypto.age's public API beyond the testkit: key strings,
deterministic seams, header limits and writer behaviour on errors."""

from __future__ import annotations

import io

import pytest
from satchel.crypto import age
from satchel.crypto.age import _bech32
from satchel.crypto.errors import IntegrityError, WrongKeyError

# The testkit's identity and the recipient `age-keygen -y` prints for it.
TESTKIT_IDENTITY = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"


def test_error_classes_map_to_crypto_errors() -> None:
    for cls in (age.HeaderError, age.HMACError, age.PayloadError):
        assert issubclass(cls, IntegrityError)
    assert issubclass(age.NoIdentityMatchError, WrongKeyError)


def test_identity_round_trips_and_is_upper_case() -> None:
    identity = age.generate_identity()
    assert identity.startswith("AGE-SECRET-KEY-1")
    assert identity == identity.upper()
    assert str(age.parse_identity(identity)) == identity
    recipient = age.to_recipient(identity)
    assert recipient.startswith("age1")
    assert str(age.parse_recipient(recipient)) == recipient


def test_identity_repr_hides_the_secret() -> None:
    identity = age.parse_identity(TESTKIT_IDENTITY)
    assert TESTKIT_IDENTITY[20:40] not in repr(identity)


@pytest.mark.parametrize(
    "text",
    [
        TESTKIT_IDENTITY.lower(),  # identities are upper case only
        TESTKIT_IDENTITY[:-1] + "Q",  # checksum
        TESTKIT_IDENTITY[:20] + TESTKIT_IDENTITY[20:].lower(),  # mixed case
        "AGE-SECRET-KEY-1" + "Q" * 10,  # too short
        "",
        " " + TESTKIT_IDENTITY,
    ],
)
def test_bad_identities_are_refused(text: str) -> None:
    with pytest.raises(age.KeyFormatError):
        age.parse_identity(text)


def test_recipient_and_identity_are_not_interchangeable() -> None:
    recipient = age.to_recipient(TESTKIT_IDENTITY)
    with pytest.raises(age.KeyFormatError):
        age.parse_identity(recipient)
    with pytest.raises(age.KeyFormatError):
        age.parse_recipient(TESTKIT_IDENTITY)
    with pytest.raises(age.KeyFormatError):
        age.parse_recipient(recipient.upper())


def test_bech32_rejects_non_zero_padding() -> None:
    hrp, data = _bech32.decode(age.to_recipient(TESTKIT_IDENTITY))
    assert (hrp, len(data)) == ("age", 32)
    # 32 bytes = 256 bits -> 52 groups of 5 with 4 padding bits; set one of them.
    values = _bech32._convert_bits(data, 8, 5, pad=True)
    values[-1] |= 1
    with pytest.raises(ValueError, match="padding"):
        _bech32._convert_bits(values, 5, 8, pad=False)


def test_seams_make_encryption_deterministic() -> None:
    recipient = age.to_recipient(TESTKIT_IDENTITY)
    outputs = []
    for _ in range(2):
        out = io.BytesIO()
        age.encrypt(
            io.BytesIO(b"hello"), out, [recipient],
            seams=age.Seams(bytes(range(16)), bytes(16), [b"\x07" * 32]),
        )
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    plain = io.BytesIO()
    assert age.decrypt(io.BytesIO(outputs[0]), plain, [TESTKIT_IDENTITY]) == 5
    assert plain.getvalue() == b"hello"


def test_make_header_parses_back_and_unwraps() -> None:
    identities = [age.generate_identity() for _ in range(3)]
    file_key = bytes(range(16))
    raw = age.make_header(file_key, [age.to_recipient(i) for i in identities])
    src = io.BytesIO(raw + b"payload")
    header = age.read_header(src)
    assert header.raw == raw
    assert src.read() == b"payload"
    assert [s.type for s in header.stanzas] == ["X25519"] * 3
    for identity in identities:
        assert age.unwrap_file_key(header, [identity]) == file_key


def test_writer_aborted_by_exception_leaves_an_invalid_file() -> None:
    out = io.BytesIO()
    recipient = age.to_recipient(TESTKIT_IDENTITY)
    with pytest.raises(RuntimeError), age.EncryptWriter(out, [recipient]) as w:
        w.write(b"x" * 100_000)
        raise RuntimeError("interrupted")
    with pytest.raises(age.PayloadError):
        age.decrypt(io.BytesIO(out.getvalue()), io.BytesIO(), [TESTKIT_IDENTITY])


def test_header_without_stanzas_is_refused() -> None:
    raw = b"age-encryption.org/v1\n--- " + b"A" * 43 + b"\n"
    with pytest.raises(age.HeaderError, match="no recipient stanza"):
        age.read_header(io.BytesIO(raw))


def test_header_with_too_many_stanzas_is_refused() -> None:
    stanza = b"-> grease\n\n"
    raw = b"age-encryption.org/v1\n" + stanza * 257 + b"--- " + b"A" * 43 + b"\n"
    with pytest.raises(age.HeaderError, match="more than 256"):
        age.read_header(io.BytesIO(raw))


def test_oversized_header_is_refused_without_reading_it_all() -> None:
    src = io.BytesIO(b"age-encryption.org/v1\n-> " + b"a" * (2 << 20) + b"\n")
    with pytest.raises(age.HeaderError, match="larger than 1 MiB"):
        age.read_header(src)
    assert src.tell() <= (1 << 20) + 1


def test_rewrap_header_refuses_trailing_bytes() -> None:
    raw = age.make_header(bytes(16), [age.to_recipient(TESTKIT_IDENTITY)])
    with pytest.raises(age.HeaderError):
        age.rewrap_header(raw + b"x", [TESTKIT_IDENTITY], [age.to_recipient(TESTKIT_IDENTITY)])


def test_rewrap_header_needs_a_matching_identity() -> None:
    raw = age.make_header(bytes(16), [age.to_recipient(TESTKIT_IDENTITY)])
    with pytest.raises(age.NoIdentityMatchError):
        age.rewrap_header(raw, [age.generate_identity()], [age.to_recipient(TESTKIT_IDENTITY)])


def test_empty_identity_and_recipient_lists_are_usage_errors() -> None:
    with pytest.raises(ValueError):
        age.encrypt(io.BytesIO(b""), io.BytesIO(), [])
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(b""), sealed, [age.to_recipient(TESTKIT_IDENTITY)])
    with pytest.raises(ValueError):
        age.decrypt(io.BytesIO(sealed.getvalue()), io.BytesIO(), [])
