"""An honest, simple passphrase strength estimate: weak, fair or strong.

It counts length and character classes and refuses the well-known words people pick
first. It is a hint for the person choosing, not a guarantee: a long sentence only
they know beats any mix of symbols, and the wizard says so.
"""

from __future__ import annotations

import re
from typing import Literal

Strength = Literal["weak", "fair", "strong"]

COMMON = frozenset((
    "password", "passw0rd", "passphrase", "letmein", "welcome", "qwerty", "azerty", "asdf",
    "abc123", "iloveyou", "admin", "dragon", "monkey", "football", "freedom", "secret",
    "satchel", "123456", "12345678", "111111", "sunshine", "princess", "master", "shadow",
    "trustno1", "changeme",
))


def _classes(text: str) -> int:
    kinds = [
        any(c.islower() for c in text),
        any(c.isupper() for c in text),
        any(c.isdigit() for c in text),
        any(not c.isalnum() and not c.isspace() for c in text),
        any(ord(c) > 127 and c.isalpha() for c in text),
    ]
    return sum(kinds)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-_.,;:]+", text.lower()) if w]


def estimate(passphrase: str) -> Strength:
    """Weak below 10 characters or when made of common words; strong from 16 characters
    with several words or classes; fair in between."""
    text = passphrase.strip()
    words = _words(text)
    if len(text) < 10 or len(set(text)) < 5:
        return "weak"
    if words and all(w in COMMON or w.isdigit() for w in words):
        return "weak"
    if text.lower().rstrip("0123456789!") in COMMON:
        return "weak"
    if len(text) >= 20 or (len(text) >= 16 and (len(words) >= 4 or _classes(text) >= 3)):
        return "strong"
    return "fair"
