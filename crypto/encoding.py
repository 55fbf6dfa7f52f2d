"""Canonical JSON for everything Satchel signs, and the signed-document wrapper.

Canonical form: UTF-8; object keys ASCII, sorted, unique; no insignificant whitespace;
values are objects, arrays, strings (NFC, no lone surrogates), integers within
+/-(2**53 - 1), true, false and null; never floats. Bytes are written as base64url
without padding. String escapes are those of Python's `json` with ensure_ascii=False
(which match RFC 8785 for this value set). `parse_canonical` accepts only bytes that
`canonical` would have produced, so one value has exactly one encoding.

A signed document is itself canonical JSON:
    {"body": b64url(canonical(body)), "context": C, "sig": b64url(sig), "signer": "ed25519:..."}
where sig signs the *transported* body bytes under context C (see keys.signed_message).
Verification therefore never re-encodes anything. Layout: docs/spec.md ("Canonical
encoding", "Signed documents").
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields, is_dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey, VerifyKey, b64url, unb64url

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

MAX_SAFE_INTEGER = 2**53 - 1
_WRAPPER_KEYS = {"body", "context", "sig", "signer"}


# The text form of an age X25519 recipient (Bech32, lowercase), as every signed document
# carries it; the full check (checksum, key length) is age.parse_recipient's.
RECIPIENT_RE = re.compile(r"age1[023456789acdefghjklmnpqrstuvwxyz]{6,4096}")

def canonical(obj: object) -> bytes:
    """The canonical bytes of `obj`; ValueError/TypeError for values outside the model."""
    _check(obj)
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def body_of(record: object) -> dict[str, Any]:
    """The version-1 document body of a dataclass: "v", then its fields by name (nested
    dataclasses as objects, tuples as arrays). The dataclasses' field names are the
    format's keys, so writing a body never lists them a second time."""
    return {"v": 1, **_plain(record)}


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def _check(obj: object) -> None:
    if obj is None or isinstance(obj, bool):
        return
    if isinstance(obj, int):
        if abs(obj) > MAX_SAFE_INTEGER:
            raise ValueError("integer outside +/-(2**53 - 1)")
    elif isinstance(obj, str):
        _check_string(obj)
    elif isinstance(obj, bytes):
        raise TypeError("encode bytes with b64url() before putting them in a document")
    elif isinstance(obj, list | tuple):
        for item in obj:
            _check(item)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str) or not key.isascii():
                raise ValueError("object keys must be ASCII strings")
            _check(value)
    else:
        raise TypeError(f"{type(obj).__name__} has no canonical encoding (floats never do)")


def _check_string(text: str) -> None:
    if text.isascii():  # ASCII is valid UTF-8 and always NFC: most strings end here
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("string holds a lone surrogate") from None
    if not unicodedata.is_normalized("NFC", text):
        raise ValueError("string is not in Unicode NFC")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_float(text: str) -> Any:
    raise ValueError("floats are not allowed")


def parse_canonical(data: bytes, what: str) -> Any:
    """Parse canonical JSON; IntegrityError(what) for anything not exactly canonical."""
    try:
        value = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_float=_no_float,
            parse_constant=_no_float,
        )
        if canonical(value) != data:
            raise ValueError("not canonical")
    except (ValueError, TypeError, RecursionError):
        raise IntegrityError(what) from None
    return value


@dataclass(frozen=True)
class SignedDocument:
    """A parsed but not yet trusted signed document."""

    context: str
    body_bytes: bytes
    signature: bytes
    signer: VerifyKey

    def verify(self, keys: Iterable[VerifyKey]) -> dict[str, Any]:
        """The body, if the signer is one of `keys` and the signature is good.

        IntegrityError("<context> signer") names a signer outside `keys`,
        IntegrityError("<context> signature") a bad signature,
        IntegrityError("<context> body") a body that is not a canonical JSON object.
        """
        if self.signer not in set(keys):
            raise IntegrityError(f"{self.context} signer")
        try:
            self.signer.verify(self.context, self.body_bytes, self.signature)
        except IntegrityError:
            raise IntegrityError(f"{self.context} signature") from None
        body = parse_canonical(self.body_bytes, f"{self.context} body")
        if not isinstance(body, dict):
            raise IntegrityError(f"{self.context} body")
        return body


def checked_body(record: object, check: Callable[[dict[str, Any]], object], name: str
                 ) -> dict[str, Any]:
    """The body of `record` once `check`, the reading side's own parser, accepts it: what
    a reader would refuse is never signed. ValueError("invalid <name>: ...") otherwise."""
    body = body_of(record)
    try:
        check(body)
    except IntegrityError as e:
        raise ValueError(f"invalid {name}: {e.what}") from None
    return body


def sign_document(key: SigningKey, context: str, body: dict[str, Any]) -> bytes:
    body_bytes = canonical(body)
    return canonical(
        {
            "body": b64url(body_bytes),
            "context": context,
            "sig": b64url(key.sign(context, body_bytes)),
            "signer": key.public.text,
        }
    )


def read_document(data: bytes, context: str) -> SignedDocument:
    """Parse the wrapper strictly; IntegrityError("<context> format") if malformed and
    IntegrityError("<context> context") if it was signed for another purpose."""
    what = f"{context} format"
    wrapper = parse_canonical(data, what)
    if not isinstance(wrapper, dict) or set(wrapper) != _WRAPPER_KEYS:
        raise IntegrityError(what)
    if not all(isinstance(wrapper[k], str) for k in _WRAPPER_KEYS):
        raise IntegrityError(what)
    if wrapper["context"] != context:
        raise IntegrityError(f"{context} context")
    try:
        signer = VerifyKey.from_text(wrapper["signer"])
    except IntegrityError:
        raise IntegrityError(what) from None
    return SignedDocument(
        context=context,
        body_bytes=unb64url(wrapper["body"], what),
        signature=unb64url(wrapper["sig"], what),
        signer=signer,
    )


