"""USB bundles: carry envelopes, receipts and coalition directories on a stick.

The public face of the modules format (names, the index document, errors and result
records), seal (how a payload becomes stick bytes: padding, the optional transport
passphrase), write (write_bundle), read (read_bundle, for a damaged or hostile stick)
and carry (what each role puts on a stick and takes from one). Use:

    report = write_bundle(stick, [BundleItem("envelope", sha, size, opener)], ...)
    for result in read_bundle(stick, known=vault.has_envelope):
        if result.status == "ready":
            with AtomicFile(tmp) as f:      # keep the bytes only if copy_to returns
                result.copy_to(f)
        print(result.to_json())

Bundles hold only ciphertext that this module never opens, plus an index of hashes,
sizes and a day-granular date; an optional transport passphrase makes every byte on
the stick look random. Format: docs/spec.md section 12. Errors: BundleWriteError (full,
read-only, failing or removed stick), BundleReadError (no usable index),
BundlePassphraseError (missing or wrong transport passphrase; a WrongPassphraseError),
BundleEntryError (one entry failed its checks; an IntegrityError).
"""

from satchel.sync.bundle.format import (
    BUNDLE_DIR,
    DEFAULT_MAX_INDEX_BYTES,
    DEFAULT_PART_SIZE,
    INDEX_NAME,
    KINDS,
    BundleEntryError,
    BundleError,
    BundlePassphraseError,
    BundleReadError,
    BundleWriteError,
    WriteReport,
    WriteResult,
)
from satchel.sync.bundle.read import ReadResult, read_bundle
from satchel.sync.bundle.write import BundleItem, write_bundle

__all__ = [
    "BUNDLE_DIR",
    "DEFAULT_MAX_INDEX_BYTES",
    "DEFAULT_PART_SIZE",
    "INDEX_NAME",
    "KINDS",
    "BundleEntryError",
    "BundleError",
    "BundleItem",
    "BundlePassphraseError",
    "BundleReadError",
    "BundleWriteError",
    "ReadResult",
    "WriteReport",
    "WriteResult",
    "read_bundle",
    "write_bundle",
]
