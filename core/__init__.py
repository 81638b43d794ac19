"""Harbour's core: plain Python, no Qt. Everything a test can check without a window lives here."""

__version__ = "0.1.0"
APP_NAME = "Harbour"
