"""Fixtures of the docs tests: the mypy cache copy is in tests/conftest.py (shared with tests/client)."""
