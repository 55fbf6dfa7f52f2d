"""The framed line that the error bar and the delete countdown share."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton
from satchel.ui.desktop.widgets.plain_label import PlainLabel


def bar_line(frame: QFrame) -> tuple[PlainLabel, QPushButton]:
    """Make `frame` a framed line of words with one button at its end, hidden until it
    has something to say; the caller names the button and connects it."""
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    words = PlainLabel("", frame)
    button = QPushButton(frame)
    layout = QHBoxLayout(frame)
    layout.addWidget(words, 1)
    layout.addWidget(button)
    frame.hide()
    return words, button
