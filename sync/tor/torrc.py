"""Extra torrc lines for the tor Satchel launches: read the way tor reads them, then allowlisted.

Satchel's own torrc pins everything that keeps traffic inside Tor and the controller
ours (loopback SOCKS and control ports, cookie auth, DataDirectory,
__OwningControllerProcess, ClientOnly, logging to stdout). A user's extra lines come
last, so any of them could undo that. A denylist cannot keep up: tor matches option
names case-insensitively, takes any unique prefix as a name ("SocksPo"), knows hidden
"__" options, and grows new *Port and proxy options with each release. So only the
options in `_ALLOWED` pass: they choose relays, fit a local firewall, or join a private
testing network, and none of them opens a listener, forwards traffic elsewhere, or
touches an option Satchel sets itself.

`parse_torrc` follows tor's own line reader (config_parse_line in tor's confline.c):
leading white space and `#` comments are skipped, a key ends at white space, `#` or a
backslash-newline, a backslash-newline continues the value (and comment lines inside a
continued value are dropped), and one leading `+` (append) or `/` (clear) is a command,
not part of the name. `checked_lines` then writes each accepted line back in one
canonical form, so the torrc tor reads holds exactly what was checked here.
"""

from __future__ import annotations

from dataclasses import dataclass

from satchel.sync.tor.errors import TorSettingsError

# C isspace(), which tor's TOR_ISSPACE mirrors.
_SPACE = " \t\n\r\v\f"
_ALLOWED_NAMES = (
    # Which relays to use or avoid (e.g. to keep exits out of a hostile country).
    "EntryNodes", "MiddleNodes", "ExitNodes", "ExcludeNodes", "ExcludeExitNodes",
    "StrictNodes", "GeoIPExcludeUnknown", "NumEntryGuards",
    # A local firewall that lets only some ports out.
    "ReachableAddresses", "ReachableORAddresses", "FascistFirewall", "FirewallPorts",
    # Patience on slow or lossy networks.
    "CircuitBuildTimeout", "LearnCircuitBuildTimeout", "CircuitStreamTimeout",
    # A private testing network (tests, the demo): see _TESTING_ONLY.
    "TestingTorNetwork", "DirAuthority", "PathsNeededToBuildCircuits", "VanguardsLiteEnabled",
)
_ALLOWED = {name.lower(): name for name in _ALLOWED_NAMES}
# Other directory authorities choose the whole network a client trusts, and the other two
# weaken path security: they are accepted only beside TestingTorNetwork 1, which tor in
# turn refuses without custom authorities, so they can never apply to the public network.
_TESTING_ONLY = frozenset({"DirAuthority", "PathsNeededToBuildCircuits", "VanguardsLiteEnabled"})


@dataclass(frozen=True)
class TorrcLine:
    """One torrc entry as tor sees it: command prefix ('', '+' or '/'), name, value."""

    prefix: str
    key: str
    value: str


def parse_torrc(text: str) -> list[TorrcLine]:
    """The entries tor would read from `text` (quoted values are refused, see _read_value)."""
    entries = []
    pos = _skip_blanks_and_comments(text, 0)
    while pos < len(text):
        key, pos = _read_key(text, pos)
        value, pos = _read_value(text, pos)
        prefix = key[:1] if key[:1] in ("+", "/") else ""
        entries.append(TorrcLine(prefix, key[len(prefix):], value))
        pos = _skip_blanks_and_comments(text, pos)
    return entries


def checked_lines(text: str) -> list[str]:
    """The extra torrc as canonical lines, or TorSettingsError naming what is refused."""
    text = text.replace("\r\n", "\n")  # a torrc saved on Windows
    for number, line in enumerate(text.split("\n"), 1):
        if any((ord(c) < 0x20 and c != "\t") or c == "\x7f" for c in line):
            raise TorSettingsError(
                f"Line {number} of the extra torrc holds a control character; "
                "save it as plain text."
            )
    entries = parse_torrc(text)
    testing = any(e.key.lower() == "testingtornetwork" and e.value == "1" for e in entries)
    lines = []
    for entry in entries:
        name = _ALLOWED.get(entry.key.lower())
        if name is None:
            raise TorSettingsError(
                f"The extra torrc may not set {entry.key!r}: it accepts only options that "
                "choose relays, fit a firewall or join a testing network; remove that line."
            )
        if name in _TESTING_ONLY and not testing:
            raise TorSettingsError(
                f"The extra torrc may set {name} only for a private testing network "
                "(with TestingTorNetwork 1); remove that line."
            )
        if entry.value.endswith("\\"):  # written back, it would swallow the next line
            raise TorSettingsError(
                f"The value of {name} in the extra torrc ends with a backslash; remove it."
            )
        lines.append(f"{entry.prefix}{name} {entry.value}".rstrip())
    return lines


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _skip_blanks_and_comments(text: str, pos: int) -> int:
    while pos < len(text):
        if text[pos] in _SPACE:
            pos += 1
        elif text[pos] == "#":
            pos = _line_end(text, pos)
        else:
            break
    return pos


def _read_key(text: str, pos: int) -> tuple[str, int]:
    start = pos
    while (pos < len(text) and text[pos] not in _SPACE and text[pos] != "#"
           and not text.startswith("\\\n", pos)):
        pos += 1
    return text[start:pos], pos


def _read_value(text: str, pos: int) -> tuple[str, int]:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if text.startswith('"', pos):
        # tor unescapes a quoted value (\n included); no allowed option needs one.
        raise TorSettingsError("The extra torrc may not use quoted values; write them plainly.")
    chars: list[str] = []
    continued = False
    while pos < len(text) and text[pos] != "\n" and (text[pos] != "#" or continued):
        if text.startswith("\\\n", pos):
            continued, pos = True, pos + 2
        elif text[pos] == "#":  # inside a continued value a comment runs to its newline
            pos = min(len(text), _line_end(text, pos) + 1)
        else:
            chars.append(text[pos])
            pos += 1
    return "".join(chars).rstrip(_SPACE), pos
