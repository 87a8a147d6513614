"""A room's blocked chat keywords: add, remove, list. Chat containing one is filtered ("k")."""
