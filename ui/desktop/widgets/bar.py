"""The framed line that the error bar and the delete countdown share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton
from satchel.ui.desktop.widgets.plain_label import PlainLabel


def bar_line(frame: QFrame, pressed: Callable[[], None]) -> tuple[PlainLabel, QPushButton]:
    """Make `frame` a framed line of words with one button at its end, hidden until it
    has something to say; the button calls `pressed` (the caller names it)."""
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    words = PlainLabel("", frame)
    button = QPushButton(frame)
    button.clicked.connect(pressed)
    layout = QHBoxLayout(frame)
    layout.addWidget(words, 1)
    layout.addWidget(button)
    frame.hide()
    return words, button
