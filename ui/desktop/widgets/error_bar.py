"""A calm message bar: what happened, and the next step, with a way to dismiss it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QWidget
from satchel.client.errors import SatchelError
from satchel.ui.desktop.i18n import Retranslating, set_words
from satchel.ui.desktop.widgets.bar import bar_line


class ErrorBar(Retranslating, QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorBar")
        self.setStyleSheet("#ErrorBar { background: palette(alternate-base); }")
        self.message, self.dismiss = bar_line(self, self.clear)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setAccessibleName(self.tr("Message"))
        set_words(self.dismiss, self.tr("Dismiss"), self.tr("Dismiss the message"))

    def show_message(self, what: str, next_step: str = "") -> None:
        """Show `what` went wrong and, when there is one, the `next_step` to take."""
        self.message.setText(f"{what} {next_step}".strip())
        self.show()

    def show_error(self, error: BaseException) -> None:
        """A SatchelError's message is already one sentence with its next step; anything
        else is a fault of ours, said without its technical detail."""
        if isinstance(error, SatchelError) and str(error):
            self.show_message(str(error))
        else:
            self.show_message(self.tr("Something unexpected went wrong; nothing was lost."),
                              self.tr("Try again."))

    @property
    def text(self) -> str:
        return self.message.text()

    def clear(self) -> None:
        self.message.setText("")
        self.hide()
