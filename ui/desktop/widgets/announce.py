"""Telling screen readers what changed: a connection, a finished job.

Qt 6.8 added QAccessibleAnnouncementEvent, which screen readers speak without moving the
focus (like an ARIA live region). Every announcement also goes out on `announcer().spoken`,
so the window's tests can check what a screen reader would hear.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcer(QObject):
    spoken = Signal(str)


_announcer: list[Announcer] = []


def announcer() -> Announcer:
    if not _announcer:
        _announcer.append(Announcer())
    return _announcer[0]


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have screen readers say `text` (already translated) on behalf of `widget`;
    `urgent` interrupts what they are saying (failures), otherwise it waits its turn."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)
    announcer().spoken.emit(text)
