"""Helpers every stage may use: atomic file writes and the on-disk cache."""
