"""Report and attachment states in words a person understands."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication


def report_state(state: str, percent: int | None = None) -> str:
    tr = QCoreApplication.translate
    if state == "uploading":
        if percent is None:
            return tr("ReportState", "Sending")
        return tr("ReportState", "Sending {percent} %").format(percent=percent)
    words = {
        "draft": tr("ReportState", "Draft — only on this computer"),
        "queued": tr("ReportState", "Waiting for a connection — safe in this vault"),
        "exported": tr("ReportState", "On a stick — waiting for the receipt"),
        "delivered": tr("ReportState", "Delivered"),
        "erased": tr("ReportState", "Delivered and erased"),
    }
    return words.get(state, state)


def metadata_checking() -> str:
    return QCoreApplication.translate("Metadata", "Checking for hidden information…")


def metadata_removed(removed: Sequence[str], *, done: bool) -> str:
    tr = QCoreApplication.translate
    if not removed:
        return tr("Metadata", "No hidden information found")
    what = ", ".join(removed)
    if done:
        return tr("Metadata", "Hidden information removed: {what}").format(what=what)
    return tr("Metadata", "Hidden information will be removed: {what}").format(what=what)


def metadata_kept() -> str:
    return QCoreApplication.translate("Metadata", "Hidden information kept, as you chose")


def metadata_not_removed(reason: str) -> str:
    tr = QCoreApplication.translate
    if not reason:
        return tr("Metadata", "Hidden information was not removed")
    return tr("Metadata", "Hidden information cannot be removed: {reason}").format(reason=reason)
