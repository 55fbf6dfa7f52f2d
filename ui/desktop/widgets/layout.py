"""Laying widgets out in reading order, without a line per widget."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QWidget


def stack(box: QBoxLayout, *items: QWidget | QLayout, stretch: bool = False) -> QBoxLayout:
    """Add `items` to `box` in reading order (a layout nests); with `stretch`, the spare
    room goes to the end, so the items keep their natural size."""
    for item in items:
        if isinstance(item, QLayout):
            box.addLayout(item)
        else:
            box.addWidget(item)
    if stretch:
        box.addStretch(1)
    return box


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side at the start of a line."""
    row = QHBoxLayout()
    stack(row, *buttons, stretch=True)
    return row
