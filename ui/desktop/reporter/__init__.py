"""The reporter's workspace: report list, editor, attachments, outbox."""

from satchel.ui.desktop.reporter.workspace import ReporterWorkspace

__all__ = ["ReporterWorkspace"]
