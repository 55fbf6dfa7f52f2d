"""satchel.sync.service: the Qt-free sessions that the CLI and the window both drive.

Use (every session takes a vault, a Listener and a CancelToken):

    cancel = CancelToken()                     # cancel.cancel() from any thread stops it
    outcomes = send(vault, route, listener, cancel)          # sending: sync the outbox
    outcomes = pull_session(vault, route, listener, cancel)  # pulling: the desk's pull
    export_to_stick(vault, folder, listener, cancel)         # stick: USB export/import
    import_from_stick(vault, folder, listener, cancel)

Modules: events (the one event interface: Bootstrap, ConnectionState, EnvelopeProgress,
JobProgress, EnvelopeOutcome, Retrying, Finished; Listener = Callable[[Event], None]),
cancel (CancelToken, Cancelled), ending (SessionEnd: a stop, a failure or success
told once), connection (TorSession: starts or attaches Tor, reports
bootstrap, watches for stalls, authorises the onion, hands out isolated streams),
route (Route: Tor settings plus the onion's client key), sending (send, verdict),
pulling (pull_session), stick (export_to_stick, import_from_stick and their checks),
uplink (one pass over the outbox: upload, fetch and verify receipts, erase),
scheduler (backoff with full jitter; sessions wait on their CancelToken).

Guarantees: a session owns its Tor connection and releases it when it ends; events
carry hashes, counts and Tor's words, never report text or file names, so a listener
may log them; cancelling at any point loses nothing (what was committed stays, an
upload resumes next time) and ends with Finished carrying a sentence that says so.
Errors: sessions raise SatchelError with its exit code after reporting Finished with
the same sentence.
Nothing is re-exported here: the CLI imports the light `events` module at start-up,
and a re-export would pull in Tor and the transports with it.
"""
