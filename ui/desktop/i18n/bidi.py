"""Bidi isolation for data shown inside translated text (onion addresses, fingerprints,
hashes, file names, technical names).

In a right-to-left sentence, a left-to-right run of letters, digits and dots is reordered
by the Unicode bidi algorithm: "abcd.onion" or "ABCD EFGH" can come out scrambled, and a
file name can pull the sentence's punctuation around (onionshare #987). FIRST STRONG
ISOLATE (U+2068) ... POP DIRECTIONAL ISOLATE (U+2069) lays the run out on its own, in its
own direction, whatever surrounds it. This module is the one place that does it.
"""

from __future__ import annotations

FSI = "\u2068"
PDI = "\u2069"


def isolate(text: str) -> str:
    """`text` inside bidi isolation (empty text stays empty; isolating twice is a no-op)."""
    if not text or is_isolated(text):
        return text
    return f"{FSI}{text}{PDI}"


def is_isolated(text: str) -> bool:
    """True when all of `text` sits inside one isolation (data, not a sentence to translate)."""
    return len(text) >= 2 and text[0] == FSI and text[-1] == PDI
