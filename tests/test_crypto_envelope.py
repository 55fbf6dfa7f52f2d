"""Manifest, report envelope and attachment envelopes, including the `age` command."""

import hashlib
import io
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from satchel.crypto import age
from satchel.crypto.envelope import (
    check_attachment,
    frame_report,
    open_report,
    seal_attachment,
    seal_report,
)
from satchel.crypto.errors import IntegrityError, WrongKeyError
from satchel.crypto.keys import SigningKey
from satchel.crypto.manifest import AttachmentEntry, Manifest, sign_manifest, verify_manifest
from satchel.crypto.padding import padme

DESK = age.generate_identity()
OTHER_DESK = age.generate_identity()
DEVICE = SigningKey.from_seed(b"\x05" * 32)
DOC = b'{"title":"Shutdown in the north","body":"..."}'


def _flip(blob: bytes, i: int, mask: int) -> bytes:
    return blob[:i] + bytes([blob[i] ^ mask]) + blob[i + 1 :]


def _attachment(content: bytes, recipients: list[str]) -> tuple[bytes, AttachmentEntry]:
    out = io.BytesIO()
    sealed = seal_attachment(io.BytesIO(content), out, recipients)
    entry = AttachmentEntry("photo.jpg", "image/jpeg", sealed.size, sealed.sha256,
                            sealed.envelope_sha256, True)
    return out.getvalue(), entry


def _sealed(recipients: list[str], attachments=()) -> tuple[bytes, object]:
    out = io.BytesIO()
    sealed = seal_report(out, DOC, list(attachments), DEVICE, recipients)
    return out.getvalue(), sealed


def test_report_round_trip():
    envelope, sealed = _sealed([age.to_recipient(DESK), age.to_recipient(OTHER_DESK)])
    assert hashlib.sha256(envelope).hexdigest() == sealed.envelope_sha256
    opened = open_report(io.BytesIO(envelope), [DESK], age.to_recipient(DESK))
    assert opened.report_doc == DOC
    assert opened.manifest_bytes == sealed.manifest_bytes
    assert opened.signer_fingerprint == DEVICE.public.fingerprint
    assert opened.manifest.recipients == tuple(
        sorted([age.to_recipient(DESK), age.to_recipient(OTHER_DESK)]))
    assert open_report(io.BytesIO(envelope), [OTHER_DESK]).report_doc == DOC


def test_wrong_identity_is_a_wrong_key_error():
    envelope, _ = _sealed([age.to_recipient(DESK)])
    with pytest.raises(WrongKeyError):
        open_report(io.BytesIO(envelope), [OTHER_DESK])


def test_manifest_signed_for_others_and_reencrypted_to_us_is_refused():
    envelope, _ = _sealed([age.to_recipient(DESK)])
    plaintext = io.BytesIO()
    age.decrypt(io.BytesIO(envelope), plaintext, [DESK])  # a malicious first recipient
    forwarded = io.BytesIO()
    age.encrypt(io.BytesIO(plaintext.getvalue()), forwarded, [age.to_recipient(OTHER_DESK)])
    for mine in (age.to_recipient(OTHER_DESK), None):
        with pytest.raises(IntegrityError, match="recipient binding"):
            open_report(io.BytesIO(forwarded.getvalue()), [OTHER_DESK], mine)


def _reseal(plaintext: bytes) -> io.BytesIO:
    out = io.BytesIO()
    age.encrypt(io.BytesIO(plaintext), out, [age.to_recipient(DESK)])
    out.seek(0)
    return out


def test_plaintext_checks_are_named_in_order():
    doc = DOC + b"x" * 40
    m, sig = sign_manifest(DEVICE, Manifest("0" * 32, 1, DEVICE.public.text,
                                            (age.to_recipient(DESK),),
                                            hashlib.sha256(doc).hexdigest()))
    good = frame_report(m, sig, doc)
    assert good[-1] == 0  # this length has padding to tamper with
    assert open_report(_reseal(good), [DESK]).report_doc == doc
    cases = {
        "envelope framing": b"X" + good[1:],
        "envelope padding": good + b"\x00",
        "manifest signature": frame_report(m, bytes(64), doc),
        "report hash": frame_report(m, sig, doc[:-1] + b"y"),
    }
    for what, plaintext in cases.items():
        with pytest.raises(IntegrityError) as e:
            open_report(_reseal(plaintext), [DESK])
        assert e.value.what == what
    with pytest.raises(IntegrityError, match="envelope padding"):
        open_report(_reseal(good[:-1] + b"\x01"), [DESK])


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_flip_inside_the_plaintext_is_refused(data):
    m, sig = sign_manifest(DEVICE, Manifest("0" * 32, 1, DEVICE.public.text,
                                            (age.to_recipient(DESK),),
                                            hashlib.sha256(DOC).hexdigest()))
    good = frame_report(m, sig, DOC + b"x" * 40)
    i = data.draw(st.integers(0, len(good) - 1))
    with pytest.raises(IntegrityError):
        open_report(_reseal(_flip(good, i, data.draw(st.integers(1, 255)))), [DESK])


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_flip_of_the_envelope_is_refused(data):
    envelope, _ = _sealed([age.to_recipient(DESK)])
    i = data.draw(st.integers(0, len(envelope) - 1))
    # Flipping a stanza's key share means no identity matches (WrongKeyError); every
    # other flip is an IntegrityError from the header, MAC or payload check.
    with pytest.raises((IntegrityError, WrongKeyError)):
        open_report(io.BytesIO(_flip(envelope, i, data.draw(st.integers(1, 255)))), [DESK])


