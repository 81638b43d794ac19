"""The family page: preparing family and friends."""
