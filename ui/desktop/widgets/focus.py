"""Tab order that follows the layout, for keyboard users and screen readers.

Qt's default Tab order is the order widgets were created, which drifts from what the
screen shows as soon as a layout places a widget made later above one made earlier.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def tab_order(*widgets: QWidget) -> None:
    """Tab visits `widgets` in this order (this binding has no list form of setTabOrder)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
