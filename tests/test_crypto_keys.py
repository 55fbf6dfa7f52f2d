"""Ed25519 keys, domain separation, fingerprints and the passphrase-sealed secret file."""

import re

import pytest
from satchel.crypto.errors import IntegrityError, WrongPassphraseError
from satchel.crypto.keys import SigningKey, VerifyKey, fingerprint, open_secret, seal_secret
from satchel.crypto.keyslots import KdfParams

PARAMS = KdfParams.insecure_for_tests()


def test_sign_verify_and_domain_separation():
    key = SigningKey.generate()
    sig = key.sign("receipt", b"message")
    key.public.verify("receipt", b"message", sig)
    with pytest.raises(IntegrityError, match="signature"):
        key.public.verify("directory", b"message", sig)
    with pytest.raises(IntegrityError, match="signature"):
        key.public.verify("receipt", b"messagE", sig)
    with pytest.raises(IntegrityError, match="signature"):
        key.public.verify("receipt", b"message", sig[:-1])
    with pytest.raises(ValueError):
        key.sign("Bad Context\x00", b"m")


def test_seed_and_text_forms_round_trip():
    key = SigningKey.from_seed(b"\x07" * 32)
    assert SigningKey.from_seed(key.seed).public == key.public
    text = key.public.text
    assert re.fullmatch(r"ed25519:[A-Za-z0-9_-]{43}", text)
    assert VerifyKey.from_text(text) == key.public
    assert VerifyKey.from_raw(key.public.raw) == key.public
    assert hash(VerifyKey.from_text(text)) == hash(key.public)


@pytest.mark.parametrize(
    "text", ["", "ed25519:", "ed25519:" + "A" * 42, "ed25519:" + "A" * 44, "x25519:" + "A" * 43,
             "ed25519:" + "A" * 42 + "=", "ed25519:" + "+" * 43]
)
def test_malformed_public_keys_are_refused(text):
    with pytest.raises(IntegrityError):
        VerifyKey.from_text(text)


def test_fingerprint_shape_and_stability():
    raw = SigningKey.from_seed(bytes(32)).public.raw
    fp = fingerprint(raw)
    assert re.fullmatch(r"([A-Z2-7]{4} ){7}[A-Z2-7]{4}", fp)
    assert fp == fingerprint(raw) == SigningKey.from_seed(bytes(32)).public.fingerprint
    assert fp != fingerprint(bytes(32))


def test_sealed_secret_round_trip_and_wrong_passphrase():
    secret = SigningKey.generate().seed
    sealed = seal_secret(secret, b"root passphrase", PARAMS)
    assert open_secret(sealed, b"root passphrase") == secret
    with pytest.raises(WrongPassphraseError):
        open_secret(sealed, b"root passphrasE")


def test_sealed_secret_tampering_never_opens():
    sealed = seal_secret(b"s" * 32, b"pw", PARAMS)
    for i in range(len(sealed)):
        tampered = sealed[:i] + bytes([sealed[i] ^ 0x01]) + sealed[i + 1 :]
        # A flipped header field or ciphertext byte reads as a wrong passphrase; a flipped
        # magic or length is malformed. Either way nothing opens.
        with pytest.raises((IntegrityError, WrongPassphraseError)):
            open_secret(tampered, b"pw")
    for bad in (b"", sealed[:-1], sealed + b"\x00"):
        with pytest.raises(IntegrityError, match="secret file"):
            open_secret(bad, b"pw")
