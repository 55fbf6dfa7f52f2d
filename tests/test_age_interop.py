"""Interoperability with the real `age` and `age-keygen` commands (Debian's age).

Plaintext goes through pipes, never a file. Keys made by age-keygen are written to
pytest's temp dir because `age -i` reads identities from a file.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from satchel.crypto import age

pytestmark = pytest.mark.skipif(
    shutil.which("age") is None or shutil.which("age-keygen") is None,
    reason="the age and age-keygen commands are not installed",
)

SIZES = [0, 1, 65535, 65536, 65537, 3 * 65536, (1 << 20) + 17]


def keygen(tmp_path: Path, name: str) -> tuple[Path, str, str]:
    """(identity file, identity string, recipient) from age-keygen."""
    path = tmp_path / name
    subprocess.run(["age-keygen", "-o", str(path)], check=True, capture_output=True)
    identity = next(
        line for line in path.read_text().splitlines() if line.startswith("AGE-SECRET-KEY-1")
    )
    recipient = subprocess.run(
        ["age-keygen", "-y", str(path)], check=True, capture_output=True, text=True
    ).stdout.strip()
    return path, identity, recipient


def age_decrypt(data: bytes, key_file: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["age", "-d", "-i", str(key_file)], input=data, capture_output=True, check=False
    )


def age_encrypt(data: bytes, recipients: list[str]) -> bytes:
    args = [arg for r in recipients for arg in ("-r", r)]
    return subprocess.run(["age", *args], input=data, capture_output=True, check=True).stdout


def seal(data: bytes, recipients: list[str]) -> bytes:
    out = io.BytesIO()
    age.encrypt(io.BytesIO(data), out, recipients)
    return out.getvalue()


def open_(data: bytes, identities: list[str]) -> bytes:
    out = io.BytesIO()
    n = age.decrypt(io.BytesIO(data), out, identities)
    assert n == len(out.getvalue())
    return out.getvalue()


def test_keys_agree_with_age_keygen(tmp_path: Path) -> None:
    _, identity, recipient = keygen(tmp_path, "k")
    assert age.to_recipient(identity) == recipient
    ours = tmp_path / "ours"
    ours.write_text(age.generate_identity() + "\n")
    theirs = subprocess.run(
        ["age-keygen", "-y", str(ours)], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert theirs == age.to_recipient(ours.read_text().strip())


@pytest.mark.parametrize("size", SIZES)
def test_satchel_to_age(tmp_path: Path, size: int) -> None:
    key_file, _, recipient = keygen(tmp_path, "k")
    plaintext = os.urandom(size)
    result = age_decrypt(seal(plaintext, [recipient]), key_file)
    assert result.returncode == 0, result.stderr
    assert result.stdout == plaintext


@pytest.mark.parametrize("size", SIZES)
def test_age_to_satchel(tmp_path: Path, size: int) -> None:
    _, identity, recipient = keygen(tmp_path, "k")
    plaintext = os.urandom(size)
    assert open_(age_encrypt(plaintext, [recipient]), [identity]) == plaintext


def test_multiple_recipients_both_ways(tmp_path: Path) -> None:
    keys = [keygen(tmp_path, f"k{i}") for i in range(3)]
    plaintext = os.urandom(70_000)
    ours = seal(plaintext, [r for _, _, r in keys])
    theirs = age_encrypt(plaintext, [r for _, _, r in keys])
    for key_file, identity, _ in keys:
        assert age_decrypt(ours, key_file).stdout == plaintext
        assert open_(theirs, [identity]) == plaintext
    stranger = age.generate_identity()
    assert open_(theirs, [stranger, keys[2][1]]) == plaintext
    with pytest.raises(age.NoIdentityMatchError):
        open_(theirs, [stranger])


def test_rewrap_header_keeps_payload(tmp_path: Path) -> None:
    old_file, old_identity, old_recipient = keygen(tmp_path, "old")
    new_file, _, new_recipient = keygen(tmp_path, "new")
    plaintext = os.urandom(200_000)
    sealed = seal(plaintext, [old_recipient])
    src = io.BytesIO(sealed)
    header = age.read_header(src)
    payload = src.read()
    new_header = age.rewrap_header(header.raw, [old_identity], [new_recipient])
    rewrapped = new_header + payload
    ok = age_decrypt(rewrapped, new_file)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == plaintext
    refused = age_decrypt(rewrapped, old_file)
    assert refused.returncode != 0
    assert refused.stdout == b""
