"""Onion service client authorisation (Tor v3 "restricted discovery").

An inbox published with client authorisation has a descriptor only listed clients can
decrypt: without a key, not even the address's existence can be confirmed. The operator
makes one x25519 key pair per client (`satchel inbox client-key`), gives the inbox the
public half (`inbox serve --client-auth`) and the reporter, courier or desk the private
half, which Satchel hands to its Tor through the control port (ONION_CLIENT_AUTH_ADD)
before it connects. Keys are base32 (public, as ADD_ONION takes them) and base64
(private, as ONION_CLIENT_AUTH_ADD takes them) of the 32 raw bytes.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from satchel.sync.tor.errors import TorError

_PRIVATE_RE = re.compile(r"x25519:[A-Za-z0-9+/]{43}=")
_ONION_RE = re.compile(r"([a-z2-7]{56})\.onion")


class OnionAuthError(TorError):
    """A client authorisation key is malformed or Tor refused it."""


@dataclass(frozen=True)
class ClientKeyPair:
    public: str  # base32, for `inbox serve --client-auth`
    private: str  # "x25519:<base64>", for the client's --onion-auth-file

    @classmethod
    def generate(cls) -> ClientKeyPair:
        key = X25519PrivateKey.generate()
        raw_private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        raw_public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return cls(
            public=base64.b32encode(raw_public).decode().rstrip("="),
            private="x25519:" + base64.b64encode(raw_private).decode(),
        )


def parse_private(text: str) -> str:
    """The private key line, checked (OnionAuthError if it is not one)."""
    text = text.strip()
    if not _PRIVATE_RE.fullmatch(text):
        raise OnionAuthError("The onion client key must be one line 'x25519:<base64>'; "
                             "make one with `satchel inbox client-key`.")
    return text


def add_client_auth(controller: Any, onion: str, private: str) -> None:
    """Give Tor the key for `onion` (ONION_CLIENT_AUTH_ADD), for this Tor session only."""
    match = _ONION_RE.fullmatch(onion)
    if match is None:
        raise OnionAuthError(f"{onion!r} is not a v3 onion address.")
    reply = controller.msg(f"ONION_CLIENT_AUTH_ADD {match.group(1)} {parse_private(private)}")
    # 250 added, 251 replaced, 252 added and a cached descriptor decrypted: all success.
    status = reply.content()[0][0] if reply.content() else ""
    if not status.startswith("25"):
        raise OnionAuthError(f"Tor refused the onion client key: {reply}.")
