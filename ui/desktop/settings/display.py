"""The display settings, readable before unlock: language, text size and colours.

They live in the small file of satchel.ui.desktop.prefs (never in the vault: the unlock
screen needs them), so this group works with the vault locked. Language and colours
change at once; the text size is read by Qt when the application starts, so it applies
from the next start, and the group says so. Each change is saved on the worker pool.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QGroupBox, QWidget
from satchel.ui.desktop.i18n import (
    LANGUAGES,
    Retranslating,
    apply_language,
    isolate,
    set_row_label,
)
from satchel.ui.desktop.prefs import SCALES, THEMES, Prefs, load_prefs, save_prefs
from satchel.ui.desktop.theme import apply_theme
from satchel.ui.desktop.widgets import ErrorBar, PlainLabel
from satchel.ui.desktop.workers import Jobs


class DisplaySettings(Retranslating, QGroupBox):
    """Emits `changed(Prefs)` once a change is in use (it is saved in the background)."""

    changed = Signal(object)

    def __init__(self, path: Path, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path, self._jobs = path, jobs
        self.prefs = load_prefs(path).prefs  # what could not be read was said at start
        self._started_scale = self.prefs.scale  # Qt read it when the application started
        self.language = QComboBox(self)
        self.language.addItem("", "")  # the system's language
        for code, name in LANGUAGES.items():
            # In its own words, never translated; isolated, as it may run the other way.
            self.language.addItem(isolate(name), code)
        self.scale = QComboBox(self)
        for scale in SCALES:
            self.scale.addItem(isolate(f"{round(scale * 100)} %"), scale)  # reads 100 % in RTL too
        self.theme = QComboBox(self)
        for theme in THEMES:
            self.theme.addItem("", theme)
        self.note = PlainLabel("", self)
        self.errors = ErrorBar(self)
        form = QFormLayout(self)
        for widget in (self.language, self.scale, self.theme):
            form.addRow("", widget)
        form.addRow(self.note)
        form.addRow(self.errors)
        self._form = form
        self._select(self.prefs)
        self.language.currentIndexChanged.connect(self._changed)
        self.scale.currentIndexChanged.connect(self._changed)
        self.theme.currentIndexChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Display (also before unlock)"))
        self.language.setItemText(0, self.tr("The system's language"))
        names = {"system": self.tr("The system's"), "light": self.tr("Light"),
                 "dark": self.tr("Dark"), "high-contrast": self.tr("High contrast")}
        for index in range(self.theme.count()):
            self.theme.setItemText(index, names[str(self.theme.itemData(index))])
        for widget, label in ((self.language, self.tr("Language:")),
                              (self.scale, self.tr("Text size:")),
                              (self.theme, self.tr("Colours:"))):
            set_row_label(self._form, widget, label)
            widget.setAccessibleName(label.rstrip(":"))
        self.note.setAccessibleName(self.tr("About the text size"))
        self._say_note()

    def _select(self, prefs: Prefs) -> None:
        for combo, value in ((self.language, prefs.language), (self.scale, prefs.scale),
                             (self.theme, prefs.theme)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

    def show_prefs(self, prefs: Prefs) -> None:
        """Show `prefs` chosen elsewhere (the other settings screen); nothing is applied."""
        self.prefs = prefs
        for combo in (self.language, self.scale, self.theme):
            combo.blockSignals(True)
        self._select(prefs)
        for combo in (self.language, self.scale, self.theme):
            combo.blockSignals(False)
        self._say_note()

    def _chosen(self) -> Prefs:
        return replace(self.prefs, language=str(self.language.currentData()),
                       scale=float(self.scale.currentData()), theme=str(self.theme.currentData()))

    def _changed(self) -> None:
        before, prefs = self.prefs, self._chosen()
        self.prefs = prefs
        app = QApplication.instance()
        if prefs.language != before.language:
            apply_language(prefs.language or None)  # every screen re-translates itself
        if prefs.theme != before.theme and isinstance(app, QApplication):
            apply_theme(app, prefs.theme)
        self._say_note()
        path = self._path
        self.errors.clear()
        self._jobs.submit(lambda: save_prefs(path, prefs), on_error=self.errors.show_error,
                          owner=self)
        self.changed.emit(prefs)

    def _say_note(self) -> None:
        if self.prefs.scale != self._started_scale:
            self.note.say(lambda: self.tr("The new text size is used from the next time "
                                          "Satchel starts."))
        else:
            self.note.say(None)
