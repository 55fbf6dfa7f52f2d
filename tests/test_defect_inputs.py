"""Issue 10, items 13 and 15: report fields kept out of argv; torrc and --listen refusals.

Item 13: `report new --form FILE|-` takes every report field as one JSON object, so no
field needs to be in argv (shell history, /proc/PID/cmdline); bad forms are exit 2.
Item 15: the extra torrc is read the way tor reads it and checked against an allowlist
before tor starts; `inbox serve --listen` takes only a literal loopback address.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from clientkit import SATCHEL, World, cli_env, make_world, satchel
from hypothesis import given
from hypothesis import strategies as st
from satchel.sync.tor.manager import TorSettings, TorSettingsError
from satchel.sync.tor.torrc import checked_lines, parse_torrc

FORM = {
    "title": "Journalist detained at the border",
    "body": "Phones were taken and unlocked by force.\nSecond line.",
    "kind": "surveillance",
    "when": "2024-03-02",
    "where": "Northern crossing",
    "service": "ExampleTel",
    "people": "two journalists (pseudonyms A and B)",
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SATCHEL_INSECURE_FAST_KDF", "1")
        return make_world(tmp_path_factory.mktemp("inputs"))


def _report_ids(world: World) -> set[str]:
    return {r["id"] for r in world.reporter_cmd("report", "list").json()}


# --- item 13: report fields from a form ----------------------------------------------


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_report_from_form_has_every_field(world: World, tmp_path: Path, source: str) -> None:
    raw = json.dumps(FORM).encode()
    if source == "file":
        form = tmp_path / "form.json"
        form.write_bytes(raw)
        run = world.reporter_cmd("report", "new", "--form", form)
    else:
        # The passphrase comes from a file, so stdin holds only the form.
        run = satchel("report", "new", "--form", "-", home=world.reporter,
                      passfile=world.passfile, stdin=raw)
    shown = world.reporter_cmd("report", "show", run.json()["id"]).json()
    for key, value in FORM.items():
        assert shown[key] == value, key


def test_form_may_leave_optional_fields_out(world: World, tmp_path: Path) -> None:
    form = tmp_path / "form.json"
    form.write_text(json.dumps({"title": "Only a title"}))
    shown = world.reporter_cmd(
        "report", "show", world.reporter_cmd("report", "new", "--form", form).json()["id"]
    ).json()
    assert (shown["title"], shown["kind"], shown["body"], shown["where"]) == (
        "Only a title", "other", "", "")


@pytest.mark.parametrize(
    ("content", "extra", "needle"),
    [
        (b"{not json", (), "not a JSON object"),
        (b"[1, 2]", (), "not a JSON object"),
        (b"\xff\xfe{}", (), "UTF-8"),
        (json.dumps({**FORM, "victim_name": "x"}).encode(), (), "'victim_name'"),
        (json.dumps({**FORM, "title": 5}).encode(), (), "'title'"),
        (json.dumps({**FORM, "people": ["A", "B"]}).encode(), (), "'people'"),
        (json.dumps({**FORM, "when": None}).encode(), (), "'when'"),
        (json.dumps({"body": "no title"}).encode(), (), "title"),
        (b'{"title": "a", "title": "b"}', (), "'title' twice"),
        (json.dumps(FORM).encode(), ("--title", "also in argv"), "--title"),
        (json.dumps(FORM).encode(), ("--where", "also in argv"), "--where"),
    ],
)
def test_bad_form_is_exit_2_in_one_sentence(
    world: World, tmp_path: Path, content: bytes, extra: tuple[str, ...], needle: str
) -> None:
    form = tmp_path / "form.json"
    form.write_bytes(content)
    before = _report_ids(world)
    run = world.reporter_cmd("report", "new", "--form", form, *extra, expect=2)
    assert needle in run.err
    assert _report_ids(world) == before, "a refused form must store nothing"


def test_form_and_passphrase_cannot_both_read_stdin(world: World) -> None:
    run = satchel("report", "new", "--form", "-", home=world.reporter,
                  passfile=Path("-"), stdin=world.passfile.read_bytes() + json.dumps(FORM).encode(),
                  expect=2)
    assert "stdin" in run.err


def test_help_of_argv_fields_points_to_form() -> None:
    text = satchel("report", "new", "--help", as_json=False).out
    flat = " ".join(text.split("options:", 1)[1].split())  # the option list, not the usage line
    for flag in ("--title", "--where", "--people", "--service", "--when"):
        help_text = flat.split(flag, 1)[1]
        assert "shell history" in help_text.split(" --", 1)[0], flag
    assert "--form" in flat


# --- item 15: torrc lines read the way tor reads them ------------------------------------

BYPASSES = [
    "SocksPort\t0.0.0.0:9050",
    "__SocksPort 0.0.0.0:9050",
    "__ControlPort 9051",
    "+SocksPort 0.0.0.0:9050",
    "/SocksPort",
    "sOcKsPoRt 0.0.0.0:9050",
    "   SocksPort 0.0.0.0:9050",
    "\tControlPort 9051",
    "SocksPo 0.0.0.0:9050",  # tor accepts a unique prefix as the option's name
    "Socks\\\nPort 0.0.0.0:9050",  # a backslash-newline ends tor's key and continues the value
    "ExitNodes {us}\nSocksPort\\\n 0.0.0.0:9050",
    "HTTPTunnelPort 8118",
    "TransPort 9040",
    "DNSPort 5353",
    "NATDPort 9043",
    "ORPort 9001",
    "DirPort 9030",
    "ExtORPort 6000",
    "MetricsPort 9035",
    "ControlSocket /tmp/control",
    "SocksSocket /tmp/socks",
    "__OwningControllerProcess 1",
    "DataDirectory /tmp/elsewhere",
    "CookieAuthentication 0",
    "HashedControlPassword 16:00",
    "Socks5Proxy 192.0.2.1:1080",
    "HTTPSProxy 192.0.2.1:3128",
    "ClientOnly 0",
    "SafeSocks 0",
    "DisableNetwork 0",
    "Sandbox 0",
    "Log debug file /tmp/tor.log",
    "SafeLogging 0",
    "UseEntryGuards 0",
    "ClientTransportPlugin x exec /bin/sh",
    "Bridge 192.0.2.1:443",
    "%include /etc/tor",
    "DirAuthority evil 192.0.2.1:80 " + "A" * 40,  # authorities only for a testing network
    "ExitNodes {us}\x00SocksPort 0.0.0.0:9050",
    "ExitNodes {us}\rSocksPort 0.0.0.0:9050",
    'ExitNodes "{us}"',
]


@pytest.mark.parametrize("extra", BYPASSES)
def test_torrc_bypasses_are_refused(extra: str) -> None:
    with pytest.raises(TorSettingsError):
        TorSettings(data_dir=Path("d"), torrc_extra=extra)


@pytest.mark.parametrize(
    "extra",
    [
        "ExitNodes {us},{ca}\nStrictNodes 1\n",
        "# choose exits\n  excludenodes {ru} # trailing comment\r\n",
        "ReachableAddresses *:80,*:443\nFascistFirewall 1\n",
        "TestingTorNetwork 1\nDirAuthority a orport=1 no-v2 v3ident=" + "A" * 40
        + " 127.0.0.1:9 " + "B" * 40 + "\nPathsNeededToBuildCircuits 0.67\n",
        "ExcludeNodes {ru},\\\n {by}\n",
    ],
)
def test_ordinary_extra_lines_still_work(extra: str) -> None:
    assert TorSettings(data_dir=Path("d"), torrc_extra=extra).torrc_extra == extra


def test_accepted_lines_are_written_back_canonically() -> None:
    extra = "  exitnodes {us} # why\n+ExcludeNodes {ru},\\\n# note\n {by}\n/StrictNodes\n"
    assert checked_lines(extra) == ["ExitNodes {us}", "+ExcludeNodes {ru}, {by}", "/StrictNodes"]


_TORRC_PIECES = st.sampled_from(
    ["ExitNodes", "exitnodes", "SocksPort", "__SocksPort", "+", "/", "#", "\\", "\n", "\r\n",
     " ", "\t", "{us}", "0.0.0.0:9050", "TestingTorNetwork 1", "DirAuthority", '"', "x"]
)


@given(st.lists(_TORRC_PIECES, max_size=12).map("".join))
def test_what_tor_reads_back_is_what_was_checked(extra: str) -> None:
    """Whatever passes, re-read the way tor reads it, gives the same allowed entries."""
    try:
        lines = checked_lines(extra)
    except TorSettingsError:
        return
    written = "\n".join(lines) + "\n"
    reread = parse_torrc(written)
    assert len(reread) == len(lines)
    assert all(e.key in ("ExitNodes", "TestingTorNetwork", "DirAuthority") for e in reread)
    assert checked_lines(written) == lines


def test_sync_refuses_a_bad_torrc_with_exit_2_before_tor(world: World, tmp_path: Path) -> None:
    extra = tmp_path / "extra.torrc"
    extra.write_text("ExitNodes {us}\n__SocksPort 0.0.0.0:9050\n")
    run = world.reporter_cmd("sync", "--once", "--torrc-extra", extra, "--tor-timeout", "5",
                             expect=2)
    assert "__SocksPort" in run.err
    assert not (world.reporter / "tor" / "tor").exists(), "tor must not have been started"


# --- item 15: inbox serve --listen -------------------------------------------------------


@pytest.mark.parametrize(
    "listen",
    ["localhost:0", "127.attacker.example:0", "0.0.0.0:0", "192.0.2.1:8080", "[::]:0",
     "127.0.0.1:99999", "127.0.0.1:", "127.0.0.1:٣", "::ffff:127.0.0.1:0"],
)
def test_listen_takes_only_a_literal_loopback_address(world: World, listen: str) -> None:
    argv = [SATCHEL, "--home", str(world.inbox), "--passphrase-file", str(world.passfile),
            "inbox", "serve", "--no-onion", "--listen", listen]
    try:
        proc = subprocess.run(argv, capture_output=True, env=cli_env(), timeout=60, check=False,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"inbox serve started on --listen {listen}")
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert len(err.splitlines()) == 1 and "loopback" in err
