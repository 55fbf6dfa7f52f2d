"""The words of connecting, as Tor Browser says them, ready for translation."""

from __future__ import annotations

from satchel.ui.desktop.i18n import translate
from satchel.ui.desktop.i18n.bidi import isolate


def phase(percent: int) -> str:
    """Tor Browser's words for the phase of connecting that Tor's bootstrap `percent` is in.

    Tor's bootstrap phases have fixed percentages (control-spec, "Bootstrap phases"): up
    to 14 reaching a relay, 15-79 fetching the consensus and descriptors, 80-99 building
    circuits, 100 done. Percentages are what every Tor (and every stem) reports.
    """
    if percent <= 0:
        return translate("Phase", "Starting Tor")
    if percent < 15:
        return translate("Phase", "Connecting to a relay")
    if percent < 80:
        return translate("Phase", "Loading relay information")
    if percent < 100:
        return translate("Phase", "Building circuits")
    return translate("Phase", "Connected")


def state(name: str) -> str:
    """A connection state (satchel.sync.service.events.Connectivity) in one calm sentence."""
    sentences = {
        "offline": translate("Connection", "This computer is not connected to the Internet. Your "
                                           "reports are safe here; Satchel sends them once it is."),
        "connecting": translate("Connection", "Connecting to Tor…"),
        "connected": translate("Connection", "Connected through Tor"),
        "stalled": translate("Connection", "Connecting has stopped moving. Tor may be blocked here: "
                                           "try a bridge."),
        "blocked": translate("Connection", "Tor seems blocked here — try a bridge."),
        "clock_skew": translate("Connection", "This computer's clock is wrong. Set the right date, "
                                              "time and time zone, then connect again."),
        "bridge_failed": translate("Connection", "The bridge did not answer. Try another bridge, or "
                                                 "another kind of bridge."),
        "failed": translate("Connection", "Satchel could not connect."),
        "closed": translate("Connection", "Not connected."),
    }
    return sentences.get(name, sentences["failed"])


def connected_via(transport: str) -> str:
    if transport == "none":
        return translate("Connection", "Connected through Tor")
    return translate("Connection", "Connected through Tor, via {bridge}").format(
        bridge=bridge_name(transport))


def bridge_name(transport: str) -> str:
    # The technical names stay as Tor Browser shows them, isolated like other data.
    names = {"none": translate("Bridge", "No bridge"), "obfs4": isolate("obfs4"),
             "snowflake": isolate("snowflake"), "meek_lite": isolate("meek"),
             "custom": translate("Bridge", "my own bridges")}
    return names.get(transport, isolate(transport))


def bridge_sentence(transport: str) -> str:
    """One honest sentence about each kind of bridge. The technical name is isolated, so a
    right-to-left sentence that starts with it still reads right to left."""
    sentences = {
        "none": translate("Bridge", "Connect to Tor directly. Best where Tor is not blocked."),
        "obfs4": translate("Bridge", "{bridge}: makes the connection look like random noise. "
                                     "Needs bridge lines from someone you trust."),
        "snowflake": translate("Bridge", "{bridge}: looks like a video call."),
        "meek_lite": translate("Bridge", "{bridge}: looks like visiting a big website. It is slow."),
        "custom": translate("Bridge", "Use the bridge lines someone gave you."),
    }
    return sentences.get(transport, "").format(bridge=bridge_name(transport))
