"""Fuzz targets for the parsers of satchel.sync: bundle index and data files, the tus
request headers and Upload-Metadata the inbox reads, and the HTTP replies the upload
client and the desk's pull read from a possibly hostile inbox.

Replies are served from a socketpair (no network): the fuzzer's bytes are everything
the "inbox" ever sends, then it hangs up. Allowed: BundleError, InboxError, and for the
tus parsers the ValueError / refusal they document.
"""

from __future__ import annotations

import hashlib
import io
import socket
import tempfile
from pathlib import Path
from types import SimpleNamespace

from harness import Target
from satchel.client.errors import SatchelError
from satchel.client.vault.vault import Vault
from satchel.crypto.keyslots import KdfParams
from satchel.sync.bundle import BundleError, BundleItem, read_bundle, write_bundle
from satchel.sync.bundle.format import encode_index, iter_entries, split_index
from satchel.sync.bundle.seal import PayloadReader, decode_index_file, encode_index_file
from satchel.sync.inbox.app import InboxConfig
from satchel.sync.inbox.tus import _checksum, _Refused, _Tus, _uint, parse_metadata
from satchel.sync.transport.errors import InboxError
from satchel.sync.transport.pull import pull
from satchel.sync.transport.tus import upload
from starlette.requests import Request

_WORK = Path(tempfile.mkdtemp(prefix="satchel-fuzz-"))
_ENVELOPE = b"an envelope's ciphertext, as the fuzz target sends it" * 3
_SHA = hashlib.sha256(_ENVELOPE).hexdigest()


def _bundle_index(data: bytes) -> None:
    _header, lines = split_index(decode_index_file(data, None))
    for _entry in iter_entries(lines):
        pass


def _index_seeds() -> list[bytes]:
    stick = _stick()
    return [(stick / "satchel-bundle" / "index.sat").read_bytes()]


def _stick() -> Path:
    stick = _WORK / "stick"
    if not stick.exists():
        stick.mkdir()
        items = [BundleItem("envelope", _SHA, len(_ENVELOPE), lambda: io.BytesIO(_ENVELOPE))]
        write_bundle(stick, items, part_size=64)
    return stick


def _bundle_data(data: bytes) -> None:
    """The stick's data files replaced by the fuzzer's bytes; the index stays good."""
    bundle = _stick() / "satchel-bundle"
    for f in bundle.iterdir():
        if f.name != "index.sat":
            f.write_bytes(data)
    for result in read_bundle(_stick()):
        if result.status == "ready":
            result.copy_to(io.BytesIO())


_DATA_KEY = bytes(range(32))


def _sealed_data(data: bytes) -> None:
    reader = PayloadReader(io.BytesIO(data), _DATA_KEY, 1 << 20)
    buf = memoryview(bytearray(1 << 16))
    while reader.readinto(buf):
        pass


def _sealed_seeds() -> list[bytes]:
    from satchel.sync.bundle.seal import AD_DATA, PayloadWriter

    sink = io.BytesIO()
    writer = PayloadWriter(sink, _DATA_KEY, AD_DATA)
    writer.write(_ENVELOPE)
    writer.finish()
    return [sink.getvalue()]


def _headers(data: bytes) -> list[tuple[bytes, bytes]]:
    out = []
    for line in data.split(b"\r\n"):
        name, _, value = line.partition(b":")
        out.append((name.strip().lower(), value.strip()))
    return out


_TUS = _Tus(SimpleNamespace(store=None, config=InboxConfig(inbox_id="inbox.onion")))  # type: ignore[arg-type]


def _tus_headers(data: bytes) -> None:
    """A POST /uploads/ with the fuzzer's header block, as the inbox reads it."""
    request = Request({"type": "http", "method": "POST", "path": "/uploads/",
                       "headers": _headers(data), "query_string": b""})
    _uint(request.headers.get("upload-offset"))
    _checksum(request.headers.get("upload-checksum"))
    _TUS._creation_headers(request)


def _metadata(data: bytes) -> None:
    parse_metadata(data.decode("latin-1"))


