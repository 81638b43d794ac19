"""The evidence locker on screen: import, view, export, describe."""
