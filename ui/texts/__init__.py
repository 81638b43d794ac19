"""The texts page: ready-to-send reports for platforms and requests to banks."""
