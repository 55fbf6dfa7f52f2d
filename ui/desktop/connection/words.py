"""The words of connecting, as Tor Browser says them, ready for translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def phase(name: str) -> str:
    """A bootstrap phase (satchel.sync.service.events.Phase) in words."""
    tr = QCoreApplication.translate
    names = {
        "starting": tr("Phase", "Starting Tor"),
        "connecting": tr("Phase", "Connecting to a relay"),
        "loading": tr("Phase", "Loading relay information"),
        "circuits": tr("Phase", "Building circuits"),
        "connected": tr("Phase", "Connected"),
    }
    return names.get(name, names["connecting"])


def state(name: str) -> str:
    """A connection state (satchel.sync.service.events.Connectivity) in one calm sentence."""
    tr = QCoreApplication.translate
    sentences = {
        "offline": tr("Connection", "This computer is not connected to the Internet. Your "
                                    "reports are safe here; Satchel sends them once it is."),
        "connecting": tr("Connection", "Connecting to Tor…"),
        "connected": tr("Connection", "Connected through Tor"),
        "stalled": tr("Connection", "Connecting has stopped moving. Tor may be blocked here: "
                                    "try a bridge."),
        "blocked": tr("Connection", "Tor seems blocked here — try a bridge."),
        "clock_skew": tr("Connection", "This computer's clock is wrong. Set the right date, "
                                       "time and time zone, then connect again."),
        "bridge_failed": tr("Connection", "The bridge did not answer. Try another bridge, or "
                                          "another kind of bridge."),
        "failed": tr("Connection", "Satchel could not connect."),
        "closed": tr("Connection", "Not connected."),
    }
    return sentences.get(name, sentences["failed"])


def connected_via(transport: str) -> str:
    tr = QCoreApplication.translate
    if transport == "none":
        return tr("Connection", "Connected through Tor")
    return tr("Connection", "Connected through Tor, via {bridge}").format(bridge=bridge_name(transport))


def bridge_name(transport: str) -> str:
    tr = QCoreApplication.translate
    names = {"none": tr("Bridge", "No bridge"), "obfs4": "obfs4", "snowflake": "snowflake",
             "meek_lite": "meek", "custom": tr("Bridge", "my own bridges")}
    return names.get(transport, transport)


def bridge_sentence(transport: str) -> str:
    """One honest sentence about each kind of bridge."""
    tr = QCoreApplication.translate
    sentences = {
        "none": tr("Bridge", "Connect to Tor directly. Best where Tor is not blocked."),
        "obfs4": tr("Bridge", "obfs4: makes the connection look like random noise. "
                              "Needs bridge lines from someone you trust."),
        "snowflake": tr("Bridge", "snowflake: looks like a video call."),
        "meek_lite": tr("Bridge", "meek: looks like visiting a big website. It is slow."),
        "custom": tr("Bridge", "Use the bridge lines someone gave you."),
    }
    return sentences.get(transport, "")
