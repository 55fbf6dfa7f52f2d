"""satchel.ui.cli: the `satchel` command line (README.md "Command reference").

Entry points: `satchel` (console script) and `python -m satchel` both call
main.main(argv) -> exit code; main.build_parser() builds the whole parser.

Modules: main (parsing, dispatch, the mapping from errors to one sentence and an exit
code), context (Context: the vault location, unlocking, JSON or text answers),
parsing (command/group/arg: how each module declares its commands), passphrase
(read_passphrase: file, stdin or a prompt without echo), listen (session events as a
progress bar on stderr), and one module per command group: vault (init,
status, passphrase, directory, settings, panic), reports (report new/list/show, send),
transfer (export, import), sync, pull (desk pull), desk, inbox, coalition, demo.

Guarantees: every command is registered directly, so a missing dependency fails loudly
instead of hiding a command; heavy imports (Tor, the inbox server, the sessions) happen
inside the handlers, so start-up stays fast; passphrases and report fields are read from
files, stdin or a prompt, never argv or the environment; --json prints one document on
stdout and messages go to stderr. Exit codes: 0 ok, 1 failure, 2 usage, 3 wrong
passphrase or locked, 4 integrity, 5 Tor or the inbox unreachable, 130 interrupted.
"""
