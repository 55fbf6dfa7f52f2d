"""Issue 10, trust decisions (items 8-12): each test reproduced its defect on the code
before the fix."""

from __future__ import annotations

import pytest
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import KEY_PREFIX, SigningKey, VerifyKey, b64url
from satchel.crypto.manifest import Manifest, encode_manifest, verify_manifest

P = 2**255 - 19

# The eight points of order dividing 8, as RFC 8032 encodes them (libsodium's blocklist).
SMALL_ORDER = [
    bytes.fromhex("0100000000000000000000000000000000000000000000000000000000000000"),
    bytes.fromhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    bytes.fromhex("0000000000000000000000000000000000000000000000000000000000000000"),
    bytes.fromhex("0000000000000000000000000000000000000000000000000000000000000080"),
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    bytes.fromhex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    bytes.fromhex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"),
]
IDENTITY = SMALL_ORDER[0]
UNIVERSAL_SIGNATURE = b"\x01" + bytes(63)  # R = identity, s = 0: valid under A = identity


def _non_canonical() -> list[bytes]:
    """Encodings with y >= p (the same points as y - p), and -0 (x = 0 with the sign bit)."""
    out = [(P + y).to_bytes(32, "little") for y in (0, 1)]  # y = p, y = p + 1 (identity)
    out += [(y).to_bytes(32, "little") for y in range(P + 2, 2**255)]
    out.append((1 | (1 << 255)).to_bytes(32, "little"))  # identity with x's sign bit set
    return out


# --- item 11: small-order and non-canonical Ed25519 public keys --------------------------


def test_identity_key_with_the_universal_signature_is_refused() -> None:
    with pytest.raises(IntegrityError):
        key = VerifyKey.from_raw(IDENTITY)
        key.verify("manifest", b"any message at all", UNIVERSAL_SIGNATURE)
        key.verify("manifest", b"another message", UNIVERSAL_SIGNATURE)


@pytest.mark.parametrize("raw", SMALL_ORDER + _non_canonical(), ids=lambda r: r.hex()[:8] + r.hex()[-4:])
def test_small_order_and_non_canonical_keys_are_refused(raw: bytes) -> None:
    with pytest.raises(IntegrityError):
        VerifyKey.from_raw(raw)
    with pytest.raises(IntegrityError):
        VerifyKey.from_text(KEY_PREFIX + b64url(raw))


def test_real_keys_still_parse() -> None:
    for _ in range(50):
        key = SigningKey.generate().public
        assert VerifyKey.from_raw(key.raw) == key
        assert VerifyKey.from_text(key.text) == key


def test_manifest_signed_by_the_identity_point_does_not_verify() -> None:
    """`desk verify` said "verified" for a manifest 'signed' by the identity key."""
    recipient = "age1" + "q" * 58
    body = Manifest(submission_id="0" * 32, created=1, device=KEY_PREFIX + b64url(IDENTITY),
                    recipients=(recipient,), report_sha256="0" * 64)
    with pytest.raises((IntegrityError, ValueError)):
        verify_manifest(encode_manifest(body), UNIVERSAL_SIGNATURE)
