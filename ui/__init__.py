"""satchel.ui: the interfaces. Thin: every action calls satchel.sync.service,
satchel.client or satchel.sync; no business rule lives here.

Sub-packages:

    cli/       the `satchel` command (argparse, exit codes, JSON); `python -m satchel`
    desktop/   the PySide6 window: the only place Qt is imported (import-linter)
    demo/      `satchel demo`: a throwaway coalition, a report carried by USB and Tor

Guarantees: the command line and the window drive the same sessions, so anything the
window does can be done and tested headless; secrets and report fields are never taken
from argv or the environment. Errors reach people as one sentence that says what to do,
with the documented exit code (0 ok, 1 failure, 2 usage, 3 passphrase, 4 integrity,
5 Tor or inbox unreachable).
"""
