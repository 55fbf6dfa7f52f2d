"""Padmé length padding (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files
and Communication with PURBs", PETS 2019, section 4).

`padme(n)` is the length to pad an n-byte plaintext to: it keeps the top bits of n (about
log2(log2(n)) + 1 of them) and rounds the rest up, so a padded length leaks O(log log n)
bits about n while the overhead stays below 12 % (15 of 129 bytes, 11.6 %, at worst).
Satchel pads every envelope's age plaintext to this length with zero bytes; the rules for
each envelope are in docs/spec.md, the vectors in tests/vectors/padme.json.
"""

from collections.abc import Callable

_ZEROS = bytes(64 << 10)  # one block of zeros, written as often as the padding needs


def padme(n: int) -> int:
    """The Padmé length for n bytes (n itself for n < 2, where there is nothing to hide)."""
    if n < 0:
        raise ValueError("a length is never negative")
    if n < 2:
        return n
    e = n.bit_length() - 1  # floor(log2 n)
    s = e.bit_length()  # floor(log2 e) + 1
    mask = (1 << (e - s)) - 1
    return (n + mask) & ~mask


def write_padding(write: Callable[[bytes], object], size: int) -> None:
    """Write the zero bytes that pad `size` bytes of plaintext to padme(size)."""
    remaining = padme(size) - size
    while remaining > 0:
        n = min(remaining, len(_ZEROS))
        write(_ZEROS[:n])
        remaining -= n
