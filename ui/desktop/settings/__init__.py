"""The settings screen, split as Briar splits it: display settings (language, text size,
colours) in a small file readable before unlock, reachable from the unlock screen; and
the vault's own (auto-lock, including "immediately" and "on minimise", and bridges) on
the workspace's Settings tab, with the display group too."""

from satchel.ui.desktop.settings.display import DisplaySettings
from satchel.ui.desktop.settings.screen import SettingsScreen
from satchel.ui.desktop.settings.vault_page import VaultSettingsPage

__all__ = ["DisplaySettings", "SettingsScreen", "VaultSettingsPage"]
