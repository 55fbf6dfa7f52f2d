"""The window's theme, a before-unlock setting: the system's, light, dark or high contrast.

Colours come from a palette on Qt's Fusion style (no style sheets with fixed sizes), so
every widget follows, and high contrast is pure black on white with a strong highlight.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Role = QPalette.ColorRole
_COLOURS = {  # window, text, base, button, highlight, highlighted text
    "light": ("#f4f4f4", "#1a1a1a", "#ffffff", "#e8e8e8", "#2a62a8", "#ffffff"),
    "dark": ("#2b2b2b", "#eeeeee", "#1e1e1e", "#3a3a3a", "#5b8fd6", "#000000"),
    "high-contrast": ("#ffffff", "#000000", "#ffffff", "#ffffff", "#0000c0", "#ffffff"),
}


def apply_theme(app: QApplication, theme: str) -> None:
    """Use `theme` (prefs.THEMES); "system" keeps the platform's own look."""
    colours = _COLOURS.get(theme)
    if colours is None:  # the platform's own palette (again, after another theme was tried)
        app.setPalette(app.style().standardPalette())
        return
    app.setStyle(QStyleFactory.create("Fusion"))
    window, text, base, button, highlight, chosen = (QColor(c) for c in colours)
    palette = QPalette()
    for role, colour in ((Role.Window, window), (Role.WindowText, text), (Role.Base, base),
                         (Role.AlternateBase, button), (Role.Text, text), (Role.Button, button),
                         (Role.ButtonText, text), (Role.Highlight, highlight),
                         (Role.HighlightedText, chosen), (Role.ToolTipBase, base),
                         (Role.ToolTipText, text), (Role.PlaceholderText, text)):
        palette.setColor(role, colour)
    app.setPalette(palette)
