"""The desk's workspace: submissions, verification, devices, triage, export, receiving."""

from satchel.ui.desktop.desk.workspace import DeskWorkspace

__all__ = ["DeskWorkspace"]
