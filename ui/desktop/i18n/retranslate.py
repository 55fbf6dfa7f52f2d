"""Switching language without a restart.

Installing or removing a QTranslator makes Qt send QEvent.LanguageChange to every widget.
A screen that mixes in `Retranslating` answers it by calling its own `retranslate()`,
where it sets every text it shows (labels, buttons, titles, placeholders, tooltips,
accessible names and descriptions) from `self.tr()`. Texts that depend on state (a
status sentence) are kept as a phrase, a callable that says it again in the new language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QLabel, QTabWidget, QWidget

Phrase = Callable[[], str]

# For words said outside a widget class (tables of states, phases, kinds). Named `translate`
# because lupdate recognises that name (an alias such as `tr` would be read as a class's
# tr() and extracted wrongly).
translate = QCoreApplication.translate


class Worded(Protocol):
    """A widget that shows a text: a button, a check box, a label, a line edit."""

    def setText(self, text: str, /) -> None: ...

    def setAccessibleName(self, name: str, /) -> None: ...


class Retranslating:
    """Mixin for a QWidget subclass: `retranslate()` runs on every LanguageChange.

    Put it first among the bases (`class Screen(Retranslating, QWidget)`), so its
    changeEvent runs before Qt's own.
    """

    def retranslate(self) -> None:
        """Set every text this widget shows; called once by the widget itself after it
        is built, and again on each language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


def set_tab_title(page: QWidget, title: str) -> None:
    """Rename the tab that shows `page` (tabs are titled by whoever added the page)."""
    parent = page.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is not None and parent.indexOf(page) >= 0:
        parent.setTabText(parent.indexOf(page), title)


def set_row_label(form: QFormLayout, field: QWidget, text: str) -> None:
    """Set the label of `field`'s row in `form`, making it the first time (addRow("", field)
    makes no label for an empty text). The label is the field's buddy: its mnemonic
    focuses the field and screen readers read it with the field."""
    label = form.labelForField(field)
    if not isinstance(label, QLabel):
        position: tuple[int, QFormLayout.ItemRole] = form.getWidgetPosition(field)  # type: ignore[assignment]
        row = position[0]
        label = QLabel(field.parentWidget())
        label.setBuddy(field)
        form.setWidget(row, QFormLayout.ItemRole.LabelRole, label)
    label.setText(text)


def set_words(widget: Worded, text: str, name: str) -> None:
    """Set what `widget` shows and what a screen reader calls it, in one call, so that a
    screen never translates one and forgets the other."""
    widget.setText(text)
    widget.setAccessibleName(name)


def set_row(form: QFormLayout, field: QWidget, label: str, name: str) -> None:
    """A form row's label and its field's accessible name (the label is short, "Again:";
    the name says the whole of it, "Passphrase again")."""
    field.setAccessibleName(name)
    set_row_label(form, field, label)


def refresh_headers(view: QAbstractItemView) -> None:
    """Make `view` ask its model for the header words again (models are not widgets and
    get no LanguageChange of their own; their headerData() calls tr() each time)."""
    model = view.model()
    columns = model.columnCount(QModelIndex()) if model is not None else 0
    if model is not None and columns > 0:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
