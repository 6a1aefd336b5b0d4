"""The pygame apps: the dream menu, ambient playback and the screensaver (one shared window)."""
