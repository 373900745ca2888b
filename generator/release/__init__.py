"""Shipping the generated SDK: version bump and changelog, sdist/wheel, upload."""
