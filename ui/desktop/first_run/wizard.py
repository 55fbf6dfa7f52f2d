"""The first-run wizard. It only collects a `VaultPlan`; the shell creates the vault."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard
from satchel.ui.desktop.first_run.directory_page import DirectoryPage
from satchel.ui.desktop.first_run.duress_page import DuressPage
from satchel.ui.desktop.first_run.passphrase_page import PassphrasePage
from satchel.ui.desktop.first_run.plan import VaultPlan
from satchel.ui.desktop.first_run.role_page import RolePage
from satchel.ui.desktop.i18n import Retranslating
from satchel.ui.desktop.workers import Jobs


class FirstRunWizard(Retranslating, QWizard):
    """Emits `planned(VaultPlan)` on Finish and waits for `creation_failed` or removal."""

    planned = Signal(object)

    def __init__(self, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButton)
        self.role_page = RolePage(self)
        self.passphrase_page = PassphrasePage(self)
        self.directory_page = DirectoryPage(jobs, self.role_page.role, self)
        self.duress_page = DuressPage(self.passphrase_page.passphrase, self)
        for page in (self.role_page, self.passphrase_page, self.directory_page, self.duress_page):
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Satchel"))
        self.setAccessibleName(self.tr("Set up Satchel"))
        # Our own words for every button, so they follow the language like the pages do.
        for which, name in ((QWizard.WizardButton.NextButton, self.tr("Next")),
                            (QWizard.WizardButton.BackButton, self.tr("Back")),
                            (QWizard.WizardButton.FinishButton, self.tr("Create the vault")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
                            (QWizard.WizardButton.CommitButton, self.tr("Continue"))):
            self.setButtonText(which, name)
            self.button(which).setAccessibleName(name)

    def accept(self) -> None:
        """Finish: hand the plan over instead of closing (the wizard is a screen)."""
        plan = VaultPlan(
            role=self.role_page.role(),
            passphrase=self.passphrase_page.passphrase(),
            directory=self.directory_page.directory(),
            accept_root=self.directory_page.accepted_root(),
            duress=self.duress_page.duress(),
        )
        self.setEnabled(False)
        self.planned.emit(plan)

    def creation_failed(self) -> None:
        self.setEnabled(True)

    def clear_secrets(self) -> None:
        self.passphrase_page.clear()
        self.duress_page.clear()
