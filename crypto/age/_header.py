"""The age v1 header: strict parsing, canonical serialisation and the header MAC.

Grammar (C2SP age, "Header"): the line ``age-encryption.org/v1``, one or more
stanzas, then ``--- <MAC>``. A stanza is ``-> arg...`` (each argument one or more
of the printable ASCII characters 0x21-0x7E, separated by single spaces) followed by
its body in canonical, unpadded base64, wrapped at 64 columns, and always closed by
a line shorter than 64 columns, which may be empty. Lines end with LF only.

Parsing is exactly as strict as the Go reference: anything else is a HeaderError,
because the MAC covers the bytes as written, and a lenient parser would make two
different byte strings mean the same header. The parser reads line by line, never
past the MAC line, so the source is left positioned at the payload.

Beyond the spec (documented in docs/spec.md section 11): a header is at most 1 MiB and
holds at most 256 stanzas, bounding the work an attacker-supplied header can cause
before anything is authenticated.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from dataclasses import dataclass
from hashlib import sha256
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from satchel.crypto.age._errors import HeaderError, HMACError

INTRO = b"age-encryption.org/v1\n"
_STANZA_PREFIX = b"->"
_FOOTER_PREFIX = b"---"
_COLUMNS = 64
_BYTES_PER_LINE = _COLUMNS // 4 * 3
_MAC_SIZE = 32
MAX_HEADER_SIZE = 1 << 20
MAX_STANZAS = 256
_B64_CHARS = re.compile(rb"[A-Za-z0-9+/]*")
_ARG = re.compile(rb"[\x21-\x7e]+")  # one or more printable ASCII characters, no space


@dataclass(frozen=True)
class Stanza:
    """One recipient stanza: its type (first argument), further arguments and body."""

    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class Header:
    """A parsed header. ``raw`` is every header byte as read, MAC line and LF included."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    raw: bytes

    @property
    def mac_input(self) -> bytes:
        """The bytes the MAC covers: the header up to and including ``---``."""
        return self.raw[: self.raw.rindex(b"\n---") + 4]


def b64encode(data: bytes) -> bytes:
    """Canonical unpadded standard base64."""
    return base64.b64encode(data).rstrip(b"=")


def b64decode(text: bytes) -> bytes:
    """Strict unpadded base64: no padding, no CR/LF, no non-zero trailing bits."""
    if not _B64_CHARS.fullmatch(text) or len(text) % 4 == 1:
        raise HeaderError("invalid base64 in the age header")
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise HeaderError("invalid base64 in the age header") from None
    if b64encode(data) != text:
        raise HeaderError("non-canonical base64 in the age header")
    return data


def _is_arg(arg: bytes) -> bool:
    # One regex match, not a Python test per byte: a desk parses thousands of headers.
    return _ARG.fullmatch(arg) is not None


def serialize_stanza(stanza: Stanza) -> bytes:
    """The stanza's canonical bytes, ending with the (possibly empty) short body line."""
    args = [stanza.type, *stanza.args]
    encoded = [a.encode("ascii") for a in args]
    if not all(_is_arg(a) for a in encoded):
        raise ValueError("stanza arguments must be non-empty printable ASCII without spaces")
    body = b64encode(stanza.body)
    lines = [body[i : i + _COLUMNS] for i in range(0, len(body), _COLUMNS)]
    if not lines or len(lines[-1]) == _COLUMNS:
        lines.append(b"")
    return b"-> " + b" ".join(encoded) + b"\n" + b"".join(line + b"\n" for line in lines)


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    """HMAC-SHA256 over ``mac_input`` under HKDF-SHA256(file_key, salt="", "header")."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"header").derive(file_key)
    return hmac.new(key, mac_input, sha256).digest()


def serialize_header(file_key: bytes, stanzas: list[Stanza]) -> bytes:
    """The complete header for ``stanzas``, MAC line and final LF included."""
    if not stanzas:
        raise ValueError("an age header needs at least one recipient stanza")
    mac_input = INTRO + b"".join(serialize_stanza(s) for s in stanzas) + _FOOTER_PREFIX
    return mac_input + b" " + b64encode(header_mac(file_key, mac_input)) + b"\n"


def verify_mac(header: Header, file_key: bytes) -> None:
    """Raise HMACError unless the header MAC matches under ``file_key``."""
    if not hmac.compare_digest(header_mac(file_key, header.mac_input), header.mac):
        raise HMACError("the age header MAC does not match: the header was tampered with")


class _LineReader:
    def __init__(self, src: BinaryIO) -> None:
        self._src = src
        self.raw = bytearray()

    def line(self) -> bytes:
        """The next line without its LF; a missing LF means truncation."""
        room = MAX_HEADER_SIZE - len(self.raw)
        line = self._src.readline(room + 1)
        self.raw += line
        if len(self.raw) > MAX_HEADER_SIZE:
            raise HeaderError("the age header is larger than 1 MiB")
        if not line.endswith(b"\n"):
            raise HeaderError("the age header is truncated")
        return line[:-1]


def _parse_stanza(reader: _LineReader, first: bytes) -> Stanza:
    prefix, *args = first.split(b" ")
    if prefix != _STANZA_PREFIX or not args or not all(_is_arg(a) for a in args):
        raise HeaderError("malformed stanza line in the age header")
    body = bytearray()
    while True:
        chunk = b64decode(reader.line())
        if len(chunk) > _BYTES_PER_LINE:
            raise HeaderError("a stanza body line in the age header is longer than 64 columns")
        body += chunk
        if len(chunk) < _BYTES_PER_LINE:
            break
    type_, *rest = (a.decode("ascii") for a in args)
    return Stanza(type_, tuple(rest), bytes(body))


def read_header(src: BinaryIO) -> Header:
    """Parse a header from ``src``, leaving ``src`` positioned at the payload nonce."""
    reader = _LineReader(src)
    if reader.line() + b"\n" != INTRO:
        raise HeaderError("not an age v1 file (unexpected or unsupported version line)")
    stanzas: list[Stanza] = []
    while True:
        line = reader.line()
        if line.startswith(_FOOTER_PREFIX):
            prefix, *args = line.split(b" ")
            if prefix != _FOOTER_PREFIX or len(args) != 1:
                raise HeaderError("malformed MAC line in the age header")
            mac = b64decode(args[0])
            if len(mac) != _MAC_SIZE:
                raise HeaderError("the age header MAC has the wrong length")
            break
        if not line.startswith(_STANZA_PREFIX):
            raise HeaderError("unexpected line in the age header")
        if len(stanzas) == MAX_STANZAS:
            raise HeaderError(f"the age header has more than {MAX_STANZAS} stanzas")
        stanzas.append(_parse_stanza(reader, line))
    if not stanzas:
        raise HeaderError("the age header has no recipient stanza")
    return Header(tuple(stanzas), mac, bytes(reader.raw))
