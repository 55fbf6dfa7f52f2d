"""Satchel desktop UI."""
