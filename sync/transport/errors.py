"""The typed failures of talking to a Satchel inbox (client side).

Every way an upload, a receipt fetch or a directory fetch can fail is one subclass of
`InboxError`; raw socket, h11 or parsing exceptions never escape the client. The CLI maps
`InboxUnreachable` to exit code 5; `InboxRejected` and `InboxProtocolError` say what the
inbox did wrong. A failure never touches the local envelope: retrying is always safe.
"""

from __future__ import annotations


class InboxError(Exception):
    """Base of every inbox client failure."""


class InboxUnreachable(InboxError):
    """The inbox could not be reached, or the connection broke and could not be resumed."""


class InboxTimeout(InboxUnreachable):
    """The inbox stopped answering, or answered too slowly, within the time allowed."""


class ConnectionCut(InboxUnreachable):
    """The connection broke in the middle of an exchange; the upload can be resumed."""


class InboxProtocolError(InboxError):
    """The inbox answered something that is not valid HTTP or tus; `what` says which part."""

    def __init__(self, what: str) -> None:
        super().__init__(f"the inbox sent an invalid reply ({what}); try again later or "
                         "check the inbox address in the coalition directory")
        self.what = what


class InboxRejected(InboxError):
    """The inbox answered with an error status; `retryable` says if trying later may help."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"the inbox refused the request (HTTP {status}): {reason}")
        self.status = status
        self.reason = reason

    @property
    def retryable(self) -> bool:
        return self.status >= 500 or self.status in (408, 423, 429)