def open_document(data: bytes, context: str, verify_keys: Iterable[VerifyKey]) -> dict[str, Any]:
    """The verified body of a document signed under `context` by one of `verify_keys`."""
    return read_document(data, context).verify(verify_keys)


def expect_keys(obj: object, keys: set[str] | frozenset[str], what: str) -> dict[str, Any]:
    """`obj` as an object with exactly `keys`, else IntegrityError(what)."""
    if not isinstance(obj, dict) or set(obj) != keys:
        raise IntegrityError(what)
    return obj


def expect_int(value: object, what: str, minimum: int = 0) -> int:
    """`value` as an int (never a bool) >= minimum, else IntegrityError(what)."""
    if type(value) is not int or value < minimum:
        raise IntegrityError(what)
    return value


def expect_str(value: object, what: str, pattern: re.Pattern[str] | None = None) -> str:
    """`value` as a non-empty str (matching `pattern` in full), else IntegrityError(what)."""
    if not isinstance(value, str) or not value:
        raise IntegrityError(what)
    if pattern is not None and not pattern.fullmatch(value):
        raise IntegrityError(what)
    return value


@functools.lru_cache(maxsize=64)
def _field_names(record: type[DataclassInstance], versioned: bool) -> frozenset[str]:
    # Cached per record type: a desk reads one manifest per submission it verifies.
    return frozenset(f.name for f in fields(record)) | ({"v"} if versioned else frozenset())


class Fields:
    """The fields of one object in a document, each read and checked by name; every
    failure is IntegrityError(what).

    Its keys must be exactly the field names of `record` (and "v" for a versioned body,
    as `body_of` writes it): the dataclass's names are the format's keys, so reading a
    body never lists them a second time either.
    """

    def __init__(self, obj: object, record: type[DataclassInstance], what: str, *,
                 versioned: bool = False) -> None:
        self._obj = expect_keys(obj, _field_names(record, versioned), what)
        self.what = what

    def integer(self, name: str) -> int:
        return expect_int(self._obj[name], self.what)

    def text(self, name: str, pattern: re.Pattern[str] | None = None) -> str:
        return expect_str(self._obj[name], self.what, pattern)

    def items(self, name: str) -> list[Any]:
        value = self._obj[name]
        if not isinstance(value, list):
            raise IntegrityError(self.what)
        return value

    def recipients(self, name: str) -> tuple[str, ...]:
        """Age recipients, non-empty, sorted and distinct: one set has one encoding."""
        recipients = tuple(expect_str(r, self.what, RECIPIENT_RE) for r in self.items(name))
        if not recipients or list(recipients) != sorted(set(recipients)):
            raise IntegrityError(self.what)
        return recipients

    def key(self, name: str) -> str:
        """The text of a well-formed Ed25519 public key, not just one of the right shape."""
        text = self.text(name)
        try:
            VerifyKey.from_text(text)
        except IntegrityError:
            raise IntegrityError(self.what) from None
        return text

    def boolean(self, name: str) -> bool:
        value = self._obj[name]
        if not isinstance(value, bool):
            raise IntegrityError(self.what)
        return value


# How `parse_record` reads one field: from the record's Fields, by the field's name.
Reader = Callable[[Fields, str], object]
_READ = "satchel.read"
R = TypeVar("R", bound="DataclassInstance")


def reads(how: Reader) -> Mapping[str, Reader]:
    """Dataclass field metadata, `field(metadata=reads(how))`: `parse_record` reads the
    field with `how(fields, name)`. Each field of a record says how it is checked, so
    one parser builds any record and no record lists its fields a second time."""
    return {_READ: how}


def text(pattern: str | re.Pattern[str] | None = None) -> Mapping[str, Reader]:
    """A non-empty string, matching `pattern` in full when one is given. A pattern only one
    field checks is written on that field, so the rule stands beside what it checks."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    return reads(functools.partial(Fields.text, pattern=compiled))


INTEGER = reads(Fields.integer)
BOOLEAN = reads(Fields.boolean)
KEY = reads(Fields.key)
RECIPIENTS = reads(Fields.recipients)


def records(record: type[DataclassInstance]) -> Mapping[str, Reader]:
    """An array of `record`s, read as a tuple; a bad item fails with the outer `what`."""
    return reads(lambda x, name: tuple(parse_record(record, item, x.what) for item in x.items(name)))


@functools.lru_cache(maxsize=64)
def _readers(record: type[DataclassInstance]) -> tuple[tuple[str, Reader], ...]:
    return tuple((f.name, f.metadata[_READ]) for f in fields(record))


def parse_record(record: type[R], obj: object, what: str, *, version: str | None = None) -> R:
    """`record` built from `obj`, each field read as its metadata says; IntegrityError(what)
    for any bad or missing or extra key. With `version` the object is a document body:
    it also holds "v", and a "v" other than 1 is IntegrityError(version)."""
    x = Fields(obj, record, what, versioned=version is not None)
    if version is not None and x.integer("v") != 1:
        raise IntegrityError(version)
    # Positional, in field order: a desk parses one manifest per submission it verifies.
    return record(*[read(x, name) for name, read in _readers(record)])
