"""The few exceptions that callers of satchel.crypto see.

Callers never see a raw library exception: every parse failure, MAC failure or bad
signature becomes an IntegrityError that names the check that failed, and every
"this key does not open it" becomes a WrongKeyError.
"""


class CryptoError(Exception):
    """Base class of every error raised by satchel.crypto."""


class IntegrityError(CryptoError):
    """Data is malformed, truncated or tampered with; `what` names the failed check."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class WrongKeyError(CryptoError):
    """None of the keys given can open the data."""


class WrongPassphraseError(WrongKeyError):
    """The passphrase does not open any key slot."""
