"""Tor v3 onion service keys: the address and the key blob Tor's ADD_ONION takes.

The inbox keeps its onion key so its address, published in the coalition directory,
stays the same across restarts. Address = base32(pubkey || checksum || 0x03) + ".onion",
checksum = SHA3-256(".onion checksum" || pubkey || 0x03)[:2] (Tor's rend-spec-v3).
Tor takes the 64-byte expanded secret key: SHA-512(seed), first half clamped.
"""

import base64
import hashlib

from satchel.crypto.keys import SigningKey

VERSION = b"\x03"


def onion_address(public_raw: bytes) -> str:
    checksum = hashlib.sha3_256(b".onion checksum" + public_raw + VERSION).digest()[:2]
    return base64.b32encode(public_raw + checksum + VERSION).decode().lower() + ".onion"


def expanded_secret(seed: bytes) -> bytes:
    h = bytearray(hashlib.sha512(seed).digest())
    h[0] &= 248
    h[31] &= 127
    h[31] |= 64
    return bytes(h)


def tor_key_blob(key: SigningKey) -> str:
    """'ED25519-V3:<base64>' for ADD_ONION."""
    return "ED25519-V3:" + base64.b64encode(expanded_secret(key.seed)).decode()
