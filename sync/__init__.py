"""satchel.sync: everything that moves envelopes, and the sessions interfaces drive.

It may import satchel.client and satchel.crypto, never satchel.ui or Qt. Sub-packages:

    service/    the Qt-free sessions every interface drives: send(), pull_session(),
                export_to_stick(), import_from_stick(); one Listener of plain events,
                a CancelToken, and TorSession owning the Tor connection
    tor/        Tor: launch or attach (stem), bridges and pluggable transports, SOCKS
                with stream isolation, onion client authorisation, a private test network
    transport/  the inbox's clients: tus uploads, receipts, the desk's pull, over h11
    inbox/      the inbox server: ASGI app (tus, receipts, directory, desk API), stores
    bundle/     USB bundles: the on-stick format, sealing, writing, reading, what to carry

Module: protocol (the wire constants and the desk login message both ends share, so
the clients never import the server and the server never imports the clients).

Guarantees: no connection leaves except through Tor's SOCKS port and to Tor's control
port (the inbox listens on loopback only); every long-lived operation reports through
satchel.sync.service.events and stops at its CancelToken with nothing lost.

Errors: TorError and its kinds (satchel.sync.tor.errors), InboxError and its kinds
(satchel.sync.transport.errors), BundleError and its kinds (satchel.sync.bundle); the
sessions turn them into SatchelErrors with exit codes (5 for Tor or the inbox
unreachable). Nothing is re-exported here: import from the module that owns a name.
"""
