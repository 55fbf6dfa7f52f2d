"""The inbox's wire protocol as both ends name it: constants and the desk login message.

The upload and pull clients (satchel.sync.transport) and the inbox server
(satchel.sync.inbox) each import this module and nothing of the other. It sits beside
them rather than inside either so that neither end drags in the other's machinery: the
client would otherwise load the server's routes with starlette and anyio, and the
server would load the client's HTTP stack. Standard library only; no I/O.

The protocol itself is described in docs/inbox-api.md; changing a value here changes
the wire format for every deployed client and inbox.
"""

from __future__ import annotations

TUS_VERSION = "1.0.0"
"""The one tus protocol version both ends speak (Tus-Resumable header)."""

DEFAULT_MAX_UPLOAD = 4 << 30
"""The inbox's default largest envelope, and so the desk's default refusal size."""

DESK_AUTH_CONTEXT = "desk-auth"
"""The Ed25519 signing context of a desk's login (domain separation, satchel.crypto.keys)."""


def auth_message(nonce: bytes, inbox_id: str) -> bytes:
    """What a desk signs under DESK_AUTH_CONTEXT to log in: the inbox's nonce, then its id."""
    return nonce + inbox_id.encode("utf-8")


__all__ = ["DEFAULT_MAX_UPLOAD", "DESK_AUTH_CONTEXT", "TUS_VERSION", "auth_message"]
