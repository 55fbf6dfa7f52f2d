"""Canonical JSON and the signed-document wrapper."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from satchel.crypto.encoding import (
    canonical,
    open_document,
    parse_canonical,
    read_document,
    sign_document,
)
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey, b64url, unb64url

KEY = SigningKey.from_seed(bytes(range(32)))
OTHER = SigningKey.from_seed(bytes(32))

def canonical_ok(value: object) -> bool:
    try:
        canonical(value)
    except ValueError:
        return False
    return True


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.text().filter(canonical_ok),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(alphabet=st.characters(max_codepoint=127)), inner, max_size=4),
    max_leaves=12,
)


def test_canonical_form_is_sorted_compact_utf8():
    assert canonical({"b": 1, "a": [True, None, "é"]}) == '{"a":[true,null,"é"],"b":1}'.encode()


@pytest.mark.parametrize(
    "value",
    [1.5, {"a": 0.0}, 2**53, -(2**53), b"raw", "e\u0301", "\ud800", {1: "non-str key"},
     {"ключ": 1}],
)
def test_canonical_refuses_values_outside_the_model(value):
    with pytest.raises((ValueError, TypeError)):
        canonical(value)


@given(json_values)
def test_parse_inverts_canonical(value):
    data = canonical(value)
    assert parse_canonical(data, "x") == json.loads(data)
    assert canonical(parse_canonical(data, "x")) == data


@pytest.mark.parametrize(
    "data",
    [b'{"b":1,"a":2}', b'{"a": 1}', b'{"a":1,"a":1}', b'{"a":1.0}', b'{"a":1e3}', b"NaN",
     b'"e\\u0301"', b'"\\u00e9"', b"\xff", b'{"a":9007199254740992}', b" 1", b"1 ", b"[01]"],
)
def test_parse_refuses_non_canonical_bytes(data):
    with pytest.raises(IntegrityError) as e:
        parse_canonical(data, "thing")
    assert e.value.what == "thing"


def test_base64url_is_strict():
    assert unb64url(b64url(b"\xfb\xff"), "x") == b"\xfb\xff"
    for bad in ["+/8", "-_8=", "-_9", "a", "ab c"]:
        with pytest.raises(IntegrityError):
            unb64url(bad, "x")


def test_signed_document_round_trip_and_layout():
    data = sign_document(KEY, "receipt", {"n": 1})
    wrapper = json.loads(data)
    assert sorted(wrapper) == ["body", "context", "sig", "signer"]
    assert wrapper["signer"] == KEY.public.text
    assert open_document(data, "receipt", [OTHER.public, KEY.public]) == {"n": 1}


def test_signed_document_failures_are_named():
    data = sign_document(KEY, "receipt", {"n": 1})
    with pytest.raises(IntegrityError, match="receipt signer"):
        open_document(data, "receipt", [OTHER.public])
    with pytest.raises(IntegrityError, match="directory context"):
        open_document(data, "directory", [KEY.public])
    wrapper = json.loads(data)
    wrapper["body"] = b64url(canonical({"n": 2}))
    with pytest.raises(IntegrityError, match="receipt signature"):
        open_document(canonical(wrapper), "receipt", [KEY.public])
    with pytest.raises(IntegrityError, match="receipt format"):
        read_document(data + b" ", "receipt")


def test_a_signed_but_non_canonical_body_is_refused():
    body = b'{"n": 1}'
    wrapper = {"body": b64url(body), "context": "receipt", "sig": b64url(KEY.sign("receipt", body)),
               "signer": KEY.public.text}
    with pytest.raises(IntegrityError, match="receipt body"):
        open_document(canonical(wrapper), "receipt", [KEY.public])


@given(st.data())
def test_any_single_byte_flip_is_refused(data):
    doc = sign_document(KEY, "receipt", {"envelope": "ab" * 32, "n": 7})
    i = data.draw(st.integers(0, len(doc) - 1))
    flip = data.draw(st.integers(1, 255))
    tampered = doc[:i] + bytes([doc[i] ^ flip]) + doc[i + 1 :]
    with pytest.raises(IntegrityError):
        open_document(tampered, "receipt", [KEY.public])
