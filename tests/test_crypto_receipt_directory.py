"""Delivery receipts and the signed coalition directory."""

import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from satchel.crypto import age
from satchel.crypto.directory import (
    DEFAULT_KINDS,
    Desk,
    Directory,
    DirectoryExpiredError,
    DirectoryNotNewerError,
    Inbox,
    sign_directory,
    verify_directory,
)
from satchel.crypto.encoding import canonical, sign_document
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey, unb64url
from satchel.crypto.receipt import sign_receipt, verify_receipt

INBOX = SigningKey.from_seed(b"\x01" * 32)
OTHER = SigningKey.from_seed(b"\x02" * 32)
ROOT = SigningKey.from_seed(b"\x03" * 32)
SHA = hashlib.sha256(b"envelope").hexdigest()
RECIPIENT = age.to_recipient(age.generate_identity())


def _flip(blob: bytes, i: int, mask: int) -> bytes:
    return blob[:i] + bytes([blob[i] ^ mask]) + blob[i + 1 :]


def test_receipt_round_trip():
    data = sign_receipt(INBOX, SHA, "abc.onion", 1700000000)
    r = verify_receipt(data, [OTHER.public, INBOX.public], SHA)
    assert (r.envelope_sha256, r.inbox, r.stored_at, r.signer) == (
        SHA, "abc.onion", 1699920000, INBOX.public)  # the day only (receipt version 2)


def test_receipt_failures_are_named():
    data = sign_receipt(INBOX, SHA, "abc.onion", 1)
    with pytest.raises(IntegrityError, match="receipt signer"):
        verify_receipt(data, [OTHER.public])
    with pytest.raises(IntegrityError, match="receipt envelope"):
        verify_receipt(data, [INBOX.public], "0" * 64)
    with pytest.raises(IntegrityError, match="receipt format"):
        verify_receipt(b"not json", [INBOX.public])
    with pytest.raises(IntegrityError, match="receipt context"):
        verify_receipt(sign_directory_like(), [ROOT.public])


def sign_directory_like() -> bytes:
    return sign_directory(ROOT, make_directory())


def test_receipt_body_fields_are_checked():
    for body in ({"v": 1, "envelope_sha256": SHA, "inbox": "x", "stored_at": True},
                 {"v": 2, "envelope_sha256": SHA, "inbox": "x", "stored_at": 1},
                 {"v": 1, "envelope_sha256": SHA.upper(), "inbox": "x", "stored_at": 1},
                 {"v": 1, "envelope_sha256": SHA, "inbox": "x", "stored_at": 1, "extra": 0}):
        with pytest.raises(IntegrityError, match="receipt"):
            verify_receipt(sign_document(INBOX, "receipt", body), [INBOX.public])


@given(st.data())
def test_receipt_any_byte_flip_is_refused(data):
    blob = sign_receipt(INBOX, SHA, "abc.onion", 1700000000)
    i = data.draw(st.integers(0, len(blob) - 1))
    with pytest.raises(IntegrityError):
        verify_receipt(_flip(blob, i, data.draw(st.integers(1, 255))), [INBOX.public], SHA)


def make_directory(serial: int = 5, root: SigningKey = ROOT, expires: int = 2000) -> Directory:
    return Directory(
        serial=serial,
        issued=1000,
        expires=expires,
        root=root.public.text,
        recipients=(RECIPIENT,),
        desks=(Desk("Desk", RECIPIENT, OTHER.public.text),),
        inboxes=(Inbox("abc.onion", INBOX.public.text),),
    )


def test_directory_round_trip_and_first_import_pins_root():
    d = make_directory()
    got = verify_directory(sign_directory(ROOT, d), None, None, 1500)
    assert got == d
    assert got.kinds == DEFAULT_KINDS
    assert got.root_key == ROOT.public
    assert got.receipt_keys == [INBOX.public]
    assert verify_directory(sign_directory(ROOT, make_directory(6)), ROOT.public, 5, 1500).serial == 6


def test_directory_refusals():
    with pytest.raises(DirectoryNotNewerError):
        verify_directory(sign_directory(ROOT, make_directory(5)), ROOT.public, 5, 1500)
    with pytest.raises(DirectoryNotNewerError):
        verify_directory(sign_directory(ROOT, make_directory(4)), ROOT.public, 5, 1500)
    with pytest.raises(DirectoryExpiredError):
        verify_directory(sign_directory(ROOT, make_directory()), ROOT.public, None, 2000)
    with pytest.raises(IntegrityError, match="directory root"):
        verify_directory(sign_directory(OTHER, make_directory(9, OTHER)), ROOT.public, 5, 1500)


def test_directory_signed_by_a_key_other_than_its_root_is_refused():
    wrapper = json.loads(sign_directory(ROOT, make_directory()))
    forged = sign_document(OTHER, "directory", json.loads(unb64url(wrapper["body"], "body")))
    with pytest.raises(IntegrityError, match="directory root"):
        verify_directory(forged, None, None, 1500)
    wrapper = json.loads(forged)
    wrapper["signer"] = ROOT.public.text
    with pytest.raises(IntegrityError, match="directory signature"):
        verify_directory(canonical(wrapper), ROOT.public, None, 1500)


@pytest.mark.parametrize(
    "change",
    [{"recipients": ()}, {"recipients": (RECIPIENT, RECIPIENT)}, {"recipients": ("age1UPPER",)},
     {"expires": 1000}, {"kinds": (DEFAULT_KINDS[0], DEFAULT_KINDS[0])},
     {"desks": (Desk("D", RECIPIENT, "ed25519:short"),)}],
)
def test_invalid_directories_cannot_be_signed(change):
    d = make_directory()
    d = Directory(**{**d.__dict__, **change})
    with pytest.raises(ValueError):
        sign_directory(ROOT, d)
    with pytest.raises(ValueError):
        sign_directory(OTHER, make_directory())


@given(st.data())
def test_directory_any_byte_flip_is_refused(data):
    blob = sign_directory(ROOT, make_directory())
    i = data.draw(st.integers(0, len(blob) - 1))
    with pytest.raises(IntegrityError):
        verify_directory(_flip(blob, i, data.draw(st.integers(1, 255))), ROOT.public, 4, 1500)
