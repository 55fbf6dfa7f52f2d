"""TorSettings validation, bridge torrc lines, and launch failures (no Tor network needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from satchel.sync.tor import bridges as tor_bridges
from satchel.sync.tor import manager as tor
from satchel.sync.tor.manager import (
    BridgeTransportMissing,
    TorBootstrapTimeout,
    TorNotInstalled,
    TorSettings,
    TorSettingsError,
    bridge_torrc,
    connect,
)

OBFS4 = (
    "obfs4 192.0.2.10:443 0123456789ABCDEF0123456789ABCDEF01234567 "
    "cert=AAAABBBBccccDDDDeeeeFFFF0000111122223333444455556666777788889999aaaabbbbccccdd iat-mode=0"
)
SNOWFLAKE = (
    "snowflake 192.0.2.3:80 2B280B23E1107BB62ABFC40DDCC8824814F80A72 "
    "fingerprint=2B280B23E1107BB62ABFC40DDCC8824814F80A72 url=https://snowflake-broker.example/ "
    "ice=stun:stun.example.net:3478 utls-imitate=hellorandomizedalpn"
)
MEEK = (
    "meek_lite 192.0.2.18:80 BE776A53492E1E044A26F17306E1BC46A55A1625 "
    "url=https://meek.example/ front=cdn.example"
)
VANILLA = "192.0.2.44:9001 4352E58420E68F5E40BF7C74FADDCCD9D1349413"


def test_defaults_need_a_data_dir_for_launch() -> None:
    with pytest.raises(TorSettingsError, match="data directory"):
        TorSettings()
    assert TorSettings(data_dir=Path("/tmp/x")).mode == "launch"


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"mode": "control"}, "control address"),
        ({"mode": "socks"}, "SOCKS address"),
        ({"mode": "bogus", "data_dir": Path("d")}, "Unknown Tor mode"),
        ({"mode": "control", "control": "192.0.2.1:9051"}, "loopback"),
        ({"mode": "control", "control": "tor.example:9051"}, "HOST:PORT"),
        ({"mode": "socks", "socks": "10.0.0.1:9050"}, "loopback"),
        ({"mode": "socks", "socks": "127.0.0.1:0"}, "loopback"),
        ({"mode": "socks", "socks": "127.0.0.1:9050", "bridges": (VANILLA,)}, "existing Tor"),
        ({"data_dir": Path("d"), "bootstrap_timeout": 0}, "positive"),
        ({"data_dir": Path("d"), "transport": "obfs4"}, "no bridge lines"),
        ({"data_dir": Path("d"), "transport": "ssh"}, "Unknown bridge transport"),
        ({"data_dir": Path("d"), "transport": "obfs4", "bridges": (SNOWFLAKE,)}, "'snowflake'"),
        ({"data_dir": Path("d"), "torrc_extra": "SocksPort 0.0.0.0:9050"}, "SocksPort"),
        ({"data_dir": Path("d"), "torrc_extra": "ControlPort 9051"}, "ControlPort"),
        ({"data_dir": Path("d"), "torrc_extra": "+socksport 0.0.0.0:9050"}, "socksport"),
        ({"data_dir": Path("d"), "torrc_extra": "/DataDirectory"}, "DataDirectory"),
        ({"data_dir": Path("d"), "torrc_extra": "%include /etc/passwd"}, "%include"),
    ],
)
def test_bad_settings_are_refused(kwargs: dict[str, object], needle: str) -> None:
    with pytest.raises(TorSettingsError, match=needle):
        TorSettings(**kwargs)  # type: ignore[arg-type]


def test_good_attach_settings() -> None:
    assert TorSettings(mode="control", control="127.0.0.1:9051").control == "127.0.0.1:9051"
    assert TorSettings(mode="control", control="unix:/run/tor/control").mode == "control"
    assert TorSettings(mode="socks", socks="localhost:9050").socks == "localhost:9050"
    assert TorSettings(mode="socks", socks="[::1]:9050").socks == "[::1]:9050"


@pytest.mark.parametrize(
    ("transport", "line", "plugin"),
    [
        ("obfs4", OBFS4, "ClientTransportPlugin obfs4 exec /usr/bin/obfs4proxy"),
        ("snowflake", SNOWFLAKE, "ClientTransportPlugin snowflake exec /usr/bin/snowflake-client"),
        ("meek_lite", MEEK, "ClientTransportPlugin meek_lite exec /usr/bin/obfs4proxy"),
    ],
)
def test_bridge_torrc_per_transport(transport: str, line: str, plugin: str) -> None:
    settings = TorSettings(data_dir=Path("d"), transport=transport, bridges=("Bridge " + line,))  # type: ignore[arg-type]
    assert bridge_torrc(settings) == ["UseBridges 1", plugin, f"Bridge {line}"]


def test_custom_bridges_share_one_obfs4proxy() -> None:
    settings = TorSettings(
        data_dir=Path("d"), transport="custom", bridges=(OBFS4, MEEK, SNOWFLAKE, VANILLA)
    )
    assert bridge_torrc(settings) == [
        "UseBridges 1",
        "ClientTransportPlugin meek_lite,obfs4 exec /usr/bin/obfs4proxy",
        "ClientTransportPlugin snowflake exec /usr/bin/snowflake-client",
        f"Bridge {OBFS4}",
        f"Bridge {MEEK}",
        f"Bridge {SNOWFLAKE}",
        f"Bridge {VANILLA}",
    ]


def test_vanilla_bridges_need_no_plugin() -> None:
    settings = TorSettings(data_dir=Path("d"), bridges=(VANILLA,))
    assert bridge_torrc(settings) == ["UseBridges 1", f"Bridge {VANILLA}"]
    assert bridge_torrc(TorSettings(data_dir=Path("d"))) == []


@pytest.mark.parametrize(
    "line",
    [
        VANILLA + "\nSocksPort 0.0.0.0:9050",
        VANILLA + "\rControlPort 9051",
        OBFS4 + " \\",  # a trailing backslash would continue onto the next torrc line
        VANILLA + " # comment",
        "obfs4 192.0.2.1:1 FP cert=\x00",
        "obfs4 192.0.2.1:1 FP cert=é",
        "",
        "Bridge ",
        "x" * 3000,
    ],
)
def test_injection_and_junk_in_bridge_lines_rejected(line: str) -> None:
    transport = "obfs4" if line.startswith("obfs4") else "custom"
    with pytest.raises(TorSettingsError):
        TorSettings(data_dir=Path("d"), transport=transport, bridges=(line,))  # type: ignore[arg-type]


def test_unknown_custom_transport_rejected() -> None:
    with pytest.raises(TorSettingsError, match="'webtunnel'"):
        TorSettings(data_dir=Path("d"), transport="custom", bridges=("webtunnel 192.0.2.1:443 FP",))


def test_missing_transport_binary(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    absent = str(tmp_path / "snowflake-client")
    monkeypatch.setitem(tor_bridges.TRANSPORT_BINARIES, "snowflake", (absent, "snowflake-client"))
    settings = TorSettings(data_dir=tmp_path, transport="snowflake", bridges=(SNOWFLAKE,))
    with pytest.raises(BridgeTransportMissing, match="apt install snowflake-client") as caught:
        bridge_torrc(settings)
    assert caught.value.binary == absent
    # connect() refuses before starting tor
    with pytest.raises(BridgeTransportMissing):
        connect(settings, lambda _p, _s: None)


def test_tor_not_installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(tor, "SYSTEM_TOR_DIRS", ())
    with pytest.raises(TorNotInstalled, match="apt install tor"):
        connect(TorSettings(data_dir=tmp_path), lambda _p, _s: None)


def test_bootstrap_timeout_names_what_to_try(tmp_path: Path) -> None:
    dead = "DirAuthority dead orport=9 no-v2 v3ident=" + "A" * 40 + " 127.0.0.1:9 " + "B" * 40
    settings = TorSettings(
        data_dir=tmp_path, torrc_extra=f"TestingTorNetwork 1\n{dead}\n", bootstrap_timeout=5
    )
    seen: list[int] = []
    with pytest.raises(TorBootstrapTimeout) as caught:
        connect(settings, lambda percent, _summary: seen.append(percent))
    message = str(caught.value)
    for hint in ("within 5 s", "clock", "firewall", "bridges"):
        assert hint in message
    assert caught.value.progress < 100
    assert seen == sorted(set(seen))
    assert not _tors_using(tmp_path), "the tor Satchel launched must be stopped"


def _tors_using(directory: Path) -> list[str]:
    """Command lines of running processes that mention `directory`."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            argv = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue  # the process ended while we looked
        if any(str(directory).encode() in arg for arg in argv):
            found.append(b" ".join(argv).decode(errors="replace"))
    return found
