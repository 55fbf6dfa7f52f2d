"""The Satchel desktop window (PySide6): a thin client of client/ and sync/.

Contract:

- PySide6 is imported only inside this package; nothing below ui/ knows Qt.
- The window adds no business rule. Every action calls the same client/ (and later
  sync/service/) functions the CLI calls; this package only lays them out.
- Nothing slow runs on the GUI thread. Vault unlock, key derivation, ingest, sealing,
  disk and network work go through `workers.Jobs` (a QThreadPool whose jobs hand their
  result back by signal); session events arrive through `workers.EventBridge`, whose
  `listener(event)` may be called from any thread. No processEvents loops, no sleeps.
- Before unlock nothing on screen reveals a report count, title or file name; locking
  drops every model that holds report data.
- Text that came from outside (titles, bodies, file names, Tor's messages) is shown as
  plain text only (`widgets.PlainLabel`, item views), never as rich text.
- Every visible string goes through `self.tr()` / `QCoreApplication.translate`, every
  control has an accessible name, layouts mirror for right-to-left languages, and
  fingerprints sit inside bidi isolation. Nothing has a fixed pixel size.

Entry points: `satchel.ui.desktop.app.run(home)` and `app.has_display()`.
"""
