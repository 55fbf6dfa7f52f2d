"""The first-run wizard: role, passphrase, coalition directory, optional duress passphrase."""

from satchel.ui.desktop.first_run.plan import VaultPlan
from satchel.ui.desktop.first_run.wizard import FirstRunWizard

__all__ = ["FirstRunWizard", "VaultPlan"]
