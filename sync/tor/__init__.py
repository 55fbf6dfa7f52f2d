"""satchel.sync.tor: Tor, launched privately or attached, and the ways through it.

Use:

    tor = connect(TorSettings(mode="launch", bridges=(...)), on_progress)   # manager
    sock = socks5_connect(proxy, host, port, isolation=envelope_sha)        # socks
    tor.close()

Sessions do not call these directly: satchel.sync.service.connection.TorSession owns one
connection for a session's life and reports its progress as events.

Modules: manager (TorSettings, find_tor, connect -> TorConnection, open_controller,
add_onion/remove_onion), process (start tor with a private DataDirectory, cookie auth
and random ports; follow bootstrap phases), bridges (normalise and check obfs4,
snowflake, meek and custom lines; which pluggable-transport binary carries each),
torrc (extra torrc lines read the way tor reads them, then allowlisted), socks (SOCKS5
through Tor, a stream per envelope, loopback proxies only), onion_auth (v3 client
authorisation keys), testnet (PrivateTorNetwork: authorities, relays and a client on
loopback with TestingTorNetwork, for tests and the demo), errors.

Guarantees: the tor Satchel launches has its DataDirectory inside the app's data folder,
cookie authentication and random ports, and takes only allowlisted extra options;
bootstrap progress is reported through a plain callback; no DNS lookup happens outside
Tor. Errors (errors.py), each with a sentence for the person: TorNotInstalled,
TorSettingsError, TorLaunchFailed, TorBootstrapTimeout, TorControlUnreachable,
TorSocksUnreachable, TorAuthFailed, BridgeTransportMissing, OnionServiceError,
OnionAuthError; SocksError for a refused stream.
"""
