"""satchel.sync.inbox: the coalition's receiving server; it stores ciphertext only.

Use:

    app = create_app(InboxConfig(inbox_id=onion), SqliteFileStore(root), receipt_key,
                     directory_bytes)                         # app: an ASGI application
    serve(home, keys, host, port, tor_control=..., say=...)   # server: uvicorn + onion
    with serve_in_thread(app) as port: ...                    # thread: tests and demo

Modules: app (create_app, purge_once), config (InboxConfig: limits and timings), state
(InboxState: what every handler shares), tus (tus 1.0.0 core, creation, termination,
checksum, expiration), desk (the desk's pull API: challenge-response login, list,
ranged download, per-desk acknowledgement), limits (UploadLimiter, load_limits),
sessions (desk login challenges and sessions, in memory or PostgreSQL), store (the
InboxStore Protocol and its errors), store_sqlite (SqliteFileStore: embedded, one
instance), store_postgres, pg_schema, pg_writer, objects_s3 (several instances sharing
PostgreSQL metadata and S3 objects), backends (open_backend: choose the store), acks
(per-desk acknowledgements and what may be purged), keys (the inbox's sealed receipt
and onion keys, its pinned coalition root and published directory), faults
(StorageUnavailable, UploadBusy), server (serve, parse_listen), thread.

Guarantees: an envelope is stored only after its SHA-256 matches, with its signed
receipt in the same transaction; sending twice stores once and returns the same
receipt; an envelope is deleted only once every desk due to fetch it acknowledged it;
no client data is logged. Errors: StoreError and its kinds inside; on the wire, HTTP
statuses (docs/inbox-api.md) and 503 + Retry-After when shared storage is down.
Nothing is re-exported here, so a client module never loads starlette by accident.
"""
