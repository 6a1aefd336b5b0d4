"""Reverie: a written dream read aloud over living, layered shader scenes."""

__version__ = "0.1.0"
