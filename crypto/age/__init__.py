"""Satchel age v1 implementation."""
