"""The courier's workspace: how much is carried, sticks both ways, upload over Tor."""

from satchel.ui.desktop.courier.workspace import CourierWorkspace

__all__ = ["CourierWorkspace"]
