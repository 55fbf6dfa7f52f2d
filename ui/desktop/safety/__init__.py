"""Safety around the window: panic, screen-lock watch, clipboard clearing, no history."""

from satchel.ui.desktop.safety.clipboard import ClipboardGuard
from satchel.ui.desktop.safety.panic import PanicDialog, panic_wipe
from satchel.ui.desktop.safety.screen import ScreenWatch

__all__ = ["ClipboardGuard", "PanicDialog", "ScreenWatch", "panic_wipe"]
