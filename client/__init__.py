"""Satchel client core."""
