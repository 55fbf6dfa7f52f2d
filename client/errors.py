"""Errors the command line turns into one sentence and an exit code (CONTRACT.md).

Every error a user can meet is a SatchelError whose message is one sentence saying what
went wrong and what to do; `exit_code` is the documented code. Lower layers raise their
own typed errors and client code translates them here, so no traceback reaches a user.
"""

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_INTEGRITY = 4
EXIT_UNREACHABLE = 5


class SatchelError(Exception):
    """A failure with a one-sentence message for the user."""

    exit_code = EXIT_FAILURE


class UsageError(SatchelError):
    exit_code = EXIT_USAGE


class LockedError(SatchelError):
    """Wrong passphrase, or the vault is locked or missing."""

    exit_code = EXIT_LOCKED


class IntegrityFailure(SatchelError):
    exit_code = EXIT_INTEGRITY


class UnreachableError(SatchelError):
    exit_code = EXIT_UNREACHABLE
