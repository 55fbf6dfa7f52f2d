"""satchel.client.desk: the coalition desk's side of the vault.

Use:

    receive(vault, sha256, size, write, via="usb")  # store an envelope (hash checked, fsynced)
    verify_submissions(vault, ids)                  # signer, device status, completeness
    export_evidence(vault, submission_id, dest)     # re-checkable with sha256sum, openssl, age
    write_alerts(vault, since, out)                 # de-identified CSV and JSON

Modules: store (Received, receive, has_envelope, check_held, discard/refusal: envelopes
refused with their reason, note_device/set_device_status: the device registry),
verify (verify_submission, verify_submissions: REASONS a submission fails), document
(read_report_doc), listing (pages of submissions and devices filtered in SQL, triage),
detail (one submission in full, attachments read from memory), export (export_evidence,
safe_name), receipts (issue_receipts: each signed once, only for what the desk holds),
alerts (incidents, render_alerts, write_alerts).

Guarantees: nothing is stored before its SHA-256 matches; a submission is reported
verified only if the manifest's signature, every attachment hash and size, and the
recipient set all check; untrusted text is returned as data, for plain-text display.
Errors: IntegrityFailure (exit 4) for what fails verification, UsageError for unknown
ids, OSError for the disk.
"""
