"""The first-run wizard's page: its title and subtitle are data, said again on each language change.

A page declares `TITLE` and `SUBTITLE` with `QT_TRANSLATE_NOOP` under its own class name,
the context its `self.tr()` uses, so lupdate files them with the page's other words and
every existing translation stays. Its own `retranslate()` calls `super().retranslate()`
first and then sets the words that belong to its widgets.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWizardPage
from satchel.ui.desktop.i18n import Retranslating, translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate under `context` and keep it as it is. Qt's own is typed as
    returning object, which would make every declared title untyped."""
    return text


class WizardPage(Retranslating, QWizardPage):
    TITLE: ClassVar[str] = ""
    SUBTITLE: ClassVar[str] = ""

    def retranslate(self) -> None:
        context = type(self).__name__
        self.setTitle(translate(context, self.TITLE))
        self.setSubTitle(translate(context, self.SUBTITLE))
