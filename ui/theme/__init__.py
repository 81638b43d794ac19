"""Harbour's calm look: one QSS with light and dark palettes, and SVG icons."""
