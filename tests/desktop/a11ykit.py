"""Accessibility checks on real widgets: the Tab chain, accessible names, reading order,
the room a screen needs, and colour contrast. Used by test_accessibility.py."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
               QPlainTextEdit, QTextEdit, QAbstractSlider, QTabBar)
# Widgets whose name alone does not say what they show: a bar's name says what it measures,
# its description how far it is or what it means.
NEED_DESCRIPTION = (QProgressBar,)


def shown(widget: QWidget) -> bool:
    """On screen now: visible, inside its window, and not under a collapsed parent."""
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def interactive(root: QWidget) -> list[QWidget]:
    """Every control under `root` a person can use now (visible and enabled), except Qt's
    own parts and toolbar buttons (their actions have shortcuts, checked apart)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not shown(widget) or not widget.isEnabled():
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QToolBar) \
                or isinstance(widget, QScrollBar):  # scrolled by its area's keys
            continue
        if isinstance(widget, QAbstractScrollArea) and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        found.append(widget)
    return found


def tab_chain(window: QWidget, start: QWidget, limit: int = 200) -> list[QWidget]:
    """Press Tab from `start` until the focus comes back to it: the widgets met, in order,
    beginning with the first in reading order. This is what a keyboard user meets, Qt's
    own focus logic included. A widget may keep the focus for a few presses (a date edit
    steps through its sections); one that keeps it for good is a trap."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    first = QApplication.focusWidget()
    assert first is not None, f"{start} cannot take the focus"
    chain, stay = [first], 0
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or now is first:
            top = min(chain, key=lambda w: reading_key(window, w))
            return chain[chain.index(top):] + chain[: chain.index(top)]
        stay = stay + 1 if now is chain[-1] else 0
        if stay > 8:
            raise AssertionError(f"Tab is trapped in {describe(now)}: it never leaves")
        if now is chain[-1]:
            continue
        if now in chain:
            raise AssertionError(f"Tab loops without coming back: {[*chain, now]}")
        chain.append(now)
    raise AssertionError(f"Tab never came back to the start: {chain}")


def reading_key(window: QWidget, widget: QWidget) -> tuple[int, int]:
    rect = rect_in(window, widget)
    rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return rect.top(), -rect.right() if rtl else rect.left()


def unreached(chain: list[QWidget], controls: list[QWidget]) -> list[str]:
    """Controls the chain misses. Of a group of exclusive radio buttons Tab visits one,
    and the arrow keys the others, so one in the chain reaches its whole group."""
    def reached(w: QWidget) -> bool:
        if w in chain:
            return True
        group = w.group() if isinstance(w, QRadioButton) else None
        return group is not None and any(b in chain for b in group.buttons())
    return [describe(w) for w in controls if not reached(w)]


def accessible_text(widget: QWidget, which: QAccessible.Text) -> str:
    """What a screen reader is told (Qt's own accessibility interface: a button's text,
    a field's buddy label, or the accessible name set on it)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(which) if interface is not None else ""


def unnamed(widgets: list[QWidget]) -> list[str]:
    """Widgets a screen reader could not name, or describe where the name is not enough:
    buttons with an icon and no words, and progress bars."""
    bad = []
    for w in widgets:
        name = accessible_text(w, QAccessible.Text.Name).strip()
        text = w.text().strip() if isinstance(w, QAbstractButton) else "x"
        needs = isinstance(w, NEED_DESCRIPTION) or (isinstance(w, QAbstractButton) and not text)
        if not name:
            bad.append(f"{describe(w)} has no accessible name")
        elif needs and not accessible_text(w, QAccessible.Text.Description).strip():
            bad.append(f"{describe(w)} needs an accessible description")
    return bad


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
    return f"{type(widget).__name__}({name!r})"


def rect_in(window: QWidget, widget: QWidget) -> QRect:
    """Where `widget` sits in `window`, with every scroll area scrolled to its start: Tab
    scrolls them as it goes, and reading order is about the layout, not the scroll."""
    x = y = 0
    current: QWidget | None = widget
    while current is not None and current is not window:
        parent = current.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if not (isinstance(area, QAbstractScrollArea) and parent is area.viewport()):
            x, y = x + current.x(), y + current.y()
        current = parent
    return QRect(QPoint(x, y), widget.size())


def _before(a: QRect, b: QRect, rtl: bool) -> bool:
    """True when `b` reads before `a`: above it in the same column, or behind it (left in
    left-to-right, right in right-to-left) on the same line, or both above and behind."""
    above = b.bottom() < a.top()
    same_line = not above and b.top() <= a.bottom() and a.top() <= b.bottom()
    behind = b.left() > a.right() if rtl else b.right() < a.left()
    overlap_x = b.left() <= a.right() and a.left() <= b.right()
    return (above and (overlap_x or behind)) or (same_line and behind)


def out_of_order(window: QWidget, chain: list[QWidget]) -> list[str]:
    """Steps of the Tab chain that go back against the reading order (top to bottom, then
    along the line in the window's direction); moving on to the next column is fine."""
    rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    bad = []
    for a, b in pairwise(chain):
        if _before(rect_in(window, a), rect_in(window, b), rtl):
            bad.append(f"{describe(a)} -> {describe(b)}")
    return bad


def cramped(window: QWidget) -> list[str]:
    """Visible widgets squeezed below their minimum size hint outside any scroll area."""
    bad = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName().startswith("qt_") or _scrolled(widget, window):
            continue  # Qt's own parts are sized by their owner
        hint = widget.minimumSizeHint()
        if not hint.isValid():
            continue
        if widget.width() < hint.width() or widget.height() < hint.height():
            bad.append(f"{describe(widget)} {widget.width()}x{widget.height()} < "
                       f"{hint.width()}x{hint.height()}")
    return bad


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside something that scrolls (a scroll area, a list or table with its headers)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + \
        0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def clipboard_keys() -> list[QKeySequence]:
    """Cut, copy and paste, as the platform binds them and as Ctrl+X, C, V (a function:
    the platform's bindings exist only once the QApplication does)."""
    standard = (QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Copy,
                QKeySequence.StandardKey.Paste)
    return [*(k for s in standard for k in QKeySequence.keyBindings(s)), *(
        QKeySequence(Qt.Modifier.CTRL | key) for key in (Qt.Key.Key_X, Qt.Key.Key_C, Qt.Key.Key_V))]


def bound_keys(objects: Iterator[object]) -> Iterator[tuple[str, QKeySequence]]:
    """(owner, key sequence) for every QAction and QShortcut among `objects`."""
    from PySide6.QtGui import QAction, QShortcut

    for obj in objects:
        if isinstance(obj, QAction):
            for key in obj.shortcuts():
                yield f"QAction({obj.text()!r})", key
        elif isinstance(obj, QShortcut):
            for key in QShortcut.keys(obj):  # its list of sequences, not a dict
                yield "QShortcut", key
