"""Satchel cryptography core."""
