"""Padmé padding lengths."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from satchel.crypto.padding import padme

# Computed by hand from the PURBs paper's algorithm: E = floor(log2 L),
# S = floor(log2 E) + 1, clear the low E - S bits rounding up.
KNOWN = [(0, 0), (1, 1), (2, 2), (8, 8), (9, 10), (17, 18), (100, 104), (129, 144),
         (1000, 1024), (65537, 67584), (10**6, 1015808)]


@pytest.mark.parametrize(("n", "padded"), KNOWN)
def test_known_values(n, padded):
    assert padme(n) == padded


def test_monotone_and_bounded_overhead_exhaustively_for_small_sizes():
    previous = 0
    for n in range(1, 1 << 16):
        p = padme(n)
        assert p >= previous
        assert n <= p <= n * 1.12
        previous = p


@given(st.integers(1, 1 << 40))
def test_overhead_and_idempotence(n):
    p = padme(n)
    assert n <= p <= n * 1.12
    assert padme(p) == p
    assert padme(n + 1) >= p


def test_negative_lengths_are_refused():
    with pytest.raises(ValueError):
        padme(-1)
