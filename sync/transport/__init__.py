"""satchel.sync.transport: the clients of a Satchel inbox, over one connection at a time.

Use (`connect` opens a stream, through Tor's SOCKS port in production):

    result = upload(connect, onion, envelope, size, sha256)  # tus 1.0.0, resumable
    receipt = fetch_receipt(connect, onion, sha256)
    outcomes = pull(vault, connect, inbox_id)                # the desk's pull (pull.py)

Modules: tus (upload with creation-with-upload and resume from the server's offset,
fetch_receipt, fetch_directory), pull (login by signed challenge, list, ranged download
into satchel.client.desk.store, acknowledge), http (HttpConnection: a small defensive
HTTP/1.1 client on h11 with bounded headers and bodies, pipelining), source (reading the
local envelope), errors.

Guarantees: memory is bounded by one chunk plus one listing page; an interrupted
transfer resumes from the last byte the other side holds; nothing partial is stored or
acknowledged; the wire constants come from satchel.sync.protocol, never from the
server's modules (import-linter keeps inbox and transport independent). Errors:
InboxError and its kinds (InboxUnreachable, InboxTimeout, ConnectionCut,
InboxProtocolError, InboxRejected), LoginRefused (the desk is not in the directory),
LocalEnvelopeError (the envelope on this side is unreadable).
"""
