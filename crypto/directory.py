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

import re
from dataclasses import dataclass, field
from typing import Any

from satchel.crypto.encoding import (
    INTEGER,
    KEY,
    RECIPIENT_RE,
    RECIPIENTS,
    body_of,
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
_ONION_RE = re.compile(r"[A-Za-z0-9.:\[\]-]{1,255}")
_KIND_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


class DirectoryNotNewerError(IntegrityError):
    """The directory is genuine but not newer than the one already held."""


class DirectoryExpiredError(IntegrityError):
    """The directory is genuine but past its expiry time."""


# Each field says how the body's value is checked (encoding.parse_record reads them all).
@dataclass(frozen=True)
class Desk:
    name: str = field(metadata=text())
    recipient: str = field(metadata=text(RECIPIENT_RE))
    signing_key: str = field(metadata=KEY)


@dataclass(frozen=True)
class Inbox:
    onion: str = field(metadata=text(_ONION_RE))
    receipt_key: str = field(metadata=KEY)


@dataclass(frozen=True)
class ReportKind:
    id: str = field(metadata=text(_KIND_RE))
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
    body = body_of(d)
    try:
        _from_body(body)
    except IntegrityError as e:
        raise ValueError(f"invalid directory: {e.what}") from None
    return sign_document(root, CONTEXT, body)


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
