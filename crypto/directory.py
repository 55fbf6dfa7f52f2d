"""The coalition directory: who reports go to, where, and which keys vouch for receipts.

A directory is a signed document (context "directory") whose body is:
    {"v": 1, "serial": int, "issued": unix s, "expires": unix s, "root": "ed25519:...",
     "recipients": [age1..., sorted, unique],
     "desks": [{"name", "recipient", "signing_key"}], "inboxes": [{"onion", "receipt_key"}],
     "kinds": [{"id", "label"}]}
signed by the coalition root key named in "root". An app pins the root on the first import
and afterwards accepts only directories signed by that root, with a higher serial than the
one it holds, and not expired. Layout: docs/spec.md ("Coalition directory");
vectors: tests/vectors/directory.json.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from satchel.crypto.encoding import (
    INTEGER,
    KEY,
    RECIPIENT_RE,
    RECIPIENTS,
    checked_body,
    parse_record,
    read_document,
    records,
    sign_document,
    text,
)
from satchel.crypto.errors import IntegrityError
from satchel.crypto.keys import SigningKey, VerifyKey

CONTEXT = "directory"
_WHAT = "directory body"


class DirectoryNotNewerError(IntegrityError):
    """The directory is genuine but not newer than the one already held."""


class DirectoryExpiredError(IntegrityError):
    """The directory is genuine but past its expiry time."""


# Each field says how the body's value is checked (encoding.parse_record reads them all).
@dataclass(frozen=True)
class Desk:
    """A coalition desk: reports are sealed to its age recipient; its signing key signs its
    log-ins to the inbox and the receipts it sends back on sticks."""

    name: str = field(metadata=text())
    recipient: str = field(metadata=text(RECIPIENT_RE))
    signing_key: str = field(metadata=KEY)


@dataclass(frozen=True)
class Inbox:
    """An inbox: the onion address reporters and desks reach it at, and the key that signs
    its delivery receipts (a reporter erases a report only on such a receipt)."""

    onion: str = field(metadata=text(r"[A-Za-z0-9.:\[\]-]{1,255}"))
    receipt_key: str = field(metadata=KEY)


@dataclass(frozen=True)
class ReportKind:
    """A kind of report the coalition takes: a stable id and the label a reporter sees."""

    id: str = field(metadata=text(r"[a-z0-9][a-z0-9-]{0,63}"))
    label: str = field(metadata=text())


DEFAULT_KINDS: tuple[ReportKind, ...] = (
    ReportKind("internet-shutdown", "Internet or mobile network shutdown"),
    ReportKind("blocking", "Blocking or filtering of websites and services"),
    ReportKind("surveillance", "Illicit monitoring or surveillance"),
    ReportKind("hacking", "Hacking of devices or accounts"),
    ReportKind("intimidation", "Intimidation, threats or arrest of network users"),
    ReportKind("company-complicity", "A company's technology misused for repression"),
    ReportKind("other", "Other"),
)


@dataclass(frozen=True)
class Directory:
    """The signed directory's body; `serial` orders directories from the same root."""

    serial: int = field(metadata=INTEGER)
    issued: int = field(metadata=INTEGER)
    expires: int = field(metadata=INTEGER)
    root: str = field(metadata=KEY)
    recipients: tuple[str, ...] = field(metadata=RECIPIENTS)
    desks: tuple[Desk, ...] = field(default=(), metadata=records(Desk))
    inboxes: tuple[Inbox, ...] = field(default=(), metadata=records(Inbox))
    kinds: tuple[ReportKind, ...] = field(default=DEFAULT_KINDS, metadata=records(ReportKind))

    @property
    def root_key(self) -> VerifyKey:
        return VerifyKey.from_text(self.root)

    @property
    def receipt_keys(self) -> list[VerifyKey]:
        return [VerifyKey.from_text(i.receipt_key) for i in self.inboxes]


def sign_directory(root: SigningKey, d: Directory) -> bytes:
    """The signed directory; ValueError if `d` is invalid or names another root."""
    if d.root != root.public.text:
        raise ValueError("the directory's root field must be the signing root key")
    return sign_document(root, CONTEXT, checked_body(d, _from_body, "directory"))


def verify_directory(
    data: bytes, pinned_root: VerifyKey | None, held_serial: int | None, now: int | None
) -> Directory:
    """The directory, if signed by `pinned_root` (or, on first import when it is None, by
    the root it names), newer than `held_serial` and not expired at `now`.

    None for held_serial / now skips that check (re-reading the directory already held).
    IntegrityError("directory root") when another root signed it, "directory signature",
    "directory format"/"directory body" when malformed; DirectoryNotNewerError and
    DirectoryExpiredError (both IntegrityError) for genuine but unacceptable ones.
    """
    document = read_document(data, CONTEXT)
    if pinned_root is not None and document.signer != pinned_root:
        raise IntegrityError("directory root")
    d = _from_body(document.verify([document.signer]))
    if d.root != document.signer.text:
        raise IntegrityError("directory root")
    if held_serial is not None and d.serial <= held_serial:
        raise DirectoryNotNewerError("directory serial")
    if now is not None and d.expires <= now:
        raise DirectoryExpiredError("directory expired")
    return d


def _from_body(obj: dict[str, Any]) -> Directory:
    d = parse_record(Directory, obj, _WHAT, version="directory version")
    for names in ([x.name for x in d.desks], [x.onion for x in d.inboxes], [k.id for k in d.kinds]):
        if len(set(names)) != len(names):
            raise IntegrityError(_WHAT)
    if d.expires <= d.issued:
        raise IntegrityError(_WHAT)
    return d
