"""Satchel sync."""
