"""A room's blacklist: add, release, list (by the anchor's uid)."""
