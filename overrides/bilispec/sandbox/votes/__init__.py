"""Live votes: create, panel, terminate, history.

backend.py holds the state and its transitions, responses.py the wire; this package
imports neither, so the world can import the backends and the app the responses without a cycle.
"""
