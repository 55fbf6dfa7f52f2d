"""satchel.ui.demo: `satchel demo`, a report's whole journey on a throwaway coalition.

Use: journey.run_demo(base, say) builds a coalition marked DEMO in a folder of
its own (root key, directory, desk, inbox keys, reporter and courier vaults), writes a
report with a generated photo, carries it by USB through the courier to the desk, shows
the desk's verification and, when `tor` is installed, tor.send_over_tor sends another
over a private loopback Tor network to the inbox published as an onion service.

Guarantees: the demo never touches a real vault or network: everything is inside its
folder and on 127.0.0.1; its throwaway vaults use the insecure fast KDF, since
they guard nothing. Errors: as the
commands it drives (exit 4 if the desk cannot verify what arrived).
"""