def _tus_seeds() -> list[bytes]:
    return [b"Tus-Resumable: 1.0.0\r\nUpload-Length: 159\r\nContent-Length: 0\r\n"
            b"Upload-Metadata: sha256 " + _b64(_SHA) + b",kind ZW52ZWxvcGU=\r\n"
            b"Upload-Offset: 0\r\nUpload-Checksum: sha256 " + _b64(hashlib.sha256(b"").digest())]


def _b64(value: str | bytes) -> bytes:
    import base64

    return base64.b64encode(value.encode() if isinstance(value, str) else value)


_PEER: list[socket.socket] = []


def _serve(data: bytes) -> socket.socket:
    """One connection whose peer says `data` and stops talking (it still takes requests,
    so a reply sequence is read to its end); later connects fail."""
    while _PEER:
        _PEER.pop().close()
    ours, theirs = socket.socketpair()
    theirs.sendall(data)
    theirs.shutdown(socket.SHUT_WR)
    _PEER.append(theirs)
    return ours


def _connector(data: bytes):  # type: ignore[no-untyped-def]
    socks = [_serve(data)]

    def connect() -> socket.socket:
        if not socks:
            raise OSError("the fuzz inbox takes one connection")
        return socks.pop()

    return connect


def _upload_reply(data: bytes) -> None:
    upload(_connector(data), "inbox.onion", io.BytesIO(_ENVELOPE), len(_ENVELOPE), _SHA,
           timeout=5.0, max_resumes=1)


def _http(status: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    head = "".join(f"{k}: {v}\r\n" for k, v in {**headers, "Content-Length": str(len(body))}.items())
    return f"HTTP/1.1 {status}\r\n{head}\r\n".encode() + body


def _upload_seeds() -> list[bytes]:
    tus = {"Tus-Resumable": "1.0.0"}
    return [
        _http("404 Not Found", {})
        + _http("201 Created", {**tus, "Location": "/uploads/abc", "Upload-Offset": "0"})
        + _http("204 No Content", {**tus, "Upload-Offset": str(len(_ENVELOPE))})
        + _http("200 OK", {}, b'{"body":"x"}'),
        _http("200 OK", {}, b"receipt"),
    ]


_DESK: Vault | None = None


def _desk() -> Vault:
    global _DESK  # one vault for the whole run: opening one per input would be the cost
    if _DESK is None:
        _DESK = Vault.create(_WORK / "desk", "desk", b"fuzz", KdfParams.insecure_for_tests())
    return _DESK


def _pull_reply(data: bytes) -> None:
    pull(_desk(), _connector(data), "inbox.onion", timeout=5.0, max_resumes=1)


def _pull_seeds() -> list[bytes]:
    listing = b'[{"sha256":"' + _SHA.encode() + b'","size":%d,"cursor":1}]' % len(_ENVELOPE)
    return [
        _http("200 OK", {}, b'{"nonce":"' + b"ab" * 32 + b'"}')
        + _http("200 OK", {}, b'{"token":"t"}')
        + _http("200 OK", {}, listing)
        + _http("206 Partial Content",
                {"Content-Range": f"bytes 0-{len(_ENVELOPE) - 1}/{len(_ENVELOPE)}"}, _ENVELOPE)
        + _http("200 OK", {}, b"[]"),
    ]


TARGETS = [
    Target("bundle_index", _bundle_index, (BundleError,),
           lambda: [*_index_seeds(), encode_index_file(encode_index([], "2026-01-01"), None)]),
    Target("bundle_data", _bundle_data, (BundleError,), lambda: [_ENVELOPE]),
    Target("bundle_sealed_data", _sealed_data, (ValueError,), _sealed_seeds),
    Target("tus_headers", _tus_headers, (_Refused,), _tus_seeds),
    Target("tus_metadata", _metadata, (ValueError,),
           lambda: [b"sha256 " + _b64(_SHA) + b",kind ZW52ZWxvcGU=,flag"]),
    Target("upload_replies", _upload_reply, (InboxError,), _upload_seeds, max_len=8192),
    Target("pull_replies", _pull_reply, (InboxError, SatchelError), _pull_seeds, max_len=8192),
]
