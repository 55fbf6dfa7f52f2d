"""Report and attachment states in words a person understands."""

from __future__ import annotations

from collections.abc import Sequence

from satchel.crypto.directory import ReportKind
from satchel.ui.desktop.i18n import translate


def report_state(state: str, percent: int | None = None) -> str:
    if state == "uploading":
        if percent is None:
            return translate("ReportState", "Sending")
        return translate("ReportState", "Sending {percent} %").format(percent=percent)
    words = {
        "draft": translate("ReportState", "Draft — only on this computer"),
        "queued": translate("ReportState", "Waiting for a connection — safe in this vault"),
        "exported": translate("ReportState", "On a stick — waiting for the receipt"),
        "delivered": translate("ReportState", "Delivered"),
        "erased": translate("ReportState", "Delivered and erased"),
    }
    return words.get(state, state)


def metadata_checking() -> str:
    return translate("Metadata", "Checking for hidden information…")


def metadata_removed(removed: Sequence[str], *, done: bool) -> str:
    if not removed:
        return translate("Metadata", "No hidden information found")
    what = ", ".join(removed)
    if done:
        return translate("Metadata", "Hidden information removed: {what}").format(what=what)
    return translate("Metadata", "Hidden information will be removed: {what}").format(what=what)


def metadata_kept() -> str:
    return translate("Metadata", "Hidden information kept, as you chose")


def metadata_not_removed(reason: str) -> str:
    if not reason:
        return translate("Metadata", "Hidden information was not removed")
    return translate("Metadata", "Hidden information cannot be removed: {reason}").format(reason=reason)


def kind_label(kind: ReportKind) -> str:
    """The catalogue's kinds in the window's language; a coalition's own kinds as it wrote them."""
    return kind_name(kind.id, kind.label)


def kind_name(kind_id: str, fallback: str | None = None) -> str:
    """A kind's words from its id (the desk sees ids in submissions); unknown ids as written."""
    labels = {
        "internet-shutdown": translate("Kind", "Internet or mobile network shutdown"),
        "blocking": translate("Kind", "Blocking or filtering of websites and services"),
        "surveillance": translate("Kind", "Illicit monitoring or surveillance"),
        "hacking": translate("Kind", "Hacking of devices or accounts"),
        "intimidation": translate("Kind", "Intimidation, threats or arrest of network users"),
        "company-complicity": translate("Kind", "A company's technology misused for repression"),
        "other": translate("Kind", "Other"),
    }
    return labels.get(kind_id, kind_id if fallback is None else fallback)
