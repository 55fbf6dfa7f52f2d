"""The typed errors of satchel.crypto.age, one per testkit outcome.

They map one to one onto the C2SP testkit's ``expect`` values: ``header failure``
(HeaderError), ``HMAC failure`` (HMACError), ``payload failure`` (PayloadError) and
``no match`` (NoIdentityMatchError). KeyFormatError is for a malformed key string
handed in by the caller, which is a usage mistake rather than tampered data.
"""

from __future__ import annotations

from satchel.crypto.errors import CryptoError, IntegrityError, WrongKeyError


class HeaderError(IntegrityError):
    """The age header (or the payload nonce right after it) is malformed or truncated."""


class HMACError(IntegrityError):
    """The header parsed and a file key was unwrapped, but the header MAC does not match."""


class PayloadError(IntegrityError):
    """A STREAM chunk failed authentication, or the payload is truncated or has trailing data."""


class NoIdentityMatchError(WrongKeyError):
    """None of the identities given can unwrap any recipient stanza of the file."""

    def __init__(self) -> None:
        super().__init__(
            "none of the given age identities can open this file; "
            "check that you are using the key it was encrypted to"
        )


class KeyFormatError(CryptoError, ValueError):
    """An age recipient or identity string is malformed."""
