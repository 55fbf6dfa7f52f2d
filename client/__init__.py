"""satchel.client: the application core, without Qt and without any network.

Everything a person does with Satchel that needs no transport lives here, usable
headless: the encrypted vault, reports and their attachments, metadata scrubbing, the
outbox state machine, the coalition directory a vault trusts, and the desk's store,
verification, evidence export and alerts. satchel.sync moves what this package
produces; satchel.ui drives both. This package imports satchel.crypto and the standard
library only, never satchel.sync, satchel.ui or Qt (import-linter enforces it).

Sub-packages (each opens with its own contract):

    vault/     the vault directory: key slots, SQLCipher database, blobs, duress, wipe
    reports/   reports and attachments: create, list, show, erase; ingest an attachment
    outbox/    sealing reports into envelopes, the outbox machine, receipts coming back
    scrub/     lossless metadata removal for images, video, PDF and office documents
    desk/      the desk's store, verification, listings, evidence export, alerts

Modules:

    coalition  import_directory() pins the coalition root only on explicit consent;
               require_directory() / require_fresh_directory() for sealing
    settings   VaultSettings kept inside the vault (bridges, locking)
    errors     SatchelError and its kinds, each with its exit code (EXIT_*)
    fsutil     atomic_write() / AtomicFile: a file appears complete or not at all
    blockio    read-ahead and write-back for big streams (ingest, bundles)
    progress   the Progress callback type, no_progress, the terminal bar
    coredump   disable_core_dumps(): keep secrets out of core files

Guarantees: no plaintext of a report or attachment is written outside the vault (no
temporary files); every durable write is fsynced before it counts; a report's words
never reach argv, the environment, logs or error messages.

Errors: every expected failure is a SatchelError subclass carrying its exit code
(UsageError 2, LockedError 3, IntegrityFailure 4, UnreachableError 5), or one of
satchel.crypto's WrongPassphraseError / IntegrityError, which the CLI maps likewise.
The package itself re-exports nothing: import from the module that owns a name.
"""
