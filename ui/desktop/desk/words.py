"""The desk's words: verification at a glance, desk states, device statuses.

Kept apart so every screen says the same thing the same way, translated once.
"""

from __future__ import annotations

from satchel.client.desk.listing import SubmissionRow
from satchel.client.desk.store import DESK_STATES
from satchel.ui.desktop.i18n import translate

STATES = DESK_STATES


def desk_states() -> dict[str, str]:
    """Every desk state in words, in the order of STATES (a menu of them translates once)."""
    return {
        "new": translate("DeskWords", "New"),
        "in-review": translate("DeskWords", "In review"),
        "verified": translate("DeskWords", "Verified"),
        "shared": translate("DeskWords", "Shared"),
        "dismissed": translate("DeskWords", "Dismissed"),
    }


def desk_state(state: str) -> str:
    return desk_states().get(state, state)


def device_status(status: str) -> str:
    words = {
        "new": translate("DeskWords", "New device"),
        "trusted": translate("DeskWords", "Trusted device"),
        "revoked": translate("DeskWords", "Revoked device"),
    }
    return words.get(status, status)


def verification(verified: bool | None, device: str, reasons: tuple[str, ...]) -> str:
    """One line: verified, verified from a new device, revoked device, failed and why."""
    if verified is None:
        return translate("DeskWords", "Not checked yet")
    if not verified:
        if device == "revoked":
            return translate("DeskWords", "Failed: signed by a revoked device")
        why = reasons[0] if reasons else translate("DeskWords", "a check failed")
        return translate("DeskWords", "Failed: %1").replace("%1", why)
    if device == "trusted":
        return translate("DeskWords", "Verified")
    return translate("DeskWords", "Verified, new device")


def row_verification(row: SubmissionRow) -> str:
    return verification(row.verified, row.device_status, row.reasons)
