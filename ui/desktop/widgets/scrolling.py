"""Room for large text in a small window: a screen that cannot shrink any more scrolls.

At 200 % text or in a window about 360 px wide a screen can need more room than there is.
Rather than forcing the window wider (off a small screen) or squeezing controls below
their minimum size (clipped words), the screen sits in a frameless scroll area: it fills
the window while it fits, and scrolls, with Tab bringing the focused control into view,
when it does not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a stop on the Tab chain
    area.setWidgetResizable(True)
    area.setWidget(content)
    return area