def test_truncated_envelope_is_refused():
    envelope, _ = _sealed([age.to_recipient(DESK)])
    for cut in (0, 10, len(envelope) // 2, len(envelope) - 1):
        with pytest.raises(IntegrityError):
            open_report(io.BytesIO(envelope[:cut]), [DESK])


def test_attachment_round_trip_and_padding():
    content = b"\xff" * 70_000
    envelope, entry = _attachment(content, [age.to_recipient(DESK)])
    sink = io.BytesIO()
    check_attachment(io.BytesIO(envelope), entry, [DESK], sink)
    assert sink.getvalue() == content
    plaintext = io.BytesIO()
    assert age.decrypt(io.BytesIO(envelope), plaintext, [DESK]) == padme(len(content))


def test_attachment_failures_are_named():
    envelope, entry = _attachment(b"photo" * 100, [age.to_recipient(DESK)])
    other, other_entry = _attachment(b"other" * 100, [age.to_recipient(DESK)])
    with pytest.raises(IntegrityError, match="attachment envelope hash"):
        check_attachment(io.BytesIO(other), entry, [DESK], io.BytesIO())
    cases = {
        "attachment size": AttachmentEntry(**{**other_entry.__dict__, "size": 100}),
        "attachment hash": AttachmentEntry(**{**other_entry.__dict__, "sha256": entry.sha256}),
    }
    for what, bad in cases.items():
        with pytest.raises(IntegrityError) as e:
            check_attachment(io.BytesIO(other), bad, [DESK], io.BytesIO())
        assert e.value.what == what
    nonzero = io.BytesIO()
    age.encrypt(io.BytesIO(b"photo" * 100 + b"\x01" * (padme(500) - 500)), nonzero,
                [age.to_recipient(DESK)])
    bad = AttachmentEntry(**{**entry.__dict__,
                             "envelope_sha256": hashlib.sha256(nonzero.getvalue()).hexdigest()})
    with pytest.raises(IntegrityError, match="attachment padding"):
        check_attachment(io.BytesIO(nonzero.getvalue()), bad, [DESK], io.BytesIO())
    with pytest.raises(IntegrityError):
        check_attachment(io.BytesIO(_flip(envelope, len(envelope) - 3, 1)), entry, [DESK],
                         io.BytesIO())


def test_manifest_rejects_unsafe_names_and_foreign_signers():
    entry = AttachmentEntry("../etc/passwd", "image/jpeg", 1, "0" * 64, "0" * 64, False)
    m = Manifest("0" * 32, 1, DEVICE.public.text, (age.to_recipient(DESK),), "0" * 64, (entry,))
    with pytest.raises(ValueError):
        sign_manifest(DEVICE, m)
    ok = Manifest("0" * 32, 1, DEVICE.public.text, (age.to_recipient(DESK),), "0" * 64)
    with pytest.raises(ValueError):
        sign_manifest(SigningKey.generate(), ok)
    data, sig = sign_manifest(DEVICE, ok)
    assert verify_manifest(data, sig) == ok
    with pytest.raises(IntegrityError, match="manifest signature"):
        verify_manifest(data, SigningKey.generate().sign("manifest", data))


def test_the_age_command_opens_both_envelopes(tmp_path):
    key = tmp_path / "desk.key"
    key.write_text(DESK + "\n")
    content = b"evidence " * 1000
    att, entry = _attachment(content, [age.to_recipient(DESK)])
    (tmp_path / "att.age").write_bytes(att)
    out = subprocess.run(
        f"age -d -i {key} {tmp_path / 'att.age'} | head -c {entry.size}",
        shell=True, check=True, capture_output=True).stdout
    assert out == content
    envelope, _ = _sealed([age.to_recipient(DESK)])
    (tmp_path / "report.age").write_bytes(envelope)
    plain = subprocess.run(["age", "-d", "-i", str(key), str(tmp_path / "report.age")],
                           check=True, capture_output=True).stdout
    assert plain.startswith(b"SATCHEL-SUBMISSION/1\n") and DOC in plain
    assert len(plain) == padme(len(plain.rstrip(b"\x00")))
