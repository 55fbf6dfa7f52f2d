"""Bech32 (BIP 173 checksum) as age uses it for its key strings.

age encodes X25519 recipients as ``age1...`` (lower case) and identities as
``AGE-SECRET-KEY-1...`` (upper case). Unlike BIP 173, age lifts the 90-character
limit, so none is enforced here. Decoding is strict: mixed case, characters
outside the alphabet, a bad checksum, or non-zero padding bits are all refused with
``ValueError``; callers turn that into their own typed error.
"""

from __future__ import annotations

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_INDEX = {c: i for i, c in enumerate(_CHARSET)}
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CHECKSUM_LEN = 6


def _polymod(values: list[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(_GENERATOR):
            if (top >> i) & 1:
                chk ^= g
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert_bits(data: bytes | list[int], from_bits: int, to_bits: int, pad: bool) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    maxv = (1 << to_bits) - 1
    for value in data:
        acc = (acc << from_bits) | value
        bits += from_bits
        while bits >= to_bits:
            bits -= to_bits
            out.append((acc >> bits) & maxv)
    if pad:
        if bits:
            out.append((acc << (to_bits - bits)) & maxv)
    elif bits >= from_bits or (acc << (to_bits - bits)) & maxv:
        # Leftover bits must be fewer than one input group and all zero, or two
        # strings would decode to the same bytes.
        raise ValueError("invalid padding in bech32 data")
    return out


def encode(hrp: str, data: bytes) -> str:
    """Encode ``data`` under the human-readable part ``hrp`` (returned in hrp's case)."""
    lower = hrp.lower()
    if hrp not in (lower, hrp.upper()):
        raise ValueError("mixed-case bech32 human-readable part")
    if not hrp or any(not 33 <= ord(c) <= 126 for c in hrp):
        raise ValueError("invalid bech32 human-readable part")
    values = _convert_bits(data, 8, 5, pad=True)
    polymod = _polymod([*_hrp_expand(lower), *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(_CHECKSUM_LEN)]
    text = lower + "1" + "".join(_CHARSET[v] for v in values + checksum)
    return text.upper() if hrp != lower else text


def decode(s: str) -> tuple[str, bytes]:
    """Return ``(hrp, data)``; hrp keeps the case it had in ``s``."""
    lower = s.lower()
    if s not in (lower, s.upper()):
        raise ValueError("mixed-case bech32 string")
    pos = s.rfind("1")
    if pos < 1 or pos + _CHECKSUM_LEN + 1 > len(s):
        raise ValueError("bech32 separator '1' is missing or misplaced")
    hrp = s[:pos]
    if any(not 33 <= ord(c) <= 126 for c in hrp):
        raise ValueError("invalid character in bech32 human-readable part")
    try:
        values = [_INDEX[c] for c in lower[pos + 1 :]]
    except KeyError:
        raise ValueError("invalid character in bech32 data") from None
    if _polymod([*_hrp_expand(hrp.lower()), *values]) != 1:
        raise ValueError("bech32 checksum mismatch")
    return hrp, bytes(_convert_bits(values[:-_CHECKSUM_LEN], 5, 8, pad=False))
