"""satchel.client.reports: reports and their attachments inside the vault.

Use:

    spec = ReportInput(title=..., body=..., attachments=(path,))
    report_id = create_report(vault, spec, progress)
    list_reports(vault); show_report(vault, report_id); erase_report(vault, report_id)

Modules: store (ReportInput, create_report, list_reports, show_report, erase_report,
refresh_report_state) and ingest (ingest_file: read an attachment once, scrub it, hash
it and encrypt it to the vault and to the coalition as a stream; collect_garbage
removes the blobs of interrupted ingests).

Guarantees: an attachment is encrypted as it is read, in bounded memory, with no
plaintext temporary file, and is never rewritten in full before it is sent; metadata is
scrubbed unless the caller keeps it (satchel.client.scrub); a crash mid-ingest leaves
only ciphertext that collect_garbage removes. Errors: UsageError for bad input (title
too long, unreadable file), ScrubError when a file cannot be cleaned (the caller decides
whether to keep its metadata), OSError for a full or failing disk.
"""
