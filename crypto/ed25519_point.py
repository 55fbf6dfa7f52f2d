"""Which Ed25519 public keys Satchel accepts: canonical encodings of points of large order.

OpenSSL verifies against any 32 bytes it is given. With a small-order key (the identity
point 01 00..00, for one) the signature R = identity, s = 0 verifies for EVERY message, so
a hostile device, desk, root or inbox key would "sign" whatever it likes. RFC 8032 also
lets several byte strings name one point (y >= p, or -0), which would give one key two
fingerprints. `check_public_key` refuses all of these; it is plain integer arithmetic on
the curve (RFC 8032 section 5.1.3 decoding), run once per key parsed.
"""

from __future__ import annotations

P = 2**255 - 19
_D = -121665 * pow(121666, P - 2, P) % P
_SQRT_M1 = pow(2, (P - 1) // 4, P)

Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T), x = X/Z, y = Y/Z


def _recover_x(y: int, sign: int) -> int | None:
    """x for this y and sign bit (RFC 8032 5.1.3), or None if no point has it."""
    u, v = (y * y - 1) % P, (_D * y * y + 1) % P
    x = u * pow(v, 3, P) * pow(u * pow(v, 7, P), (P - 5) // 8, P) % P
    if (v * x * x - u) % P != 0:
        x = x * _SQRT_M1 % P
        if (v * x * x - u) % P != 0:
            return None
    if x == 0 and sign:
        return None  # "-0": a second encoding of a point with x = 0
    return P - x if x & 1 != sign else x


def _double(p: Point) -> Point:
    x, y, z, t = p
    a, b = (y - x) * (y - x) % P, (y + x) * (y + x) % P
    c, d = 2 * t * t * _D % P, 2 * z * z % P
    e, f, g, h = b - a, d - c, d + c, b + a
    return e * f % P, g * h % P, f * g % P, e * h % P


def is_acceptable_public_key(raw: bytes) -> bool:
    """True for the canonical encoding of a curve point whose order is not 1, 2, 4 or 8."""
    if len(raw) != 32:
        return False
    value = int.from_bytes(raw, "little")
    y, sign = value & ((1 << 255) - 1), value >> 255
    if y >= P:
        return False  # non-canonical: the same point as y - p
    x = _recover_x(y, sign)
    if x is None:
        return False  # not on the curve
    point: Point = (x, y, 1, x * y % P)
    for _ in range(3):  # 8·A is the identity exactly when A has small order
        point = _double(point)
    return not (point[0] == 0 and (point[1] - point[2]) % P == 0)
