"""2D overlays drawn over the scene by the window and by export: captions, title cards, text."""
