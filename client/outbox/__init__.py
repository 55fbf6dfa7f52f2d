"""satchel.client.outbox: from a draft report to envelopes that wait for delivery.

Use:

    seal(vault, report_ids, progress)   # sign the manifest, encrypt to the coalition
    next_state(state, event)            # the outbox machine (machine.py), as a table
    apply_receipt(vault, data)          # verify a receipt, advance, erase if delivered

Modules: machine (State, Event, next_state: every (state, input) pair decided, no I/O),
sealing (seal, draft_ids), envelope_io (open_envelope: a stored envelope as one stream),
delivery (receipt_envelope, apply_receipt: pinned receipt keys, then delivered, then
erased unless KEEP_DELIVERED), listing (envelopes_by_sha, read-only), holdings (what a
courier may see: a count and a size).

Guarantees: an envelope is the age v1 format with a signed manifest binding the report,
every attachment's hash and size and the exact recipients (docs/spec.md "Envelope");
sealing refuses an expired or missing directory; a report is erased only after a
receipt signed by a pinned inbox key names its envelope. Errors: UsageError (nothing to
seal), IntegrityFailure (a receipt that does not verify, exit 4), InvalidTransition (a
bug: an input the machine does not accept in that state).
"""
